package page

import "testing"

// TestReadTypeAllocs guards ReadType, asked of nearly every cell a reader meets, against
// work per call that its cells do not need: a strings.Replacer built per call cost 1 MB a
// page of BenchmarkScrape, and Replace called on a cell with nothing to replace copies it
// (700 allocations a page). A plain type word costs one allocation (its lower case).
func TestReadTypeAllocs(t *testing.T) {
	for _, c := range []struct {
		cell string
		max  float64
	}{{"String", 1}, {"`Array of String`", 4}, {"Long（必填）", 8}} {
		if n := testing.AllocsPerRun(20, func() { ReadType(c.cell) }); n > c.max {
			t.Errorf("ReadType(%q): %.0f allocations a call, want at most %.0f", c.cell, n, c.max)
		}
	}
}
