package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// bodyUnderHeaders moves a response body's table out of a "Response headers" section. A
// text dump has no heading levels, so a heading the lexicon does not know right after
// "Response headers" ("Returned fields") reads as a line of that section, and the table
// under it as headers. When that line is heading-shaped, the page has no response
// parameters section, and the table's rows are not headers' (a nameless root row, a nested
// row, an object or array type: a header is one value; a dotted name), the line heads the response
// parameters instead; a guess says so, naming the row that told. So does a table of flat
// rows that comes second, after the headers' own table, when none of its names is shaped
// as a header's of more than one word is (hyphenated: "x-acs-request-id", "Content-Type"):
// a page lists its headers in one table, and the body's fields it lists after them
// ("RequestId", "Size") are named as fields are.
func (d *doc) bodyUnderHeaders() {
	if len(d.p.SectionsOf(page.ResponseParams)) > 0 {
		return
	}
	for si, s := range d.p.Sections {
		if s.Kind != page.ResponseHeaders {
			continue
		}
		for k := 0; k+1 < len(s.Blocks); k++ {
			b, next := s.Blocks[k], s.Blocks[k+1]
			if b.Kind != page.Paragraph || next.Table == nil || !page.HeadingShaped(b.Text) {
				continue
			}
			why := bodyRow(next.Table)
			if why != "" {
				why += ", which no header is"
			} else if namedTable(s.Blocks[:k]) {
				why = unhyphenated(next.Table)
			}
			if why == "" {
				continue
			}
			body := &page.Section{Kind: page.ResponseParams, Heading: b.Text, Line: b.Line, Blocks: s.Blocks[k+1:]}
			s.Blocks = s.Blocks[:k]
			d.p.Sections = append(d.p.Sections[:si+1], append([]*page.Section{body}, d.p.Sections[si+1:]...)...)
			d.p.Guess(b.Line, "the table under %q after heading %q read as response parameters, not headers: %s",
				b.Text, s.Heading, why)
			return
		}
	}
}

// bodyRow describes the first row of t that no response header could be ("" when none):
// nameless, nested, typed object or array, or dotted ("Data.Size": a flattened field).
func bodyRow(t *page.Table) string {
	tc := t.Col(page.ColType)
	for _, r := range t.Rows {
		name := strings.TrimSpace(r.Cell(t, page.ColName))
		typ := ""
		if tc >= 0 && len(r.Cells) > 0 {
			// a short row's last cell: unnamed rows may leave their name cell out
			typ = page.CanonicalType(strings.ToLower(strings.TrimSpace(r.Cells[min(tc, len(r.Cells)-1)])))
		}
		switch {
		case name == "" && typ != "":
			return "a row typed " + typ + " has no name (a response root)"
		case r.Depth > 0:
			return "row " + name + " is nested"
		case typ == "object" || typ == "array" || strings.HasPrefix(typ, "array of") || strings.HasPrefix(typ, "list<"):
			return "row " + name + " is typed " + typ
		case strings.Contains(name, "."):
			return "row " + name + " is dotted, a body field's path"
		}
	}
	return ""
}

// namedTable reports whether blocks hold a table with a name column.
func namedTable(blocks []page.Block) bool {
	for _, b := range blocks {
		if b.Table != nil && b.Table.Col(page.ColName) >= 0 {
			return true
		}
	}
	return false
}

// unhyphenated describes a second table's rows when no name of them is hyphenated, as the
// names of headers of more than one word are ("" when one is, or the table has no names).
func unhyphenated(t *page.Table) string {
	var names []string
	for _, r := range t.Rows {
		name := strings.TrimSpace(r.Cell(t, page.ColName))
		if strings.Contains(name, "-") {
			return ""
		}
		if name != "" {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "its rows " + strings.Join(names, ", ") + " follow the headers' own table, and none is hyphenated as a header name of more than one word is"
}
