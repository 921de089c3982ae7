package textpage

import (
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// table reads the table whose header is h and returns the index of the line after it.
func (d *doc) table(h header) int {
	if h.style == styleSpaced || h.style == styleGlued || h.style == styleCells {
		h = d.dropRowNumbers(h)
	}
	switch h.style {
	case stylePipeCells, stylePipeRows:
		return d.pipeTable(h)
	case styleSpaced:
		return d.spacedTable(h)
	}
	has := func(c page.Column) bool {
		for _, x := range h.cols {
			if x == c {
				return true
			}
		}
		return false
	}
	switch {
	case has(page.ColType):
		return d.typedTable(h)
	case h.style == styleGlued && has(page.ColName):
		if th, ok := d.gluedTypes(h); ok {
			return d.typedTable(th)
		}
	case has(page.ColAccessLevel) || has(page.ColResourceType) || has(page.ColConditionKey):
		return d.ramTable(h)
	}
	if end, ok := d.operationTable(h); ok {
		return end
	}
	return d.genericTable(h)
}

// gluedTypes recognises a glued table without a Type column whose rows glue the type to
// the name all the same ("VideoIdsstring" under "Field NameField Details", the API
// portal's layout): it returns the header with a Type column added after the name, which
// the rows fill. The first named row must split that way.
func (d *doc) gluedTypes(h header) (header, bool) {
	name := -1
	for k, c := range h.cols {
		if c == page.ColName {
			name = k
			break
		}
	}
	th := h
	th.cells = append(append(append([]string(nil), h.cells[:name+1]...), ""), h.cells[name+1:]...)
	th.cols = append(append(append([]page.Column(nil), h.cols[:name+1]...), page.ColType), h.cols[name+1:]...)
	tt := d.newTypedTable(th)
	i := d.nb(h.end)
	if i < len(d.lines) && d.is(i, trType) && lowerInitial(d.t(i)[0]) {
		// a type with no name first (the response's root, "object" over "Schema of
		// Response"): the first named row, after that row's description, tells
		for n := 0; n < 3; n++ {
			if i = d.nb(i + 1); i >= len(d.lines) || d.endsTable(i) {
				return h, false
			}
			if nm, _, _, rest, ok := tt.splitGlued(i); ok && nm != "" && rest == "" {
				break
			}
		}
	}
	if i >= len(d.lines) {
		return h, false
	}
	nm, typ, _, rest, ok := tt.splitGlued(i)
	if !ok || nm == "" || rest != "" || !lowerInitial(typ[0]) {
		return h, false
	}
	d.p.Warn(d.no(h.start), "table has no Type column; each row's type is read from the end of its name (%q: %s %s)", d.t(i), nm, typ)
	return th, true
}

// missingCells collects the rows of a table that lack a cell of one column (Required), so
// that a column the site left empty in every row gets one warning instead of one per row.
type missingCells struct {
	names []string
	lines []int
}

func (m *missingCells) add(name string, line int) {
	m.names = append(m.names, name)
	m.lines = append(m.lines, line)
}

// warn reports the rows: once for the column when no row of the table has the cell (rows
// is the table's row count), else per row.
func (m *missingCells) warn(p *page.Page, col string, tableLine, rows int) {
	if len(m.names) == 0 {
		return
	}
	if len(m.names) == rows && rows > 1 {
		p.Guess(tableLine, "column %s is empty in every row (%s): required flags unknown", col, strings.Join(m.names, ", "))
		return
	}
	for k, name := range m.names {
		p.Guess(m.lines[k], "row %s: missing %s cell", name, col)
	}
}

// dropRowNumbers reads a leading row-number column ("No.", "#", 序号: page.ColIndex) of a
// spaced, glued or cell-per-line table, whose rows start with a running integer ("1
// ActivityId long No", "1ActivityIdlongNo", a line "1" over the row's cells): it takes the
// column out of the header and the number off each row (cutLineStart), so that the rows
// read as in a table without it. A row is a line that
// starts with the next number, or one of the two after it (a row the reader cannot split
// keeps its number and is left), before a line that ends the table, and reads as a row
// without it (a name and a type word; a glued split; a cell-per-line number line, emptied,
// over a name line and a type line); other lines are left as they are.
// A table in aligned columns (alignedIndex) loses the column whole instead: each line of it
// is cut where the name column starts, the header's line too (a header that wraps in its
// columns keeps its lines, its columns moved as the rows' cells are), so that its cells
// stay under the header's.
// A header without the column, or whose first row does not start with 1, is h.
func (d *doc) dropRowNumbers(h header) header {
	if len(h.cols) < 3 || h.cols[0] != page.ColIndex || slices.Contains(h.cols[1:], page.ColIndex) {
		return h
	}
	out := h
	out.cells, out.cols = h.cells[1:], h.cols[1:]
	var tt *typedTable
	if h.style == styleGlued {
		tt = d.newTypedTable(out)
	}
	col, headCut := d.alignedIndex(h)
	n := 1
	for i := h.end; i < len(d.lines); i++ {
		if d.blank(i) {
			continue
		}
		t := d.t(i)
		k := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
		if k < 0 && h.style == styleCells {
			k = len(t) // the number is the row's first cell, a line of its own
		}
		m, err := strconv.Atoi(t[:max(k, 0)])
		if k <= 0 || err != nil || m < n || m > n+2 {
			if col > 0 && n > 1 && blankTo(d.raw(i), col) {
				d.cutLineStart(i, col) // a cell wrapped in its column, the row's number blank
				continue
			}
			if d.endsTable(i) {
				break
			}
			continue
		}
		l := d.lines[i]
		cut := int(l.ts-l.rs) + k
		if raw := d.raw(i); col > 0 && blankTo(raw[cut:], col-cut) {
			cut = col
		}
		d.cutLineStart(i, cut)
		if !d.numberedRow(i, tt, h.style == styleCells) && !(col > 0 && d.unnamedCut(i)) {
			d.lines[i] = l
			continue
		}
		n = m + 1
		if h.style == styleCells {
			i = d.nb(i + 1) // the row's name line, which may read as a glued header ("actionType")
		}
	}
	if n == 1 {
		return h
	}
	switch {
	case col > 0 && h.stack != nil:
		// the header stays: its columns move as the rows' cells do
		st := *h.stack
		st.starts, st.ends = slices.Clone(st.starts[1:]), slices.Clone(st.ends[1:])
		for k := range st.starts {
			st.starts[k] -= col
			st.ends[k] -= col
		}
		out.stack = &st
	case col > 0:
		d.cutLineStart(h.start, headCut)
	}
	return out
}

// alignedIndex tells, for a spaced header h whose first column holds row numbers, whether
// its table is in aligned columns: the header sets the row-number word apart from the name
// column by two spaces or more, and so does the first row its number (aligned left or
// right) from its name. col is then where the name column starts (in the rows' measure,
// which the number's digits and spaces do not change): where the leftmost name of the
// numbered rows among the table's first lines starts, as the first row's may be indented
// in its column (nested); and headCut where the header's name cell starts on its line, in
// bytes (0 for a header that wraps in its columns: stackedHeader); 0, 0 for other tables.
func (d *doc) alignedIndex(h header) (col, headCut int) {
	if h.style != styleSpaced || h.tabs {
		return 0, 0
	}
	if st := h.stack; st != nil {
		if st.starts[1]-st.ends[0] < 2 {
			return 0, 0
		}
	} else {
		head := d.raw(h.start)
		if offs, _ := headerOffsets(head, h.cells); offs != nil {
			headCut = offs[1]
		}
		if headCut == 0 || !strings.HasSuffix(head[:headCut], "  ") {
			return 0, 0
		}
	}
	r := d.nb(h.end)
	if r >= len(d.lines) {
		return 0, 0
	}
	num, _, ok := numberedCell(d.raw(r))
	if !ok {
		return 0, 0
	}
	col, typeAt := -1, -1
	for i, seen := r, 0; i < len(d.lines) && seen < 20; i, seen = d.nb(i+1), seen+1 {
		n, at, ok := numberedCell(d.raw(i))
		switch {
		case ok && n <= num+2 && unnamedCell(d.raw(i)[at:]):
			if typeAt < 0 {
				typeAt = at // a row with no name (the response's root): its type's column
			}
		case ok && n <= num+2 && (col < 0 || at < col):
			col = at // the first row's name may be indented (nested)
		case !ok && d.endsTable(i):
			seen = 20
		}
	}
	if col < 0 && typeAt >= 0 {
		col = d.headerNameAt(h, typeAt)
	}
	if col <= 0 {
		return 0, 0
	}
	return col, headCut
}

// unnamedCell reports whether text, a numbered row's cells after its number, opens with a
// type word and no name (a name is followed by a type word).
func unnamedCell(text string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && isType(f[0]) && (len(f) == 1 || !isType(f[1]))
}

// headerNameAt returns where the name column of an aligned table starts in its rows'
// measure when its numbered rows name none (the response's root row alone), from the
// header h, whose second cell (the name) and third (the type) start where the rows' cells
// do: the name cell's start in the measure in which the type cell starts at typeAt, the
// column the row's type starts in; 0 when neither measure has it there.
func (d *doc) headerNameAt(h header, typeAt int) int {
	if len(h.cells) < 3 {
		return 0
	}
	if st := h.stack; st != nil {
		if st.starts[2] == typeAt {
			return st.starts[1]
		}
		return 0
	}
	head := d.raw(h.start)
	offs, _ := headerOffsets(head, h.cells)
	for _, wide := range []bool{true, false} {
		if offs != nil && textWidth(head[:offs[2]], wide) == typeAt {
			return textWidth(head[:offs[1]], wide)
		}
	}
	return 0
}

// numberedCell reads a line of an aligned table that opens with a row number (aligned
// left or right: " 1", "10"), set apart by two spaces or more from the next cell: where
// the number and that cell start, in bytes (the digits' and spaces' columns too).
func numberedCell(raw string) (num, next int, ok bool) {
	num = len(raw) - len(strings.TrimLeft(raw, " "))
	digits := len(raw) - len(strings.TrimLeft(raw[num:], "0123456789"))
	next = len(raw) - len(strings.TrimLeft(raw[digits:], " "))
	return num, next, digits > num && next-digits >= 2 && next < len(raw)
}

// blankTo reports whether raw has more than col characters and the first col are spaces;
// false for a negative col (a row number past the name column's start).
func blankTo(raw string, col int) bool {
	return col >= 0 && len(raw) > col && strings.TrimLeft(raw[:col], " ") == ""
}

// unnamedCut reports whether line i of an aligned table, its row number cut where the
// name column starts, opens a row with no name (the response's root): the name cell blank,
// then a type word.
func (d *doc) unnamedCut(i int) bool {
	raw := d.raw(i)
	f := strings.Fields(raw)
	return strings.HasPrefix(raw, "  ") && len(f) > 0 && isType(f[0])
}

// numberedRow reports whether line i, its row number cut, starts a row: a glued split of
// table tt; spaced, a name then a type word; cell per line (line i now empty), a name line
// then a type line.
func (d *doc) numberedRow(i int, tt *typedTable, cells bool) bool {
	if tt != nil {
		_, _, _, _, ok := tt.splitGlued(i)
		return ok
	}
	_, t := page.TreeDepth(d.t(i))
	if cells {
		j := d.nb(i + 1)
		if t != "" || j+1 >= len(d.lines) {
			return false
		}
		_, t = page.TreeDepth(d.t(j))
		nm, _ := cutBadge(t)
		return cellName(nm) && d.is(d.nb(j+1), trType)
	}
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	nm, _ := cutBadge(f[0])
	return cellName(nm) && isType(f[1])
}
