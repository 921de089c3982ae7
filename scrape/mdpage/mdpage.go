// Package mdpage reads the Markdown sources of Alibaba Cloud's API reference (the layout of
// the AlibabaCloudDocs repositories) into the page model.
//
// The layout: a `# Operation` title (optionally with `{#id .class}` attributes), prose, a
// debugging link that names product, API, style and version, `##` sections in English or
// Chinese, pipe tables whose cells may run over several lines (a row ends at a line ending
// in `|`), Markdown escapes (`\*`, `\_`, `\(`), doc-id links (`[DescribeRegions](~~25609~~)`),
// fenced code blocks for request and response samples, and `└` glyphs that show nesting in
// some tables. Nesting is otherwise not shown (Row.Depth = -1); extraction rebuilds it.
package mdpage

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// Reader reads Markdown pages. It holds no state; the zero value is ready to use.
type Reader struct{}

var _ page.Reader = Reader{}

// Read parses one Markdown page.
func (Reader) Read(file string, data []byte) (*page.Page, error) {
	text, note, err := page.Decode(data, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	p := &page.Page{File: file, Format: page.Markdown, Meta: map[string]string{}}
	if note != "" {
		p.Warn(0, "%s", note)
	}
	r := &reader{p: p, lines: strings.Split(text, "\n")}
	r.read()
	if p.Title == "" && len(p.Sections) <= 1 {
		return nil, fmt.Errorf("%s: no title and no sections: not an API reference page", file)
	}
	return p, nil
}

type reader struct {
	p     *page.Page
	lines []string
	i     int // next line, 0-based
	sec   *page.Section
	// lastLang is a language named just before a code fence ("`JSON` format").
	lastLang string
}

func (r *reader) read() {
	r.sec = &page.Section{Kind: page.Intro, Line: 1}
	r.p.Sections = append(r.p.Sections, r.sec)
	for r.i < len(r.lines) {
		line := r.lines[r.i]
		trim := strings.TrimSpace(line)
		switch {
		case trim == "":
			r.i++
		case isFence(trim):
			r.code(trim[:3])
		case isHeading(trim):
			r.heading(trim)
		case r.setextLevel(r.i+1) > 0:
			r.setext(trim)
		case r.indentedCode(line):
			r.indented()
		case strings.HasPrefix(trim, "|"):
			r.table()
		case r.bareTable():
			r.table()
		case isListItem(trim):
			r.list()
		default:
			r.paragraph()
		}
	}
	if r.p.Lang == "" {
		r.p.Lang = "en"
	}
}

// heading reads an ATX heading ("## Request parameters").
func (r *reader) heading(trim string) {
	r.i++
	level := len(trim) - len(strings.TrimLeft(trim, "#"))
	r.section(level, stripAttrs(strings.TrimSpace(strings.TrimRight(trim[level:], "#"))), r.i)
}

// setextLevel returns 1 or 2 when line i underlines the line before it ("===" or "---"),
// making that line a setext heading; 0 otherwise.
func (r *reader) setextLevel(i int) int {
	if i <= 0 || i >= len(r.lines) {
		return 0
	}
	u := strings.TrimSpace(r.lines[i])
	prev := strings.TrimSpace(r.lines[i-1])
	if len(u) < 2 || prev == "" || strings.HasPrefix(prev, "|") || isListItem(prev) || isFence(prev) || isHeading(prev) {
		return 0
	}
	if strings.Trim(u, "=") == "" {
		return 1
	}
	if strings.Trim(u, "-") == "" {
		return 2
	}
	return 0
}

// setext reads a setext heading: the text line and its underline.
func (r *reader) setext(trim string) {
	level := r.setextLevel(r.i + 1)
	line := r.i + 1
	r.i += 2
	r.section(level, stripAttrs(trim), line)
}

// indentedCode reports whether line (the current one) starts an indented code block: four
// spaces or a tab after a blank line, in a section without lists (whose items continue in
// indented paragraphs).
func (r *reader) indentedCode(line string) bool {
	if !strings.HasPrefix(line, "    ") && !strings.HasPrefix(line, "\t") {
		return false
	}
	if r.i == 0 || strings.TrimSpace(r.lines[r.i-1]) != "" {
		return false
	}
	for _, b := range r.sec.Blocks {
		if b.Kind == page.List {
			return false // likely a list item's indented continuation
		}
	}
	return true
}

// indented reads an indented code block: indented and blank lines up to a line with less
// indentation.
func (r *reader) indented() {
	start := r.i + 1
	var body []string
	for r.i < len(r.lines) {
		l := r.lines[r.i]
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "\t") {
			break
		}
		if strings.HasPrefix(l, "\t") {
			l = l[1:]
		} else if len(l) >= 4 {
			l = l[4:]
		}
		body = append(body, l)
		r.i++
	}
	text := strings.Trim(strings.Join(body, "\n"), "\n")
	lang := r.lastLang
	if t := strings.TrimSpace(text); lang == "" && (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) {
		lang = "json"
	}
	r.lastLang = ""
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Code, Line: start, Text: text, Lang: lang})
}

// section starts a section for a known heading; the first level-1 heading (or the first
// heading, naming no section) is the title.
func (r *reader) section(level int, text string, line int) {
	kind, ok := page.ClassifyHeading(text)
	// The title is the "# " heading, or the page's first heading when it names no section:
	// exports that nest a page under their own title put it a level down ("## CreateAlias").
	if r.p.Title == "" && (level == 1 || !ok && len(r.p.Sections) == 1) {
		r.p.Title, r.p.TitleLine = text, line
		return
	}
	if ok {
		if r.p.Lang == "" || r.p.Lang == "en" {
			r.p.Lang = page.HeadingLang(text)
		}
	} else {
		if level >= 3 && r.sec.Kind != page.Intro {
			// an unknown sub-heading inside a known section is a label, not a new section
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: cleanInline(text)})
			return
		}
		kind = page.Other
	}
	r.sec = &page.Section{Kind: kind, Heading: cleanInline(text), Level: level, Line: line}
	r.p.Sections = append(r.p.Sections, r.sec)
}

// stripAttrs drops a trailing `{#id .class}` attribute block.
func stripAttrs(s string) string {
	if strings.HasSuffix(s, "}") {
		if i := strings.LastIndex(s, "{"); i >= 0 {
			attr := strings.TrimSpace(s[i+1 : len(s)-1])
			if attr == "" || attr[0] == '#' || attr[0] == '.' {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

func (r *reader) code(fence string) {
	start := r.i + 1
	info := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r.lines[r.i]), fence[:1]))
	r.i++
	var body []string
	closed := false
	for r.i < len(r.lines) {
		if strings.HasPrefix(strings.TrimSpace(r.lines[r.i]), fence) {
			closed = true
			r.i++
			break
		}
		body = append(body, r.lines[r.i])
		r.i++
	}
	if !closed {
		r.p.Truncated = true
		r.p.Warn(start, "code block is not closed: the page may be cut off")
	}
	text := strings.Trim(strings.Join(body, "\n"), "\n")
	lang := strings.ToLower(info)
	if lang == "" {
		lang = r.lastLang
	}
	text = page.SampleBody(text)
	if t := strings.TrimSpace(text); lang == "" && (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) {
		lang = "json"
	}
	r.lastLang = ""
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Code, Line: start, Text: text, Lang: lang})
}

func isListItem(s string) bool {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return true
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && s[i] == '.' && s[i+1] == ' '
}

func (r *reader) list() {
	start := r.i + 1
	var items []string
	for r.i < len(r.lines) {
		trim := strings.TrimSpace(r.lines[r.i])
		switch {
		case isListItem(trim):
			items = append(items, cleanInline(strings.TrimSpace(strings.TrimLeft(trim[listMarkerLen(trim):], " "))))
		case trim != "" && len(items) > 0 && !strings.HasPrefix(trim, "|") && !isHeading(trim) && !isFence(trim) && r.setextLevel(r.i+1) == 0:
			items[len(items)-1] += " " + cleanInline(trim)
		default:
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.List, Line: start, Items: items})
			return
		}
		r.i++
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.List, Line: start, Items: items})
}

func listMarkerLen(s string) int {
	if s[0] == '-' || s[0] == '*' || s[0] == '+' {
		return 1
	}
	return strings.IndexByte(s, '.') + 1
}

func (r *reader) paragraph() {
	start := r.i + 1
	var parts []string
	for r.i < len(r.lines) {
		trim := strings.TrimSpace(r.lines[r.i])
		if trim == "" || isHeading(trim) || strings.HasPrefix(trim, "|") || isFence(trim) || isListItem(trim) ||
			len(parts) > 0 && r.setextLevel(r.i+1) > 0 {
			break
		}
		parts = append(parts, trim)
		r.i++
	}
	raw := strings.Join(parts, " ")
	r.noteLinks(raw, start)
	text := cleanInline(raw)
	if lang := page.SampleFormat(text); lang != "" {
		r.lastLang = lang
	}
	if r.sec.Kind == page.Intro && r.p.LastUpdated == "" {
		if v, ok := page.LastUpdated(text); ok && v != "" {
			r.p.LastUpdated = v
			return
		}
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: start, Text: text})
}

// noteLinks records the OpenAPI Explorer debugging link, which names product, API, style and
// version, and a canonical help-center URL when the page links to itself.
func (r *reader) noteLinks(raw string, line int) {
	for _, u := range linkTargets(raw) {
		if strings.Contains(u, "api.aliyun.com/") && strings.Contains(u, "product=") {
			if _, seen := r.p.Meta["debug-url"]; !seen {
				r.p.Meta["debug-url"] = u
			}
		}
	}
}

// bareTable reports whether the current line starts a GFM table written without outer
// pipes ("Name | Type | Required", then "--- | --- | ---"), and if so writes the pipes
// around its header, separator and rows (the lines up to a blank line, a heading or a
// line without a cell separator), so that table reads it as any other.
func (r *reader) bareTable() bool {
	if page.CountPipes(r.lines[r.i]) == 0 || r.i+1 >= len(r.lines) || !page.IsPipeSeparator(r.lines[r.i+1]) {
		return false
	}
	for j := r.i; j < len(r.lines); j++ {
		t := strings.TrimSpace(r.lines[j])
		if t == "" || isHeading(t) || isFence(t) || page.CountPipes(t) == 0 {
			break
		}
		if !strings.HasPrefix(t, "|") {
			t = "|" + t
		}
		if !strings.HasSuffix(t, "|") || strings.HasSuffix(t, `\|`) {
			t += "|"
		}
		r.lines[j] = t
	}
	return true
}

// table reads a pipe table. Rows may span several lines: a row ends at a line that ends
// with an unescaped `|`. The separator line (`|---|---|`) is optional.
func (r *reader) table() {
	t := &page.Table{Line: r.i + 1}
	header, hline, ok := r.row(0)
	if !ok {
		return
	}
	t.Header = header
	t.Line = hline
	if r.i < len(r.lines) && page.IsPipeSeparator(r.lines[r.i]) {
		r.i++
	}
	t.Columns = page.ClassifyColumns(t.Header)
	r.p.NamesFirst(t)
	width := t.Width() // rows may stop before blank header cells at the end
	depthShown := false
	for r.i < len(r.lines) {
		trim := strings.TrimSpace(r.lines[r.i])
		if trim == "" {
			// a blank line ends the table unless the next non-blank line continues a row
			j := r.i
			for j < len(r.lines) && strings.TrimSpace(r.lines[j]) == "" {
				j++
			}
			if j < len(r.lines) && strings.HasPrefix(strings.TrimSpace(r.lines[j]), "|") && !page.IsPipeSeparator(r.lines[j]) {
				r.i = j
				continue
			}
			break
		}
		if !strings.HasPrefix(trim, "|") {
			break
		}
		if page.IsPipeSeparator(trim) {
			r.i++
			continue
		}
		cells, line, ok := r.row(width)
		if !ok {
			break
		}
		row := page.Row{Line: line, Depth: -1}
		if k := nameCol(t); k < len(cells) {
			name := cells[k]
			d := 0
			for strings.HasPrefix(name, "└") {
				name = strings.TrimSpace(strings.TrimPrefix(name, "└"))
				d++
			}
			if d > 0 {
				depthShown = true
				cells[k] = name
			}
			row.Depth = d
		}
		switch {
		case len(cells) < len(t.Header):
			if len(cells) < width {
				r.p.Warn(line, "table row has %d cells, the header has %d: missing cells left empty", len(cells), width)
			}
			cells = append(cells, make([]string, len(t.Header)-len(cells))...)
		case len(cells) > len(t.Header) && t.Columns[len(t.Header)-1] == page.ColDescription &&
			len(page.RowNames(cells[len(t.Header)-1:])) == 0:
			// "Valid values: a | b | c": unescaped pipes in the last column, the description
			// (extra cells that hold rows, a name and a type, are swallowed rows: below)
			r.p.Warn(line, "table row has %d cells, the header has %d: the extra '|' are taken as text of the description", len(cells), len(t.Header))
			last := len(t.Header) - 1
			cells = append(cells[:last], strings.Join(cells[last:], " | "))
		case len(cells) > len(t.Header):
			kind, lost := page.ExtraCells(page.RowsOf(r.sec.Kind), cells, len(t.Header))
			r.p.WarnAs(kind, line, "%stable row has %d cells, the header has %d: extra cells dropped",
				lost, len(cells), len(t.Header))
			cells = cells[:len(t.Header)]
		}
		row.Cells = cells
		t.Rows = append(t.Rows, row)
	}
	if !depthShown {
		for i := range t.Rows {
			t.Rows[i].Depth = -1
		}
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
}

// nameCol is the column of the table's names, whose "└" glyphs show nesting: the name
// column wherever it stands ("|Type|Name|..."), else the first.
func nameCol(t *page.Table) int {
	if k := t.Col(page.ColName); k >= 0 {
		return k
	}
	return 0
}

// row reads one table row starting at the current line and returns its cleaned cells.
// want is the header's cell count, 0 while reading the header itself. A row ends at a
// line ending in an unescaped '|' once it has want cells; a line that is itself a
// complete one-line row ("|a|b|") ends it too, so a row with missing cells does not
// swallow the next one. A lone "|" is an empty cell of the cell-per-line layout.
//
// A line holding only "|" closes the row when the row has its cells (the generator's
// " |" after a multi-line description), and the header when the separator line follows;
// before that it is an empty cell. A fenced code block inside a cell belongs to the cell:
// its pipes are not cell separators. A heading ends the row (and the table).
func (r *reader) row(want int) (cells []string, line int, ok bool) {
	line = r.i + 1
	var buf []string
	for r.i < len(r.lines) {
		l := r.lines[r.i]
		trim := strings.TrimSpace(l)
		if len(buf) > 0 && isHeading(trim) {
			break
		}
		if len(buf) > 0 && isFence(trim) {
			end := r.fenceEnd(r.i)
			if end < 0 {
				break
			}
			for ; r.i < end; r.i++ {
				buf = append(buf, escapePipes(r.lines[r.i]))
			}
			// The closing fence line may close the row as well ("``` |").
			l = r.lines[end]
			k := strings.Index(l, trim[:3]) + 3
			l = escapePipes(l[:k]) + l[k:]
			trim = strings.TrimSpace(l)
		}
		buf = append(buf, l)
		r.i++
		if !strings.HasSuffix(trim, "|") || strings.HasSuffix(trim, `\|`) {
			continue
		}
		n := page.CountPipes(strings.Join(buf, "\n")) - 1
		if trim == "|" && (want == 0 && !r.separatorNext(r.i) || want > 0 && n < want) {
			continue
		}
		if want == 0 || n >= want || (len(buf) == 1 && page.CountPipes(trim) >= 3 && !r.continues(r.i)) {
			return splitRow(strings.Join(buf, "\n")), line, true
		}
	}
	if len(buf) == 0 {
		return nil, line, false
	}
	r.p.Truncated = true
	r.p.Warn(line, "table row is not closed with '|': the page may be cut off")
	return splitRow(strings.Join(buf, "\n") + "|"), line, true
}

// separatorNext reports whether the first non-blank line from line i is a table's
// separator line: a lone "|" before it closes a header written a cell a line.
func (r *reader) separatorNext(i int) bool {
	for ; i < len(r.lines); i++ {
		if t := strings.TrimSpace(r.lines[i]); t != "" {
			return page.IsPipeSeparator(t)
		}
	}
	return false
}

// continues reports whether the first non-blank line from line i continues a cell: it is
// text, not a row, heading or fence (a short row "|a|b|c| " whose last cell follows on
// the next lines).
func (r *reader) continues(i int) bool {
	for ; i < len(r.lines); i++ {
		if t := strings.TrimSpace(r.lines[i]); t != "" {
			return !strings.HasPrefix(t, "|") && !isHeading(t) && !isFence(t) && r.setextLevel(i+1) == 0
		}
	}
	return false
}

// isFence reports whether a trimmed line opens or closes a fenced code block.
func isFence(trim string) bool {
	return strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~")
}

// fenceEnd returns the index of the line closing the fence opened at line i, or -1.
func (r *reader) fenceEnd(i int) int {
	fence := strings.TrimSpace(r.lines[i])[:3]
	for j := i + 1; j < len(r.lines); j++ {
		if strings.HasPrefix(strings.TrimSpace(r.lines[j]), fence) {
			return j
		}
	}
	return -1
}

// escapePipes escapes the '|' of a code line inside a cell, so they do not split the row.
func escapePipes(l string) string {
	if !strings.Contains(l, "|") {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) {
			b.WriteByte(l[i])
			b.WriteByte(l[i+1])
			i++
			continue
		}
		if l[i] == '|' {
			b.WriteByte('\\')
		}
		b.WriteByte(l[i])
	}
	return b.String()
}

// isHeading reports whether a trimmed line is an ATX heading: one to six '#' and a space
// or the end of the line.
func isHeading(trim string) bool {
	n := 0
	for n < len(trim) && trim[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(trim) || trim[n] == ' ' || trim[n] == '\t')
}

// splitRow splits "|a|b\nc|" at its cell separators (page.SplitPipeRow) and cleans each
// cell. An escaped pipe is a pipe of the cell's text, also inside a code span.
func splitRow(s string) []string {
	cells := page.SplitPipeRow(s)
	for k, c := range cells {
		cells[k] = cleanCell(c)
	}
	return cells
}

// cleanCell turns a multi-line cell into page-model cell text: paragraphs on their own
// lines, list items as "- item", inline Markdown removed.
// A fenced code block in the cell is kept as it is, fences included.
func cleanCell(s string) string {
	var out []string
	inFence := ""
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		switch {
		case inFence == "" && isFence(l):
			inFence = l[:3]
			out = append(out, inFence)
			continue
		case inFence != "" && strings.HasPrefix(l, inFence):
			inFence = ""
			out = append(out, l[:3])
			continue
		case inFence != "":
			out = append(out, page.UnescapePipes(l))
			continue
		}
		l = page.UnescapePipes(l) // the table's escape, also inside code spans
		if len(l) >= 2 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && l[1] == ' ' {
			out = append(out, "- "+cleanInline(strings.TrimSpace(l[1:])))
			continue
		}
		out = append(out, cleanInline(l))
	}
	return strings.Join(out, "\n")
}
