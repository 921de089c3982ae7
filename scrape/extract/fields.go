package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/flatname"
	"github.com/acsgen/acsgen/scrape/page"
)

// field is one parameter or response row, read but not yet placed in a tree.
type field struct {
	name     string
	line     int
	depth    int // -1 when the input does not show nesting
	required bool
	loc      opspec.Location // from a Position column or the section kind; "" when unknown
	schema   *opspec.Schema
	// closed says the field's children are complete (a parent rebuilt from flattened names),
	// so following rows are not nested under it.
	closed bool
	// marker says the row only names the item struct of the array row before it ("User"
	// with no type after "Users | Array of User"); it adds no field.
	marker bool
	// untyped says the Type cell is empty or N/A: the row is a string unless rows are nested
	// under it or the JSON example shows an object or a list (the tree decides and warns).
	untyped bool
	// member says the dotted name was made by a rule nesting the row under a field whose
	// struct the page defines apart (structSections): not flattened on the wire.
	member bool
	// unmarked says the row is a request parameter of a table that shows no Required
	// marks (no Required column, no "*" on names): not required is a guess.
	unmarked bool
	// dash says the name cell held a dash, an empty cell's placeholder: the row is unnamed.
	dash bool
	// labelled says a label over the row's table placed it (labelLocation): a page that
	// heads the body's table "Body" shows the body apart from its other tables.
	labelled bool
	// sectioned says the row's section gave its location (a "Request body" section's
	// table): the section lists that location's rows apart from the others (orderPeers).
	sectioned bool
	// implied are the objects under (or at) schema that flatname made from dotted paths
	// alone (flatname.Entry.Implied): the example tells their kind (impliedKinds).
	implied map[*opspec.Schema]bool
}

var (
	// deprecatedBadges are glued to a name by text dumps ("operatordeprecated").
	deprecatedBadges = []string{"deprecated", "已废弃", "已弃用"}
)

// sectionLocation is the location a parameter section implies.
var sectionLocation = map[page.SectionKind]opspec.Location{
	page.PathParams: opspec.InPath, page.QueryParams: opspec.InQuery,
	page.BodyParams: opspec.InBody, page.RequestHeaders: opspec.InHeader,
}

// readFields appends the parameter rows of a table to out. request says whether a Required
// column is expected.
func (x *extractor) readFields(out []field, t *page.Table, kind page.SectionKind, request bool) []field {
	if t.Col(page.ColName) < 0 {
		return out
	}
	what := "response fields"
	switch {
	case request:
		what = "request parameters"
	case kind == page.ResponseHeaders:
		what = page.RowsOf(kind)
	}
	start := len(out)
	if t.Col(page.ColType) < 0 {
		defer func() {
			var names []string
			for _, f := range out[start:] {
				if !f.marker {
					names = append(names, f.name)
				}
			}
			if len(names) > 0 { // an empty table types nothing
				x.guess(t.Line, "%s %s typed string: the table has no Type column", what, strings.Join(names, ", "))
			}
		}()
	}
	out = slices.Grow(out, len(t.Rows))
	skipBelow := -1 // depth of a dropped row whose nested rows go with it; -1 when none
	var (
		reads        []page.RequiredRead // each row's Required cell, read once
		optionalWord string              // what the table writes for an optional parameter
	)
	var notes map[int]requiredNote
	if request {
		reads, optionalWord = t.RequiredCells()
		notes = requiredNotes(t)
	}
	for i, r := range t.Rows {
		if skipBelow >= 0 && r.Depth > skipBelow {
			x.drop(r.Line, "%s %q dropped: it is nested in a row dropped above", strings.TrimSuffix(what, "s"), strings.TrimSpace(r.Cell(t, page.ColName)))
			continue
		}
		skipBelow = -1
		if len(r.Cells) > len(t.Header) && len(t.Header) > 0 {
			kind, lost := page.ExtraCells(what, r.Cells, len(t.Header))
			x.warnKind(kind, r.Line, "%srow has %d cells but the header has %d; extra cells ignored",
				lost, len(r.Cells), len(t.Header))
		}
		if isNoParams(r) {
			continue
		}
		if page.IsHeaderRow(r.Cells) {
			x.warn(r.Line, "row %q repeats the table header; not a parameter", strings.Join(r.Cells, " | "))
			continue
		}
		f := field{line: r.Line, depth: r.Depth, loc: sectionLocation[kind], unmarked: request && t.Col(page.ColRequired) < 0 && notes == nil,
			sectioned: sectionLocation[kind] != "" && t.Col(page.ColLocation) < 0}
		name := strings.TrimSpace(r.Cell(t, page.ColName))
		if name != "*" { // (a lone "*" is a placeholder for map keys: placeholderMaps)
			name = page.UnescapeName(page.UnmarkName(strings.Trim(name, "`*")))
		}
		desc := strings.TrimSpace(r.Cell(t, page.ColDescription))
		typ := strings.TrimSpace(r.Cell(t, page.ColType))
		note, noted := notes[i]
		if noted {
			typ, f.required = note.typ, note.required
		}
		deprecated := false
		if d, ok := strings.CutPrefix(desc, "[deprecated]"); ok {
			// the text reader's mark for a deprecated badge it cut from the name
			desc, deprecated = strings.TrimSpace(d), true
		}
		for _, b := range deprecatedBadges {
			if n, ok := strings.CutSuffix(name, b); ok && n != "" {
				name, deprecated = strings.TrimSpace(n), true
			}
		}
		if saysDeprecated(desc) {
			deprecated = true
		}
		name = flatname.Unbracket(name)
		if name == "[]" {
			name = "" // the items of the list above, as an unnamed row
		}
		if name != "" && strings.Trim(name, "-–—") == "" {
			// a dash is an empty cell's placeholder: an unnamed row (the item row of a
			// list above it), not a field named "-"
			name, f.dash = "", true
		}
		if request && name == "(body)" {
			// the row of the whole request body, which the API metadata names "body"
			// (params reads a "body" row as the body)
			name = "body"
		}
		f.name = name
		if name != "" && !page.IsParamName(name) && !isPlaceholder(name) {
			if !hasLatinLetter(name) && page.ClassifyColumn(name) != page.ColAction {
				// No wire name: a translated page writes some names in its language ("説明"
				// for Description), which no request carries and no response holds. (A
				// translated Action row, "操作", is the operation's, read by params.)
				x.drop(r.Line, "%s %q dropped: the name has no Latin letter (a name the page translated?)", strings.TrimSuffix(what, "s"), name)
				if r.Depth >= 0 {
					skipBelow = r.Depth
				}
				continue
			}
			x.warn(r.Line, "parameter name %q is not an identifier", name)
		}
		switch {
		case typ == "" && name == "" && desc == "":
			continue
		case typ == "" && desc == "" && strings.TrimSpace(r.Cell(t, page.ColExample)) == "" && len(out) > start &&
			isItemMarker(out[len(out)-1], name):
			f.marker = true
			f.schema = &opspec.Schema{}
			out = append(out, f)
			continue
		case page.BlankCell(typ): // no type
			f.schema = &opspec.Schema{Type: "string", DocType: typ}
			f.untyped = t.Col(page.ColType) >= 0
		default:
			// only the row where the page is cut off can have its Type cell cut part way
			// (cutRow, a few comparisons, asked before cutTypeWord reads the cell)
			if x.cutRow(t, r, t.Col(page.ColType)) {
				if w := cutTypeWord(typ); w != "" {
					cut := typ
					typ = strings.TrimSpace(typ) + w[len(strings.TrimSpace(typ)):] // "Inte" → "Integer"
					x.guess(r.Line, "row %q: the page is cut off in its Type cell %q; read as %s, the type word it starts", name, cut, typ)
				}
			}
			f.schema = x.rowSchema(typ, name, r.Line)
		}
		f.schema.Description = desc
		f.schema.Example = markupJSON(strings.TrimSpace(r.Cell(t, page.ColExample)))
		if page.BlankCell(f.schema.Example) && !strings.ContainsFunc(f.schema.Example, unicode.IsLetter) {
			// a dash fills a cell with no example (an object's, a list's); a word ("none",
			// "无") may be the example value of a string
			f.schema.Example = ""
		}
		f.schema.Deprecated = deprecated
		if dflt := strings.TrimSpace(r.Cell(t, page.ColDefault)); !page.BlankCell(dflt) && f.schema.Example == "" {
			f.schema.Example = dflt
		}
		if f.schema.Example == "" && t.Col(page.ColExample) < 0 {
			// the API portal states a row's example in its details ("Example:cn-hangzhou"):
			// taken out of the description, as an Example column or a card's Example line
			// leaves it (the docs would show it twice); a code span around the value
			// ("Example: `[10]`") is the page's markup, not the example's
			var ex string
			ex, f.schema.Description, _ = page.InlineExample(desc)
			f.schema.Example = page.WholeCode(ex)
		}
		if !x.cutRow(t, r, t.Col(page.ColExample)) { // a cut example ("t" of "true") says nothing
			x.exampleOfType(f.schema, name, r.Line)
		}
		x.listItemsFromExample(&f)
		f.schema.Enum = x.enumValues(desc, f.schema.Type, r.Line, name)
		x.otherCells(f.schema, t, r, name, request)
		if request {
			rc := reads[i] // the default, then the flag
			note := ""
			if rc.Noted && !rc.Cond {
				note = rc.Cell // a Required word, then a default: "No (default: 10)"
			}
			f.schema.Default = x.defaultValue(f.schema, r.Cell(t, page.ColDefault), note, r.Line, name)
			if f.schema.Default == nil {
				// a default the schema cannot hold (warned) stays the page's words
				x.noteCell(f.schema, t, r, page.ColDefault)
			}
			if rc.Cell != "" {
				if !rc.OK {
					if _, within := page.ParseRequiredWithin(rc.Cell); within {
						// required within its parent object, which is what a nested
						// field's required flag says
						rc.Required, rc.OK = true, true
					}
				}
				if rc.Cond {
					// required in some cases only: no spec can say which
					x.guess(r.Line, "row %q: Required value %q is a condition; read as not required, the condition kept in its description", name, rc.Cell)
				} else if !rc.OK {
					x.guess(r.Line, "row %q: cannot read Required value %q; assuming not required", name, rc.Cell)
				} else if rc.Guess != "" {
					x.guess(r.Line, "row %q: %s", name, rc.Guess)
				}
				if rc.Noted && !(note != "" && f.schema.Default != nil && defaultOnlyNote(note)) {
					// a condition or a default ("Yes (default: 10, at most 100)") the
					// spec's flag cannot state: the description keeps the page's words for
					// the reader (after what it kept: an inline example has left it). A
					// note that is a default and nothing else, read as the schema's
					// Default, is not repeated: flag and default state the cell whole
					f.schema.Description = strings.TrimSpace(f.schema.Description + "\n\n" + t.Header[t.Col(page.ColRequired)] + ": " + rc.Cell)
				}
				f.required = rc.Required
			} else if optionalWord != "" {
				// the table writes "No" for an optional parameter: a blank cell ("-",
				// empty) is not its way of saying so, and the reading is a guess
				x.guess(r.Line, "row %q: Required cell %q read as optional (other rows of the table write %q)",
					name, strings.TrimSpace(r.Cell(t, page.ColRequired)), optionalWord)
			}
		}
		if lc := strings.TrimSpace(r.Cell(t, page.ColLocation)); lc != "" {
			if l, ok := page.ParseLocation(lc); ok {
				f.loc = opspec.Location(l)
			} else {
				x.guess(r.Line, "row %q: unknown position %q; placed by the section and style", name, lc)
			}
		}
		out = append(out, f)
	}
	return out
}

// saysDeprecated reports whether a row's description says the parameter is deprecated: it
// starts so ("Deprecated.", "已废弃", "该参数已废弃") or says "This parameter is deprecated",
// in any case. The description is lowered on the stack (page.AppendLower), not copied: it
// is asked of every row.
func saysDeprecated(desc string) bool {
	var buf [256]byte // a longer description spills to the heap, as it did
	low := page.AppendLower(buf[:0], desc)
	return bytes.HasPrefix(low, []byte("deprecated")) || strings.HasPrefix(desc, "已废弃") ||
		strings.HasPrefix(desc, "该参数已废弃") || bytes.Contains(low, []byte("this parameter is deprecated"))
}

// otherCells places the cells of row r that no other reading of readFields takes, so no
// text of a parameter's row is lost: a Valid values cell (page.ColValues) that lists values
// is the enum (valuesCell; kept over the description's list, with a guess where the two
// differ); it, a second description column ("Description | Remarks"), a note
// (page.ColNote: "Constraints") and a column the lexicon does not know become text of
// the description under their header ("Valid values: 1 to 100"). A response field's
// Default cell that is not its example is noted so too.
func (x *extractor) otherCells(s *opspec.Schema, t *page.Table, r page.Row, name string, request bool) {
	desc := t.Col(page.ColDescription)
	for k, c := range t.Columns[:min(len(t.Columns), t.Width())] {
		switch {
		case c == page.ColValues, c == page.ColDescription && k != desc, c == page.ColNote, c == page.ColOther:
		case c == page.ColDefault && !request:
		default:
			continue // a cell other readings take (asked first: BlankCell lower-cases the cell)
		}
		cell := ""
		if k < len(r.Cells) {
			cell = strings.TrimSpace(r.Cells[k])
		}
		if page.BlankCell(cell) || c == page.ColDefault && cell == s.Example {
			continue
		}
		if c == page.ColValues {
			if enum := x.valuesCell(cell, s.Type, r.Line, name); enum != nil {
				if len(s.Enum) > 0 && !sameValues(s.Enum, enum) {
					x.guess(r.Line, "%s: the %s column lists %s, the description %s; the column's values kept",
						name, strings.TrimSpace(t.Header[k]), enumList(enum), enumList(s.Enum))
				}
				s.Enum = enum
				continue
			}
		}
		x.note(s, t.Header[k], cell)
	}
}

// noteCell adds the cell of row r in column c to the description under its header
// (note), when it is not blank.
func (x *extractor) noteCell(s *opspec.Schema, t *page.Table, r page.Row, c page.Column) {
	if cell := strings.TrimSpace(r.Cell(t, c)); !page.BlankCell(cell) {
		x.note(s, t.Header[t.Col(c)], cell)
	}
}

// note adds text to a description as its own paragraph under a header word ("Constraints:
// 1 to 64 characters"), the word without the bold a header cell may have.
func (x *extractor) note(s *opspec.Schema, header, text string) {
	if h := strings.TrimSpace(strings.Trim(strings.TrimSpace(header), "*")); h != "" {
		text = h + ": " + text
	}
	s.Description = strings.TrimSpace(s.Description + "\n\n" + text)
}

// sameValues reports whether two enums hold the same values, in any order.
func sameValues(a, b []opspec.EnumValue) bool {
	if len(a) != len(b) {
		return false
	}
	for _, v := range a {
		if !slices.ContainsFunc(b, func(w opspec.EnumValue) bool { return w.Value == v.Value }) {
			return false
		}
	}
	return true
}

// enumList lists an enum's values for a warning.
func enumList(e []opspec.EnumValue) string {
	vs := make([]string, len(e))
	for i, v := range e {
		vs[i] = v.Value
	}
	return strings.Join(vs, ", ")
}

// hasLatinLetter reports whether s has an ASCII letter: every wire name has one.
func hasLatinLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' })
}

// cutRow reports whether row r of table t is where the page is cut off: the page ends
// part way, r is the last row of the page's last block, and no cell after column col holds
// text (so the cell in col may itself be cut).
func (x *extractor) cutRow(t *page.Table, r page.Row, col int) bool {
	if !x.p.Truncated || col < 0 || len(t.Rows) == 0 || t.Rows[len(t.Rows)-1].Line != r.Line {
		return false
	}
	for _, c := range r.Cells[min(col+1, len(r.Cells)):] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	for i := len(x.p.Sections) - 1; i >= 0; i-- {
		if bs := x.p.Sections[i].Blocks; len(bs) > 0 {
			return bs[len(bs)-1].Kind == page.TableBlock && bs[len(bs)-1].Table == t
		}
	}
	return false
}

// headerlessRows warns about a table of a parameter section that has no name column but
// holds parameter rows (its header is one of them: the table was cut off above, by a code
// block in a cell, say): those rows are not read, and the warning names them.
func (x *extractor) headerlessRows(t *page.Table, kind page.SectionKind) {
	names := page.RowNames(t.Header)
	for _, r := range t.Rows {
		names = append(names, page.RowNames(r.Cells)...)
	}
	if len(names) > 0 {
		x.drop(t.Line, "%sthe table has no header row of its own (its first row %q is taken for one)",
			page.Lost(page.RowsOf(kind), names), strings.Join(t.Header, " | "))
	}
}

// noParamsLeads open the filler row of an empty table ("No parameters required."), lower
// case.
var noParamsLeads = []string{"no parameters", "no request parameters", "无请求参数", "不需要参数", "tidak ada parameter"}

// isNoParams recognises the filler row of an empty table: its text starts with one of
// noParamsLeads, case aside. The row is joined and lower-cased only when its first letter
// opens one of them (a parameter row's first letter, its name's, mostly opens none).
func isNoParams(r page.Row) bool {
	if len(r.Cells) == 0 {
		return true
	}
	first := unicode.ToLower(firstRune(r.Cells))
	if !slices.ContainsFunc(noParamsLeads, func(l string) bool { c, _ := utf8.DecodeRuneInString(l); return c == first }) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(strings.Join(r.Cells, " ")))
	return slices.ContainsFunc(noParamsLeads, func(p string) bool { return strings.HasPrefix(l, p) })
}

// firstRune is the first rune of the cells' text that is no white space (utf8.RuneError
// when there is none).
func firstRune(cells []string) rune {
	for _, c := range cells {
		if t := strings.TrimLeftFunc(c, unicode.IsSpace); t != "" {
			r, _ := utf8.DecodeRuneInString(t)
			return r
		}
	}
	return utf8.RuneError
}

// sectionFields reads the parameter tables of the given section kinds, in page order.
func (x *extractor) sectionFields(request bool, kinds ...page.SectionKind) (fields []field, tables int, firstLine int) {
	for _, s := range x.p.Sections {
		if !slices.Contains(kinds, s.Kind) {
			continue
		}
		if firstLine == 0 {
			firstLine = s.Line
		}
		inSection := 0 // tables read in s, this one included
		for bi, blk := range s.Blocks {
			if blk.Kind != page.TableBlock {
				continue
			}
			t := blk.Table
			if t.Col(page.ColName) < 0 {
				x.headerlessRows(t, s.Kind)
				continue
			}
			tables++
			inSection++
			start := len(fields)
			fields = x.readFields(fields, t, s.Kind, request)
			if bi > 0 && s.Blocks[bi-1].Kind == page.Paragraph {
				label := labelBefore(s.Blocks, bi)
				if label == "" {
					label = bareLabel(s.Blocks[bi-1], fields[:start])
				}
				// a label naming a field's struct (its name or its type word) is no
				// caption nor a sentence naming the struct: labelledTable nests its rows
				_, nests := structField(fields[:start], strings.TrimSpace(label))
				where := label // a location's label, or a line of its own ("**Body**")
				if where == "" {
					where = bareLine(s.Blocks[bi-1])
				}
				claimed := !nests && request && t.Col(page.ColLocation) < 0 && labelLocation(s, where, fields[start:])
				claimed = claimed || !nests && (x.structTable(fields[:start], fields[start:], s.Blocks[bi-1].Text, t.Line) ||
					x.captionTable(fields[:start], fields[start:], s.Blocks[bi-1].Text, t.Line))
				if !claimed && label != "" {
					x.labelledTable(s, label, fields[:start], fields[start:], t.Line, request)
				} else if !claimed && inSection > 1 && sectionLocation[s.Kind] != "" && s.Blocks[bi-1].Level == 0 {
					x.headedTable(s, s.Blocks[bi-1].Text, fields[start:], t.Line)
				}
				if t.Col(page.ColLocation) < 0 && sectionLocation[s.Kind] == "" && page.MentionsRequestBody(s.Blocks[bi-1].Text) {
					// "You must also specify the following parameters in RequestBody": a
					// table without a location column that the text puts in the body
					for j := start; j < len(fields); j++ {
						fields[j].loc = opspec.InBody
					}
				}
			}
		}
	}
	fields = x.structSections(fields, request)
	return fields, tables, firstLine
}

// labelLocation places rows, the rows of a table with no location column in a request
// section that implies none (s), in the location its label names, and reports whether it
// did: a label that is a location's word alone ("Body", page.LocationLabel), a heading
// below the section's or a line of its own right before the table (label, else the block
// before the table's rows), as pages head the body's table under "Request parameters".
func labelLocation(s *page.Section, label string, rows []field) bool {
	if sectionLocation[s.Kind] != "" || !s.Kind.HoldsRequest() {
		return false
	}
	k, ok := page.LocationLabel(label)
	if loc := sectionLocation[k]; !ok || loc == "" {
		return false
	}
	for j := range rows {
		rows[j].loc, rows[j].labelled = sectionLocation[k], true
	}
	return true
}

// labelBefore returns the heading the lexicon does not know, below the section's (a
// label, page.LabelsIn), that the table block bi comes under with no table between, or "".
func labelBefore(blocks []page.Block, bi int) string {
	for k := bi - 1; k >= 0 && blocks[k].Kind != page.TableBlock; k-- {
		if blocks[k].Kind == page.Paragraph && blocks[k].Level > 0 {
			return blocks[k].Text
		}
	}
	return ""
}

// isItemMarker tells whether a row named name with no type, description or example only
// names the item struct of the array row prev ("Users | Array of User" or
// "List<User>" then "User").
func isItemMarker(prev field, name string) bool {
	if prev.schema == nil || prev.schema.Type != "array" || name == "" {
		return false
	}
	item := page.ListItem(prev.schema.DocType)
	return item != "" && strings.EqualFold(item, name) || page.IsSingularOf(name, prev.name)
}

// structTable recognises a table that defines a struct an earlier row is typed with
// ("Configuration.N | Configuration", then "The following table describes the parameters
// of the Configuration data type." and a table): its rows are that row's fields, named as
// flattened children (Configuration.N.InstanceType), which unflatten nests. A struct
// named as a set that the table gives one row holds the list of that row's struct
// (setOfOne). A label naming the struct is no such sentence: labelledTable reads it.
func (x *extractor) structTable(before, rows []field, intro string, line int) bool {
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if f.schema == nil || !isStructName(f.schema.DocType) || !containsWord(intro, f.schema.DocType) {
			continue
		}
		named := 0
		for j := range rows {
			if rows[j].name != "" && rows[j].depth < 0 {
				rows[j].name = f.name + "." + rows[j].name
				named++
			}
		}
		x.warn(line, "the table after %q defines the struct %s: its rows are the fields of %s", intro, f.schema.DocType, f.name)
		if named == 1 {
			x.setOfOne(f, rows)
		}
		return true
	}
	return false
}

// setOfOne makes rows, the table that defines field f's struct, a list when the struct
// is named as a set ("ScalingConfigurationSetType") and the table gives it one row, an
// object: the set holds a list of that row's struct. structTable and nestUnder read such
// a table, after a sentence naming the struct or under a label naming it.
func (x *extractor) setOfOne(f field, rows []field) {
	if len(rows) != 1 || rows[0].name == "" || !strings.HasSuffix(f.schema.DocType, "SetType") || rows[0].schema == nil || rows[0].schema.Type != "object" {
		return
	}
	item := rows[0].schema
	rows[0].schema = &opspec.Schema{Type: "array", DocType: item.DocType, Description: item.Description, Items: &opspec.Schema{Type: "object", DocType: item.DocType}}
	item.Description = ""
	x.guess(rows[0].line, "%s: the only field of the set %s; read as a list of %s", rows[0].name, f.schema.DocType, item.DocType)
}

// captionTable recognises a table under a caption that an earlier container row refers
// to ("phases | Map | ... see **phases field structure**", then the caption "**phases field
// structure**" and a table): the caption names the row, and the row's description quotes
// the caption (or, a guess, the row is a Map, whose value the page shows nowhere else, or an
// object with no fields that ends the rows before, and the caption begins with its name:
// Elasticsearch UpdateIndexTemplate's "template | Object", then "template字段数据结构说明"). The table's rows are that row's fields, named as its dotted children
// (phases.minAge), which unflatten nests; tables captioned after those rows nest further.
// A Map row with such a table is a struct unless a placeholder row makes it a map again.
func (x *extractor) captionTable(before, rows []field, intro string, line int) bool {
	caption, ok := captionLine(intro)
	if !ok {
		return false
	}
	for i := len(before) - 1; i >= 0; i-- {
		f := before[i]
		if f.schema == nil || f.schema.Type != "object" && !isContainer(f.schema) || f.depth >= 0 || f.name == "" ||
			!containsWord(caption, leafName(f.name)) {
			continue
		}
		// (the caption names the row by its path: "The Result.contentCollection contains
		// the following parameters", where a container row Result comes before it)
		byPath := namesPathTo(caption, before[:i], leafName(f.name))
		quoted := strings.Contains(f.schema.Description, caption) || byPath
		// (a guess: a Map row, whose value the page shows nowhere else, or an object row
		// with no fields that ends the rows before, which nothing else can fill)
		open := f.schema.AdditionalProperties != nil || i == len(before)-1 && isEmptyObject(f.schema)
		if !quoted && (!open || !startsWithWord(caption, leafName(f.name))) {
			continue
		}
		prefix := f.name + "."
		if f.schema.Type == "array" {
			prefix = f.name + ".N." // the fields of its items
		}
		for j := range rows {
			if rows[j].name != "" && rows[j].depth < 0 {
				rows[j].name = prefix + rows[j].name
			}
		}
		// A Map row with a table of fields is a struct, unless a placeholder row ("{key}")
		// in the table makes it a map again (placeholderMaps).
		f.schema.AdditionalProperties = nil
		if byPath {
			x.warn(line, "the table captioned %q holds the fields of %s, which the caption names by its path", caption, f.name)
		} else if quoted {
			x.warn(line, "the table captioned %q holds the fields of %s, whose description refers to it", caption, f.name)
		} else {
			x.guess(line, "the table captioned %q read as the fields of %s, which the caption names first", caption, f.name)
		}
		return true
	}
	return false
}

// headedTable warns about the second or later table of a section that implies a location
// (path, query, header, body) when a line that may be a heading comes between it and the
// table before (one short line, not a sentence nor an introduction ending in a colon): a text dump has no heading levels, so a
// heading the lexicon does not know ("Custom header fields" after "Path parameters") reads
// as such a line, and its table's rows are taken as the section's without this warning.
func (x *extractor) headedTable(s *page.Section, intro string, rows []field, line int) {
	t, ok := captionLine(intro)
	if !ok || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return // a sentence, or one introducing the table ("The following parameters ...:")
	}
	names := rowNames(rows)
	x.guess(line, "the table after %q read as %s (the section %q): rows %s; the line may head a section the lexicon does not know",
		t, page.RowsOf(s.Kind), s.Heading, strings.Join(names, ", "))
}

// rowNames lists the names of the rows that have one, for a warning that names them.
func rowNames(rows []field) []string {
	names := make([]string, 0, len(rows))
	for _, r := range rows {
		if r.name != "" {
			names = append(names, r.name)
		}
	}
	return names
}

// captionLine returns the text of a paragraph before a table without its bold marks, and
// whether it can caption or head the table: one line of at most 80 characters. Longer
// text, or several lines, is prose about the table, not a name for it.
func captionLine(intro string) (string, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(intro), "*"))
	return t, t != "" && !strings.Contains(t, "\n") && utf8.RuneCountInString(t) <= 80
}

// namesPathTo tells whether caption holds the dotted path "P.leaf" (a word), where P is
// the name of a container row among rows.
func namesPathTo(caption string, rows []field, leaf string) bool {
	for _, r := range rows {
		if r.name != "" && r.schema != nil && isContainer(r.schema) && containsWord(caption, r.name+"."+leaf) {
			return true
		}
	}
	return false
}

// startsWithWord reports whether s begins with w as a whole word.
func startsWithWord(s, w string) bool {
	return w != "" && strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordByte(s[len(w)]))
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !isWordByte(s[k-1])
		after := k+len(w) == len(s) || !isWordByte(s[k+len(w)])
		if before && after {
			return true
		}
		i = k + 1
	}
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// markupJSON is an example cell ex whose JSON value a lightweight markup wrote with its
// escapes before the brackets, braces and quotes (Jira's and Markdown's "\[10\]", pandoc
// -t jira's `\["sample"\]`, Haddock's `[\"sample\"]`): the value without them where that
// is JSON and ex as written is not, which the list's items are read from
// (listItemsFromExample); ex itself otherwise, so an example that is JSON as written (a
// string's own `\"` in it) stays as it is.
func markupJSON(ex string) string {
	body := strings.TrimPrefix(ex, `\`)
	if strings.IndexByte(ex, '\\') < 0 || body == "" || body[0] != '[' && body[0] != '{' {
		return ex
	}
	if ex[0] != '\\' {
		if _, err := parseJSON(ex); err == nil {
			return ex
		}
	}
	v := jsonMarkEscapes.Replace(ex)
	if _, err := parseJSON(v); err != nil {
		return ex
	}
	return v
}

// jsonMarkEscapes drops a markup's escapes before brackets, braces and quotes (markupJSON).
var jsonMarkEscapes = strings.NewReplacer(`\[`, "[", `\]`, "]", `\{`, "{", `\}`, "}", `\"`, `"`)

// exampleOfType warns, naming the row, where the row's own example cannot be a value of
// the type its Type cell gives: a word where a number or a boolean is said (elasticsearch
// CreateCollector's "vpcId | Integer | … | vpc-bp12nu14urf0upaf*****"). The page wins for
// types, so the type stays, but the page contradicts itself and one of the two is wrong:
// the type is a guess, and said so.
func (x *extractor) exampleOfType(s *opspec.Schema, name string, line int) {
	ex := s.Example
	if ex == "" || !(ex[0] >= 'A' && ex[0] <= 'Z' || ex[0] >= 'a' && ex[0] <= 'z') {
		return
	}
	switch low := strings.ToLower(ex); s.Type {
	case "integer", "number":
	case "boolean":
		if low == "true" || low == "false" {
			return
		}
	default:
		return
	}
	x.guess(line, "row %q: typed %s, but its example %q is no %s; kept %s, the page's type (one of the two is wrong)",
		name, s.DocType, ex, s.Type, s.DocType)
}

// requiredNote is a row's Required answer noted in its type or description cell, and the
// type cell without the note.
type requiredNote struct {
	typ      string
	required bool
}

// requiredNotes reads the Required answers that the rows of a request table with no
// Required column note in their type or description cells (page.RequiredNote), by row
// index; nil when the table has a Required column or no row notes one. A table that
// notes them reads its other rows as optional, as one that marks its required names does
// (page.MarkRequired).
func requiredNotes(t *page.Table) map[int]requiredNote {
	if t.Col(page.ColRequired) >= 0 {
		return nil
	}
	var notes map[int]requiredNote
	for i, r := range t.Rows {
		typ := strings.TrimSpace(r.Cell(t, page.ColType))
		if cut, required, ok := page.RequiredNote(typ, r.Cell(t, page.ColDescription)); ok {
			if notes == nil {
				notes = map[int]requiredNote{}
			}
			notes[i] = requiredNote{cut, required}
		}
	}
	return notes
}
