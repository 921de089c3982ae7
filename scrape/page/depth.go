package page

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Parameter tables show a row's nesting depth by glyphs of a tree drawn before its name or
// by indenting the name; the HTML and Markdown readers read both with the functions below.

// TreeGlyphs are the glyphs of a tree drawn before a name, one a level ("└", "│ ├─"); the
// connectors "─" and "━" between them count for nothing.
const TreeGlyphs = "└├│┣┗┃"

// IndentRunes are the spaces that indent a name cell's text on a page: no-break and
// typographic spaces (ordinary white space shows as nothing in HTML and is a cell's padding
// in a Markdown table).
const IndentRunes = "\u00a0\u2002\u2003\u3000"

// TreeDepth counts the tree glyphs before a name ("└└ Name", "│ ├─ Name": 2) and returns
// the name without them; text as it is when it starts with none.
func TreeDepth(text string) (depth int, name string) {
	name = text
	for {
		t := strings.TrimLeft(name, " \u00a0─━")
		r, size := utf8.DecodeRuneInString(t)
		if !strings.ContainsRune(TreeGlyphs, r) {
			return depth, name
		}
		name = strings.TrimLeft(t[size:], " \u00a0─━")
		depth++
	}
}

// IndentOf counts the indenting spaces (IndentRunes) before the text of s, ordinary white
// space and invisible characters (a `&#8203;` opening the cell) among them counting for
// nothing.
func IndentOf(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune(IndentRunes, r):
			n++
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || strings.ContainsRune(invisibles, r):
		default:
			return n
		}
	}
	return n
}

// IndentLevels sets the depth of rows from their indentation (by row index; none is 0) and
// returns the number of levels: the indents the table uses, in increasing order, are
// levels 0, 1, 2... whatever the unit and the margin of the top level (a tree skips no
// level: a row is one level below its parent).
func IndentLevels(rows []Row, indents map[int]float64) (levels int) {
	var steps []float64
	for i := range rows {
		in := indents[i]
		if k, found := slices.BinarySearch(steps, in); !found {
			steps = slices.Insert(steps, k, in)
		}
	}
	for i := range rows {
		rows[i].Depth, _ = slices.BinarySearch(steps, indents[i])
	}
	return len(steps)
}

// TopLevelZero shifts the depths of rows so that the top level is 0: some pages count
// levels from 1 (class="level-1" on the top rows).
func TopLevelZero(rows []Row) {
	low := -1
	for _, r := range rows {
		if low < 0 || r.Depth < low {
			low = r.Depth
		}
	}
	for i := range rows {
		rows[i].Depth -= low
	}
}
