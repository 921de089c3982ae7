package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// table reads the table whose header is h and returns the index of the line after it.
func (d *doc) table(h header) int {
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
