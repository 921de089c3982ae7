package scrape

import (
	"slices"
	"strings"
)

// mysqlTable writes rows (the header first) as the s23pqmysqlnl shape does: the MySQL
// client's --table output (MariaDB's alike, checked against mariadb 10.11's), every other
// row's description holding line breaks (descBreaks), which the client writes raw, so
// that the row goes on over the lines below, its separators after the description's
// last line, misaligned: it pads each cell to its column counting a line break as one
// character (a column as wide as its widest cell so counted). The column names left-
// aligned, no rule between rows, "N rows in set (0.00 sec)" under the bottom rule; every
// other record the description before the column left of it (a SELECT's order of
// columns), and every third record the table indented as a block (pasted into an email
// or a Markdown code block: text_truth_test.go), its raw lines too.
func (p *truthPage) mysqlTable(rows [][]string) {
	n := len(rows[0])
	desc := slices.Index(rows[0], p.w.description)
	if desc > 0 && p.seq%2 == 1 { // the description before the column left of it (SELECT's order)
		moved := make([][]string, len(rows))
		for k, r := range rows {
			moved[k] = slices.Clone(r)
			if desc < len(r) {
				moved[k][desc-1], moved[k][desc] = r[desc], r[desc-1]
			}
		}
		rows, desc = moved, desc-1
	}
	cells := make([][]string, len(rows))
	widths := make([]int, n)
	width := func(s string) int { return shownWidth(strings.ReplaceAll(s, "\n", " "), true) }
	for k, r := range rows {
		cells[k] = make([]string, n)
		for c := range n {
			if c < len(r) {
				cells[k][c] = r[c]
			}
		}
		if k > 0 && desc >= 0 && cells[k][desc] != "" && (p.seq+k)%2 == 0 {
			cells[k][desc] += descBreaks(p.seq/2 + k)
		}
		for c, s := range cells[k] {
			widths[c] = max(widths[c], width(s))
		}
	}
	rule := func() {
		runs := make([]string, n)
		for c, w := range widths {
			runs[c] = strings.Repeat("-", w+2)
		}
		p.f("+%s+\n", strings.Join(runs, "+"))
	}
	rule()
	for k, r := range cells {
		parts := make([]string, n)
		for c, s := range r {
			parts[c] = s + strings.Repeat(" ", widths[c]-width(s))
		}
		p.f("| %s |\n", strings.Join(parts, " | "))
		if k == 0 {
			rule()
		}
	}
	rule()
	p.f("%d rows in set (0.00 sec)\n", len(rows)-1)
}

// boxTable writes rows (the header first) as the s23pqboxes shape does, by record: Python
// rich's default table (box.HEAVY_HEAD: "┏━┳━┓" over the header, its cells parted by "┃",
// "┡━╇━┩" under it, the rows' by "│", "└─┴─┘" under them) or a rounded outline (tabulate's
// rounded_outline, Go lipgloss's rounded border: "╭─┬─╮", "├─┼─┤" under the header,
// "╰─┴─╯"); a row a line, each cell padded to its column by display width.
func (p *truthPage) boxTable(rows [][]string) {
	n := len(rows[0])
	widths := make([]int, n)
	cell := func(r []string, c int) string {
		if c < len(r) {
			return r[c]
		}
		return ""
	}
	for _, r := range rows {
		for c := range n {
			widths[c] = max(widths[c], shownWidth(cell(r, c), true))
		}
	}
	// the rules over, under the header and under the rows: left, junction, right, rule;
	// the header's separator and the rows'
	top, head, bottom := [4]string{"╭", "┬", "╮", "─"}, [4]string{"├", "┼", "┤", "─"}, [4]string{"╰", "┴", "╯", "─"}
	headSep, sep := "│", "│"
	if p.seq%2 == 0 {
		top, head, bottom = [4]string{"┏", "┳", "┓", "━"}, [4]string{"┡", "╇", "┩", "━"}, [4]string{"└", "┴", "┘", "─"}
		headSep = "┃"
	}
	rule := func(r [4]string) {
		runs := make([]string, n)
		for c, w := range widths {
			runs[c] = strings.Repeat(r[3], w+2)
		}
		p.f("%s%s%s\n", r[0], strings.Join(runs, r[1]), r[2])
	}
	rule(top)
	for k, r := range rows {
		parts := make([]string, n)
		for c := range n {
			s := cell(r, c)
			parts[c] = s + strings.Repeat(" ", widths[c]-shownWidth(s, true))
		}
		s := sep
		if k == 0 {
			s = headSep
		}
		p.f("%s %s %s\n", s, strings.Join(parts, " "+s+" "), s)
		if k == 0 {
			rule(head)
		}
	}
	rule(bottom)
}
