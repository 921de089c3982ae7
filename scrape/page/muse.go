package page

import (
	"regexp"
	"strings"
)

// Emacs Muse's tables (pandoc -t muse) are a row a line, with no outer pipes: "||" parts
// the header's cells ("Parameter || Type || Description"), "|" a body row's ("=RegionId= |
// String | The region."), "|||" a footer's; "|+ Caption +|" is the caption. A cell's
// text that Muse would read as markup is in <verbatim> … </verbatim> ("<verbatim>*string
// </verbatim>", "<verbatim>array<string></verbatim>"), and a "|" in it is text. Read as a
// pipe table without outer pipes, the header's "||" were empty cells between its column
// words, so no row had the header's cells. PipeGrids rewrites such a table, opened by its
// header, into the pipe table it stands for: its rows on their lines.

// readMuse reads the Muse table whose header is line i, t trimmed, as a grid: the header
// and the rows right below it that have its cells. A table whose first row is parted by
// "|" (pandoc's of an HTML table with no header cells) is read so too, its first row the
// header, on a page that shows Muse's marks (page.muse): elsewhere such lines are a pipe
// table without outer pipes, whose rows the text reader reads by its own rules.
func readMuse(lines []string, i int, t string, page *museMarks) (grid, bool) {
	if !strings.Contains(t, " |") || strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") { // a header's last cell names a column
		return grid{}, false
	}
	if n, sep := museLine(t, nil); sep != 2 && (sep != 1 || !page.muse(lines)) || n < 2 {
		return grid{}, false
	}
	head, _ := museCells(t)
	g := grid{start: i, end: len(lines), rule: -1, rows: []gridRow{{line: i, cells: head}}}
	for k := i + 1; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if strings.HasPrefix(t, "|+") && strings.HasSuffix(t, "+|") {
			continue // the caption
		}
		if strings.HasPrefix(t, "| ") {
			t = " " + t // an empty first cell
		}
		cells, sep := museCells(t)
		if sep != 1 && sep != 3 || len(cells) != len(head) {
			g.end = k
			break
		}
		g.rows = append(g.rows, gridRow{line: k, cells: cells})
	}
	if len(g.rows) < 2 {
		return grid{}, false
	}
	return g, true
}

// museCells are the cells of a Muse table's line t, parted by runs of "|" outside
// <verbatim> … </verbatim>, each with a blank before it and after it (or the line's end:
// an empty last cell), each cell's text its only line, the verbatim tags dropped; sep
// is the runs' length where all are as long and so spaced, else 0.
func museCells(t string) (cells [][]string, sep int) {
	if _, sep = museLine(t, nil); sep == 0 {
		return nil, 0
	}
	museLine(t, &cells)
	return cells, sep
}

// museLine is museCells' reading of line t: the count of its cells and the runs' length
// (0: no Muse row), the cells into *cells where cells is not nil (asked first without,
// which allocates nothing, of every line holding " |").
func museLine(t string, cells *[][]string) (n, sep int) {
	const open, end = "<verbatim>", "</verbatim>"
	var b strings.Builder
	cut := func() {
		n++
		if cells != nil {
			*cells = append(*cells, []string{strings.TrimSpace(b.String())})
			b.Reset()
		}
	}
	for k := 0; k < len(t); {
		switch {
		case strings.HasPrefix(t[k:], open):
			k += len(open)
			m := strings.Index(t[k:], end)
			if m < 0 {
				m = len(t) - k
			}
			if cells != nil {
				b.WriteString(t[k : k+m])
			}
			k = min(len(t), k+m+len(end))
		case t[k] == '|':
			r := len(t[k:]) - len(strings.TrimLeft(t[k:], "|"))
			if sep != 0 && r != sep || k == 0 || t[k-1] != ' ' || k+r < len(t) && t[k+r] != ' ' {
				return 0, 0
			}
			sep = r
			cut()
			k += r
		default:
			if cells != nil {
				b.WriteByte(t[k])
			}
			k++
		}
	}
	cut()
	return n, sep
}

// museMarks says, once asked, whether a page's lines show Emacs Muse's marks: a code
// block's tag alone on its line ("<example>", "<src lang="json">"), a <verbatim> span, or
// a table header parted by "||".
type museMarks struct{ known, is bool }

// muse reports whether lines show Muse's marks (see museMarks).
func (m *museMarks) muse(lines []string) bool {
	if m.known {
		return m.is
	}
	m.known = true
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "<example>" || strings.HasPrefix(t, "<src ") && strings.HasSuffix(t, ">") || strings.Contains(t, "<verbatim>") {
			m.is = true
			break
		}
		if _, sep := museLine(t, nil); sep == 2 && !strings.HasPrefix(t, "|") {
			m.is = true
			break
		}
	}
	return m.is
}

// ShowsMuse reports whether lines show Emacs Muse's marks (museMarks).
func ShowsMuse(lines []string) bool {
	var m museMarks
	return m.muse(lines)
}

// museInlineRE is Muse's inline verbatim text ("<verbatim>*string</verbatim>": its
// characters no markup) and code ("<code>RegionId</code>").
var museInlineRE = regexp.MustCompile(`<verbatim>(.*?)</verbatim>|<code>(.*?)</code>`)

// MuseInline is line t of a Muse page (ShowsMuse) outside its tables (whose rows
// museCells reads, a "|" in verbatim text no separator) with its verbatim text as the
// text it is and its code as Markdown's code spans, as the HTML page's text and <code>
// read, in the prose, lists and headings around the tables (the text reader's
// unmarkup). A table's row is left as it is.
func MuseInline(t string) string {
	if !strings.Contains(t, "</") {
		return t
	}
	row := strings.TrimSpace(t)
	if strings.HasPrefix(row, "| ") {
		row = " " + row // an empty first cell (readMuse)
	}
	if _, sep := museLine(row, nil); sep != 0 && strings.Contains(row, " |") {
		return t
	}
	return museInlineRE.ReplaceAllStringFunc(t, func(m string) string {
		if code, ok := strings.CutPrefix(m, "<code>"); ok {
			return "`" + strings.TrimSuffix(code, "</code>") + "`"
		}
		return strings.TrimSuffix(strings.TrimPrefix(m, "<verbatim>"), "</verbatim>")
	})
}
