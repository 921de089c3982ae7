package page

import (
	"regexp"
	"strings"
)

// XWiki's tables (XWiki syntax 2.x, pandoc -t xwiki) are lines opened by "|", a row a
// line, "|" parting its cells and "|=" opening a header cell ("|=Parameter |=Type"); a
// cell holding blocks of its own groups them in "(((" … ")))", which may go on over lines
// ("|(((The ID." over "))) |sample"), and "~" escapes the character after it (a "~|" of a
// cell's text). A code macro inline ("{{code}}RegionId{{/code}}") is Markdown's code
// span. PipeGrids rewrites such a table, opened by its header, into the pipe table it
// stands for, as it does a grid: each row on its first line, the other lines blank.

// xwikiCode is XWiki's inline code macro, written as a Markdown code span (XWikiInline).
var xwikiCode = strings.NewReplacer("{{code}}", "`", "{{/code}}", "`")

// xwikiMonoRE is XWiki's monospace text, "##RegionId##": no blank right inside either
// mark (a Markdown heading's "## X ##" is none).
var xwikiMonoRE = regexp.MustCompile(`##([^#\s](?:[^#]*[^#\s])?)##`)

// XWikiInline is line t of an XWiki page (ShowsXWiki) with its inline code, the code
// macro ("{{code}}RegionId{{/code}}") and monospace ("##RegionId##"), as Markdown's code
// spans, as the HTML page's <code> reads, in a table's cell (xwikiCell) and in the
// prose, lists and headings around the tables (the text reader's unmarkup). Left in,
// "##RegionId##" was a name no parameter has.
func XWikiInline(t string) string {
	if strings.Contains(t, "{{code}}") {
		t = xwikiCode.Replace(t)
	}
	if strings.Contains(t, "##") {
		t = xwikiMonoRE.ReplaceAllString(t, "`$1`")
	}
	return t
}

// ShowsXWiki reports whether lines show XWiki's marks: a table header of "|=" cells, a
// code macro's fence alone on its line, or a heading's anchor macro ("{{id name=").
func ShowsXWiki(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "|=") && !strings.HasPrefix(t, "|==") || t == "{{/code}}" || strings.Contains(t, "{{id name=") {
			return true
		}
	}
	return false
}

// readXWiki reads the XWiki table whose header opens on line i ("|=Parameter |=Type"), t
// trimmed, as a grid: up to the first line, out of a group, that opens no row.
func readXWiki(lines []string, i int, t string) (grid, bool) {
	if !strings.HasPrefix(t, "|=") || strings.HasPrefix(t, "|==") { // AsciiDoc's "|===" is none
		return grid{}, false
	}
	g := grid{start: i, end: len(lines), rule: -1}
	var sc xwikiScan
	for k := i; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if sc.depth == 0 {
			if !strings.HasPrefix(t, "|") {
				g.end = k
				break
			}
			g.rows = append(g.rows, gridRow{line: k})
		}
		sc.line(t, &g.rows[len(g.rows)-1])
	}
	if len(g.rows) < 2 || len(g.rows[0].cells) < 2 {
		return grid{}, false
	}
	padRows(g.rows, len(g.rows[0].cells))
	return g, true
}

// xwikiScan reads an XWiki table's lines into its rows' cells; depth counts the groups
// ("(((") open at the end of the line read last, whose cell goes on at the next line.
type xwikiScan struct{ depth int }

// line reads line t of row r: a row's first line opens its first cell with "|"; a line
// inside a group goes on with the row's last cell.
func (sc *xwikiScan) line(t string, r *gridRow) {
	cell := len(r.cells) - 1
	start := 0
	if sc.depth == 0 { // the row's first line
		r.cells = append(r.cells, nil)
		cell, start = len(r.cells)-1, 1
	}
	var b strings.Builder
	end := func() { // the text read into the cell: a line of it, but blanks after a group
		if s := xwikiCell(b.String()); s != "" || len(r.cells[cell]) == 0 {
			r.cells[cell] = append(r.cells[cell], s)
		}
		b.Reset()
	}
	for k := start; k < len(t); k++ {
		switch {
		case t[k] == '~' && k+1 < len(t): // an escaped character is text
			k++
			b.WriteByte(t[k])
		case strings.HasPrefix(t[k:], "((("):
			sc.depth++
			k += 2
		case strings.HasPrefix(t[k:], ")))") && sc.depth > 0:
			sc.depth--
			k += 2
		case t[k] == '|' && sc.depth == 0:
			end()
			r.cells = append(r.cells, nil)
			cell = len(r.cells) - 1
		default:
			b.WriteByte(t[k])
		}
	}
	end()
}

// xwikiCell is a cell's text as a pipe table writes it: its header mark ("=Type") dropped,
// its inline code as code spans.
func xwikiCell(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "=")
	return strings.TrimSpace(XWikiInline(s))
}
