package textpage

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// stack is where the cells of a header that wraps in its columns (stackedHeader) stand
// over its lines, in the measure (see columns): each cell's first column (starts) and the
// column past its last (ends).
type stack struct {
	wide         bool
	starts, ends []int
}

// stackedHeader recognises the header of a table in aligned columns whose cells wrap in
// their columns over two or three lines, as lynx and w3m wrap a <th> wider than its column
// ("Parameter  Data  Required" over "name       type"; w3m centres each line of a cell
// over its column, and a cell of fewer lines may stand on the middle one). Each line's
// runs of words (words one space apart) stack in columns: a run is in the column of the
// runs it overlaps on the other lines, no two of a line in one; a run is cut where a run
// of another line starts at one of its words (a cell filling its column, one space before
// the next). The cells are each column's runs top to bottom, and each must be a column
// word of the lexicon (a row under a header reads as none: "Name InstanceId"); a
// row-number column's word leads only where the first row starts with 1 (as
// numberedHeader). Three lines are tried before two; of the two measures (see columns),
// display cells first.
func (d *doc) stackedHeader(i int) (header, bool) {
	if i+1 >= len(d.lines) || d.blank(i) || d.blank(i+1) {
		return header{}, false
	}
	for n := 3; n >= 2; n-- {
		if i+n > len(d.lines) || d.blank(i+n-1) {
			continue
		}
		gap := false
		for j := i; j < i+n; j++ {
			gap = gap || strings.Contains(d.t(j), "  ")
		}
		if !gap {
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

// stackRun is a run of words of a header line: its columns and its text.
type stackRun struct {
	at, end int
	text    string
}

// stackCell is a column of a stacked header: its extent over the lines so far, its runs
// top to bottom, and the last line that gave it one.
type stackCell struct {
	at, end int
	text    string
	line    int
}

// stackAt reads lines i to i+n-1 as a stacked header (stackedHeader) in the measure.
func (d *doc) stackAt(i, n int, wide bool) (header, bool) {
	words := make([][]colWord, n)
	var starts []int // where a run starts, on any line
	for j := range words {
		words[j] = lineWords(d.raw(i+j), wide)
		for k, w := range words[j] {
			if k == 0 || w.at-words[j][k-1].end >= 2 {
				starts = append(starts, w.at)
			}
		}
	}
	var cells []stackCell
	for j, ws := range words {
		raw := d.raw(i + j)
		for _, r := range stackRuns(raw, ws, starts) {
			var in []int // the cells r overlaps
			for k, c := range cells {
				if c.at < r.end && r.at < c.end {
					in = append(in, k)
				}
			}
			switch {
			case len(in) == 0:
				cells = append(cells, stackCell{at: r.at, end: r.end, text: r.text, line: j})
			case len(in) > 1 || cells[in[0]].line == j:
				return header{}, false
			default:
				c := &cells[in[0]]
				c.at, c.end, c.line = min(c.at, r.at), max(c.end, r.end), j
				c.text = stackJoin(c.text, r.text)
			}
		}
	}
	if len(cells) < 2 {
		return header{}, false
	}
	slices.SortFunc(cells, func(a, b stackCell) int { return a.at - b.at })
	h := header{start: i, end: i + n, style: styleSpaced, stack: &stack{wide: wide}}
	for _, c := range cells {
		h.cells = append(h.cells, c.text)
		h.stack.starts = append(h.stack.starts, c.at)
		h.stack.ends = append(h.stack.ends, c.end)
	}
	h.cols = page.ClassifyColumns(h.cells)
	for k, c := range h.cols {
		if c == page.ColOther || c == page.ColIndex && k > 0 {
			return header{}, false
		}
	}
	if !keyColumn(h.cols) {
		return header{}, false
	}
	if h.cols[0] == page.ColIndex {
		r := d.nb(i + n)
		if r >= len(d.lines) {
			return header{}, false
		}
		if rest, ok := strings.CutPrefix(d.t(r), "1"); !ok || rest == "" || rest[0] != ' ' {
			return header{}, false
		}
	}
	return h, true
}

// stackRuns splits the words ws of header line raw into runs: a word starts one where it
// follows the one before by two spaces or more, or where a run of any line starts
// (starts).
func stackRuns(raw string, ws []colWord, starts []int) []stackRun {
	var out []stackRun
	for k, w := range ws {
		if k == 0 || w.at-ws[k-1].end >= 2 || slices.Contains(starts, w.at) {
			out = append(out, stackRun{at: w.at, end: w.end, text: raw[w.from:w.to]})
			continue
		}
		r := &out[len(out)-1]
		r.end, r.text = w.end, r.text+" "+raw[w.from:w.to]
	}
	return out
}

// stackJoin joins a header cell's text and its next line's run: after a space, none
// between two wide characters (CJK text wraps anywhere), nor where a typesetter broke a
// word with a hyphen (page.LineHyphen: groff's tbl fills a narrow column, "Descrip‐" over
// "tion"), which goes.
func stackJoin(a, b string) string {
	if cut, ok := page.LineHyphen(a, b); ok {
		return cut + b
	}
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if cellWidth(x, true) == 2 && cellWidth(y, true) == 2 {
		return a + b
	}
	return a + " " + b
}
