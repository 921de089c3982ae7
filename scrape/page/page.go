// Package page is the page model every reader produces and extraction consumes: a page's
// title, metadata, sections, and the paragraphs, lists, tables and code blocks in them.
//
// Readers (text dumps in their several layouts, Markdown, HTML) differ only in how they find
// these parts; extraction never looks at raw input, so a new input format is one new reader.
// Every part carries the 1-based line of the input it came from, so warnings and errors can
// name the place.
package page

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Format names the input format a page was read from.
type Format string

const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	XML      Format = "xml"
	Word     Format = "word"
	ODT      Format = "odt"
	LaTeX    Format = "latex"
)

// Page is one documentation page.
type Page struct {
	File   string // path as given to the reader, slash-separated, used in messages
	Format Format
	URL    string // canonical URL, from a "URL:" line, a link or <link rel=canonical>
	// Title is the page heading as written ("Identity as a Service:CreateInstance").
	Title     string
	TitleLine int
	// LastUpdated is the "Last Updated" value as written ("Feb 10, 2026", "2024-11-28").
	LastUpdated string
	Lang        string   // "en", "zh", "id" ... guessed from headings; "" when unknown
	Breadcrumbs []string // site navigation trail, when the input has one
	// Meta holds other facts a reader found, keyed by a lower-case name, e.g.
	// "debug-url" (a link such as https://api.aliyun.com/#product=Ims&api=CreateUser&type=RPC&version=2019-08-15).
	Meta map[string]string
	// Sections in page order. The first one has Kind Intro and holds what comes before the
	// first recognised heading (summary, prose).
	Sections []*Section
	// Truncated is set when the input ends part way through a section or table.
	Truncated bool
	Warnings  []Warning
}

// Warn records a warning at a line of this page that loses nothing (Info).
func (p *Page) Warn(line int, format string, args ...any) {
	p.Warnings = append(p.Warnings, Warning{File: p.File, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Drop records a warning that some of the page is lost; the message names what.
func (p *Page) Drop(line int, format string, args ...any) {
	p.Warnings = append(p.Warnings, Warning{File: p.File, Line: line, Kind: Drop, Msg: fmt.Sprintf(format, args...)})
}

// Guess records a warning that a fact was guessed; the message names the field and the guess.
func (p *Page) Guess(line int, format string, args ...any) {
	p.Warnings = append(p.Warnings, Warning{File: p.File, Line: line, Kind: Guess, Msg: fmt.Sprintf(format, args...)})
}

// SectionsOf returns the sections of a kind, in page order.
func (p *Page) SectionsOf(k SectionKind) []*Section {
	var out []*Section
	for _, s := range p.Sections {
		if s.Kind == k {
			out = append(out, s)
		}
	}
	return out
}

// Warning is a problem found in the input that did not stop reading or extraction.
type Warning struct {
	File string
	Line int      // 0 when the warning is about the whole page
	Kind WarnKind `json:",omitempty"`
	Msg  string
}

// WarnKind tells whether a warning loses or guesses something of the page. Drop and Guess
// warnings make a spec incomplete or doubtful: `gen scrape --strict` fails on them, and the
// run's summary counts them.
type WarnKind uint8

const (
	// Info: the page is odd but everything it says is kept (a disagreement resolved, a
	// convention applied, a correction made).
	Info WarnKind = iota
	// Drop: something the page documents (a field, a row, cells, an enum) is not in the spec.
	Drop
	// Guess: a field is in the spec with a type, place, flag or nesting the page does not
	// state (assumed string, placed by row order, assumed optional).
	Guess
)

// MarshalText writes the kind's name ("drop"), for page dumps.
func (k WarnKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func (k WarnKind) String() string {
	switch k {
	case Drop:
		return "drop"
	case Guess:
		return "guess"
	}
	return "info"
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}

// Section is a heading and the blocks under it, up to the next heading.
type Section struct {
	Kind    SectionKind
	Heading string // as written
	Level   int    // heading level when the format has one (Markdown #, HTML h1-h6), else 0
	Line    int
	Blocks  []Block
}

// Tables returns the section's tables in order.
func (s *Section) Tables() []*Table {
	var out []*Table
	for i := range s.Blocks {
		if s.Blocks[i].Kind == TableBlock {
			out = append(out, s.Blocks[i].Table)
		}
	}
	return out
}

// BlockKind tells what a Block holds.
type BlockKind int

const (
	Paragraph BlockKind = iota
	List
	TableBlock
	Code
)

// Block is one paragraph, list, table or code block.
type Block struct {
	Kind  BlockKind
	Line  int
	Text  string   // paragraph text, or code block contents (verbatim)
	Items []string // list items
	Lang  string   // code language hint ("json"), when the format gives one
	Table *Table
	// Level is the heading level of a paragraph that is a sub-heading read as a label
	// ("### UserId" in a parameter section), else 0: parameter cards nest by it (ReadCards).
	Level int `json:",omitempty"`
	// Depths are the nesting depths of the list's items, by item, when the list nests
	// (nil when every item is at the top): parameter cards nest by them (ReadCards).
	Depths []int `json:",omitempty"`
	// Nest is the number of containers (HTML <div>, <section>...) a paragraph or list of a
	// parameter section sits in below the section's heading, when the format has them:
	// parameter cards nested in their parent's container nest by it (ReadCards).
	Nest int `json:",omitempty"`
}

// Table is a table with a header row classified into columns.
type Table struct {
	Line    int
	Header  []string // header cells as written
	Columns []Column // Header classified, same length
	Rows    []Row
}

// Col returns the index of the first column of kind k, or -1.
func (t *Table) Col(k Column) int {
	for i, c := range t.Columns {
		if c == k {
			return i
		}
	}
	return -1
}

// NameCol is the index of the names column, the first column when the header names none:
// the cell where every reader looks for a row's name, its depth marks and required mark.
func (t *Table) NameCol() int { return max(t.Col(ColName), 0) }

// Width is the number of the header's cells up to its last one that is not blank: blank
// header cells at the end name no column, and rows may stop before them.
func (t *Table) Width() int {
	width := len(t.Header)
	for width > 1 && t.Header[width-1] == "" {
		width--
	}
	return width
}

// NamesFirst makes the table's first column its names when the header names no name column
// but a Type column follows ("Attribute", "Prameter", even "HTTP status code" over a
// parameter table), and warns on p.
func (p *Page) NamesFirst(t *Table) {
	if t.namesFirst() {
		p.Warn(t.Line, "table header %q is not a parameter-name column but a Type column follows; its first column is read as the names", t.Header[0])
		t.Columns[0] = ColName
	}
}

// HasNames reports whether the table has a names column: one its header names, or the
// first column where NamesFirst makes it the names. Readers that look ahead at a table
// (is a line above it its heading?) ask this, so that they read its header as NamesFirst
// will.
func (t *Table) HasNames() bool { return t.Col(ColName) >= 0 || t.namesFirst() }

// namesFirst reports whether NamesFirst makes the first column the names.
func (t *Table) namesFirst() bool {
	return t.Col(ColName) < 0 && t.Col(ColType) > 0 && t.Columns[0] != ColType
}

// ListIndent indents an item of a nested list in cell text, once a level: "- Failed:",
// then "  - Timeout: ..." for an item under it (as Markdown nests it). Readers that see
// list nesting write it so; the items of a valid-values list are its top-level ones.
const ListIndent = "  "

// Row is one table row.
type Row struct {
	Line int
	// Cells are aligned with the table's Header; a missing cell is "". Cell text is plain
	// text: paragraphs separated by "\n", list items on lines starting with "- ", an item
	// of a list nested in an item indented by ListIndent a level (where the input shows it).
	Cells []string
	// Depth is the nesting depth when the input shows it (HTML indentation, Markdown tree
	// glyphs); -1 when the format does not show nesting and extraction must rebuild it.
	Depth int
}

// Cell returns the row's cell in column k of t, or "".
func (r Row) Cell(t *Table, k Column) string {
	i := t.Col(k)
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// Reader turns the raw bytes of one input file into a page. file is used only in messages
// and Page.File. A reader returns an error only when nothing usable could be read (empty or
// binary input, say); problems inside a page become Page.Warnings.
type Reader interface {
	Read(file string, data []byte) (*Page, error)
}

// RowNames names the table rows that a run of cells holds: each cell that looks like a
// parameter name ("UserName", "Tag.N.Key", "└ Marker", "│ ├─ Marker", "**Email**") and is followed by a
// type cell. Readers use it to say, in a warning, which rows a malformed row swallowed
// (rows glued together when one is not closed, or cells beyond the header).
func RowNames(cells []string) []string {
	var names []string
	for i := 0; i+1 < len(cells); i++ {
		_, name := TreeDepth(strings.TrimSpace(cells[i]))
		name = strings.Trim(strings.TrimSpace(name), "`*")
		if IsParamName(name) && IsType(cells[i+1]) {
			names = append(names, name)
			i++
		}
	}
	return names
}

// HoldsParams tells whether the rows of a table in a section of kind k are parameters
// (request parameters or response fields) that make the operation's schema. Only there do
// readers split glued cells, read parameter cards and take deeper headings as struct
// labels; the rows of other sections (error codes, examples, tables in the intro) are kept
// as they stand, and reading them as parameters would invent fields. Response headers are
// read as parameters too, though extraction keeps them out of the response body.
func (k SectionKind) HoldsParams() bool {
	return k.HoldsRequest() || k == ResponseParams || k == ResponseHeaders
}

// HoldsRequest tells whether a section of kind k lists request parameters, in one location
// (path, query, body, headers) or in any.
func (k SectionKind) HoldsRequest() bool {
	switch k {
	case RequestParams, PathParams, QueryParams, BodyParams, RequestHeaders:
		return true
	}
	return false
}

// RowsOf is what the rows of a table in a section of kind k are, for warnings: "request
// parameters", "response fields", "response headers", or "rows".
func RowsOf(k SectionKind) string {
	switch {
	case k == ResponseParams:
		return "response fields"
	case k == ResponseHeaders:
		return "response headers"
	case k.HoldsParams():
		return "request parameters"
	}
	return "rows"
}

// WarnAs records a warning of kind k at a line of this page.
func (p *Page) WarnAs(k WarnKind, line int, format string, args ...any) {
	p.Warnings = append(p.Warnings, Warning{File: p.File, Line: line, Kind: k, Msg: fmt.Sprintf(format, args...)})
}

// ExtraCells says what cutting a row to the header's width loses, for the warning about
// it: the rows the extra cells name (a drop: "response fields A, B dropped: "), else their
// text, named with the row (a drop: `row "KeyId": text "x | y" dropped: `), else nothing
// (empty extra cells, a stray '|': Info and ""). cells is the whole row, width the header's.
func ExtraCells(what string, cells []string, width int) (WarnKind, string) {
	extra := cells[width:]
	if names := RowNames(extra); len(names) > 0 {
		return Drop, Lost(what, names)
	}
	var text []string
	for _, c := range extra {
		if c = strings.TrimSpace(c); c != "" {
			text = append(text, c)
		}
	}
	if len(text) == 0 {
		return Info, ""
	}
	row := ""
	for _, c := range cells[:width] {
		if c = strings.TrimSpace(c); c != "" {
			row = c
			break
		}
	}
	return Drop, fmt.Sprintf("row %q: text %q dropped: ", Clip(row), Clip(strings.Join(text, " | ")))
}

// Clip shortens input text quoted in a message to its first 200 bytes and "…": a row of
// 300,000 stray cells, or a name of 20,000 segments, made a warning of a megabyte, which
// names the place no better than its start does.
func Clip(s string) string {
	const most = 200
	if len(s) <= most {
		return s
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// LostKind is the kind of a warning about cells that held the rows names: Drop when they
// name any (fields are lost), else Info (only text was lost).
func LostKind(names []string) WarnKind {
	if len(names) > 0 {
		return Drop
	}
	return Info
}

// Lost describes what a warning drops: "rows UserName, Marker dropped: " when names were
// found, else "" (the caller's own words say what was lost).
func Lost(what string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	return what + " " + strings.Join(names, ", ") + " dropped: "
}

// SampleBody drops the "//json response" style comment lines before a JSON or XML sample:
// they are not part of it. Any other text is returned as it is.
func SampleBody(text string) string {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "//") {
		return text
	}
	lines := strings.Split(t, "\n")
	k := 0
	for k < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[k]), "//") {
		k++
	}
	if rest := strings.TrimSpace(strings.Join(lines[k:], "\n")); strings.HasPrefix(rest, "{") || strings.HasPrefix(rest, "[") || strings.HasPrefix(rest, "<") {
		return rest
	}
	return text
}

// LabelsIn tells whether a heading of level that the lexicon does not know is a label inside
// section s rather than the start of a section of its own (Other): it is below level 2 under
// a known heading, and, under a parameter section's heading, deeper than that heading. A
// sibling of "### Path parameters" that the lexicon does not know ("### Custom header
// fields") ends the section: its rows are not path parameters, and a reader that kept them
// so would misplace them silently.
func LabelsIn(s *Section, level int) bool {
	if level < 3 || s.Kind == Intro {
		return false
	}
	return !s.Kind.HoldsParams() || s.Level == 0 || level > s.Level
}

// Continued returns the section that an unknown heading of level continues when it is no
// label of the current (last) section of secs (LabelsIn), or nil for a section of its own:
// a sibling of a known parameter sub-section ("### Response headers") under a parameter
// section's heading ("## Response parameters") is a label of that enclosing section, as
// it would be without the known sibling before it; its table lists the enclosing
// section's rows (or, when it names a field, that field's), not a part the lexicon does not know.
func Continued(secs []*Section, level int) *Section {
	if len(secs) < 2 || level < 3 {
		return nil
	}
	cur := secs[len(secs)-1]
	if !cur.Kind.HoldsParams() || cur.Level != level {
		return nil
	}
	for i := len(secs) - 2; i >= 0; i-- {
		if s := secs[i]; s.Level > 0 && s.Level < level {
			if s.Kind.HoldsParams() {
				return s
			}
			return nil
		}
	}
	return nil
}
