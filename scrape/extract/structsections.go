package extract

import (
	"slices"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// structSections reads the parameter tables of sections whose heading the lexicon does not
// know but which exactly names a container field read so far, by its name or by the struct
// its type names ("KeyVersion | KeyVersion" in the response, then a section "KeyVersion"
// with a table of KeyId, KeyVersionId, ...): such a section defines that field's struct, and
// its top-level rows are the field's children, named as its dotted children
// (KeyVersion.KeyId) that unflatten nests, or as its items' (Tags.N.Key) for a list. A field
// typed with a struct defined so is read after its section too, in page order. Sections
// read so are marked claimed, so unreadTables does not warn about them; a table whose first
// row shows a depth is left to that warning.
func (x *extractor) structSections(fields []field, request bool) []field {
	for _, s := range x.p.Sections {
		if s.Kind != page.Other {
			continue
		}
		heading, ok := page.StructHeading(s.Heading)
		if !ok {
			continue
		}
		var tables []*page.Table
		for _, t := range s.Tables() {
			if t.Col(page.ColName) >= 0 && opensAtTop(t) {
				tables = append(tables, t)
			}
		}
		if len(tables) == 0 {
			continue
		}
		n := len(fields)
		for i := 0; i < n; i++ {
			f := fields[i]
			if f.name == "" || f.schema == nil || !namesStruct(f, heading) || showsChildren(fields[:n], i) {
				continue
			}
			for _, t := range tables {
				start := len(fields)
				kind := page.ResponseParams
				if request {
					kind = page.RequestParams
				}
				fields = x.readFields(fields, t, kind, request)
				x.nestUnder(f, fields[start:], heading, t.Line, request)
			}
			x.claimSection(s)
		}
	}
	return fields
}

// nestUnder makes rows, a table under a heading that names field f's struct, f's
// children: their names become f's dotted children (f.N. for a list's items), which
// unflatten nests without calling them flattened, and a request row takes f's location;
// a set's only row is a list (setOfOne).
func (x *extractor) nestUnder(f field, rows []field, heading string, line int, request bool) {
	prefix := memberPrefix(f)
	names := make([]string, 0, len(rows))
	var above []field // the last row at each depth the table shows, named
	for j := range rows {
		c := &rows[j]
		d, p := max(c.depth, 0), prefix
		if d > 0 && d <= len(above) { // a row nested in the table: its parent row's child
			p = memberPrefix(above[d-1])
		}
		c.depth, c.member = -1, true
		if c.name != "" && !strings.HasPrefix(c.name, p) {
			c.name = p + c.name
		}
		above = append(above[:min(d, len(above))], *c)
		if request {
			c.loc = f.loc
		}
		names = append(names, c.name)
	}
	x.warn(line, "the table under %q holds the fields of %s (%s)", heading, f.name, strings.Join(names, ", "))
	x.setOfOne(f, rows)
}

// labelledTable reads the table after a heading the lexicon does not know, below a
// parameter section's heading (a label, "### Filter"): when the label names a container
// field read before (namesStruct), the rows are its children (nestUnder); otherwise they
// stay the section's, with a guess naming them, since the label may head a part of the
// page the lexicon does not know.
func (x *extractor) labelledTable(s *page.Section, label string, before, rows []field, line int, request bool) {
	label = strings.TrimSpace(label)
	if f, ok := structField(before, label); ok {
		x.nestUnder(f, rows, label, line, request)
		return
	}
	names := rowNames(rows)
	if len(names) > 0 {
		x.guess(line, "the table under heading %q read as %s (the section %q): rows %s; the heading, which the lexicon does not know, names no field above it",
			label, page.RowsOf(s.Kind), s.Heading, strings.Join(names, ", "))
	}
}

// structField returns the last field among before whose struct label names
// (namesStruct), and whether there is one.
func structField(before []field, label string) (field, bool) {
	if label, ok := page.StructHeading(label); ok {
		for i := len(before) - 1; i >= 0; i-- {
			if f := before[i]; f.name != "" && f.schema != nil && namesStruct(f, label) {
				return f, true
			}
		}
	}
	return field{}, false
}

// bareLabel returns the text of b, the block right before a table, when b is a bare line
// that names the struct of a field among before (structField), or "": a text dump writes
// the label "Filter" under "Request parameters" with no heading level, and its table
// holds that field's children as it does under "### Filter" (labelledTable).
func bareLabel(b page.Block, before []field) string {
	t := bareLine(b)
	if _, ok := structField(before, t); !ok {
		return ""
	}
	return t
}

// bareLine returns the text of b when it is one short line with no heading level
// (captionLine), as a text dump writes a heading, or "": for a numbered caption ("Table 4.
// page_info", page.CaptionName), what it names.
func bareLine(b page.Block) string {
	if b.Kind != page.Paragraph || b.Level > 0 {
		return ""
	}
	if t, ok := captionLine(b.Text); ok {
		if name, numbered := page.CaptionName(t); numbered {
			return name
		}
		return t
	}
	return ""
}

// memberPrefix is what the name of a child of f starts with: "f." for an object, "f.N."
// for a list's items.
func memberPrefix(f field) string {
	if f.schema != nil && f.schema.Type == "array" {
		return f.name + ".N."
	}
	return f.name + "."
}

// showsChildren reports whether the row fields[i] has rows nested under it in its own
// table (the next row is deeper): its fields are shown there, so a struct section of the
// same name (the response's "whiteIpGroup" after a request's "whiteIpGroup | object" with
// its rows below it) defines another field's struct, not its.
func showsChildren(fields []field, i int) bool {
	return fields[i].depth >= 0 && i+1 < len(fields) && fields[i+1].depth > fields[i].depth
}

// opensAtTop reports whether t's first row shows no depth: its rows are a struct's
// fields, those that show a depth their children (nestUnder); a table that opens deeper
// is no struct's.
func opensAtTop(t *page.Table) bool {
	return len(t.Rows) > 0 && t.Rows[0].Depth <= 0
}

// namesStruct reports whether heading names field f's struct: f is an object or a list
// (of objects, or with no item type yet), and heading is its leaf name, its type word, or
// the item struct its list type names ("Array of KeyVersion").
func namesStruct(f field, heading string) bool {
	s := f.schema
	switch {
	case s.Type == "object" && s.AdditionalProperties == nil:
	case s.Type == "array" && (s.Items == nil || s.Items.Type == "object"):
	default:
		return false
	}
	dt := strings.TrimSpace(s.DocType)
	leaf, item := leafName(f.name), page.ListItem(dt)
	if leaf == heading || dt == heading || item == heading {
		return true
	}
	// a list's struct headed by the list's name in another plural ("TagList" over the
	// rows of "Tags | Array of Tag")
	base, list := strings.CutSuffix(heading, "List")
	return list && s.Type == "array" && base != "" && (base == item || page.IsSingularOf(base, leaf))
}

// definesStruct reports whether the page has a section headed typ, a word the lexicon does
// not know, or a label typ below a parameter section's heading (or a bare line typ right
// before the table, as a text dump writes it), with a parameter table: a struct the page
// defines (structSections, labelledTable and bareLabel read it).
func (x *extractor) definesStruct(typ string) bool {
	for _, s := range x.p.Sections {
		for bi, b := range s.Blocks {
			if b.Kind != page.TableBlock || b.Table.Col(page.ColName) < 0 || !opensAtTop(b.Table) {
				continue
			}
			if h, _ := page.StructHeading(s.Heading); s.Kind == page.Other && h == typ {
				return true
			}
			if s.Kind == page.ResponseParams || slices.Contains(requestKinds, s.Kind) {
				label := strings.TrimSpace(labelBefore(s.Blocks, bi))
				if label == "" && bi > 0 {
					label = bareLine(s.Blocks[bi-1]) // bareLabel's line
				}
				if h, _ := page.StructHeading(label); h == typ {
					return true
				}
			}
		}
	}
	return false
}

// claimSection marks s as read by a rule, so unreadTables does not warn about it.
func (x *extractor) claimSection(s *page.Section) {
	if x.claimed == nil {
		x.claimed = map[*page.Section]bool{}
	}
	x.claimed[s] = true
}
