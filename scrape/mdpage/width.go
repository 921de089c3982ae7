package mdpage

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// checkWidth warns when a table's header reads wider than its rows, which loses cells
// without any row looking wrong: a header that ran on through rows (closed by a stray lone
// '|' and no separator line) holds their names; a header run together with its separator
// line ("|Name|Type|---|---|") has '---' cells under which rows glued together hide the
// next row; a header naming more columns than every row fills puts the rows' cells under
// the wrong columns. what is page.RowsOf the table's section, counts are the rows' cell
// counts as written.
func (r *reader) checkWidth(t *page.Table, what string, counts []int) {
	if t.Col(page.ColName) < 0 {
		return // no header of its own: its first row is taken for one (extract's headerlessRows)
	}
	if names := page.RowNames(t.Header[pastNameType(t):]); len(names) > 0 {
		r.p.Drop(t.Line, "%stable header has %d cells and holds rows: a stray '|' may have left it open", page.Lost(what, names), len(t.Header))
	}
	if k := separatorCell(t); k >= 0 {
		for _, row := range t.Rows {
			if names := page.RowNames(row.Cells[k:]); len(names) > 0 {
				r.p.Drop(row.Line, "%stable row holds more rows under header cell %d %q, part of a separator line read into the header", page.Lost(what, names), k+1, t.Header[k])
			}
		}
	}
	if len(counts) < 2 {
		return
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	var unfilled []string
	for _, h := range t.Header[min(most, len(t.Header)):] {
		if h != "" && !isDashCell(h) {
			unfilled = append(unfilled, fmt.Sprintf("%q", h))
		}
	}
	if len(unfilled) == 0 {
		return
	}
	var names []string
	k := t.NameCol()
	for _, row := range t.Rows {
		if c := strings.TrimSpace(row.Cells[k]); c != "" {
			names = append(names, c)
		}
	}
	named := strings.TrimSpace(what + " " + strings.Join(names, ", "))
	r.p.Guess(t.Line, "%s: every row has at most %d cells, the header has %d: header cells %s are in no row, so cells may be read under the wrong columns",
		named, most, len(t.Header), strings.Join(unfilled, ", "))
}

// separatorCell is the index of the first header cell, past the name and type columns,
// that is a piece of a separator line ("---", ":-:"), or -1.
func separatorCell(t *page.Table) int {
	for k := pastNameType(t); k < len(t.Header); k++ {
		if isDashCell(t.Header[k]) {
			return k
		}
	}
	return -1
}

// isDashCell reports whether a cell is a piece of a table's separator line ("---", ":--").
func isDashCell(c string) bool { return page.IsPipeSeparator("|" + c + "|") }

// pastNameType is the index of the header cell after its name and type columns: cells from
// there on that hold a name and a type are rows read into the header.
func pastNameType(t *page.Table) int { return max(t.NameCol(), t.Col(page.ColType)) + 1 }
