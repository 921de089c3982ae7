package page

import "strings"

// GroupRows reads the rows of p's parameter tables that name a group of rows rather than a
// parameter: a row whose first cell alone is set, to a section heading of the lexicon
// ("Request parameters", "Path parameters", "请求体"), as a table that lists a request's
// locations, or a request and its response, in one table writes it (an HTML cell spanning
// the row, a Markdown row of one bold cell). A row that names its table's own section is
// left out; one that names another splits the table: the rows below it, and the blocks after
// the table, make a section of that kind, placed after the table's. Every reader's page
// goes through it, so a group row is read alike in every format.
func GroupRows(p *Page) {
	opened := map[*Section]bool{} // the sections group rows opened: siblings of each other
	for i := 0; i < len(p.Sections); i++ {
		sec := p.Sections[i]
		if !sec.Kind.HoldsParams() {
			continue
		}
		for b := 0; b < len(sec.Blocks); b++ {
			t := sec.Blocks[b].Table
			if sec.Blocks[b].Kind != TableBlock || t == nil || len(t.Header) < 3 {
				continue
			}
			next := splitAtGroupRow(sec, b)
			if next == nil {
				continue
			}
			if opened[sec] {
				next.Level = sec.Level
			}
			opened[next] = true
			p.Sections = append(p.Sections[:i+1], append([]*Section{next}, p.Sections[i+1:]...)...)
			break // the section's blocks from b on are next's now; next is read in its turn
		}
	}
}

// splitAtGroupRow leaves out the rows of section sec's table at block b that name sec's
// own kind, and returns the section that the first row naming another kind opens (nil when
// none does): its rows below that row, in a table of the same header, and sec's blocks
// after b. The table keeps the rows above; it is left out of sec when there are none.
func splitAtGroupRow(sec *Section, b int) *Section {
	t := sec.Blocks[b].Table
	kept := t.Rows[:0:0]
	for j, r := range t.Rows {
		kind, heading, ok := groupRow(t, r)
		switch {
		case !ok:
			kept = append(kept, r)
			continue
		case kind == sec.Kind:
			continue
		}
		rest := &Table{Line: r.Line, Header: t.Header, Columns: t.Columns, Rows: append([]Row(nil), t.Rows[j+1:]...)}
		next := &Section{Kind: kind, Heading: heading, Level: sec.Level + 1, Line: r.Line,
			Blocks: append([]Block{{Kind: TableBlock, Line: r.Line, Table: rest}}, sec.Blocks[b+1:]...)}
		t.Rows = kept
		sec.Blocks = sec.Blocks[:b+1]
		if len(kept) == 0 {
			sec.Blocks = sec.Blocks[:b]
		}
		return next
	}
	t.Rows = kept
	return nil
}

// groupRow reports whether row r of table t names a group of rows: its first cell alone is
// set, to a heading of a parameter section that is no parameter name ("Body" may be one),
// in bold or not, a colon after it or not. A name set as code (UnmarkName: org's
// "=Parameter=", an item row under "Parameters") is a parameter's: read as a heading
// ("=X=" is a wiki heading's marks), it split the table, the rows below it read as
// request parameters. It returns the section's kind and the heading.
func groupRow(t *Table, r Row) (SectionKind, string, bool) {
	if len(r.Cells) < 2 {
		return 0, "", false
	}
	for _, c := range r.Cells[1:] {
		if strings.TrimSpace(c) != "" {
			return 0, "", false
		}
	}
	text := strings.TrimRight(strings.Trim(strings.TrimSpace(r.Cells[0]), "*_ "), ":：")
	if text == "" || IsParamName(UnmarkName(text)) {
		return 0, "", false
	}
	kind, ok := ClassifyHeading(text)
	if !ok || !kind.HoldsParams() {
		return 0, "", false
	}
	return kind, text, true
}
