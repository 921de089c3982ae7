package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestDashCellsAreNoExample: a dash in an Example or Default cell fills a cell that states
// nothing. A list of objects with one ("Tags | array | No | - | ... | -") is a list of the
// objects in the rows under it, as with an empty cell; before, the dash was the list's
// example, so it read as a list of scalars and its fields were "nested deeper than their
// parent row" and lost. A word ("none") stays a string's example.
func TestDashCellsAreNoExample(t *testing.T) {
	header := []string{"Parameter", "Type", "Required", "Default value", "Description", "Example"}
	for _, col := range []int{3, 5} { // the dash in the Default cell, then in the Example cell
		row := func(depth int, cells ...string) page.Row {
			return page.Row{Cells: cells, Depth: depth}
		}
		b := tbl(4, header)
		b.Table.Rows = []page.Row{
			row(0, "Tags", "Array", "No", "", "The tags.", ""),
			row(1, "Key", "String", "No", "", "The key.", "k"),
			row(0, "Mode", "String", "No", "", "The mode.", "none"),
		}
		b.Table.Rows[0].Cells[col] = "-"
		p := &page.Page{File: "c.md", Title: "Svc:TagThing", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, b),
		}}
		op, _ := mustOp(t, p)
		var got, mode string
		for _, prm := range op.Params {
			switch prm.Name {
			case "Tags":
				if prm.Schema.Items != nil {
					got = names(prm.Schema.Items)
				}
			case "Mode":
				mode = prm.Schema.Example
			}
		}
		if got != "Key" || mode != "none" {
			t.Errorf("dash in column %d: Tags' item fields %q, want Key; Mode's example %q, want none", col, got, mode)
		}
	}
}
