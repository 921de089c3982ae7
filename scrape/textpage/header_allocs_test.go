package textpage

import "testing"

// TestCellHeaderAllocs guards what finding a cell-per-line header costs: its cells and
// columns are gathered in room made once for eight (they grew a cell at a time, four
// slices each for a header of five to eight cells).
func TestCellHeaderAllocs(t *testing.T) {
	d, err := read("x.txt", []byte("Request parameters\n\nParameter\nType\nRequired\nDescription\nExample\nDefault\n\nRegionId\nstring\nYes\nThe region.\ncn-hangzhou\n-\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h, ok := d.findHeader(2); !ok || len(h.cells) != 6 {
		t.Fatalf("line 3 opens no header of six cells: %v", h.cells)
	}
	if n := testing.AllocsPerRun(10, func() { d.findHeader(2) }); n > 3 {
		t.Errorf("findHeader of a six-cell header: %.0f allocations, want at most 3 (7 growing its slices a cell at a time)", n)
	}
}
