package scrape

import (
	"regexp"
	"strings"
)

// gridShapes are the unseenShapes that draw a text page's Markdown tables (the mdtable
// layout) as grids, as other copies of a page do (page.PipeGrids), by record:
//
//   - grid: ASCII grids, pandoc's ("+====+" under the header, every row ruled, cells
//     wrapped), the same ruled "-" under the header, or MySQL's box (a row a line, no
//     wrapping);
//   - box: box drawing with wrapped cells, tabulate's fancy_grid ("╒═╤═╕", "╞═╪═╡") or
//     w3m's ("┌─┬─┐", "├─┼─┤" under the header and between rows), padded by display
//     width (w3m) or by characters;
//   - psql: psql's table, " a | b " over "---+---", no outer border, a row a line, and
//     every other record "(N rows)" after it;
//   - rst: reStructuredText's simple table, "=====  =====" over and under the header and
//     under the rows, padded by display width, the cells after the name and the type
//     wrapped onto lines of their own with those two blank;
//   - mysqlwrap: MySQL's box (a row a line, no rule between rows) whose cells after the
//     name wrap onto lines of their own at mysqlWrap columns, the name cell blank there
//     (a type "Array of" over "Object");
//   - psqlwrap: psql's table whose cells after the name hold line breaks, psql's "+" at
//     the end of each line of a cell but its last;
//   - gridgroup: the group shape's tables as pandoc's grids, each group's title a cell
//     spanning columns (gridSpan): by record the whole width, ruled above and below by
//     lines with no junctions inside the span; all columns but the last, ruled so; or
//     the whole width, ruled with every junction (as pandoc rules it);
//   - gridblanks: the grid shape, which copiedPage gives a blank line between every two
//     lines;
//   - pandocml: pandoc's multiline tables, no separators: a line of dashes over the
//     header and under the rows, the columns' runs of dashes under the header, the cells
//     after the name wrapped within their columns, a blank line after each row; every
//     third record without the lines of dashes over and under it;
//   - psqlhead: psql's table whose column names hold line breaks, a word a line (the words
//     shape's header words, "Parameter" over "name"), each line centred and every one but a
//     name's last marked "+" (psqlTable);
//   - psqlwrapped: psql's table as `\pset format wrapped` prints it: the cells after the
//     type cut at their column's width, mid-word, each cut marked "." at the column's edge
//     and at the start of the line below; every other record the psqlhead shape's header,
//     every third record in the unicode line style ("│", "─┼─", "↵" and "…" for the marks);
//     in both shapes every third record framed (\pset border 2: "+---+" over, under the
//     header and under the rows, "|" on either side).
//   - namebreak: grids whose name column is narrower than the longest names, which are cut
//     at its width, mid-word, onto the lines below (as tabulate's maxcolwidths and w3m
//     break a word longer than its column: "InstanceChar" over "geType"), the cells after
//     the type wrapped at their words; by record tabulate's psql format (a MySQL box: a row
//     a line, the rest of a name on the next line beside the rest of the description or
//     beside blank cells), tabulate's grid ("=" under the header, every row ruled) or its
//     fancy_grid (box drawing, every row ruled).
var gridShapes = map[string]bool{"grid": true, "box": true, "psql": true, "rst": true, "mysqlwrap": true, "psqlwrap": true, "gridgroup": true, "gridblanks": true, "pandocml": true,
	"psqlhead": true, "psqlwrapped": true, "namebreak": true, "u4pandoc": true, "s22hdnarrow": true}

// gridWrap is the width at which the grid and box shapes wrap a cell's text (not a name's);
// mysqlWrap the mysqlwrap shape's, which wraps the type "Array of Object"; nameBreak the
// namebreak shape's name column's width (more by record).
const (
	gridWrap  = 16
	mysqlWrap = 10
	nameBreak = 12
)

// gridRow adds cells to the current table in a grid shape, the header first; false in
// other shapes. The markup shapes are a text page's: a Markdown page's shape of the same
// name (gfm+tabs, MkDocs tabs around the samples) keeps its pipe tables.
func (p *truthPage) gridRow(cells []string) bool {
	if !gridShapes[p.shape] && !(markupShapes[p.shape] && p.text) {
		return false
	}
	p.grid = append(p.grid, append([]string(nil), cells...))
	return true
}

// drawGrid writes the current table of a grid shape and starts the next.
func (p *truthPage) drawGrid() {
	rows := p.grid
	p.grid = nil
	if len(rows) == 0 {
		return
	}
	if markupShapes[p.shape] {
		p.drawMarkup(rows)
		return
	}
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	if p.shape == "psqlhead" || p.shape == "psqlwrapped" {
		p.psqlTable(rows, n)
		return
	}
	if p.shape == "s22hdnarrow" {
		p.narrowGrid(rows, n)
		return
	}
	variant := p.seq % 3
	if p.shape == "box" {
		variant = p.seq % 2
	}
	if p.shape == "namebreak" && variant == 2 {
		variant = 0 // fancy_grid
	}
	wrap := p.shape != "psql" && !(p.shape == "grid" && variant == 2) && p.shape != "u4pandoc"
	limit := gridWrap
	if p.shape == "mysqlwrap" {
		limit = mysqlWrap
	}
	displayWidth := p.shape == "box" && variant == 1 || p.shape == "psql" || p.shape == "psqlwrap" || p.shape == "rst" || p.shape == "pandocml" ||
		p.shape == "u4pandoc"
	from := 1 // the first column wrapped
	if p.shape == "rst" || p.shape == "namebreak" {
		from = 2
	}
	// each row's cells as lines
	lines := make([][][]string, len(rows))
	widths := make([]int, n)
	for k, r := range rows {
		lines[k] = make([][]string, n)
		for c := range n {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			ls := []string{cell}
			if wrap && c >= from {
				ls = wrapWords(cell, limit, false)
			}
			if p.shape == "namebreak" && c == 0 && k > 0 {
				ls = breakWord(cell, nameBreak+2*(p.seq%3))
				if len(ls) > 1 { // the whole name for the scorer's eyes, which copiedPage drops
					ls[0] += fullNameMark + cell + fullNameEnd
				}
			}
			lines[k][c] = ls
			for _, l := range ls {
				widths[c] = max(widths[c], shownWidth(fullNameRE.ReplaceAllString(l, ""), displayWidth))
			}
		}
	}
	pad := func(s string, c int) string {
		return s + strings.Repeat(" ", widths[c]-shownWidth(fullNameRE.ReplaceAllString(s, ""), displayWidth))
	}
	// glyphs: left, junction, right, horizontal for the top, header, row and bottom rules,
	// and the vertical separator
	type rule struct{ l, j, r, h string }
	var top, head, mid, bottom rule
	sep := "|"
	switch {
	case p.shape == "box" && variant == 0 || p.shape == "namebreak" && p.seq%3 == 2:
		top, head, mid, bottom = rule{"╒", "╤", "╕", "═"}, rule{"╞", "╪", "╡", "═"}, rule{"├", "┼", "┤", "─"}, rule{"╘", "╧", "╛", "═"}
		sep = "│"
	case p.shape == "box":
		top, head, mid, bottom = rule{"┌", "┬", "┐", "─"}, rule{"├", "┼", "┤", "─"}, rule{"├", "┼", "┤", "─"}, rule{"└", "┴", "┘", "─"}
		sep = "│"
	case variant == 0 && p.shape != "mysqlwrap":
		top, head, mid, bottom = rule{"+", "+", "+", "-"}, rule{"+", "+", "+", "="}, rule{"+", "+", "+", "-"}, rule{"+", "+", "+", "-"}
	default:
		top = rule{"+", "+", "+", "-"}
		head, mid, bottom = top, top, top
	}
	spans := make([]int, len(rows)) // the columns the first cell of each row spans
	for k, r := range rows {
		spans[k] = p.gridSpan(k, r, n)
	}
	// line draws a rule between rows above and below (-1: none): a junction inside a
	// span drawn as the rule, by record where either row spans it or where both do
	line := func(r rule, above, below int) {
		var b strings.Builder
		b.WriteString(r.l)
		for c := range n {
			b.WriteString(strings.Repeat(r.h, widths[c]+2))
			if c == n-1 {
				break
			}
			in := func(k int) bool { return k >= 0 && c < spans[k]-1 }
			if either := variant != 2; either && (in(above) || in(below)) || in(above) && in(below) {
				b.WriteString(r.h)
			} else {
				b.WriteString(r.j)
			}
		}
		p.f("%s%s\n", b.String(), r.r)
	}
	if p.shape == "psql" || p.shape == "psqlwrap" {
		for k, r := range lines {
			p.psqlLines(r, pad)
			if k == 0 {
				rule := make([]string, n)
				for c := range n {
					rule[c] = strings.Repeat("-", widths[c]+2)
				}
				p.f("%s\n", strings.Join(rule, "+"))
			}
		}
		if p.seq%2 == 0 {
			p.f("(%d rows)\n", len(rows)-1)
		}
		return
	}
	switch p.shape {
	case "rst":
		p.rst(lines, widths, pad)
		return
	case "pandocml":
		p.multiline(lines, widths, pad)
		return
	case "u4pandoc":
		p.pandocSimple(lines, widths, pad)
		return
	}
	line(top, -1, 0)
	for k, r := range lines {
		for _, cells := range bandLines(r) {
			var parts []string
			for c := 0; c < n; c++ {
				s := cells[c]
				if span := spans[k]; c == 0 && span > 1 { // one cell over span columns
					w := 3 * (span - 1)
					for _, x := range widths[:span] {
						w += x
					}
					parts = append(parts, s+strings.Repeat(" ", w-shownWidth(s, displayWidth)))
					c = span - 1
					continue
				}
				parts = append(parts, pad(s, c))
			}
			p.f("%s %s %s\n", sep, strings.Join(parts, " "+sep+" "), sep)
		}
		switch {
		case k == len(lines)-1:
			line(bottom, k, -1)
		case k == 0:
			line(head, k, k+1)
		case p.shape == "box" || p.shape == "gridgroup" || p.shape == "namebreak" && p.seq%3 != 1 ||
			variant != 2 && p.shape != "mysqlwrap" && p.shape != "namebreak":
			line(mid, k, k+1)
		}
	}
}

// gridSpan is how many columns the first cell of row k (of n columns) spans: in the
// gridgroup shape a group's title row (a bold first cell, the others empty) spans the
// whole width, or every column but the last (by record); 1 for other rows.
func (p *truthPage) gridSpan(k int, cells []string, n int) int {
	if p.shape != "gridgroup" || k == 0 || !strings.HasPrefix(cells[0], "**") || strings.Join(cells[1:], "") != "" {
		return 1
	}
	if p.seq%3 == 1 {
		return n - 1
	}
	return n
}

// psqlLines writes a row of psql's table: cells its cells' lines, pad a cell's text padded
// to its column; a cell's line but its last ends with psql's "+", in place of the blank
// after it.
func (p *truthPage) psqlLines(cells [][]string, pad func(string, int) string) {
	height := 1
	for _, ls := range cells {
		height = max(height, len(ls))
	}
	for h := range height {
		var b strings.Builder
		for c, ls := range cells {
			s, after := "", " "
			if h < len(ls) {
				s = ls[h]
			}
			if h+1 < len(ls) {
				after = "+"
			}
			if c > 0 {
				b.WriteString("|")
			}
			b.WriteString(" " + pad(s, c) + after)
		}
		p.f("%s\n", strings.TrimRight(b.String(), " "))
	}
}

// multiline writes a grid shape's table as pandoc's multiline table: lines its rows' cells
// as lines, widths its columns' widths, pad a cell's text padded to its column.
func (p *truthPage) multiline(lines [][][]string, widths []int, pad func(string, int) string) {
	runs := make([]string, len(widths))
	for c, w := range widths {
		runs[c] = strings.Repeat("-", w)
	}
	rule := strings.Join(runs, " ")
	edge := strings.Repeat("-", len(rule)) + "\n"
	if p.seq%3 == 2 {
		edge = ""
	}
	p.f("%s", edge)
	for k, r := range lines {
		p.cellLines(r, pad, " ", "")
		switch {
		case k == 0:
			p.f("%s\n", rule)
		case k < len(lines)-1:
			p.f("\n")
		}
	}
	p.f("%s", edge)
}

// pandocSimple writes a table as pandoc's plain text writes a simple one (pandoc -t plain
// of an HTML page): every line indented by two spaces, each column two wider than its
// widest cell and parted from the next by a space, the header underlined by a run of
// dashes a column, a row a line, the table ended by a blank line; every third record as
// pandoc writes a table with no <thead>, the header a row between two such rules.
func (p *truthPage) pandocSimple(lines [][][]string, widths []int, pad func(string, int) string) {
	wider := func(s string, c int) string { return pad(s, c) + "  " }
	runs := make([]string, len(widths))
	for c, w := range widths {
		runs[c] = strings.Repeat("-", w+2)
	}
	rule := "  " + strings.Join(runs, " ") + "\n"
	headerless := p.seq%3 == 2
	if headerless {
		p.f("%s", rule)
	}
	for k, r := range lines {
		p.cellLines(r, wider, " ", "  ")
		if k == 0 && !headerless || k == len(lines)-1 && headerless {
			p.f("%s", rule)
		}
	}
}

// cellLines writes row r of a table without separators, its cells' lines side by side,
// each padded to its column (pad), the columns parted by sep, each line led by lead (an
// indent): a line for the row's tallest cell's every line.
func (p *truthPage) cellLines(r [][]string, pad func(string, int) string, sep, lead string) {
	for _, parts := range bandLines(r) {
		for c, s := range parts {
			parts[c] = pad(s, c)
		}
		p.f("%s%s\n", lead, strings.TrimRight(strings.Join(parts, sep), " "))
	}
}

// bandLines is a table row drawn over lines (r: each cell's lines) as its text lines, each
// the cells' text on it, "" where a cell has fewer lines than the row.
func bandLines(r [][]string) [][]string {
	height := 1
	for _, ls := range r {
		height = max(height, len(ls))
	}
	out := make([][]string, height)
	for h := range out {
		out[h] = make([]string, len(r))
		for c := range r {
			if h < len(r[c]) {
				out[h][c] = r[c][h]
			}
		}
	}
	return out
}

// rst writes a grid shape's table as a reStructuredText simple table: lines its rows'
// cells as lines, widths its columns' widths, pad a cell's text padded to its column.
func (p *truthPage) rst(lines [][][]string, widths []int, pad func(string, int) string) {
	rule := make([]string, len(widths))
	for c, w := range widths {
		rule[c] = strings.Repeat("=", w)
	}
	p.f("%s\n", strings.Join(rule, "  "))
	for k, r := range lines {
		p.cellLines(r, pad, "  ", "")
		if k == 0 || k == len(lines)-1 {
			p.f("%s\n", strings.Join(rule, "  "))
		}
	}
}

// psqlHeadLines reports whether the page's psql tables have column names of several lines
// (the psqlhead shape, every other psqlwrapped record): the words shape's header words.
func (p *truthPage) psqlHeadLines() bool {
	return p.shape == "psqlhead" || p.shape == "psqlwrapped" && p.seq%2 == 1
}

// psqlStyle is a psql line style's glyphs: the rule, its junction and the column
// separator, and the marks of a header line going on (after the cell), of a cell's line
// break (after the cell) and of a cell's wrap (after the cell and before the rest).
type psqlStyle struct {
	rule, junction, sep, headNL, nl, wrap string
	border2                               bool // \pset border 2: a frame around the table
	// border0 is \pset border 0: no frame and no separators, the columns parted by a
	// blank, the rule a run of rules a column (print.c's _print_horizontal_line); old-ascii
	// marks a header line going on by headNL in the blank left of each column but the first
	border0 bool
	// old is psql's old-ascii line style: a header line going on opens each cell with
	// headNL, a line going on with a row has oldWrap in place of the separator left of a
	// cell whose text goes on, a blank left of one that has none
	old bool
}

// oldWrap is old-ascii's mark of a cell's text cut at its column's width.
const oldWrap = ";"

// edge is a line of the table between the frame's sides where it has one.
func (st psqlStyle) edge(line string) string {
	if st.border2 {
		return st.sep + line + st.sep
	}
	return line
}

// psqlTable writes rows (the header first, n columns) as psql's aligned or wrapped format
// with border 1 prints them (print.c, print_aligned_text): header lines centred, every
// cell left-aligned; in the psqlwrapped shape the columns after the type no wider than
// psqlWrapAt, their text cut there (at a display column, mid-word).
func (p *truthPage) psqlTable(rows [][]string, n int) {
	st := psqlStyle{rule: "-", junction: "+", sep: "|", headNL: "+", nl: "+", wrap: "."}
	if p.shape == "psqlwrapped" && p.seq%3 == 2 {
		st = psqlStyle{rule: "─", junction: "┼", sep: "│", headNL: "↵", nl: "↵", wrap: "…"}
	}
	if p.oldASCII {
		st = psqlStyle{rule: "-", junction: "+", sep: "|", headNL: "+", old: true}
	}
	st.border2 = p.seq%3 == 1 && !p.psqlBorder0
	st.border0 = p.psqlBorder0
	head := make([][]string, n)
	widths := make([]int, n)
	for c := range n {
		h := ""
		if c < len(rows[0]) {
			h = rows[0][c]
		}
		head[c] = []string{h}
		if p.psqlHeadLines() && strings.TrimSpace(h) != "" {
			head[c] = strings.Fields(h)
		}
		for _, l := range head[c] {
			widths[c] = max(widths[c], shownWidth(l, true))
		}
	}
	body := make([][]string, len(rows)-1)
	for k, r := range rows[1:] {
		body[k] = make([]string, n)
		copy(body[k], r)
		for c, cell := range body[k] {
			w := shownWidth(cell, true)
			if p.shape == "psqlwrapped" && c >= 2 {
				w = min(w, psqlWrapAt+4*(p.seq%3)) // never narrower than the header (widths)
			}
			widths[c] = max(widths[c], w)
		}
	}
	runs := make([]string, n)
	for c := range n {
		runs[c] = strings.Repeat(st.rule, widths[c]+2)
	}
	rule := strings.Join(runs, st.junction)
	if st.border0 {
		for c := range n {
			runs[c] = strings.Repeat(st.rule, widths[c])
		}
		rule = strings.Join(runs, " ")
	}
	frame := st.junction + rule + st.junction // border 2's rules
	for l := 0; ; l++ {
		var b strings.Builder
		more := false
		for c := range n {
			s := ""
			if l < len(head[c]) {
				s = head[c][l]
			}
			pad := widths[c] - shownWidth(s, true)
			open := " "
			if st.old && l > 0 {
				open = st.headNL // every cell's, as psql marks them
			}
			if st.border0 && (c == 0 || !st.old) {
				open = ""
			}
			b.WriteString(open + strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", (pad+1)/2))
			if st.border0 {
				more = more || l+1 < len(head[c])
				if !st.old && l+1 < len(head[c]) {
					b.WriteString(st.headNL) // the ascii style marks a name going on after it
				} else if !st.old {
					b.WriteString(" ")
				}
				continue // no separator
			}
			if st.old {
				b.WriteString(" ")
				more = more || l+1 < len(head[c])
			} else if l+1 < len(head[c]) {
				b.WriteString(st.headNL)
				more = true
			} else {
				b.WriteString(" ")
			}
			if c < n-1 {
				b.WriteString(st.sep)
			}
		}
		if l == 0 && st.border2 {
			p.f("%s\n", frame)
		}
		p.f("%s\n", st.edge(b.String()))
		if !more {
			break
		}
	}
	if st.border2 {
		p.f("%s\n", frame)
	} else {
		p.f("%s\n", rule)
	}
	for _, r := range body {
		if st.border0 {
			p.psqlRow0(r, widths, st)
			continue
		}
		p.psqlRow(r, widths, st)
	}
	if st.border2 {
		p.f("%s\n", frame)
	}
	if p.seq%2 == 0 {
		p.f("(%d rows)\n", len(body))
	}
}

// psqlWrapAt is the width the psqlwrapped shape cuts a description or an example at (more
// by record).
const psqlWrapAt = 18

// psqlRow writes a row of psql's table whose columns are widths wide (st its line style):
// each cell's text cut into pieces of its column's width, a piece that the text goes on
// after marked st.wrap after it and before the next, as print_aligned_text does.
func (p *truthPage) psqlRow(cells []string, widths []int, st psqlStyle) {
	rest := append([]string(nil), cells...)
	wrapped := make([]bool, len(cells)) // the cell's text goes on from the line above
	for l, more := 0, true; more; l++ {
		more = false
		var b strings.Builder
		for c := range cells {
			last := c == len(cells)-1
			if wrapped[c] && !st.old {
				b.WriteString(st.wrap)
			} else {
				b.WriteString(" ")
			}
			piece, w := cutColumns(rest[c], widths[c])
			rest[c] = rest[c][len(piece):]
			wrapped[c] = rest[c] != ""
			more = more || wrapped[c]
			b.WriteString(piece)
			if !last || wrapped[c] || st.border2 {
				b.WriteString(strings.Repeat(" ", widths[c]-w))
			}
			switch {
			case wrapped[c] && !st.old:
				b.WriteString(st.wrap)
			case !last || st.border2 || wrapped[c]:
				b.WriteString(" ")
			}
			switch {
			case last:
			case st.old && l > 0 && wrapped[c+1]:
				b.WriteString(oldWrap) // the next cell goes on from the line above
			case st.old && l > 0:
				b.WriteString(" ")
			default:
				b.WriteString(st.sep)
			}
		}
		p.f("%s\n", st.edge(b.String()))
	}
}

// psqlRow0 writes a row of psql's table with border 0 (st its line style): each cell's
// text cut into pieces of its column's width, a column's piece padded to its width and a
// mark after it, but for the last column's last piece: the ascii style's wrap mark (".")
// after a piece the text goes on after, old-ascii's blank, a blank after others.
func (p *truthPage) psqlRow0(cells []string, widths []int, st psqlStyle) {
	rest := append([]string(nil), cells...)
	for more := true; more; {
		more = false
		var b strings.Builder
		for c := range cells {
			piece, w := cutColumns(rest[c], widths[c])
			rest[c] = rest[c][len(piece):]
			b.WriteString(piece)
			switch {
			case rest[c] != "" && !st.old:
				b.WriteString(strings.Repeat(" ", widths[c]-w) + st.wrap)
			case c < len(cells)-1 || rest[c] != "":
				b.WriteString(strings.Repeat(" ", widths[c]-w) + " ")
			}
			more = more || rest[c] != ""
		}
		p.f("%s\n", b.String())
	}
}

// cutColumns is the head of s that fits in width display columns, and its width.
func cutColumns(s string, width int) (string, int) {
	w := 0
	for k, r := range s {
		if w+runeColumns(r, true) > width {
			return s[:k], w
		}
		w += runeColumns(r, true)
	}
	return s, w
}

// fullNameMark and fullNameEnd enclose the whole name after the first piece of a name that
// the namebreak shape cuts: the page rendered shows it (the scorer counts a name that a
// page shows), the copy read drops it (copiedPage), as it drops no other name shown.
const (
	fullNameMark = "\x01"
	fullNameEnd  = "\x02"
)

// fullNameRE matches a whole name so enclosed.
var fullNameRE = regexp.MustCompile(fullNameMark + "[^" + fullNameEnd + "]*" + fullNameEnd)

// breakWord cuts s into pieces of width characters, mid-word, as Python's textwrap cuts a
// word longer than its width.
func breakWord(s string, width int) []string {
	var out []string
	for rs := []rune(s); ; rs = rs[width:] {
		if len(rs) <= width {
			return append(out, string(rs))
		}
		out = append(out, string(rs[:width]))
	}
}
