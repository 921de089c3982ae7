package textpage

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// DeprecatedPrefix starts the Description cell of a row whose name carried a deprecated badge.
const DeprecatedPrefix = "[deprecated] "

// Reader reads plain-text dumps. The zero value is ready to use and safe for concurrent use.
type Reader struct{}

var _ page.Reader = Reader{}

// line is one input line as offsets into the text: raw (text[rs:re]) keeps indentation,
// for code blocks; t is trimmed (text[ts:te]). Offsets rather than strings keep the slice
// free of pointers: the garbage collector neither scans it nor needs write barriers to
// fill it.
type line struct {
	rs, re, ts, te int32
	// m caches what parsers found out about the line: heading and header recognition and
	// the traits are asked for several times while tables look for rows and their end.
	m memo
}

// lineView is a line's texts and 1-based number, for code that reads all of them.
type lineView struct {
	raw, t string
	no     int
}

// doc is the state of one Read call.
type doc struct {
	p     *page.Page
	text  string // the input, line ends, spaces and cell separators normalised (page.PlainSpaces, page.PlainBars)
	lines []line
	// nos holds the 1-based input line number of each line when the reader left out the
	// blank lines of a page that doubles every line break (undouble); nil otherwise.
	nos []int32
	// headers holds the headers found, indexed from the line memo.
	headers []header
	sec     *page.Section
	// structure counts what the reader recognised, to reject inputs with none.
	headings, tables int
	langs            []langCount // headings per language
	firstLang        string
	index            []indexTable // parameter indexes (indexRows), pruned by finish
	// gluedPage is set when a table of two rows or more glued its types to its names;
	// gluedOne holds the one-row tables that would split the same way, gluedFew the tables
	// with too many rows of no glued type to split alone, gluedNamed and gluedOdd count
	// the rows with and without one in every such table (splitGluedLate).
	gluedPage            bool
	gluedOne, gluedFew   []gluedTable
	gluedNamed, gluedOdd int
	// captioned holds the identifiers numbered table captions name (captionStruct), once
	// asked for.
	captioned map[string]bool
	// onePDF says the text is a PDF's one page (onePage): its first line may be the
	// PDF's running header (pdfHeader).
	onePDF bool
	// pdf says the text is a PDF's (a form feed breaks or ends its pages): its columns
	// are counted in characters where the PDF set proportional type, so a cell's width
	// in characters says nothing of whether a word fitted it (nameBelow).
	pdf bool
	// pageStarts holds the input line number of each PDF page's first line but the
	// first page's (pageBetween).
	pageStarts []int
	// typeset says the page is a rendered manual page (dropManFrame): a "-" ending a
	// cell's line may be groff's hyphen (lineHyphen).
	typeset bool
}

// Read turns a text dump into a page. It fails only when the input is empty, binary or has
// no recognisable structure at all (the error wraps page.ErrNotText for the first two);
// problems inside the page become warnings.
func (r Reader) Read(file string, data []byte) (*page.Page, error) {
	d, err := read(file, data)
	if err != nil {
		return nil, err
	}
	return d.p, nil
}

// read is Read, returning the state it read the page with (tests look at the line memo).
func read(file string, data []byte) (*doc, error) {
	text, warn, err := page.Decode(data, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	d := &doc{p: &page.Page{File: file, Format: page.Text}}
	if warn != "" {
		d.p.Warn(0, "%s", warn)
	}
	var roffNos []int32
	if isRoff(text) {
		text, roffNos = unroff(d.p, text)
	} else if expanded, ok := expandTabStops(text); ok {
		text = expanded
		d.p.Warn(0, "the page's tabs are a terminal's tab stops (a tab followed by blanks, as col -b writes a rendered manual page's gaps): expanded to every 8th column")
	}
	var breaks []int
	d.text, breaks = pageBreaks(page.PlainBars(page.PlainSpaces(page.UnescapeEntities(text))))
	d.lines = splitLines(d.text)
	d.onePDF = onePage(d.lines, breaks)
	d.pdf = len(breaks) > 0
	for _, b := range breaks {
		d.pageStarts = append(d.pageStarts, b+1)
	}
	var paged []int32
	if lines, nos, pages, n := unpage(d.text, d.lines, breaks); n > 0 {
		d.lines, paged = lines, nos
		if pages == 1 {
			d.p.Warn(0, "the page's text is a PDF's one page (a form feed ends it); its footer, the line with its page number at its end, left out")
		} else {
			d.p.Warn(0, "the page's text breaks into %d pages (a PDF's text); the %d running headers, footers and page numbers at their edges left out", pages, n)
		}
	}
	d.lines, d.nos = undouble(d.text, d.lines)
	if d.nos == nil {
		if d.lines, d.nos = unrepeat(d.text, d.lines); d.nos != nil {
			d.p.Warn(0, "every line of the page appears twice in a row (a copy that doubled its lines); each read once")
		}
	}
	d.nos = inputNumbers(roffNos, inputNumbers(paged, d.nos))
	d.dropManFrame()
	d.unmarkup()
	d.pipeGrids()
	d.dropUnderlines()
	dedent(d.text, d.lines)
	dedentPipeTables(d.text, d.lines)
	i := d.preamble()
	d.sec = &page.Section{Kind: page.Intro, Line: d.lineAt(i)}
	d.p.Sections = append(d.p.Sections, d.sec)
	d.body(i)
	d.finish()
	page.ReadCards(d.p)
	if d.p.Title == "" && d.headings == 0 && d.tables == 0 {
		return nil, fmt.Errorf("%s: no recognizable structure (no title, heading or table)", file)
	}
	return d, nil
}

// inputNumbers composes two steps' line numbers (unpage's, then undouble's or unrepeat's):
// the input line number of each line the second kept; either alone where the other is nil.
func inputNumbers(first, second []int32) []int32 {
	switch {
	case first == nil:
		return second
	case second == nil:
		return first
	}
	out := make([]int32, len(second))
	for k, n := range second {
		out[k] = first[n-1]
	}
	return out
}

// splitLines splits the text into lines; see line. The text is shorter than 2 GiB.
func splitLines(s string) []line {
	out := make([]line, 0, strings.Count(s, "\n")+1)
	for start := 0; ; {
		j := strings.IndexByte(s[start:], '\n')
		end := len(s)
		if j >= 0 {
			end = start + j
		}
		raw := strings.TrimRight(s[start:end], " \t")
		l := line{rs: int32(start), re: int32(start + len(raw))}
		a, b := trimSpaceOffsets(raw)
		l.ts, l.te = l.rs+int32(a), l.rs+int32(b)
		out = append(out, l)
		if j < 0 {
			break
		}
		start = end + 1
	}
	return out
}

// pipeGrids rewrites the tables drawn as grids into the pipe tables they draw
// (page.PipeGrids), which the pipe layouts' reader reads as Markdown tables, and warns of
// the rows it could not read. The lines keep their count and numbers; the text is rebuilt
// from them when a grid was found.
func (d *doc) pipeGrids() {
	raws := make([]string, len(d.lines))
	for i := range d.lines {
		raws[i] = d.raw(i)
		if i+1 < len(d.lines) {
			// a line keeps the blanks it ends with: psql pads the columns of a line where
			// a cell holds an empty line, which a blank line after a table is not, and
			// its old-ascii style (\pset linestyle old-ascii) those of a line where only a
			// name cut at its column's width goes on, which marks no junction
			// (page.PipeGrids)
			if full := strings.TrimRight(d.text[d.lines[i].rs:d.lines[i+1].rs-1], "\r"); strings.TrimRight(full, " ") == raws[i] {
				raws[i] = full
			}
		}
	}
	out, ok, lost := page.PipeGrids(raws)
	if !ok {
		return
	}
	for _, l := range lost {
		l.Warn(d.p, d.no(l.Line))
	}
	d.text = strings.Join(out, "\n")
	d.lines = splitLines(d.text)
}

// dropUnderlines blanks the lines that underline the line above them, a heading as
// reStructuredText and plain-text exports write it ("Request parameters" over "======"),
// or a table's header as a manual page (groff's tbl: "Name  Type  Description" over
// "────────") writes it: one run of "=", "-", "~", "^" or a box-drawing rule ("─", "━",
// "═"), about as wide as the text above; and the same line over that text
// (reStructuredText's title, over- and underlined). Left in, such a line is a cell or a
// paragraph of its own (an error table's header "======" under the heading 错误码, itself
// a column's word), or parts a table's header from its rows. Tables drawn as grids are
// read before (pipeGrids): their rules are theirs.
func (d *doc) dropUnderlines() {
	for i := 1; i < len(d.lines); i++ {
		t, above := d.t(i), d.t(i-1)
		if len(t) < 3 || above == "" {
			continue
		}
		c, _ := utf8.DecodeRuneInString(t)
		if !strings.ContainsRune("=-~^─━═", c) || strings.Trim(t, string(c)) != "" {
			continue
		}
		n := utf8.RuneCountInString(t)
		if !underlines(n, d.shownWidth(i-1)) && !underlines(n, d.headerWidth(i)) {
			continue
		}
		d.clear(i)
		if i >= 2 && d.t(i-2) == t {
			d.clear(i - 2) // the same line over it: reStructuredText's title, overlined too
		}
	}
}

// underlines reports whether a rule n characters long is about as wide as text w
// columns wide: half of it or more, twice it or less.
func underlines(n, w int) bool { return 2*n >= w && n <= 2*w+2 }

// shownWidth is how many columns line i's text (trimmed) takes.
func (d *doc) shownWidth(i int) int {
	w := 0
	for _, r := range d.t(i) {
		w += page.RuneWidth(r)
	}
	return w
}

// headerWidth is the width of the widest of the two or three lines right above a rule on
// line i, none blank, as a table's header wrapped in its columns (stackedHeader; groff's
// tbl: "Parameter  Type  Descrip‐" over "tion" over "────") stands over the rule under it;
// 0 when a line of them is blank.
func (d *doc) headerWidth(i int) int {
	w := 0
	for j := i - 1; j >= max(i-3, 0); j-- {
		if d.blank(j) {
			return 0
		}
		w = max(w, d.shownWidth(j))
		if j < i-1 {
			if _, ok := d.stackedHeader(j); ok {
				return w
			}
		}
	}
	return 0
}

// clear makes line i blank, its place kept.
func (d *doc) clear(i int) {
	l := &d.lines[i]
	l.re, l.ts, l.te = l.rs, l.rs, l.rs
}

// undouble reads a page that has a blank line wherever the page it copies has a line
// break (a copy out of a browser often doubles them, and so do CR CR LF line ends) as that
// page: every run of blank
// lines between two lines is odd (one for a line break, three for a blank line, 2k+1 for k
// blank lines), at least one is three lines long or more, and hardly any two lines follow
// each other (a code block copied as it is). It returns the lines kept, every run of 2k+1
// blank lines k long, and their input line numbers; the lines as they are and nil for any
// other page. A real page has blank runs of one line and consecutive lines (rows of a
// table, lines of a JSON example) or a run of two (a blank line doubled), so it keeps its
// blank lines: a blank line that ends a table or parts two paragraphs still does. A page
// all of whose runs are one line long is a cell-per-line dump, read as it is, or the copy
// of a page with no blank line: that one is told by its lines that open or close a pipe
// cell (doubledPipes), which a cell-per-line dump does not draw, or, where no two lines
// follow each other, by a table header of several column words on one line over a row
// (spacedHeaderIn): a spaced page as written has its first row right under its header.
func undouble(text string, lines []line) ([]line, []int32) {
	content, adjacent, piped, long := 0, 0, 0, false
	run := -1 // blank lines since the last non-blank one; -1 before the first
	for _, l := range lines {
		if l.ts == l.te {
			if run >= 0 {
				run++
			}
			continue
		}
		switch {
		case run == 0:
			adjacent++
		case run > 0 && run%2 == 0:
			return lines, nil
		case run >= 3:
			long = true
		}
		if t := text[l.ts:l.te]; t[0] == '|' || t[len(t)-1] == '|' {
			piped++
		}
		content++
		run = 0
	}
	if adjacent*10 > content || !long && piped < doubledPipes && (adjacent > 0 || !spacedHeaderIn(text, lines)) {
		return lines, nil
	}
	kept := make([]line, 0, content*2)
	nos := make([]int32, 0, content*2)
	run = 0
	for i, l := range lines {
		if l.ts == l.te {
			run++
			continue
		}
		kept, nos = keepBlanks(lines, i, run, kept, nos)
		kept, nos = append(kept, l), append(nos, int32(i+1))
		run = 0
	}
	return keepBlanks(lines, len(lines), run, kept, nos)
}

// unrepeat reads a page each of whose lines appears twice in a row (a copy that doubled
// every line: a PDF's text drawn twice for bold, an extractor that took both a visible and
// a hidden copy of the text) as that page: every run of equal non-blank lines has an even
// length, which a real page's unique lines (runs of one) never have. It returns the lines
// kept, the first half of each such run and every blank line, and their input line
// numbers; the lines as they are and nil for any other page.
func unrepeat(text string, lines []line) ([]line, []int32) {
	raw := func(i int) string { return text[lines[i].rs:lines[i].re] }
	runs := 0
	for i := 0; i < len(lines); {
		if lines[i].ts == lines[i].te {
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && raw(j) == raw(i) {
			j++
		}
		if (j-i)%2 != 0 {
			return lines, nil
		}
		runs++
		i = j
	}
	if runs == 0 {
		return lines, nil
	}
	kept := make([]line, 0, len(lines)/2+1)
	nos := make([]int32, 0, len(lines)/2+1)
	for i := 0; i < len(lines); {
		j := i + 1
		if lines[i].ts != lines[i].te {
			for j < len(lines) && raw(j) == raw(i) {
				j++
			}
		}
		for k := i; k < i+(j-i+1)/2; k++ {
			kept, nos = append(kept, lines[k]), append(nos, int32(k+1))
		}
		i = j
	}
	return kept, nos
}

// doubledPipes is the number of lines opening or closing a pipe cell that tell the copy
// of a page with no blank line, which doubled its line breaks, from a cell-per-line dump
// (undouble): a pipe table's header and one row.
const doubledPipes = 2

// spacedHeaderIn reports whether lines hold a spaced table's header, three column words or
// more parted by spaces ("Name Type Required Example Description"), with a row of a name
// and a type word on the next line that is not blank ("RegionId String Yes"), which a
// cell-per-line dump writes a word a line: a page that has one and a blank line between
// every two lines is the copy of a spaced page with no blank line (undouble).
func spacedHeaderIn(text string, lines []line) bool {
	for i, l := range lines {
		t := text[l.ts:l.te]
		if t == "" || len(t) > maxHeaderLine {
			continue
		}
		cells, glued, ok := splitHeader(t)
		if !ok || glued || len(cells) < 3 || !keyColumn(page.ClassifyColumns(cells)) {
			continue
		}
		for _, r := range lines[i+1:] {
			if r.ts == r.te {
				continue
			}
			if toks := strings.Fields(text[r.ts:r.te]); len(toks) >= 2 && rowName(toks[0]) {
				if typ, _ := spacedType(toks); typ != "" {
					return true
				}
			}
			break
		}
	}
	return false
}

// keepBlanks appends to kept and nos k of the 2k+1 blank lines before line i: the second,
// fourth..., where the copy put the page's blank lines.
func keepBlanks(lines []line, i, run int, kept []line, nos []int32) ([]line, []int32) {
	for k := i - run + 1; k < i; k += 2 {
		kept, nos = append(kept, lines[k]), append(nos, int32(k+1))
	}
	return kept, nos
}

// dedent drops the indentation every non-blank line shares from the lines' raw text, as a
// dump indents a whole page (lynx -dump, a quoted excerpt): the layouts read a line's first
// column ("|" opens a pipe-cells row), and relative indentation (a nested list, a JSON
// sketch) stays.
func dedent(text string, lines []line) {
	common := ""
	first := true
	for _, l := range lines {
		if l.rs == l.re {
			continue
		}
		raw := text[l.rs:l.re]
		ind := raw[:len(raw)-len(strings.TrimLeft(raw, " \t"))]
		if first {
			common, first = ind, false
		} else {
			k := 0
			for k < len(common) && k < len(ind) && common[k] == ind[k] {
				k++
			}
			common = common[:k]
		}
		if common == "" {
			return
		}
	}
	for k := range lines {
		if l := &lines[k]; l.rs != l.re {
			l.rs += int32(len(common))
		}
	}
}

// dedentPipeTables drops the indentation of a pipe table indented as a block on a page
// that is not (dedent): pandoc's plain text indents its simple tables by two spaces (which
// pipeGrids rewrites into pipe tables, indent kept), and a table inside a list item is
// indented with the item. The layouts read a line's first column ("|" opens a record), so
// left so, such a table's rows were read as no table, its parameters lost with no warning.
// A block opens after a blank line with a line whose text, after blank space, starts
// with "|"; it holds the lines after it that share that indentation, and the lines after a
// blank run whose first line again starts with "|" after it. It is a table's only where a
// line of it is a header's rule ("|---|") or where it opens with the pipe layout's header
// of a cell a line (cellsHeader; such a block may also open right under a line less
// indented, a heading): an ASCII tree drawn before a name in a
// cell-per-line dump ("    |-- Key") is none, and neither is a line that goes on with a
// cell of a table at the margin (" | 无 |", under its row) or a JSON example indented deeper
// after a blank line.
func dedentPipeTables(text string, lines []line) {
	raw := func(k int) string { return text[lines[k].rs:lines[k].re] }
	for i := 0; i < len(lines); i++ {
		r := raw(i)
		t := strings.TrimLeft(r, " \t")
		ind := r[:len(r)-len(t)]
		if ind == "" || !strings.HasPrefix(t, "|") {
			continue
		}
		after := i == 0 || lines[i-1].rs == lines[i-1].re // a blank line over it
		cells := cellsHeader(text, lines, i, ind) && (after || !strings.HasPrefix(raw(i-1), ind))
		if !after && !cells {
			continue
		}
		end, ruled := pipeBlock(text, lines, i, ind)
		if !ruled && !cells {
			continue
		}
		for k := i; k < end; k++ {
			if lines[k].rs != lines[k].re {
				lines[k].rs += int32(len(ind))
			}
		}
		i = end - 1
	}
}

// cellsHeader reports whether line i, indented by ind, opens the header of the pipe
// layout's table, a cell a line: a lone "|" over two column words or more, each closed by
// " |" on its line ("|", "Parameter |", "Type |"), as a block of that layout indented
// whole (pasted into an email or a Markdown code block) starts.
func cellsHeader(text string, lines []line, i int, ind string) bool {
	cell := func(k int) (string, bool) {
		if k >= len(lines) || lines[k].rs == lines[k].re {
			return "", false
		}
		return strings.CutPrefix(text[lines[k].rs:lines[k].re], ind)
	}
	if t, ok := cell(i); !ok || strings.TrimSpace(t) != "|" {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		t, ok := cell(k)
		t = strings.TrimSpace(t)
		if !ok || !strings.HasSuffix(t, " |") || strings.HasPrefix(t, "|") || strings.Count(t, "|") > 1 {
			return false
		}
	}
	return true
}

// pipeBlock is the end of the block of lines indented by ind that opens at line i (see
// dedentPipeTables), and whether a line of it is a pipe table's header rule.
func pipeBlock(text string, lines []line, i int, ind string) (end int, ruled bool) {
	raw := func(k int) string { return text[lines[k].rs:lines[k].re] }
	j := i
	for j < len(lines) {
		if lines[j].rs == lines[j].re { // a blank run: the table goes on where a row follows
			k := j
			for k < len(lines) && lines[k].rs == lines[k].re {
				k++
			}
			if k == len(lines) || !strings.HasPrefix(raw(k), ind+"|") {
				break
			}
			j = k
			continue
		}
		if !strings.HasPrefix(raw(j), ind) {
			break
		}
		ruled = ruled || page.IsPipeSeparator(strings.TrimPrefix(raw(j), ind))
		j++
	}
	return j, ruled
}

// trimSpaceOffsets returns where strings.TrimSpace(s) starts and ends in s.
func trimSpaceOffsets(s string) (int, int) {
	a := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	return a, a + len(strings.TrimSpace(s))
}

// t returns line i trimmed.
func (d *doc) t(i int) string {
	l := &d.lines[i]
	return d.text[l.ts:l.te]
}

// raw returns line i without trailing blanks, indentation kept.
func (d *doc) raw(i int) string {
	l := &d.lines[i]
	return d.text[l.rs:l.re]
}

// no returns the 1-based input line number of line i.
func (d *doc) no(i int) int {
	if d.nos != nil {
		return int(d.nos[i])
	}
	return i + 1
}

func (d *doc) line(i int) lineView { return lineView{raw: d.raw(i), t: d.t(i), no: d.no(i)} }

// lineAt returns the number of line i, or of the last line when i is past the end.
func (d *doc) lineAt(i int) int {
	if i < len(d.lines) {
		return d.no(i)
	}
	if len(d.lines) > 0 {
		return d.no(len(d.lines) - 1)
	}
	return 1
}

// nb returns the index of the first non-blank line at or after i, or len(lines).
func (d *doc) nb(i int) int {
	for i < len(d.lines) && d.blank(i) {
		i++
	}
	return i
}

// blank reports whether line i is empty or white space only.
func (d *doc) blank(i int) bool { return d.lines[i].ts == d.lines[i].te }

// blankBefore reports whether line i starts the input or follows a blank line.
func (d *doc) blankBefore(i int) bool { return i == 0 || d.t(i-1) == "" }

// preamble reads the URL line, skips site chrome and takes the title; it returns the index
// of the first body line.
func (d *doc) preamble() int {
	i := d.nb(0)
	if d.onePDF && d.pdfHeader(i) {
		d.p.Warn(d.no(i), "the page's text is a PDF's one page: its first line %q, set apart over the page's opening lines, read as the PDF's running header and left out", d.t(i))
		i = d.nb(i + 1)
	}
	for i < len(d.lines) {
		t := d.t(i)
		if u, ok := cutPrefixFold(t, "URL:"); ok && d.p.URL == "" {
			d.p.URL = strings.TrimSpace(u)
			i = d.nb(i + 1)
			if d.p.URL == "" && i < len(d.lines) && isURL(d.t(i)) {
				// the label over its value, as a dump of a narrow width or of a two-cell
				// layout writes it
				d.p.URL = d.t(i)
				i = d.nb(i + 1)
			}
			continue
		}
		if page.IsSiteChrome(t) {
			i = d.nb(i + 1)
			continue
		}
		break
	}
	if i >= len(d.lines) {
		return i
	}
	t := d.t(i)
	if _, ok := d.heading(i); ok || isLastUpdated(t) != "" || t[0] == '|' || t[0] == '{' || t[0] == '[' {
		return i
	}
	if d.looksLikeTitle(i) {
		d.p.Title = titleText(t)
		d.p.TitleLine = d.no(i)
		return i + 1
	}
	return i
}

// pdfHeader reports whether line i, the first of a PDF's text of one page, is the PDF's
// running header, which no other page repeats to tell it (unpage): a line set apart by a
// blank line over a line a page opens with (opensPage), which it is not, nor a heading.
// The page's own title over its summary is none: the summary opens no page.
func (d *doc) pdfHeader(i int) bool {
	if i+1 >= len(d.lines) || d.t(i+1) != "" || opensPage(d.t(i)) {
		return false
	}
	if _, ok := d.heading(i); ok {
		return false
	}
	j := d.nb(i + 1)
	return j < len(d.lines) && opensPage(d.t(j))
}

// opensPage reports whether t is a line a reference page opens with: its URL ("URL:"),
// site chrome, or a title that names the operation ("CreateCen", ":CreateCen",
// "CreateCen - 创建实例").
func opensPage(t string) bool {
	if _, ok := cutPrefixFold(t, "URL:"); ok || page.IsSiteChrome(t) || validName(t) || namedTitle(t) {
		return true
	}
	k := strings.LastIndexAny(t, ":：")
	return k >= 0 && validName(strings.TrimSpace(strings.TrimLeft(t[k:], ":：")))
}

// titleText is a title line without the marks a markup writes around a level-one heading:
// Markdown's "# ", AsciiDoc's "= " or "== " (pandoc -t asciidoc writes an <h1> so), org's
// "* ", and MediaWiki's and DokuWiki's closing run ("= Title =", "====== Title ======").
// Kept, they made the title no operation name.
func titleText(t string) string {
	if t[0] == '#' {
		return strings.TrimLeft(t, "# ")
	}
	if t[0] != '=' && t[0] != '*' {
		return t
	}
	mark := t[:1]
	rest := strings.TrimLeft(t, mark)
	if !strings.HasPrefix(rest, " ") {
		return t // "**Title**", a bold line
	}
	rest = strings.TrimSpace(rest)
	if head := strings.TrimRight(rest, mark); head != rest && strings.HasSuffix(head, " ") {
		rest = strings.TrimSpace(head)
	}
	if rest == "" {
		return t
	}
	return rest
}

// isURL reports whether t is one http(s) URL and nothing else.
func isURL(t string) bool {
	return (strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")) && !strings.ContainsAny(t, " \t")
}

func (d *doc) looksLikeTitle(i int) bool {
	t := d.t(i)
	if len(t) > 160 {
		return false
	}
	if k := strings.LastIndexAny(t, ":："); k >= 0 {
		rest := strings.TrimSpace(t[k:])
		rest = strings.TrimLeft(rest, ":：")
		if validName(strings.TrimSpace(rest)) {
			return true
		}
	}
	if validName(t) || namedTitle(t) {
		return true
	}
	j := d.nb(i + 1)
	if j < len(d.lines) && (isLastUpdated(d.t(j)) != "" || lastUpdatedLabel(d.t(j))) {
		return true
	}
	if (i+1 >= len(d.lines) || d.t(i+1) == "") && !endsSentence(t) {
		return true
	}
	return false
}

// namedTitle recognises a title that starts with the operation name followed by its
// caption: "QueryAccountBalance - 查询余额", "CreateUser（创建用户）"; not a sentence, such as
// a summary that opens with a product's name ("CEN (Cloud Enterprise Network) インスタンスを
// 作成します。").
func namedTitle(t string) bool {
	end := strings.IndexAny(t, " -(（—")
	if end <= 0 || !validName(t[:end]) || endsSentence(t) {
		return false
	}
	rest := strings.TrimSpace(t[end:])
	for _, sep := range []string{"-", "(", "（", "—"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// lastUpdatedLabel reports whether t is a last-updated label whose date the copy lost
// ("更新时间:").
func lastUpdatedLabel(t string) bool {
	v, ok := page.LastUpdated(t)
	return ok && v == ""
}

// isLastUpdated returns the date of a "Last Updated:" line, or "".
func isLastUpdated(t string) string {
	if len(t) > 80 || len(t) < 8 {
		return ""
	}
	v, _ := page.LastUpdated(t)
	return v
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

func endsSentence(t string) bool {
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, ":") ||
		strings.HasSuffix(t, "：") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";")
}

// finish sets the language and detects a page that stops right after a heading.
func (d *doc) finish() {
	d.pruneIndexes()
	d.splitGluedLate()
	d.bodyUnderHeaders()
	best := d.firstLang
	sort.Slice(d.langs, func(a, b int) bool { return d.langs[a].lang < d.langs[b].lang })
	for _, l := range d.langs {
		if d.langVotes(l.lang) > d.langVotes(best) {
			best = l.lang
		}
	}
	for _, l := range d.langs {
		if page.RefinesLang(l.lang, best) {
			best = l.lang // Traditional headings among Chinese ones written in shared characters
		}
	}
	d.p.Lang = best
	last := d.p.Sections[len(d.p.Sections)-1]
	if last.Kind != page.Intro && len(last.Blocks) == 0 && !d.p.Truncated {
		d.p.Truncated = true
		d.p.Warn(last.Line, "page ends right after heading %q: input looks cut off", last.Heading)
	}
	if n := len(last.Blocks); n > 0 && !d.p.Truncated && last.Kind.HoldsParams() && !strings.HasSuffix(d.text, "\n") {
		// An excerpt cut part way through a parameter row ends without a line break (a page
		// goes on to examples or error codes after its parameters); the row may be whole, or
		// cut inside its last cell ("... Set the value to DescribeSca").
		if t := last.Blocks[n-1].Table; t != nil && len(t.Rows) > 0 && t.Rows[len(t.Rows)-1].Line == len(d.lines) {
			d.p.Truncated = true
			d.p.Warn(len(d.lines), "input ends inside a table row without a line break: input looks cut off")
		}
	}
}

// langCount counts the headings in one language.
type langCount struct {
	lang string
	n    int
}

// langVotes counts the headings in lang and in the languages it refines or that refine it
// (page.RefinesLang): a Traditional page's headings in shared characters read as "zh".
func (d *doc) langVotes(lang string) int {
	n := 0
	for _, l := range d.langs {
		if l.lang == lang || page.RefinesLang(l.lang, lang) || page.RefinesLang(lang, l.lang) {
			n += l.n
		}
	}
	return n
}

func (d *doc) countLang(lang string) {
	for k := range d.langs {
		if d.langs[k].lang == lang {
			d.langs[k].n++
			return
		}
	}
	d.langs = append(d.langs, langCount{lang: lang, n: 1})
}

// memo is what is known about one line.
type memo struct {
	known, traits           trait // traits worked out, and those the line has
	headingDone, headerDone bool
	headingOK, headerOK     bool
	wrapped                 bool  // the heading goes on at the next line (wrappedHeading)
	kind                    uint8 // page.SectionKind when headingOK
	header                  int32 // index in doc.headers when headerOK
}
