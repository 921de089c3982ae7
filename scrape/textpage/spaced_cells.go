package textpage

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// lineCells reads the words of a spaced row's line after its leading cells (toks[k:]; t is
// the line) into the cells of the free columns before the description (free[:descAt]),
// where the description follows on the line, and returns the words left for the
// description and the columns after it. A cell may have several words ("1 to 36",
// "cn-hangzhou, cn-beijing"), so each is read by what the row shows of its end, the first
// that does:
//   - the header's column positions, where the row aligns with them (alignedColumns): every
//     word goes to the column it starts under or continues, the description's too (a
//     column after the description's only after a run of spaces: a description longer
//     than its column does not align the words after it);
//   - runs of two spaces or more, where the row sets its leading cells apart so: a run of
//     words between them is a cell (fewer runs than cells: fewerRuns);
//   - else one value a column (valueRun: a word, or a list or range of them; a sentence
//     before the description's, sentenceRun), a cell left out where the words open the
//     description (sentenceStarters); where the Example's cell then is no value
//     of the row's type (typeFits), the one reading that ends it at such a value before a
//     sentence, or none where it opens a sentence itself (the description's), and a guess
//     naming the row where several or no reading holds, or where the words about the
//     description's start are of a script that sets no spaces between words ("某某 某某
//     某某某某": the spaces are cells' ends, but which of them is the description's?),
//     but for an Example of a number or boolean that no word on the line is: empty, the
//     words the description's; and for an Example the page's JSON or XML example gives
//     the row's name a value of (exampleShows): the words that make it up; so for an
//     Example that ends a sentence before more words ("【某某某】某某! 某某某某": the space
//     may be the value's own), else a guess that the row's example may be cut
//     (sentenceExample).
func (st *spaced) lineCells(t string, toks []string, k int, free []int, descAt int, cells []string, typ, label string, line int) []string {
	h := st.h
	if cols := st.alignedColumns(t, len(toks)); cols != nil && cols[k] >= 0 {
		read := make([]string, len(cells))
		cur := -1
		gaps := fieldGaps(t)
		off := len(gaps) - len(toks) // the words a tree drawn before the name adds
		for j := k; j < len(toks); j++ {
			if c := cols[j]; c >= 0 {
				if c > free[descAt] && (off < 0 || gaps[j+off] < 2) {
					// a word of a description longer than its column, where a column after
					// it starts: the row is not aligned after all
					cur = -1
					break
				}
				if cur = c; !slices.Contains(free, c) {
					cur = -1
					break
				}
			}
			read[cur] = strings.TrimSpace(read[cur] + " " + toks[j])
		}
		if cur >= 0 {
			for _, c := range free {
				cells[c] = read[c]
			}
			return nil
		}
	}
	rest := toks[k:]
	if segs := gapRuns(t, toks, k); segs != nil && len(segs) > 1 && len(segs) <= descAt {
		st.fewerRuns(segs, free[:descAt], cells, typ, label, line)
		return segs[len(segs)-1]
	}
	if segs := gapRuns(t, toks, k); segs != nil && len(segs) > descAt {
		for x := 0; x < descAt; x++ {
			cells[free[x]] = strings.Join(segs[x], " ")
		}
		var left []string
		for _, s := range segs[descAt:] {
			left = append(left, s...)
		}
		return left
	}
	ex := -1 // the Example's free column, where it is on the line
	starts := make([]int, descAt)
	for x := 0; x < descAt; x++ {
		starts[x] = -1
	}
	for x := 0; x < descAt && len(rest) > 0; x++ {
		c := free[x]
		if sentenceStarters[rest[0]] || h.cols[c] == page.ColExample && containerType(typ) && len(rest) > 1 && page.StartsSentence(rest[0]) {
			continue // the description's first words: the cell is empty
		}
		end := valueRun(rest)
		if h.cols[c] == page.ColExample {
			ex = x
		} else if n := sentenceRun(rest); n > 0 {
			end = n
		}
		starts[x] = len(toks) - len(rest)
		cells[c] = strings.Join(rest[:end], " ")
		rest = rest[end:]
	}
	last := lastSet(starts)
	if ex < 0 || page.BlankCell(cells[free[ex]]) || typeFits(typ, cells[free[ex]]) {
		if last >= 0 && len(rest) > 1 && ideographic(lastRune(cells[free[last]])) && ideographic(firstRune(rest[0])) {
			// "某某 某某 某某某某": the cell or the description may take the middle words, but
			// for an Example the page's own example may show the value
			if last == ex {
				words := append([]string{cells[free[ex]]}, rest...)
				if n, ok := st.d.exampleShows(label, wordRuns(words, false)); ok {
					cells[free[ex]] = strings.Join(words[:n+1], " ")
					return words[n+1:]
				}
			}
			st.d.p.Guess(line, "row %q: %q then %q, words of a script that sets no spaces between words, and nothing shows where the %s cell ends and the description starts on its line; read one a word",
				label, cells[free[last]], rest[0], h.cells[free[last]])
		} else if last >= 0 && last == ex && len(rest) > 0 && closesSentence(cells[free[ex]]) {
			return st.sentenceExample(cells, free[ex], rest, label, line)
		}
		return rest
	}
	// The Example is no value of the row's type: it ends at the one such value that a
	// sentence follows, the words before it the cell before it.
	prev := ex - 1 // the cell before the Example, which takes the words before its value
	if prev >= 0 && starts[prev] < 0 {
		prev = -1
	}
	from := starts[ex]
	if prev >= 0 {
		from = starts[prev] + 1
	}
	end := -1
	for j := from; j < len(toks); j++ {
		if typeFits(typ, toks[j]) && (j+1 == len(toks) || page.StartsSentence(toks[j+1]) || sentenceStarters[toks[j+1]]) {
			if end >= 0 {
				end = -2 // several
				break
			}
			end = j
		}
	}
	var names []string
	for x := 0; x <= ex; x++ {
		names = append(names, h.cells[free[x]])
	}
	switch {
	case ex != last:
		// a cell read after the Example's would lose its words to another reading
	case end >= 0 && prev >= 0:
		cells[free[prev]] = strings.Join(toks[starts[prev]:end], " ")
		cells[free[ex]] = toks[end]
		return toks[end+1:]
	case end == -1 && (page.StartsSentence(cells[free[ex]]) || sentenceStarters[cells[free[ex]]] ||
		prev < 0 && ideographic(firstRune(cells[free[ex]]))):
		// no value of the type on the line: the Example is empty, the sentence the
		// description's; so are words of a script with no spaces between words where no
		// cell before the Example took words ("某某 某某某某" after an Integer's Required)
		rest = toks[starts[ex]:]
		cells[free[ex]] = ""
		return rest
	}
	st.d.p.Guess(line, "row %q: %q is no %s value, and nothing shows where the cells %s end on its line; read one a word",
		label, cells[free[ex]], typ, strings.Join(names, ", "))
	return rest
}

// sentenceExample reads the Example cell of a row's line (column c) whose one value ends
// a sentence ("【某某某】某某!") before more words (rest): the space after a sentence's
// end may be the value's own as well as the cell's end, so the words the page's JSON or
// XML example shows the row's name (exampleShows) make up the cell, else it keeps its
// value with a guess naming the row (the example may be cut, its rest in the
// description). It returns the words left for the description.
func (st *spaced) sentenceExample(cells []string, c int, rest []string, label string, line int) []string {
	words := append([]string{cells[c]}, rest...)
	if n, ok := st.d.exampleShows(label, append(wordRuns(words, false), strings.Join(words, " "))); ok {
		cells[c] = strings.Join(words[:n+1], " ")
		return words[n+1:]
	}
	st.d.p.Guess(line, "row %q: example %q ends a sentence and %q follows on its line: nothing shows whether the example goes on; the example of %s may be cut, its rest read as the description",
		label, cells[c], rest[0], label)
	return rest
}

// closesSentence reports whether a word closes a sentence: a full stop after a letter
// (fullStop) or an exclamation or question mark after something.
func closesSentence(w string) bool {
	r, size := utf8.DecodeLastRuneInString(w)
	return fullStop(w) || len(w) > size && strings.ContainsRune("!?！？", r)
}

// fewerRuns reads the runs of words (gapRuns) of a row's line that sets its cells apart by
// runs of spaces but has fewer of them than the cells before the description (cols): the
// last run is the description's, the others whole cells, and the empty cells the writer
// left out are those no run can be in: a run in the Example column must be a value of the
// row's type (typeFits). Where several placements hold, the first in column order is
// taken with a guess naming the row and the cells (before, each word was a cell, silently:
// "fast slow" under Valid values and Example).
func (st *spaced) fewerRuns(segs [][]string, cols []int, cells []string, typ, label string, line int) {
	runs := segs[:len(segs)-1]
	var first []int // the first placement that holds: runs[x] in cols[first[x]]
	fits := 0
	var place func(at []int, from int)
	place = func(at []int, from int) {
		x := len(at)
		if x == len(runs) {
			if fits++; fits == 1 {
				first = slices.Clone(at)
			}
			return
		}
		for c := from; c <= len(cols)-(len(runs)-x); c++ {
			if st.h.cols[cols[c]] == page.ColExample && !typeFits(typ, strings.Join(runs[x], " ")) {
				continue
			}
			place(append(at, c), c+1)
		}
	}
	place(nil, 0)
	if fits == 0 {
		first = make([]int, len(runs))
		for x := range first {
			first[x] = x
		}
	}
	for x, c := range first {
		cells[cols[c]] = strings.Join(runs[x], " ")
	}
	if fits != 1 {
		var names, words []string
		for _, c := range cols {
			names = append(names, st.h.cells[c])
		}
		for _, r := range runs {
			words = append(words, strconv.Quote(strings.Join(r, " ")))
		}
		st.d.p.Guess(line, "row %q: %s, set apart by runs of spaces, stand for the cells %s before its description, and nothing shows which is empty; read in column order",
			label, strings.Join(words, ", "), strings.Join(names, ", "))
	}
}

// lastSet returns the last of the cells lineCells read one a value (starts), or -1.
func lastSet(starts []int) int {
	for x := len(starts) - 1; x >= 0; x-- {
		if starts[x] >= 0 {
			return x
		}
	}
	return -1
}

// ideographic reports whether s, a character, is of a script that sets no spaces between
// its words (Han, kana, Hangul).
func ideographic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// firstRune returns s's first character, as a string.
func firstRune(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	return s[:size]
}

// valueRun returns how many of words, from the first, one value spans: a word, a list
// whose words end in a comma ("cn-hangzhou, cn-beijing"), a range ("1 to 36", "1 ~ 36"),
// a date and its time of day ("2017-05-25 00:00:00").
func valueRun(words []string) int {
	end := 1
	for end < len(words) {
		switch w := words[end-1]; {
		case len(w) == 10 && isDate(w) && clockTime(words[end]):
			return end + 1
		case strings.HasSuffix(w, ",") || strings.HasSuffix(w, "，") || strings.HasSuffix(w, "、"):
			if len(w) == 1 || sentenceStarters[words[end]] {
				return end
			}
			end++
		case end+1 < len(words) && rangeWords[words[end]] && isDigits(w) && isDigits(words[end+1]):
			return end + 2 // a range has two ends: "1 to 100 - 10" is a range, a blank cell and 10
		default:
			return end
		}
	}
	return end
}

// clockTime reports whether w is a time of day, the second word of a date-time written with
// a space ("00:00:00", "12:30", "08:00:00.000", "08:00:00Z"): hours and minutes of two
// digits each, seconds and what follows them aside.
func clockTime(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for x, p := range parts {
		if len(p) < 2 || !isDigits(p[:1]) || !isDigits(p[1:2]) || len(p) != 2 && x < len(parts)-1 {
			return false // only the last part has more after its two digits
		}
	}
	return true
}

// maxSentenceRun bounds the words of a sentence that is a cell of its own (sentenceRun).
const maxSentenceRun = 12

// sentenceRun returns how many of words, from the first, a sentence that is a cell before
// the description spans ("Up to 64 characters." under Constraints): a capitalised word up to
// a full stop after a letter, with words after it for the description; 0 when there is none.
func sentenceRun(words []string) int {
	if !page.StartsSentence(words[0]) {
		return 0
	}
	for j := 0; j < len(words)-1 && j < maxSentenceRun; j++ {
		if fullStop(words[j]) {
			return j + 1
		}
	}
	return 0
}

// rangeWords join the ends of a range of values ("1 to 36").
var rangeWords = map[string]bool{"to": true, "~": true, "-": true, "–": true, "至": true, "到": true}

// isDigits reports whether w is a number, a sign or a unit after its digits aside ("-1",
// "36", "1.5", "100GB").
func isDigits(w string) bool {
	w = strings.TrimPrefix(w, "-")
	return w != "" && unicode.IsDigit(rune(w[0]))
}

// gapRuns returns the words of line t after its leading cells (toks[k:]) in runs set apart
// by two spaces or more, where the row sets its leading cells apart so (a run before its
// type word); nil where it does not.
func gapRuns(t string, toks []string, k int) [][]string {
	gaps := fieldGaps(t)
	off := len(gaps) - len(toks) // the words a tree drawn before the name adds
	if off < 0 || k+off >= len(gaps) || gaps[1+off] < 2 {
		return nil
	}
	var runs [][]string
	for j := k; j < len(toks); j++ {
		if j == k || gaps[j+off] >= 2 {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], toks[j])
	}
	return runs
}

// fieldGaps returns, for each word of t (strings.Fields), the width of the blank before it.
func fieldGaps(t string) []int {
	var gaps []int
	blank, in := 0, false
	for _, r := range t {
		if unicode.IsSpace(r) {
			blank++
			in = false
			continue
		}
		if !in {
			gaps = append(gaps, blank)
			in = true
		}
		blank = 0
	}
	return gaps
}

// exampleShows returns which of cands, the readings of a row's Example cell, is a value the
// page's JSON or XML example gives the row's name (label, its last dotted part:
// exampleValues): ok where exactly one is. Where the words about the cell's end are of a
// script that sets no spaces between words, the spaces do not show where the cell ends;
// the page's example, written elsewhere on it, does.
func (d *doc) exampleShows(label string, cands []string) (int, bool) {
	if k := strings.LastIndexByte(label, '.'); k >= 0 {
		label = label[k+1:]
	}
	if !validName(label) {
		return 0, false
	}
	values := d.exampleValues(label)
	n, found := 0, 0
	for m, c := range cands {
		if slices.Contains(values, c) {
			n, found = m, found+1
		}
	}
	return n, found == 1
}

// wordRuns returns the words of words joined by spaces from the first (from the last, where
// last) on: one word, two, ..., all but one (the rest keeps a word).
func wordRuns(words []string, last bool) []string {
	var out []string
	for m := 1; m < len(words); m++ {
		if last {
			out = append(out, strings.Join(words[len(words)-m:], " "))
		} else {
			out = append(out, strings.Join(words[:m], " "))
		}
	}
	return out
}

// exampleValues returns the string values the page's text gives key as a JSON member
// ("key": "value") or an XML element (<key>value</key>), in page order.
func (d *doc) exampleValues(key string) []string {
	var out []string
	for _, open := range []string{`"` + key + `"`, "<" + key + ">"} {
		xml := open[0] == '<'
		for s := d.text; ; {
			k := strings.Index(s, open)
			if k < 0 {
				break
			}
			s = s[k+len(open):]
			v := s
			if !xml {
				v = strings.TrimLeft(v, " \t")
				var ok bool
				if v, ok = strings.CutPrefix(v, ":"); !ok {
					continue
				}
				if v, ok = strings.CutPrefix(strings.TrimLeft(v, " \t"), `"`); !ok {
					continue
				}
			}
			end := `"`
			if xml {
				end = "</" + key + ">"
			}
			if e := strings.Index(v, end); e >= 0 && !strings.ContainsAny(v[:e], "\n\"<") {
				out = append(out, v[:e])
			}
		}
	}
	return out
}
