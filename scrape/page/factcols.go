package page

import (
	"slices"
	"strings"
)

// Some pages list parameters in two columns, "Parameter | Description", and write the
// type, whether the parameter is required and where it goes at the head of the
// description: as a card's key lines ("Type: String" over "Required: Yes", or "Type:
// String. Required: Yes." on one line, CardKey) or as an item's facts ("(String,
// required) The name.", "String, optional. The name.", ParseEntry). FactColumns gives such
// a table the Type (and Required, Position) columns it lacks, from those heads, so every
// reader's table is read as one that has them.

// FactColumns rewrites each parameter table of p that has a name and a description
// column but no Type column, and whose descriptions open with a type in as many rows as
// half its named rows (descriptionFacts), as the table with those columns: the facts move from the
// description to their cells. Extraction calls it once for every reader's page.
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
	if name < 0 || desc < 0 || t.Col(ColType) >= 0 {
		return
	}
	facts := make([]Entry, len(t.Rows))
	named, typed := 0, 0
	for i, r := range t.Rows {
		if e, ok := descriptionFacts(r.Cell(t, ColDescription)); ok {
			facts[i] = e // an unnamed row's too (a list's item row: "(Object) An item.")
			typed++
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
		if t.Col(c) < 0 && slices.ContainsFunc(facts, func(e Entry) bool { return c == ColRequired && e.Required != "" || c == ColLocation && e.In != "" }) {
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
		r := &t.Rows[i]
		e := facts[i]
		cells := make([]string, len(add))
		for k, c := range add {
			switch c {
			case ColType:
				cells[k] = e.Type
			case ColRequired:
				cells[k] = e.Required
			case ColLocation:
				cells[k] = e.In
			}
		}
		if e.Type != "" && desc < len(r.Cells) {
			r.Cells[desc] = e.Desc
		}
		for len(r.Cells) < at {
			r.Cells = append(r.Cells, "")
		}
		r.Cells = slices.Insert(r.Cells, at, cells...)
	}
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
		if !ok || value == "" {
			return false
		}
		switch col {
		case ColType:
			e.Type = value
		case ColRequired:
			e.Required = value
		case ColLocation:
			e.In = value
		default:
			return false
		}
	}
	return true
}
