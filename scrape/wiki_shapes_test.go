package scrape

import (
	"fmt"
	"strings"
)

// wikiShapes are the unseenShapes that write a whole text page in the markup of a wiki or
// a documentation tool, as a user of it writes the page by hand (the mdtable layout's
// page, its tables' rows collected as the markup shapes collect them: gridRow): the
// title and section headings in the markup's syntax, the JSON example and a ROA
// request's syntax in its code blocks, the names set as code by record, and every table
// (the RAM table's too) in its table syntax, with the escapes it needs:
//
//   - s22rstrst: reStructuredText: the title under (and, by record, over) a line of "=",
//     the sections under lines of "-", the code in ".. code-block:: json", ".. code::
//     json" or a literal block after "::", indented three spaces; the tables as grid
//     tables ("+----+", "+====+" under the header, every row ruled, the description
//     wrapped at rstWrap columns) or, every other record where no row's name is blank (a
//     blank first cell goes on with the row above in docutils), as simple tables ("===
//     ===" over and under the header and under the rows, a row a line); names “Name“
//     by record, "*" and "\" escaped outside them ("\*string");
//   - s22rstjira: Jira's (and Confluence's) wiki markup: "h1." and "h2." headings, the
//     code in "{code:json}" or "{noformat}", the tables "||Parameter||Type||" over
//     "|a|b|" (by record with a blank around each cell), an empty cell " ", names
//     "{{Name}}" by record, "|", "[" and "{" escaped "\|", "\[", "\{";
//   - s22rstmw: MediaWiki's wikitext: "= Title =" and "== Section ==", the code in
//     `<syntaxhighlight lang="json">` or "<pre>", the tables `{| class="wikitable"`, a
//     header row of "!" cells and rows after "|-", the cells of a row on its line (parted
//     by "!!" and "||") or a cell a line by record, "|}"; names "<code>Name</code>" by
//     record, a "|" in a cell "{{!}}";
//   - s22rstdoku: DokuWiki's: "====== Title ======" and "===== Section =====", the code
//     in "<code json>" (a request syntax in "<code>"), the tables "^ Parameter ^ Type ^"
//     over "| a | b |" (by record padded to the columns' widths), an empty cell a blank
//     ("||" spans columns), names "”Name”" or "”%%Name%%”" by record, a "|" in a
//     cell "%%|%%".
var wikiShapes = map[string]bool{"s22rstrst": true, "s22rstjira": true, "s22rstmw": true, "s22rstdoku": true,
	rstListShape: true, rstCSVShape: true, roffShape: true, msShape: true, // (rst_directive_shape_test.go, roff_shape_test.go, ms_shape_test.go)
	xwikiShape: true, museShape: true} // (xwiki_muse_shape_test.go)

// rstWrap is the width at which the s22rstrst shape's grid tables wrap a description.
const rstWrap = 30

// wikiHeading is a heading of the given level (1 the title, 2 a section) in the page's
// wiki shape, text itself in other shapes.
func (p *truthPage) wikiHeading(level int, text string) string {
	switch p.shape {
	case "s22rstrst", rstListShape, rstCSVShape:
		mark := "-"
		if level == 1 {
			mark = "="
		}
		line := strings.Repeat(mark, shownWidth(text, true))
		if level == 1 && p.seq%2 == 0 {
			return line + "\n" + text + "\n" + line
		}
		return text + "\n" + line
	case "s22rstjira":
		return fmt.Sprintf("h%d. %s", level, text)
	case "s22rstmw":
		eq := strings.Repeat("=", level)
		return eq + " " + text + " " + eq
	case "s22rstdoku":
		eq := strings.Repeat("=", 7-level)
		return eq + " " + text + " " + eq
	case roffShape:
		if level == 1 {
			return ".SH " + text
		}
		return ".SS " + text
	case xwikiShape:
		return p.xwikiHeading(level, text)
	case museShape:
		return strings.Repeat("*", level) + " " + text
	case msShape:
		return p.msHeading(level, text)
	}
	return text
}

// wikiHeadings writes the page's section headings in its wiki shape (wikiHeading).
func (p *truthPage) wikiHeadings() {
	for _, h := range []*string{&p.w.syntax, &p.w.reqParams, &p.w.respParams, &p.w.examples, &p.w.errors} {
		*h = p.wikiHeading(2, *h)
	}
}

// wikiCode is code (lines with no newline at the end) as the page's wiki shape writes a
// code block in lang ("" for none), code itself in other shapes.
func (p *truthPage) wikiCode(code, lang string) string {
	switch p.shape {
	case "s22rstrst", rstListShape, rstCSVShape:
		indented := "   " + strings.ReplaceAll(code, "\n", "\n   ")
		switch {
		case lang == "" || p.seq%3 == 2:
			return "::\n\n" + indented
		case p.seq%3 == 0:
			return ".. code-block:: " + lang + "\n\n" + indented
		}
		return ".. code:: " + lang + "\n\n" + indented
	case "s22rstjira":
		if lang == "" || p.seq%2 == 1 {
			return "{noformat}\n" + code + "\n{noformat}"
		}
		return "{code:" + lang + "}\n" + code + "\n{code}"
	case "s22rstmw":
		if lang == "" || p.seq%2 == 1 {
			return "<pre>\n" + code + "\n</pre>"
		}
		return `<syntaxhighlight lang="` + lang + `">` + "\n" + code + "\n</syntaxhighlight>"
	case "s22rstdoku":
		if lang == "" {
			return "<code>\n" + code + "\n</code>"
		}
		return "<code " + lang + ">\n" + code + "\n</code>"
	case roffShape:
		return p.roffCode(code)
	case xwikiShape:
		return xwikiCode(code, lang)
	case museShape:
		return p.museCode(code, lang)
	case msShape:
		return p.msCode(code, lang)
	}
	return code
}

// drawWiki writes rows (the header first) as a table of the page's wiki shape.
func (p *truthPage) drawWiki(rows [][]string) {
	rows = p.wikiCells(rows)
	switch p.shape {
	case roffShape:
		p.roffTable(rows)
	case xwikiShape:
		p.xwikiTable(rows)
	case museShape:
		p.museTable(rows)
	case msShape:
		p.msTable(rows)
	case "s22rstrst":
		p.rstTable(rows)
	case rstListShape, rstCSVShape:
		p.rstDirectiveTable(rows)
	case "s22rstjira":
		sp := ""
		if p.seq%2 == 1 {
			sp = " "
		}
		for k, r := range rows {
			cells := make([]string, len(r))
			for c, s := range r {
				cells[c] = sp + s + sp
				if s == "" {
					cells[c] = " "
				}
			}
			sep := "|"
			if k == 0 {
				sep = "||"
			}
			p.f("%s%s%s\n", sep, strings.Join(cells, sep), sep)
		}
	case "s22rstmw":
		p.f("{| class=\"wikitable\"\n")
		for k, r := range rows {
			mark, sep := "|", " || "
			if k == 0 {
				mark, sep = "!", " !! "
			} else {
				p.f("|-\n")
			}
			if p.seq%2 == 0 {
				p.f("%s %s\n", mark, strings.Join(r, sep))
				continue
			}
			for _, s := range r {
				p.f("%s %s\n", mark, s)
			}
		}
		p.f("|}\n")
	case "s22rstdoku":
		widths := make([]int, len(rows[0]))
		if p.seq%2 == 0 {
			for _, r := range rows {
				for c, s := range r {
					if c < len(widths) {
						widths[c] = max(widths[c], shownWidth(s, true))
					}
				}
			}
		}
		for k, r := range rows {
			sep := "|"
			if k == 0 {
				sep = "^"
			}
			var b strings.Builder
			for c, s := range r {
				w := 0
				if c < len(widths) {
					w = widths[c]
				}
				b.WriteString(sep + " " + s + strings.Repeat(" ", max(0, w-shownWidth(s, true))) + " ")
			}
			p.f("%s%s\n", b.String(), sep)
		}
	}
}

// wikiCells is rows with each cell as the page's wiki shape writes its text: the first
// column's names (the body's) set as code by record, the rest escaped as the markup
// needs.
func (p *truthPage) wikiCells(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for k, r := range rows {
		out[k] = make([]string, len(r))
		for c, s := range r {
			if c == 0 && k > 0 && s != "" && p.seq%3 == 0 && !strings.ContainsAny(s, " :") {
				out[k][c] = p.wikiName(s)
				continue
			}
			out[k][c] = p.wikiEscape(s)
		}
	}
	return out
}

// wikiName is a parameter's name set as code in the page's wiki shape.
func (p *truthPage) wikiName(s string) string {
	switch p.shape {
	case "s22rstrst", rstListShape, rstCSVShape:
		return "``" + s + "``"
	case "s22rstjira":
		return "{{" + s + "}}"
	case "s22rstmw":
		return "<code>" + s + "</code>"
	case "s22rstdoku":
		if p.seq%2 == 1 {
			return "''%%" + s + "%%''"
		}
		return "''" + s + "''"
	case roffShape:
		return p.roffName(s)
	case xwikiShape:
		return "{{code}}" + s + "{{/code}}"
	case museShape:
		return "=" + s + "="
	case msShape:
		return `\f[C]` + p.roffEscape(s) + `\f[R]`
	}
	return s
}

// wikiEscape is a cell's text s escaped as the page's wiki shape needs.
func (p *truthPage) wikiEscape(s string) string {
	switch p.shape {
	case "s22rstrst", rstListShape, rstCSVShape:
		return strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`").Replace(s)
	case "s22rstjira":
		return strings.NewReplacer("|", `\|`, "[", `\[`, "{", `\{`).Replace(s)
	case "s22rstmw":
		return strings.ReplaceAll(s, "|", "{{!}}")
	case "s22rstdoku":
		return strings.ReplaceAll(s, "|", "%%|%%")
	case roffShape, msShape:
		return p.roffEscape(s)
	case xwikiShape:
		return strings.NewReplacer("~", "~~", "|", "~|").Replace(s)
	case museShape:
		return museEscape(s)
	}
	return s
}

// rstTable writes rows (the header first, cells escaped) as a reStructuredText grid table,
// or, every other record where no body row's name is blank, a simple table.
func (p *truthPage) rstTable(rows [][]string) {
	n := len(rows[0])
	simple := p.seq%2 == 1
	for _, r := range rows[1:] {
		simple = simple && len(r) > 0 && r[0] != ""
	}
	lines := make([][][]string, len(rows))
	widths := make([]int, n)
	for k, r := range rows {
		lines[k] = make([][]string, n)
		for c := range n {
			s := ""
			if c < len(r) {
				s = r[c]
			}
			ls := []string{s}
			if !simple && c == n-1 && k > 0 {
				ls = wrapWords(s, rstWrap, true)
			}
			lines[k][c] = ls
			for _, l := range ls {
				widths[c] = max(widths[c], shownWidth(l, true), 1)
			}
		}
	}
	pad := func(s string, c int) string { return s + strings.Repeat(" ", widths[c]-shownWidth(s, true)) }
	if simple {
		rule := make([]string, n)
		for c, w := range widths {
			widths[c] = max(w, 2) // a rule's run is two characters or more
			rule[c] = strings.Repeat("=", widths[c])
		}
		p.f("%s\n", strings.Join(rule, "  "))
		for k, r := range lines {
			p.cellLines(r, pad, "  ", "")
			if k == 0 || k == len(lines)-1 {
				p.f("%s\n", strings.Join(rule, "  "))
			}
		}
		return
	}
	rule := func(ch string) {
		var b strings.Builder
		for _, w := range widths {
			b.WriteString("+" + strings.Repeat(ch, w+2))
		}
		p.f("%s+\n", b.String())
	}
	rule("-")
	for k, r := range lines {
		for _, parts := range bandLines(r) {
			for c, s := range parts {
				parts[c] = pad(s, c)
			}
			p.f("| %s |\n", strings.Join(parts, " | "))
		}
		if k == 0 {
			rule("=")
		} else {
			rule("-")
		}
	}
}
