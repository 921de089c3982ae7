package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// sentenceStarters open a description rather than an example value, for rows whose example
// cell is empty in the spaced layout.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "Indicates": true, "Specifies": true, "Whether": true,
	"If": true, "This": true, "Returns": true, "Details": true, "Information": true, "List": true,
	"Information.": true, "Valid": true, "Default": true,
}

// spacedTable reads a table with one row per line, cells separated by tabs or single
// spaces (2019-2021 pages); a description continues on the lines below its row.
//
// Two forms occur. Compact: the description follows the example on the row's line and
// may continue on the next lines; a blank line ends the table. Below: the row's line
// holds the name, type, required and example cells only, and the description follows in
// paragraphs after a blank line, up to the next row; the table ends at a heading, another
// table or a code block. The first row tells which form a table has.
func (d *doc) spacedTable(h header) int {
	st := &spaced{d: d, h: h, tbl: &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}}
	tbl := st.tbl
	desc := tbl.Col(page.ColDescription)
	if desc < 0 {
		desc = len(h.cells) - 1
	}
	st.below = st.descBelow()
	var stray []page.Block
	i := h.end
	for i < len(d.lines) {
		l := d.line(i)
		if l.t == "" {
			j := d.nb(i)
			if j >= len(d.lines) || !(st.row(j, true) != nil || len(tbl.Rows) > 0 && st.continues(j)) {
				i = j
				break
			}
			i = j
			continue
		}
		if r := st.row(i, false); r != nil {
			tbl.Rows = append(tbl.Rows, *r)
			i++
			continue
		}
		if d.endsTable(i) {
			break
		}
		if st.isMarker(i) {
			cells := d.cells(len(h.cells))
			cells[0] = l.t
			tbl.Rows = append(tbl.Rows, page.Row{Line: l.no, Cells: cells, Depth: -1})
			i++
			continue
		}
		if len(tbl.Rows) == 0 {
			stray = append(stray, page.Block{Kind: page.Paragraph, Line: l.no, Text: l.t})
		} else {
			r := &tbl.Rows[len(tbl.Rows)-1]
			if r.Cells[desc] != "" {
				r.Cells[desc] += "\n"
			}
			r.Cells[desc] += cellText(l.t)
		}
		i++
	}
	st.warnMissing()
	d.addTable(tbl, stray)
	return i
}

// spaced is a spaced table being read.
type spaced struct {
	d   *doc
	h   header
	tbl *page.Table
	// below is set when descriptions follow their rows after a blank line (see
	// spacedTable): the row's line then ends with the example, spaces and all.
	below   bool
	missing missingCells // rows without a Required cell
}

// descBelow reports whether the table's first row is followed by a blank line and then
// text that is neither a row nor the end of the table: its description.
func (st *spaced) descBelow() bool {
	d := st.d
	if st.tbl.Col(page.ColType) < 0 {
		return false
	}
	i := d.nb(st.h.end)
	if i >= len(d.lines) || st.row(i, true) == nil || i+1 >= len(d.lines) || !d.blank(i+1) {
		return false
	}
	j := d.nb(i + 1)
	return j < len(d.lines) && st.row(j, true) == nil && !d.endsTable(j) && !startsCode(d.t(j))
}

// isMarker reports whether line i only names the item struct of the array row above
// ("TopicVO" after "TopicList Array of TopicVO" and its description), with a row right
// after it: a row of its own with the name alone, as Markdown tables have it.
func (st *spaced) isMarker(i int) bool {
	d, tbl := st.d, st.tbl
	t := d.t(i)
	if len(tbl.Rows) == 0 || !validName(t) || i+1 >= len(d.lines) || st.row(i+1, true) == nil {
		return false
	}
	typ := tbl.Rows[len(tbl.Rows)-1].Cells[1]
	item, ok := cutPrefixFold(typ, "array of ")
	return ok && strings.EqualFold(strings.TrimSpace(item), t)
}

// continues reports whether line i, after a blank line, continues the description of the
// row above: a list item, or any text that does not end the table or open a code block
// when descriptions follow their rows.
func (st *spaced) continues(i int) bool {
	d := st.d
	return d.is(i, trBullet) || st.below && !d.endsTable(i) && !startsCode(d.t(i))
}

// warnMissing warns about rows without a Required cell.
func (st *spaced) warnMissing() {
	if c := st.tbl.Col(page.ColRequired); c >= 0 {
		st.missing.warn(st.d.p, st.h.cells[c], st.tbl.Line, len(st.tbl.Rows))
	}
}

// row reads line i as a row, or returns nil when it does not start one. probe only
// tests, without warnings.
func (st *spaced) row(i int, probe bool) *page.Row {
	d, h, tbl := st.d, st.h, st.tbl
	t := d.t(i)
	n := len(h.cells)
	if h.tabs {
		parts := strings.Split(t, "\t")
		if len(parts) < 2 {
			return nil
		}
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
		}
		nm, dep := cutBadge(parts[0])
		if !validName(nm) && nm != "" {
			return nil
		}
		if probe {
			return &page.Row{}
		}
		parts[0] = nm
		cells := d.cells(n)
		if len(parts) != n {
			d.p.Warn(d.no(i), "row %q: %d cells, header has %d", nm, len(parts), n)
		}
		copy(cells, parts)
		if len(parts) > n {
			cells[n-1] = strings.Join(parts[n-1:], " ")
		}
		r := &page.Row{Line: d.no(i), Cells: cells, Depth: -1}
		if dep {
			markDeprecated(d, tbl, cells, r.Line)
		}
		return r
	}
	toks := strings.Fields(t)
	if len(toks) < 2 {
		return nil
	}
	nameCol, typeCol := tbl.Col(page.ColName), tbl.Col(page.ColType)
	if nameCol != 0 || typeCol != 1 {
		return d.spacedPlain(tbl, toks, i, probe)
	}
	nm, dep := cutBadge(toks[0])
	if !validName(nm) {
		return nil
	}
	typ, k := spacedType(toks)
	if typ == "" {
		return nil
	}
	if probe {
		return &page.Row{}
	}
	cells := d.cells(n)
	cells[0], cells[1] = nm, typ
	label := nm
	var free []int
	for c := 2; c < n; c++ {
		switch h.cols[c] {
		case page.ColRequired:
			if k < len(toks) {
				if _, ok := page.ParseRequired(toks[k]); ok {
					cells[c] = toks[k]
					k++
					continue
				}
			}
			st.missing.add(label, d.no(i))
		case page.ColLocation:
			if k < len(toks) && isLocation(toks[k]) {
				cells[c] = toks[k]
				k++
			}
		default:
			free = append(free, c)
		}
	}
	rest := toks[k:]
	descAt := -1
	for x, c := range free {
		if h.cols[c] == page.ColDescription {
			descAt = x
		}
	}
	if descAt < 0 && len(free) > 0 {
		descAt = len(free) - 1
	}
	if st.below && len(rest) > 0 {
		// The description is below: the rest of the line is the example (or the cell
		// before the description), however many words it has.
		at := descAt
		for x := 0; x < descAt; x++ {
			if h.cols[free[x]] == page.ColExample {
				at = x
			}
		}
		if at >= 0 {
			cells[free[at]] = strings.Join(rest, " ")
		}
		rest = nil
	}
	for x := 0; x < descAt && len(rest) > 0; x++ {
		c := free[x]
		if h.cols[c] == page.ColExample && (sentenceStarters[rest[0]] || containerType(typ) && len(rest) > 1 && startsSentence(rest[0])) {
			continue
		}
		cells[c] = rest[0]
		rest = rest[1:]
	}
	for x := len(free) - 1; x > descAt && len(rest) > 1; x-- {
		cells[free[x]] = rest[len(rest)-1]
		rest = rest[:len(rest)-1]
	}
	if descAt >= 0 {
		if len(rest) > 0 {
			cells[free[descAt]] = strings.Join(rest, " ")
		}
	} else if len(rest) > 0 {
		d.p.Drop(d.no(i), "row %s: extra text %q dropped", label, strings.Join(rest, " "))
	}
	r := &page.Row{Line: d.no(i), Cells: cells, Depth: -1}
	if dep {
		markDeprecated(d, tbl, cells, r.Line)
	}
	return r
}

// spacedPlain reads a spaced row of a table without a leading name and type (error codes):
// one token per cell, the last cell takes the rest.
func (d *doc) spacedPlain(tbl *page.Table, toks []string, i int, probe bool) *page.Row {
	n := len(tbl.Header)
	if !anchor(tbl.Columns[0], toks[0]) || len(toks) < n {
		return nil
	}
	if probe {
		return &page.Row{}
	}
	cells := d.cells(n)
	k := 0
	for ; k < n-1 && k < len(toks); k++ {
		if k > 0 && tbl.Columns[k] != page.ColErrorCode && tbl.Columns[k] != page.ColHTTPStatus {
			break // free text from here: split it by sentences below
		}
		cells[k] = toks[k]
	}
	text := strings.Join(toks[k:], " ")
	for c := k; c < n-1 && text != ""; c++ {
		if e := strings.Index(text, ". "); e >= 0 {
			cells[c], text = text[:e+1], text[e+2:]
		} else {
			cells[c], text = text, ""
		}
	}
	cells[n-1] = text
	return &page.Row{Line: d.no(i), Cells: cells, Depth: -1}
}

// spacedType reads the type after the name: one word, or "Array of String".
func spacedType(toks []string) (string, int) {
	if len(toks) >= 4 && strings.EqualFold(toks[1], "array") && strings.EqualFold(toks[2], "of") {
		typ := strings.Join(toks[1:4], " ")
		if isType(typ) {
			return typ, 4
		}
	}
	if isType(toks[1]) {
		return toks[1], 2
	}
	return "", 0
}

// startsSentence reports whether a word is capitalised like the first word of a sentence.
func startsSentence(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
