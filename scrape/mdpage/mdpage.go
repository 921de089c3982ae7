// Package mdpage reads the Markdown sources of Alibaba Cloud's API reference (the layout of
// the AlibabaCloudDocs repositories) into the page model.
//
// The layout: a `# Operation` title (optionally with `{#id .class}` attributes), prose, a
// debugging link that names product, API, style and version, `##` sections in English or
// Chinese, pipe tables whose cells may run over several lines (a row ends at a line ending
// in `|`), Markdown escapes (`\*`, `\_`, `\(`), doc-id links (`[DescribeRegions](~~25609~~)`),
// fenced code blocks for request and response samples, and `└` glyphs that show nesting in
// some tables. Nesting is otherwise not shown (Row.Depth = -1); extraction rebuilds it.
//
// Other Markdown sources and exporters are read too (TestMarkdownTruth in package scrape
// renders the shapes): GFM tables without outer pipes, HTML entities (decoded outside code,
// as CommonMark does), inline HTML in cells, nesting by box-drawing branches or `&nbsp;` and
// full-width-space indentation (page.TreeDepth, page.IndentLevels), pandoc's grid and
// simple tables (rewritten into pipe tables line for line, page.PipeGrids), parameter lists
// (page.ParseEntry), required marks after names, HTML blocks (read by the HTML reader,
// htmlpage.ReadBlock), YAML and TOML front matter, HTML comments and headings a level down.
// Parameters written as cards, a name line and "Type: String" lines, are tables too
// (page.ReadCards; TestCardTruth): in a parameter section each card line is a paragraph
// of its own, a sub-heading that names a card starts no section, and list items keep
// their depth.
package mdpage

import (
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
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
	lines, _, lost := page.PipeGrids(plainBars(strings.Split(text, "\n"))) // tables drawn as grids: pandoc's
	for _, l := range lost {
		l.Warn(p, l.Line+1)
	}
	r := &reader{p: p, lines: lines}
	r.read()
	page.ReadCards(p)
	if p.Title == "" && len(p.Sections) <= 1 {
		return nil, fmt.Errorf("%s: no title and no sections: not an API reference page", file)
	}
	return p, nil
}

// plainBars reads the look-alikes of "|" that separate a table row's cells ("｜" of a CJK
// input method, "¦") as "|", as the text reader does (page.PlainMarkdownBars: every "|"
// a separator, as Markdown reads it), outside fenced code blocks, whose lines are kept as written. A line holding a box-drawing "│" is kept too: in
// Markdown it draws a tree before a name ("|│&nbsp;&nbsp;├─ Key|", which PlainBars, blind
// to the entities' spaces, would split) or a grid (page.PipeGrids reads those).
func plainBars(lines []string) []string {
	text := strings.Join(lines, "\n")
	if page.PlainMarkdownBars(text) == text {
		return lines
	}
	masked := slices.Clone(lines)
	for i := 0; i < len(masked); i++ {
		if strings.Contains(masked[i], "│") {
			masked[i] = ""
			continue
		}
		if !isFence(strings.TrimSpace(masked[i])) {
			continue
		}
		fence := strings.TrimSpace(masked[i])[:3]
		for masked[i] = ""; i+1 < len(masked); {
			i++
			end := strings.HasPrefix(strings.TrimSpace(masked[i]), fence)
			if masked[i] = ""; end {
				break
			}
		}
	}
	out := strings.Split(page.PlainMarkdownBars(strings.Join(masked, "\n")), "\n")
	for i := range out {
		if masked[i] == "" {
			out[i] = lines[i]
		}
	}
	return out
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
	title := r.frontMatter()
	for r.i < len(r.lines) {
		line := r.lines[r.i]
		trim := strings.TrimSpace(line)
		switch {
		case trim == "":
			r.i++
		case isFence(trim):
			r.code(trim[:3])
		case strings.HasPrefix(trim, "<!--"):
			r.comment()
		case isHeading(trim):
			r.heading(trim)
		case r.setextLevel(r.i+1) > 0:
			r.setext(trim)
		case r.indentedCode(line):
			r.indented()
		case r.outerPipesLeft() || strings.HasPrefix(trim, "|"):
			r.table()
		case htmlBlockTag(trim) != "":
			r.htmlBlock(htmlBlockTag(trim))
		case closingTag(trim):
			r.i++ // "</div>" after the Markdown an element wraps (markdownNext)
		case isListItem(trim):
			r.list()
		default:
			r.paragraph()
		}
	}
	if r.p.Title == "" && title != "" {
		r.p.Title, r.p.TitleLine = title, 1
	}
	if r.p.Lang == "" {
		r.p.Lang = "en"
	}
}

// frontMatter skips the front matter that opens a page, YAML ("---", "key: value" lines,
// "---" or "...") or TOML ("+++", "key = value" lines, "+++"), and returns its title, which
// names the page when no heading does.
func (r *reader) frontMatter() (title string) {
	if len(r.lines) == 0 {
		return ""
	}
	open := strings.TrimSpace(r.lines[0])
	sep := map[string]string{"---": ":", "+++": "="}[open]
	if sep == "" {
		return ""
	}
	for j := 1; j < len(r.lines); j++ {
		l := strings.TrimSpace(r.lines[j])
		switch {
		case l == open || open == "---" && l == "...":
			r.i = j + 1
			return title
		case l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "[") || r.lines[j][0] == ' ':
		case strings.Contains(l, sep):
			k, v, _ := strings.Cut(l, sep)
			if strings.EqualFold(strings.TrimSpace(k), "title") {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		default:
			return "" // not front matter: a thematic break and text
		}
	}
	return ""
}

// comment skips an HTML comment ("<!-- ... -->", on one line or several): CommonMark
// passes it through to the HTML, where it shows nothing.
func (r *reader) comment() {
	first := strings.TrimSpace(r.lines[r.i])[len("<!--"):]
	for j, l := r.i, first; j < len(r.lines); j++ {
		if j > r.i {
			l = r.lines[j]
		}
		if strings.Contains(l, "-->") {
			r.i = j + 1
			return
		}
	}
	r.i++ // never closed: the line alone
}

// htmlBlockTags are the tags that open an HTML block in Markdown (CommonMark's kinds 1
// and 6 that documentation pages hold: tables, lists, divisions, code).
var htmlBlockTags = map[string]bool{"table": true, "div": true, "ul": true, "ol": true, "dl": true, "p": true,
	"pre": true, "section": true, "article": true, "blockquote": true, "details": true, "figure": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// htmlBlockTag is the tag of the HTML block a trimmed line opens ("<table>", "<table
// class=x>", "<div>"), in lower case, or "".
func htmlBlockTag(trim string) string {
	if !strings.HasPrefix(trim, "<") {
		return ""
	}
	end := 1
	for end < len(trim) && (trim[end] >= 'a' && trim[end] <= 'z' || trim[end] >= 'A' && trim[end] <= 'Z' || trim[end] >= '1' && trim[end] <= '6') {
		end++
	}
	tag := strings.ToLower(trim[1:end])
	if !htmlBlockTags[tag] || end < len(trim) && strings.IndexByte(" \t>/", trim[end]) < 0 {
		return ""
	}
	return tag
}

// htmlBlock reads an HTML block with the HTML reader (htmlpage.ReadBlock): its lines up to
// a blank line, as CommonMark has it, or, when its element is not closed by then, up to the
// line that closes it (exporters leave blank lines inside tables), unless a heading comes
// first or Markdown follows the blank line (markdownNext: the element wraps it).
func (r *reader) htmlBlock(tag string) {
	start := r.i
	end := r.i
	for end < len(r.lines) && strings.TrimSpace(r.lines[end]) != "" {
		end++
	}
	closing := "</" + tag
	// (a <details> wraps Markdown: CommonMark's blank line ends it, whatever follows)
	if tag != "details" && !strings.Contains(strings.ToLower(strings.Join(r.lines[start:end], "\n")), closing) && !r.markdownNext(end) {
		for j := end; j < len(r.lines) && !isHeading(strings.TrimSpace(r.lines[j])); j++ {
			if strings.Contains(strings.ToLower(r.lines[j]), closing) {
				end = j + 1
				break
			}
		}
	}
	r.i = end
	sec, err := htmlpage.ReadBlock(r.p, r.sec, start+1, []byte(strings.Join(r.lines[start:end], "\n")))
	if err != nil {
		r.p.Drop(start+1, "HTML block dropped: %v", err)
		return
	}
	r.sec = sec
}

// closingTag reports whether a trimmed line is the closing tag of an HTML block element and
// nothing else ("</div>", "</details>").
func closingTag(trim string) bool {
	tag, ok := strings.CutPrefix(trim, "</")
	return ok && strings.HasSuffix(tag, ">") && htmlBlockTag("<"+tag) != "" && strings.Count(trim, "<") == 1
}

// markdownNext reports whether the first line from line i that is not blank (nor an HTML
// comment's) opens a Markdown table or a fenced code block: the Markdown an HTML element
// wraps ("<div class=\"table-wrapper\">", blank, a pipe table, blank, "</div>";
// <details>), which CommonMark reads as Markdown once a blank line has ended the HTML block.
func (r *reader) markdownNext(i int) bool {
	comment := false // inside an HTML comment, which stands between as nothing
	for ; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.lines[i])
		switch {
		case comment || strings.HasPrefix(t, "<!--"):
			comment = !strings.Contains(t, "-->")
		case t != "":
			return r.tableHeader(i) || isFence(t)
		}
	}
	return false
}

// heading reads an ATX heading ("## Request parameters").
func (r *reader) heading(trim string) {
	r.i++
	level := len(trim) - len(strings.TrimLeft(trim, "#"))
	r.section(level, stripAttrs(strings.TrimSpace(strings.TrimRight(trim[level:], "#"))), r.i)
}

// setextLevel returns 1 or 2 when line i underlines the line before it ("===" or "---"),
// making that line a setext heading; 0 otherwise. It also returns 1 when line i is one
// blank line between a lone text line and "===" (a copy that doubled its line breaks): a
// line of only "=" there can be nothing but an underline, unlike "---", a thematic break.
func (r *reader) setextLevel(i int) int {
	if i <= 0 || i >= len(r.lines) {
		return 0
	}
	u := strings.TrimSpace(r.lines[i])
	if u == "" && i+1 < len(r.lines) && (i == 1 || strings.TrimSpace(r.lines[i-2]) == "") {
		if eq := strings.TrimSpace(r.lines[i+1]); len(eq) >= 3 && strings.Trim(eq, "=") == "" {
			u = eq
		}
	}
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
	if strings.TrimSpace(r.lines[r.i+1]) == "" {
		r.i++ // the blank line before a gapped "===" (setextLevel)
	}
	r.i += 2
	r.section(level, stripAttrs(trim), line)
}

// indentedCode reports whether line (the current one) starts an indented code block: four
// spaces or a tab after a blank line, in a section without lists (whose items continue in
// indented paragraphs), and no table's header (a table indented under a list item that
// names the section: a list item's content, which no code block of a reference page is).
func (r *reader) indentedCode(line string) bool {
	if !strings.HasPrefix(line, "    ") && !strings.HasPrefix(line, "\t") {
		return false
	}
	if r.i == 0 || strings.TrimSpace(r.lines[r.i-1]) != "" {
		return false
	}
	if r.tableHeader(r.i) {
		return false // a table indented under a list item ("1. **Request parameters**")
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
	text := page.PlainSpaces(strings.Trim(strings.Join(body, "\n"), "\n")) // as code()
	lang := page.CodeLang(r.lastLang, text)
	r.lastLang = ""
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Code, Line: start, Text: text, Lang: lang})
}

// section starts a section for a known heading; the first level-1 heading (or the first
// heading, naming no section) is the title.
func (r *reader) section(level int, text string, line int) {
	if level > r.sec.Level && r.sec.Kind.HoldsParams() && page.NamesCard(cleanInline(text), r.nextText()) {
		// a parameter card's name ("### Description" over "Type: String"), whatever its word
		r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: cleanInline(text), Level: level})
		return
	}
	// the heading's words as they read: a link's text, inline HTML (an <a name> anchor) dropped
	kind, ok := page.ClassifyHeading(cleanInline(text))
	if r.p.Title == "" && (level == 1 || !ok && r.onlyIntro()) {
		// the title; on pages whose headings are all a level down (## GetUser, ### Request
		// parameters), the first heading that names no section, before any that does
		r.p.Title, r.p.TitleLine = text, line
		return
	}
	if ok {
		if l := page.HeadingLang(text); r.p.Lang == "" || r.p.Lang == "en" || page.RefinesLang(l, r.p.Lang) {
			r.p.Lang = l
		}
	} else {
		if page.LabelsIn(r.sec, level) {
			// an unknown sub-heading inside a known section is a label, not a new section
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: cleanInline(text), Level: level})
			return
		}
		if s := page.Continued(r.p.Sections, level); s != nil {
			r.sec = s
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: cleanInline(text), Level: level})
			return
		}
		if kind, ok = page.LocationSection(r.sec, cleanInline(text)); !ok { // "## Body" after "## Request parameters"
			kind = page.Other
		}
	}
	kind = page.KindIn(r.sec, level, cleanInline(text), kind) // "### Parameters" under "## Response"
	r.sec = &page.Section{Kind: kind, Heading: cleanInline(text), Level: level, Line: line}
	r.p.Sections = append(r.p.Sections, r.sec)
}

// onlyIntro reports whether the page has no section but its intro yet.
func (r *reader) onlyIntro() bool { return len(r.p.Sections) == 1 }

// stripAttrs drops a heading's trailing attribute block (`{#id .class}`, page.CutHeadingAttrs).
func stripAttrs(s string) string {
	text, _ := page.CutHeadingAttrs(s)
	return text
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
	// a JSON example indented by no-break spaces (an export of an HTML page writes its
	// `&nbsp;` so) is JSON: page.PlainSpaces, as for the cells
	text := page.PlainSpaces(strings.Trim(strings.Join(body, "\n"), "\n"))
	lang := strings.ToLower(info)
	if lang == "" {
		lang = r.lastLang
	}
	text = page.SampleBody(text)
	r.lastLang = ""
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Code, Line: start, Text: text, Lang: page.CodeLang(lang, text)})
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

// list reads a list. In a parameter section, a list whose every item is a parameter
// entry ("- **Name** (String, required): text", page.ParseEntry) is a parameter table whose
// rows' depths are the items' nesting (their indentation).
func (r *reader) list() {
	start := r.i + 1
	var items []string
	var indents, lines []int
	for r.i < len(r.lines) {
		line := r.lines[r.i]
		trim := strings.TrimSpace(line)
		switch {
		case isListItem(trim):
			items = append(items, cleanInline(strings.TrimSpace(strings.TrimLeft(trim[listMarkerLen(trim):], " "))))
			indents, lines = append(indents, len(line)-len(strings.TrimLeft(line, " \t"))), append(lines, r.i+1)
		case trim != "" && len(items) > 0 && !strings.HasPrefix(trim, "|") && !isHeading(trim) && !isFence(trim) && r.setextLevel(r.i+1) == 0:
			items[len(items)-1] += " " + cleanInline(trim)
		default:
			r.endList(start, items, page.IndentDepths(indents), lines)
			return
		}
		r.i++
	}
	r.endList(start, items, page.IndentDepths(indents), lines)
}

// endList adds the list read to the section: as a parameter table when its items are
// parameter entries (page.ListEntries), else as a list, with its items' depths when it
// nests.
func (r *reader) endList(start int, items []string, depths, lines []int) {
	if first := strings.TrimSpace(r.lines[start-1]); len(items) == 1 && r.contentNext(first[0] >= '0' && first[0] <= '9') {
		if h, ok := page.LabelHeading(items[0], true); ok {
			// "1. Request parameters" over an (indented) table, a list or a request line,
			// as documents exported from a word processor number their sections: a label
			// in a list item
			r.section(2, h, start)
			return
		}
		if inner, bold := boldLine(strings.TrimSpace(first[listMarkerLen(first):])); bold {
			if h, _, ok := page.BoldSection(cleanInline(inner), r.sec.Kind, r.tableAhead, r.nextText); ok {
				r.section(2, h, start) // "- **Examples**" over a sample: a bold label (paragraph)
				return
			}
		}
	}
	if r.sec.Kind.HoldsParams() {
		if t, ok := page.ListEntries(start, items, depths, lines); ok {
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: start, Table: t})
			return
		}
	}
	b := page.Block{Kind: page.List, Line: start, Items: items}
	if slices.ContainsFunc(depths, func(d int) bool { return d > 0 }) {
		b.Depths = depths
	}
	r.sec.Blocks = append(r.sec.Blocks, b)
}

// contentNext reports whether the first line from the current one that is neither blank
// nor in an HTML comment is content a section's heading may stand over: a table, a fenced
// code block, a list or an HTML block, or, when prose is (a numbered label: "1. Request
// syntax" over the request line), any text but a heading. A list item that names a
// section itself is none (a table of contents written as a loose list, "- Request
// syntax", blank, "- Request parameters", is no heading).
func (r *reader) contentNext(prose bool) bool {
	comment := false
	for i := r.i; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.lines[i])
		switch {
		case comment || strings.HasPrefix(t, "<!--"):
			comment = !strings.HasSuffix(t, "-->")
		case t == "":
		case isListItem(t):
			_, label := page.LabelHeading(cleanInline(strings.TrimSpace(t[listMarkerLen(t):])), true)
			return !label
		case isFence(t) || r.tableHeader(i) || htmlBlockTag(t) != "":
			return true
		default:
			return prose && !isHeading(t) && r.setextLevel(i+1) == 0
		}
	}
	return false
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
	inParams := r.sec.Kind.HoldsParams()
	for r.i < len(r.lines) {
		trim := strings.TrimSpace(r.lines[r.i])
		if trim == "" || isHeading(trim) || strings.HasPrefix(trim, "|") || isFence(trim) || isListItem(trim) ||
			len(parts) > 0 && (r.setextLevel(r.i+1) > 0 || htmlBlockTag(trim) != "" || strings.HasPrefix(trim, "<!--") || r.tableHeader(r.i)) {
			break
		}
		trim = hardBreak(trim)
		if len(parts) > 0 && inParams && (page.CardBreak(cleanInline(trim), r.nextLine()) || oneLineKey(parts[0])) {
			break // a parameter card's line ("Type: String"), a paragraph of its own
		}
		parts = append(parts, trim)
		r.i++
	}
	raw := strings.Join(parts, " ")
	r.noteLinks(raw, start)
	text := cleanInline(raw)
	if len(parts) == 1 {
		label := text
		inner, bold := boldLine(raw)
		if bold {
			label = cleanInline(inner)
		}
		if h, ok := page.LabelHeading(label, bold); ok {
			r.section(2, h, start) // "**Request parameters**", "Response parameters:"
			return
		}
		if bold {
			if h, _, ok := page.BoldSection(label, r.sec.Kind, r.tableAhead, r.nextText); ok {
				// "**Debugging**", "**Examples**" over a sample
				r.section(2, h, start)
				return
			}
		}
	}
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

// tableAhead reports whether a table comes from the current line before the next heading:
// an ATX or setext heading, or a line on its own that is a section's label (LabelHeading,
// BoldLabel). Fenced code is skipped.
func (r *reader) tableAhead() bool {
	for i := r.i; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.lines[i])
		switch {
		case isFence(t):
			if i = r.fenceEnd(i); i < 0 {
				return false
			}
		case isHeading(t) || r.setextLevel(i+1) > 0:
			return false
		case strings.HasPrefix(t, "|") || r.tableHeader(i) || htmlBlockTag(t) == "table":
			return true
		case i > 0 && strings.TrimSpace(r.lines[i-1]) == "" && (i+1 == len(r.lines) || strings.TrimSpace(r.lines[i+1]) == ""):
			label := cleanInline(t)
			inner, bold := boldLine(t)
			if bold {
				label = cleanInline(inner)
			}
			if _, ok := page.LabelHeading(label, bold); ok {
				return false
			}
			if _, _, ok := page.BoldLabel(label); ok && bold {
				return false
			}
		}
	}
	return false
}

// oneLineKey reports whether line is a card's key line whose value is one line ("Type:
// String", not "Description: ..."): a line after it is no part of it.
func oneLineKey(line string) bool {
	col, _, _, ok := page.CardKey(cleanInline(line))
	return ok && col != page.ColDescription
}

// nextText is the first line that is not blank from the current one, inline Markdown
// removed ("" at the end); of a two-column table whose header is no card's key but names
// its columns ("| Property | Value |", blank), its first row (a card's key table,
// page.ReadCards).
func (r *reader) nextText() string {
	for j := r.i; j < len(r.lines); j++ {
		t := strings.TrimSpace(r.lines[j])
		if t == "" {
			continue
		}
		col, _, _, key := page.CardKey(cleanInline(t))
		if (!key || col == page.ColName) && r.tableHeader(j) && len(page.SplitPipeRow(t)) == 2 && j+2 < len(r.lines) {
			t = strings.TrimSpace(r.lines[j+2])
		}
		return cleanInline(t)
	}
	return ""
}

// nextLine is the line after the current one, inline Markdown removed ("" at the end).
func (r *reader) nextLine() string {
	if r.i+1 >= len(r.lines) {
		return ""
	}
	return cleanInline(hardBreak(strings.TrimSpace(r.lines[r.i+1])))
}

// hardBreak drops the backslash that ends a trimmed line as a hard line break ("Type:
// String\"), which shows as a line break, not as text.
func hardBreak(trim string) string {
	if strings.HasSuffix(trim, `\`) && !strings.HasSuffix(trim, `\\`) {
		return strings.TrimSpace(trim[:len(trim)-1])
	}
	return trim
}

// boldLine reports whether a trimmed line is one run of strong emphasis ("**Request
// parameters**", "__Examples:__", "<strong>Examples</strong>"), a colon after it too
// ("**Examples**:", as editors write a label), and returns the text inside the emphasis.
func boldLine(t string) (string, bool) {
	t = strings.TrimSuffix(strings.TrimSuffix(t, ":"), "：")
	for _, m := range []string{"**", "__"} {
		if len(t) > 4 && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && !strings.Contains(t[2:len(t)-2], m) {
			return t[2 : len(t)-2], true
		}
	}
	for _, tag := range []string{"strong", "b"} { // inline HTML a converter kept: "<strong>Examples</strong>"
		open, end := "<"+tag+">", "</"+tag+">"
		if inner, ok := strings.CutPrefix(t, open); ok && strings.HasSuffix(inner, end) {
			if inner = strings.TrimSuffix(inner, end); inner != "" && !strings.Contains(inner, open) {
				return inner, true
			}
		}
	}
	return "", false
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

// outerPipesLeft reports whether the current line heads a GFM table that leaves out the
// outer pipes of its lines ("Name | Type", "| Name | Type"): it has a cell separator and an
// alignment row follows. Its rows are given their outer pipes here (bareRows), and it reads
// as the pipe tables whose rows may span lines do.
func (r *reader) outerPipesLeft() bool {
	l := strings.TrimSpace(r.lines[r.i])
	if !r.tableHeader(r.i) || strings.HasPrefix(l, "|") && hasClosingPipe(l) {
		return false
	}
	if strings.HasPrefix(l, "|") && r.pipeRowsClose(r.i+2) {
		return false // "| a | b" over pipe rows, which may span lines: table reads them
	}
	for _, rw := range r.bareRows() {
		if l := strings.TrimSpace(r.lines[rw[0]]); !strings.HasPrefix(l, "|") {
			r.lines[rw[0]] = "| " + l
		}
		if l := strings.TrimSpace(r.lines[rw[1]]); !hasClosingPipe(l) {
			r.lines[rw[1]] = l + " |"
		}
	}
	return true
}

// bareRows returns the first and last lines of each record (header, separator line, rows)
// of the table without outer pipes at the current line. A row is a line with a cell
// separator; the lines below it that have none, up to a blank line, go on with its last
// cell (hand-written sources and pandoc's pipe tables break a long description so, where
// GFM would read each such line as a row of one cell). Rows may be separated by blank
// lines; after a blank line, a line without a separator ends the table (a paragraph) unless
// a row of the table follows its lines, which then go on with the row above them, with a
// warning naming it. A list item under a row goes on with it only when a row follows.
// Text right below the last row goes on with it when the table's rows span lines (or it
// has one row: with a warning naming it); below rows of a line each it is a paragraph
// after the table (with a warning naming the row).
func (r *reader) bareRows() [][2]int {
	rows := [][2]int{{r.i, r.i}, {r.i + 1, r.i + 1}}
	isRow := func(i int) bool {
		l := strings.TrimSpace(r.lines[i])
		return page.CountPipes(l) > 0 && !isHeading(l) && !isFence(l) && !page.IsPipeSeparator(l) && !r.tableHeader(i)
	}
	// more returns the end of the lines from i that may go on with a row's last cell, the
	// line after them, and whether they hold a list item.
	more := func(i int) (end int, item bool) {
		for ; i < len(r.lines); i++ {
			l := strings.TrimSpace(r.lines[i])
			if l == "" || page.CountPipes(l) > 0 || isHeading(l) || isFence(l) || htmlBlockTag(l) != "" ||
				strings.HasPrefix(l, "<!--") || strings.Trim(l, "-=") == "" {
				return i, item
			}
			item = item || isListItem(l)
		}
		return i, item
	}
	for i := r.i + 2; i < len(r.lines); {
		gap := i
		for i < len(r.lines) && strings.TrimSpace(r.lines[i]) == "" {
			i++
		}
		if i >= len(r.lines) {
			break
		}
		if isRow(i) {
			rows = append(rows, [2]int{i, i})
			i++
			continue
		}
		end, item := more(i)
		if end == i || len(rows) == 2 {
			break
		}
		next := end
		for next < len(r.lines) && strings.TrimSpace(r.lines[next]) == "" {
			next++
		}
		rowNext := next < len(r.lines) && isRow(next)
		if (gap < i || item) && !rowNext {
			break // a paragraph or a list after the table
		}
		last := func() string {
			return cleanInline(strings.TrimSpace(page.SplitPipeRow(r.lines[rows[len(rows)-1][0]])[0]))
		}
		if !rowNext && len(rows) > 3 && !slices.ContainsFunc(rows[2:], func(rw [2]int) bool { return rw[1] > rw[0] }) {
			// text right below the last of rows written a line each: a paragraph after
			// the table, as the rows above show, not the rest of its last cell
			r.p.Warn(i+1, "table row %s: the text below it, which has no cell separator, is read as a paragraph after the table (the rows above are one line each)", last())
			break
		}
		switch {
		case gap < i:
			r.p.Warn(i+1, "table row %s: the text after a blank line below it, before the next row, is read as the rest of its last cell", last())
		case !rowNext && len(rows) == 3:
			// a table of one row: its last cell may go on below it, or a paragraph follow
			r.p.Warn(i+1, "table row %s: the text below it, which has no cell separator, is read as the rest of its last cell", last())
		}
		rows[len(rows)-1][1] = end - 1
		i = end
	}
	return rows
}

// pipeRowsClose reports whether the rows from line i are pipe rows as table reads them,
// which may span lines: a line up to the first blank one closes with '|', or the line after
// the blank ones goes on with '|' (a row written a cell a line). Else they are rows without
// closing pipes, one a line ("| a | b").
func (r *reader) pipeRowsClose(i int) bool {
	if i >= len(r.lines) || !strings.HasPrefix(strings.TrimSpace(r.lines[i]), "|") {
		return false
	}
	for ; i < len(r.lines) && strings.TrimSpace(r.lines[i]) != ""; i++ {
		if hasClosingPipe(strings.TrimSpace(r.lines[i])) {
			return true
		}
	}
	for ; i < len(r.lines); i++ {
		if t := strings.TrimSpace(r.lines[i]); t != "" {
			return strings.HasPrefix(t, "|")
		}
	}
	return false
}

// tableHeader reports whether line i heads a GFM table: it has a cell separator and a
// separator line follows. Such a line ends a paragraph (GFM lets a table interrupt one).
func (r *reader) tableHeader(i int) bool {
	return page.CountPipes(r.lines[i]) > 0 && i+1 < len(r.lines) && page.IsPipeSeparator(r.lines[i+1])
}

// hasClosingPipe reports whether a trimmed line ends with a cell separator.
func hasClosingPipe(l string) bool {
	return strings.HasSuffix(l, "|") && !strings.HasSuffix(l, `\|`)
}

// blankHeader reads the header of a table whose header row is blank and whose first row
// names its columns (columnWords), as pandoc -t gfm writes a table with no <thead>:
// that row is the header. Left so, the rows were dropped (no name column).
func (r *reader) blankHeader(t *page.Table) {
	if strings.Join(t.Header, "") != "" || r.i >= len(r.lines) || !strings.HasPrefix(strings.TrimSpace(r.lines[r.i]), "|") {
		return
	}
	at := r.i
	if cells, line, ok := r.row(len(t.Header)); ok && columnWords(cleanCells(cells)) {
		t.Header, t.Line = cleanCells(cells), line
		return
	}
	r.i = at
}

// columnWords reports whether cells are a header's: two column words or more
// (page.ClassifyColumn: a parameter table's, an error-code table's), nothing else.
func columnWords(cells []string) bool {
	n := 0
	for _, c := range cells {
		switch {
		case c == "":
		case page.ClassifyColumn(c) == page.ColOther:
			return false
		default:
			n++
		}
	}
	return n >= 2
}

// table reads a pipe table. Rows may span several lines: a row ends at a line that ends
// with an unescaped `|`. The separator line (`|---|---|`) is optional.
func (r *reader) table() {
	t := &page.Table{Line: r.i + 1}
	header, hline, ok := r.row(0)
	if !ok {
		return
	}
	t.Header = cleanCells(header)
	t.Line = hline
	if r.i < len(r.lines) && page.IsPipeSeparator(r.lines[r.i]) {
		r.i++
	}
	r.blankHeader(t)
	t.Columns = page.ClassifyColumns(t.Header)
	r.p.NamesFirst(t)
	width := t.Width() // rows may stop before blank header cells at the end
	// per table, not per row: the name column, what the rows are (for warnings), and
	// whether they are parameters or fields
	nameCol, what, params := t.NameCol(), page.RowsOf(r.sec.Kind), r.sec.Kind.HoldsParams()
	reqCol := t.Col(page.ColRequired)
	depthShown := false
	indents := map[int]float64{} // row index -> indentation of its name (page.IndentOf)
	marked := map[int]bool{}     // row index -> its name carries a required mark (page.RequiredMark)
	var counts []int             // the rows' cell counts as written
	for r.i < len(r.lines) {
		trim := strings.TrimSpace(r.lines[r.i])
		if trim == "" {
			// a blank line ends the table unless the next non-blank line continues a row,
			// or is the separator line under the header (a copy that doubles every line
			// break puts a blank line between all the table's lines)
			j := r.i
			for j < len(r.lines) && strings.TrimSpace(r.lines[j]) == "" {
				j++
			}
			if j < len(r.lines) && strings.HasPrefix(strings.TrimSpace(r.lines[j]), "|") &&
				(!page.IsPipeSeparator(r.lines[j]) || len(counts) == 0) {
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
		raw, line, ok := r.row(width)
		if !ok {
			break
		}
		cells := cleanCells(raw)
		if reqCol >= 0 && reqCol < len(cells) && cells[reqCol] == "" {
			cells[reqCol] = iconCell(raw[reqCol]) // an icon with no text alternative
		}
		row := page.Row{Line: line, Depth: -1}
		if nameCol < len(cells) {
			d, name := page.TreeDepth(cells[nameCol])
			if d > 0 {
				depthShown = true
				cells[nameCol] = page.WholeCode(name)
				if nameCol < len(raw) { // `&nbsp;` that the cell's trimming dropped
					d = max(d, page.RawTreeDepth(rawText(raw[nameCol])))
				}
			}
			row.Depth = d
			if nameCol < len(raw) {
				if n := page.IndentOf(html.UnescapeString(trimTags(raw[nameCol]))); n > 0 {
					indents[len(t.Rows)] = float64(n)
				}
			}
			if params {
				if name, ok := page.RequiredMark(cells[nameCol]); ok {
					cells[nameCol], marked[len(t.Rows)] = page.WholeCode(name), true
				}
			}
		}
		counts = append(counts, len(cells))
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
			kind, lost := page.ExtraCells(what, cells, len(t.Header))
			r.p.WarnAs(kind, line, "%stable row has %d cells, the header has %d: extra cells dropped",
				lost, len(cells), len(t.Header))
			cells = cells[:len(t.Header)]
		}
		row.Cells = cells
		t.Rows = append(t.Rows, row)
		if params {
			sub := r.cellTables(raw, &t.Rows[len(t.Rows)-1], t.Columns)
			depthShown = depthShown || len(sub) > 0
			t.Rows = append(t.Rows, sub...)
		}
	}
	r.checkWidth(t, what, counts)
	page.MarkRequired(t, marked)
	if !depthShown && len(indents) > 0 {
		// names indented by no-break or full-width spaces (`&nbsp;`); one indent on every
		// row shows no nesting
		depthShown = page.IndentLevels(t.Rows, indents) > 1
	}
	if !depthShown {
		for i := range t.Rows {
			t.Rows[i].Depth = -1
		}
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
}

// cellTables reads the HTML parameter tables in the cells of a row (raw, as split) as the
// rows of the parameter's children, a level below row (htmlpage.CellTables): converters
// keep as HTML a table nested in a cell, which GFM cannot write. A cell that holds one
// keeps its other text. A table that is no parameter table stays the cell's text.
func (r *reader) cellTables(raw []string, row *page.Row, cols []page.Column) []page.Row {
	var out []page.Row
	fields := false
	if k := slices.Index(cols, page.ColType); k >= 0 && k < len(row.Cells) {
		fields = page.HoldsFields(row.Cells[k])
	}
	for k, c := range raw {
		lower := strings.ToLower(c)
		i, j := strings.Index(lower, "<table"), strings.LastIndex(lower, "</table>")
		if i < 0 || j < i || k >= len(row.Cells) {
			continue
		}
		j += len("</table>")
		sub, err := htmlpage.CellTables(r.p, row.Line, c[i:j], cols, max(row.Depth, 0)+1, fields)
		if err != nil {
			r.p.Warn(row.Line, "%v", err)
			continue
		}
		if len(sub) > 0 {
			row.Cells[k] = cleanCell(c[:i] + c[j:])
			out = append(out, sub...)
		}
	}
	return out
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
		if want == 0 && len(buf) > 0 && page.IsPipeSeparator(trim) {
			// a header line not closed with '|': the separator line is no part of it
			return page.SplitPipeRow(strings.Join(buf, "\n") + "|"), line, true
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
			return page.SplitPipeRow(strings.Join(buf, "\n")), line, true
		}
	}
	if len(buf) == 0 {
		return nil, line, false
	}
	r.p.Truncated = true
	r.p.Warn(line, "table row is not closed with '|': the page may be cut off")
	return page.SplitPipeRow(strings.Join(buf, "\n") + "|"), line, true
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

// cleanCells cleans the cells of a row as page.SplitPipeRow splits it (cleanCell). An
// escaped pipe is a pipe of the cell's text, also inside a code span.
func cleanCells(raw []string) []string {
	cells := make([]string, len(raw))
	for k, c := range raw {
		cells[k] = cleanCell(c)
	}
	return cells
}

// cleanCell turns a multi-line cell into page-model cell text: paragraphs on their own
// lines, list items as "- item" (a nested item indented by page.ListIndent a level, as
// its indentation under the item above shows), inline Markdown removed.
// A fenced code block in the cell is kept as it is, fences included.
func cleanCell(s string) string {
	var out []string
	inFence := ""
	// open holds, for each list item that holds the next line (outermost first), how far
	// a line must be indented to be inside it: two columns past the item's marker. A
	// nested item there is written under its parent's text, as CommonMark nests it, or a
	// column short of it (" -   Running：" over "    -   周期执行：", as the site's pages
	// write it, which CommonMark would read as a lazy continuation).
	var open []int
	for l := range strings.SplitSeq(s, "\n") {
		raw := l
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
		indent := len(raw) - len(strings.TrimLeft(raw, " \t"))
		for len(open) > 0 && indent < open[len(open)-1] {
			open = open[:len(open)-1]
		}
		if len(l) >= 2 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && l[1] == ' ' {
			out = append(out, strings.Repeat(page.ListIndent, len(open))+"- "+cleanInline(strings.TrimSpace(l[1:])))
			open = append(open, indent+2)
			continue
		}
		if _, ok := page.CutValueBullet(l); ok {
			// a bullet typed as text ("・Enabled：有効", "■ on"): kept as written, at its depth
			out = append(out, strings.Repeat(page.ListIndent, len(open))+cleanInline(l))
			open = append(open, indent+2)
			continue
		}
		out = append(out, cleanInline(l))
	}
	if t := page.WholeCode(strings.Join(out, "\n")); t != "" {
		return t
	}
	return imageAlt(s)
}

// iconCell is the text of a Required cell (s, as written) that shows only an icon with
// no text alternative, read from its names (page.IconCell): an image's file
// ("![](…/check.png)"), or inline HTML as the HTML reader reads it (htmlpage.IconText:
// "<img src=\"yes.gif\">", "<i class=\"icon-check\"></i>"); "" when it shows none.
func iconCell(s string) string {
	if i := strings.Index(s, "!["); i >= 0 {
		if end := linkEnd(s, i+1); end > 0 {
			target := s[strings.Index(s[i:], "](")+i+2 : end-1]
			if f := strings.Fields(target); len(f) > 0 { // a title after the target
				return page.IconCell(strings.Trim(f[0], "<>"))
			}
		}
	}
	if !strings.Contains(s, "<") {
		return ""
	}
	return htmlpage.IconText(s)
}

// imageAlt is the alternative text of the first image in s (`<img src="check.png"
// alt="Yes">`, `![Yes](check.png)`), "" when there is none: what a cell that shows only an
// icon says, as the HTML reader reads such a cell.
func imageAlt(s string) string {
	if i := strings.Index(s, "!["); i >= 0 {
		if end := linkEnd(s, i+1); end > 0 {
			return cleanInline(s[i+2 : strings.Index(s[i:], "](")+i])
		}
	}
	i := strings.Index(strings.ToLower(s), "<img ")
	if i < 0 {
		return ""
	}
	tag := s[i:]
	if end := strings.IndexByte(tag, '>'); end >= 0 {
		tag = tag[:end]
	}
	for _, q := range []string{`alt="`, `alt='`} {
		if j := strings.Index(strings.ToLower(tag), q); j >= 0 {
			v := tag[j+len(q):]
			if k := strings.IndexByte(v, q[len(q)-1]); k >= 0 {
				return strings.TrimSpace(html.UnescapeString(v[:k]))
			}
		}
	}
	return ""
}

// rawText is a cell's text as written, with its backslash escapes ("\\|", "\\`": an ASCII
// tree) and entities decoded but its no-break spaces kept, which cleanInline makes spaces.
func rawText(cell string) string {
	var b strings.Builder
	for i := 0; i < len(cell); i++ {
		if cell[i] == '\\' && i+1 < len(cell) && strings.IndexByte(markdownEscapes, cell[i+1]) >= 0 {
			i++
		}
		b.WriteByte(cell[i])
	}
	return html.UnescapeString(b.String())
}
