package scrape

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// textileShape is the unseenShapes shape of a text page written in Textile as a Redmine
// wiki user writes an API page (the mdtable layout's page, its parts in Textile), by
// record:
//
//   - the title "h1. CloneDisks" (every other record under a table of contents,
//     "{{>toc}}"), each section heading "h2. Request parameters",
//     "h2(#request-parameters). Request parameters" (an anchor id) or "h3. …";
//   - each table's header "|_. Parameter |_. Type |…|" (every fourth record in strong,
//     "|*Parameter*|*Type*|…|", the names in strong too, "*RegionId*") over rows
//     "| RegionId | String |…|" (every other record "|RegionId|String|…|", the names as
//     code "@RegionId@"), an empty cell a blank, a "|" in a cell written "&#124;"; every
//     third record opened by a table signature "table(list)." or "table{width:100%}.";
//   - a ROA request line "bc. GET /path HTTP/1.1" or "<pre>GET /path HTTP/1.1</pre>";
//   - the JSON example in "bc.. " (an extended code block), "<pre><code class="json">"
//     lines, "<pre>" lines or "bc(json). {", its first line after the signature.
const textileShape = "s22txtextile"

// textileGroupShape is the textileShape page with the group shape's tables: a group's
// title a row of one cell spanning the table, "|\5. *Path parameters* |".
const textileGroupShape = "s22txtexgroup"

// textileHeadingRE is the mark textileHeadings sets before a heading's text.
var textileHeadingRE = regexp.MustCompile(`^h[1-6](?:\([^)]*\))?\. `)

// textileSpanShape is the textileShape page whose parameter tables write every other
// named row's name cell spanning a second row ("|/2. @RegionId@ |", as the rowspan shape
// in HTML) that goes on with the row's description: by record one cell spanning the other
// columns ("|\4. Valid values: any value of the type.|"), or the other cells, blank but
// the description's.
const textileSpanShape = "s23rsttexspan"

// textile says the page is written in Textile (textileShape, textileGroupShape,
// textileSpanShape).
func (p *truthPage) textile() bool {
	return p.shape == textileShape || p.shape == textileGroupShape || p.shape == textileSpanShape
}

// textileHeadings makes the page's section headings textile headings, by record as
// textileShape says.
func (p *truthPage) textileHeadings() {
	for _, h := range []*string{&p.w.syntax, &p.w.reqParams, &p.w.respParams, &p.w.examples, &p.w.errors} {
		switch p.seq % 3 {
		case 0:
			*h = "h2. " + *h
		case 1:
			*h = fmt.Sprintf("h2(#%s). %s", strings.ToLower(strings.ReplaceAll(*h, " ", "-")), *h)
		default:
			*h = "h3. " + *h
		}
	}
}

// textileTable writes rows (the header first) as a textile table, by record as
// textileShape says.
func (p *truthPage) textileTable(rows [][]string) {
	switch p.seq % 3 {
	case 1:
		p.f("table(list).\n")
	case 2:
		p.f("table{width:100%%}.\n")
	}
	cell := strings.NewReplacer("|", "&#124;", "\n", " ").Replace
	named := 0 // the named rows so far (textileSpanShape)
	for k, r := range rows {
		if title, ok := groupTitleRow(r); ok && k > 0 { // a group's title spanning the table
			p.f("|\\%d. *%s* |\n", len(r), textileHeadingRE.ReplaceAllString(title, "")) // a section's title, not its heading
			continue
		}
		cells := make([]string, len(r))
		for c, s := range r {
			s = cell(s)
			switch {
			case k == 0 && p.seq%4 == 2:
				s = "*" + s + "*"
			case k == 0:
				s = "_. " + s + " "
			case c == 0 && s != "" && p.seq%2 == 1:
				s = "@" + s + "@"
			case c == 0 && s != "" && p.seq%4 == 2:
				s = "*" + s + "*"
			}
			if k > 0 && p.seq%2 == 0 || s == "" {
				s = " " + s + " "
			}
			cells[c] = s
		}
		if p.shape != textileSpanShape || k == 0 || r[0] == "" || rows[0][0] != p.w.name {
			p.f("|%s|\n", strings.Join(cells, "|"))
			continue
		}
		if named++; named%2 == 0 {
			p.f("|%s|\n", strings.Join(cells, "|"))
			continue
		}
		more := "Valid values: any value of the type."
		p.f("|/2. %s|%s|\n", strings.TrimSpace(cells[0]), strings.Join(cells[1:], "|"))
		if p.seq%2 == 0 {
			p.f("|\\%d. %s|\n", len(r)-1, more)
			continue
		}
		desc := slices.Index(rows[0], p.w.description)
		below := make([]string, len(r)-1)
		for c := range below {
			below[c] = " "
			if c+1 == desc {
				below[c] = more
			}
		}
		p.f("|%s|\n", strings.Join(below, "|"))
	}
}

// textileCode writes code (the JSON example, a request line) as a textile code block,
// json saying it is the JSON example, by record as textileShape says.
func (p *truthPage) textileCode(code string, json bool) {
	if !json {
		if p.seq%2 == 0 {
			p.f("bc. %s\n\n", code)
		} else {
			p.f("<pre>%s</pre>\n\n", code)
		}
		return
	}
	code = strings.TrimSuffix(code, "\n")
	switch p.seq % 4 {
	case 0:
		p.f("bc.. %s\n\n", code)
	case 1:
		p.f("<pre><code class=\"json\">\n%s\n</code></pre>\n\n", code)
	case 2:
		p.f("<pre>\n%s\n</pre>\n\n", code)
	default:
		p.f("bc(json). %s\n\n", code)
	}
}

// groupTitleRow is the title of a group the group shape writes as row r ("**Path
// parameters**" and blank cells), and true; false for any other row.
func groupTitleRow(r []string) (string, bool) {
	title, ok := strings.CutPrefix(r[0], "**")
	if title, ok = strings.CutSuffix(title, "**"); !ok || title == "" || slices.ContainsFunc(r[1:], func(c string) bool { return c != "" }) {
		return "", false
	}
	return title, true
}
