package page

import "testing"

// TestRequiredCellsHeaderOnce: RequiredCells reads the Required column's header (is it an
// Optional column?) once per table, so its allocations do not grow with the rows. It
// normalized the header for every row, twice for a cell with a note.
func TestRequiredCellsHeaderOnce(t *testing.T) {
	table := func(rows int) *Table {
		tb := &Table{Header: []string{"Name", "Required"}, Columns: []Column{ColName, ColRequired}}
		for k := range rows {
			cell := "yes"
			if k%2 == 1 {
				cell = "no"
			}
			tb.Rows = append(tb.Rows, Row{Cells: []string{"p", cell}})
		}
		return tb
	}
	one, many := table(1), table(20)
	a1 := testing.AllocsPerRun(5, func() { one.RequiredCells() })
	a20 := testing.AllocsPerRun(5, func() { many.RequiredCells() })
	if a20 != a1 {
		t.Errorf("RequiredCells made %.0f allocations on 20 rows and %.0f on one, want as many", a20, a1)
	}
	if reads, _ := many.RequiredCells(); !reads[0].Required || reads[1].Required || !reads[1].OK {
		t.Errorf("reads %+v, want yes required and no not", reads[:2])
	}
}
