package scrape

import (
	"strings"

	"golang.org/x/text/width"
)

// The columns shapes of unseenShapes write the spaced convention's parameter tables in
// aligned columns, as lynx -dump, w3m -dump, column -t and PDF-to-text exports write an
// HTML table: the header's column words padded to the width of their column, each row's
// cells starting where their column does, and a description longer than its column (40
// columns wide) wrapping onto the next lines at its column's position, the other columns
// blank; an example longer than 24 columns and a type longer than 10 ("Array of String",
// as a narrow dump wraps it: "Array of" over "String") too, where they have spaces to
// wrap at.
//
//   - columns: English, or every fourth record the words shape's header words (header cells
//     of several words: "Parameter name  Data type  Mandatory  Sample value"), in the
//     language of their set; a blank line after each row every other record; a nested row's name
//     indented two spaces a level (every third record) or carrying "└ " after them (the
//     next third), the others flat as the spaced layout writes them (an RPC request's
//     dotted names always are);
//   - zhcolumns: the Chinese site's words, each description followed by a Chinese sentence
//     that wraps anywhere; every other record aligned by display width, a wide character
//     taking two columns as a terminal shows it, the others by character count (a program
//     padding with str.ljust); a blank line after each row every other pair of records;
//   - colheads: as columns, with the words shape's header words (headerWordSets), each header
//     cell wrapped at the width of its column's widest cell (at least its longest word's)
//     over two lines or more, as lynx wraps a <th>: "Parameter" over "Type";
//   - centred: as columns, each header cell centred over its column, as w3m writes a <th>;
//     every other record with the words shape's header words wrapped as colheads wraps
//     them, each line centred, every other of those a cell of fewer lines than the header
//     on its middle lines (a <th> centred vertically too);
//   - colindex: as columns, with the index shape's row numbers in a column of their own
//     before the names ("#", "No.", 序号);
//   - colbreak: as columns, the name column narrower than the longest names (nameBreak,
//     more by record), which are cut at its width, mid-word, onto the lines below, as a
//     PDF export or a dump that breaks long words writes them ("InstanceChar" over
//     "geType"), beside the rest of the description or beside blank cells.
//
// colheads, centred and colindex pages are aligned by character count every other record
// (as zhcolumns), centred and colindex pages in the Chinese site's words every fourth
// record.

// columnsShape reports whether the page is in a columns shape.
func (p *truthPage) columnsShape() bool {
	switch p.shape {
	case "columns", "zhcolumns", "colheads", "centred", "colindex", "colbreak", "pdfcolumns", "lgcolumns", manShape, manColShape:
		return true
	}
	return false
}

// alignedRow is a row of a columns shape's table, kept until the table's widths are known.
type alignedRow struct {
	cells []string
	depth int // the row's depth where its name shows it (not a dotted name), else 0
}

// alignedWide reports whether the page aligns its columns by display width: the columns
// shape's always, the others' every other record.
func (p *truthPage) alignedWide() bool {
	return p.shape == "columns" || p.shape == "lgcolumns" && p.seq/len(lgLangs)%2 == 0 || p.shape != "lgcolumns" && p.seq%2 == 0
}

// alignedCell is a row's cells in the columns shapes: the description longer, Chinese
// text after it on a zhcolumns page.
func (p *truthPage) alignedCells(cells []string, example, desc string, depth int, req bool) alignedRow {
	if desc != "" {
		desc += " It is documented here at some length, so that the cell wraps in its column."
		if p.shape == "zhcolumns" {
			desc += "取值请参见相关文档，不传入时使用默认值，详情请参见产品文档。"
		}
		if p.shape == "lgcolumns" {
			desc += " " + lgSentences[p.w.lang]
		}
	}
	r := alignedRow{cells: append(cells, example, desc)}
	if !p.dotted(req) {
		r.depth = depth
	}
	return r
}

// alignedTable writes the table of header cols and rows in aligned columns: the colindex
// shape's row numbers in a column of their own before the names, the colheads shape's
// header cells wrapped in their columns, the centred shape's centred over them.
func (p *truthPage) alignedTable(cols []string, rows []alignedRow) {
	if p.shape == manShape || p.shape == manColShape {
		p.manTable(cols, rows)
		return
	}
	wide := p.alignedWide()
	name := 0 // the name column
	if p.shape == "colindex" {
		name = 1
	}
	limits := make([]int, len(cols))
	limits[name+1], limits[len(cols)-2], limits[len(cols)-1] = 10, 24, 40
	lead := func(r alignedRow) string {
		switch {
		case r.depth == 0 || p.seq%3 == 2 || p.shape == "zhcolumns":
			return ""
		case p.seq%3 == 0:
			return strings.Repeat("  ", r.depth)
		}
		return strings.Repeat("  ", r.depth-1) + "└ "
	}
	// colbreak's name column: nameBreak wide (by record), and wide enough for the deepest
	// row's indent and a few letters of its name, as a tool sizes the column to its cells'
	// leads (cut narrower, a deep row's name cell was blank and its name the line below's)
	cut := nameBreak + 2*(p.seq%3)
	for _, r := range rows {
		cut = max(cut, shownWidth(lead(r), wide)+4)
	}
	wrapped := make([][][]string, len(rows)) // row, column, line
	widths := make([]int, len(cols))
	if !p.wrapsHeader() {
		for k, c := range cols {
			widths[k] = shownWidth(c, wide)
		}
	}
	for i, r := range rows {
		r.cells[name] = lead(r) + r.cells[name]
		wrapped[i] = make([][]string, len(cols))
		for k, c := range r.cells {
			ls := []string{c}
			if limits[k] > 0 {
				ls = wrapWords(c, limits[k], wide)
			}
			if p.shape == "colbreak" && k == name {
				ls = breakWord(c, cut)
				if len(ls) > 1 { // the whole name for the scorer's eyes, which copiedPage drops
					ls[0] += fullNameMark + strings.TrimSpace(c) + fullNameEnd
				}
			}
			wrapped[i][k] = ls
			for _, l := range ls {
				widths[k] = max(widths[k], shownWidth(fullNameRE.ReplaceAllString(l, ""), wide))
			}
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		for k, c := range cells {
			b.WriteString(c)
			if k < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[k]-shownWidth(fullNameRE.ReplaceAllString(c, ""), wide)+2))
			}
		}
		p.f("%s\n", strings.TrimRight(b.String(), " "))
	}
	p.alignedHeader(cols, widths, line)
	for i := range rows {
		n := 0
		for _, ls := range wrapped[i] {
			n = max(n, len(ls))
		}
		for l := range n {
			cells := make([]string, len(cols))
			for k, ls := range wrapped[i] {
				if l < len(ls) {
					cells[k] = ls[l]
				}
			}
			line(cells)
		}
		if p.shape != "zhcolumns" && p.shape != "lgcolumns" && p.seq%2 == 1 || p.shape == "zhcolumns" && p.seq/2%2 == 1 ||
			p.shape == "lgcolumns" && p.seq/(2*len(lgLangs))%2 == 0 {
			p.f("\n")
		}
	}
}

// alignedHeader writes the header cols of an aligned table whose columns are widths wide
// (the body's widths where the header wraps), line by line: where the header wraps
// (wrapsHeader) each cell wrapped at its column's width, at least its longest word's (as
// lynx and w3m wrap a <th> in a column its cells size), widening widths to the header's
// lines; in the centred shape each line of a cell centred over its column (w3m's <th>), and
// every fourth record a cell of fewer lines than the header on its middle ones.
func (p *truthPage) alignedHeader(cols []string, widths []int, line func([]string)) {
	wide := p.alignedWide()
	wrapped := make([][]string, len(cols))
	n := 0
	for k, c := range cols {
		wrapped[k] = []string{c}
		if p.wrapsHeader() {
			limit := widths[k]
			for _, w := range strings.Fields(c) {
				if p.lg { // a word of wide characters wraps anywhere, two characters at least
					w = string([]rune(w)[:min(2, len([]rune(w)))])
				}
				limit = max(limit, shownWidth(w, wide))
			}
			wrapped[k] = wrapWords(c, limit, wide)
			for _, l := range wrapped[k] {
				widths[k] = max(widths[k], shownWidth(l, wide))
			}
		}
		n = max(n, len(wrapped[k]))
	}
	for l := range n {
		cells := make([]string, len(cols))
		for k, ls := range wrapped {
			top := 0
			if p.shape == "centred" && p.seq%4 == 3 {
				top = (n - len(ls)) / 2
			}
			if x := l - top; x >= 0 && x < len(ls) {
				cells[k] = ls[x]
				if p.shape == "centred" {
					cells[k] = strings.Repeat(" ", (widths[k]-shownWidth(ls[x], wide))/2) + ls[x]
				}
			}
		}
		line(cells)
	}
}

// wrapsHeader reports whether the page's aligned tables wrap their header cells in their
// columns: the colheads shape's, and every other centred page's.
func (p *truthPage) wrapsHeader() bool {
	return p.shape == "colheads" || p.shape == "centred" && p.seq%2 == 1
}

// shownWidth is the number of columns s takes: a wide character two where wide.
func shownWidth(s string, wide bool) int {
	n := 0
	for _, r := range s {
		n += runeColumns(r, wide)
	}
	return n
}

func runeColumns(r rune, wide bool) int {
	if k := width.LookupRune(r).Kind(); wide && (k == width.EastAsianWide || k == width.EastAsianFullwidth) {
		return 2
	}
	return 1
}

// wrapWords wraps s at limit columns: at a space, or before a wide character (CJK text
// wraps anywhere); a word longer than the limit stays whole.
func wrapWords(s string, limit int, wide bool) []string {
	var out []string
	for s != "" {
		if shownWidth(s, wide) <= limit {
			return append(out, s)
		}
		cut, w := -1, 0
		for k, r := range s {
			if k > 0 && (r == ' ' || runeColumns(r, true) == 2) {
				cut = k // s[:k] fits
			}
			if w += runeColumns(r, wide); w > limit {
				break
			}
		}
		if cut <= 0 {
			if cut = strings.IndexByte(s, ' '); cut < 0 {
				return append(out, s)
			}
		}
		out = append(out, strings.TrimRight(s[:cut], " "))
		s = strings.TrimLeft(s[cut:], " ")
	}
	return out
}
