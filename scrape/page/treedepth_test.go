package page

import "testing"

// TestTreeDepth holds the ways a name cell draws its depth: a glyph a level ("└", "∟",
// "»", "·"), a drawn tree in box-drawing or ASCII characters whose ancestors with no
// sibling below are blank (no-break spaces), dashes a level, and what is no tree: a cell
// that is a dash (empty), a code span's backtick, a pipe or a sign before a name.
func TestTreeDepth(t *testing.T) {
	for _, c := range []struct {
		text  string
		depth int
		name  string
	}{
		{"Name", 0, "Name"},
		{"└└ Name", 2, "Name"},
		{"└ └ Name", 2, "Name"},
		{"│ ├─ Name", 2, "Name"},
		{"├── Name", 1, "Name"},
		{"∟∟Name", 2, "Name"},
		{"» » Name", 2, "Name"},
		{"·· Name", 2, "Name"},
		{"- Name", 1, "Name"},
		{"-- Name", 2, "Name"},
		{"—— Name", 2, "Name"},
		{"\u00a0\u00a0\u00a0└─ Name", 2, "Name"},                  // under a last child: no "│"
		{"│\u00a0\u00a0\u00a0\u00a0\u00a0└─ Name", 3, "Name"},     // "│  " then a blank level
		{"|\u00a0\u00a0\u00a0`-- Name", 2, "Name"},                // tree --charset ascii
		{"\u00a0\u00a0\u00a0\u00a0`-- Name", 2, "Name"},           // the same under a last child
		{"└ `Permission`", 1, "`Permission`"},                     // a code span's backtick is the name's
		{"└", 1, ""},                                              // an unnamed row (an item)
		{"`-- ", 1, ""},                                           // the same in ASCII
		{"│\u00a0\u00a0│\u00a0\u00a0\u00a0\u00a0\u00a0└─", 4, ""}, // trimmed: "└─ " as drawn
		{"-", 0, "-"},                                             // an empty cell
		{"—", 0, "—"},                                             // an empty cell
		{"`Name`", 0, "`Name`"},                                   // a code span
		{"| Name", 0, "| Name"},                                   // no ASCII tree without a dash
		{"+1", 0, "+1"},                                           // a sign
		{"|---|", 0, "|---|"},                                     // a separator
		{"\u3000\u3000Name", 0, "\u3000\u3000Name"},               // indentation alone: IndentOf's
	} {
		d, n := TreeDepth(c.text)
		if d != c.depth || n != c.name {
			t.Errorf("TreeDepth(%q) = %d, %q; want %d, %q", c.text, d, n, c.depth, c.name)
		}
	}
}

// TestRawTreeDepth: the no-break spaces that draw a blank ancestor count before a reader
// trims or collapses them; ordinary white space (markup's layout) counts for nothing.
func TestRawTreeDepth(t *testing.T) {
	for _, c := range []struct {
		raw   string
		depth int
	}{
		{"\n   \u00a0\u00a0\u00a0└─ <b>Name</b>", 2},
		{"  │   ├─ Name", 2}, // ordinary spaces: one
		{"Name", 0},
		{"\u00a0\u00a0Name", 0},
	} {
		if d := RawTreeDepth(c.raw); d != c.depth {
			t.Errorf("RawTreeDepth(%q) = %d, want %d", c.raw, d, c.depth)
		}
	}
}
