package page

import (
	"strings"
	"testing"
)

// TestTreeDepthAlnumStart: TreeDepth returns a text starting with an ASCII letter or digit
// as it is without reading its runes, which holds only while no tree mark is one: the
// loop's first rune would be no mark, and the text no tree.
func TestTreeDepthAlnumStart(t *testing.T) {
	marks := TreeGlyphs + asciiGlyphs + treeDashes + IndentRunes + branchGlyphs + " \t"
	for b := 0; b < 128; b++ {
		if isAlnumByte(byte(b)) && strings.ContainsRune(marks, rune(b)) {
			t.Errorf("%q is a tree mark and an ASCII letter or digit: TreeDepth's early return is wrong", rune(b))
		}
	}
	for _, s := range []string{"Name", "1 └ Name", "a-- b", "Z│"} {
		if d, name := TreeDepth(s); d != 0 || name != s {
			t.Errorf("TreeDepth(%q) = %d, %q; want 0, the text", s, d, name)
		}
	}
}

// TestPipeGridsProseAllocs: prose paragraphs with commas and colons, parted by blank
// lines, are no grid, and PipeGrids asks each line whether one starts there without
// allocating: readCSV splits a line at its commas only when the first field is a column
// word (it split every line with two commas), and readBlocks reads a line as a record's
// only when the two after it have a separator too.
func TestPipeGridsProseAllocs(t *testing.T) {
	var lines []string
	for range 50 {
		lines = append(lines, "The instance, which is running, has a disk, a tag and a name.", "",
			"Note: the value is optional.", "", "Type: String", "Returns the list, sorted by name, of ids.", "")
	}
	allocs := testing.AllocsPerRun(5, func() {
		if _, ok, lost := PipeGrids(lines); ok || lost != nil {
			t.Fatalf("a grid read where there is none")
		}
	})
	if allocs != 0 {
		t.Errorf("PipeGrids made %.0f allocations on prose, want 0", allocs)
	}
}
