package page

import "strings"

// ResponseLabels reads the labels that split p's response sections into the response's
// headers and its body: a heading below the section's, a bold line or a line ending in a
// colon that is the word alone ("Headers", "Response headers", "响应头"; "Body",
// "Response body", "响应体", ResponseLabel), as ROA pages head the two tables under
// "Response parameters". The blocks under a headers label make a ResponseHeaders section
// of their own, placed after the section, so they are read as headers, not body fields;
// a body label heads the body's blocks (a ResponseParams section after a headers section)
// and is no field, wrapper or struct label of them. Every reader's page goes through it,
// as through GroupRows, so the labels are read alike in every format.
func ResponseLabels(p *Page) {
	for i := 0; i < len(p.Sections); i++ {
		sec := p.Sections[i]
		if sec.Kind != ResponseParams && sec.Kind != ResponseHeaders {
			continue
		}
		if next := splitAtResponseLabels(sec); len(next) > 0 {
			p.Sections = append(p.Sections[:i+1], append(next, p.Sections[i+1:]...)...)
			i += len(next)
		}
	}
}

// splitAtResponseLabels leaves the labels out of section sec, keeps in it the blocks under
// a label of its own kind (and those before the first label), and returns the sections the
// blocks under a label of the other kind make, in order (nil when sec has no label). A
// headers label in a body's section takes its blocks up to its first table only: a page
// lists its headers in one table, so a table after it with no label of its own (one a text
// dump's reader read into the table above) is the body's, not more headers.
func splitAtResponseLabels(sec *Section) []*Section {
	var kept []Block
	var next []*Section
	var cur *Section // the section the blocks go to; nil: sec
	for _, b := range sec.Blocks {
		var kind SectionKind
		ok := false
		if b.Kind == Paragraph && (b.Level == 0 || b.Level > sec.Level) {
			kind, ok = ResponseLabel(b.Text)
		}
		switch {
		case ok && kind == sec.Kind:
			cur = nil
		case ok:
			cur = &Section{Kind: kind, Heading: strings.TrimSpace(b.Text), Level: sec.Level, Line: b.Line}
			next = append(next, cur)
		case cur != nil:
			cur.Blocks = append(cur.Blocks, b)
			if b.Kind == TableBlock && cur.Kind == ResponseHeaders {
				cur = nil // a page lists its headers in one table: what follows is the body's
			}
		default:
			kept = append(kept, b)
		}
	}
	if len(kept) < len(sec.Blocks) {
		sec.Blocks = kept
	}
	return next
}
