package page

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Parameter tables show a row's nesting depth by glyphs of a tree drawn before its name or
// by indenting the name; the HTML and Markdown readers read both with the functions below.

// TreeGlyphs are the glyphs of a tree drawn before a name, one a level ("└", "│ ├─", "∟",
// "» »", "··"); the connectors (treeDashes) after one count for nothing.
const TreeGlyphs = "└├│┣┗┃∟»·"

// asciiGlyphs draw a tree in ASCII ("|-- Key", "|   `-- Key", "+--- Key", "\--- Key"): a
// level each, where the last of them leads a dash (alone, "|" is a cell's separator and "+"
// a sign).
const asciiGlyphs = "|`+\\"

// treeDashes join a glyph to the name ("├─ Name", "`-- Name"); leading a name with no glyph
// before them, each is a level ("-- Name", "—— Name").
const treeDashes = "─━-—–"

// branchGlyphs open a drawn tree's branch, which has a connector ("├─ ", "└─ ", "`-- "):
// where the row's last glyph is one, blank space before it as wide as the branch is a level
// too, an ancestor drawn with no "│" ("   └─ Key" under a last child).
const branchGlyphs = "├└┣┗`+\\|"

// IndentRunes are the spaces that indent a name cell's text on a page: no-break and
// typographic spaces (ordinary white space shows as nothing in HTML and is a cell's padding
// in a Markdown table).
const IndentRunes = "\u00a0\u2002\u2003\u3000"

// treeMark is a mark of the tree drawn before a name: a glyph, a dash of its own, or a run
// of blank space.
type treeMark struct {
	blank  int  // the width of a run of blank space, else 0
	glyph  bool // a glyph of TreeGlyphs or asciiGlyphs, or a dash of its own (a level)
	ascii  bool // a glyph of asciiGlyphs
	dashes int  // the connectors after a glyph
	r      rune // the glyph
	at     int  // where it starts in the text
}

// TreeDepth counts the levels of the tree drawn before a name (TreeGlyphs, asciiGlyphs,
// treeDashes; "└└ Name", "│ ├─ Name", "|   `-- Name", "-- Name", "   └─ Name": 2) and returns
// the name without them; text as it is when it starts with none, or is dashes alone (an
// empty cell).
func TreeDepth(text string) (depth int, name string) {
	if text != "" && isAlnumByte(text[0]) {
		// no mark (TreeGlyphs, asciiGlyphs, treeDashes, IndentRunes, white space) is an
		// ASCII letter or digit, which most names start with: no tree is drawn
		return 0, text
	}
	var marks []treeMark
	for rest := text; rest != ""; {
		r, size := utf8.DecodeRuneInString(rest)
		at := len(text) - len(rest)
		last := len(marks) - 1
		switch {
		case r == ' ' || r == '\t' || strings.ContainsRune(IndentRunes, r):
			w := 1
			if r == '\u3000' {
				w = 2 // full-width
			}
			if last >= 0 && marks[last].blank > 0 {
				marks[last].blank += w
			} else {
				marks = append(marks, treeMark{blank: w, at: at})
			}
		case strings.ContainsRune(treeDashes, r) && last >= 0 && marks[last].glyph && marks[last].r != 0:
			marks[last].dashes++
		case strings.ContainsRune(treeDashes, r):
			marks = append(marks, treeMark{glyph: true, at: at})
		case strings.ContainsRune(TreeGlyphs, r) || strings.ContainsRune(asciiGlyphs, r):
			marks = append(marks, treeMark{glyph: true, ascii: strings.ContainsRune(asciiGlyphs, r), r: r, at: at})
		default:
			return treeLevels(text, rest, marks)
		}
		rest = rest[size:]
	}
	last := len(marks) - 1
	if last >= 0 && marks[last].blank > 0 {
		last--
	}
	if last >= 0 && marks[last].r != 0 && (!marks[last].ascii || marks[last].dashes > 0) {
		return treeLevels(text, "", marks) // an unnamed row ("└", "`-- ": an item)
	}
	return 0, text // "-", "—": an empty cell
}

// RawTreeDepth is TreeDepth's depth of a name cell as written, before the reader trimmed it
// or collapsed its white space, which loses the no-break spaces that draw a tree's
// ancestors with no "│" ("\u00a0\u00a0\u00a0└─ Key" under a last child): runs of ordinary
// white space (markup's layout, a cell's padding) count as one space, none at the start.
func RawTreeDepth(raw string) int {
	var b strings.Builder
	space := true // drop white space at the start
	for _, r := range raw {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteRune(r)
		space = false
	}
	d, _ := TreeDepth(b.String())
	return d
}

// treeLevels is TreeDepth of text whose marks are read, rest the name after them.
func treeLevels(text, rest string, marks []treeMark) (int, string) {
	end := len(marks) - 1 // the last glyph
	for ; end >= 0; end-- {
		m := marks[end]
		if m.ascii && m.dashes == 0 { // not a tree's: the name's ("`Name`", "| Name", "+1")
			marks, rest = marks[:end], text[m.at:]
			continue
		}
		if m.glyph {
			break
		}
	}
	if end < 0 {
		return 0, text
	}
	last := marks[end]
	unit := 0 // a drawn branch's width, blank space that wide before it a level
	if last.dashes > 0 && strings.ContainsRune(branchGlyphs, last.r) {
		unit = 1 + last.dashes
		switch {
		case end+1 < len(marks):
			unit += marks[end+1].blank
		case rest == "":
			unit++ // an unnamed row, its cell trimmed: "├─ " as drawn
		}
	}
	depth := 0
	for _, m := range marks[:end+1] {
		switch {
		case m.glyph:
			depth++
		case unit > 0:
			depth += m.blank / unit
		}
	}
	return depth, rest
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
