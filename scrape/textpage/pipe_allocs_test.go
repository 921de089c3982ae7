package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPipeRecordAllocs guards what a pipe table's plain row costs: counting its pipes
// (record.add) allocates nothing where no pipe stands inside brackets or quotes (each line
// with a pipe had a slice marking the brackets' insides, made whether or not it had
// any), and the row is split at its pipes once (pipeRow asked gluedPipeCells for a second
// split of every row as many cells as the header, a record with no pipe glued to text
// included).
func TestPipeRecordAllocs(t *testing.T) {
	const line = "| CreateGroup | CreateGroup | Creates a group. |"
	var r record
	if n := testing.AllocsPerRun(10, func() { r.add(line, line) }); n != 0 {
		t.Errorf("record.add(%q): %.0f allocations, want 0", line, n)
	}
	d := &doc{p: &page.Page{}}
	tbl := &page.Table{Header: []string{"API", "Title", "Description"}, Columns: []page.Column{page.ColAPI, page.ColOther, page.ColDescription}}
	one := testing.AllocsPerRun(10, func() { pipeCells(line) })
	if n := testing.AllocsPerRun(10, func() { d.pipeRow(tbl, line, 1, false) }); n > one+1 {
		t.Errorf("pipeRow(%q): %.0f allocations, want at most %.0f (one split and the row's cells)", line, n, one+1)
	}
}
