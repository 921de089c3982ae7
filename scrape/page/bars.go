package page

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// barLookalikes are the characters that stand for a pipe table's "|" in dumps typed or
// copied outside ASCII: the full-width "｜" of a CJK input method, the broken bar "¦" and
// the divides sign "∣" of word processors, and the box-drawing "│" of a copied console
// table (only where no box-drawn grid's border is on the page: see PlainBars).
const barLookalikes = "｜¦∣│"

// PlainBars is s with the look-alikes of "|" (barLookalikes) that separate a table's cells
// written "|": the one reading of them for the text reader, which splits and counts cells
// by "|" alone (SplitPipeRow). Only a line that is a table's row by its structure is read
// so: one that opens or closes with a bar of either kind, or, after such a row with
// look-alike separators, any line (the first line of a row that runs over lines, "Lang ｜
// string ｜ No ｜ Valid values:"); prose on a page whose tables use "|" ("取值：A ｜ B")
// keeps its bars. In such a line a look-alike is a separator where a "|" would be one:
// at either end of the line, or with a space (or another bar) on one side at least; one
// glued to text on both sides ("key｜value", "取值：A｜B") is the cell's own, as a glued
// "|" is to the text reader. A row that mixes both bars ("| Name ｜ String | Yes |") has
// its inner look-alikes read as separators unless its "|" alone already make as many as
// the nearest row whose count is certain (a row of one kind of bar) in the same run of
// rows: then they are a cell's text ("| Mode | String | A ｜ B |" under rows of four "|").
// "│" is left alone on a page that draws a box grid (a border such as "├──┼──┤") and
// where it is a stroke of a tree drawn before a name ("│  ├─ Key"): those are read as
// grids and trees.
func PlainBars(s string) string { return plainBars(s, false) }

// PlainMarkdownBars is PlainBars for a Markdown page, where every "|" not escaped
// separates a row's cells, glued to text or not ("|**Name**|String|"): so it counts
// where a row mixing both bars is compared with the rows around it.
func PlainMarkdownBars(s string) string { return plainBars(s, true) }

// plainBars is PlainBars; md says every "|" not escaped is a separator (Markdown).
func plainBars(s string, md bool) string {
	if !strings.ContainsFunc(barLookalikes, func(r rune) bool { return strings.ContainsRune(s, r) }) {
		return s
	}
	lines := strings.Split(s, "\n")
	grid := drawsGrid(lines)
	rows := make([]barLine, len(lines))
	for k, l := range lines {
		rows[k] = readBarLine(l, grid, md)
	}
	changed := false
	for k := range rows {
		r := &rows[k]
		if !r.bars {
			continue
		}
		var conv []int
		switch {
		case r.row:
			conv = r.edges
			if j := wholeRow(rows, k); !r.mixed || j < 0 || rows[j].certain != r.certain {
				conv = append(conv, r.inner...)
			}
			if r.mixed { // decided: its count is certain for the rows after it
				r.certain, r.counted = r.certain+len(conv)-len(r.edges), true
			}
		case len(r.inner) > 0:
			// the first line of a row of a table whose rows do not open with a bar
			j := wholeRow(rows, k)
			w, cut := recordWidth(rows, k)
			if j >= 0 && !rows[j].opens && (w == rows[j].certain || cut) {
				conv = r.inner
			}
		}
		if len(conv) > 0 {
			lines[k] = replaceBars(lines[k], conv)
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}

// barLine is what PlainBars reads of a line: the byte offsets of the look-alikes that are
// separators for sure (edges: at the line's ends, or every one of a "|---|" line) and of
// those in question (inner), the number of separators for sure (certain), and whether the
// line has "|" separators too (mixed, with inner ones in question).
type barLine struct {
	edges, inner []int
	certain      int
	text, bars   bool // the line is not blank; it holds a bar
	row          bool // it opens or closes with a bar
	opens        bool // it opens with one
	closes       bool // it closes with one
	mixed        bool
	counted      bool // the line is a row whose count of separators is certain
}

// readBarLine reads line l for PlainBars; grid says the page draws a box grid, md that
// every "|" not escaped is a separator.
func readBarLine(l string, grid, md bool) barLine {
	var out barLine
	t := strings.TrimSpace(l)
	if t == "" {
		return out
	}
	out.text = true
	start := len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace))
	var at []int // the offsets in t of its bars
	for i, r := range t {
		if isBar(r) && (r != '│' || !grid && !treeStroke(t[i+len("│"):])) {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return out
	}
	out.bars = true
	_, w := utf8.DecodeLastRuneInString(t)
	out.opens, out.closes = at[0] == 0, at[len(at)-1] == len(t)-w
	out.row = out.opens || out.closes
	dashes := strings.ContainsRune(t, '-') && !strings.ContainsFunc(t, func(r rune) bool {
		return !isBar(r) && r != '-' && r != ':' && !unicode.IsSpace(r)
	})
	ascii := 0
	for _, i := range at {
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		r, n := utf8.DecodeRuneInString(t[i:])
		next, _ := utf8.DecodeRuneInString(t[i+n:])
		glued := gluedText(prev) && gluedText(next)
		switch {
		case r == '|':
			if prev != '\\' && (dashes || !glued || md) {
				ascii++
			}
		case out.row && (dashes || i == 0 || i+n == len(t)):
			out.edges = append(out.edges, start+i)
		case !glued:
			out.inner = append(out.inner, start+i)
		}
	}
	out.certain = ascii + len(out.edges)
	out.mixed = ascii > 0 && len(out.inner) > 0
	if !out.mixed {
		out.certain += len(out.inner)
	}
	out.counted = out.row && !out.mixed
	return out
}

// isBar reports whether r is "|" or one of its look-alikes.
func isBar(r rune) bool { return r == '|' || strings.ContainsRune(barLookalikes, r) }

// gluedText reports whether r, beside a bar, is text the bar may be glued to: not a
// space, a bar, an escape or the line's end (utf8.RuneError).
func gluedText(r rune) bool {
	return r != utf8.RuneError && r != '\\' && !unicode.IsSpace(r) && !isBar(r)
}

// wholeRow is the row line nearest line k that is a whole record (complete) and whose
// count of separators is certain, the nearest before first; -1 when there is none.
func wholeRow(rows []barLine, k int) int {
	for _, step := range []int{-1, 1} {
		for j := k + step; j >= 0 && j < len(rows); j += step {
			if rows[j].counted && complete(rows, j) {
				return j
			}
		}
	}
	return -1
}

// complete reports whether the row line j closes with a bar and is no record's last line:
// the line before it that holds a bar (if any) closes with one too, so that a record
// does not begin before j.
func complete(rows []barLine, j int) bool {
	if !rows[j].closes {
		return false
	}
	for i := j - 1; i >= 0; i-- {
		if rows[i].bars {
			return rows[i].closes
		}
	}
	return true
}

// recordWidth is the number of separators of the record that line k opens, when it closes
// no cell of its own ("Lang ｜ string ｜ No ｜ Valid values:"): its bars, every one read
// as a separator, and those of the next line holding a bar, which must close the record
// (the lines between hold none: "- zh: Chinese"); -1 when that line does not close one.
// cut says that the input ends inside the record instead (on a line that holds a bar
// and closes no record, or none): a record cut short, whose count tells nothing.
func recordWidth(rows []barLine, k int) (w int, cut bool) {
	w = rows[k].all()
	open := -1 // a line after k holding a bar that closes no record
	for j := k + 1; j < len(rows); j++ {
		switch {
		case open >= 0 && rows[j].text:
			return -1, false
		case !rows[j].bars:
		case rows[j].closes:
			return w + rows[j].all(), false
		default:
			open, w = j, w+rows[j].all()
		}
	}
	return w, true
}

// all is the number of the line's separators when its bars in question are separators.
func (b *barLine) all() int {
	if b.mixed {
		return b.certain + len(b.inner)
	}
	return b.certain
}

// replaceBars is l with the bars at the byte offsets at written "|".
func replaceBars(l string, at []int) string {
	at = slices.Sorted(slices.Values(at)) // edges and inner ones interleave
	var b strings.Builder
	done := 0
	for _, i := range at {
		_, n := utf8.DecodeRuneInString(l[i:])
		b.WriteString(l[done:i])
		b.WriteByte('|')
		done = i + n
	}
	b.WriteString(l[done:])
	return b.String()
}

// drawsGrid reports whether a line of lines is drawn of box-drawing characters and spaces
// alone, with a horizontal stroke ("├──┼──┤", "└─────┘"): a box grid's border, whose
// "│" are the grid's.
func drawsGrid(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.ContainsRune(t, '─') && !strings.ContainsFunc(t, func(r rune) bool {
			return !isBoxDrawing(r) && !unicode.IsSpace(r)
		}) {
			return true
		}
	}
	return false
}

// treeStroke reports whether the "│" before rest is a stroke of a tree drawn before a
// name ("│  ├─ Key", "│  │  └─ Key"): spaces and strokes lead from it to a branch.
func treeStroke(rest string) bool {
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return r == '│' || unicode.IsSpace(r) })
	r, _ := utf8.DecodeRuneInString(rest)
	return isBoxDrawing(r)
}

// isBoxDrawing reports whether r is in the Unicode block Box Drawing.
func isBoxDrawing(r rune) bool { return r >= 0x2500 && r <= 0x257f }
