package htmlpage

import (
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/acsgen/acsgen/scrape/page"
)

// A parameter list is a <ul>, <ol> or <dl> in a parameter section whose every item starts
// with a parameter name and a parenthesized type ("<code>Name</code> (String, required):
// text"; in a <dl> the <dt> holds the name and type, the <dd> the text); lists of such
// items nested in an item are its children. It reads as a parameter table whose rows show
// their depth, with Type, Required and Position columns for what the items say.

// paramEntry is one item of a parameter list.
type paramEntry struct {
	page.Entry
	node *html.Node
}

// paramList reads n as a parameter table when it is a parameter list in a parameter
// section, and reports whether it did.
func (r *reader) paramList(n *html.Node) bool {
	if !r.sec.Kind.HoldsParams() {
		return false
	}
	entries, ok := listEntries(n, 0, nil)
	if !ok {
		return false
	}
	rows := make([]page.Entry, len(entries))
	for i, e := range entries {
		rows[i] = e.Entry
		rows[i].Line = r.lines.of(e.node)
	}
	t := page.EntryTable(r.lines.of(n), rows)
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
	return true
}

// listEntries appends the entries of list n (items at depth, their nested parameter lists
// below) to out; ok is false when an item of n is not a parameter entry.
func listEntries(n *html.Node, depth int, out []paramEntry) ([]paramEntry, bool) {
	if n.Type != html.ElementNode || !isListTag(n.Data) {
		return out, false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch {
		case c.Data == "li" || c.Data == "dt":
			head, subs, text := splitItem(c)
			if c.Data == "dt" {
				// the text and the children are in the <dd>s that follow
				for d := c.NextSibling; d != nil && !(d.Type == html.ElementNode && d.Data == "dt"); d = d.NextSibling {
					if d.Type == html.ElementNode && d.Data == "dd" {
						_, s, t := splitItem(d)
						subs = append(subs, s...)
						text = joinText(text, t)
					}
				}
			}
			pe, ok := page.ParseEntry(head)
			if !ok && c.Data == "dt" {
				// "<dt>Name</dt><dd>String, required. Text</dd>": the facts open the <dd>
				first, more, _ := strings.Cut(text, "\n")
				if pe, ok = page.ParseEntry(head + " " + first); ok {
					text = more
				}
			}
			if !ok {
				return out, false
			}
			e := paramEntry{Entry: pe, node: c}
			e.Depth = depth
			e.Desc = joinText(e.Desc, text)
			out = append(out, e)
			for _, s := range subs {
				out, _ = listEntries(s, depth+1, out)
			}
			items++
		case c.Data == "dd":
		default:
			return out, false
		}
	}
	return out, items > 0
}

func isListTag(t string) bool { return t == "ul" || t == "ol" || t == "dl" }

// splitItem splits a list item (or <dd>) into its first line (head), the nested lists
// that are parameter lists (subs), and the text of the rest: other nested lists are text.
func splitItem(item *html.Node) (head string, subs []*html.Node, text string) {
	skip := map[*html.Node]bool{}
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode || isChrome(c) || c.Data == "table":
			case isListTag(c.Data):
				if _, ok := listEntries(c, 0, nil); ok {
					subs = append(subs, c)
					skip[c] = true
				}
			default:
				find(c)
			}
		}
	}
	find(item)
	text = cellTextWithout(item, skip)
	if item.Data != "dd" {
		head, text, _ = strings.Cut(text, "\n")
	}
	return head, subs, text
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// A parameter row may hold its children in a parameter table nested in one of its cells
// (the description, usually): a table whose header has a name and a type column, or, in a
// row whose type holds fields (an object, a list of objects), a name column and another
// the lexicon knows ("Name | Description": the fields untyped, which extraction warns).
// Its rows follow the row, one level deeper, their cells put under the outer table's
// columns of the same kind, and it is taken out of the cell's text.

// nestedParamTables removes the parameter tables nested in tr's cells (not in tables
// nested deeper) from the tree and returns them; fields says the row's type holds fields.
func nestedParamTables(tr *html.Node, fields bool) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type != html.ElementNode:
			case c.Data == "table":
				if isParamTable(c, fields) {
					n.RemoveChild(c)
					out = append(out, c)
				}
			default:
				visit(c)
			}
			c = next
		}
	}
	for _, td := range cells(tr) {
		visit(td)
	}
	return out
}

// isParamTable reports whether table n's first row is a header with a name and a type
// column, or, where the row holds fields, a name column and another known one.
func isParamTable(n *html.Node, fields bool) bool {
	rows := tableRows(n)
	if len(rows) < 2 {
		return false
	}
	var name, typ, other bool
	for _, c := range cells(rows[0]) {
		switch page.ClassifyColumn(lineText(c)) {
		case page.ColName:
			name = true
		case page.ColType:
			typ = true
		case page.ColOther:
		default:
			other = true
		}
	}
	return name && (typ || fields && other)
}

// holdsFields reports whether the type cell of row cs, at column typeAt (-1: none),
// reads as a type whose values have fields (page.HoldsFields).
func holdsFields(cs []*html.Node, typeAt int) bool {
	if typeAt < 0 || typeAt >= len(cs) {
		return false
	}
	return page.HoldsFields(page.WholeCode(cellText(cs[typeAt])))
}

// nestedRows are the rows of nested parameter table n at depth, and below each those of
// the tables nested in it, with their cells under the columns (cols) of the outer table.
func (r *reader) nestedRows(n *html.Node, cols []page.Column, depth int) []page.Row {
	rows := tableRows(n)
	var inner []page.Column
	for _, c := range cells(rows[0]) {
		inner = append(inner, page.ClassifyColumn(lineText(c)))
	}
	typeAt := slices.Index(inner, page.ColType)
	var out []page.Row
	for _, tr := range rows[1:] {
		subs := nestedParamTables(tr, holdsFields(cells(tr), typeAt))
		cs := cells(tr)
		row := page.Row{Line: r.lines.of(tr), Depth: depth, Cells: make([]string, len(cols))}
		for i, k := range cols {
			for j, kk := range inner {
				if kk == k && j < len(cs) {
					row.Cells[i] = cellText(cs[j])
					break
				}
			}
		}
		if !allEmpty(row.Cells) {
			// (else a row holding only a table of the fields of the row above it, as
			// table reads one, or nothing)
			out = append(out, row)
		}
		for _, s := range subs {
			out = append(out, r.nestedRows(s, cols, depth+1)...)
		}
	}
	return out
}

// captionSection starts a section for table n when its <caption> is a section heading
// ("Request parameters", "Path Parameters") of another kind than the current section's:
// some pages caption their tables instead of heading them. A caption that names no
// section is a paragraph before the table.
func (r *reader) captionSection(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "caption" {
			continue
		}
		r.titleSection(c)
		if text := lineText(c); text != "" {
			if _, ok := page.ClassifyHeading(text); !ok {
				// a caption that names no section ("Table 3. Tag", "Tag 结构"): a line
				// before the table, as a text dump writes it, which may name a struct
				r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: r.lines.of(c), Text: text})
			}
		}
		return
	}
}

// titleSection starts a section for the table that n, its caption or title row, names when
// n's text is a section heading of another kind than the current section's (page.KindIn:
// "Parameters" over a table of the response's names the response's).
func (r *reader) titleSection(n *html.Node) {
	text := lineText(n)
	if kind, ok := page.ClassifyHeading(text); ok && page.KindIn(r.sec, r.sec.Level+1, text, kind) != r.sec.Kind {
		r.sec = &page.Section{Kind: kind, Heading: text, Level: r.sec.Level + 1, Line: r.lines.of(n)}
		r.p.Sections = append(r.p.Sections, r.sec)
	}
}
