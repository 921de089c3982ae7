package page

import (
	"slices"
	"strings"
)

// Some pages list parameters in two columns, "Parameter | Description", and write the
// type, whether the parameter is required and where it goes at the head of the
// description: as a card's key lines ("Type: String" over "Required: Yes", or "Type:
// String. Required: Yes." on one line, CardKey) or as an item's facts ("(String,
// required) The name.", "String, optional. The name.", ParseEntry); or, as Swagger UI
// does, on the name cell's lines under the name ("string", "(query)"). FactColumns gives
// such a table the Type (and Required, Position) columns it lacks, from those facts, so
// every reader's table is read as one that has them.

// FactColumns rewrites each parameter table of p that has a name column but no Type
// column, and whose descriptions open with a type (descriptionFacts) or name cells hold
// one (nameFacts) in as many rows as half its named rows, as the table with those
// columns: the facts move from the description or name cell to their cells. Extraction
// calls it once for every reader's page.
func FactColumns(p *Page) {
	for _, s := range p.Sections {
		if !s.Kind.HoldsParams() {
			continue
		}
		for _, t := range s.Tables() {
			factColumns(t)
		}
	}
}

// factColumns is FactColumns of one table.
func factColumns(t *Table) {
	name, desc := t.Col(ColName), t.Col(ColDescription)
	if name < 0 || t.Col(ColType) >= 0 {
		return
	}
	facts := make([]rowFacts, len(t.Rows))
	named, typed := 0, 0
	for i, r := range t.Rows {
		f := &facts[i]
		f.name, f.inName = nameFacts(r.Cell(t, ColName))
		if desc >= 0 {
			f.desc, f.inDesc = descriptionFacts(r.Cell(t, ColDescription))
		}
		if f.typ() != "" {
			typed++ // an unnamed row's too (a list's item row: "(Object) An item.")
		}
		if strings.TrimSpace(r.Cell(t, ColName)) != "" {
			named++
		}
	}
	if typed == 0 || 2*typed < named {
		return
	}
	add := []Column{ColType}
	for _, c := range []Column{ColRequired, ColLocation} {
		if t.Col(c) < 0 && slices.ContainsFunc(facts, func(f rowFacts) bool { return f.cell(c) != "" }) {
			add = append(add, c)
		}
	}
	words := map[Column]string{ColType: "Type", ColRequired: "Required", ColLocation: "Position"}
	at := name + 1
	for k, c := range add {
		t.Header = slices.Insert(t.Header, at+k, words[c])
		t.Columns = slices.Insert(t.Columns, at+k, c)
	}
	for i := range t.Rows {
		r, f := &t.Rows[i], facts[i]
		cells := make([]string, len(add))
		for k, c := range add {
			cells[k] = f.cell(c)
		}
		if f.inName && name < len(r.Cells) {
			r.Cells[name] = f.name.Name
		}
		if f.inDesc && desc < len(r.Cells) {
			r.Cells[desc] = f.desc.Desc
		}
		for len(r.Cells) < at {
			r.Cells = append(r.Cells, "")
		}
		r.Cells = slices.Insert(r.Cells, at, cells...)
	}
}

// rowFacts are the facts a row's name cell (name, when inName) and description (desc,
// when inDesc) hold.
type rowFacts struct {
	name, desc     Entry
	inName, inDesc bool
}

// typ is the row's type, the name cell's first.
func (f rowFacts) typ() string { return f.cell(ColType) }

// cell is the row's cell of column c (ColType, ColRequired, ColLocation): the name cell's
// fact, else the description's.
func (f rowFacts) cell(c Column) string {
	pick := func(e Entry) string {
		switch c {
		case ColType:
			return e.Type
		case ColRequired:
			return e.Required
		case ColLocation:
			return e.In
		}
		return ""
	}
	if v := pick(f.name); f.inName && v != "" {
		return v
	}
	if f.inDesc {
		return pick(f.desc)
	}
	return ""
}

// nameFacts reads a name cell whose lines after the name are facts, as Swagger UI writes
// one ("UserName" over "string" over "(query)", a required word among them), or Redoc
// ("UserName" over "required"): Name is the first line. ok is false unless every later
// line is a fact (in brackets or not).
func nameFacts(cell string) (Entry, bool) {
	lines := strings.Split(strings.TrimSpace(cell), "\n")
	if len(lines) < 2 {
		return Entry{}, false
	}
	e := Entry{Name: strings.TrimSpace(lines[0])}
	for _, l := range lines[1:] {
		w := strings.TrimSpace(l)
		if b, ok := bracketed(w); ok { // "(query)"; a Go type's "[]" stays
			w = b
		}
		switch {
		case e.Type == "" && IsType(WholeCode(w)):
			e.Type = WholeCode(w)
		case e.In == "" && location(w) != "":
			e.In = location(w)
		case e.Required == "" && isRequiredWord(w):
			e.Required = w
		default:
			return Entry{}, false
		}
	}
	return e, true
}

// descriptionFacts reads the facts that open a description cell: key lines ("Type:
// String", "Required: Yes", "Type: String. Required: Yes.") or an item's facts ("(String,
// required) text"); Desc is the text after them. ok is false when no type opens it.
func descriptionFacts(d string) (Entry, bool) {
	lines := strings.Split(strings.TrimSpace(d), "\n")
	var e Entry
	k := 0
	for ; k < len(lines); k++ {
		if !keyLine(lines[k], &e) {
			break
		}
	}
	if k > 0 && e.Type != "" {
		e.Desc = strings.TrimSpace(strings.Join(lines[k:], "\n"))
		return e, true
	}
	if f, ok := ParseEntry("x " + strings.TrimSpace(lines[0])); ok && f.Name == "x" {
		f.Desc = strings.TrimSpace(strings.Join(append([]string{f.Desc}, lines[1:]...), "\n"))
		return f, true
	}
	return Entry{}, false
}

// keyLine reads a line of a card's keys into e ("Type: String", or keys as sentences of
// one line: "Type: String. Required: Yes."), and reports whether the whole line was keys
// of a type, a Required answer or a location.
func keyLine(l string, e *Entry) bool {
	var parts []string
	for p := range strings.SplitSeq(strings.TrimSpace(l), ". ") {
		if p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), ".")); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		col, _, value, ok := CardKey(p)
		switch {
		case !ok || col != ColType && col != ColRequired && col != ColLocation:
			return false
		case BlankCell(value): // a key left blank ("Position:", "Position: -")
		case col == ColType:
			e.Type = value
		case col == ColRequired:
			e.Required = value
		default:
			e.In = value
		}
	}
	return true
}

// bracketed returns what a fact written in brackets ("(query)", "（必选）", "[required]")
// holds, and whether w is one.
func bracketed(w string) (string, bool) {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}} {
		if in, ok := strings.CutPrefix(w, b[0]); ok && strings.HasSuffix(in, b[1]) && len(in) > len(b[1]) {
			return strings.TrimSpace(strings.TrimSuffix(in, b[1])), true
		}
	}
	return w, false
}
