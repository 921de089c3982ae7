package htmlpage

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"

	"github.com/acsgen/acsgen/scrape/page"
)

// A parameter list is a <ul>, <ol> or <dl> in a parameter section whose every item starts
// with a parameter name and a parenthesized type ("<code>Name</code> (String, required):
// text"; in a <dl> the <dt> holds the name and type, the <dd> the text); lists of such
// items nested in an item are its children. It reads as a parameter table whose rows show
// their depth, with Type, Required and Position columns for what the items say.

// entryName is the parameter name an item starts with.
var entryName = regexp.MustCompile(`^[A-Za-z_$@][\w.$@\[\]-]*`)

// entrySeps separate the facts that follow an item's name ("Name (String, required): text",
// "Name — String — Required — text", "Name: String, optional. text").
const entrySeps = "(),;:：，|—–·"

// paramEntry is one item of a parameter list.
type paramEntry struct {
	node                     *html.Node
	depth                    int
	name, typ, req, in, desc string
}

// paramList reads n as a parameter table when it is a parameter list in a parameter
// section, and reports whether it did.
func (r *reader) paramList(n *html.Node) bool {
	if page.RowsOf(r.sec.Kind) == "rows" {
		return false
	}
	entries, ok := listEntries(n, 0, nil)
	if !ok {
		return false
	}
	header := []string{"Parameter", "Type"}
	var hasReq, hasIn bool
	for _, e := range entries {
		hasReq = hasReq || e.req != ""
		hasIn = hasIn || e.in != ""
	}
	if hasReq {
		header = append(header, "Required")
	}
	if hasIn {
		header = append(header, "Position")
	}
	header = append(header, "Description")
	t := &page.Table{Line: r.lines.of(n), Header: header, Columns: page.ClassifyColumns(header)}
	for _, e := range entries {
		cells := []string{e.name, e.typ}
		if hasReq {
			cells = append(cells, e.req)
		}
		if hasIn {
			cells = append(cells, e.in)
		}
		t.Rows = append(t.Rows, page.Row{Line: r.lines.of(e.node), Cells: append(cells, e.desc), Depth: e.depth})
	}
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
			e, ok := parseEntry(head)
			if !ok && c.Data == "dt" {
				// "<dt>Name</dt><dd>String, required. Text</dd>": the facts open the <dd>
				first, more, _ := strings.Cut(text, "\n")
				if e, ok = parseEntry(head + " " + first); ok {
					text = more
				}
			}
			if !ok {
				return out, false
			}
			e.node, e.depth = c, depth
			e.desc = joinText(e.desc, text)
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

// parseEntry reads an item's head: a name, then facts (a type word, which must be there,
// and words that say whether the parameter is required and where it goes) between
// separators or spaces, then the text. "Name (Type, required): text", "Name — Type —
// Required — text", "Name: Type, optional. text" all read alike.
func parseEntry(head string) (paramEntry, bool) {
	head = uncodedName(head)
	name := entryName.FindString(head)
	if name == "" {
		return paramEntry{}, false
	}
	e := paramEntry{name: name}
	rest := head[len(name):]
	if rest != "" && !strings.ContainsAny(rest[:1], " \t") && !strings.ContainsRune(entrySeps, []rune(rest)[0]) {
		return paramEntry{}, false // the name runs on: not a name
	}
	for stop := false; !stop; {
		trimmed := trimSeps(rest)
		if e.typ != "" && strings.ContainsAny(rest[:len(rest)-len(trimmed)], ")):：") {
			break // the facts end at a closing parenthesis or a colon
		}
		rest = trimmed
		words := leadingWords(rest, 4)
		n := 0
		for k := len(words); k > 0 && n == 0; k-- {
			phrase := strings.TrimSuffix(strings.Join(words[:k], " "), ".")
			stop = phrase != strings.Join(words[:k], " ") // and at a period
			switch {
			case e.typ == "" && (page.IsType(phrase) || isStructPointer(phrase)):
				e.typ, n = phrase, k
			case e.in == "" && location(phrase) != "":
				e.in, n = location(phrase), k
			case e.req == "" && k == 1 && isRequiredWord(phrase):
				e.req, n = phrase, k
			}
		}
		if n == 0 {
			rest = trimmed
			break
		}
		for _, w := range words[:n] {
			rest = strings.TrimLeft(rest, " \t")[len(w):]
		}
	}
	e.desc = strings.TrimSpace(strings.TrimLeft(trimSeps(rest), ".-"))
	return e, e.typ != ""
}

// trimSeps drops leading spaces, entrySeps and " - " dashes.
func trimSeps(s string) string {
	for {
		t := strings.TrimLeft(s, " \t"+entrySeps)
		if d, ok := strings.CutPrefix(t, "- "); ok {
			t = d
		}
		if t == s {
			return s
		}
		s = t
	}
}

// leadingWords are up to max words at the start of s, up to the first separator: words
// end at a space or an entrySeps rune outside <...> ("map<string, any>" is one word) and a
// word may end with a period ("Required.").
func leadingWords(s string, max int) []string {
	var out []string
	angle, start := 0, -1
	for i, r := range s + " " {
		switch {
		case r == '<':
			angle++
		case r == '>':
			angle--
		}
		end := angle == 0 && (r == ' ' || r == '\t' || strings.ContainsRune(entrySeps, r))
		if i == len(s) {
			end = true
		}
		switch {
		case !end && start < 0:
			start = i
		case end && start >= 0:
			out = append(out, s[start:i])
			start = -1
			if len(out) == max || r != ' ' && r != '\t' {
				return out
			}
		case end && r != ' ' && r != '\t':
			return out
		}
	}
	return out
}

// isStructPointer reports whether w is a Go pointer to a struct ("*CreateUserRequestTag"),
// which after a parameter's name is its type (an object); alone it is no type word, since
// RAM tables write resources so ("*User").
func isStructPointer(w string) bool {
	name, ok := strings.CutPrefix(w, "*")
	return ok && name != "" && entryName.FindString(name) == name
}

func isRequiredWord(w string) bool {
	_, ok := page.ParseRequired(w)
	return ok
}

// location reads "Query" or "in query" as a location word ("Query"), "" when w is none.
func location(w string) string {
	w = strings.TrimSpace(w)
	if l, ok := strings.CutPrefix(strings.ToLower(w), "in "); ok {
		w = strings.TrimSpace(w[len(w)-len(l):])
	}
	if _, ok := page.ParseLocation(w); ok {
		return w
	}
	return ""
}

// A parameter row may hold its children in a parameter table nested in one of its cells
// (the description, usually): a table whose header has a name and a type column. Its rows
// follow the row, one level deeper, their cells put under the outer table's columns of the
// same kind, and it is taken out of the cell's text.

// nestedParamTables removes the parameter tables nested in tr's cells (not in tables
// nested deeper) from the tree and returns them.
func nestedParamTables(tr *html.Node) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type != html.ElementNode:
			case c.Data == "table":
				if isParamTable(c) {
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
// column.
func isParamTable(n *html.Node) bool {
	rows := tableRows(n)
	if len(rows) < 2 {
		return false
	}
	var name, typ bool
	for _, c := range cells(rows[0]) {
		switch page.ClassifyColumn(collapse(textOf(c))) {
		case page.ColName:
			name = true
		case page.ColType:
			typ = true
		}
	}
	return name && typ
}

// nestedRows are the rows of nested parameter table n at depth, and below each those of
// the tables nested in it, with their cells under the columns (cols) of the outer table.
func (r *reader) nestedRows(n *html.Node, cols []page.Column, depth int) []page.Row {
	rows := tableRows(n)
	var inner []page.Column
	for _, c := range cells(rows[0]) {
		inner = append(inner, page.ClassifyColumn(collapse(textOf(c))))
	}
	var out []page.Row
	for _, tr := range rows[1:] {
		subs := nestedParamTables(tr)
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
		if allEmpty(row.Cells) {
			continue
		}
		out = append(out, row)
		for _, s := range subs {
			out = append(out, r.nestedRows(s, cols, depth+1)...)
		}
	}
	return out
}

// captionSection starts a section for table n when its <caption> is a section heading
// ("Request parameters", "Path Parameters") of another kind than the current section's:
// some pages caption their tables instead of heading them.
func (r *reader) captionSection(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "caption" {
			continue
		}
		text := collapse(textOf(c))
		if kind, ok := page.ClassifyHeading(text); ok && kind != r.sec.Kind {
			r.sec = &page.Section{Kind: kind, Heading: text, Level: r.sec.Level + 1, Line: r.lines.of(c)}
			r.p.Sections = append(r.p.Sections, r.sec)
		}
		return
	}
}

// requiredMark cuts a required mark from a parameter's name cell, written after the name
// when the table has no Required column: "Name *", "Name (required)", "Name Required" (a
// badge), "Name 必填". A name has no spaces, so a word after one is no part of it. It
// returns the cell without the mark and whether there was one.
func requiredMark(cell string) (string, bool) {
	first, more, multi := strings.Cut(cell, "\n")
	name, mark, ok := strings.Cut(uncodedName(strings.TrimSpace(first)), " ")
	if !ok || !entryName.MatchString(name) || entryName.FindString(name) != name {
		return cell, false
	}
	mark = strings.Trim(strings.TrimSpace(mark), "()（）[]")
	if req, known := page.ParseRequired(mark); mark != "*" && !(known && req) {
		return cell, false
	}
	if multi {
		name += "\n" + more
	}
	return name, true
}

// markedRequired gives table t, whose rows in marked have a required mark on their names,
// a Required column (Yes for those rows, No for the others) when it has none.
func markedRequired(t *page.Table, marked map[int]bool) {
	if len(marked) == 0 || t.Col(page.ColRequired) >= 0 {
		return
	}
	t.Header = append(t.Header, "Required")
	t.Columns = page.ClassifyColumns(t.Header)
	for i := range t.Rows {
		v := "No"
		if marked[i] {
			v = "Yes"
		}
		t.Rows[i].Cells = append(t.Rows[i].Cells, v)
	}
}

// uncodedName drops the backticks of a code span that holds the name at the start of s
// ("`UserName` (String, required)"): the HTML reader keeps <code> as a code span.
func uncodedName(s string) string {
	if !strings.HasPrefix(s, "`") {
		return s
	}
	end := strings.IndexByte(s[1:], '`')
	if end <= 0 || entryName.FindString(s[1:1+end]) != s[1:1+end] {
		return s
	}
	return s[1:1+end] + s[2+end:]
}
