package scrape

import (
	"strings"
)

// narrowGrid writes rows (the header first, n columns) as the s22hdnarrow shape's grid: a
// grid table narrower than its words, every row ruled, every cell wrapped at its column's
// width (narrowWidth), the header's too, and a word longer than its column cut into
// chunks (narrowCell). By record: pandoc's grid table (-t haddock, rst, markdown: "+===+"
// under the header, a long word started on a line of its own, its first chunk the rest
// of its length and every other filling the column: "P" over "arameter"); tabulate's
// fancy_grid (box drawing, "╞═╪═╡" under the header, chunks filling the column from the
// word's start: "Paramete" over "r"); Emacs's table.el ("+---+" under the header too, no
// blank padding a cell's text, chunks from the start).
func (p *truthPage) narrowGrid(rows [][]string, n int) {
	style := p.seq % 3
	lines := make([][][]string, len(rows))
	widths := make([]int, n)
	for k, r := range rows {
		lines[k] = make([][]string, n)
		for c := range n {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			ls := narrowCell(cell, p.narrowWidth(c), style == 0)
			if c == 0 && k > 0 && len(ls) > 1 { // the whole name for the scorer's eyes, which copiedPage drops
				ls[0] += fullNameMark + cell + fullNameEnd
			}
			lines[k][c] = ls
			for _, l := range ls {
				widths[c] = max(widths[c], shownWidth(fullNameRE.ReplaceAllString(l, ""), true))
			}
		}
	}
	pad := " "
	left, junction, right, sep, rule, head := "+", "+", "+", "|", "-", "="
	switch style {
	case 1:
		left, junction, right, sep, rule, head = "├", "┼", "┤", "│", "─", "═"
	case 2:
		pad, head = "", "-"
	}
	border := func(l, j, r, h string) {
		parts := make([]string, n)
		for c := range n {
			parts[c] = strings.Repeat(h, widths[c]+2*len(pad))
		}
		p.f("%s%s%s\n", l, strings.Join(parts, j), r)
	}
	if style == 1 {
		border("╒", "╤", "╕", "═")
	} else {
		border(left, junction, right, rule)
	}
	for k, r := range lines {
		for _, parts := range bandLines(r) {
			for c, s := range parts {
				parts[c] = pad + s + strings.Repeat(" ", widths[c]-shownWidth(fullNameRE.ReplaceAllString(s, ""), true)) + pad
			}
			p.f("%s%s%s\n", sep, strings.Join(parts, sep), sep)
		}
		switch {
		case k == len(lines)-1 && style == 1:
			border("╘", "╧", "╛", "═")
		case k == 0 && style == 1:
			border("╞", "╪", "╡", head)
		case k == 0:
			border(left, junction, right, head)
		default:
			border(left, junction, right, rule)
		}
	}
}

// narrowWidth is the width the s22hdnarrow shape wraps column c at: the name column
// narrower than most names, by record, the others narrower than most words.
func (p *truthPage) narrowWidth(c int) int {
	if c == 0 {
		return 8 + 2*(p.seq%2)
	}
	return 8
}

// narrowCell is a cell's text wrapped at width display columns: at its blanks and after a
// Markdown line break ("<br>"), and a word longer than width (but for one holding markup)
// cut into chunks on lines of their own, as pandoc cuts one (fromEnd:
// the first chunk the rest of the word's length, every other filling the column) or as
// tabulate and table.el do (chunks filling the column from the word's start, the last
// one the rest, which the next words may follow).
func narrowCell(s string, width int, fromEnd bool) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(strings.ReplaceAll(s, "<br>", "<br> ")) {
		if shownWidth(w, true) > width && !strings.ContainsAny(w, "<&") { // markup stays whole
			if cur != "" {
				out, cur = append(out, cur), ""
			}
			chunks := wordChunks(w, width, fromEnd)
			out = append(out, chunks[:len(chunks)-1]...)
			cur = chunks[len(chunks)-1]
			continue
		}
		switch {
		case cur == "":
			cur = w
		case shownWidth(cur+" "+w, true) <= width:
			cur += " " + w
		default:
			out, cur = append(out, cur), w
		}
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// wordChunks cuts a word into chunks of width display columns (narrowCell): the odd
// chunk first where fromEnd, last where not.
func wordChunks(w string, width int, fromEnd bool) []string {
	rs := []rune(w)
	if fromEnd {
		var out []string
		for len(rs) > 0 {
			k, cw := len(rs), 0
			for k > 0 && cw+runeColumns(rs[k-1], true) <= width {
				k--
				cw += runeColumns(rs[k], true)
			}
			out = append([]string{string(rs[k:])}, out...)
			rs = rs[:k]
		}
		return out
	}
	var out []string
	for len(rs) > 0 {
		k, cw := 0, 0
		for k < len(rs) && cw+runeColumns(rs[k], true) <= width {
			cw += runeColumns(rs[k], true)
			k++
		}
		out = append(out, string(rs[:k]))
		rs = rs[k:]
	}
	return out
}
