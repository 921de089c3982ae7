package scrape

import (
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
//     third record without the lines of dashes over and under it.
var gridShapes = map[string]bool{"grid": true, "box": true, "psql": true, "rst": true, "mysqlwrap": true, "psqlwrap": true, "gridgroup": true, "gridblanks": true, "pandocml": true}

// gridWrap is the width at which the grid and box shapes wrap a cell's text (not a name's);
// mysqlWrap the mysqlwrap shape's, which wraps the type "Array of Object".
const (
	gridWrap  = 16
	mysqlWrap = 10
)

// gridRow adds cells to the current table in a grid shape, the header first; false in
// other shapes.
func (p *truthPage) gridRow(cells []string) bool {
	if !gridShapes[p.shape] && !markupShapes[p.shape] {
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
	variant := p.seq % 3
	if p.shape == "box" {
		variant = p.seq % 2
	}
	wrap := p.shape != "psql" && !(p.shape == "grid" && variant == 2)
	limit := gridWrap
	if p.shape == "mysqlwrap" {
		limit = mysqlWrap
	}
	displayWidth := p.shape == "box" && variant == 1 || p.shape == "psql" || p.shape == "psqlwrap" || p.shape == "rst" || p.shape == "pandocml"
	from := 1 // the first column wrapped
	if p.shape == "rst" {
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
			lines[k][c] = ls
			for _, l := range ls {
				widths[c] = max(widths[c], shownWidth(l, displayWidth))
			}
		}
	}
	pad := func(s string, c int) string {
		return s + strings.Repeat(" ", widths[c]-shownWidth(s, displayWidth))
	}
	// glyphs: left, junction, right, horizontal for the top, header, row and bottom rules,
	// and the vertical separator
	type rule struct{ l, j, r, h string }
	var top, head, mid, bottom rule
	sep := "|"
	switch {
	case p.shape == "box" && variant == 0:
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
	if p.shape == "rst" {
		p.rst(lines, widths, pad)
		return
	}
	if p.shape == "pandocml" {
		p.multiline(lines, widths, pad)
		return
	}
	line(top, -1, 0)
	for k, r := range lines {
		height := 1
		for _, ls := range r {
			height = max(height, len(ls))
		}
		for h := range height {
			var parts []string
			for c := 0; c < n; c++ {
				s := ""
				if h < len(r[c]) {
					s = r[c][h]
				}
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
		case p.shape == "box" || p.shape == "gridgroup" || variant != 2 && p.shape != "mysqlwrap":
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
		p.cellLines(r, pad, " ")
		switch {
		case k == 0:
			p.f("%s\n", rule)
		case k < len(lines)-1:
			p.f("\n")
		}
	}
	p.f("%s", edge)
}

// cellLines writes row r of a table without separators, its cells' lines side by side,
// each padded to its column (pad), the columns parted by sep: a line for the row's
// tallest cell's every line.
func (p *truthPage) cellLines(r [][]string, pad func(string, int) string, sep string) {
	height := 1
	for _, ls := range r {
		height = max(height, len(ls))
	}
	for h := range height {
		parts := make([]string, len(r))
		for c := range r {
			s := ""
			if h < len(r[c]) {
				s = r[c][h]
			}
			parts[c] = pad(s, c)
		}
		p.f("%s\n", strings.TrimRight(strings.Join(parts, sep), " "))
	}
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
		p.cellLines(r, pad, "  ")
		if k == 0 || k == len(lines)-1 {
			p.f("%s\n", strings.Join(rule, "  "))
		}
	}
}
