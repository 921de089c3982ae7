package textpage

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/scrape/page"
)

// body reads blocks and sections from line i to the end.
func (d *doc) body(i int) {
	for i < len(d.lines) {
		l := d.line(i)
		t := l.t
		if t == "" {
			i++
			continue
		}
		if v := isLastUpdated(t); v != "" {
			if d.p.LastUpdated == "" {
				d.p.LastUpdated = v
			}
			i++
			continue
		}
		if k, ok := d.heading(i); ok && (!d.headingHeader(i) || d.startsTable(d.nb(i+1))) {
			d.openSection(i, k)
			if d.lines[i].m.wrapped {
				// the heading's second line, read with it
				j := d.nb(i + 1)
				if d.sec.Line == l.no {
					d.sec.Heading = page.JoinIdeographs(d.sec.Heading + " " + d.t(j))
				}
				i = j
			}
			i++
			continue
		}
		if h, ok := d.header(i); ok && !(d.sec.Kind.HoldsParams() && d.namesCard(i)) {
			// (a card named by a column word, "Name" over "Type", then "String", is no header)
			i = d.table(h)
			continue
		}
		if p := d.pb(i - 1); d.sec.Kind.HoldsParams() && p >= 0 && d.cardKey(p) {
			// a card's value under its key ("Type", then "[]*string"): no code block
			d.add(page.Block{Kind: page.Paragraph, Line: l.no, Text: t})
			i++
			continue
		}
		if j, ok := d.code(i); ok {
			i = j
			continue
		}
		if d.is(i, trBullet) {
			i = d.list(i)
			continue
		}
		if j, ok := d.numberedEntries(i); ok {
			i = j
			continue
		}
		if h, ok := d.errorHeader(i); ok {
			i = d.table(h)
			continue
		}
		if h, ok := d.inferHeader(i); ok {
			i = d.table(h)
			continue
		}
		if h, ok := d.inferPipeHeader(i); ok {
			i = d.table(h)
			continue
		}
		if h, ok := d.headerlessRows(i); ok {
			i = d.typedTable(h)
			continue
		}
		if j, ok := d.indexRows(i); ok {
			i = j
			continue
		}
		d.add(page.Block{Kind: page.Paragraph, Line: l.no, Text: t})
		i++
	}
}

// headingHeader reports whether heading line i also reads as a table header of three or more
// columns; a heading of two column words ("Operation description") stays a heading.
func (d *doc) headingHeader(i int) bool {
	h, ok := d.header(i)
	return ok && len(h.cells) >= 3
}

// headerlessRows recognises, in a parameter section, glued rows with no header line above
// them ("DBInstancesList<DBInstance>Array composed of DBInstances" right under "Response
// parameters", or "bodystring" under a header the dump lost): line i must split as a glued
// row on the closed vocabulary of types. The rows are read as name, type and description,
// with a warning, rather than left as paragraphs the extraction does not read; as name,
// type, Required and description when line i glues a Required word after its type.
func (d *doc) headerlessRows(i int) (header, bool) {
	if !d.sec.Kind.HoldsParams() || d.namesCard(i) {
		return header{}, false
	}
	// a Required word glued after the type ("InstanceIdStringYes") is one by what it is: the
	// rows then have a Required column, which the first row shows
	withReq := header{start: i, end: i, cells: []string{"", "", "", ""},
		cols: []page.Column{page.ColName, page.ColType, page.ColRequired, page.ColDescription}, style: styleGlued}
	if name, _, req, _, ok := d.newTypedTable(withReq).splitGlued(i); ok && name != "" && req != "" {
		d.p.Warn(d.no(i), "table without a header line: rows read as name, type, Required and description")
		return withReq, true
	}
	h := header{start: i, end: i, cells: []string{"", "", ""},
		cols: []page.Column{page.ColName, page.ColType, page.ColDescription}, style: styleGlued}
	name, _, _, _, ok := d.newTypedTable(h).splitGlued(i)
	if !ok || name == "" {
		return header{}, false
	}
	d.p.Warn(d.no(i), "table without a header line: rows read as name, type and description")
	return h, true
}

// startsTable reports whether a table header starts at line i.
func (d *doc) startsTable(i int) bool {
	if i >= len(d.lines) {
		return false
	}
	_, ok := d.header(i)
	return ok
}

func (d *doc) add(b page.Block) { d.sec.Blocks = append(d.sec.Blocks, b) }

// heading tells whether line i is a heading the lexicon knows. A line followed by a type line
// is a table row named like a heading ("Description"), not a heading.
func (d *doc) heading(i int) (page.SectionKind, bool) {
	m := &d.lines[i].m
	if !m.headingDone {
		k, ok, wrapped := d.classifyHeading(i)
		m.kind, m.headingOK, m.wrapped = uint8(k), ok, wrapped
		m.headingDone = true
	}
	return page.SectionKind(m.kind), m.headingOK
}

// classifyHeading is heading's judgment of line i; wrapped says the heading goes on at the
// next line (wrappedHeading), which a line the lexicon knows alone never does.
func (d *doc) classifyHeading(i int) (k page.SectionKind, ok, wrapped bool) {
	t := d.t(i)
	if len(t) > 64 || t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "。") {
		return 0, false, false // a sentence, not a heading
	}
	// The lexicon decides, numbers ("2. Response parameters", "一、请求参数") and bracketed
	// qualifiers included; a type or a Yes/No is a cell, and a camel-case word a name unless
	// the lexicon has it as written ("RequestBody"). The type traits, known once per line
	// and asked of table lines anyway, are asked before the lexicon; the Required word,
	// which nothing else asks of most lines, after it, of a heading word only.
	if d.is(i, trType) {
		return 0, false, false
	}
	if j := d.nb(i + 1); j < len(d.lines) && d.is(j, trType) {
		return 0, false, false
	}
	classify := page.ClassifyHeading
	if page.CamelHump(t) {
		classify = page.ClassifyWrittenHeading
	}
	k, ok = classify(t)
	if !ok {
		if _, k, ok := d.wrappedHeading(i); ok {
			return k, true, true
		}
		return 0, false, false
	}
	if d.is(i, trRequired) || page.ClassifyColumn(t) == page.ColName {
		// a Name column's word ("Parameter", "パラメーター", which say "Parameters" alone
		// in Indonesian and Japanese) is a header's cell in a dump, where nothing marks a
		// heading; Markdown and HTML mark it (page.KindIn)
		return 0, false, false
	}
	if d.namesCard(i) {
		return 0, false, false // a parameter card's name ("Description" over "Type: String")
	}
	if d.sec != nil && d.sec.Kind.HoldsParams() && d.cardKey(i) {
		return 0, false, false // a card's key over its value ("Description", then "The ID.")
	}
	return k, true, false
}

// wrappedHeading reports whether line i, no heading alone, opens a heading wrapped over two
// lines ("返回" over "参数", "Error" over "codes", as a narrow column or a PDF export wraps
// it): after a blank line (or at the top, or right under a line where a table's header
// follows the two: the end of a table above), two short lines of words only, the second right
// below or after one blank line and no heading alone either (an example's "sample" over
// the heading "Response" is no "Sample response", while "Output" over "parameters", which
// says not whose alone, is the response's), no row named like a heading (a type
// line after them), that read as one heading the lexicon knows. It returns the second line
// and the heading's kind. Before, the lines were text of the section above: the response's
// fields were read into the request's table.
func (d *doc) wrappedHeading(i int) (int, page.SectionKind, bool) {
	t := d.t(i)
	if !headingWords(t) {
		return 0, 0, false
	}
	j := d.nb(i + 1)
	if j > i+2 || j >= len(d.lines) || !headingWords(d.t(j)) || d.is(j, trType) {
		return 0, 0, false
	}
	n := d.nb(j + 1)
	if n < len(d.lines) && d.is(n, trType) {
		return 0, 0, false
	}
	if i > 0 && !d.blank(i-1) && !d.startsTable(n) {
		// right under a line (a table's last, a paragraph's), a heading only where a
		// table's header follows it: what the lines head
		return 0, 0, false
	}
	// the lexicon last, the two lines joined first: most pairs of short lines are no
	// heading joined, and each question of the lexicon copies its words
	h := page.JoinIdeographs(t + " " + d.t(j))
	k, ok := page.ClassifyHeading(h)
	if !ok || page.ClassifyColumn(h) == page.ColName {
		return 0, 0, false
	}
	if _, alone := page.ClassifyHeading(t); alone {
		return 0, 0, false
	}
	if k2, alone := page.ClassifyHeading(d.t(j)); alone && !page.NamesParamsOf(k, d.t(j), k2) {
		// a heading of its own after a line ("sample" over "Response"); but "parameters"
		// alone says not whose, which the line above says ("Output" over "parameters")
		return 0, 0, false
	}
	return j, k, true
}

// maxWrappedLine bounds each line of a heading wrapped over two lines (wrappedHeading).
const maxWrappedLine = 24

// headingWords reports whether t may be a line of a wrapped heading: short, and letters
// and spaces only.
func headingWords(t string) bool {
	if t == "" || len(t) > maxWrappedLine {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

// namesCard reports whether line i names a parameter card (page.NamesCard): a name over a
// key-value line, or over a key alone and its value.
func (d *doc) namesCard(i int) bool {
	j := d.nb(i + 1)
	if j >= len(d.lines) {
		return false
	}
	if k := d.nb(j + 1); k < len(d.lines) {
		return page.NamesCard(d.t(i), d.t(j), d.t(k))
	}
	return page.NamesCard(d.t(i), d.t(j))
}

// cardKey reports whether line i is a key of a parameter card written alone over its value
// (page.SplitKey: "Description", then "The ID.") inside a card: right after the card's name
// or a value under its key before, or after a blank line under a key with no value (an
// empty cell) that is so, or, after a blank line under such a line, when the card goes on
// after its value. A key, not a heading; a heading word otherwise is a heading.
func (d *doc) cardKey(i int) bool {
	j := d.nb(i + 1)
	if i == 0 || j >= len(d.lines) {
		return false
	}
	if _, _, ok := page.SplitKey(d.t(i), d.t(j)); !ok {
		return false
	}
	if !d.blank(i - 1) {
		return d.inCard(i - 1)
	}
	p := d.pb(i - 1)
	if p < 0 {
		return false
	}
	if _, alone := page.KeyAlone(d.t(p)); alone && p > 0 && !d.blank(p-1) {
		return d.inCard(p - 1) // under a key with no value
	}
	// a dump with blank lines between all its lines: a key when the card goes on after
	// its value (a key, maybe one the lexicon does not know over a value of its own, or
	// the next card's name)
	if !d.inCard(p) {
		return false
	}
	k := d.nb(j + 1)
	return d.goesOn(k) || k < len(d.lines) && d.goesOn(d.nb(d.nb(k+1)+1))
}

// goesOn reports whether line k goes on with a card's lines: a key or the next card's name.
func (d *doc) goesOn(k int) bool {
	if k >= len(d.lines) {
		return false
	}
	_, _, _, keyed := page.CardKey(d.t(k))
	_, alone := page.KeyAlone(d.t(k))
	return keyed || alone || d.namesCard(k)
}

// pb is the last line at or before i that is not blank (-1 if none).
func (d *doc) pb(i int) int {
	for i >= 0 && d.blank(i) {
		i--
	}
	return i
}

// inCard reports whether line p, not blank, is a card's name (page.NamesCard) or a value
// under its key (page.SplitKey), and no pipe table's row.
func (d *doc) inCard(p int) bool {
	if strings.HasSuffix(d.t(p), "|") {
		return false // a pipe table's row, which no card writes
	}
	if d.namesCard(p) {
		return true
	}
	q := d.pb(p - 1)
	if q < 0 {
		return false
	}
	_, _, ok := page.SplitKey(d.t(q), d.t(p))
	return ok
}

// openSection starts a section at heading line i, unless the heading repeats the current
// section's kind (a sub-heading such as "Success response" under "Examples").
func (d *doc) openSection(i int, k page.SectionKind) {
	l := d.line(i)
	d.headings++
	lang := page.HeadingLang(l.t)
	d.countLang(lang)
	if d.firstLang == "" {
		d.firstLang = lang
	}
	if d.captionsTable(i) {
		k = page.KindIn(d.sec, d.sec.Level+1, l.t, k) // a table's caption, a level below
	}
	if k == d.sec.Kind && k != page.Other {
		d.add(page.Block{Kind: page.Paragraph, Line: l.no, Text: l.t})
		return
	}
	if h, ok := d.continuesHeading(i, k); ok {
		d.sec.Heading = h
		return
	}
	level := 0
	for level < len(l.t) && l.t[level] == '#' {
		level++
	}
	d.sec = &page.Section{Kind: k, Heading: strings.TrimSpace(strings.TrimLeft(l.t, "#")), Level: level, Line: l.no}
	d.p.Sections = append(d.p.Sections, d.sec)
}

// continuesHeading reports whether heading line i, of kind k, only goes on with the
// heading of the current section, the line before it ("Response", then "Parameters";
// "Response" and "parameters" apart): the section holds nothing yet, and the two lines
// read as one heading of the section's kind. It returns that heading. Before, the second
// line, a heading of its own kind ("Parameters": request parameters), opened a section,
// and the response's fields were read as request parameters.
func (d *doc) continuesHeading(i int, k page.SectionKind) (string, bool) {
	s := d.sec
	p := d.pb(i - 1)
	if k == s.Kind || s.Kind == page.Other || len(s.Blocks) > 0 || p < 0 || d.no(p) != s.Line || s.Heading == "" {
		return "", false
	}
	h := page.JoinIdeographs(s.Heading + " " + strings.TrimSpace(strings.TrimLeft(d.t(i), "#")))
	if joined, ok := page.ClassifyHeading(h); !ok || joined != s.Kind {
		return "", false
	}
	return h, true
}

// bulletMarks open list items.
var bulletMarks = []string{"• ", "•", "- ", "* ", "· ", "◦ ", "▪ ", "○ ", "● "}

func isBullet(t string) bool {
	_, ok := cutBullet(t)
	return ok
}

func cutBullet(t string) (string, bool) {
	if t == "" {
		return t, false
	}
	switch t[0] {
	case 0xE2, 0xC2, '-', '*': // first bytes of the marks
	default:
		return t, false
	}
	for _, m := range bulletMarks {
		if strings.HasPrefix(t, m) && len(t) > len(m) {
			return strings.TrimSpace(t[len(m):]), true
		}
	}
	return t, false
}

// list reads bullet items starting at i; items separated by blank lines stay one list. In
// a parameter section, a list whose items are parameter entries ("- RegionId (String,
// required): text", nested by indentation) is the table they list (page.ListEntries).
func (d *doc) list(i int) int {
	b := page.Block{Kind: page.List, Line: d.no(i)}
	var indents, lines []int
	for i < len(d.lines) {
		item, ok := cutBullet(d.t(i))
		if !ok {
			break
		}
		b.Items = append(b.Items, item)
		raw := d.raw(i)
		indents, lines = append(indents, len(raw)-len(strings.TrimLeft(raw, " \t"))), append(lines, d.no(i))
		i++
		if j := d.nb(i); j < len(d.lines) && d.is(j, trBullet) {
			i = j
		}
	}
	if d.sec.Kind.HoldsParams() {
		if t, ok := page.ListEntries(b.Line, b.Items, page.IndentDepths(indents), lines); ok {
			d.add(page.Block{Kind: page.TableBlock, Line: b.Line, Table: t})
			d.tables++
			return i
		}
	}
	d.add(b)
	return i
}

// numberedEntries reads, in a parameter section, a numbered list from line i whose items
// are all parameter entries ("1. RegionId (String, required): text", "2) …", "(3) …",
// children numbered anew below them, indented) as the table they list
// (page.ListEntries), as list does a bulleted one. It returns the index after the list.
func (d *doc) numberedEntries(i int) (int, bool) {
	if !d.sec.Kind.HoldsParams() {
		return i, false
	}
	var items []string
	var indents, lines []int
	j := i
	for j < len(d.lines) {
		item, ok := cutNumber(d.t(j))
		if !ok {
			break
		}
		raw := d.raw(j)
		items, indents, lines = append(items, item), append(indents, len(raw)-len(strings.TrimLeft(raw, " \t"))), append(lines, d.no(j))
		j++
		if k := d.nb(j); k < len(d.lines) {
			if _, ok := cutNumber(d.t(k)); ok {
				j = k
			}
		}
	}
	if len(items) == 0 {
		return i, false
	}
	t, ok := page.ListEntries(d.no(i), items, page.IndentDepths(indents), lines)
	if !ok {
		return i, false
	}
	d.add(page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
	d.tables++
	return j, true
}

// cutNumber cuts a numbered list item's number ("1. ", "2) ", "(3) ") from t.
func cutNumber(t string) (string, bool) {
	rest, paren := strings.CutPrefix(t, "(")
	k := 0
	for k < len(rest) && k < 3 && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(rest) || rest[k+1] != ' ' {
		return t, false
	}
	if c := rest[k]; paren && c != ')' || !paren && c != '.' && c != ')' {
		return t, false
	}
	return strings.TrimSpace(rest[k+2:]), true
}

// code reads a code block starting at line i: JSON, XML, a request line or a sample URL,
// plain or as a numbered listing (numbered).
func (d *doc) code(i int) (int, bool) {
	t := d.t(i)
	if j, text, ok := d.numbered(i); ok {
		lang := ""
		switch first, _, _ := strings.Cut(text, "\n"); {
		case jsonStart(strings.TrimSpace(first)):
			lang = "json"
		case xmlStart(strings.TrimSpace(first)):
			lang = "xml"
		}
		d.add(page.Block{Kind: page.Code, Line: d.no(i), Lang: lang, Text: text})
		return j, true
	}
	switch {
	case jsonStart(t):
		open := 0
		if t[0] == '"' {
			open = 1 // the opening brace the dump lost
		}
		j, col, ok := d.jsonEnd(i, open)
		if !ok {
			d.p.Truncated = true
			d.p.Warn(d.no(i), "JSON block is not closed before the end of the input: input looks cut off")
		}
		if last := j - 1; ok && d.splitAfter(last, col) {
			// "}Error codes": the copy lost the line break after the closing brace. The
			// block ends at the brace; the rest of the line is read again as a line.
			text := d.raw(last)[:col]
			if last > i {
				text = d.join(i, last) + "\n" + text
			}
			d.add(page.Block{Kind: page.Code, Line: d.no(i), Lang: "json", Text: text})
			d.cutLineStart(last, col)
			return last, true
		}
		d.add(page.Block{Kind: page.Code, Line: d.no(i), Lang: "json", Text: d.join(i, j)})
		return j, true
	case xmlStart(t):
		j := d.xmlEnd(i)
		d.add(page.Block{Kind: page.Code, Line: d.no(i), Lang: "xml", Text: d.join(i, j)})
		return j, true
	case isRequestLine(t):
		d.add(page.Block{Kind: page.Code, Line: d.no(i), Lang: "http", Text: t})
		return i + 1, true
	case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http(s)://"):
		j := i + 1
		for j < len(d.lines) && strings.HasPrefix(d.t(j), "&") {
			j++
		}
		if j == i+1 && !strings.Contains(t, "?") {
			return i, false
		}
		d.add(page.Block{Kind: page.Code, Line: d.no(i), Text: d.join(i, j)})
		return j, true
	}
	return i, false
}

// numbered reads a code listing whose lines are numbered ("  1. {", "  2. \"RequestId\":
// ...", as older pages show examples): the lines numbered 1, 2, 3 ... from line i, the
// first of them opening JSON, XML, a sample request or a URL. It returns the index after
// the listing and its text without the numbers.
func (d *doc) numbered(i int) (int, string, bool) {
	first, ok := strings.CutPrefix(d.t(i), "1. ")
	if !ok {
		return i, "", false
	}
	first = strings.TrimSpace(first)
	if !jsonStart(first) && !xmlStart(first) && !strings.HasPrefix(first, "<?") && !isRequestLine(first) &&
		!strings.HasPrefix(first, "http://") && !strings.HasPrefix(first, "https://") && !strings.Contains(first, " http") {
		return i, "", false
	}
	var b strings.Builder
	j := i
	for n := 1; j < len(d.lines); n++ {
		rest, ok := strings.CutPrefix(d.t(j), strconv.Itoa(n)+".")
		if !ok || rest != "" && rest[0] != ' ' {
			break
		}
		if n > 1 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimPrefix(rest, " "))
		j++
	}
	if j < i+2 {
		return i, "", false
	}
	return j, b.String(), true
}

// join returns lines [i, j) verbatim, trailing blank lines dropped.
func (d *doc) join(i, j int) string {
	for j > i && d.t(j-1) == "" {
		j--
	}
	if j <= i {
		return ""
	}
	// Lines with no trailing blanks cut off are the text itself between them: most code
	// blocks are taken as a piece of the text, with no copy.
	whole, n := true, 0
	for k := i; k < j; k++ {
		n += len(d.raw(k)) + 1
		if k+1 < j && d.lines[k].re+1 != d.lines[k+1].rs {
			whole = false
		}
	}
	if whole {
		return d.text[d.lines[i].rs:d.lines[j-1].re]
	}
	var b strings.Builder
	b.Grow(n)
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte('\n')
		}
		b.WriteString(d.raw(k))
	}
	return b.String()
}

func jsonStart(t string) bool {
	if t != "" && t[0] == '"' {
		return jsonMembersStart(t)
	}
	if t == "" || (t[0] != '{' && t[0] != '[') {
		return false
	}
	if len(t) == 1 {
		return true
	}
	r := strings.TrimSpace(t[1:])
	return r == "" || r[0] == '"' || r[0] == '{' || r[0] == '[' || r[0] == '}' || r[0] == ']'
}

// splitAfter reports whether raw line i has text after byte col that is not JSON
// punctuation (a heading glued to the closing brace).
func (d *doc) splitAfter(i, col int) bool {
	raw := d.raw(i)
	if col >= len(raw) {
		return false
	}
	rest := strings.TrimSpace(raw[col:])
	return rest != "" && !strings.ContainsRune(",;]}", rune(rest[0]))
}

// cutLineStart drops the first col bytes of raw line i, so that the rest reads as the line.
func (d *doc) cutLineStart(i, col int) {
	l := &d.lines[i]
	l.rs += int32(col)
	a, b := trimSpaceOffsets(d.text[l.rs:l.re])
	l.ts, l.te = l.rs+int32(a), l.rs+int32(b)
	l.m = memo{}
}

// jsonMembersStart recognises the first line of a JSON object whose opening brace the
// dump lost: a quoted key, a colon, and an opening bracket ("nodes" : [ {).
func jsonMembersStart(t string) bool {
	k := strings.IndexByte(t[1:], '"')
	if k < 0 {
		return false
	}
	rest := strings.TrimSpace(t[k+2:])
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	rest = strings.TrimSpace(rest[1:])
	return strings.HasPrefix(rest, "{") || strings.HasPrefix(rest, "[")
}

// jsonEnd returns the index after the line that closes the JSON value opened at line i
// (open brackets already open before it) and the byte offset in that raw line after the
// closing bracket, and false when the input ends first. With brackets open before it (a
// lost opening brace), the value also ends after the line that closes its last member when
// the next line is no JSON.
func (d *doc) jsonEnd(i, open int) (int, int, bool) {
	depth, inStr, esc := open, false, false
	for j := i; j < len(d.lines); j++ {
		s := d.raw(j)
		for k := 0; k < len(s); k++ {
			c := s[k]
			switch {
			case esc:
				esc = false
			case inStr:
				if c == '\\' {
					esc = true
				} else if c == '"' {
					inStr = false
				}
			case c == '"':
				inStr = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
				if depth <= 0 {
					return j + 1, k + 1, true
				}
			}
		}
		inStr, esc = false, false // a string never spans lines
		if open > 0 && depth == open {
			// the dump lost the opening brace and may have lost the closing one too: the
			// members end before a line that opens no member and closes nothing
			if n := d.nb(j + 1); n < len(d.lines) && !strings.ContainsRune(`"{}[]`, rune(d.t(n)[0])) {
				return j + 1, len(s), true
			}
		}
	}
	return len(d.lines), 0, false
}

func xmlStart(t string) bool {
	if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' {
		return false
	}
	c := t[1]
	return c == '?' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// xmlEnd returns the index after the line closing the root element opened at line i, or
// after the first line when no closing line follows within the page.
func (d *doc) xmlEnd(i int) int {
	t := d.t(i)
	if strings.HasPrefix(t, "<?") {
		j := d.nb(i + 1)
		if j < len(d.lines) && xmlStart(d.t(j)) && !strings.HasPrefix(d.t(j), "<?") {
			return d.xmlEnd(j)
		}
		return i + 1
	}
	name := t[1:]
	if k := strings.IndexAny(name, " >/"); k >= 0 {
		name = name[:k]
	}
	if strings.Contains(t, "</"+name+">") || strings.HasSuffix(t, "/>") {
		return i + 1
	}
	closing := "</" + name + ">"
	// XML examples are short; the bound keeps inputs full of unclosed tags linear.
	for j := i + 1; j < len(d.lines) && j < i+maxXMLLines; j++ {
		if strings.HasPrefix(d.t(j), closing) {
			return j + 1
		}
		if _, ok := d.heading(j); ok && d.t(j-1) == "" {
			break
		}
	}
	return i + 1
}

// maxXMLLines bounds the search for the line closing an XML example.
const maxXMLLines = 400

var httpMethods = []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}

// isRequestLine recognises "POST /instances/{instanceId}/accounts HTTP/1.1" and
// "PATCH|POST /path".
func isRequestLine(t string) bool {
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 || sp+1 >= len(t) || t[sp+1] != '/' {
		return false
	}
	for m := range strings.SplitSeq(t[:sp], "|") {
		found := false
		for _, h := range httpMethods {
			if m == h {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// startsCode reports whether line text t opens a code block (see code): a JSON or XML
// example, a request line or a sample URL.
func startsCode(t string) bool {
	return jsonStart(t) || xmlStart(t) || isRequestLine(t) || strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")
}
