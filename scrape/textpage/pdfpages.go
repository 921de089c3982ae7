package textpage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF's text (pdftotext, a PDF export of the docs) breaks its pages with a form feed and
// repeats a running header at the top of each page and a running footer, with the page
// number, at the bottom: lines that cut into whatever the page break falls in, a table's
// rows, a description, a JSON example. unpage reads such a text as the page it prints.

// pageBreaks is text with its form feeds (page breaks) dropped, and the indexes of the lines
// that held one: the first line of each page after the first. Dropping a character keeps
// the lines' count and numbers.
func pageBreaks(text string) (string, []int) {
	if strings.IndexByte(text, '\f') < 0 {
		return text, nil
	}
	var breaks []int
	line := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			line++
		case '\f':
			if len(breaks) == 0 || breaks[len(breaks)-1] != line {
				breaks = append(breaks, line)
			}
		}
	}
	return strings.ReplaceAll(text, "\f", ""), breaks
}

// unpage leaves out the running headers and footers of a text whose pages break at the
// lines breaks (pageBreaks): a line that opens every page, or all but one, and reads the
// same on each but for its numbers is a header, one that so closes them a footer (a page
// number alone too); two pages at least, but for the footer of a text of one page, which
// its page number tells (onePageFooter). A line a page's text happens to start with
// (a cell's "String") is on a few pages only. Each sets itself off by a blank line,
// left out with it; the page's own blank lines around it stay. It returns the lines kept
// and their input line numbers, the pages (those with text) and how many lines it left
// out; the lines as they are, nil and 0 when it found none.
func unpage(text string, lines []line, breaks []int) (kept []line, nos []int32, pages, found int) {
	if len(breaks) == 0 {
		return lines, nil, 0, 0
	}
	blank := func(i int) bool { return lines[i].ts == lines[i].te }
	key := func(i int) string { return pageLineKey(text[lines[i].ts:lines[i].te]) }
	// each page's first and last non-blank line
	starts := append([]int{0}, breaks...)
	var heads, feet []int
	for k, s := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		first, last := -1, -1
		for i := s; i < end; i++ {
			if !blank(i) {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first >= 0 {
			heads, feet = append(heads, first), append(feet, last)
		}
	}
	drop := make([]bool, len(lines))
	if len(feet) == 1 && onePageFooter(text[lines[feet[0]].ts:lines[feet[0]].te]) && feet[0] > 0 && blank(feet[0]-1) {
		drop[feet[0]] = true // one page: its footer tells itself by its page number alone
		found++
	}
	for _, edge := range [][]int{heads, feet} {
		// the edge's most frequent line, on every page or all but one (the first page may
		// have no header, the last no footer), two at least
		count := map[string]int{}
		top := ""
		for _, i := range edge {
			k := key(i)
			count[k]++
			if (k == "#" || strings.ContainsFunc(k, unicode.IsLetter)) && count[k] > count[top] {
				top = k
			}
		}
		if count[top] < max(2, len(edge)-1) {
			continue
		}
		for _, i := range edge {
			if key(i) == top {
				drop[i] = true
				found++
			}
		}
	}
	if found == 0 {
		return lines, nil, 0, 0
	}
	// the blank lines around each run of dropped lines, less one for each dropped line
	// (the blank line that sets it off), stay
	kept = make([]line, 0, len(lines))
	nos = make([]int32, 0, len(lines))
	for i := 0; i < len(lines); {
		if blank(i) || drop[i] {
			j, blanks, dropped := i, 0, 0
			for ; j < len(lines) && (blank(j) || drop[j]); j++ {
				if drop[j] {
					dropped++
				} else {
					blanks++
				}
			}
			keep := blanks - dropped
			for k := i; k < j && keep > 0; k++ {
				if blank(k) && !drop[k] {
					kept, nos = append(kept, lines[k]), append(nos, int32(k+1))
					keep--
				}
			}
			i = j
			continue
		}
		kept, nos = append(kept, lines[i]), append(nos, int32(i+1))
		i++
	}
	return kept, nos, len(heads), found
}

// onePage reports whether a text whose form feeds break it at the lines breaks
// (pageBreaks) is a PDF's one page: a form feed after all of its text.
func onePage(lines []line, breaks []int) bool {
	if len(breaks) == 0 {
		return false
	}
	for i := breaks[0]; i < len(lines); i++ {
		if lines[i].ts != lines[i].te {
			return false
		}
	}
	return true
}

// onePageFooter reports whether t, the last line of a PDF's text of one page (which no
// other page's footer repeats), is the page's footer: the page number 1 alone, or first or
// last on a line of words, set apart by a run of blanks or by ">", "|", "·" or "/" ("1 >
// Document Version: 20240301", "API Reference · API operations    1"). A line of the
// page's own text that ends so ("Default value: 1", "Range: 0 - 1") is none.
func onePageFooter(t string) bool {
	t = strings.TrimSpace(t)
	if t == "1" {
		return true
	}
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return false
	}
	apart := func(s string, last bool) bool { // s: the line's text beside the number
		if strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
			return true // a run of blanks
		}
		s = strings.TrimSpace(s)
		r, _ := utf8.DecodeRuneInString(s)
		if last {
			r, _ = utf8.DecodeLastRuneInString(s)
		}
		return strings.ContainsRune(">|·/", r)
	}
	if rest, ok := strings.CutPrefix(t, "1 "); ok && apart(rest, false) {
		return true
	}
	rest, ok := strings.CutSuffix(t, " 1")
	return ok && apart(rest, true)
}

// pageLineKey is line t as its repeats on other pages read it: each run of digits (a page
// number, a date that goes with it) "#", runs of spaces one.
func pageLineKey(t string) string {
	var b strings.Builder
	digits := false
	for _, r := range strings.Join(strings.Fields(t), " ") {
		if r >= '0' && r <= '9' {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// pageBetween reports whether a PDF page starts after line i and at or before line j
// (line indexes, i before j): the two are on different pages.
func (d *doc) pageBetween(i, j int) bool {
	a, b := d.no(i), d.no(j)
	for _, s := range d.pageStarts {
		if a < s && s <= b {
			return true
		}
	}
	return false
}
