package textpage

import (
	"slices"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// operationTable reads an overview's API table in the cell-per-line layout by its
// structure, as genericTable cannot: a category cell spanning rows is written once, on the
// first row of its span, so the rows after it have a line fewer and the first cell of a row
// tells nothing. The header gives the column count and the operation column (its word from
// the lexicon: "API", "Operation"); each line shaped as an operation name
// (page.IsOperationName) starts a row; the cells after the operation column are the lines
// after it (continuation lines join the last), the cells before it the lines before it
// that follow a completed row, when there are as many as the header has columns before the
// operation (else the row is under a spanning cell and lacks them). Where the lines between
// two operations fit neither, the table ends there: extraction then warns each operation
// name left outside it. ok is false, and nothing is read, when the header has no operation
// column or the first row does not read so.
func (d *doc) operationTable(h header) (end int, ok bool) {
	op := -1
	for k, c := range h.cols {
		if c == page.ColAPI || c == page.ColAction {
			op = k
			break
		}
	}
	if op < 0 || h.style != styleCells {
		return 0, false
	}
	n := len(h.cells)
	lead, trail := op, n-1-op
	var lines []int // the table's lines, up to the next heading or table
	end = d.nb(h.end)
	for ; end < len(d.lines) && !d.endsTable(end); end = d.nb(end + 1) {
		lines = append(lines, end)
	}
	isOp := func(k int) bool { return page.IsOperationName(strings.Trim(d.t(lines[k]), "`*")) }
	first := 0
	for first < len(lines) && !isOp(first) {
		first++
	}
	if first == len(lines) || first != 0 && first != lead {
		return 0, false
	}
	tbl := &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	cells := d.lineCells(lines[:first])
	seen := overviewSeen(d, lines, isOp, first, lead, trail)
	for p := first; p < len(lines); {
		row := page.Row{Line: d.no(lines[p]), Depth: -1, Cells: make([]string, n)}
		for k, c := range cells { // the leading cells, none under a spanning cell
			row.Cells[k] = c.text
		}
		row.Cells[op] = d.t(lines[p])
		q := p + 1
		for q < len(lines) && !isOp(q) {
			q++
		}
		cells = d.lineCells(lines[p+1 : q])
		last := q == len(lines)
		switch {
		case !last && lead > 0 && len(cells) == lead && len(cells) <= trail && seen.leading(cells):
			// this row lacks its trailing cells and the next one starts a category
			d.p.Warn(row.Line, "guess: overview row %q has no %s: line %q read as the %s of row %q, as it reads like the table's %s, not its %s",
				row.Cells[op], h.cells[op+1], cells[0].text, h.cells[0], d.t(lines[q]), h.cells[0], h.cells[op+1])
			tbl.Rows = append(tbl.Rows, row)
			p = q
			continue
		case last || len(cells) <= trail:
			// the last row, or the next row is under a spanning cell
		case len(cells) == trail+lead:
		default:
			d.p.Warn(row.Line, "operation table ends after row %q: %d lines stand before operation %s, where the header has room for %d (%d after an operation, %d before one)",
				row.Cells[op], len(cells), d.t(lines[q]), trail+lead, trail, lead)
			last = true
		}
		t := min(trail, len(cells))
		for k, c := range cells[:t] {
			row.Cells[op+1+k] = c.text
		}
		if t < trail {
			d.p.Warn(row.Line, "row %q: %d of %d cells", row.Cells[op], n-trail+t, n)
		}
		tbl.Rows = append(tbl.Rows, row)
		if last {
			// what follows the last row's cells is no part of the table
			if t < len(cells) {
				end = cells[t].line
			}
			break
		}
		cells = cells[t:]
		p = q
	}
	d.addTable(tbl, nil)
	return end, true
}

// overviewCells are the leading (category) and trailing (description) cells an overview
// table shows where their place is sure, to tell which a line between two operations is.
type overviewCells struct{ lead, trail []string }

// overviewSeen collects the cells of operationTable's lines whose place is sure: the
// leading cells before the first operation (lines[first] is one, isOp tells them), both
// where the lines between two operations are a whole row's, and the trailing cells after
// the last.
func overviewSeen(d *doc, lines []int, isOp func(int) bool, first, lead, trail int) overviewCells {
	var s overviewCells
	add := func(to *[]string, cells []lineCell) {
		for _, c := range cells {
			*to = append(*to, c.text)
		}
	}
	add(&s.lead, d.lineCells(lines[:first]))
	for p := first; p < len(lines); {
		q := p + 1
		for q < len(lines) && !isOp(q) {
			q++
		}
		cells := d.lineCells(lines[p+1 : q])
		switch {
		case q == len(lines):
			add(&s.trail, cells[:min(trail, len(cells))])
		case len(cells) == trail+lead:
			add(&s.trail, cells[:trail])
			add(&s.lead, cells[trail:])
		}
		p = q
	}
	return s
}

// leading reports whether cells, the lines between two operations that fit either the
// first row's trailing cells or the second's leading ones, read as leading cells: the
// first repeats a leading cell seen, or every trailing cell seen ends a sentence and no
// leading cell seen or the first of cells does.
func (s *overviewCells) leading(cells []lineCell) bool {
	t := cells[0].text
	if slices.Contains(s.lead, t) {
		return true
	}
	if len(s.trail) == 0 || len(s.lead) == 0 || endsSentence(t) {
		return false
	}
	for _, c := range s.trail {
		if !endsSentence(c) {
			return false
		}
	}
	for _, c := range s.lead {
		if endsSentence(c) {
			return false
		}
	}
	return true
}

// lineCell is a cell of a cell-per-line table and the line it starts on.
type lineCell struct {
	text string
	line int
}

// lineCells reads the lines ls as cells, one a line; a list item, or a line after a cell
// ending with a colon, continues the cell before it.
func (d *doc) lineCells(ls []int) []lineCell {
	var out []lineCell
	for _, i := range ls {
		if k := len(out) - 1; k >= 0 && (d.is(i, trBullet) || strings.HasSuffix(out[k].text, ":") || strings.HasSuffix(out[k].text, "：")) {
			out[k].text += "\n" + cellText(d.t(i))
			continue
		}
		out = append(out, lineCell{cellText(d.t(i)), i})
	}
	return out
}
