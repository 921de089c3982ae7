package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// gapCells reads line t as the cells of a row (of n header cells) that its writer set
// apart by runs of spaces, its name from its type too: its narrowest blank of two spaces or
// more is the row's separator; a blank k separators wide leaves k-1 cells empty between the words
// around it (an empty cell joined in is nothing between two separators), a single space is
// inside a cell, and from the description's column on when it is the last (descLast) every
// word is the description's. ok is false where a blank is neither (a row padded to aligned
// columns: alignedColumns reads those), the line holds a tab, or the cells are more than
// n. shown reports whether an empty cell shows inside the row, before its last word.
func gapCells(t string, n int, descLast bool) (cells []string, shown, ok bool) {
	if strings.IndexByte(t, '\t') >= 0 {
		return nil, false, false
	}
	ws := lineWords(t, false)
	if len(ws) < 2 {
		return nil, false, false
	}
	sep := 0 // the narrowest blank of two spaces or more
	for k := 1; k < len(ws); k++ {
		if gap := ws[k].at - ws[k-1].end; gap >= 2 && (sep == 0 || gap < sep) {
			sep = gap
		}
	}
	if ws[1].at-ws[0].end < 2 {
		return nil, false, false
	}
	cells = make([]string, n)
	col := 0
	for k, w := range ws {
		if k > 0 {
			switch gap := w.at - ws[k-1].end; {
			case gap == 1 || descLast && col == n-1:
			case gap%sep != 0 || gap < sep:
				return nil, false, false
			default:
				if gap > sep {
					shown = true
				}
				col += gap / sep
			}
		}
		if col >= n {
			return nil, false, false
		}
		cells[col] = strings.TrimSpace(cells[col] + " " + t[w.from:w.to])
	}
	return cells, shown, true
}

// gapRow reads line i (text t) of the spaced table as a row by its runs of spaces
// (gapCells) where they show an empty cell that reading the line word by word would fill
// with the next cell's words (an empty Example, an empty Type, a Description and no Example
// after it), named nm, its type typ ("" where no type word follows the name). A Required
// word right after the name, in a table whose Required column follows the Type column,
// shows the Type cell empty and left out (the line was no row, and ran into the row
// above's description). A type word right after the name is the Type cell: runs that
// leave that cell empty do not show the row's cells (the row is padded to aligned columns
// its header does not show: the line is read word by word). Every cell
// must stand in a column that takes it: the type word in the Type column, a Required word
// (or nothing) in the Required column, a place in the Location column, a value of the
// type in the Example column. done is false where the runs show no empty cell or the line
// reads otherwise; where a cell stands in a column that does not take it, a guess names the
// row, the cell and the column, and the line is read word by word (the cells may have
// shifted).
func (st *spaced) gapRow(i int, t, nm, typ string, probe bool) (r *page.Row, done bool) {
	h, tbl := st.h, st.tbl
	n := len(h.cells)
	desc := tbl.Col(page.ColDescription)
	if h.tabs || st.below && desc != n-1 {
		return nil, false
	}
	cells, shown, ok := gapCells(t, n, desc == n-1)
	if !ok || cells[0] != nm {
		return nil, false
	}
	req := tbl.Col(page.ColRequired)
	if typ == "" && req == 2 && cells[1] != "" && page.RequiredWord(cells[1]) && cells[n-1] == "" {
		// a Required word where the type goes: the empty Type cell left out, not joined in
		copy(cells[2:], cells[1:n-1])
		cells[1], shown = "", true
	}
	if c := tbl.Col(page.ColType); typ != "" && c >= 0 && cells[c] == "" {
		// the type word right after the name, which the runs set past an empty Type cell:
		// they are a row's padding to aligned columns that happens to be a whole number of
		// separators ("  OrganizationalUnitId    string  sample"), not its cells' ends
		return nil, false
	}
	// the line ends before the last cell, after the description (an empty Example after it)
	trailing := cells[n-1] == "" && !st.below && desc >= 0 && cells[desc] != ""
	if !shown && !trailing {
		return nil, false
	}
	misplaced, col := "", ""
	for c, v := range cells {
		if v == "" {
			continue
		}
		fits := true
		switch h.cols[c] {
		case page.ColType:
			fits = v == typ
		case page.ColRequired:
			fits = page.RequiredWord(v)
		case page.ColLocation:
			fits = isLocation(v)
		case page.ColExample:
			fits = typ == "" || typeFits(typ, v)
		}
		if !fits && misplaced == "" {
			misplaced, col = v, h.cells[c]
		}
	}
	if typ == "" && (misplaced != "" || req < 0 || cells[req] == "") {
		return nil, false // no type, and no Required word in its column to show a row
	}
	if misplaced != "" {
		if !probe && shown {
			st.d.p.Guess(st.d.no(i), "row %q: its cells, set apart by runs of spaces, put %q under %s, which does not take it; read word by word, a cell may have shifted into the next column",
				nm, misplaced, col)
		}
		return nil, false
	}
	if probe {
		return &page.Row{}, true
	}
	if req >= 0 && cells[req] == "" {
		st.missing.add(nm, st.d.no(i))
	}
	if desc >= 0 {
		cells[desc] = cellText(cells[desc])
	}
	return &page.Row{Line: st.d.no(i), Cells: cells, Depth: -1}, true
}
