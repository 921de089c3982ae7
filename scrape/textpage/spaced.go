package textpage

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// sentenceStarters open a description rather than an example value, for rows whose example
// cell is empty in the spaced layout.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "Indicates": true, "Specifies": true, "Whether": true,
	"If": true, "This": true, "Returns": true, "Details": true, "Information": true, "List": true,
	"Information.": true, "Valid": true, "Default": true,
}

// describes reports whether a spaced line whose first words read as a name and a type is
// a sentence: a sentence starter before a lower-case type word ("A list of nodes.", "A
// short description of struct").
func describes(name, typ string) bool {
	return typ != "" && sentenceStarters[name] && lowerInitial(typ[0])
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
	st := &spaced{d: d, h: h, tbl: &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}, resume: -1}
	tbl := st.tbl
	if st.cols = d.alignedColumns(h); st.cols != nil {
		st.leads = map[int]int{}
	} else {
		st.below = st.descBelow()
	}
	i, stray := st.rows(h.end)
	for {
		// a PDF's page breaks the table and repeats its header at the next page's top
		next, ok := st.pageHead(i)
		if !ok {
			break
		}
		more := &spaced{d: d, h: next, tbl: &page.Table{Line: d.no(next.start), Header: next.cells, Columns: next.cols}, below: st.below}
		if more.cols = d.alignedColumns(next); more.cols == nil && st.cols != nil {
			// the table's columns, as the header sets them on this page, where its
			// first lines go on with the last row rather than open one
			if starts, ends := d.headerColumns(next, st.cols.wide); starts != nil {
				more.cols = &columns{wide: st.cols.wide, key: st.cols.key, starts: starts, edges: columnEdges(starts, ends)}
			}
		}
		if (more.cols == nil) != (st.cols == nil) {
			break // read in another way: a table of its own
		}
		// the last row goes on where the page break cut it (its description's next lines
		// under the repeated header)
		last := len(tbl.Rows) - 1
		seed := tbl.Rows[last]
		seed.Cells = slices.Clone(seed.Cells)
		more.tbl.Rows, more.resume = []page.Row{seed}, d.nb(next.end)
		if more.cols != nil {
			more.leads = map[int]int{0: st.leads[last]}
		}
		j, strayMore := more.rows(more.resume)
		if len(more.tbl.Rows) == 1 && slices.Equal(more.tbl.Rows[0].Cells, tbl.Rows[last].Cells) {
			break // nothing read under the header: left as it was
		}
		d.p.Warn(d.no(next.start), "table header repeated at the top of a PDF's page: its rows go on with the table at line %d", tbl.Line)
		for k, n := range more.leads {
			st.leads[last+k] = n
		}
		tbl.Rows = append(tbl.Rows[:last], more.tbl.Rows...)
		st.missing.names = append(st.missing.names, more.missing.names...)
		st.missing.lines = append(st.missing.lines, more.missing.lines...)
		stray = append(stray, strayMore...)
		i = j
	}
	if h.tabs {
		unquoteTabCells(tbl)
	}
	st.warnMissing()
	if st.cols != nil {
		st.columnsDepths()
	} else {
		treeDepths(tbl)
	}
	d.addTable(tbl, stray)
	return i
}

// pageHead reports whether line i, where the table's rows ended, is past blank lines
// the header of the table repeated at the top of a PDF's next page (as a browser prints a
// long table's header row on each page), and returns it.
func (st *spaced) pageHead(i int) (header, bool) {
	d := st.d
	j := d.nb(i)
	last := j - 1
	for last >= 0 && d.blank(last) {
		last--
	}
	if j >= len(d.lines) || last < 0 || len(st.tbl.Rows) == 0 || !d.pageBetween(last, j) {
		return header{}, false
	}
	h, ok := d.header(j)
	if !ok || h.style != st.h.style || h.tabs != st.h.tabs || !slices.Equal(h.cells, st.h.cells) {
		return header{}, false
	}
	return h, true
}

// rows reads the table's rows from line i; it returns the index of the line after them
// and the text that came before the first row.
func (st *spaced) rows(i int) (int, []page.Block) {
	d, h, tbl := st.d, st.h, st.tbl
	desc := tbl.Col(page.ColDescription)
	if desc < 0 {
		desc = len(h.cells) - 1
	}
	var stray []page.Block
	for i < len(d.lines) {
		l := d.line(i)
		if l.t == "" {
			j := d.nb(i)
			if j >= len(d.lines) || !(st.row(j, true) != nil || st.untypedRow(j, desc) || len(tbl.Rows) > 0 && (st.continues(j, desc) || st.tabCellGoesOn(j)) || len(tbl.Rows) == 0 && st.firstRow(j) >= 0) {
				i = j
				break
			}
			i = j
			continue
		}
		if st.cols != nil && st.columnsName(i) {
			i++ // a name cut at its column's width goes on
			continue
		}
		if r := st.row(i, false); r != nil {
			tbl.Rows = append(tbl.Rows, *r)
			i = max(i, st.through) + 1
			continue
		}
		if st.untypedRow(i, desc) {
			// "└Tags", its description below: a row whose type cell is empty
			cells := make([]string, len(h.cells))
			cells[0] = l.t
			tbl.Rows = append(tbl.Rows, page.Row{Line: l.no, Cells: cells, Depth: -1})
			i++
			continue
		}
		if st.cols != nil && len(tbl.Rows) > 0 {
			// a cell wrapped at its column's width; else, but for an item marker, a line
			// that fits no column: the table's end
			if c, ok := st.columnsContinue(i, d.blankBefore(i) && i != st.resume); ok {
				st.continueRow(i, c)
				i++
				continue
			}
			if !st.isMarker(i) {
				if !d.endsTable(i) {
					st.warnCut(i)
				}
				break
			}
		}
		if d.endsTable(i) {
			break
		}
		if st.isMarker(i) {
			cells := make([]string, len(h.cells))
			cells[0] = l.t
			if st.cols != nil {
				m := st.cols.split(l.raw)
				cells[0], st.leads[len(tbl.Rows)] = m.name, m.lead
			}
			tbl.Rows = append(tbl.Rows, page.Row{Line: l.no, Cells: cells, Depth: -1})
			i++
			continue
		}
		if len(tbl.Rows) == 0 {
			stray = append(stray, page.Block{Kind: page.Paragraph, Line: l.no, Text: l.t})
		} else {
			r := &tbl.Rows[len(tbl.Rows)-1]
			if name, typ, ok := st.unknownTypeRow(l.t); ok {
				d.dropUnknownTypeRow(l.no, l.t, name, typ, r.Cells[tbl.NameCol()])
			}
			// the description's lines keep their breaks, but where a hyphen ends the line
			// above (glueHyphen)
			if glued, ok := d.glueHyphen(r.Cells[desc], l.t); ok && !d.blankBefore(i) {
				r.Cells[desc] = glued
			} else {
				if r.Cells[desc] != "" {
					r.Cells[desc] += "\n"
				}
				r.Cells[desc] += cellText(l.t)
			}
		}
		i++
	}
	return i, stray
}

// unknownTypeRow reports whether line t, which is not a row, is shaped like one whose type
// the vocabulary lacks: in a table with a Required column, a name, one word that is no type
// but looks like one (typeLike), then a Required word ("networkConfig NetConf Yes {}"). It
// returns the name and the word.
func (st *spaced) unknownTypeRow(t string) (name, typ string, ok bool) {
	if st.tbl.Col(page.ColRequired) < 0 {
		return "", "", false
	}
	toks := strings.Fields(t)
	if len(toks) < 3 || !validName(toks[0]) || isType(toks[1]) || !typeLike(toks[1]) {
		return "", "", false
	}
	if _, known := page.ParseRequired(toks[2]); !known {
		return "", "", false
	}
	return toks[0], toks[1], true
}

// typeLike reports whether w could be a type word the vocabulary lacks rather than a word of
// prose: it has a capital, a digit or a type's punctuation (*[]<>{}), and does not end a
// clause (",", ":", ".").
func typeLike(w string) bool {
	if strings.ContainsAny(w[len(w)-1:], ",:;.") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("*[]<>{}", c) >= 0 {
			return true
		}
	}
	return false
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
	// cols is set when the table is written in aligned columns (alignedColumns): its lines
	// are read by the columns' positions; leads holds, by row index, where each row's name
	// starts in its column (columnsDepths)
	cols  *columns
	leads map[int]int
	// through is the last line of the row read last when it runs past its own line (a
	// tab-separated row whose cells hold line breaks: tabRecord)
	through int
	// resume is the first line under a header a PDF's page repeated (pageHead), which goes
	// on with the row the page break cut as if no blank line came between; -1 for none
	resume int
}

// descBelow reports whether the table's first row is followed by a blank line and then
// text that is neither a row nor the end of the table: its description.
func (st *spaced) descBelow() bool {
	d := st.d
	if st.tbl.Col(page.ColType) < 0 {
		return false
	}
	i := st.firstRow(st.h.end)
	if i < 0 || i+1 >= len(d.lines) || !d.blank(i+1) {
		return false
	}
	j := d.nb(i + 1)
	return j < len(d.lines) && st.row(j, true) == nil && !d.endsTable(j) && !startsCode(d.t(j))
}

// untypedRow reports whether line i names a row whose type cell is empty (doc.untypedRow),
// in a table of spaced rows (not aligned columns, which place a name by its column).
func (st *spaced) untypedRow(i, desc int) bool {
	if st.cols != nil || st.tbl.Col(page.ColType) < 0 {
		return false
	}
	var prev *rowSeen
	if n := len(st.tbl.Rows); n > 0 {
		r := st.tbl.Rows[n-1]
		prev = &rowSeen{name: r.Cell(st.tbl, page.ColName), typ: r.Cell(st.tbl, page.ColType), text: r.Cells[desc] != ""}
	}
	return st.d.untypedRow(i, prev, true, false, func(k int) (bool, bool) {
		if st.row(k, true) == nil {
			return false, false
		}
		_, bare := page.TreeDepth(st.d.t(k))
		return !isType(strings.Fields(bare)[0]), true // a row with no name opens with its type
	})
}

// isMarker reports whether line i only names the item struct of the list row above
// ("TopicVO" after "TopicList Array of TopicVO", or "List<TopicVO>", and its description:
// page.ListItem), with a row right
// after it: a row of its own with the name alone, as Markdown tables have it.
func (st *spaced) isMarker(i int) bool {
	d, tbl := st.d, st.tbl
	t := d.t(i)
	if len(tbl.Rows) == 0 || !validName(t) || i+1 >= len(d.lines) || st.row(i+1, true) == nil {
		return false
	}
	return strings.EqualFold(page.ListItem(tbl.Rows[len(tbl.Rows)-1].Cells[1]), t)
}

// continues reports whether line i, after a blank line, continues the description of the
// row above: a list item, or any text that does not end the table or open a code block
// when descriptions follow their rows (in the table, or for a row whose line has no
// description: "InstanceStatus String" and the description below). In an aligned table it
// is text that starts at a column's start, the name column blank (columnsContinue).
func (st *spaced) continues(i, desc int) bool {
	d := st.d
	if st.cols != nil {
		_, ok := st.columnsContinue(i, true)
		return ok
	}
	if d.is(i, trBullet) {
		return true
	}
	last := st.tbl.Rows[len(st.tbl.Rows)-1]
	below := st.below || st.tbl.Col(page.ColType) >= 0 && last.Cells[desc] == "" && last.Cells[0] != ""
	return below && !d.endsTable(i) && !startsCode(d.t(i))
}

// firstRow returns the index of the table's first row at or after line i, looking past
// at most three stray lines (a "<common parameters> - -" pseudo-row, a row whose name the
// page translated, its description); -1 when none comes.
func (st *spaced) firstRow(i int) int {
	d := st.d
	for stray := 0; i < len(d.lines); i++ {
		if d.blank(i) {
			continue
		}
		if st.row(i, true) != nil {
			return i
		}
		if d.endsTable(i) || startsCode(d.t(i)) {
			return -1
		}
		if stray++; stray > 3 {
			return -1
		}
	}
	return -1
}

// warnMissing warns about rows without a Required cell.
func (st *spaced) warnMissing() {
	if c := st.tbl.Col(page.ColRequired); c >= 0 {
		named := 0
		for _, r := range st.tbl.Rows {
			if r.Cells[0] != "" && r.Cells[1] != "" { // not item markers
				named++
			}
		}
		st.missing.warn(st.d.p, st.h.cells[c], st.tbl.Line, named)
	}
}

// row reads line i as a row, or returns nil when it does not start one. probe only
// tests, without warnings.
func (st *spaced) row(i int, probe bool) *page.Row {
	if st.cols != nil {
		return st.columnsRow(i, probe)
	}
	return st.spacedRow(i, probe)
}

// spacedRow reads line i as a row by its words and runs of spaces (row).
func (st *spaced) spacedRow(i int, probe bool) *page.Row {
	d, h, tbl := st.d, st.h, st.tbl
	t := d.t(i)
	n := len(h.cells)
	if h.tabs {
		parts := strings.Split(d.tabbed(i), "\t")
		if len(parts) < 2 {
			return nil
		}
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
		}
		nm, dep := cutBadge(parts[0])
		if !rowName(nm) && nm != "" {
			return nil
		}
		if probe {
			return &page.Row{}
		}
		parts[0] = nm
		if len(parts) < n {
			parts, st.through = st.tabRecord(i, parts, n)
		}
		cells := make([]string, n)
		if desc := tbl.Col(page.ColDescription); desc >= 0 && len(parts) == n-1 && st.descFollows(i) {
			// the description is on the lines below: the line holds the other cells
			parts = append(parts[:desc:desc], append([]string{""}, parts[desc:]...)...)
		}
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
	toks := d.treeFields(i, t)
	if len(toks) < 2 {
		return nil
	}
	nameCol, typeCol := tbl.Col(page.ColName), tbl.Col(page.ColType)
	// a Position column between the name and the type ("RegionId Query String Yes"): the
	// row reads as if it came after the type, its cell swapped back at the end
	locFirst := ""
	if nameCol == 0 && typeCol == 2 && tbl.Col(page.ColLocation) == 1 {
		if len(toks) < 3 || !isLocation(toks[1]) {
			return nil // no location after the name: text, not a row
		}
		locFirst, typeCol = toks[1], 1
		toks = append([]string{toks[0]}, toks[2:]...)
	}
	if nameCol != 0 || typeCol != 1 {
		return d.spacedPlain(tbl, toks, i, probe)
	}
	// a name may carry the glyphs of a tree ("└diskType"), which treeDepths reads
	_, bare := page.TreeDepth(toks[0])
	nm, dep := cutBadge(bare)
	if !rowName(nm) && !st.translatedRow(toks, i) {
		return nil
	}
	glyphs := toks[0][:len(toks[0])-len(bare)]
	typ, k := spacedType(toks)
	if typ == "" && page.IsIdent(toks[1]) && !isType(toks[1]) && d.captionStruct(toks[1]) {
		typ, k = toks[1], 2 // a struct a captioned table of the page defines ("page page_info")
	}
	if describes(nm, typ) {
		return nil
	}
	if typ != "" && page.IsStructTypeName(typ) && !isType(typ) && (sentenceStarters[nm] || nm == "Note" || k < len(toks) && lowerInitial(toks[k][0])) {
		return nil // a description naming a parameter: "If InstanceChargeType is PrePaid, ..."
	}
	if glyphs == "" && !dep && nm != "" {
		if r, done := st.gapRow(i, t, nm, typ, probe); done {
			return r // cells set apart by runs of spaces, an empty one among them
		}
	}
	if typ == "" {
		if !st.unnamed(toks) {
			return nil
		}
		// a row with no name: the ROA body ("Object Body No")
		nm, dep, typ, k = "", false, toks[0], 1
	}
	if probe {
		return &page.Row{}
	}
	cells := make([]string, n)
	cells[0], cells[1] = glyphs+nm, typ
	label := nm
	if nm == "" {
		label = "(unnamed " + typ + ")"
	}
	var free []int
	for c := 2; c < n; c++ {
		col := h.cols[c]
		if locFirst != "" && c == 2 {
			col = page.ColLocation
		}
		switch col {
		case page.ColRequired:
			ends := noteEnds{keep: st.lineCellsAfter(c), inline: !st.below, aligned: st.alignedStarts(t, len(toks))}
			if cell, next, open := requiredCell(toks, k, ends); next > k {
				cells[c], k = cell, next
				if open {
					// the note ran to the line's end (less its Example): the description
					// that may start inside it stays in it, which extract keeps in the
					// description, but where the cell ends is a guess
					d.p.Guess(d.no(i), "row %q: Required note %q: nothing shows where it ends and the description starts on its line; the cell kept to the line's end, which the description keeps", label, cell)
				}
				continue
			}
			if nm != "" {
				st.missing.add(label, d.no(i))
			}
		case page.ColLocation:
			if locFirst != "" {
				cells[c] = locFirst
			} else if k < len(toks) && isLocation(toks[k]) {
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
	if st.below && len(rest) > 0 && descAt > 1 {
		// The description is below, several cells before it on the line.
		st.spread(cells, free[:descAt], rest, label, d.no(i))
		rest = nil
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
	if !st.below && descAt > 0 && len(rest) > 0 {
		// the description follows on the line, the cells before it multi-word or not
		rest = st.lineCells(t, toks, k, free, descAt, cells, typ, label, d.no(i))
	}
	for x := len(free) - 1; x > descAt && len(rest) > 1; x-- {
		m := st.trailingCell(rest, free[x], label, d.no(i))
		cells[free[x]] = strings.Join(rest[len(rest)-m:], " ")
		rest = rest[:len(rest)-m]
	}
	if descAt >= 0 {
		if len(rest) > 0 {
			cells[free[descAt]] = strings.Join(rest, " ")
		}
	} else if len(rest) > 0 {
		d.p.Warn(d.no(i), "row %s: extra text %q dropped", label, strings.Join(rest, " "))
	}
	if locFirst != "" {
		cells[1], cells[2] = cells[2], cells[1]
	}
	r := &page.Row{Line: d.no(i), Cells: cells, Depth: -1}
	if dep {
		markDeprecated(d, tbl, cells, r.Line)
	}
	return r
}

// trailingCell returns how many of the last words of a row's line (rest, two or more) the
// cell of column c, after the description, takes: one; but for an Example whose word and
// the word before it are of a script that sets no spaces between words ("某某某某。 测试
// 名称": the description's full stop ends no cell there), the words the page's example
// shows the row's name (exampleShows), else one with a guess naming the row (before: one,
// silently).
func (st *spaced) trailingCell(rest []string, c int, label string, line int) int {
	n := len(rest)
	if st.h.cols[c] != page.ColExample || !ideographic(lastRune(rest[n-2])) || !ideographic(firstRune(rest[n-1])) {
		return 1
	}
	if m, ok := st.d.exampleShows(label, wordRuns(rest, true)); ok {
		return m + 1
	}
	st.d.p.Guess(line, "row %q: %q then %q, words of a script that sets no spaces between words, and nothing shows where the description ends and the %s cell starts on its line; read one a word",
		label, rest[n-2], rest[n-1], st.h.cells[c])
	return 1
}

// spread puts the words of a row's line (rest) into the cells of cols, the columns before
// a description that is on the lines below ("Default value", "Valid values", "Example"):
// as many words as columns are one a cell; else as many runs of words as columns, where a
// blank word ("-") is a cell of its own and a sentence's full stop ends one ("Up to 64
// characters."), are one a cell; else a blank word at either end is a cell of its own.
// Where nothing shows where each cell ends ("1 to 100 5" for Valid values and Example),
// the Example column (or the last) takes them all, with a guess naming the row.
func (st *spaced) spread(cells []string, cols []int, rest []string, label string, line int) {
	if len(rest) != len(cols) {
		var runs []string
		start := 0
		for k, w := range rest {
			if page.BlankCell(w) || fullStop(w) || k+1 < len(rest) && page.BlankCell(rest[k+1]) {
				runs, start = append(runs, strings.Join(rest[start:k+1], " ")), k+1
			}
		}
		if start < len(rest) {
			runs = append(runs, strings.Join(rest[start:], " "))
		}
		if len(runs) == len(cols) {
			rest = runs
		}
	}
	lo, hi := 0, len(cols)
	for hi-lo > 1 && len(rest) > 1 && page.BlankCell(rest[0]) {
		cells[cols[lo]], rest = rest[0], rest[1:]
		lo++
	}
	for hi-lo > 1 && len(rest) > 1 && page.BlankCell(rest[len(rest)-1]) {
		hi--
		cells[cols[hi]], rest = rest[len(rest)-1], rest[:len(rest)-1]
	}
	if hi-lo == len(rest) {
		for x, w := range rest {
			cells[cols[lo+x]] = w
		}
		return
	}
	st.d.unsplitCells(st.h, cells, cols[lo:hi], strings.Join(rest, " "), label, line)
}

// fullStop reports whether a word ends a sentence with a full stop after a letter
// ("characters.", "字符。"; not "1." nor "-.").
func fullStop(w string) bool {
	t, ok := strings.CutSuffix(w, ".")
	if !ok {
		t, ok = strings.CutSuffix(w, "。")
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return ok && unicode.IsLetter(r)
}

// tabRecord is the cells of the tab-separated row on line i (parts, fewer than the n
// columns) and the last line it takes: a cell copied with its line breaks (a description
// of paragraphs) goes on over the lines below, blank ones too, and the row's next cells
// follow a tab on the last of them ("The value.", "Valid values:", "off: disabled.\tsample").
// The lines are the row's only where they complete it to n cells before the next row or
// the table's end; else the row is its line alone.
func (st *spaced) tabRecord(i int, parts []string, n int) ([]string, int) {
	d := st.d
	rec := slices.Clone(parts)
	for k := i + 1; k < len(d.lines) && k <= i+tabCellLines; k++ {
		if d.blank(k) {
			continue
		}
		if d.endsTable(k) || st.row(k, true) != nil {
			break
		}
		more := strings.Split(d.tabbed(k), "\t")
		rec[len(rec)-1] += "\n" + strings.TrimSpace(more[0])
		for _, c := range more[1:] {
			rec = append(rec, strings.TrimSpace(c))
		}
		switch {
		case len(rec) == n:
			return rec, k
		case len(rec) > n:
			return parts, i
		}
	}
	return parts, i
}

// tabCellGoesOn reports whether text on line j, after a blank line, goes on with the last
// cell of the tab-separated row above (a description copied with its paragraphs): a row
// of the table follows it before the table ends.
func (st *spaced) tabCellGoesOn(j int) bool {
	d := st.d
	if !st.h.tabs {
		return false
	}
	for k := j; k < len(d.lines) && k <= j+tabCellLines; k++ {
		switch {
		case d.blank(k):
		case st.row(k, true) != nil:
			return true
		case d.endsTable(k):
			return false
		}
	}
	return false
}

// unquoteTabCells drops the quotes a spreadsheet's "Text (tab-delimited)" export puts
// round a cell holding a line break or a quote ("The method.\nValid values: ""on"".",
// its quotes doubled) from the cells of the tab-separated table tbl: a cell so quoted
// whole, every quote inside it doubled, and a line break or a doubled quote inside. A
// cell quoted otherwise ("sample" as an example) is text.
func unquoteTabCells(tbl *page.Table) {
	for _, r := range tbl.Rows {
		for c, s := range r.Cells {
			inner, ok := strings.CutPrefix(s, `"`)
			if inner, ok = strings.CutSuffix(inner, `"`); !ok || s == `"` {
				continue
			}
			doubled := strings.Count(inner, `""`)
			if doubled*2 != strings.Count(inner, `"`) || doubled == 0 && !strings.Contains(inner, "\n") {
				continue
			}
			r.Cells[c] = strings.ReplaceAll(inner, `""`, `"`)
		}
	}
}

// tabCellLines is the most lines a tab-separated row's cells run over (tabRecord).
const tabCellLines = 40

// tabbed is line i of a tab-separated table with its leading and trailing tabs, which raw
// and t trim: a tab that opens the line is an empty first cell (an unnamed item row copied
// out of a browser's table), not indentation, and tabs that close it are empty last cells.
func (d *doc) tabbed(i int) string {
	l := &d.lines[i]
	s := d.text[l.rs:]
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	return strings.Trim(s, " \r")
}

// descFollows reports whether the description of the row on line i is on the lines below
// it: the next line that is not blank is neither a row nor the end of the table.
func (st *spaced) descFollows(i int) bool {
	d := st.d
	j := d.nb(i + 1)
	return j < len(d.lines) && st.row(j, true) == nil && !d.endsTable(j) && !startsCode(d.t(j))
}

// translatedRow reports whether toks (line i), whose first word is no parameter name, are a
// row whose name the page translated ("帯域幅 String 任意 5", vpc AllocateEipAddressPro-spaced-ja):
// a translatedName, a type word, then a Required word in a table with that column. A table
// without one (a response table) has no Required word to tell the row from text of the
// row above: there the type must be a word of the vocabulary and the row above must have
// its description already, so the line cannot be that description's first words, or the
// line must be the table's first, right under the header, where no row's text can be.
func (st *spaced) translatedRow(toks []string, i int) bool {
	if !translatedName(toks[0]) {
		return false
	}
	typ, k := spacedType(toks)
	if typ == "" {
		return false
	}
	c := st.tbl.Col(page.ColRequired)
	if c < 0 {
		rows := st.tbl.Rows
		desc := st.tbl.Col(page.ColDescription)
		first := len(rows) == 0 && i == st.d.nb(st.h.end)
		return isType(typ) && desc >= 0 && (first || len(rows) > 0 && rows[len(rows)-1].Cells[desc] != "")
	}
	_, next, _ := requiredCell(toks, k, noteEnds{keep: st.lineCellsAfter(c)})
	return next > k
}

// requiredCell returns the Required cell that starts at toks[k] and the index of the token
// after it (k when none starts there). The cell is a Required word or phrase of the lexicon
// (page.RequiredWord: "Yes", "Not required", "Conditional", "-"), the longest of up to three
// tokens, and a note right after it: in parentheses ("Yes (when X is set)"), or after a
// comma or semicolon ending the word that goes on in lower case or another script ("Yes,
// when X is set.", "是，当 X 时"; see commaNote: ends is what the row shows of its end);
// the note may be glued to the word ("是（默认值：10）", "是，当P0为true时": gluedNote).
// extract reads the cell whole (page.Table.RequiredCell), so that a condition is not read
// as "Yes" with no warning. open is true when a comma's note ran to the line's end with
// nothing to show where it ends, on a line that holds the description too.
func requiredCell(toks []string, k int, ends noteEnds) (cell string, next int, open bool) {
	next = k
	for n := 1; n <= 3 && k+n <= len(toks); n++ {
		if page.RequiredWord(strings.Join(toks[k:k+n], " ")) {
			next = k + n
		}
	}
	paren := next < len(toks) && (strings.HasPrefix(toks[next], "(") || strings.HasPrefix(toks[next], "（"))
	if next == k && k < len(toks) {
		// a word glued to its note: "是，当P0为true时", "是（默认值：10）"
		note, ok := gluedNote(toks[k])
		if !ok {
			return "", k, false
		}
		if paren = strings.HasPrefix(note, "(") || strings.HasPrefix(note, "（"); !paren {
			next, open = commaNote(toks, k, ends)
			return strings.Join(toks[k:next], " "), next, open
		}
		next = k // the bracket starts in the word's token
	}
	switch {
	case paren:
		for j := next; j < len(toks); j++ {
			if strings.HasSuffix(toks[j], ")") || strings.HasSuffix(toks[j], "）") {
				next = j + 1
				break
			}
		}
	case next < len(toks) && !page.BlankCell(toks[next-1]) && strings.ContainsAny(lastRune(toks[next-1]), noteCommas) &&
		!(toks[next][0] >= 'A' && toks[next][0] <= 'Z'):
		// "Yes," then a note, which goes on the clause ("Yes, The value." is a word, then
		// the description's sentence)
		next, open = commaNote(toks, next-1, ends)
	}
	return strings.Join(toks[k:next], " "), next, open
}

// noteEnds is what a spaced row shows of where a Required word's note ends (commaNote).
type noteEnds struct {
	// keep is the number of cells after the Required cell on the row's line besides the
	// description (an Example): a note that runs to the line's end leaves them a token each
	keep int
	// inline is set when the description follows on the row's line (not below it)
	inline bool
	// aligned[m] is set when token m starts a cell of a table whose columns are aligned by
	// runs of spaces (alignedStarts); nil when they are not
	aligned []bool
}

// noteCommas end a Required word that a note follows ("Yes, when X is set", "No; but ...",
// "是，当…时"), where a period would end the cell.
const noteCommas = ",;:，；："

// gluedNote returns the note glued to a Required word that starts tok, from its bracket or
// comma on ("是（默认值：10）": "（默认值：10）"; "是，当P0为true时": "，当P0为true时"); ok is
// false when tok starts with no Required word (requiredSuffixes) followed by one.
func gluedNote(tok string) (note string, ok bool) {
	for _, w := range requiredSuffixes {
		rest, found := strings.CutPrefix(tok, w)
		if r, _ := utf8.DecodeRuneInString(rest); found && len(rest) > len(string(r)) && strings.ContainsRune("(（"+noteCommas, r) {
			return rest, true
		}
	}
	return "", false
}

// commaNote returns the index of the token after a Required word's note, which starts
// after a comma, where the row's structure shows its end: the next cell's start where the
// columns are aligned (ends.aligned), the end of its first clause when the note opens with a
// condition and the description follows on the line ("No, if X is set, the name ...": the
// description starts after the clause), or the end of its sentence (a token ending in a
// period). Else it runs to the line's end less a token for each of the ends.keep cells after
// it (an Example), and open is true when the description follows on the line: it may start
// inside the note, which the description then keeps whole, so no text is lost. w is the token
// holding the comma: the note is what follows it, and the cell ends after it at the earliest.
func commaNote(toks []string, w int, ends noteEnds) (next int, open bool) {
	for m := w + 1; m < len(ends.aligned) && m < len(toks); m++ {
		if ends.aligned[m] {
			return m, false
		}
	}
	note := "" // the note so far, from after the comma
	if c := strings.IndexAny(toks[w], noteCommas); c >= 0 {
		_, size := utf8.DecodeRuneInString(toks[w][c:])
		note = toks[w][c+size:]
	}
	for m := w; m < len(toks); m++ {
		if m > w {
			note += " " + toks[m]
		}
		end := lastRune(toks[m])
		if strings.ContainsAny(end, ".。!！") {
			return m + 1, false
		}
		if m > w && ends.inline && strings.ContainsAny(end, ",，") && page.IsCondition(strings.TrimRight(note, ",，")) {
			return m + 1, false
		}
	}
	return max(w+1, len(toks)-ends.keep), ends.inline
}

// alignedStarts tells, for a row line t of n tokens in a table whose header sets its cells
// apart by runs of two spaces or more (columns aligned, as a fixed-width dump has them),
// which tokens start a cell (alignedColumns). nil when the row is not so aligned.
func (st *spaced) alignedStarts(t string, n int) []bool {
	cols := st.alignedColumns(t, n)
	if cols == nil {
		return nil
	}
	starts := make([]bool, n)
	for k, c := range cols {
		starts[k] = c >= 0
	}
	return starts
}

// alignedColumns tells, for a row line t of n tokens in a table whose header sets its cells
// apart by runs of two spaces or more, the header cell each token starts: those that start
// where a header cell starts (a cell that fills its column is followed by one space only),
// -1 for the others. nil when the header is not so aligned, or the row's type (its second
// token: spacedRow reads rows whose name and type open the line) does not start under the
// Type header (the row is not aligned), or the row reads whole by its runs of spaces where
// a word runs past a column's start (runsCross). Positions are counted in either measure
// (see columns: a row of Chinese cells lines up by display cells, or by characters); the
// one under which more tokens start a column wins, display cells on a tie.
func (st *spaced) alignedColumns(t string, n int) []int {
	head := st.d.t(st.h.start)
	if st.h.tabs || !strings.Contains(head, "  ") {
		return nil
	}
	offs, _ := headerOffsets(head, st.h.cells)
	if offs == nil {
		return nil
	}
	var best []int
	hits := -1
	for _, wide := range []bool{true, false} {
		at := map[int]int{} // the header cell that starts at each column
		colStarts := make([]int, len(offs))
		for k, o := range offs {
			colStarts[k] = textWidth(head[:o], wide)
			at[colStarts[k]] = k
		}
		if (&columns{wide: wide, starts: colStarts}).runsCross(t, t, st.h) {
			continue // a row joined by runs of spaces that lines up by chance
		}
		cols := make([]int, 0, n)
		starts := 0
		for _, w := range lineWords(t, wide) {
			c, ok := at[w.at]
			if !ok {
				c = -1
			} else {
				starts++
			}
			cols = append(cols, c)
		}
		if len(cols) == n && n >= 2 && cols[1] == 1 && starts > hits {
			best, hits = cols, starts
		}
	}
	return best
}

// lastRune returns s's last character, as a string.
func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// lineCellsAfter returns the number of cells after column c that a row's line holds
// besides the description (an Example, a Position), which follows the others or lies
// below the line.
func (st *spaced) lineCellsAfter(c int) int {
	n := 0
	for _, col := range st.h.cols[c+1:] {
		if col != page.ColDescription {
			n++
		}
	}
	return n
}

// unnamed reports whether a spaced row's tokens start with a type and no name: the type
// must be followed by a location or Required word, which prose does not have.
func (st *spaced) unnamed(toks []string) bool {
	if !isType(toks[0]) || len(toks) < 2 {
		return false
	}
	_, req := page.ParseRequired(toks[1])
	return isLocation(toks[1]) && st.tbl.Col(page.ColLocation) >= 0 || req && st.tbl.Col(page.ColRequired) >= 0
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
	cells := make([]string, n)
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

// spacedType reads the type after the name: one word, "Array of String", "String Array"
// or "String to String Map". A list word after a type word is the type's ("Ids String Array
// 1,2"), unless "of" follows it: that is a description ("String Array of names").
func spacedType(toks []string) (string, int) {
	if len(toks) >= 4 && strings.EqualFold(toks[1], "array") && strings.EqualFold(toks[2], "of") {
		typ := strings.Join(toks[1:4], " ")
		if isType(typ) {
			return typ, 4
		}
	}
	if len(toks) >= 3 && (strings.EqualFold(toks[2], "array") || strings.EqualFold(toks[2], "list")) &&
		(len(toks) == 3 || !strings.EqualFold(toks[3], "of")) {
		if typ := toks[1] + " " + toks[2]; isType(typ) {
			return typ, 3
		}
	}
	if len(toks) >= 5 && strings.EqualFold(toks[2], "to") && strings.EqualFold(toks[4], "map") && isType(toks[1]) && isType(toks[3]) {
		return strings.Join(toks[1:5], " "), 5
	}
	if strings.IndexByte(toks[1], '<') > 0 && strings.IndexByte(toks[1], '>') < 0 {
		// "Map<String, String>": the type's parameters are separated by a space
		for k := 2; k < len(toks) && k < 5; k++ {
			if strings.IndexByte(toks[k], '>') >= 0 {
				if typ := strings.Join(toks[1:k+1], " "); isType(typ) {
					return typ, k + 1
				}
				break
			}
		}
	}
	if isType(toks[1]) || page.IsStructTypeName(toks[1]) {
		return toks[1], 2
	}
	return "", 0
}

// inferHeader recognises, in a parameter section, a spaced table whose header is in words
// the lexicon does not know (another language, or masked): a short line of 3 to 8 words
// with no type word or digit among them, followed by "Name Type ..." rows (after at most
// three stray lines: a "<common parameters> - -" pseudo-row, a row whose name the page
// translated, its description). The first two columns are
// the name and the type; the rows tell the others: a Position column when a row has a
// location word after the type, a Required column when a row has a Required word next (or
// when three columns are left); then Example and Description, the description last.
func (d *doc) inferHeader(i int) (header, bool) {
	if !d.sec.Kind.HoldsParams() {
		return header{}, false
	}
	t := d.t(i)
	if len(t) > 80 || endsSentence(t) || strings.IndexByte(t, '\t') >= 0 {
		return header{}, false
	}
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 8 {
		return header{}, false
	}
	for _, w := range words {
		if isType(w) || len(w) > 24 || strings.ContainsAny(w, "0123456789") {
			return header{}, false // a row, prose, or a caption ("Table 1. Path parameters")
		}
	}
	// The rows that follow, up to the first blank line after them.
	var rows [][]string
	for j, stray := i+1, 0; j < len(d.lines) && len(rows) < 20; j++ {
		if d.blank(j) {
			if len(rows) > 0 {
				break
			}
			continue
		}
		toks := strings.Fields(d.t(j))
		if len(toks) >= 2 && validName(toks[0]) {
			if typ, k := spacedType(toks); typ != "" && !describes(toks[0], typ) {
				rows = append(rows, toks[k:])
				continue
			}
		}
		if len(rows) > 0 {
			continue // a description line between rows
		}
		if stray++; stray > 3 {
			break
		}
	}
	if len(rows) == 0 {
		return header{}, false
	}
	cols := inferColumns(len(words), rows)
	d.p.Warn(d.no(i), "table header %q not recognised; columns read from the rows as %s", t, columnNames(cols))
	return header{start: i, end: i + 1, cells: words, cols: cols, style: styleSpaced}, true
}

// inferColumns tells the n columns of a table whose header the lexicon does not know from
// its rows' cells after the name and the type (rows, a row's text from the type on, its
// first cell the one after the type): the first two columns are the name and the type; a
// Position column when a row has a location word next, a Required column when a row has a
// Required word next (or when three columns are left); then Example and Description, the
// description last.
func inferColumns(n int, rows [][]string) []page.Column {
	cols := make([]page.Column, n)
	cols[0], cols[1] = page.ColName, page.ColType
	next := 2
	has := func(pos int, test func(string) bool) bool {
		for _, r := range rows {
			if pos < len(r) && test(r[pos]) {
				return true
			}
		}
		return false
	}
	if next < n && has(next-2, isLocation) {
		cols[next] = page.ColLocation
		next++
	}
	left := n - next
	// Two columns left and the rows' text after the type reads as prose: the page has a
	// Required column it leaves empty and no Example column.
	noExample := left == 2 && prose(rows, next-2)
	if left > 0 && (left >= 3 || noExample || has(next-2, func(w string) bool { _, ok := page.ParseRequired(w); return ok })) {
		cols[next] = page.ColRequired
		next++
		left--
	}
	if left >= 2 && !noExample {
		cols[n-2] = page.ColExample
	}
	if left >= 1 {
		cols[n-1] = page.ColDescription
	}
	return cols
}

// columnNames names cols for a warning: "Name, Type, Required, Description".
func columnNames(cols []page.Column) string {
	names := make([]string, len(cols))
	for k, c := range cols {
		names[k] = columnName[c]
	}
	return strings.Join(names, ", ")
}

// prose reports whether at least half the rows that have text at token pos have a
// sentence there rather than a value: it ends a sentence or clause, or has CJK
// punctuation in it.
func prose(rows [][]string, pos int) bool {
	n, yes := 0, 0
	for _, r := range rows {
		if pos >= len(r) {
			continue
		}
		n++
		w := r[pos]
		if endsSentence(w) || strings.HasSuffix(w, "：") || strings.ContainsAny(w, "。，；：、") {
			yes++
		}
	}
	return n > 0 && 2*yes >= n
}

// columnName names the columns inferHeader assigns, for its warning.
var columnName = map[page.Column]string{
	page.ColOther: "(unknown)", page.ColName: "Name", page.ColType: "Type", page.ColRequired: "Required",
	page.ColLocation: "Position", page.ColExample: "Example", page.ColDescription: "Description",
	page.ColHTTPStatus: "HTTP status", page.ColErrorCode: "Error code", page.ColErrorMessage: "Error message",
}
