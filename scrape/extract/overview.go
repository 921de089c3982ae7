package extract

import (
	"regexp"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

var (
	// productVersionRe finds "Eiam-developerapi/2022-02-25" in overview prose.
	productVersionRe = regexp.MustCompile(`\b([A-Za-z][A-Za-z0-9-]*)/(\d{4}-\d{2}-\d{2})\b`)
	styleRe          = regexp.MustCompile(`\b(ROA|RPC)\b`)
)

// overview reads an overview page's operation list; nil when the page has none. The list
// starts at an "API list" heading, or at the top when the title is one ("List of operations
// by function" with only category headings below it), and runs over the category headings
// after it. Operation pages never reach listedOperations, the fallback for pages without such
// a heading.
func (x *extractor) overview() *Overview {
	start := -1
	for i, s := range x.p.Sections {
		if s.Kind == page.APIList {
			start = i
			break
		}
	}
	if start < 0 {
		if k, ok := page.ClassifyHeading(x.p.Title); !ok || k != page.APIList {
			return nil
		}
		start = 0 // the title is the list's heading
	}
	x.overviewFacts()
	return x.operationList(x.p.Sections[start:], true)
}

// listedOperations reads the operation list of a page that has no list heading and names no
// operation of its own: text dumps of overviews whose category lines and API tables stand in
// the page's intro. Only tables with an operation column and no Type column count, and only
// when every name in them is an operation name.
func (x *extractor) listedOperations() *Overview {
	ov := x.operationList(x.p.Sections, false)
	if len(ov.Operations) > 0 {
		x.overviewFacts()
	}
	return ov
}

// hasOperationSections reports whether the page has a section only operation pages have
// (debugging, RAM authorization, request syntax, parameters, examples, error codes): an
// operation page, whatever its tables look like.
func (x *extractor) hasOperationSections() bool {
	for _, s := range x.p.Sections {
		switch s.Kind {
		case page.Debug, page.RAMAuth, page.RequestSyntax, page.RequestHeaders, page.PathParams, page.QueryParams,
			page.BodyParams, page.RequestParams, page.ResponseParams, page.ResponseHeaders, page.Examples, page.ErrorCodes:
			return true
		}
	}
	return false
}

// operationList reads the API tables of secs in order; a short line or a heading before a
// table names its group. inList: secs start at the list's heading and the list ends at the
// first heading of another kind; otherwise every section is searched and tables must be
// operation lists throughout.
func (x *extractor) operationList(secs []*page.Section, inList bool) *Overview {
	ov := &Overview{}
	seen := map[string]int{}
	pending := ""
	named := false
	// operation-like lines the list does not hold: a dump that broke a table up
	type looseName struct {
		line int
		name string
	}
	var loose []looseName
	for i, s := range secs {
		if inList && i > 0 && s.Kind != page.APIList && s.Kind != page.Other {
			break
		}
		if s.Kind == page.Other {
			pending = strings.TrimSpace(s.Heading)
		}
		for _, b := range s.Blocks {
			switch b.Kind {
			case page.Paragraph:
				if t := strings.TrimSpace(b.Text); t != "" && len(t) <= 80 && !strings.Contains(t, "\n") {
					pending = t
					if inList && page.IsOperationName(t) {
						loose = append(loose, looseName{b.Line, t})
					}
				}
			case page.List:
				if !inList {
					continue
				}
				if g, ok := x.overviewList(b, ov, seen, pending); ok {
					named = named || g.Name != ""
					if len(g.Operations) > 0 {
						ov.Groups = append(ov.Groups, g)
					}
					pending = ""
				}
			case page.TableBlock:
				if !inList && !isOperationList(b.Table) {
					continue
				}
				groups := x.overviewTable(b.Table, ov, seen, pending)
				if len(groups) == 0 {
					continue
				}
				for _, g := range groups {
					named = named || g.Name != ""
				}
				ov.Groups = append(ov.Groups, groups...)
				pending = ""
			}
		}
	}
	if !named {
		ov.Groups = nil
	}
	if len(ov.Operations) > 0 { // the page's date, read once, is each listed operation's
		if d, ok := normalizeDate(x.p.LastUpdated); ok {
			for _, op := range ov.Operations {
				op.Source.LastUpdated = d
			}
		}
	}
	for _, l := range loose {
		if _, listed := seen[l.name]; !listed {
			x.drop(l.line, "overview names operation %s outside an operation table or list; not listed", l.name)
		}
	}
	return ov
}

// operationColumn is the column of an API table that names the operations ("API",
// "Operation", "Name"), or -1.
func operationColumn(t *page.Table) int {
	for _, k := range []page.Column{page.ColAPI, page.ColName, page.ColAction} {
		if i := t.Col(k); i >= 0 {
			return i
		}
	}
	return -1
}

// isOperationList reports whether a table outside a list heading lists operations: its
// header has an "API" or "Operation" column and a title or description column, no Type or Required column,
// and every name cell (read past a spanning category cell) is an operation name.
func isOperationList(t *page.Table) bool {
	col := t.Col(page.ColAPI)
	if col < 0 {
		col = t.Col(page.ColAction) // "Operation"
	}
	if col < 0 || t.Col(page.ColType) >= 0 || t.Col(page.ColRequired) >= 0 ||
		(t.Col(page.ColDescription) < 0 && t.Col(page.ColTitle) < 0) || len(t.Rows) == 0 {
		return false
	}
	for _, r := range t.Rows {
		// a row under a category cell spanning rows lacks its first cells
		if c := col - rowShift(r, col); c < len(r.Cells) && !page.IsIdent(strings.Trim(strings.TrimSpace(r.Cells[c]), "`*[]")) {
			return false
		}
	}
	return true
}

// overviewTable reads one API table and returns its groups: one named pending, or one per
// category when a column holds categories (headed "Category", or a first column that is not
// the operation, its title or its description). A category cell may span the rows below
// it, which lose that cell: such a row is read shifted by its missing cells.
func (x *extractor) overviewTable(t *page.Table, ov *Overview, seen map[string]int, pending string) []opspec.Group {
	col := operationColumn(t)
	if col < 0 {
		return nil
	}
	// A "Category" column names categories wherever it stands; a header without that
	// word may still lead with them: a first column that is neither the operation, its
	// title nor its description.
	catCol := t.Col(page.ColCategory)
	if catCol < 0 && col > 0 && t.Col(page.ColTitle) != 0 && t.Col(page.ColDescription) != 0 {
		catCol = 0
	}
	var groups []opspec.Group
	cur := opspec.Group{Name: pending}
	for i := 0; i < len(t.Rows); i++ {
		r := t.Rows[i]
		if n := repeatedHeader(t, i); n > 0 {
			i += n - 1
			continue
		}
		if j := captionEnd(t, i); j > i {
			// a dump that runs the page's tables together: the lines before a repeated
			// header caption the next table (its category, a column the header lacks)
			if len(cur.Operations) > 0 {
				groups = append(groups, cur)
			}
			cur = opspec.Group{Name: onlyCell(r)}
			i = j + repeatedHeader(t, j) - 1
			continue
		}
		shift := rowShift(r, col)
		cell := func(i int) string {
			if i < 0 || i-shift < 0 || i-shift >= len(r.Cells) {
				return ""
			}
			return strings.TrimSpace(r.Cells[i-shift])
		}
		if catCol >= 0 && shift == 0 {
			if c := cell(catCol); c != "" && c != cur.Name {
				if len(cur.Operations) > 0 {
					groups = append(groups, cur)
				}
				cur = opspec.Group{Name: c}
			}
		}
		raw := cell(col)
		if raw == "" {
			continue
		}
		name := firstIdent(strings.Trim(raw, "`*[]"))
		if name == "" {
			x.warn(r.Line, "overview row %q is not an operation name; row skipped", raw)
			continue
		}
		x.listOperation(ov, seen, &cur, r.Line, name, cell(t.Col(page.ColTitle)), cell(t.Col(page.ColDescription)))
	}
	if len(cur.Operations) > 0 {
		groups = append(groups, cur)
	}
	return groups
}

// repeatedHeader is how many rows from t.Rows[i] on hold t's header again, or 0: a table
// dump that runs two tables of the same header together repeats it as one row, or as one
// row a cell when its cells are lines of their own.
func repeatedHeader(t *page.Table, i int) int {
	if i >= len(t.Rows) {
		return 0
	}
	same := func(c string, k int) bool {
		return t.Columns[k] != page.ColOther && page.ClassifyColumn(strings.TrimSpace(c)) == t.Columns[k]
	}
	if r := t.Rows[i]; len(r.Cells) == len(t.Header) {
		whole := true
		for k, c := range r.Cells {
			whole = whole && same(c, k)
		}
		if whole {
			return 1
		}
	}
	if i+len(t.Header) > len(t.Rows) {
		return 0
	}
	for k := range t.Header {
		if r := t.Rows[i+k]; len(r.Cells) == 0 || !same(r.Cells[0], k) {
			return 0
		}
	}
	return len(t.Header)
}

// captionEnd is the row after the captions that start at t.Rows[i] when a repeated header
// follows them (rows of one cell that names no operation), or i.
func captionEnd(t *page.Table, i int) int {
	j := i
	for j < len(t.Rows) {
		c := onlyCell(t.Rows[j])
		if c == "" || repeatedHeader(t, j) > 0 || page.IsOperationName(c) {
			break
		}
		j++
	}
	if j > i && repeatedHeader(t, j) > 0 {
		return j
	}
	return i
}

// onlyCell is the text of a row's only non-empty cell, or "".
func onlyCell(r page.Row) string {
	only := ""
	for _, c := range r.Cells {
		if c = strings.TrimSpace(c); c != "" {
			if only != "" {
				return ""
			}
			only = c
		}
	}
	return only
}

// listOperation adds the operation name listed at line to the overview and to the group cur,
// unless it is listed already.
func (x *extractor) listOperation(ov *Overview, seen map[string]int, cur *opspec.Group, line int, name, title, summary string) {
	if first, dup := seen[name]; dup {
		x.warn(line, "operation %s listed twice in the overview (first at line %d)", name, first)
		return
	}
	seen[name] = line
	op := &opspec.Operation{
		Name:         name,
		Title:        title,
		Summary:      summary,
		OverviewOnly: true,
		Source:       opspec.Source{File: x.p.File, URL: x.p.URL, Lang: x.p.Lang},
	}
	ov.Operations = append(ov.Operations, op)
	cur.Operations = append(cur.Operations, name)
}

// overviewList reads a list of operations under the list heading, one an item: the
// operation's name (or link) alone or before a separator and its description ("CreateUser:
// Creates a user.", "[CreateUser](...) - Creates a user."). A list none of whose items reads
// so is prose and is left; the items of an operation list that do not read so are warned.
func (x *extractor) overviewList(b page.Block, ov *Overview, seen map[string]int, pending string) (opspec.Group, bool) {
	cur := opspec.Group{Name: pending}
	var skipped []string
	read := false
	for _, item := range b.Items {
		name, summary, ok := listedOperation(item)
		if !ok {
			skipped = append(skipped, item)
			continue
		}
		read = true
		x.listOperation(ov, seen, &cur, b.Line, name, "", summary)
	}
	if read {
		for _, item := range skipped {
			x.warn(b.Line, "overview list item %q is not an operation name; item skipped", item)
		}
	}
	return cur, read
}

// listedOperation splits a list item into an operation name and its description: the name
// is an identifier with a lower-to-upper hump (operations are verb and noun: "RunInstances",
// "createInstance"), alone or followed by a separator (":", " - ", "–", "—").
func listedOperation(item string) (name, summary string, ok bool) {
	t := strings.TrimLeft(strings.TrimSpace(item), "`*[")
	end := identEnd(t)
	name = t[:end]
	if !page.IsOperationName(name) {
		return "", "", false
	}
	rest := strings.TrimLeft(t[end:], "`*]")
	if strings.HasPrefix(rest, "(") {
		// the target of a link around the name ("(/a/b (IMS)/c.md): x" gives ": x")
		if end := page.LinkTargetEnd(rest, 1); end > 0 {
			rest = rest[end:]
		} else {
			rest = ""
		}
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return name, "", true
	}
	for _, sep := range []string{":", "：", "-", "–", "—"} {
		if after, found := strings.CutPrefix(rest, sep); found {
			return name, strings.TrimSpace(after), true
		}
	}
	return "", "", false
}

// rowShift is how many leading cells a row of an API table lacks: a row whose last k cells
// are empty and whose operation cell is no operation name, while the cell k to its left is,
// lost k cells to a cell spanning rows above it (readers pad short rows at the end).
func rowShift(r page.Row, col int) int {
	if col < len(r.Cells) && firstIdent(strings.Trim(strings.TrimSpace(r.Cells[col]), "`*[]")) != "" {
		return 0
	}
	k := 0
	for i := len(r.Cells) - 1; i >= 0 && strings.TrimSpace(r.Cells[i]) == ""; i-- {
		k++
	}
	for s := 1; s <= k && s <= col; s++ {
		if firstIdent(strings.Trim(strings.TrimSpace(r.Cells[col-s]), "`*[]")) != "" {
			return s
		}
	}
	return 0
}

// overviewFacts reads product code, version and style from the overview's prose. The
// regexps search only paragraphs that may match: a product/version pair has a slash, a
// style is named after "standard" or "style".
func (x *extractor) overviewFacts() {
	for _, s := range x.p.Sections {
		for _, b := range s.Blocks {
			if b.Kind != page.Paragraph || len(x.versions) > 0 || !strings.Contains(b.Text, "/") {
				continue
			}
			if m := productVersionRe.FindStringSubmatch(b.Text); m != nil {
				x.products.note(m[1], fromOverview)
				x.versions.note(m[2], fromOverview)
				if sm := styleRe.FindStringSubmatch(b.Text); sm != nil && x.res.Style == "" {
					x.res.Style = opspec.Style(sm[1])
				}
			}
		}
	}
	if x.res.Style == "" {
		for _, s := range x.p.Sections {
			for _, b := range s.Blocks {
				if b.Kind != page.Paragraph {
					continue
				}
				if low := strings.ToLower(b.Text); strings.Contains(low, "standard") || strings.Contains(low, "style") {
					if sm := styleRe.FindStringSubmatch(b.Text); sm != nil {
						x.res.Style = opspec.Style(sm[1])
						return
					}
				}
			}
		}
	}
}
