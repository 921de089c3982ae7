package textpage

import (
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// stackedHeader recognises the header of a table in aligned columns whose cells wrap in
// their columns, as lynx wraps a <th> wider than its column: line i and the one or two
// lines right below it stack their words in columns ("Parameter  Data  Required" over
// "name       type"), each run of words on a lower line starting where a word of line i
// does. A column starts where a word of line i follows the one before it after two
// spaces or more, or where a lower line's run starts. The cells are each column's words
// top to bottom, and each must be a column word of the lexicon (a row under a header reads
// as none: "Name InstanceId"); a row-number column's word leads only where the first row
// starts with 1 (as numberedHeader). Of the two measures (see columns), the first under
// which the lines stack is taken; three lines are tried before two.
func (d *doc) stackedHeader(i int) (header, bool) {
	if i+1 >= len(d.lines) || d.blank(i+1) || !strings.Contains(d.t(i), "  ") {
		return header{}, false
	}
	for n := 3; n >= 2; n-- {
		if i+n > len(d.lines) || d.blank(i+n-1) {
			continue
		}
		for _, wide := range []bool{true, false} {
			if h, ok := d.stackAt(i, n, wide); ok {
				return h, true
			}
		}
	}
	return header{}, false
}

// stackAt reads lines i to i+n-1 as a stacked header (stackedHeader) in the measure.
func (d *doc) stackAt(i, n int, wide bool) (header, bool) {
	top := lineWords(d.raw(i), wide)
	// start[k]: whether top word k starts a column
	start := make([]bool, len(top))
	for k, w := range top {
		start[k] = k == 0 || w.at-top[k-1].end >= 2
	}
	lower := make([][]colWord, n-1)
	for j := range lower {
		ws := lineWords(d.raw(i+1+j), wide)
		for k, w := range ws {
			if k > 0 && w.at-ws[k-1].end < 2 {
				continue // a run's next word
			}
			at := topWordAt(top, w.at)
			if at < 0 {
				return header{}, false
			}
			start[at] = true
		}
		lower[j] = ws
	}
	var cols []int // the top words that start a column
	for k, s := range start {
		if s {
			cols = append(cols, k)
		}
	}
	if len(cols) < 2 {
		return header{}, false
	}
	colOf := func(at int) int { // the column a word starting at at is in
		c := -1
		for x, k := range cols {
			if at >= top[k].at {
				c = x
			}
		}
		return c
	}
	cells := make([]string, len(cols))
	add := func(c int, w string) {
		if cells[c] == "" {
			cells[c] = w
			return
		}
		a, _ := utf8.DecodeLastRuneInString(cells[c])
		b, _ := utf8.DecodeRuneInString(w)
		if cellWidth(a, true) == 2 && cellWidth(b, true) == 2 {
			cells[c] += w // CJK text wraps anywhere
		} else {
			cells[c] += " " + w
		}
	}
	raw := d.raw(i)
	for _, w := range top {
		add(colOf(w.at), raw[w.from:w.to])
	}
	for j, ws := range lower {
		lr := d.raw(i + 1 + j)
		for _, w := range ws {
			c := colOf(w.at)
			if c < 0 {
				return header{}, false
			}
			add(c, lr[w.from:w.to])
		}
	}
	kinds := page.ClassifyColumns(cells)
	for k, c := range kinds {
		if c == page.ColOther || c == page.ColIndex && k > 0 {
			return header{}, false
		}
	}
	if !keyColumn(kinds) {
		return header{}, false
	}
	if kinds[0] == page.ColIndex {
		r := d.nb(i + n)
		if r >= len(d.lines) {
			return header{}, false
		}
		if rest, ok := strings.CutPrefix(d.t(r), "1"); !ok || rest == "" || rest[0] != ' ' {
			return header{}, false
		}
	}
	offs := make([]int, len(cols))
	for x, k := range cols {
		offs[x] = top[k].from
	}
	return header{start: i, end: i + n, cells: cells, cols: kinds, style: styleSpaced, offs: offs}, true
}

// topWordAt returns the index of the word of ws that starts at column at, -1 when none does.
func topWordAt(ws []colWord, at int) int {
	for k, w := range ws {
		if w.at == at {
			return k
		}
	}
	return -1
}
