package textpage

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// A spaced table may be written in aligned columns, as lynx -dump, w3m -dump, column -t,
// man pages and PDF-to-text exports write an HTML table: the header's column words start at
// fixed positions ("Name          Type     Required  Description"), each row's cells start at
// those positions, and a cell too long for its column wraps onto the following lines at its
// column's position, the other columns blank. There the positions, not the words, say
// which cell a word is in: the spaced reader (spacedTable) reads such a table's lines by
// them (columns).
//
// Positions are counted in display cells, a wide character (CJK, full-width: East Asian
// Wide or Fullwidth) two, as a terminal shows it (lynx, w3m, man); a table that lines up
// only when every character counts one (a program that pads by characters, as Python's
// str.ljust and some PDF exporters do) is read that way: of the two measures, the one under
// which more of the rows' cells start where a header's column does wins, display cells on a
// tie (the same for a table with no wide character before a column's start).

// columns is where the columns of an aligned table start on its lines.
type columns struct {
	starts []int // each header cell's start, in the measure
	wide   bool  // the measure: display cells (true) or characters
	// key is the first column's kind: a parameter table's name, or an error-code table's
	// HTTP status or error code (alignedKey)
	key page.Column
	// edges is where each column but the last ends, in the measure: the next one's start
	// less the narrowest blank between two of the header's words; a typesetter that
	// justifies a cell's line (groff's tbl) spreads its words to end there (justified).
	// nil where the header's words do not start the columns (centred)
	edges []int
}

// colWord is a run of non-blank characters of a line: where it starts and ends, in the
// measure of columns (end is past its last character), and its bytes in the line.
type colWord struct {
	at, end  int
	from, to int
}

// cellWidth is the number of columns r takes: two for a wide character where wide, one
// for any other; a tab is read by lineWords.
func cellWidth(r rune, wide bool) int {
	if wide {
		return page.RuneWidth(r)
	}
	return 1
}

// lineWords splits raw into its words and their columns; a tab advances to the next
// multiple of 8, as a terminal shows it.
func lineWords(raw string, wide bool) []colWord {
	var out []colWord
	col, in := 0, false
	for k, r := range raw {
		if r == ' ' || r == '\t' {
			if in {
				out[len(out)-1].end, out[len(out)-1].to = col, k
				in = false
			}
			if r == '\t' {
				col = (col/8 + 1) * 8
			} else {
				col++
			}
			continue
		}
		if !in {
			out = append(out, colWord{at: col, from: k})
			in = true
		}
		col += cellWidth(r, wide)
	}
	if in {
		out[len(out)-1].end, out[len(out)-1].to = col, len(raw)
	}
	return out
}

// headerOffsets returns where each of a header line's cells starts in head, in bytes, and
// whether two of them are set apart by two spaces or more; nil when a cell is not found
// after the one before it, or is glued to it.
func headerOffsets(head string, cells []string) (offs []int, gap bool) {
	offs = make([]int, len(cells))
	from := 0
	for k, c := range cells {
		at := strings.Index(head[from:], c)
		if at < 0 || k > 0 && at == 0 {
			return nil, false
		}
		if k > 0 && at >= 2 && strings.TrimLeft(head[from:from+at], " ") == "" {
			gap = true
		}
		offs[k] = from + at
		from += at + len(c)
	}
	return offs, gap
}

// alignedColumns tells whether the spaced table under header h is written in aligned
// columns, and where they start: its first columns are those of a parameter table (the
// name, then the type) or an error-code table (alignedKey), its header sets two of its
// cells apart by two spaces or more (a single-spaced header, the spaced layout's, is not
// aligned), and the first row's second cell starts where the second column does (past an
// unnamed first row, the response's root: firstAligned), as half the first lines that
// read as rows or more have it (hits). A header that wraps in its
// columns over its lines (stackedHeader) gives them in the measure it stacks in. The
// header's words may also be centred over their columns (w3m's <th>), where the columns
// are where the rows' cells start (centred). Of the two measures (see columns) and the
// two readings of the header, the one under which more words of the table's first lines
// start at a column's start is taken, the header's own columns on a tie: where the rows'
// cells start at them, the rows give no more.
func (d *doc) alignedColumns(h header) *columns {
	if h.tabs || len(h.cells) < 3 || !alignedKey(h.cols) {
		return nil
	}
	first := d.nb(h.end)
	if first >= len(d.lines) {
		return nil
	}
	var best *columns
	hits := -1
	for _, centred := range []bool{false, true} {
		for _, wide := range []bool{true, false} {
			starts, ends := d.headerColumns(h, wide)
			if starts == nil {
				continue
			}
			c := &columns{wide: wide, key: h.cols[0], starts: starts}
			if centred {
				c = c.centred(d, first, ends)
			} else {
				c.edges = columnEdges(starts, ends)
			}
			if c == nil || !c.firstAligned(d, first) || c.runsCross(d.raw(first), d.t(first), h) {
				continue
			}
			if n, ok := c.hits(d, first, centred); ok && n > hits {
				best, hits = c, n
			}
		}
	}
	return best
}

// runsCross reports whether line raw (t trimmed), a table's first row under header h,
// which the columns cut with a word across a column's start (split's crossing), reads
// whole by its runs of spaces instead (gapCells): a row whose cells are joined by runs of
// two spaces, as its header's are, that lines up with the header's columns by chance (a
// name as long as the Name header, a type as long as the headers it runs past:
// "parentIds  array<string>" under "Parameter  Type  Example"). Read by the columns, the
// row lost its Example to the description, with a guess.
func (c *columns) runsCross(raw, t string, h header) bool {
	if len(c.split(raw).crossing) == 0 {
		return false
	}
	_, _, ok := gapCells(t, len(h.cells), h.cols[len(h.cols)-1] == page.ColDescription)
	return ok
}

// headerColumns returns where each of header h's cells starts and ends (past its last
// character) in the measure: on its line, which must set two of them apart by two spaces
// or more; or, a header that wraps in its columns, over its lines, in the measure it
// stacks in. nil when it has none there.
func (d *doc) headerColumns(h header, wide bool) (starts, ends []int) {
	if h.stack != nil {
		if h.stack.wide != wide {
			return nil, nil
		}
		return slices.Clone(h.stack.starts), h.stack.ends
	}
	head := d.raw(h.start)
	offs, gap := headerOffsets(head, h.cells)
	if h.end != h.start+1 || offs == nil || !gap {
		return nil, nil
	}
	for k, o := range offs {
		starts = append(starts, textWidth(head[:o], wide))
		ends = append(ends, textWidth(head[:o+len(h.cells[k])], wide))
	}
	return starts, ends
}

// alignedKey reports whether a table whose columns are cols may be read in aligned
// columns: a parameter table's (a name, then a type) or an error-code table's (an HTTP
// status, then an error code; or an error code first).
func alignedKey(cols []page.Column) bool {
	switch {
	case cols[0] == page.ColName:
		return cols[1] == page.ColType
	case cols[0] == page.ColHTTPStatus:
		return cols[1] == page.ColErrorCode
	}
	return cols[0] == page.ColErrorCode
}

// centred returns the columns of a table whose header's words are centred over them (as
// w3m writes a <th>), from its first lines from line i: each column starts where the most
// of those lines that read as rows (rowLike) start a cell (a word two spaces or more past
// the one before it) between the end of the header's cell before it (ends, in the
// measure) and the start of its own (where no row has one there, the most of the other
// lines: a cell wrapped in its column); the first column where the leftmost row starts,
// a tree's nested rows, however many, indented in it (their depth); nil
// when no line starts a cell there for a column. Rows set apart by single spaces give
// such columns too, which only some of them line up at: alignedColumns takes them only
// where every row does (hits).
func (c *columns) centred(d *doc, i int, ends []int) *columns {
	var counts [2][]map[int]int // by rows, by the other lines; column; start
	for x := range counts {
		counts[x] = make([]map[int]int, len(c.starts))
		for k := range counts[x] {
			counts[x][k] = map[int]int{}
		}
	}
	d.headLines(i, func(raw string) {
		by := counts[1]
		if c.rowLike(raw) {
			by = counts[0]
		}
		ws := lineWords(raw, c.wide)
		for x, w := range ws {
			if x > 0 && w.at-ws[x-1].end < 2 {
				continue // a cell's next word, not its first
			}
			for k, s := range c.starts {
				lo := 0
				if k > 0 {
					lo = ends[k-1] + 1
				}
				if w.at >= lo && w.at <= s && (k > 0 || x == 0) {
					by[k][w.at]++
				}
			}
		}
	})
	out := &columns{wide: c.wide, key: c.key, starts: make([]int, len(c.starts))}
	for k := range c.starts {
		m := counts[0][k]
		if len(m) == 0 {
			m = counts[1][k]
		}
		best := -1
		for at, n := range m {
			if best < 0 || k == 0 && at < best || k > 0 && (n > m[best] || n == m[best] && at < best) {
				best = at
			}
		}
		if best < 0 {
			return nil
		}
		out.starts[k] = best
	}
	return out
}

// textWidth is the number of columns s takes in the measure: the start of a word set one
// space past s, less that space (a word glued to s would be s's last word, starting where
// that word starts).
func textWidth(s string, wide bool) int {
	ws := lineWords(s+" x", wide)
	return ws[len(ws)-1].at - 1
}

// rowAligned reports whether raw reads as a row of the columns: its first word is in the
// name column, a word starts the type column, and every word after a blank of two spaces
// or more before the last column starts a column (a row whose cells are joined by runs of
// spaces, which a name as long as the Name header lines up with the Type header, sets its
// later cells off the columns).
func (c *columns) rowAligned(raw string) bool {
	ws := lineWords(raw, c.wide)
	if len(ws) < 2 || ws[0].at < c.starts[0] || ws[0].at >= c.starts[1] ||
		!slices.ContainsFunc(ws[1:], func(w colWord) bool { return w.at == c.starts[1] }) {
		return false
	}
	return c.cellsAligned(ws)
}

// cellsAligned reports whether every word of a line's words ws after a blank of two
// spaces or more before the last column starts a column, or goes on with a cell the line
// justified (justified).
func (c *columns) cellsAligned(ws []colWord) bool {
	last := c.starts[len(c.starts)-1]
	for k := 1; k < len(ws); k++ {
		if ws[k].at-ws[k-1].end >= 2 && ws[k].at < last && !slices.Contains(c.starts, ws[k].at) && !c.justified(ws, k) {
			return false
		}
	}
	return true
}

// columnEdges is where each column whose header cells start at starts and end at ends
// (see columns.edges) ends: the next column's start less the narrowest blank between two
// header cells.
func columnEdges(starts, ends []int) []int {
	gap := -1
	for k := 1; k < len(starts); k++ {
		if g := starts[k] - ends[k-1]; gap < 0 || g < gap {
			gap = g
		}
	}
	if gap < 2 {
		return nil
	}
	edges := make([]int, len(starts)-1)
	for k := range edges {
		edges[k] = starts[k+1] - gap
	}
	return edges
}

// justified reports whether word k of a line's words ws, after a blank of two spaces or
// more, is in the same column as the word before it, whose cell the line justified: its
// last word on the line ends at the column's edge (columns.edges; groff's tbl fills the
// lines of a cell it wraps: "Array  of Ob‐" over "ject").
func (c *columns) justified(ws []colWord, k int) bool {
	col := c.column(ws[k].at)
	if col < 0 || col >= len(c.edges) || c.column(ws[k-1].at) != col {
		return false
	}
	end := ws[k].end
	for _, w := range ws[k+1:] {
		if c.column(w.at) != col {
			break
		}
		end = w.end
	}
	return end == c.edges[col]
}

// column is the index of the column position at is in (the last whose start is at or
// before it), -1 before the first.
func (c *columns) column(at int) int {
	k := -1
	for x, s := range c.starts {
		if at >= s {
			k = x
		}
	}
	return k
}

// firstAligned reports whether the table's first row, on line i, is a row of the columns
// (rowAligned); where it is an unnamed one (unnamedRow: the response's root, as real
// response tables start), the named row after it and the lines its cells wrap onto must
// be, if one follows in the table.
func (c *columns) firstAligned(d *doc, i int) bool {
	if !c.unnamedRow(d.raw(i)) {
		return c.rowAligned(d.raw(i))
	}
	for j := d.nb(i + 1); j < len(d.lines) && !d.endsTable(j); j = d.nb(j + 1) {
		if ws := lineWords(d.raw(j), c.wide); len(ws) > 0 && ws[0].at < c.starts[1] {
			return c.rowAligned(d.raw(j))
		}
	}
	return true
}

// unnamedRow reports whether raw reads as a row of the columns with no name: the name
// column blank, a type word starting the type column, and every word after a blank of two
// spaces or more before the last column starting a column (as rowAligned).
func (c *columns) unnamedRow(raw string) bool {
	ws := lineWords(raw, c.wide)
	return len(ws) > 0 && ws[0].at == c.starts[1] && isType(raw[ws[0].from:ws[0].to]) && c.cellsAligned(ws)
}

// rowLike reports whether line raw reads as a row of the table by its words, wherever they
// stand: a name (after a tree's glyphs, "└ Key"), then a type word; an HTTP status, then
// an error code; an error code, then more text, at the line's start.
func (c *columns) rowLike(raw string) bool {
	_, t := page.TreeDepth(strings.TrimSpace(raw)) // a nested row's name under a tree's glyphs
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	switch c.key {
	case page.ColName:
		typ, _ := spacedType(f)
		return rowName(f[0]) && typ != ""
	case page.ColHTTPStatus:
		return page.IsHTTPStatus(f[0]) && page.IsErrorCode(f[1])
	}
	return raw[0] != ' ' && page.IsErrorCode(f[0])
}

// headLines calls f with the raw text of each of the table's first lines from line i that
// is not blank, up to twenty or the table's end (endsTable, from the second on): the lines
// centred and hits measure a table's columns on.
func (d *doc) headLines(i int, f func(raw string)) {
	for seen := 0; i < len(d.lines) && seen < 20; i++ {
		if d.blank(i) {
			continue
		}
		if seen > 0 && d.endsTable(i) {
			return
		}
		seen++
		f(d.raw(i))
	}
}

// hits counts the words that start at a column's start (the name column's aside) on the
// table's first lines from line i, up to twenty or the table's end. ok is false when
// more than half the lines there that read as rows (rowLike) are not aligned
// (rowAligned): the rows are not written in the header's columns; where all must be
// (columns the rows gave, centred), when any is not.
func (c *columns) hits(d *doc, i int, all bool) (n int, ok bool) {
	rows, aligned := 0, 0
	d.headLines(i, func(raw string) {
		for _, w := range lineWords(raw, c.wide) {
			if w.at > c.starts[0] && slices.Contains(c.starts[1:], w.at) {
				n++
			}
		}
		switch {
		case c.wrapLine(raw):
		case c.rowLike(raw):
			rows++
			if c.rowAligned(raw) {
				aligned++
			}
		case c.brokenNameRow(raw) && c.rowAligned(raw):
			rows++
			aligned++
		}
	})
	if all {
		return n, aligned == rows
	}
	return n, 2*aligned >= rows
}

// brokenNameRow reports whether line raw reads as a row of the table (rowLike) whose name
// is the first piece of one a typesetter broke with a hyphen ("Authorization‐   object"
// over "Rule"). hits counts such a line where it lines up with the columns: on a table
// whose every name is too long for its column (a rendered manual page's), those are the
// only rows' lines, and the lines a name's last piece shares with its description's
// words, off the columns, may read as rows ("nType   CreationType value."); before,
// they outnumbered the rows, the table was not read in its columns and lost its rows. Where
// it does not line up it says nothing: a line the typesetter filled may spread its
// blanks to a column's edge the header's gaps do not show ("└└└    AutoSnap‐").
func (c *columns) brokenNameRow(raw string) bool {
	_, t := page.TreeDepth(strings.TrimSpace(raw))
	name, rest, ok := strings.Cut(t, " ")
	if c.key != page.ColName || !ok || !page.EndsHyphen(name) {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(name)
	return c.rowLike(name[:len(name)-size] + " " + rest)
}

// wrapLine reports whether line raw starts past the name column (at or after the type
// column's start): no row's line, whose name is in the name column, but the lines a row's
// cells wrap onto, whatever its words read as ("Object", the rest of an "Array of" that
// wrapped in its column, beside a description's word that ends as a struct's name does:
// "VirtualBorderRouterForPhysicalConnectionType").
func (c *columns) wrapLine(raw string) bool {
	ws := lineWords(raw, c.wide)
	return len(ws) > 0 && ws[0].at >= c.starts[1]
}

// colLine is a line of an aligned table cut at the columns.
type colLine struct {
	cells []string // each column's words, joined by a space
	// lead is where the name column's text starts past the column's start: a tree's glyphs
	// ("└─ Key") and blanks before a nested row's name; name is that text without them
	lead int
	name string
	// packed is lead with the blanks between a tree's glyphs and the name taken as one: a
	// name cell's line that a typesetter justified (a name going on in the line below,
	// "└      Avail‐" over "ableAmount") spreads them to fill its column
	packed int
	// tree is set when a tree's glyphs are drawn before the name
	tree bool
	// crossing names the words that start in one column and run past the next one's
	// start: nothing shows which cell they are in (read in the one they start in)
	crossing []string
	fits     bool // no word starts before the name column
	// aligned is set when each cell's first word starts at its column's start
	aligned bool
	// tight lists the columns whose first word follows the line's previous word after
	// one blank only: an aligned table leaves more between cells than between words,
	// so there the previous cell may have run on into it
	tight []int
}

// split cuts line raw at the columns: each word is in the column it starts in.
func (c *columns) split(raw string) colLine {
	n := len(c.starts)
	l := colLine{cells: make([]string, n), fits: true, aligned: true}
	parts := make([][]string, n)
	nameFrom, nameTo, prevEnd := -1, -1, -1
	for _, w := range lineWords(raw, c.wide) {
		k := -1
		for x, s := range c.starts {
			if w.at >= s {
				k = x
			}
		}
		if k < 0 {
			l.fits = false
			continue
		}
		text := raw[w.from:w.to]
		if len(parts[k]) == 0 && w.at != c.starts[k] {
			l.aligned = false
		}
		if len(parts[k]) == 0 && k > 0 && prevEnd >= 0 && w.at-prevEnd <= 1 {
			l.tight = append(l.tight, k)
		}
		prevEnd = w.end
		if k+1 < n && w.end > c.starts[k+1] {
			l.crossing = append(l.crossing, text)
		}
		parts[k] = append(parts[k], text)
		if k == 0 {
			if nameFrom < 0 {
				nameFrom, l.lead = w.from, w.at-c.starts[0]
			}
			nameTo = w.to
		}
	}
	for k, p := range parts {
		l.cells[k] = strings.Join(p, " ")
	}
	if nameFrom >= 0 {
		// the name's own text, after the tree drawn before it; its column counts the
		// tree's glyphs and blanks as indentation
		lead, name := page.TreeDepth(raw[nameFrom:nameTo])
		l.packed = l.lead
		if lead > 0 {
			l.tree = true
			glyphs := raw[nameFrom:nameTo][:len(raw[nameFrom:nameTo])-len(name)]
			l.lead += textWidth(glyphs, c.wide)
			l.packed += textWidth(strings.TrimRight(glyphs, " \t"), c.wide) + 1
			if name == "" {
				// glyphs alone (an unnamed list item, "└└"): at the level a name after
				// them would start at
				l.lead = l.packed
			}
		}
		l.name = strings.TrimSpace(name)
		l.cells[0] = l.name
	}
	return l
}

// columnsRow reads line i of an aligned table as a row (see spaced.row): a name in the name
// column and a type in the type column, or no type where each cell the line has starts at
// its column's start and the name is not alone (the page shows no type: "Item" under
// "Items Array of Item"); nil when the line is not one.
func (st *spaced) columnsRow(i int, probe bool) *page.Row {
	d, tbl := st.d, st.tbl
	if st.cols.key != page.ColName {
		return st.columnsCodeRow(i, probe)
	}
	l := st.cols.split(d.raw(i))
	if !l.fits {
		return nil
	}
	st.unsqueeze(&l)
	if desc := tbl.Col(page.ColDescription); desc >= 0 && slices.ContainsFunc(l.tight, func(k int) bool { return k > desc }) {
		// a description longer than its column runs on into the next: the line is no
		// aligned row, its cells are read as a spaced row's
		return st.spacedRow(i, probe)
	}
	typ, whole := l.cells[1], st.brokenType(i, l.cells[1])
	first, _, _ := strings.Cut(whole, " ")
	typed := isType(whole) || isType(first) || page.IsStructTypeName(first) || d.captionStruct(first)
	if !typed && (typ != "" || !l.aligned || strings.Join(l.cells[1:], "") == "") {
		return nil
	}
	nm, dep := cutBadge(l.name)
	label := nm
	switch {
	case nm == "" && isType(whole) && (len(tbl.Rows) > 0 && isType(tbl.Rows[len(tbl.Rows)-1].Cells[1]) || len(tbl.Rows) == 0 && l.aligned):
		// no name, a whole type: a row with no name (a list's item; the response's root,
		// the table's first row, each of its cells at its column's start)
		label = "(unnamed " + whole + ")"
	case !rowName(nm) && !st.translatedCells(nm, l.cells) && !st.nameCut(i, nm, typ) || describes(nm, typ):
		return nil
	}
	if probe {
		return &page.Row{}
	}
	cells := l.cells
	cells[0] = nm
	if len(l.crossing) > 0 {
		d.p.Guess(d.no(i), "row %q: %s run past the start of the next column; each read in the column it starts in",
			label, quoteAll(l.crossing))
	}
	if c := tbl.Col(page.ColRequired); c >= 0 && cells[c] == "" && nm != "" {
		st.missing.add(label, d.no(i))
	}
	r := &page.Row{Line: d.no(i), Cells: cells, Depth: -1}
	if dep {
		markDeprecated(d, tbl, cells, r.Line)
	}
	st.leads[len(tbl.Rows)] = l.lead
	return r
}

// unsqueeze moves the words a PDF's text set off their columns into the cells they are
// of: pdftotext -layout places a line's words by where they stand on paper, in a
// proportional font, so a cell wider in characters than on paper pulls the words after it
// some columns left, one blank apart ("ResourceOwnerAccount String No", the type and the
// Required word short of their columns; "string No" under "Type" whose "No" starts before
// the Required column). Where the name cell holds a name and then a type (spacedType), the
// type column's words after it if any, the type goes to the type column; where a type
// word opens words that read as no whole type, they do ("Array of", the rest wrapped onto
// the next line; "Array" short of the column, "of" in it). The words after a type in
// the type column go to the next column where it is blank and takes them: one Required
// word under Required, one example value the type fits under Example ("String sample"
// under Type, Example blank). A
// word moved so is no word run past its column (crossing); where the words after a type
// fit no cell so, the line stays as it was. A type word two blanks or more
// past a tree's glyphs in the name cell, the type column blank, is the type ("└" then
// "String", the name below). Words that read as none of these stay.
func (st *spaced) unsqueeze(l *colLine) {
	cells := l.cells
	if len(cells) < 3 || st.tbl.Col(page.ColType) != 1 {
		return
	}
	moved := func(ws []string) {
		l.crossing = slices.DeleteFunc(l.crossing, func(c string) bool { return slices.Contains(ws, c) })
	}
	var rest []string // the words after the type
	if cells[1] == "" && l.lead > l.packed && isType(l.name) {
		// a tree's glyphs, then a type word two blanks or more past them (a name follows
		// its glyphs after one): the type of a row whose name the PDF set below
		// (nameBelow), pulled short of the type column
		moved([]string{l.name})
		cells[1], cells[0], l.name, l.lead = l.name, "", "", l.packed
		return
	}
	name, typ := l.name, cells[1]
	if strings.Contains(l.name, " ") {
		toks := strings.Fields(l.name)
		words := append([]string{""}, toks[1:]...) // spacedType reads a type after a name
		words = append(words, strings.Fields(cells[1])...)
		t, k := spacedType(words)
		if !rowName(toks[0]) || t == "" && !isType(words[1]) {
			return
		}
		if t == "" || typeGoesOn(words[k:]) {
			t, k = strings.Join(words[1:], " "), len(words)
		}
		name, typ, rest = toks[0], t, words[k:]
	} else if cells[1] != "" && !isType(cells[1]) {
		words := append([]string{""}, strings.Fields(cells[1])...)
		t, k := spacedType(words)
		if t == "" || k == len(words) || typeGoesOn(words[k:]) {
			return
		}
		typ, rest = t, words[k:]
	} else {
		return
	}
	if len(rest) > 0 {
		var fits bool
		switch st.h.cols[2] {
		case page.ColRequired:
			fits = len(rest) == 1 && isRequiredWord(rest[0])
		case page.ColExample:
			fits = len(rest) == 1 && typeFits(typ, rest[0])
		}
		if cells[2] != "" || !fits {
			return // no cell shows where they go: the line as it was
		}
		cells[2] = rest[0]
	}
	if f := strings.Fields(l.name); len(f) > 1 {
		moved(f[1:])
	}
	moved(rest)
	l.name, cells[0], cells[1] = name, name, typ
}

// typeGoesOn reports whether rest, the words after a type word in a type cell, go on with
// the type: "of" ("Array of", the rest wrapped onto the next line).
func typeGoesOn(rest []string) bool {
	return len(rest) > 0 && strings.EqualFold(rest[0], "of")
}

// brokenType is typ, the type cell of line i of an aligned table, with the pieces of its
// last word that a typesetter broke across the lines below with a hyphen
// (page.LineHyphen: a Go type filled into a narrow column, "*DescribeRegion‐" over
// "sResponseBodyRe‐" over "gions", "map[string]inter‐" over "face{}") joined on: the
// word is a type only whole. Each line below goes on where its type column holds text (its
// name column may go on with a name broken the same way: "Performance‐" over "ControlOp‐").
func (st *spaced) brokenType(i int, typ string) string {
	d := st.d
	for j := i + 1; j < len(d.lines) && !d.blank(j) && page.EndsHyphen(typ); j++ {
		l := st.cols.split(d.raw(j))
		if !l.fits || l.lead != 0 || l.cells[1] == "" {
			break
		}
		cut, ok := page.LineHyphen(typ, l.cells[1])
		if !ok {
			break
		}
		next, _, _ := strings.Cut(l.cells[1], " ")
		typ = cut + next
	}
	return typ
}

// columnsName reports whether line i of an aligned table goes on with the name of the
// table's last row (namePiece), and then adds it to the row: the piece glued to the row's
// name (without the hyphen a typesetter broke it with: "InternetChar‐" over "geType" is
// InternetChargeType), the line's other cells going on with the row's (joinCells); the
// blanks between the tree drawn before the row's name and the name are then one blank
// (packed: the line was justified to fill the column). A guess is warned of,
// naming the row.
func (st *spaced) columnsName(i int) bool {
	d, tbl := st.d, st.tbl
	if len(tbl.Rows) == 0 || st.cols.key != page.ColName {
		return false
	}
	r := &tbl.Rows[len(tbl.Rows)-1]
	name := r.Cells[0]
	if name == "" {
		if l, ok := st.nameBelow(i); ok {
			cells := slices.Clone(l.cells)
			cells[0] = ""
			d.joinCells(r, cells, false)
			r.Cells[0] = l.name
			return true
		}
	}
	l, ok, guess := st.namePiece(i, name, r.Cells[1], st.leads[len(tbl.Rows)-1])
	if !ok {
		return false
	}
	if guess {
		d.p.Guess(d.no(i), "row %q: its name cell's lines %q and %q are read as one name cut at the column's width",
			name+l.name, name, l.name)
	}
	if above := st.cols.split(d.raw(i - 1)); above.name == name {
		switch {
		case above.packed < above.lead:
			// the row's line, justified to fill the column: its tree's glyphs and the name
			// one blank apart
			st.leads[len(tbl.Rows)-1] = above.packed
		case d.typeset && !above.tree && above.lead > 1:
			// a rendered manual page's, where the typesetter had no character for the
			// tree's glyphs (groff -Tascii drops └) and justified the blank after them:
			// the name one blank in, as every nested row's on such a page
			st.leads[len(tbl.Rows)-1] = 1
		}
	}
	cells := slices.Clone(l.cells)
	cells[0] = ""
	d.joinCells(r, cells, false)
	if cut, drop, _ := d.lineHyphen(name, l.name); drop {
		name = cut
	}
	r.Cells[0] = name + l.name
	return true
}

// nameBelow reports whether line i holds the name of the table's last row, whose name
// cell's line holds a tree's glyphs alone: a typesetter filling a narrow name column
// breaks the line after the glyphs where the name does not fit beside them, and sets the
// name at the column's start on the next line ("└└└└└└" over "UsedAmount"). The line's
// name is one word that reads as a parameter name, at the column's start, its type cell
// blank, and it would not fit beside the glyphs before the type column's gap of three
// blanks (tbl's), or ends with a hyphen, the typesetter's break of a name too long for
// the column ("└└" over "Ipv6Source‐" over "CidrIp"); in a PDF's text (doc.pdf), whose
// characters do not measure the paper, the name need not be too long by them. It returns
// the line cut at the columns.
func (st *spaced) nameBelow(i int) (l colLine, ok bool) {
	d := st.d
	if i == 0 || i >= len(d.lines) || d.blank(i-1) || d.blank(i) || len(st.cols.starts) < 2 {
		return l, false
	}
	above := st.cols.split(d.raw(i - 1))
	st.unsqueeze(&above)
	if above.name != "" || above.lead == 0 {
		return l, false
	}
	l = st.cols.split(d.raw(i))
	name := l.name
	if page.EndsHyphen(name) {
		// too long for the column too: a typesetter broke it, the rest on the next line
		// (columnsName's namePiece glues it)
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	if !l.fits || l.lead != 0 || name == "" || l.cells[1] != "" || strings.ContainsAny(name, " \t") || !page.IsParamName(name) {
		return l, false
	}
	return l, d.pdf || above.lead+textWidth(l.name, st.cols.wide) > st.cols.starts[1]-st.cols.starts[0]-3
}

// nameCut reports whether name, line i's name, which reads as no name, is the first piece
// of one that its column's width cut, going on in the line below (namePiece; typ the
// row's type): "RemoveEntry." over "N.PortRange".
func (st *spaced) nameCut(i int, name, typ string) bool {
	_, ok, _ := st.namePiece(i+1, name, typ, st.cols.split(st.d.raw(i)).lead)
	return ok
}

// namePiece reports whether line i's name goes on with name, a row's name (typ its type,
// lead where its name starts in the column), cut at its column's width, mid-word, onto the
// line below ("InstanceChar" over "geType", as a PDF export or a dump that breaks long
// words writes it): the line is right under the name's last piece, which fills its column
// (it ends where the blanks before the type column start) or ends in a hyphen (a
// typesetter's break, "InternetChar‐" over "geType": page.LineHyphen), its name starts at the
// column's start or the row's, and page.NameGoesOn takes the two for one name, by a guess
// or not. It returns the line cut at the columns.
func (st *spaced) namePiece(i int, name, typ string, lead int) (l colLine, ok, guess bool) {
	d := st.d
	if i == 0 || i >= len(d.lines) || d.blank(i-1) || d.blank(i) {
		return l, false, false
	}
	l = st.cols.split(d.raw(i))
	if !l.fits || l.name == "" || l.lead != 0 && l.lead != lead {
		return l, false, false
	}
	above := d.raw(i - 1)
	if a := st.cols.split(above).name; a == "" || st.cols.nameEnd(above) < st.cols.starts[1]-2 && !page.EndsHyphen(a) {
		return l, false, false
	}
	ok, guess = page.NameGoesOn(name, l.name, typ, l.cells[1])
	return l, ok, guess
}

// nameEnd is where the text of line raw's name column ends (past its last character, in
// the measure), or -1 when the column is blank.
func (c *columns) nameEnd(raw string) int {
	end := -1
	for _, w := range lineWords(raw, c.wide) {
		if len(c.starts) > 1 && w.at >= c.starts[1] {
			break
		}
		end = w.end
	}
	return end
}

// columnsCodeRow reads line i of an aligned error-code table as a row: an HTTP status in
// the first column and an error code starting the second, or an error code alone in the
// first (alignedKey), each of the line's cells read in the column it starts in.
func (st *spaced) columnsCodeRow(i int, probe bool) *page.Row {
	d := st.d
	l := st.cols.split(d.raw(i))
	if !l.fits || l.lead != 0 || strings.Join(l.cells[1:], "") == "" {
		return nil
	}
	code, _, _ := strings.Cut(l.cells[1], " ")
	if st.cols.key == page.ColHTTPStatus && (!page.IsHTTPStatus(l.cells[0]) || !page.IsErrorCode(code)) ||
		st.cols.key == page.ColErrorCode && !page.IsErrorCode(l.cells[0]) {
		return nil
	}
	if probe {
		return &page.Row{}
	}
	if len(l.crossing) > 0 {
		d.p.Guess(d.no(i), "row %q: %s run past the start of the next column; each read in the column it starts in",
			l.cells[0], quoteAll(l.crossing))
	}
	return &page.Row{Line: d.no(i), Cells: l.cells, Depth: -1}
}

// warnCut warns, by name, of the rows of an aligned table that follow line i, a line of
// text that ended it fitting none of its columns (a name cell of two words): they read as
// no table.
func (st *spaced) warnCut(i int) {
	d := st.d
	var lost []string
	for j := d.nb(i + 1); j < len(d.lines) && !d.endsTable(j); j = d.nb(j + 1) {
		if st.columnsRow(j, true) != nil {
			lost = append(lost, st.cols.split(d.raw(j)).name)
		} else if _, ok := st.columnsContinue(j, false); !ok {
			break
		}
	}
	if len(lost) > 0 {
		d.p.Drop(d.no(i), "%sthe table ended at %q, which fits none of its columns; the rows after it read as no table",
			page.Lost("rows", lost), d.t(i))
	}
}

// translatedCells reports whether an aligned row's cells are those of a row whose name the
// page translated (translatedName, as spaced.translatedRow): a type word, then a Required
// word where the table has the column.
func (st *spaced) translatedCells(nm string, cells []string) bool {
	if !translatedName(nm) || !isType(cells[1]) {
		return false
	}
	c := st.tbl.Col(page.ColRequired)
	return c < 0 || isRequiredWord(cells[c])
}

// columnsContinue returns the cells line i adds to the row above in an aligned table: the
// name column blank, text in others (a cell wrapped at its column's width); after a blank
// line (a cell's next paragraph) the text must start at a column's start. ok is false when
// the line continues no row: it is a row, or fits no column.
func (st *spaced) columnsContinue(i int, afterBlank bool) (l colLine, ok bool) {
	raw := st.d.raw(i)
	l = st.cols.split(raw)
	if !l.fits || l.cells[0] != "" || st.columnsRow(i, true) != nil {
		return l, false
	}
	if afterBlank {
		ws := lineWords(raw, st.cols.wide)
		if len(ws) == 0 || !slices.Contains(st.cols.starts[1:], ws[0].at) {
			return l, false
		}
	}
	return l, true
}

// continueRow adds the cells of line i, which continues the table's last row
// (columnsContinue), to that row's (joinCells), with a guess naming the row where a word
// runs past the next column's start.
func (st *spaced) continueRow(i int, l colLine) {
	r := &st.tbl.Rows[len(st.tbl.Rows)-1]
	if len(l.crossing) > 0 {
		st.d.p.Guess(st.d.no(i), "row %q: %s run past the start of the next column; each read in the column it starts in",
			r.Cells[0], quoteAll(l.crossing))
	}
	st.d.joinCells(r, l.cells, st.d.blankBefore(i) && i != st.resume)
}

// joinCells adds a continuation line's cells to row r's: a cell wrapped at its column's
// width goes on after a space (none between two wide characters: CJK text wraps anywhere;
// nor after a hyphen a typesetter broke a word with, which goes, or after one of a word
// written with it, which stays: lineHyphen), a list item or a paragraph after a blank
// line (para) on a line of its own.
func (d *doc) joinCells(r *page.Row, cells []string, para bool) {
	for k, c := range cells {
		if c == "" || k >= len(r.Cells) {
			continue
		}
		prev := r.Cells[k]
		switch {
		case prev == "":
			r.Cells[k] = cellText(c)
		case para || isBullet(c):
			r.Cells[k] = prev + "\n" + cellText(c)
		default:
			a, _ := utf8.DecodeLastRuneInString(prev)
			b, _ := utf8.DecodeRuneInString(c)
			if glued, ok := d.glueHyphen(prev, c); ok {
				r.Cells[k] = glued
			} else if cellWidth(a, true) == 2 && cellWidth(b, true) == 2 {
				r.Cells[k] = prev + c
			} else {
				r.Cells[k] = prev + " " + c
			}
		}
	}
}

// glueHyphen joins line c to a cell's text prev where prev ends in a hyphen (lineHyphen):
// a typesetter's break goes, a word's own hyphen stays, and the lines glue either way.
// It reports false where prev ends in no such hyphen. The aligned tables and the spaced
// tables' description lines read their line ends by it alike.
func (d *doc) glueHyphen(prev, c string) (string, bool) {
	cut, drop, keep := d.lineHyphen(prev, c)
	switch {
	case drop:
		return cut + c, true // a word a typesetter broke with a hyphen
	case keep:
		return prev + c, true // a word written with a hyphen, wrapped after it
	}
	return "", false
}

// columnsDepths sets the rows' depths from the column their names start in (see split):
// where any name starts past the name column's start, the columns the table's names start
// in are its levels (page.IndentLevels); else the rows keep depth -1, as the spaced layout's.
// An unnamed first row (the response's root: columnsRow) holds every other row, a level
// above the top one, as the other layouts' root rows do.
func (st *spaced) columnsDepths() {
	rows, root := st.tbl.Rows, 0
	if len(rows) > 1 && rows[0].Cells[0] == "" {
		rows, root = rows[1:], 1
	}
	indents := make(map[int]float64, len(st.leads))
	for k, n := range st.leads {
		if n > 0 && k >= root {
			indents[k-root] = float64(n)
		}
	}
	if len(indents) == 0 {
		return
	}
	page.IndentLevels(rows, indents)
	if root == 1 {
		st.tbl.Rows[0].Depth = 0
		for k := range rows {
			rows[k].Depth++
		}
	}
}

// quoteAll quotes each word and joins them with commas.
func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for k, w := range ws {
		q[k] = strconv.Quote(w)
	}
	return strings.Join(q, ", ")
}

// singleSpaced is s with each run of spaces one space.
func singleSpaced(s string) string {
	var b strings.Builder
	for k := 0; k < len(s); k++ {
		if s[k] == ' ' && k > 0 && s[k-1] == ' ' {
			continue
		}
		b.WriteByte(s[k])
	}
	return b.String()
}
