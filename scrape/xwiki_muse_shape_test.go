package scrape

import (
	"regexp"
	"strings"
)

// The XWiki and Muse shapes are the unseenShapes shapes of a text page written by hand in
// XWiki's syntax 2.x and in Emacs Muse (two more wiki shapes: wikiShapes), by record:
//
//   - s25wkxwiki: "= Title =" and "== Section ==" headings, by record with XWiki's anchor
//     macro before the closing marks ("== X {{id name="x" /}}=="); the code in `{{code
//     language="json"}}` … "{{/code}}" ("{{code}}" without a language); each table under
//     a header of "|=" cells ("|=Parameter|=Type", by record with a blank before each
//     "|"), every other record each description in a group "(((" … ")))" closing on the
//     line below (the row's next cell after it), a "|" of a cell's text "~|"; names
//     "{{code}}Name{{/code}}" by record;
//   - s25wkmuse: "* Title" and "** Section" headings; the code in "<example>" or `<src
//     lang="json">` by record; each table's header parted by " || ", its rows by " | ",
//     no outer pipes, padded to the columns' widths by record, a cell's text that Muse
//     reads as markup (a "*" or "|" in it, "[]*string") in <verbatim>, an empty cell a
//     blank; every other record's first table with no header cells (its first row parted
//     by " | ", as pandoc writes an HTML table of no <th>); names "=Name=" by record.
const (
	xwikiShape = "s25wkxwiki"
	museShape  = "s25wkmuse"
)

// xwikiHeading is a heading of the given level in the XWiki shape.
func (p *truthPage) xwikiHeading(level int, text string) string {
	eq := strings.Repeat("=", level)
	if p.seq%2 == 1 {
		id := strings.ToLower(strings.Join(strings.Fields(text), "-"))
		return eq + " " + text + ` {{id name="` + id + `" /}}` + eq
	}
	return eq + " " + text + " " + eq
}

// xwikiCode is code as the XWiki shape writes a code block in lang ("" for none).
func xwikiCode(code, lang string) string {
	if lang == "" {
		return "{{code}}\n" + code + "\n{{/code}}"
	}
	return `{{code language="` + lang + `"}}` + "\n" + code + "\n{{/code}}"
}

// xwikiTable writes rows (the header first, cells escaped: wikiCells) as an XWiki table, by
// record as xwikiShape says.
func (p *truthPage) xwikiTable(rows [][]string) {
	sep := "|"
	if p.seq%2 == 1 {
		sep = " |"
	}
	grouped := p.seq%4 < 2
	desc := -1 // the description's column, grouped
	for c, s := range rows[0] {
		if s == p.w.description {
			desc = c
		}
	}
	for k, r := range rows {
		var b strings.Builder
		for c, s := range r {
			switch {
			case c > 0:
				b.WriteString(sep)
			default:
				b.WriteString("|")
			}
			if k == 0 {
				b.WriteString("=" + s)
				continue
			}
			if grouped && c == desc && s != "" {
				b.WriteString("(((" + s + "\n)))")
				continue
			}
			b.WriteString(s)
		}
		p.f("%s\n", b.String())
	}
}

// museCode is code as the Muse shape writes a code block in lang ("" for none), by record.
func (p *truthPage) museCode(code, lang string) string {
	if lang == "" || p.seq%2 == 0 {
		return "<example>\n" + code + "\n</example>"
	}
	return `<src lang="` + lang + `">` + "\n" + code + "\n</src>"
}

// museTable writes rows (the header first, cells escaped: wikiCells) as a Muse table, by
// record as museShape says: every other record the page's first table with no header
// cells.
func (p *truthPage) museTable(rows [][]string) {
	headless := p.seq%2 == 1 && !strings.Contains(p.b.String(), " | ") && !strings.Contains(p.b.String(), " || ")
	widths := make([]int, len(rows[0]))
	if p.seq%3 != 0 {
		for _, r := range rows {
			for c, s := range r {
				if c < len(widths) {
					widths[c] = max(widths[c], shownWidth(s, true))
				}
			}
		}
	}
	for k, r := range rows {
		sep := " | "
		if k == 0 && !headless {
			sep = " || "
		}
		cells := make([]string, len(r))
		for c, s := range r {
			w := 0
			if c < len(widths) {
				w = widths[c]
			}
			cells[c] = s + strings.Repeat(" ", max(0, w-shownWidth(s, true)))
		}
		p.f(" %s\n", strings.TrimRight(strings.Join(cells, sep), " "))
	}
}

// museEscape is a cell's text s as the Muse shape writes it: in <verbatim> where Muse
// would read a "*" or "|" of it as markup.
func museEscape(s string) string {
	if strings.ContainsAny(s, "*|") {
		return "<verbatim>" + s + "</verbatim>"
	}
	return s
}

// xwikiMonoShape is the s25wkxwiki page whose names set as code are in XWiki's monospace,
// "##RegionId##", in place of its code macro, as users write them by hand (xwikiMono):
// read as code, as the code macro is (page.XWikiInline).
const xwikiMonoShape = "s26sqxwmono"

// xwikiMono rewrites text page s (an s25wkxwiki page) so (see xwikiMonoShape).
func xwikiMono(s string) []byte {
	return []byte(xwikiInlineCode.ReplaceAllString(s, "##$1##"))
}

// xwikiInlineCode is XWiki's code macro inline, "{{code}}RegionId{{/code}}".
var xwikiInlineCode = regexp.MustCompile(`\{\{code\}\}([^{}\n]+)\{\{/code\}\}`)
