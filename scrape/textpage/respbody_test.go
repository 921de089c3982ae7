package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestBodyRowEmptyRow: a row with no cells (a reader may leave one) is no body row and no
// panic; a nameless row typed object still is one.
func TestBodyRowEmptyRow(t *testing.T) {
	tb := &page.Table{Header: []string{"Name", "Type", "Description"}}
	tb.Columns = page.ClassifyColumns(tb.Header)
	tb.Rows = []page.Row{{}, {Cells: []string{"x-acs-trace", "String", "The trace."}}}
	if got := bodyRow(tb); got != "" {
		t.Errorf("bodyRow = %q, want none", got)
	}
	tb.Rows = append(tb.Rows, page.Row{Cells: []string{"object"}})
	if got := bodyRow(tb); got == "" {
		t.Errorf("bodyRow found no body row in a table with a nameless object row")
	}
}
