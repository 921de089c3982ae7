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

// TestLexiconKeyAllocs guards normalizeWords, the key of every heading and column lookup
// (every short line and header cell a reader meets), against a copy of text that needs
// none: ASCII words one space apart in lower case are their own key.
func TestLexiconKeyAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { ClassifyColumn("parameter") }); n > 0 {
		t.Errorf("ClassifyColumn: %.0f allocations a call, want none", n)
	}
	if n := testing.AllocsPerRun(20, func() { ClassifyHeading("request parameters") }); n > 0 {
		t.Errorf("ClassifyHeading: %.0f allocations a call, want none", n)
	}
	for in, want := range map[string]string{"Request  Parameters:": "request parameters", "请求参数：": "请求参数",
		"Type\tof value": "type of value", "İD": "id"} {
		if got := normalizeWords(in); got != want {
			t.Errorf("normalizeWords(%q) = %q, want %q", in, got, want)
		}
	}
}
