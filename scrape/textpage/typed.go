package textpage

import (
	"encoding/json"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// unit is one line of free text in a row: a paragraph or a list item.
type unit struct {
	text   string
	bullet bool
}

// typedRow is a parameter row being read: the leading cells and the free text after them.
type typedRow struct {
	line                int
	name, typ, req, loc string
	deprecated, hasName bool
	glued               string // free text on the row's line after its leading cells
	units               []unit
	// cut says the input ends inside the row's text, its last line prose stopped short
	// (cutShort): that line is no Example.
	cut bool
}

// typedTable reads a table whose rows are anchored by a type cell (parameters, response
// elements) in the cell-per-line or glued layout.
type typedTable struct {
	d                   *doc
	h                   header
	tbl                 *page.Table
	name, typ, req, loc int
	desc, example       int
	free                []int
	glued               bool
	missing             missingCells // named rows without a Required cell
	// splits are the glued rows whose split may be wrong, warned when the table is read
	// (settleSplits); untyped says a line of the table looks like a row without a type word.
	splits  []gluedSplit
	untyped bool
	// restSplits counts gluedRest's searches of the table's lines (one a line at most
	// from splitGluedText: TestGluedRestOnce)
	restSplits int
	// units are each row's free text, kept where the header may have lost its Example
	// column (restoreExample): parallel to tbl.Rows.
	units [][]unit
}

// gluedSplit is a glued row split into name and type where another reading may hold: other
// splits give a valid name and a known type too (several), or a capitalised type follows a
// lower-case letter ("LastString"), so the name may end in that word.
type gluedSplit struct {
	line           int
	row, name, typ string
	several        bool
	// settled says the page's example settled the split (keySplit): a note, no guess
	settled bool
}

func (d *doc) typedTable(h header) int {
	return d.newTypedTable(h).read()
}

// newTypedTable prepares the reading of a typed table.
func (d *doc) newTypedTable(h header) *typedTable {
	tt := &typedTable{d: d, h: h, glued: h.style == styleGlued}
	tt.tbl = &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	tt.name, tt.typ, tt.req, tt.loc = tt.tbl.Col(page.ColName), tt.tbl.Col(page.ColType), tt.tbl.Col(page.ColRequired), tt.tbl.Col(page.ColLocation)
	tt.desc, tt.example = tt.tbl.Col(page.ColDescription), tt.tbl.Col(page.ColExample)
	if tt.name < 0 {
		tt.name = 0
		if tt.typ == 0 {
			tt.name = -1
		}
	}
	tt.free = make([]int, 0, len(h.cells))
	for k := range h.cells {
		if k != tt.name && k != tt.typ && k != tt.req && k != tt.loc {
			tt.free = append(tt.free, k)
		}
	}
	return tt
}

// read reads the table's rows and returns the index of the line after the table.
func (tt *typedTable) read() int {
	d, h := tt.d, tt.h
	var row typedRow  // the row being read, when cur != nil
	var cur *typedRow // nil before the first row
	var stray []page.Block
	i := h.end
	atEOF := true
	for i < len(d.lines) {
		if d.blank(i) {
			i++
			continue
		}
		if r, j, ok := tt.rowAt(i, cur); ok {
			if cur != nil {
				tt.flush(cur)
			}
			row = r
			// a row's free text is mostly a unit a free column (its description, its
			// example): room for them at once, not a slice grown a unit at a time
			row.units = make([]unit, 0, len(tt.free))
			if row.glued != "" {
				row.units = append(row.units, unit{text: row.glued})
			}
			cur = &row
			i = j
			continue
		}
		if tt.headerInRow(i, cur, 0) {
			cur.units = append(cur.units, unit{text: d.t(i)})
			i++
			continue
		}
		if d.endsTable(i) && !tt.headingInRow(i, cur) && !tt.captionsCell(i, cur) || cur != nil && tt.captionAfterRow(i, cur) {
			atEOF = false
			break
		}
		t := d.t(i)
		if cur != nil && tt.itemCaption(i, cur) {
			// "DBInstance data structure" after "DBInstances | List<DBInstance>": the rows
			// that follow are the item's; a row naming the item (as the marker row other
			// layouts have) says so, the caption stays as a paragraph.
			tt.flush(cur)
			row = typedRow{line: d.no(i), name: strings.Fields(t)[0]}
			tt.flush(&row)
			cur = nil
			stray = append(stray, page.Block{Kind: page.Paragraph, Line: d.no(i), Text: t})
			i++
			continue
		}
		if cur != nil && tt.itemRow(i, cur) {
			// "MaintenanceAttribute" alone after "MaintenanceAttributes | Array of
			// MaintenanceAttribute": the legacy wrapper's item row, whose cells but the name
			// are empty and left out; the rows that follow are the item's.
			tt.flush(cur)
			row = typedRow{line: d.no(i), name: t}
			tt.flush(&row)
			cur = nil
			i++
			continue
		}
		if tt.untypedParent(i, cur) {
			// "└Tags" alone, its description, then "└└TagKey": a container row whose type
			// the page leaves empty; read as text, it ran into the row above and went
			// unwarned. Extraction reads it as an object, warned (its children say so).
			tt.flush(cur)
			row = typedRow{line: d.no(i), name: t, hasName: true}
			cur = &row
			i++
			continue
		}
		if cur != nil {
			if name, typ, ok := tt.unknownTypeRow(i); ok {
				tt.untyped = true
				d.dropUnknownTypeRow(d.no(i), t, name, typ, cur.label())
			}
		}
		if cur == nil {
			stray = append(stray, page.Block{Kind: page.Paragraph, Line: d.no(i), Text: t})
		} else if item, ok := cutBullet(t); ok {
			cur.units = append(cur.units, unit{text: item, bullet: true})
		} else {
			cur.units = append(cur.units, unit{text: t})
		}
		i++
	}
	if atEOF && cur != nil && cutShort(cur.units) {
		cur.cut = true
	}
	if atEOF && (cur == nil && len(stray) == 0 || cur != nil && tt.incomplete(cur)) {
		d.p.Truncated = true
		d.p.Warn(d.lineAt(i), "input ends inside the table at line %d: input looks cut off", tt.tbl.Line)
	} else if atEOF && cur != nil && cur.cut {
		d.p.Truncated = true
		d.p.Warn(d.lineAt(i), "input ends inside row %s's text, part way through a sentence: input looks cut off; that text is read as its description", cur.label())
	}
	tt.flush(cur)
	tt.restoreExample()
	tt.settleSplits()
	treeDepths(tt.tbl)
	if tt.req >= 0 {
		named := 0
		for _, r := range tt.tbl.Rows {
			if tt.name >= 0 && r.Cells[tt.name] != "" {
				named++
			}
		}
		tt.missing.warn(d.p, tt.h.cells[tt.req], tt.tbl.Line, named)
	}
	d.addTable(tt.tbl, stray)
	return i
}

// headingInRow reports whether heading line i is text of the row being read: the
// response's root row described as "返回结果" (Return result), a heading of the current
// section's own kind, with the next row right after it; or a description that is a heading
// word of another kind ("错误码", Error code, describing a field "code") right after the
// row's leading cells, with rows going on after it (descHeading).
func (tt *typedTable) headingInRow(i int, cur *typedRow) bool {
	d := tt.d
	k, ok := d.heading(i)
	if !ok || cur == nil || d.startsTable(i) {
		return false
	}
	if k == d.sec.Kind {
		return tt.rowStarts(d.nb(i + 1))
	}
	return cur.hasName && len(cur.units) == 0 && tt.descHeading(i)
}

// headerInRow reports whether line i, which reads as a table's header, is a cell of row
// cur that happens to be made of column words (an example "範例名稱", 範例 and 名稱): a
// header stands at a table's start and covers the columns a parameter table needs, the
// name and the type; one that does not, standing where the row still lacks cells (fewer
// units than the table's free columns, after the extra units the caller counts), on no
// more lines than it lacks, is those cells. Before, it ended the table and the rows after
// it were read as a table under it ("row "Period": 1 of 2 cells").
func (tt *typedTable) headerInRow(i int, cur *typedRow, extra int) bool {
	if cur == nil || i >= len(tt.d.lines) {
		return false
	}
	lack := len(tt.free) - len(cur.units) - extra
	h, ok := tt.d.header(i)
	if !ok || lack <= 0 || slices.Contains(h.cols, page.ColName) && slices.Contains(h.cols, page.ColType) {
		return false
	}
	lines := 1
	if h.style == styleCells {
		lines = len(h.cells)
	}
	return lines <= lack
}

// captionsCell reports whether line i ends the table only as the caption right over a
// header (captionsTable) that is a cell of row cur (headerInRow, with line i as one more of
// its units): a dump without blank lines puts a row's description right over its example.
func (tt *typedTable) captionsCell(i int, cur *typedRow) bool {
	d := tt.d
	if _, ok := d.heading(i); ok || d.startsTable(i) || !d.captionsTable(i) {
		return false
	}
	if t := d.t(i); t == "{" || t == "[" || isLastUpdated(t) != "" {
		return false
	}
	return tt.headerInRow(i+1, cur, 1)
}

// descHeading reports whether heading line i reads as a row's description rather than the
// end of the table: it names no parameter section (those end a table even when rows
// follow without a header line), and a row starts within the two lines after it (after
// the row's example at most).
func (tt *typedTable) descHeading(i int) bool {
	d := tt.d
	if k, ok := d.heading(i); !ok || k.HoldsParams() || d.startsTable(i) {
		return false
	}
	j := d.nb(i + 1)
	for n := 0; n < 2 && j < len(d.lines); n++ {
		if d.endsTable(j) {
			return false
		}
		if tt.rowStarts(j) {
			return true
		}
		j = d.nb(j + 1)
	}
	return false
}

// itemCaption reports whether line i captions the item struct of row cur, a list of a
// struct ("List<DBInstance>", "Array of DBInstance"): a short line whose first word is the
// struct's name ("DBInstance data structure"), with a row right after it, set apart from
// the row above by a blank line. Where the dump has no blank line at all (one that dropped
// them), none can set it apart, and the line's shape alone tells it.
func (tt *typedTable) itemCaption(i int, cur *typedRow) bool {
	d := tt.d
	item := listItemName(cur.typ)
	if item == "" || i == 0 || endsSentence(d.t(i)) {
		return false
	}
	words := strings.Fields(d.t(i))
	if len(words) < 2 || len(words) > 5 || words[0] != item || !tt.rowStarts(d.nb(i+1)) {
		return false
	}
	return d.blank(i-1) || !d.hasBlank()
}

// hasBlank reports whether the input has a blank line between two lines of text.
func (d *doc) hasBlank() bool {
	for i := d.nb(0); i < len(d.lines); i++ {
		if d.blank(i) {
			return d.nb(i) < len(d.lines)
		}
	}
	return false
}

// itemRow reports whether line i is the item row of row cur, a list, in a layout that leaves
// empty cells out: the name of the item alone on the line, after cur's description, with a
// row right after it. The item is the struct the list's type names ("Array of DBInstance"),
// or, where the type names none ("Array"), the singular of the list's name ("Regions",
// "Region"; page.IsSingularOf). Whether a row follows is asked last: it reads the next
// line as a row, which the table reads again when it gets there.
func (tt *typedTable) itemRow(i int, cur *typedRow) bool {
	return len(cur.units) > 0 && namesItem(tt.d.t(i), cur) && tt.rowStarts(tt.d.nb(i+1))
}

// namesItem reports whether t names the item of row cur, a list (itemRow).
func namesItem(t string, cur *typedRow) bool {
	if item := listItemName(cur.typ); item != "" {
		return t == item
	}
	if !validName(t) {
		return false
	}
	typ, ok := page.ReadType(cur.typ)
	list := ok && typ.Elem == nil && (typ.Word == "array" || typ.Word == "list" || typ.Word == "repeatlist")
	return list && page.IsSingularOf(t, cur.name)
}

// listItemName returns the struct a list type names ("DBInstance" for "List<DBInstance>",
// "Array of DBInstance", "array<DBInstance>"; page.ListItem), or "" when it names none or a
// type word.
func listItemName(typ string) string {
	item := page.ListItem(typ)
	if len(item) < 2 || item[0] < 'A' || item[0] > 'Z' || !validName(item) || isType(item) {
		return ""
	}
	return item
}

// rowStarts reports whether a row starts at line i.
func (tt *typedTable) rowStarts(i int) bool {
	if i >= len(tt.d.lines) {
		return false
	}
	_, _, ok := tt.rowAt(i, nil)
	return ok
}

// incomplete reports whether a row lacks cells a complete row would have.
func (tt *typedTable) incomplete(r *typedRow) bool {
	return (tt.req >= 0 && r.req == "" && r.hasName) || (len(r.units) == 0 && !containerType(r.typ))
}

// endsTable reports whether line i ends a table: a heading, another table, a JSON block,
// a caption or a label over a table.
func (d *doc) endsTable(i int) bool {
	t := d.t(i)
	if _, ok := d.heading(i); ok {
		return true
	}
	if t == "{" || t == "[" || isLastUpdated(t) != "" {
		return true
	}
	return d.startsTable(i) || d.captionsTable(i) || d.labelsTable(i)
}

// captionsTable reports whether line i is a caption right over a table's header ("Table 3.
// nodes", "ScalingConfigurationSetType is a set of ...", with no blank line between): it
// ends the table before it, whose last row's description it would otherwise join.
func (d *doc) captionsTable(i int) bool {
	return i+1 < len(d.lines) && !d.blank(i+1) && d.startsTable(i+1)
}

// captionAfterRow reports whether line i, after row cur has text for each of the table's
// free columns, is the caption of a table whose header follows it past blank lines ("data
// fields", then a blank line, then "ParameterTypeDescriptionExample"): a heading-shaped line
// of words, no bullet, that reads as no value, set apart by blank lines. It ends the table before it, whose last
// row would otherwise take it as a cell (the Example) and push its own example into the
// description. A caption with no blank line under it is captionsTable's.
//
// A row without text for each free column (no example) still ends at such a line when its
// text so far names it ("详情请参见actions字段数据结构说明。", then "actions字段数据结构说明"):
// the signal extract's captionTable takes to give the captioned table to that row. Before,
// the caption was the row's last cell and its description moved into the Example.
func (tt *typedTable) captionAfterRow(i int, cur *typedRow) bool {
	d := tt.d
	if !d.blankBefore(i) || i+1 >= len(d.lines) || !d.blank(i+1) {
		return false
	}
	t := d.t(i)
	named := slices.ContainsFunc(cur.units, func(u unit) bool { return strings.Contains(u.text, t) })
	if len(cur.units) < len(tt.free) && !named {
		return false
	}
	if _, bullet := cutBullet(t); bullet || len(strings.Fields(t)) < 2 && !named || !page.HeadingShaped(t) || looksLikeValue(t) {
		return false
	}
	return d.startsTable(d.nb(i + 1))
}

// labelsTable reports whether line i is a label over the table that follows it, past
// blank lines or none: a location's or a response part's word alone ("Body", "请求体",
// "Response headers"; page.LocationLabel, page.ResponseLabel), as ROA pages head the
// body's table under "Request parameters". It ends the table before it (endsTable), whose
// last row took it as a cell (a cell-a-line dump's Example, the row's example pushed into
// the description; a spaced dump's description), and the table after it was read with no
// location.
func (d *doc) labelsTable(i int) bool {
	t := d.t(i)
	_, loc := page.LocationLabel(t)
	if _, resp := page.ResponseLabel(t); !loc && !resp {
		return false
	}
	return d.startsTable(d.nb(i + 1))
}

// captionStruct reports whether w is what a numbered caption over a table of the page names
// (captionsTable): legacy pages define a struct in a table captioned with its name, and
// type rows with that name ("page page_info"), no type word.
func (d *doc) captionStruct(w string) bool {
	if d.captioned == nil {
		d.captioned = map[string]bool{}
		for i := range d.lines {
			if name, ok := page.CaptionName(d.t(i)); ok && page.IsIdent(name) && d.startsTable(i+1) {
				d.captioned[name] = true
			}
		}
	}
	return d.captioned[w]
}

// rowAt recognises the start of a row at line i and returns it with the index after its
// leading cells.
func (tt *typedTable) rowAt(i int, cur *typedRow) (typedRow, int, bool) {
	d := tt.d
	t := d.t(i)
	var r typedRow
	r.line = d.no(i)
	j := -1
	switch {
	case d.is(i, trType) && !tt.typeWordName(i) && !tt.gluedListName(i):
		if tt.gluedItemRow(i) {
			break // the item row's name "[]" glued to its type: splitGluedRow reads it
		}
		// a type with no name: the root object, an array item, or a hidden name. A type word
		// right after a one-paragraph scalar row is more likely that row's example.
		if cur != nil && len(cur.units) < 2 && !containerType(cur.typ) && !tt.reqFollows(i+1) {
			return typedRow{}, 0, false
		}
		r.typ, j = t, i+1
		if typ, req, ok := tt.typeRequired(t); ok {
			r.typ, r.req = typ, req
		}
	default:
		// a name may carry the glyphs of a tree ("└diskType"), which treeDepths reads
		_, bare := page.TreeDepth(t)
		name, dep := cutBadge(bare)
		translated := !validName(name) && translatedName(name) && (tt.req >= 0 || tt.translatedFits(i, cur))
		if !rowName(name) && !translated {
			break
		}
		name = d.treeLead(i, t) + t[:len(t)-len(bare)] + name
		k := d.nb(i + 1)
		if k < len(d.lines) && d.is(k, trBadge) {
			dep = true
			k = d.nb(k + 1)
		}
		loc := ""
		if tt.loc >= 0 && k < len(d.lines) && isLocation(d.t(k)) {
			loc, k = d.t(k), d.nb(k+1) // a Position cell before the type ("Action", "Query", "String")
		}
		if k >= len(d.lines) || !d.is(k, trType) || tt.gluedListName(k) {
			break // (a glued row named before its list word is the next row, not this one's type)
		}
		if m := d.nb(k + 1); translated && tt.req >= 0 && (m >= len(d.lines) || !d.is(m, trRequired)) {
			break // a translated name only where a type and a Required word follow
		}
		if cur != nil && tt.example >= 0 && len(cur.units) == 1 && !containerType(cur.typ) && tt.valueNotName(t) {
			return typedRow{}, 0, false // cur's example, followed by a row whose name is hidden
		}
		r.name, r.hasName, r.deprecated, r.typ, r.loc, j = name, true, dep, d.t(k), loc, k+1
	}
	if j < 0 && tt.glued {
		name, typ, loc, req, rest, ok := tt.splitGluedRow(i)
		if !ok && tt.req < 0 && tt.translatedFits(i, cur) {
			name, typ, rest, ok = translatedTyped(t, len(tt.free) > 0 && tt.free[0] == tt.desc)
		}
		if !ok {
			return typedRow{}, 0, false
		}
		if req == "" && rest == "" && cur != nil && len(cur.units) == 1 && !containerType(cur.typ) && tt.rowFollows(d.nb(i+1)) {
			return typedRow{}, 0, false // an example value that happens to end in a type word
		}
		if req == "" && rest == "" && tt.rootDescription(i, cur, name, typ) {
			return typedRow{}, 0, false
		}
		name, dep := cutBadge(name)
		r.name, r.hasName, r.deprecated, r.typ, r.req, j = name, name != "", dep, typ, req, i+1
		r.glued = rest // the first free cell glued to the row ("ActionStringYesCreateStack")
		r.loc = loc
	}
	if j < 0 {
		return typedRow{}, 0, false
	}
	for pass := 0; pass < 2; pass++ {
		m := d.nb(j)
		if m >= len(d.lines) {
			break
		}
		u := d.t(m)
		if tt.req >= 0 && r.req == "" {
			// a Required word, a blank ("-", "N/A": a column of marks leaves an optional
			// parameter's cell so) or a conditional cell ("Yes (when X is set)"): a line
			// holds one cell, kept whole for extract to read as RequiredCell does
			if d.is(m, trRequired) || page.IsRequiredCell(u) {
				r.req, j = u, m+1
				continue
			}
		}
		if tt.loc >= 0 && r.loc == "" && isLocation(u) {
			r.loc, j = u, m+1
		}
	}
	return r, j, true
}

// untypedParent reports whether line i is the name of a row whose type cell is empty
// (untypedRow), after row cur.
func (tt *typedTable) untypedParent(i int, cur *typedRow) bool {
	var prev *rowSeen
	if cur != nil {
		prev = &rowSeen{name: cur.name, typ: cur.typ, text: len(cur.units) > 0}
	}
	return tt.d.untypedRow(i, prev, false, tt.glued, func(k int) (bool, bool) {
		r, _, ok := tt.rowAt(k, nil)
		return r.hasName, ok
	})
}

// typeWordName reports whether line i of a table with a line a cell, a type word that can be
// a name ("list", "object"), is a row's name: a type line follows it and no type line follows
// that, so the two are the row's name and type ("list", "Array of Object"), not an unnamed
// row's type and the next row's name ("object", "list", "Array of Object"). Read as an
// unnamed row's type, the row was dropped, and its fields went to the object above.
func (tt *typedTable) typeWordName(i int) bool {
	d := tt.d
	if tt.glued || !validName(d.t(i)) {
		return false
	}
	k := d.nb(i + 1)
	if k >= len(d.lines) || !d.is(k, trType) {
		return false
	}
	m := d.nb(k + 1)
	return m >= len(d.lines) || !d.is(m, trType)
}

// gluedListName reports whether line i of a glued table, which reads whole as a list of a
// struct named before a list word in another script ("Repositories數組", "Tags的列表":
// page.Type.CellOnly), is a row's name glued to that list word, as a concat dump glues
// every row's: an unnamed row (the root, a list's items) is typed by a type word.
func (tt *typedTable) gluedListName(i int) bool {
	t := tt.d.t(i)
	if !tt.glued || t == "" || t[len(t)-1] < utf8.RuneSelf {
		return false
	}
	typ, ok := page.ReadType(t)
	return ok && (typ.CellOnly || tt.keyNamed(t))
}

// keyNamed reports whether glued line t, which reads whole as a type, is a row's name
// glued to its type word, as the page's example settles: it writes as a key the name that
// one split of t leaves ("list数组": "list" + "数组"; keySplit).
func (tt *typedTable) keyNamed(t string) bool {
	var buf [8]int
	return tt.d.keySplit(t, splitPoints(buf[:0], t, false), true) >= 0
}

// rootDescription reports whether glued line i, which splits as name and typ, is the
// description of the unnamed root row cur rather than a row: right after cur, a type word
// written in the other case ("object" then "GroupIdObject"), with the next row right after
// it ("groupIdstring"). Its split is then not warned (settleSplits), but a guess names the
// row it could have been. A line followed by its own cells ("RequestIdString", then "The
// request ID.") is a row.
func (tt *typedTable) rootDescription(i int, cur *typedRow, name, typ string) bool {
	if cur == nil || cur.hasName || len(cur.units) > 0 || cur.typ == "" ||
		lowerInitial(typ[0]) == lowerInitial(cur.typ[0]) || !tt.rowFollows(tt.d.nb(i+1)) {
		return false
	}
	tt.d.p.Guess(tt.d.no(i), "%q after the unnamed %s row, with a row after it: read as that row's description, not a row %q (%s)",
		tt.d.t(i), cur.typ, name, typ)
	return true
}

// unknownTypeRow reports whether line i, which does not start a row, is shaped like one
// whose type the vocabulary lacks: in a table with a Required column, a name line, a line of
// one word that is no type, then a Required line ("networkConfig",
// "*CreateLogstashRequestNetworkConfig", "Yes"); or, in a glued table, one word that starts
// like a name and ends with a Required word ("networkConfig*CreateLogstashRequestNetworkConfigYes").
// It returns the name and the unknown type as far as they can be told apart.
func (tt *typedTable) unknownTypeRow(i int) (name, typ string, ok bool) {
	d := tt.d
	t := d.t(i)
	if tt.req < 0 || strings.ContainsAny(t, " \t") || !validStart(t) {
		return "", "", false
	}
	if !tt.glued {
		k := d.nb(i + 1)
		if !validName(t) || k >= len(d.lines) || d.is(k, trType) || d.is(k, trRequired) {
			return "", "", false
		}
		u := d.t(k)
		if m := d.nb(k + 1); strings.ContainsAny(u, " \t") || len(u) > 80 || m >= len(d.lines) || !d.is(m, trRequired) {
			return "", "", false
		}
		return t, u, true
	}
	for _, w := range requiredSuffixes {
		body, found := strings.CutSuffix(t, w)
		if !found || len(body) < 2 {
			continue
		}
		n := 1
		for n < len(body) && identByte(body[n]) {
			n++
		}
		if n == len(body) {
			return body, "", true // the type cannot be told from the name
		}
		return body[:n], body[n:], true
	}
	return "", "", false
}

// dropUnknownTypeRow warns, naming the row, that line text (line no) is shaped like a row
// whose type typ the vocabulary lacks: the reader keeps it as text of the row labelled row,
// and a parameter may be lost. The glued, cell-per-line and spaced readers all say so here.
// Where the type cannot be told from a glued name (typ ""), the name's last word may be
// that type ("KeyMaterialExpireUnixTimestamp否": "Timestamp"), and the name before it is
// named too, as the parameter more likely lost.
func (d *doc) dropUnknownTypeRow(no int, text, name, typ, row string) {
	if typ == "" {
		if c := lastHump(name); c > 0 {
			d.p.Drop(no, "%sline %q looks like a row (a name and a Required word, no type word: %q may end in one, %q); read as text of row %q",
				page.Lost("rows", []string{name[:c], name}), text, name, name[c:], row)
			return
		}
	}
	d.p.Drop(no, "%sline %q looks like a row (a name, %q, a Required word) but %q is no type word; read as text of row %q",
		page.Lost("rows", []string{name}), text, typ, typ, row)
}

// lastHump returns where the last capitalised word of a camel-case name starts
// ("Timestamp" in "KeyMaterialExpireUnixTimestamp"), after a lower-case letter or a digit
// and of three letters or more, all letters; 0 when it has none.
func lastHump(name string) int {
	c := strings.LastIndexFunc(name, unicode.IsUpper)
	if c <= 0 || len(name)-c < 3 || !(unicode.IsLower(rune(name[c-1])) || unicode.IsDigit(rune(name[c-1]))) {
		return 0
	}
	for _, r := range name[c:] {
		if !unicode.IsLetter(r) {
			return 0
		}
	}
	return c
}

// validStart reports whether s starts as a parameter name does.
func validStart(s string) bool {
	return s != "" && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z' || s[0] == '_')
}

func identByte(c byte) bool { return isAlnum(c) || c == '_' || c == '.' }

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// valueNotName reports whether t, followed by a type line, is more likely the current row's
// example with a row whose name the site hid after it: it reads like a value, or it has
// underscores or digits where no name in the table so far has.
func (tt *typedTable) valueNotName(t string) bool {
	if looksLikeValue(t) {
		return true
	}
	if tt.name < 0 || !strings.ContainsAny(t, "_0123456789") {
		return false
	}
	for _, r := range tt.tbl.Rows {
		if n := r.Cells[tt.name]; strings.ContainsAny(n, "_0123456789") {
			return false
		}
	}
	return len(tt.tbl.Rows) > 0
}

// reqFollows reports whether the next non-blank line from i is a Required cell.
func (tt *typedTable) reqFollows(i int) bool {
	if tt.req < 0 {
		return false
	}
	m := tt.d.nb(i)
	if m >= len(tt.d.lines) {
		return false
	}
	return tt.d.is(m, trRequired)
}

// rowFollows reports whether line i plainly starts a row (used for look-ahead).
func (tt *typedTable) rowFollows(i int) bool {
	d := tt.d
	if i >= len(d.lines) {
		return true
	}
	t := d.t(i)
	if d.is(i, trType) {
		return true
	}
	if validName(t) {
		if k := d.nb(i + 1); k < len(d.lines) && d.is(k, trType) {
			return true
		}
	}
	if tt.glued {
		if _, _, _, _, ok := tt.splitGlued(i); ok {
			return true
		}
	}
	return d.endsTable(i) && !tt.descHeading(i)
}

// requiredSuffixes end a glued row in a table with a Required column: the lexicon's
// Required words (page.RequiredWords) of two characters or more, or of one that is not
// ASCII (是, 否: "y" and "n" end too many words), and the box with a cross that the
// table's other marks read (page.CrossedBox), as written and with an upper-case initial,
// longest first ("非必须" before "必须").
var requiredSuffixes = gluedRequiredWords()

func gluedRequiredWords() []string {
	var out []string
	for _, w := range append(page.RequiredWords(), page.CrossedBox) {
		if utf8.RuneCountInString(w) < 2 && w[0] < utf8.RuneSelf {
			continue
		}
		out = append(out, w)
		if c := w[0]; c >= 'a' && c <= 'z' {
			out = append(out, string(c-'a'+'A')+w[1:])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// splitGlued splits "InstanceIdstringYes" into name, type and required cell. Several splits
// can leave a valid name and a known type; the one with a lower-case type (the older layout
// writes types in lower case) and the longest type wins, with a warning. Older pages glue
// the next cell too ("ActionStringYesCreateStack", "DBInstanceIdStringInstance ID"): that
// text is returned as rest (see gluedRest).
func (tt *typedTable) splitGlued(i int) (name, typ, req, rest string, ok bool) {
	name, typ, _, req, rest, ok = tt.splitGluedRow(i)
	return name, typ, req, rest, ok
}

// locationWords are the Position words a glued row may hold (page.LocationWords).
var locationWords = page.LocationWords()

// splitGluedRow is splitGlued that also reads a Position word glued into the row, in a
// table whose header puts its Position column right after Type ("activeOnlyBoolean" +
// "Query" + "いいえtrue") or right after Required ("activeOnlyBooleanいいえ" + "Query" +
// "true"): the word is one of the lexicon's, in any case, and the text without it must
// split with the cells before the Position column ending where the word starts. The
// leftmost such word is taken; a row that holds none splits as without the column.
func (tt *typedTable) splitGluedRow(i int) (name, typ, loc, req, rest string, ok bool) {
	raw := tt.d.t(i)
	afterReq := tt.req >= 0 && tt.loc == tt.req+1 && tt.req == tt.typ+1
	beforeType := tt.name >= 0 && tt.loc == tt.name+1 && tt.typ == tt.loc+1 // "RegionIdQueryString"
	if tt.loc >= 0 && (tt.loc == tt.typ+1 || afterReq || beforeType) {
		for p := range raw {
			for _, w := range locationWords {
				if len(raw)-p < len(w) || !strings.EqualFold(raw[p:p+len(w)], w) {
					continue
				}
				splits := len(tt.splits)
				n, ty, rq, r, ok := tt.splitGluedText(raw[:p]+raw[p+len(w):], i)
				before := n + ty
				if afterReq {
					before += rq
				}
				if beforeType {
					before = n
				}
				if ok && before == raw[:p] && (!afterReq || rq != "") {
					return n, ty, raw[p : p+len(w)], rq, r, true
				}
				tt.splits = tt.splits[:splits] // a trial's doubts are no row's
			}
		}
	}
	name, typ, req, rest, ok = tt.splitGluedText(raw, i)
	return name, typ, "", req, rest, ok
}

// splitGluedText is splitGlued of text t, line i's or line i's without its Position word.
func (tt *typedTable) splitGluedText(raw string, i int) (name, typ, req, rest string, ok bool) {
	_, t := page.TreeDepth(raw)
	glyphs := tt.d.treeLead(i, raw) + raw[:len(raw)-len(t)]
	defer func() {
		if ok && name == "" {
			if elem, item := gluedItem(typ); item {
				name, typ = "[]", elem
			}
		}
		if ok && name != "" {
			name = glyphs + name // treeDepths reads them
		}
	}()
	if name, typ, req, ok := tt.gluedNoted(t, i); ok {
		return name, typ, req, "", true
	}
	if len(t) > maxGluedRow || strings.IndexByte(t, ' ') >= 0 && !spacedTypeIn(t) {
		return tt.gluedRest(t)
	}
	s := t
	if tt.req >= 0 {
		// the Required word may end with its sentence's period ("否。", "Yes."), as a
		// Required cell may (page.ParseRequired): the period is no free cell
		bare := strings.TrimSuffix(strings.TrimSuffix(s, "。"), ".")
		for _, w := range requiredSuffixes {
			if strings.HasSuffix(bare, w) && len(bare) > len(w) {
				rest := bare[:len(bare)-len(w)]
				if nm, ty, ok := tt.typeSuffix(rest, i, false, true); ok && namesStruct(nm, ty) && !gluedHead(nm) {
					s, req = rest, w
					break
				}
			}
		}
	}
	// gluedRest's split of t, searched once: first for a split with the table's Required
	// word, then, where no other reading holds, as the last one
	var rName, rTyp, rReq, rRest string
	var rOK, asked bool
	if req == "" && tt.req >= 0 {
		// a split with the Required word the table has wins over a whole row without it:
		// "ActionStringYesSendFile" is Action, String, Yes and the example SendFile, not a
		// row "ActionStringYesSend" of type File
		rName, rTyp, rReq, rRest, rOK = tt.gluedRest(t)
		asked = true
		if rOK && rReq != "" {
			return rName, rTyp, rReq, rRest, true
		}
	}
	name, typ, ok = tt.typeSuffix(s, i, true, req != "")
	// (in a table with no Required column nothing is glued after the type: the line's end
	// is its end, whatever struct it names: "Result*Logstash")
	if !ok || tt.req >= 0 && !namesStruct(name, typ) {
		if name, typ, req, rest, ok := tt.translatedGlued(t); ok {
			return name, typ, req, rest, true
		}
		if !asked {
			rName, rTyp, rReq, rRest, rOK = tt.gluedRest(t)
		}
		return rName, rTyp, rReq, rRest, rOK
	}
	return name, typ, req, "", true
}

// gluedNoted splits a glued row whose Required word has a note in brackets after a space
// ("P0StringYes (default: 10)", "P0String☒ (when X is set)"): the text before the space
// splits as a row ending in a Required word (requiredSuffixes), and the word with the
// note is a Required cell (page.IsRequiredCell), read as RequiredCell reads a noted one.
// Before, the space made the line no row, and the parameter was lost without a warning.
func (tt *typedTable) gluedNoted(t string, i int) (name, typ, req string, ok bool) {
	head, note, found := strings.Cut(t, " ")
	if note = strings.TrimSpace(note); !found || tt.req < 0 || !strings.HasPrefix(note, "(") && !strings.HasPrefix(note, "（") {
		return "", "", "", false
	}
	for _, w := range requiredSuffixes {
		rest, found := strings.CutSuffix(head, w)
		if !found || rest == "" || !page.IsRequiredCell(w+" "+note) {
			continue
		}
		if nm, ty, ok := tt.typeSuffix(rest, i, false, true); ok && namesStruct(nm, ty) && !gluedHead(nm) {
			return nm, ty, w + " " + note, true
		}
	}
	return "", "", "", false
}

// typeRequired splits t, a line of a glued table with a Required column that reads as one
// Go struct pointer and no name ("*StringNo"), into a type and the Required word glued
// after it ("*String", "No"), as a named row's line is split (splitGluedText). Read whole,
// the row was typed a struct "StringNo", its Required cell empty, and extraction took it
// for a frame, silently; split, it is a row with no name, dropped with a warning as where
// the Required word does not read as a type's end ("*String否").
func (tt *typedTable) typeRequired(t string) (typ, req string, ok bool) {
	if !tt.glued || tt.req < 0 || !page.IsStructPointer(t) {
		return "", "", false
	}
	for _, w := range requiredSuffixes {
		if rest, found := strings.CutSuffix(t, w); found && len(rest) > 1 && gluedType(rest, true) {
			return rest, w, true
		}
	}
	return "", "", false
}

// gluedItem reads a glued row that is "[]" and a type word ("[]Object", "[]String"): a
// list's item row, its name "[]" (page.ItemWord) glued to its type, as the concat layout
// writes every row. Read as one Go slice type on an unnamed row it made the list a list of
// lists. A Go element type ("[]*Tag", "[][]string") is no type word, and a named row's
// "[]Object" ("Ids[]Object") splits as before.
func gluedItem(typ string) (elem string, ok bool) {
	elem, ok = strings.CutPrefix(typ, "[]")
	return elem, ok && typeWordStart(elem) && gluedType(elem, false)
}

// gluedItemRow reports whether line i of a glued table, which reads as a Go slice type
// ("[]Object", "[]StringNo"), splits as an item row named "[]" (gluedItem).
func (tt *typedTable) gluedItemRow(i int) bool {
	if !tt.glued || !strings.HasPrefix(tt.d.t(i), "[]") {
		return false
	}
	splits := len(tt.splits)
	name, _, _, _, _, ok := tt.splitGluedRow(i)
	tt.splits = tt.splits[:splits] // a trial's doubts are no row's
	return ok && name == "[]"
}

// translatedGlued splits a glued row whose name the page translated ("帯域幅Stringいいえ",
// "帯域幅String任意5", "帯域幅文字列任意5"): the name (translatedCuts), a type word and a
// Required word, in a table with that column; rest is the text glued after them.
func (tt *typedTable) translatedGlued(t string) (name, typ, req, rest string, ok bool) {
	if tt.req < 0 {
		return "", "", "", "", false
	}
	for name, after := range translatedCuts(t) {
		for m := min(len(after), 40); m >= 3; m-- {
			if !gluedType(after[:m], true) {
				continue
			}
			for _, w := range requiredSuffixes {
				if strings.HasPrefix(after[m:], w) && !continuesWord(w, after[m+len(w):]) {
					return name, after[:m], w, strings.TrimSpace(after[m+len(w):]), true
				}
			}
		}
	}
	return "", "", "", "", false
}

// described reports whether the row being read has a unit of text for each free column of
// the table: its description is in, so a line that follows is no opening words of it. A
// table without a Required column has no Required word to tell a row whose name the page
// translated from text of the row above; there, such a row is read only after this.
func (tt *typedTable) described(cur *typedRow) bool {
	return cur != nil && tt.desc >= 0 && len(cur.units) >= len(tt.free)
}

// translatedFits reports whether a row whose name the page translated may start at line i
// of a table without a Required column: after a row that has its description (described),
// or on the table's first line, right under the header, where no row's text can be.
func (tt *typedTable) translatedFits(i int, cur *typedRow) bool {
	return tt.described(cur) || cur == nil && i == tt.d.nb(tt.h.end)
}

// translatedTyped splits a glued line that is a name the page translated and a type word
// ("帯域幅String"), for a table without a Required column (described). A legacy dump glues
// the row's first free cell to the type: that is rest. Where that cell is the example
// ("帯域幅String5"), rest is taken only where it reads as one value (gluedValue), so that
// prose naming a type is no row; where it is the description (desc: "帯域幅StringEIPの帯域
// 幅。", as "RequestIdStringリクエスト ID。"), it may be prose, but not prose that goes on
// from the type word (continuesType: "値はStringです。"). A type word in the name's script
// ("帯域幅文字列5") is told from prose that holds one ("实例的创建时间", "返回的字符串值") only
// by a Latin value or word glued after it ("5", "EIPの帯域幅。").
func translatedTyped(t string, desc bool) (name, typ, rest string, ok bool) {
	for name, after := range translatedCuts(t) {
		for m := min(len(after), 40); m >= 2; m-- {
			typ, rest = after[:m], after[m:]
			if !isType(typ) {
				continue
			}
			if after[0] >= utf8.RuneSelf && (rest == "" || rest[0] >= utf8.RuneSelf) {
				continue // a type word in the name's script, and no Latin text after it
			}
			if rest == "" || gluedValue(typ, rest) || desc && gluedDescription(typ, rest) {
				return name, typ, rest, true
			}
		}
	}
	return "", "", "", false
}

// gluedValue reports whether rest, glued to type word typ, reads as one value: no space,
// no punctuation of a sentence, and no prose that goes on from the type (continuesType).
func gluedValue(typ, rest string) bool {
	if strings.ContainsAny(rest, " \t，。、；：（）") || endsSentence(rest) {
		return false
	}
	return !continuesType(typ, rest)
}

// gluedExample reports whether rest, glued after a Required word to type word typ outside
// ASCII, reads as the example cell the header puts there: one value when in the type word's
// script (gluedValue), and no sentence otherwise ("JSON格式。"). The one-character Required
// words 是 and 否 are words of prose too: 是 ("is") follows a noun, and so a type word
// ("Tag对象是一个数组。", "X字符串是JSON格式。"), in many a Chinese description.
func gluedExample(typ, rest string) bool {
	if r, _ := utf8.DecodeRuneInString(rest); r >= utf8.RuneSelf {
		return gluedValue(typ, rest)
	}
	return !strings.ContainsAny(rest, "，。；：") && !endsSentence(rest)
}

// gluedDescription reports whether rest, glued to type word typ, may open a description:
// a letter or digit right after a capitalised type, as gluedRest takes a description glued
// to a Latin name's type ("DBInstanceIdStringInstance ID"), and no prose that goes on from
// the type (continuesType).
func gluedDescription(typ, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return !lowerInitial(typ[0]) && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !continuesType(typ, rest)
}

// continuesType reports whether rest, glued to type word typ, is a word of prose that goes
// on from the type, not the next cell: a letter of any script glued to a lower-case type
// ("strings", "stringです", as gluedRest holds), a Japanese particle (hiragana: "Stringです",
// "Stringを"), which follows a word and opens no value, or the Type column's word of the
// lexicon ("String类型", "String型の").
func continuesType(typ, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if lowerInitial(typ[0]) && unicode.IsLetter(r) || unicode.Is(unicode.Hiragana, r) {
		return true
	}
	n := 0
	for k := range rest {
		if n++; n > 5 { // the longest Type word: "データ型", "數據類型"
			break
		}
		if k > 0 && page.ClassifyColumn(rest[:k]) == page.ColType {
			return true
		}
	}
	return page.ClassifyColumn(rest) == page.ColType
}

// translatedCuts yields the ways a glued line may open with a name the page translated
// (translatedName) and the text after it, longest name first: before the line's first
// ASCII character ("帯域幅String" is 帯域幅 and String), else before a type word of the
// name's script that starts earlier ("帯域幅文字列任意5", typeWordStart; the caller asks the
// lexicon). The longest name first, as gluedRest: a name may hold a type word ("开始时间").
func translatedCuts(t string) iter.Seq2[string, string] {
	return func(yield func(name, rest string) bool) {
		end := strings.IndexFunc(t, func(r rune) bool { return r < utf8.RuneSelf })
		if end < 0 {
			end = len(t)
		}
		for k := end; k > 0; k-- {
			if k == len(t) || k < end && (!utf8.RuneStart(t[k]) || !typeWordStart(t[k:])) {
				continue
			}
			if translatedName(t[:k]) && !yield(t[:k], t[k:]) {
				return
			}
		}
	}
}

// spacedTypeIn reports whether a glued row with white space in it may be a whole row whose
// type has the space: where a run of it is followed by a word of a type's spelling ("Array
// of String", "String to string map", "String Array", "Integer list", "Map<...>" after
// "to"), a bracket ("object []", "integer (int64)", "array< string >") or text of another
// script ("String 数组") or a Markdown escape or code span, or follows a comma, an opening
// bracket or such a mark ("map<string, string>", "String, optional"), in any case. It never says no to a type the lexicon reads:
// TestSpacedTypeIn.
func spacedTypeIn(t string) bool {
	for i := 0; i < len(t); i++ {
		if byteClass[t[i]]&space == 0 {
			continue
		}
		if i > 0 && strings.IndexByte(",<([\\`", t[i-1]) >= 0 {
			return true
		}
		j := i
		for j < len(t) && byteClass[t[j]]&space != 0 {
			j++
		}
		if j < len(t) && (t[j] >= utf8.RuneSelf || strings.IndexByte("[(<>)]\\`", t[j]) >= 0) {
			return true
		}
		for _, w := range typeSpaceWords {
			if len(t)-j >= len(w) && strings.EqualFold(t[j:j+len(w)], w) {
				return true
			}
		}
		i = j - 1
	}
	return false
}

// typeSpaceWords are the words that follow a space in a type's spelling.
var typeSpaceWords = []string{"of", "to", "array", "list", "map"}

// namesStruct reports whether a glued row's type, where it is a pointer to an SDK struct,
// ends with the row's name, as the SDK names a field's struct (<Operation>Request...<Name>:
// "networkConfig*CreateLogstashRequestNetworkConfig"). That is what tells where such a type
// ends when a Required word is glued to it ("...NetworkConfigYes"); a row where it does not
// hold (a shared model's: "Result*LogstashYes") stays unread, and warned. Other types pass.
// A row of a table with no Required column ends with its type, which needs no such sign.
func namesStruct(name, typ string) bool {
	if !page.IsStructPointer(typ) {
		return true
	}
	nm, _ := cutBadge(name)
	return nm != "" && len(typ) > len(nm) && strings.EqualFold(typ[len(typ)-len(nm):], nm)
}

// gluedRest splits a glued row whose leading cells are followed by more text on the same
// line: a name, a type word glued to it, a Required word when the table has that column,
// then the rest (or the rest, then the Required word, when the header puts it after the
// glued cell: reqAfterGlued). Prose must not read as a row ("Substrings match"), so the rest must be
// glued (no space before it) and, without a Required word, may start with a letter only
// after a capitalised type ("DBInstanceIdStringInstance ID", not "UpdateVideoInfos"), and
// in the script of a type word outside ASCII, which has no capitals, only as one value
// (gluedValue: "RequestId字符串測試名稱", not "Tag对象属性如下："). The longest name wins, a
// split with a Required word before one without.
func (tt *typedTable) gluedRest(t string) (name, typ, req, rest string, ok bool) {
	tt.restSplits++
	if len(t) > 4096 || namedProse(t) {
		return "", "", "", "", false
	}
	bestScore := 0
	for k := min(len(t)-1, 128); k >= 1; k-- {
		if !typeStart(t, k) {
			continue
		}
		nm, _ := cutBadge(t[:k])
		if !cellName(nm) {
			continue
		}
		// every ty below starts as a type may (typeStart); gluedType puts to the lexicon
		// only those that end as one too (mayEndAsType). A type word is at most 40 bytes, a
		// Go type ("*CreateConsumerGroupRequestConsumeRetryPolicy") maxGoType.
		window := 40
		if t[k] == '*' || t[k] == '[' {
			window = maxGoType
		}
		for m := min(len(t)-k, window); m >= 3; m-- {
			ty := t[k : k+m]
			if k+m < len(t) && !utf8.RuneStart(t[k+m]) {
				continue // a type word is whole characters
			}
			if ty[m-1] == ' ' || takesCapital(ty) || !gluedType(ty, true) || !namesStruct(t[:k], ty) {
				continue // every prefix of a struct's name is one: its end is the row's name
			}
			rq, after := tt.gluedRequired(t[k+m:])
			if after == "" || after[0] == ' ' || after[0] == '\t' || rq == "" && !gluedType(ty, false) {
				continue
			}
			if rq != "" && gluedHead(nm) {
				continue // "ActionStringYes" + "List" + "No" + "des" of "ActionStringYesListNodes": the free cell starts with a type and a Required word
			}
			if rq == "" && lowerInitial(ty[0]) && (lowerInitial(after[0]) || after[0] >= 'A' && after[0] <= 'Z') {
				continue // "Substrings", "UpdateVideoInfos": a word, not a row
			}
			if rq == "" && ty[0] >= utf8.RuneSelf && after[0] >= utf8.RuneSelf && !gluedValue(ty, after) {
				continue // "Tag对象属性如下：", "SCU列表的页码。": prose in the type word's script, not one value ("測試名稱")
			}
			if rq != "" && ty[0] >= utf8.RuneSelf && tt.exampleGlued() && !gluedExample(ty, after) {
				continue // "Tag对象是一个数组。": 是 ("is") after a noun opens a sentence, no example
			}
			score := 1
			if rq != "" {
				score = 2
			}
			// of two splits ending the type at the same place, the longer type is the whole
			// word: "PrivateIpAddress.N" + "RepeatList", not "PrivateIpAddress.NRepeat" + "List"
			longer := score == bestScore && len(ty) > len(typ) && strings.HasSuffix(ty, typ) && strings.TrimSpace(after) == rest
			if score > bestScore || longer {
				bestScore = score
				name, typ, req, rest = t[:k], ty, rq, strings.TrimSpace(after)
			}
			if rq != "" || tt.req < 0 {
				break // the longest type at this split
			}
			// a shorter type may be followed by the Required word the longer one took in:
			// "Ids[]*stringNo[...]" is a list of "stringNo" structs or "[]*string" + "No"
		}
	}
	return name, typ, req, rest, bestScore > 0
}

// gluedHead reports whether nm, a name a glued row would have, is itself the head of a glued
// row: a name, a type word and a Required word ("ActionStringYes"). No parameter is named
// so; a split leaving such a name took the row's own cells for its name, and a type and a
// Required word from its free cell ("ListNodes": "List", "No").
func gluedHead(nm string) bool {
	for _, w := range requiredSuffixes {
		head, ok := strings.CutSuffix(nm, w)
		if !ok {
			continue
		}
		for k := 1; k < len(head); k++ {
			if typeStart(head, k) && validName(head[:k]) && page.IsGluedType(head[k:], true) {
				return true
			}
		}
	}
	return false
}

// gluedRequired cuts the Required word from the text a glued row glues after its type, in a
// table with a Required column: before the free cell ("ActionStringYesCreateStack") or after it
// ("PeriodString30d否"), the header's order first (reqAfterGlued), then the other, so that a
// row whose parts come in another order than its header's is read by what they are; a word
// at the end against the header's order only when the text before it holds none. rq is ""
// when neither end holds a Required word (see cutTrailingRequired and continuesWord).
func (tt *typedTable) gluedRequired(after string) (rq, rest string) {
	if tt.req < 0 {
		return "", after
	}
	leading := func() (string, string, bool) {
		for _, w := range requiredSuffixes {
			if strings.HasPrefix(after, w) && len(after) > len(w) && !continuesWord(w, after[len(w):]) {
				return w, after[len(w):], true
			}
		}
		return "", "", false
	}
	trailing := func() (string, string, bool) {
		ex, w, ok := cutTrailingRequired(after)
		return w, ex, ok
	}
	if tt.reqAfterGlued() {
		if w, r, ok := trailing(); ok {
			return w, r
		}
		if w, r, ok := leading(); ok {
			return w, r
		}
		return "", after
	}
	if w, r, ok := leading(); ok {
		return w, r
	}
	// the other order: only where the text before the word holds no Required word itself
	// ("Queryいいえtrue", a Position, a Required word and the example "true", is not
	// "Queryいいえ" and the word "true")
	if w, r, ok := trailing(); ok && !holdsRequiredWord(r) {
		return w, r
	}
	return "", after
}

// holdsRequiredWord reports whether text holds a Required word a glued row may end with
// (requiredSuffixes) anywhere in it.
func holdsRequiredWord(text string) bool {
	for _, w := range requiredSuffixes {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// reqAfterGlued reports whether the table's header puts its Required column right after
// the free cell a glued row glues to its type (名称 类型 示例值 是否必选 描述): such a row
// ends with its Required word ("PeriodString30d否"), which is no part of the example.
func (tt *typedTable) reqAfterGlued() bool {
	if tt.req < 0 || len(tt.free) == 0 || tt.free[0] > tt.req {
		return false
	}
	return len(tt.free) == 1 || tt.free[1] > tt.req
}

// exampleGlued reports whether the text a glued row glues to its Required word is the
// Example cell: the header's first free column (tt.free) is Example.
func (tt *typedTable) exampleGlued() bool {
	return len(tt.free) > 0 && tt.free[0] == tt.example
}

// cutTrailingRequired splits a Required word (requiredSuffixes) off the end of a glued
// row's free text: "30d否" is the example 30d and 否, "cn-hangzhouYes" cn-hangzhou and Yes.
// A word that may end a word of the text is left ("关闭是否": 是否, "whether", ends many a
// Chinese value; "casino", "ENABLED"): a letter of the same script, and case for ASCII,
// before it. The row then lacks its Required cell, which is warned.
func cutTrailingRequired(text string) (rest, word string, ok bool) {
	for _, w := range requiredSuffixes {
		before, found := strings.CutSuffix(text, w)
		if !found || before == "" {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(before)
		first, _ := utf8.DecodeRuneInString(w)
		if first >= utf8.RuneSelf && prev >= utf8.RuneSelf && unicode.IsLetter(prev) ||
			first < utf8.RuneSelf && prev < utf8.RuneSelf && unicode.IsLetter(prev) && unicode.IsUpper(prev) == unicode.IsUpper(first) {
			return "", "", false // the end of a word of the text
		}
		return before, w, true
	}
	return "", "", false
}

// namedProse reports whether t is a name, a space and prose in another script: a
// description that opens with a parameter's name ("RouterInterfaceId の値です。", "InstanceIds
// パラメーターと…", "RouteTableId 的值。"), not a glued row, whose rest is glued to its type.
func namedProse(t string) bool {
	name, prose, ok := strings.Cut(t, " ")
	if !ok || !validName(name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(prose, " "))
	return r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// continuesWord reports whether rest, glued after a one-character Required word w (是,
// 否), continues it into a word of prose (requiredWordStarts). "durationInteger是1",
// "regionIdString否cn-hangzhou" and "nameString是測試名稱" split at the word (an example
// follows); "flagBoolean是否启用" does not, and the row keeps the guess it had.
func continuesWord(w, rest string) bool {
	if utf8.RuneCountInString(w) > 1 {
		return false
	}
	for _, s := range requiredWordStarts {
		if strings.HasPrefix(w+rest, s) {
			return true
		}
	}
	return false
}

// requiredWordStarts are words of prose that open with a one-character Required word: 是否
// ("whether") starts many a Chinese description and example, 否则 ("otherwise") some.
var requiredWordStarts = []string{"是否", "否则", "否則"}

// typeSuffix splits s into a name (possibly empty) and a type suffix (gluedType: another
// language's word, "Short", only when required, as a Required word glued after it makes
// it: "CountShortNo" is a row, "UseShortName" prose).
func (tt *typedTable) typeSuffix(s string, i int, warn, required bool) (name, typ string, ok bool) {
	if !mayEndInType(s) {
		return "", "", false
	}
	whole := gluedType(s, required)
	var buf [8]int // (on the stack: a glued table splits every row)
	ks := splitPoints(buf[:0], s, required)
	bestK := -1
	for _, k := range ks {
		if bestK < 0 || lowerInitial(s[k]) && !lowerInitial(s[bestK]) {
			bestK = k
		}
	}
	settled := tt.d.keySplit(s, ks, whole)
	switch {
	case settled >= 0 && whole:
		// read whole it is a type with no name; the example writes the name one split
		// leaves (keyNamed): a row
		name, typ = s[:settled], s[settled:]
		if warn {
			tt.splits = append(tt.splits, gluedSplit{line: tt.d.no(i), row: s, name: name, typ: typ, several: true, settled: true})
		}
		return name, typ, true
	case settled >= 0:
		bestK = settled
	case whole:
		return "", s, true
	case bestK < 0:
		return "", "", false
	}
	name, typ = s[:bestK], s[bestK:]
	// a capitalised type glued to a lower-case letter ("LastString") may be the end of the
	// name; a Go type's "*" or "[" marks the boundary plainly
	if warn && (len(ks) > 1 || typ[0] >= 'A' && typ[0] <= 'Z' && lowerInitial(name[len(name)-1])) {
		tt.splits = append(tt.splits, gluedSplit{line: tt.d.no(i), row: s, name: name, typ: typ, several: len(ks) > 1, settled: settled >= 0})
	}
	return name, typ, true
}

// splitPoints appends to ks where a type can start in glued row s, leaving a valid name
// before it and a known type after it.
func splitPoints(ks []int, s string, required bool) []int {
	window := 40 // a type word is at most 40 bytes, a Go type maxGoType
	if strings.ContainsAny(s, "*[") {
		window = maxGoType
	}
	for k := max(1, len(s)-window); k < len(s); k++ {
		if !typeStart(s, k) {
			continue
		}
		if !gluedType(s[k:], required) {
			continue
		}
		if nm, _ := cutBadge(s[:k]); !cellName(nm) {
			continue
		}
		ks = append(ks, k)
	}
	return ks
}

// keySplit returns the one split of glued row s among ks (where its type would start)
// whose name the page's example writes as a key, or -1 when none or several do or s reads
// one way only (whole says s reads as a type with no name, one reading more): a Chinese
// list word glued to a name ending in "List" ("ActivationList数组") splits as
// "ActivationList" + "数组" or as "Activation" + "List数组", and "list数组" as "list" +
// "数组" or as a nameless row typed "list数组"; the JSON or XML example, which names the
// field, tells which.
func (d *doc) keySplit(s string, ks []int, whole bool) int {
	if len(ks) == 0 || len(ks) == 1 && !whole {
		return -1
	}
	found := -1
	for _, k := range ks {
		nm, _ := cutBadge(s[:k])
		if d.writesKey(nm) {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// writesKey reports whether the page writes name, its case kept, as the key of a JSON
// object (`"name":`) or an element of XML (`<name>`), as its examples do.
func (d *doc) writesKey(name string) bool {
	q := `"` + name + `"`
	for rest := d.text; ; {
		i := strings.Index(rest, q)
		if i < 0 {
			break
		}
		rest = rest[i+len(q):]
		if strings.HasPrefix(strings.TrimLeft(rest, " \t"), ":") {
			return true
		}
	}
	return strings.Contains(d.text, "<"+name+">")
}

// settleSplits warns about the rows of the table whose glued split may be wrong. Where
// several splits give a valid name and a known type, the page cannot tell them apart. A
// capitalised type after a lower-case letter ("clientTokenString") could be the end of a
// name whose row has no type; the table rules that out when its header has a Type column,
// every row carries a type, no line is shaped like a row without a type word, and more rows
// write their type capitalised than in lower case (a Go type's "*" or "[" counts for
// neither): the page then writes its types capitalised and leaves none out. Lines split
// while looking ahead that were not read as rows are no rows of the table: no warning.
func (tt *typedTable) settleSplits() {
	if len(tt.splits) == 0 {
		return
	}
	typed := tt.typ >= 0 && tt.h.cells[tt.typ] != "" && !tt.untyped
	rows := map[int]bool{}
	upper, lower := 0, 0
	for _, r := range tt.tbl.Rows {
		rows[r.Line] = true
		if !typed {
			continue
		}
		switch typ := r.Cells[tt.typ]; {
		case typ == "":
			typed = false
		case typ[0] >= 'A' && typ[0] <= 'Z':
			upper++
		case lowerInitial(typ[0]):
			lower++
		}
	}
	certain := typed && upper > lower
	for _, sp := range tt.splits {
		if !rows[sp.line] || !sp.several && certain {
			continue
		}
		rows[sp.line] = false // once a row, however often it was split
		if sp.settled {
			tt.d.p.Warn(sp.line, "row %q: split into name %q and type %q: of the names its splits give, the example writes only that one as a key", sp.row, sp.name, sp.typ)
			continue
		}
		tt.d.p.Guess(sp.line, "row %q: ambiguous split into name %q and type %q", sp.row, sp.name, sp.typ)
	}
	tt.splits = tt.splits[:0]
}

func lowerInitial(c byte) bool { return c >= 'a' && c <= 'z' }

// takesCapital reports whether a glued type ends in a capital after a small letter ("anY"
// in "enableBooleanYes--true"): the capital starts the next cell's word, since no type word
// ends so, and the split is none.
func takesCapital(ty string) bool {
	n := len(ty)
	return n >= 2 && lowerInitial(ty[n-2]) && ty[n-1] >= 'A' && ty[n-1] <= 'Z'
}

// typeStart reports whether a type glued to a name can start at s[k]: where a type word
// starts (typeWordStart: a Latin letter or the first byte of a word in another script,
// "InstanceId字符串"), or at the "*" or "[" of a Go type ("InstanceId*string",
// "Ids[]*string"); a "*" after "]" is inside a Go type ("[]*string", "map[string]*string"),
// not its start. A glued row is split only there, so the splits that cannot leave a type
// are not each put to the lexicon.
func typeStart(s string, k int) bool {
	switch c := s[k]; {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf:
		return typeWordStart(s[k:])
	case c == '[':
		return true
	case c == '*':
		return k == 0 || s[k-1] != ']'
	}
	return false
}

// flush turns a row being read into a table row.
func (tt *typedTable) flush(r *typedRow) {
	if r == nil {
		return
	}
	d := tt.d
	cells := make([]string, len(tt.h.cells))
	set := func(k int, v string) {
		if k >= 0 && k < len(cells) {
			cells[k] = v
		}
	}
	set(tt.name, r.name)
	set(tt.typ, r.typ)
	set(tt.req, r.req)
	set(tt.loc, r.loc)
	if tt.req >= 0 && r.req == "" && r.hasName {
		tt.missing.add(r.label(), r.line)
	}
	tt.distribute(cells, r)
	if tt.example < 0 && len(tt.free) == 1 && tt.free[0] == tt.desc {
		tt.units = append(tt.units, r.units)
	}
	if r.deprecated {
		if tt.desc >= 0 {
			cells[tt.desc] = DeprecatedPrefix + cells[tt.desc]
		} else {
			d.p.Warn(r.line, "row %s: deprecated, but the table has no description column to record it", r.label())
		}
	}
	tt.tbl.Rows = append(tt.tbl.Rows, page.Row{Line: r.line, Cells: cells, Depth: -1})
}

// distribute spreads a row's free text over the free columns. The Description column (or
// the last free column) takes all paragraphs the others do not; Example takes one line when
// one is there that reads like a value.
func (tt *typedTable) distribute(cells []string, r *typedRow) {
	units := r.units
	if len(units) == 0 {
		return
	}
	if len(tt.free) == 0 {
		// the table has no free column: the text of these cells has nowhere to go
		var text []string
		for _, u := range units {
			if t := strings.TrimSpace(u.text); t != "" {
				text = append(text, t)
			}
		}
		if len(text) == 0 {
			tt.d.p.Warn(r.line, "row %s: %d empty extra cells dropped", r.label(), len(units))
			return
		}
		tt.d.p.Drop(r.line, "row %s: text %q dropped: %d extra cells, the table has no column for them", r.label(), strings.Join(text, " | "), len(units))
		return
	}
	if len(units) == 1 && units[0].text == r.glued && tt.exampleAlone(r) {
		cells[tt.example] = r.glued
		return
	}
	absorb := len(tt.free) - 1
	for k, c := range tt.free {
		if c == tt.desc {
			absorb = k
		}
	}
	lo, hi := 0, len(units)
	first := 0 // the first free column the units go to one a unit
	if r.glued != "" && absorb > 1 && hi > 1 {
		// the row's line holds the cells of every free column before the absorbing one,
		// glued ("NameStringNo--sample": Default, Valid values, Example), its other units
		// on the lines below
		lo, first = 1, absorb
		cols := make([]page.Column, absorb)
		for k, c := range tt.free[:absorb] {
			cols[k] = tt.h.cols[c]
		}
		if split, ok := gluedCells(r.glued, cols, r.typ); ok {
			for k, c := range tt.free[:absorb] {
				cells[c] = split[k]
			}
		} else {
			tt.d.unsplitCells(tt.h, cells, tt.free[:absorb], r.glued, r.label(), r.line)
		}
	}
	for k := first; k < absorb && lo < hi-1; k++ {
		if tt.free[k] == tt.example && !valueLike(units[lo]) {
			continue
		}
		cells[tt.free[k]] = units[lo].text
		lo++
	}
	for k := len(tt.free) - 1; k > absorb && hi-1 > lo; k-- {
		if tt.free[k] == tt.example && (!valueLike(units[hi-1]) || r.cut && hi == len(units)) {
			continue
		}
		cells[tt.free[k]] = units[hi-1].text
		hi--
	}
	cells[tt.free[absorb]] = joinUnits(units[lo:hi])
}

// exampleAlone reports whether the text a glued row's line holds after its leading cells
// (r.glued), where nothing follows on the lines below, is the row's Example: the
// description is the block below a glued row's line, its other cells glued on the line, so
// where the Example is the one free column besides the description (before it or after
// it: "Value字符串是1" under 名称类型是否必选示例值描述 or ...描述示例值), and the text reads
// as one value of the row's type (no blank, no full stop: bareValue; typeFits), the
// description is empty and the text the Example's. Before, the description took it.
func (tt *typedTable) exampleAlone(r *typedRow) bool {
	if tt.example < 0 || tt.desc < 0 || len(tt.free) != 2 || !slices.Contains(tt.free, tt.desc) {
		return false
	}
	u := unit{text: r.glued}
	return bareValue(u) && typeFits(r.typ, r.glued)
}

// restoreExample gives the table back the Example column a cell-a-line dump's header left
// out, the example standing before the description in each row that has one (the Japanese
// site's legacy dumps: "パラメーター データ型 必須 説明" over "PageNumber", "Integer",
// "いいえ", "1", then the description): where the header's only free column is the
// description, and two thirds of the rows with more than one line of text, half of those
// with any and one at least, open it with a bare value (bareValue), that value is each such row's Example cell and
// the rest its description, with an info warning. Before, the example opened the
// description, where a Required answer the description opens with ("必須：いいえ.") was
// not read.
func (tt *typedTable) restoreExample() {
	multi, bare, texts := 0, 0, 0
	for _, us := range tt.units {
		if len(us) > 0 {
			texts++
		}
		if len(us) > 1 {
			multi++
			if bareValue(us[0]) {
				bare++
			}
		}
	}
	if bare == 0 || 3*bare < 2*multi || 2*bare < texts {
		return
	}
	t, at := tt.tbl, tt.desc
	t.Header = slices.Insert(slices.Clone(t.Header), at, "")
	t.Columns = slices.Insert(slices.Clone(t.Columns), at, page.ColExample)
	for k := range t.Rows {
		r, ex := &t.Rows[k], ""
		if us := tt.units[k]; len(us) > 1 && bareValue(us[0]) {
			ex = us[0].text
			desc := joinUnits(us[1:])
			if strings.HasPrefix(r.Cells[at], DeprecatedPrefix) {
				desc = DeprecatedPrefix + desc
			}
			r.Cells[at] = desc
		}
		r.Cells = slices.Insert(r.Cells, at, ex)
	}
	tt.d.p.Warn(t.Line, "table header %q names no Example column, but %d of its rows open their text with a value before the description; read as their Example", strings.Join(tt.h.cells, " | "), bare)
}

// bareValue reports whether a row's first line of free text is a value standing alone (an
// example) rather than the description's first line: a value (valueLike) with no blank in
// it and no full stop at its end, or a JSON array or object.
func bareValue(u unit) bool {
	t := u.text
	if !valueLike(u) {
		return false
	}
	if (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{")) && json.Valid([]byte(t)) {
		return true
	}
	return !strings.ContainsFunc(t, unicode.IsSpace) && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "。")
}

// cutShort reports whether the last of a row's units, where the input ends, is prose that
// the cut stopped part way: words (a blank between them) with no sentence end after them
// ("Xx xxx xxxxx xxxx parameters xxxxx, xxx xxxxxx xxxx", "DLC 某某某某,某某"). A glued or
// cell-a-line row gives its last line to the Example column, which the row's last line is
// when the row is whole; where the input stops in the description, the line is the
// description's, cut short, and as an example it typed a list's items silently. A value
// (no blank: "i-bp11xjhwkj8k966u*", JSON) may be the example the cut stops in, and a
// line closing a sentence may be a whole example: both stay the Example.
func cutShort(units []unit) bool {
	if len(units) < 2 {
		return false
	}
	u := units[len(units)-1]
	t := strings.TrimSpace(u.text)
	if u.bullet || bareValue(u) || !strings.ContainsFunc(t, unicode.IsSpace) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".。!?！？:：;；)）]】\"”'’", r)
}

// valueLike reports whether a unit can be an Example cell rather than more description: a
// JSON array or object of any length is one (a list's example of a dozen names, over 300
// bytes, went to the description, and the list's items, with no example to tell them,
// were read as objects unsaid).
func valueLike(u unit) bool {
	t := u.text
	if !u.bullet && (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{")) && json.Valid([]byte(t)) {
		return true
	}
	if u.bullet || len(t) > 300 {
		return false
	}
	return !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") && !strings.HasPrefix(t, "Note") && !strings.HasPrefix(t, "说明")
}

// label names a row in warnings.
func (r *typedRow) label() string {
	if r.name == "" {
		return "(unnamed " + r.typ + ")"
	}
	return r.name
}

func joinUnits(us []unit) string {
	if len(us) == 1 && !us[0].bullet {
		return us[0].text
	}
	n := 0
	for _, u := range us {
		n += len(u.text) + len("\n- ")
	}
	var b strings.Builder
	b.Grow(n)
	for k, u := range us {
		if k > 0 {
			b.WriteByte('\n')
		}
		if u.bullet {
			b.WriteString("- ")
		}
		b.WriteString(u.text)
	}
	return b.String()
}

// addTable adds a table and the stray paragraphs found in it to the current section.
func (d *doc) addTable(t *page.Table, stray []page.Block) {
	if g, ok := d.gluedRows(t); ok {
		d.gluedNamed += g.named
		d.gluedOdd += len(g.odd)
		switch {
		case g.named < oddShare*len(g.odd):
			d.gluedFew = append(d.gluedFew, g)
		case g.named < 2:
			d.gluedOne = append(d.gluedOne, g)
		default:
			d.splitNameTypes(g)
			d.gluedPage = true
		}
	}
	d.tables++
	d.add(page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
	for _, b := range stray {
		d.add(b)
	}
}

// splitGluedLate splits, once the page is read, the tables that glue types to names but
// are too small to show it alone. Tables with more rows of no glued type than one for each
// oddShare rows with one (kms/zh ImportKeyMaterial's "KeyMaterialExpireUnixTimestamp" beside
// two "…string" rows) split when the page's glued tables together have that share: the
// page, not one small table, shows the layout. Then the one-row tables: a single name
// ending in a type word proves nothing ("Substring"), but on a page where another table
// glues its types (the API portal), or where two such tables each end their one name in a
// lower-case type word ("KeyIdstring", then "RequestIdstring"), they are written the same
// way.
func (d *doc) splitGluedLate() {
	if len(d.gluedFew) > 0 && d.gluedNamed >= oddShare*d.gluedOdd {
		for _, g := range d.gluedFew {
			d.splitNameTypes(g)
		}
		d.gluedPage = true
	}
	if !d.gluedPage && len(d.gluedOne) < 2 {
		return
	}
	for _, g := range d.gluedOne {
		d.splitNameTypes(g)
	}
}

// oddShare is how many rows with glued types a table of glued types has at least for each
// row without one (splitNameTypes).
const oddShare = 3

// gluedTable is a table without a Type column whose names may end in glued types
// (gluedRows): each row's name and type where one splits off, and the named rows that do
// not split (by index).
type gluedTable struct {
	t            *page.Table
	names, types []string
	named        int
	odd          []int
}

// gluedRows reads a table without a Type column as one that glues a lower-case type to
// each name ("GroupIdstring | ... |", the API portal's pipe layout). A row whose name cell
// is a type alone ("object | ... |": the response's root, a list's item) is an unnamed row
// of that type. It reports false for a table with a Type column or no rows; named counts
// the names that split, 0 when none does (no table of glued types).
func (d *doc) gluedRows(t *page.Table) (gluedTable, bool) {
	name := t.Col(page.ColName)
	if name < 0 || t.Col(page.ColType) >= 0 || len(t.Rows) == 0 {
		return gluedTable{}, false
	}
	tt := &typedTable{d: d}
	g := gluedTable{t: t, names: make([]string, len(t.Rows)), types: make([]string, len(t.Rows))}
	for k, r := range t.Rows {
		if r.Cells[name] == "" {
			continue
		}
		nm, typ, ok := tt.typeSuffix(r.Cells[name], 0, false, false)
		if ok && nm == "" && lowerInitial(typ[0]) {
			g.types[k] = typ // a type with no name: the root object or a list's item row
			continue
		}
		if !ok || nm == "" || !lowerInitial(typ[0]) || !isAlnum(nm[len(nm)-1]) {
			g.odd = append(g.odd, k)
			continue
		}
		g.names[k], g.types[k] = nm, typ
		g.named++
	}
	return g, g.named > 0
}

// splitNameTypes gives the table of glued types g a Type column. A few named rows with no
// glued type (at most one for each oddShare rows with one, in the table or the page: see
// splitGluedLate) do not cost the table its types; more than that, and the names ending in
// a type word are words ("Endpoint", "Belong"), not glued types. Such a row's name ends in
// the type word the vocabulary lacks when it ends in a capitalised word
// ("KeyMaterialExpireUnixTimestamp": lastHump): that word is split off as its type, as the
// table's other rows show a type glued to every name, and a guess names the row and both
// readings; a name with no such word keeps its name, with no type, and a guess names it.
func (d *doc) splitNameTypes(g gluedTable) {
	t := g.t
	name := t.Col(page.ColName)
	var bare []string
	for _, k := range g.odd {
		c := t.Rows[k].Cells[name]
		if h := lastHump(c); h > 0 && validName(c[:h]) {
			g.names[k], g.types[k] = c[:h], c[h:]
			d.p.Guess(t.Rows[k].Line, "row %q: no known type word glued to the end of its name, as the table's other rows have; read as %s typed %q, its last word (the type the vocabulary lacks)",
				c, c[:h], c[h:])
			continue
		}
		bare = append(bare, c)
	}
	if len(bare) > 0 {
		d.p.Guess(t.Line, "rows %s: no type word glued to the end of the name, as the table's other rows have; read with no type",
			strings.Join(bare, ", "))
	}
	t.Header = append(append(append([]string(nil), t.Header[:name+1]...), ""), t.Header[name+1:]...)
	t.Columns = append(append(append([]page.Column(nil), t.Columns[:name+1]...), page.ColType), t.Columns[name+1:]...)
	for k := range t.Rows {
		r := &t.Rows[k]
		cells := make([]string, len(r.Cells)+1)
		copy(cells, r.Cells[:name+1])
		copy(cells[name+2:], r.Cells[name+1:])
		if g.types[k] != "" {
			cells[name], cells[name+1] = g.names[k], g.types[k]
		}
		r.Cells = cells
	}
	if g.named == 1 {
		d.p.Warn(t.Line, "table has no Type column; its one row's type is read from the end of its name, as the page's other tables' rows are")
	} else {
		d.p.Warn(t.Line, "table has no Type column; each row's type is read from the end of its name")
	}
}
