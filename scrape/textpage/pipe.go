package textpage

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/scrape/page"
)

// pipeTable reads a table in a pipe layout. In the pipe-cells and Markdown layouts every row
// opens with a line starting "|" once the previous row has closed its last cell; in the
// pipe-rows layout a row runs until it has closed as many cells as the header has, so that a
// description spilling onto the following lines, or a row closed by a lone "|", stays one
// row. A heading always ends the table.
func (d *doc) pipeTable(h header) int {
	tbl := &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	var starts []int // the line each row starts at
	n := len(h.cells)
	leading := h.style == stylePipeCells
	i := h.end
	for {
		after := i
		i = d.nb(i)
		if i >= len(d.lines) {
			break
		}
		t := d.t(i)
		if separatorLine(t) {
			i++
			continue
		}
		if leading && !opensRecord(d.raw(i)) || d.endsAtProse(tbl, i, i > after, leading) {
			d.rowsAfterEnd(tbl, i, leading)
			break
		}
		if d.endsPipeTable(i, true) && !d.nameAlone(tbl, i, leading) {
			break
		}
		start := i
		var b strings.Builder
		var rec record
		b.WriteString(d.t(i))
		rec.add(d.t(i), d.t(i))
		i++
		complete := rec.complete(n, leading) || h.open && rec.openRow(n)
		for i < len(d.lines) {
			u := d.t(i)
			if complete && !(h.open && d.openCellGoesOn(tbl, i)) || !complete && d.opensNext(tbl, i, &rec, leading) {
				break
			}
			if u == "" {
				// A run of blank lines: they all decide alike, and none changes the record's
				// completeness, so take the run at once (one scan, not one per line).
				j := d.nb(i)
				if j < len(d.lines) && d.blankBefore(j) {
					if _, ok := d.heading(j); ok {
						break
					}
				}
				for ; i < j; i++ {
					b.WriteByte('\n')
					b.WriteString(d.raw(i))
				}
				continue
			}
			if d.endsPipeTable(i, !leading) || d.captionsNext(i, &rec) {
				break
			}
			b.WriteByte('\n')
			b.WriteString(d.raw(i))
			rec.add(d.raw(i), u)
			i++
			complete = rec.complete(n, leading) || h.open && rec.openRow(n)
		}
		cut := i >= len(d.lines) && !complete && !rec.completeGlued(n, leading)
		if cut {
			d.p.Truncated = true
			d.p.Warn(d.no(start), "input ends inside a table row: input looks cut off")
		}
		rs := b.String()
		if h.open { // its outer pipes, so that a "|" at either end parts an empty cell
			rs = "|" + rs + "|"
		}
		if row, ok := d.pipeRow(tbl, rs, d.no(start), cut); ok && pipeRowGoesOn(tbl, row) {
			d.joinCells(&tbl.Rows[len(tbl.Rows)-1], row.Cells, false)
		} else if ok {
			tbl.Rows = append(tbl.Rows, row)
			starts = append(starts, start)
		}
	}
	d.pipeTreeLeads(tbl, starts)
	treeDepths(tbl)
	d.indentDepths(tbl, starts)
	d.addTable(tbl, nil)
	return i
}

// pipeRowGoesOn reports whether row, just read from a pipe table, is the parameter row
// above going on, as writers wrap a long cell by adding a row ("| | | | hangzhou. |"): its
// name cell is empty, it has no type or Required cell (a nameless row that has one is an
// item row or the response's root), and it has text only in columns the row above, which
// is named, fills too (a description, an example, valid values). Its cells join the row
// above's as a wrapped line's do (joinCells).
func pipeRowGoesOn(tbl *page.Table, row page.Row) bool {
	name, typ, req := tbl.Col(page.ColName), tbl.Col(page.ColType), tbl.Col(page.ColRequired)
	if len(tbl.Rows) == 0 || name < 0 || name >= len(row.Cells) || row.Cells[name] != "" {
		return false
	}
	prev := tbl.Rows[len(tbl.Rows)-1]
	if name >= len(prev.Cells) || prev.Cells[name] == "" {
		return false
	}
	text := false
	for k, c := range row.Cells {
		if c == "" {
			continue
		}
		if k == typ || k == req || k >= len(prev.Cells) || prev.Cells[k] == "" {
			return false
		}
		text = true
	}
	return text
}

// endsAtProse reports whether line i, after a blank line (blank) that follows a row of
// the pipe-rows table tbl, is prose rather than the next row: a blank line ends such a
// table unless the line after it has the table's shape (its cells, a name, a type; see
// opensNext), by itself or with the lines below that its row wraps onto (wrappedRow), so
// that a sentence that happens to end in " |" ("See also … |") is no spurious row. A line
// with no "|" at all ends the table, but for such a wrapped row, after a blank line or not
// (a name alone on its line right after the header or a row, its cells on the lines below).
func (d *doc) endsAtProse(tbl *page.Table, i int, blank, leading bool) bool {
	if leading {
		return false
	}
	if strings.IndexByte(d.t(i), '|') < 0 {
		// no cell closes on the line: prose, or a name wrapped onto a line of its own
		// ("PageSize" then "| integer | No | … |"), after a blank line or right after a row
		return !d.nameAlone(tbl, i, leading)
	}
	if !blank || len(tbl.Rows) == 0 {
		return false
	}
	if d.opensNext(tbl, i, &record{endsPipe: true}, false) {
		return false
	}
	_, wrapped := d.wrappedRow(tbl, i)
	return !wrapped
}

// nameAlone reports whether line i of the pipe-rows table tbl is a row's name alone on its
// line, its cells on the lines below (wrappedRow), which a heading word does not end the
// table at: a parameter may be named as a section is ("Authorization", "description").
// The table's first row may be one, right after the header.
func (d *doc) nameAlone(tbl *page.Table, i int, leading bool) bool {
	if leading || strings.IndexByte(d.t(i), '|') >= 0 {
		return false
	}
	_, ok := d.wrappedRow(tbl, i)
	return ok
}

// maxWrapLines bounds the lines wrappedRow joins looking for a row's end.
const maxWrapLines = 12

// wrappedRow reports whether line i of the pipe-rows table tbl opens a row that wraps onto
// the lines below ("PageSize | integer | No | The page size," then "which is 10 by default.
// | 10 |"): joined up to where they close the header's cells, before a heading or another
// table's header, they hold exactly the header's cells, a name (cellName) in the name cell
// and a type word in the type column, as opensNext asks of a row on one line. It returns the
// row's name.
func (d *doc) wrappedRow(tbl *page.Table, i int) (string, bool) {
	name, typ, n := tbl.Col(page.ColName), tbl.Col(page.ColType), len(tbl.Header)
	if name < 0 {
		return "", false
	}
	var rec record
	var b strings.Builder
	for j, k := i, 0; j < len(d.lines) && k < maxWrapLines && !rec.complete(n, false); j, k = d.nb(j+1), k+1 {
		if j > i {
			if d.endsPipeTable(j, true) {
				return "", false
			}
			b.WriteByte('\n')
		}
		b.WriteString(d.t(j))
		rec.add(d.t(j), d.t(j))
	}
	if !rec.complete(n, false) {
		return "", false
	}
	cells := pipeCells(escapeGluedPipes(b.String()))
	if len(cells) != n || !cellName(cells[name]) || typ >= 0 && !isType(cells[typ]) {
		return "", false
	}
	return cells[name], true
}

// pipeTreeLeads puts back before a name cell that opens its row's line ("|    └─ Key |")
// the spaces the cell's trimming dropped: a drawn tree's blank ancestors (treeLead).
// starts holds the index of each row's first line (not its input line number, which
// differs on a page that doubles its line breaks).
func (d *doc) pipeTreeLeads(tbl *page.Table, starts []int) {
	if tbl.NameCol() != 0 {
		return
	}
	for k := range tbl.Rows {
		r := &tbl.Rows[k]
		if len(r.Cells) == 0 || k >= len(starts) {
			continue
		}
		i := starts[k]
		t := strings.TrimSpace(strings.TrimPrefix(d.t(i), "|"))
		if t != "" && strings.HasPrefix(t, r.Cells[0]) {
			r.Cells[0] = d.treeLead(i, r.Cells[0]) + r.Cells[0]
		}
	}
}

// rowsAfterEnd warns about the rows that follow the line i where the pipe table tbl ended
// without a heading (a line of text where a row should open: a row closed too early by a
// "|" of its own, the rest of its description left over): lines before the next heading
// or table header that read as rows of tbl by themselves, or, a name alone on its line,
// with the lines below it (wrappedRow), are lost, and must not be lost silently.
func (d *doc) rowsAfterEnd(tbl *page.Table, i int, leading bool) {
	name, typ := tbl.Col(page.ColName), tbl.Col(page.ColType)
	if name < 0 || i >= len(d.lines) {
		return
	}
	if _, ok := d.heading(i); ok {
		return
	}
	if leading && d.cutAtName(i) {
		return
	}
	var lost []string
	for j := i; j < len(d.lines); j = d.nb(j + 1) {
		if _, ok := d.heading(j); ok {
			break
		}
		if _, ok := d.header(j); ok {
			break
		}
		t := escapeGluedPipes(d.t(j))
		if strings.IndexByte(t, '|') < 0 && !leading {
			if nm, ok := d.wrappedRow(tbl, j); ok { // a name alone on its line, its cells below
				lost = append(lost, nm)
			}
			continue
		}
		if strings.IndexByte(t, '|') < 0 || leading && !opensRecord(d.raw(j)) {
			continue
		}
		cells := pipeCells(t)
		if leading && typ >= len(cells) && typ == name+1 {
			// one cell a line: the type is the next line's cell
			if k := d.nb(j + 1); k < len(d.lines) {
				cells = append(cells, pipeCells(d.t(k))...)
			}
		}
		if name < len(cells) && validName(cells[name]) && (typ < 0 || typ < len(cells) && isType(cells[typ])) {
			lost = append(lost, cells[name])
		}
	}
	if len(lost) > 0 {
		d.p.Drop(d.no(i), "%sthe table ended at a line of text where a row should open (a row closed early by a \"|\" of its own?); the rows after it read as no table",
			page.Lost("rows", lost))
	}
}

// cutAtName reports, with a drop warning naming the row, whether line i, where a pipe-cells
// table ended, opens a row that the input cuts off: a name alone on its line ("operator",
// then "deprec"), the input ending within a few lines and no cell closed ("|") after it.
// In that layout every cell closes on its line, so such a row lost its cells; it is no
// prose after the table.
func (d *doc) cutAtName(i int) bool {
	t := d.t(i)
	if !cellName(t) {
		return false
	}
	for j, k := i, 0; j < len(d.lines); j, k = d.nb(j+1), k+1 {
		if k == maxCutLines || strings.IndexByte(d.t(j), '|') >= 0 {
			return false
		}
	}
	d.p.Truncated = true
	d.p.Drop(d.no(i), "row %s dropped: the input ends after its name, its cells cut off: input looks cut off", t)
	return true
}

// maxCutLines bounds the lines a row cut off after its name (cutAtName) may still hold.
const maxCutLines = 3

// treeDepths reads the tree glyphs that show nesting in some tables ("└ListenerPort",
// "│ ├─ Key"; page.TreeDepth): when a name cell has one, every row's Depth is its number
// of glyphs, which leave the name.
func treeDepths(tbl *page.Table) {
	name := tbl.NameCol()
	shown := false
	for _, r := range tbl.Rows {
		if name < len(r.Cells) {
			if d, _ := page.TreeDepth(r.Cells[name]); d > 0 {
				shown = true
				break
			}
		}
	}
	if !shown {
		return
	}
	for k := range tbl.Rows {
		r := &tbl.Rows[k]
		if name >= len(r.Cells) {
			continue
		}
		d, c := page.TreeDepth(r.Cells[name])
		r.Cells[name], r.Depth = strings.TrimSpace(c), d
	}
}

// indentDepths reads the indentation of the names of a pipe table that draws no tree
// (treeDepths) as their depth: help-center exports indent a child's name by no-break or
// ideographic spaces ("| \u00a0\u00a0\u00a0\u00a0Key |", plain spaces since page.PlainSpaces
// read the dump), rows[k] starting at line starts[k]. A pipe row's one space of padding
// after its "|" is no level. Each indentation the named rows use is a level (as
// page.IndentLevels reads HTML and Markdown cells); an unnamed first row (the response's
// root, "object |") holds the rows when every name is indented, and another unnamed row
// (a list's items) is a level below the row before it. The indentation is read only where
// it draws a tree: levels two spaces apart or more, the first row at the top, no row more
// than a level below the row before it, and every row with rows below it a container
// (page.Type.HoldsFields) or untyped; else an info warning names the indented rows.
func (d *doc) indentDepths(tbl *page.Table, starts []int) {
	if tbl.NameCol() != 0 || len(tbl.Rows) < 2 {
		return
	}
	indent := map[int]int{} // by row, of the named rows
	var named []page.Row    // the named rows, ranked by page.IndentLevels
	ranks := map[int]float64{}
	for k, r := range tbl.Rows {
		if r.Depth >= 0 {
			return // a drawn tree shows the depth
		}
		if r.Cells[0] == "" {
			continue
		}
		in, ok := d.nameIndent(starts[k], r.Cells[0])
		if !ok {
			return
		}
		indent[k], ranks[len(named)] = in, float64(in)
		named = append(named, r)
	}
	if page.IndentLevels(named, ranks) < 2 {
		return
	}
	steps := slices.Compact(slices.Sorted(maps.Values(indent))) // the indentations used
	depth := make([]int, len(tbl.Rows))
	shift := 0
	if tbl.Rows[0].Cells[0] == "" && steps[0] > 0 {
		shift = 1 // the unnamed root row holds every named row
	}
	for k, j := 0, 0; k < len(tbl.Rows); k++ {
		if _, ok := indent[k]; ok {
			depth[k] = named[j].Depth + shift
			j++
		}
	}
	for k := 1; k < len(tbl.Rows); k++ {
		if _, ok := indent[k]; !ok {
			depth[k] = depth[k-1] + 1 // the items of the list before it
		}
	}
	why := ""
	for k := 1; k < len(steps) && why == ""; k++ {
		if steps[k]-steps[k-1] < 2 {
			why = "its levels are less than two spaces apart"
		}
	}
	typ := tbl.Col(page.ColType)
	for k := range tbl.Rows {
		switch {
		case why != "":
		case k == 0 && depth[0] > 0:
			why = "the first row is indented"
		case k > 0 && depth[k] > depth[k-1]+1:
			why = fmt.Sprintf("row %q is indented more than a level below the row before it", tbl.Rows[k].Cells[0])
		case k > 0 && depth[k] > depth[k-1] && typ >= 0 && typ < len(tbl.Rows[k-1].Cells) && tbl.Rows[k-1].Cells[typ] != "":
			// a row's fields, or a list's unnamed item row
			t, ok := page.ReadType(tbl.Rows[k-1].Cells[typ])
			if !ok || !t.HoldsFields() && (t.Elem == nil || tbl.Rows[k].Cells[0] != "") {
				why = fmt.Sprintf("row %q is indented under %q, which holds no fields", tbl.Rows[k].Cells[0], tbl.Rows[k-1].Cells[0])
			}
		}
	}
	if why != "" {
		var indented []string
		for k, r := range tbl.Rows {
			if in, ok := indent[k]; ok && in > steps[0] {
				indented = append(indented, r.Cells[0])
			}
		}
		d.p.Warn(tbl.Line, "rows %s are indented, but the indentation is not read as depth: %s", strings.Join(indented, ", "), why)
		return
	}
	for k := range tbl.Rows {
		tbl.Rows[k].Depth = depth[k]
	}
}

// nameIndent is the indentation of name, the text a pipe row opens with on line i: the
// spaces before it at the line's start, or after the "|" that opens the line but for the
// one space of padding. ok is false when the line does not open with the name, or
// indents it with a tab.
func (d *doc) nameIndent(i int, name string) (n int, ok bool) {
	raw := d.raw(i)
	if body, found := strings.CutPrefix(strings.TrimLeft(raw, " \t"), "|"); found {
		raw = strings.TrimPrefix(body, " ")
	}
	rest := strings.TrimLeft(raw, " \t")
	ws := raw[:len(raw)-len(rest)]
	if !strings.HasPrefix(rest, name) || strings.ContainsRune(ws, '\t') {
		return 0, false
	}
	return len(ws), true
}

// treeLead is the spaces that indent line i (after the "|" that opens a pipe row, not an
// ASCII tree's "|-- ") before t, its text, where t opens with a tree (page.TreeDepth): a
// drawn tree's blank ancestors ("\u00a0\u00a0\u00a0└─ Key" under a last child, plain spaces
// since page.PlainSpaces read the dump), which the line's trimming drops; treeDepths counts
// them, a pipe row's one space of padding too little to be a level.
func (d *doc) treeLead(i int, t string) string {
	if g, _ := page.TreeDepth(t); g == 0 {
		return ""
	}
	raw := d.raw(i)
	if body := strings.TrimLeft(raw, " \t"); !strings.HasPrefix(body, t) { // a pipe row's "|" before the cell
		if rest, ok := strings.CutPrefix(body, "|"); ok {
			raw = rest
		}
	}
	ws := raw[:len(raw)-len(strings.TrimLeftFunc(raw, unicode.IsSpace))]
	return strings.Map(func(r rune) rune { // tabs and the like draw no tree
		if r == ' ' {
			return r
		}
		return -1
	}, ws)
}

// treeFields is the fields of line i's text t, the tree drawn before the name
// (page.TreeDepth: "» » Name", "├─ Name") kept whole with the name in the first, as
// treeDepths reads it.
func (d *doc) treeFields(i int, t string) []string {
	g, bare := page.TreeDepth(t)
	f := strings.Fields(bare)
	if g == 0 || len(f) == 0 {
		return strings.Fields(t)
	}
	f[0] = d.treeLead(i, t) + t[:len(t)-len(bare)] + f[0]
	return f
}

// endsPipeTable reports whether line i ends a pipe table: a heading (a line with no pipe that
// the lexicon knows as a heading) or, when headers is set, the header of another table.
func (d *doc) endsPipeTable(i int, headers bool) bool {
	if strings.IndexByte(d.t(i), '|') < 0 {
		_, ok := d.heading(i)
		return ok
	}
	if !headers {
		return false
	}
	_, ok := d.header(i)
	return ok
}

// opensNext reports whether line i starts the next row while the record rec is not
// complete. In the pipe-cells layout a line opening with "|" does, once the record's last
// line has closed its cell (a lone "|" after an open cell closes that cell), unless it
// holds nothing but pipes ("|||" closes the record's empty last cells) or is a lone "|"
// that is an empty cell the record lacks. In the pipe-rows layout a line does when it
// reads as a whole row by itself: a name (or what opens a row of a table without names: an
// HTTP status, a date), then a type where the table has a type column, and all but the
// last cell, unless it closes exactly the cells the record lacks; after a record whose last
// line ends in a run of pipes (an item row "Item | |||": its empty cells written as one run,
// which may be short of the header's cells) such a line does however few cells it closes,
// or a 5-column table's next row without an example ("Tags | Array of Tag | - |") joined it.
func (d *doc) opensNext(tbl *page.Table, i int, rec *record, leading bool) bool {
	if leading {
		t := d.t(i)
		if !opensRecord(d.raw(i)) || !rec.endsPipe || t != "|" && strings.Trim(t, pipesOnly) == "" {
			return false
		}
		if n := len(tbl.Header); t == "|" && !rec.complete(n, true) {
			// A lone "|" after a record still short of cells is an empty cell when the
			// record lacks two or more, or lacks one and what follows opens a row or ends
			// the table; otherwise it opens an unnamed row ("|" then "string |").
			if !rec.complete(n-1, true) {
				return false
			}
			j := d.nb(i + 1)
			return !(j >= len(d.lines) || opensRecord(d.raw(j)) || d.endsPipeTable(j, false))
		}
		return true
	}
	t := escapeGluedPipes(d.t(i))
	n := len(tbl.Header)
	if pipes := page.CountPipes(t); !rec.endsRun && (pipes < n-1 || pipes < n && rec.pipes+pipes == n) {
		// a line that closes exactly the cells the record lacks continues it, rather than
		// leave two rows short ("… key:Api" then "description |" in a wrapped dump)
		return false
	}
	cells := pipeCells(t)
	if name := tbl.Col(page.ColName); name >= 0 {
		if name >= len(cells) || !validName(cells[name]) {
			return false
		}
	} else if len(tbl.Columns) == 0 || !anchor(tbl.Columns[0], cells[0]) && !(rec.endsPipe && page.CountPipes(t) >= n) {
		// a table of other rows: an HTTP status, a date, a word opens them, or a line that
		// closes all the header's cells by itself after a closed cell (a row that starts a
		// category spanning the short rows below it: "Tag management | ListTags | Xxx |")
		return false
	}
	typ := tbl.Col(page.ColType)
	return typ < 0 || typ < len(cells) && isType(cells[typ])
}

// captionsNext reports whether line i, with no pipe, is the caption of the next table rather
// than text of the record rec: rec's last cell is closed and the next line opens a table
// header (an overview's category line between two tables, after a row that lacks cells
// under a spanning category cell).
func (d *doc) captionsNext(i int, rec *record) bool {
	if !rec.endsPipe || strings.IndexByte(d.t(i), '|') >= 0 {
		return false
	}
	_, ok := d.header(d.nb(i + 1))
	return ok
}

// record follows a pipe record as its lines are added, so that telling whether it is
// complete does not rescan it (which made long records quadratic).
type record struct {
	pipes    int  // "|" not written "\|" nor glued to text on both sides ("a|b")
	nested   int  // of those, the ones inside brackets or quotes (see escapeNestedPipes)
	endsPipe bool // the last non-blank character is "|"
	endsRun  bool // the last non-blank line ends in a run of pipes: the row's empty cells
	glued    int  // the "|" glued to text on both sides, which a table of bare pipes parts cells by (openRow)
}

// add counts a line of the record: text as written into it, and trimmed.
func (r *record) add(text, trimmed string) {
	t := escapeGluedPipes(text)
	n := page.CountPipes(t)
	if len(t) != len(text) { // escaping adds a "\" before each pipe glued to text
		r.glued += page.CountPipes(text) - n
	}
	r.pipes += n
	if n > 0 {
		if e := escapeNestedPipes(t); len(e) != len(t) {
			r.nested += n - page.CountPipes(e)
		}
	}
	if trimmed != "" {
		r.endsPipe = trimmed[len(trimmed)-1] == '|'
		r.endsRun = strings.HasSuffix(trimmed, "||")
	}
}

// complete reports whether the record has closed all n cells: n pipes in the pipe-rows
// layout ("a | b |"), n+1 with the leading one in the pipe-cells layout ("| a |\nb |"),
// not counting the pipes inside brackets or quotes ("$(ps | grep x)"), which are the
// cell's own: counted, they closed the record before its description, and the table ended
// at the description's line, losing every row after it.
func (r *record) complete(n int, leading bool) bool {
	return r.closes(r.pipes-r.nested, n, leading)
}

// completeGlued is complete counting the pipes glued to text on both sides too, as a row
// written with no blanks round its pipes ("|400|InvalidParameter|The parameter...|")
// parts its cells. Such a pipe may be a cell's own ("A|B"), so it does not end a record;
// but a record ending so where the input ends is a whole row, not a cut one.
func (r *record) completeGlued(n int, leading bool) bool {
	return r.closes(r.pipes+r.glued-r.nested, n, leading)
}

// closes reports whether a record ending in a pipe, with pipes parting cells, closes n
// cells (complete).
func (r *record) closes(pipes, n int, leading bool) bool {
	if !r.endsPipe {
		return false
	}
	if leading {
		return pipes-1 >= n
	}
	return pipes >= n
}

// openCellGoesOn reports whether line i goes on with the row above in the table tbl,
// whose cells are parted by bare pipes (header.open): psql's unaligned format writes a
// cell's line breaks as they are, so the rest of a cell holding some is on lines of its
// own that open no row (openLineGoesOn). A blank line goes on with it where such lines
// follow it up to the next row or psql's row count (a blank line of the cell's own);
// else it ends the row, as psql's row count ("(3 rows)"), a heading or the next table's
// header do.
func (d *doc) openCellGoesOn(tbl *page.Table, i int) bool {
	if d.t(i) != "" {
		return d.openLineGoesOn(tbl, i)
	}
	j := d.nb(i)
	if j >= len(d.lines) || !d.openLineGoesOn(tbl, j) {
		return false
	}
	for k := j + 1; k < len(d.lines) && k <= j+maxWrapLines; k++ {
		if t := d.t(k); psqlRowCount.MatchString(t) || opensOpenRow(tbl, t) {
			return true
		}
		if !d.openLineGoesOn(tbl, k) {
			return false
		}
	}
	return false
}

// openLineGoesOn reports whether line i, not blank, can be the rest of a cell of the table
// of bare pipes tbl (openCellGoesOn): it opens no row and is no row count, heading or
// header.
func (d *doc) openLineGoesOn(tbl *page.Table, i int) bool {
	t := d.t(i)
	return t != "" && !opensOpenRow(tbl, t) && !psqlRowCount.MatchString(t) && !d.endsPipeTable(i, true)
}

// opensOpenRow reports whether line t opens a row of the table of bare pipes tbl: its cells
// up to the name's and the type's are there, the name a parameter name (or empty, a
// list's item row, where a type follows) and the type a type word; in a table with
// neither column, t parts as many cells as the header.
func opensOpenRow(tbl *page.Table, t string) bool {
	name, typ := tbl.Col(page.ColName), tbl.Col(page.ColType)
	if name < 0 && typ < 0 {
		return page.CountPipes(t) >= len(tbl.Header)-1
	}
	cells := strings.Split(t, "|")
	if len(cells) < 2 || len(cells) <= max(name, typ) {
		return false
	}
	if typ >= 0 && !isType(strings.TrimSpace(cells[typ])) {
		return false
	}
	return name < 0 || validName(strings.TrimSpace(cells[name])) || typ >= 0 && strings.TrimSpace(cells[name]) == ""
}

// psqlRowCount is the line psql writes under a table's rows: "(3 rows)", "(1 row)".
var psqlRowCount = regexp.MustCompile(`^\(\d+ rows?\)$`)

// openRow reports whether the record is a row of a table whose cells are parted by bare
// pipes, none closing the last (header.open): its line parts n cells (n-1 pipes, glued to
// text or not, not counting those inside brackets or quotes) or more, the extra ones the
// last cell's own.
func (r *record) openRow(n int) bool {
	return r.pipes+r.glued-r.nested >= n-1
}

// pipeRow turns a record into a row aligned with the header, with warnings for missing and
// extra cells. A record with no text in any cell (a stray "|") is no row. cut says the
// input ends inside the record: its last cell may be cut short.
func (d *doc) pipeRow(tbl *page.Table, rec string, line int, cut bool) (page.Row, bool) {
	raw := d.headThenDescription(tbl, rec)
	split := raw == nil // the cells are rec's as split at its pipes
	if split {
		raw = pipeCells(rec)
	}
	cells := make([]string, 0, len(raw))
	empty := true
	for _, c := range raw {
		c = cellLines(c)
		cells = append(cells, c)
		empty = empty && c == ""
	}
	if empty {
		return page.Row{}, false
	}
	// rec's cells as split at every pipe, which gluedPipeCells returns for a record with
	// no pipe glued to text rather than split it again
	plain := cells
	if !split {
		plain = nil
	}
	n := len(tbl.Header)
	if len(cells) > n {
		if glued := gluedPipeCells(rec, plain); len(glued) == n {
			cells = glued
		} else if nested := nestedPipeCells(rec); len(nested) == n {
			cells = nested
		}
	}
	typ := tbl.Col(page.ColType)
	// An unnamed row ("|" then "object |", or "object | Body | No | ... |" then "||") has no
	// name cell: its first cell is the type. A record the input cuts short has fewer cells.
	if typ == 1 && len(cells) > 1 && len(cells) <= n && isType(cells[0]) && !isType(cells[1]) &&
		(len(cells) == n-1 || len(cells) == n && cells[n-1] == "" || cut) {
		cells = append([]string{""}, cells[:min(len(cells), n-1)]...)
	}
	// A row without its type cell has the next cell where the type belongs: a Required word
	// ("| JobSpec |" then "No |"), or text no type word has (an example, a description);
	// the type is empty when the row is short of a cell or its last cell is empty.
	if typ >= 0 && len(cells) > typ+1 && len(cells) <= n && (len(cells) < n || cells[n-1] == "") &&
		cells[typ] != "" && !isType(cells[typ]) && d.missingType(tbl, cells) {
		cells = append(cells[:typ:typ], append([]string{""}, cells[typ:min(len(cells), n-1)]...)...)
	}
	name := tbl.Col(page.ColName)
	if cut && len(cells) == 1 && strings.HasPrefix(rec, "|\n") && !strings.HasSuffix(strings.TrimSpace(rec), "|") {
		// "|" then "array": an unnamed row (its first line has no name) whose first cell
		// the input cuts, perhaps short
		d.p.Warn(line, "unnamed row %q cut by the end of the input; ignored", cells[0])
		return page.Row{}, false
	}
	if cut && name == len(cells)-1 && !strings.HasSuffix(strings.TrimSpace(rec), "|") && cells[name] != "" {
		// "| Pag": the input stops inside the name, which may be cut short.
		d.p.Drop(line, "%sthe input stops inside the row's name, which may be cut short",
			page.Lost("rows", []string{cells[name]}))
		return page.Row{}, false
	}
	if len(cells) == n {
		// a pipe glued to text ("Format: key|value.") may make up the cell such a row lacks
		if glued := gluedPipeCells(rec, plain); len(glued) == n-1 && spansExample(tbl, glued) {
			cells = glued
		}
	}
	if spansExample(tbl, cells) {
		ex := len(cells) - 1
		cells = append(cells[:ex:ex], "", cells[ex])
	}
	label := ""
	if name >= 0 && name < len(cells) {
		label = cells[name]
	}
	if label == "" && len(cells) > 0 {
		label = cells[0]
	}
	switch {
	case len(cells) < n:
		d.p.Warn(line, "row %q: %d of %d cells", label, len(cells), n)
		cells = append(cells, make([]string, n-len(cells))...)
	case len(cells) > n:
		lost := page.RowNames(cells[n:])
		switch k := tbl.Col(page.ColDescription); {
		case len(lost) > 0:
			d.p.Drop(line, "%srow %q: %d cells, header has %d; extra cells joined into the last", page.Lost("rows", lost), label, len(cells), n)
			cells[n-1] = strings.Join(cells[n-1:], " | ")
		case k >= 0 && k < n-1:
			// Prose is what holds a literal "|" ("Valid values: System | Custom"), also
			// where other columns follow the description.
			extra := len(cells) - n
			d.p.Guess(line, "row %q: %d cells, header has %d; read as %d \"|\" inside the description", label, len(cells), n, extra)
			cells[k] = strings.Join(cells[k:k+extra+1], " | ")
			cells = append(cells[:k+1], cells[k+extra+1:]...)
		default:
			d.p.Warn(line, "row %q: %d cells, header has %d; extra cells joined into the last", label, len(cells), n)
			cells[n-1] = strings.Join(cells[n-1:], " | ")
		}
		cells = cells[:n]
	}
	if name >= 0 {
		if nm, dep := cutBadge(cells[name]); dep && (typ < 0 || isType(cells[typ]) || cells[typ] == "") {
			cells[name] = nm
			markDeprecated(d, tbl, cells, line)
		}
	}
	return page.Row{Line: line, Cells: cells, Depth: -1}, true
}

// spansExample reports whether cells, a row one cell short of the header, is a container's
// row whose description spans the Example column before it, as a legacy page draws an
// object's or a list's row (a colspan): written on one line ("| Items | Array | The
// items. |"), its last cell stands under Example. It does where the header ends with
// Example then Description, the row's type holds fields (no example of its own) and the
// cell reads as a sentence (words, or CJK text, and a stop); headThenDescription reads the same row written over lines.
func spansExample(tbl *page.Table, cells []string) bool {
	n, typ, ex := len(tbl.Header), tbl.Col(page.ColType), len(cells)-1
	return len(cells) == n-1 && tbl.Col(page.ColDescription) == n-1 && tbl.Col(page.ColExample) == ex &&
		typ >= 0 && typ < ex && page.HoldsFields(cells[typ]) && endsSentence(cells[ex]) &&
		strings.ContainsFunc(cells[ex], func(r rune) bool { return r == ' ' || r > unicode.MaxASCII })
}

// headThenDescription reads a record laid out as the cells before the description on its
// first line and the description on the lines after ("| Items | Array of Item |" then
// "The items. |" then "|"), in a table whose last column is the description: an empty
// cell between (no example) is missing from the first line, not from the end. It returns
// nil for records of any other shape.
func (d *doc) headThenDescription(tbl *page.Table, rec string) []string {
	n := len(tbl.Header)
	first, rest, ok := strings.Cut(rec, "\n")
	if !ok || tbl.Col(page.ColDescription) != n-1 || !strings.HasSuffix(strings.TrimSpace(first), "|") {
		return nil
	}
	head := pipeCells(first)
	typ := tbl.Col(page.ColType)
	if typ == 1 && len(head) >= 2 && isType(head[0]) && !isType(head[1]) {
		head = append([]string{""}, head...) // no name cell: the site hid the name
	}
	if len(head) >= n-1 {
		// as many cells as the header has, or one fewer, on the first line: not this shape
		// (a first line of more cells than the header, its pipes glued to the text, panicked
		// below)
		return nil
	}
	if typ >= 0 && typ < len(head) && head[typ] != "" && !isType(head[typ]) &&
		d.missingType(tbl, append(head[:len(head):len(head)], make([]string, n-len(head))...)) {
		// no type cell: what stands there is the next cell ("ListenerPorts | "ListenerPort": [ 80, 443 ] |")
		head = append(head[:typ:typ], append([]string{""}, head[typ:]...)...)
	}
	if len(head) < 2 || len(head) >= n-1 {
		return nil
	}
	var desc []string
	for _, c := range pipeCells(escapeGluedPipes(rest)) {
		if c != "" {
			desc = append(desc, c)
		}
	}
	if len(desc) != 1 {
		return nil
	}
	cells := append(head, make([]string, n-1-len(head))...)
	return append(cells, desc[0])
}

// missingType reports whether the cell in the type column of a row belongs to the next
// column: a Required word where the Required column follows, or text with spaces, quotes
// or brackets, which no type word has.
func (d *doc) missingType(tbl *page.Table, cells []string) bool {
	typ := tbl.Col(page.ColType)
	c := cells[typ]
	if req := tbl.Col(page.ColRequired); req == typ+1 {
		return isRequiredWord(c) && !isRequiredWord(cells[req])
	}
	return strings.ContainsAny(c, " \"{[:")
}

// separatorLine reports whether line t is a table's "---|---|" line under its header
// (page.IsPipeSeparator). A line of one cell that is a dash or two ("- |", "-- |") is no
// separator: in the layouts that write a cell a line it is a cell the page leaves blank
// (an optional parameter's Required cell in a column of marks, an Example "-").
func separatorLine(t string) bool {
	c := strings.TrimSpace(strings.Trim(strings.TrimSpace(t), "|"))
	return c != "-" && c != "--" && page.IsPipeSeparator(t)
}

// isRequiredWord reports whether a cell is a Required cell's word ("Yes", "否").
func isRequiredWord(c string) bool {
	_, ok := page.ParseRequired(c)
	return ok
}

// markDeprecated records a deprecated badge in the row's Description cell.
func markDeprecated(d *doc, tbl *page.Table, cells []string, line int) {
	if k := tbl.Col(page.ColDescription); k >= 0 {
		cells[k] = DeprecatedPrefix + cells[k]
		return
	}
	d.p.Warn(line, "row %q: deprecated, but the table has no description column to record it", cells[0])
}

// cellLines normalises a multi-line cell: lines trimmed, blank lines dropped, list items
// written "- item", "<br>" read as a line break.
func cellLines(c string) string {
	if strings.Contains(c, "<br") {
		c = strings.NewReplacer("<br/>", "\n", "<br />", "\n", "<br>", "\n").Replace(c)
	}
	if strings.IndexByte(c, '\n') < 0 {
		return cellText(strings.TrimSpace(c))
	}
	var out []string
	for l := range strings.SplitSeq(c, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, cellText(l))
		}
	}
	return strings.Join(out, "\n")
}

// pipesOnly holds the bytes of a line that closes empty cells: "| | |".
const pipesOnly = "| \t"

// opensRecord reports whether a raw line opens a row in the pipe-cells and Markdown layouts:
// it starts with "|" in the first column (an empty cell is written " |").
func opensRecord(raw string) bool { return raw != "" && raw[0] == '|' }

// gluedPipeCells splits a record whose cells hold pipes of their own (see
// escapeGluedPipes) into its cells, trimmed, one line each (cellLines). split is rec's
// cells as split at every pipe so, or nil: a record with no pipe glued to text is those.
func gluedPipeCells(rec string, split []string) []string {
	e := escapeGluedPipes(rec)
	if len(e) == len(rec) && split != nil {
		return split
	}
	cells := pipeCells(e)
	for k, c := range cells {
		cells[k] = cellLines(c)
	}
	return cells
}

// nestedPipeCells splits a record whose cells hold pipes inside brackets or quotes (see
// escapeNestedPipes) into its cells, as gluedPipeCells does.
func nestedPipeCells(rec string) []string {
	cells := pipeCells(escapeNestedPipes(escapeGluedPipes(rec)))
	for k, c := range cells {
		cells[k] = cellLines(c)
	}
	return cells
}

// escapeNestedPipes escapes ("\|") the pipes of s that stand between a bracket and the
// bracket that closes it, or between two double quotes, on the same line: a shell command
// ("$(ps | grep x)"), a quoted value ("\"a | b\""), a set of values ("(A | B)"). A cell
// separator never sits inside a pair that opens and closes on its line, since no cell
// (after the dump drops code's backquotes) shares brackets with the next.
func escapeNestedPipes(s string) string {
	var b strings.Builder
	done, at := 0, 0 // s[:done] is written; line starts at s[at]
	for line := range strings.Lines(s) {
		if inside := nestedSpans(line); inside != nil {
			for i := 0; i < len(line); i++ {
				switch {
				case line[i] == '\\':
					i++
				case line[i] == '|' && inside[i]:
					b.WriteString(s[done : at+i])
					b.WriteByte('\\')
					done = at + i
				}
			}
		}
		at += len(line)
	}
	if done == 0 { // no pipe inside a pair: most records
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// nestedSpans marks the bytes of line that lie inside a pair of brackets ("()", "[]", "{}")
// or double quotes that opens and closes on the line. Escaped pipes and the characters
// after a backslash count as text. It is nil for a line with no pipe or no such pair.
func nestedSpans(line string) []bool {
	if strings.IndexByte(line, '|') < 0 {
		return nil
	}
	var inside []bool
	mark := func(from, to int) {
		if inside == nil {
			inside = make([]bool, len(line))
		}
		for k := from + 1; k < to; k++ {
			inside[k] = true
		}
	}
	var open []int
	quote := -1
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '\\':
			i++
		case '(', '[', '{':
			open = append(open, i)
		case ')', ']', '}':
			if k := len(open) - 1; k >= 0 && strings.IndexByte("([{", line[open[k]]) == strings.IndexByte(")]}", c) {
				mark(open[k], i)
				open = open[:k]
			}
		case '"':
			if quote < 0 {
				quote = i
			} else {
				mark(quote, i)
				quote = -1
			}
		}
	}
	return inside
}

// escapeGluedPipes escapes ("\|") the pipes of s that have text on both sides ("a|b",
// {"k":"x|y"}): the dumps set a space or a line break beside every cell separator
// (" | ", "|||", "a |" at a line's end), so such a pipe is the cell's own.
func escapeGluedPipes(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '|' && gluedTo(s[i-1]) && gluedTo(s[i+1]) {
			b.WriteString(s[done:i])
			b.WriteByte('\\')
			done = i
		}
	}
	if done == 0 { // nothing to escape: most lines
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// gluedTo reports whether c is text a pipe may be glued to: not a space, line break,
// pipe or escape.
func gluedTo(c byte) bool {
	return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '|' && c != '\\'
}
