package page

import (
	"cmp"
	"encoding/csv"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// reStructuredText writes a table as a directive too, where a grid would be too wide or
// its cells hold lists (Sphinx's API references): ".. list-table:: Title" holds a bullet
// list of rows, each a bullet list of cells ("* - Name" over "  - Type"), a cell's text
// going on over the lines indented under its bullet (paragraphs, a nested list);
// ".. csv-table:: Title" holds CSV records (docutils' csv rules: "," or the :delim:
// option's character parts fields, a field holding one, a quote or a line break is quoted,
// its quotes doubled, blanks after a delimiter no text but under the :keepspace: flag,
// where a field opened by a blank is one of no quotes, its quotes text). Options indented under the
// directive (":header-rows: 1", ":widths: 20 80", csv-table's ":header: "Name", "Type"")
// say how it is laid out; a blank line, then the content, indented deeper than the
// directive. Left as they were, the lines were a list and prose the readers read as no
// table: a page's parameters were lost with no warning. PipeGrids rewrites such a table
// into the pipe table it stands for, as it does a grid: its header (the :header: option's
// row and the first :header-rows: rows, joined; the first row where none is one: the
// readers tell a table by its column words; a table of one row is a header with no rows,
// an empty response's) on a line of its own with "|---|" under it,
// each row on its first line, the other lines blank; the title, which names the table
// ("Request parameters"), on the directive's line right over the header, as a dump
// writes a table's caption. A table whose rows are in another file (:file:, :url:) is its
// title alone, and a loss the reader warns of (GridLoss.Elsewhere).

// rstTableRE is the directive of a list or CSV table and its title, if any.
var rstTableRE = regexp.MustCompile(`^\.\. (list|csv)-table::(?:\s+(.*))?$`)

// rstOption is a directive's option line, ":header-rows: 1", its name and value.
var rstOption = regexp.MustCompile(`^:([\w-]+):(?:\s+(.*))?$`)

// readRstTable reads the list or CSV table whose directive is line i (see above).
func readRstTable(lines []string, i int) (grid, bool) {
	t := strings.TrimSpace(lines[i])
	if !strings.HasPrefix(t, ".. ") {
		return grid{}, false
	}
	m := rstTableRE.FindStringSubmatch(t)
	if m == nil {
		return grid{}, false
	}
	indent := leadOf(lines[i])
	opts, k := rstOptions(lines, i+1, len(indent))
	title := strings.TrimSpace(m[2])
	if f := cmp.Or(opts["file"], opts["url"]); f != "" {
		// the rows are in another file: the directive and its options no text, the loss named
		g := grid{start: i, end: k, indent: indent, rule: -1, title: title}
		g.lost = []GridLoss{{Line: i, Elsewhere: f}}
		if title != "" {
			g.lost[0].Names = []string{title}
		}
		return g, true
	}
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	body := ""
	if k < len(lines) {
		body = leadOf(lines[k])
	}
	if len(body) <= len(indent) {
		return grid{}, false // no content
	}
	end := k // the line after the content's last
	for j := k; j < len(lines); j++ {
		if s := strings.TrimSpace(lines[j]); s != "" {
			if !strings.HasPrefix(lines[j], body) {
				break
			}
			end = j + 1
		}
	}
	return directiveTable(lines[:end], i, m[1], title, opts, k, body, end)
}

// mystTableRE is a list or CSV table as MyST Markdown writes the directive (Sphinx's
// Markdown, Jupyter Book): a code fence of backquotes, tildes or colons named
// "{list-table}" or "{csv-table}", and its title.
var mystTableRE = regexp.MustCompile("^(`{3,}|~{3,}|:{3,})\\{(list|csv)-table\\}(?:\\s+(.*))?$")

// readMystTable reads the list or CSV table whose MyST fence opens on line i: its options
// on the lines right under the fence (":header-rows: 1", or YAML between "---" lines:
// "header-rows: 1"), then its content, as reStructuredText's directive has them
// (readRstTable), up to the line that closes the fence, which the table spans too. The
// content is not indented: the fence holds it.
func readMystTable(lines []string, i int) (grid, bool) {
	m := mystTableRE.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if m == nil {
		return grid{}, false
	}
	closing := i + 1
	for ; closing < len(lines); closing++ {
		t := strings.TrimSpace(lines[closing])
		if strings.HasPrefix(t, m[1]) && strings.Trim(t, m[1][:1]) == "" {
			break
		}
	}
	if closing == len(lines) {
		return grid{}, false // a fence left open: code, not a table
	}
	opts, k := map[string]string{}, i+1
	if k < closing && strings.TrimSpace(lines[k]) == "---" { // YAML options
		for k++; k < closing && strings.TrimSpace(lines[k]) != "---"; k++ {
			if name, v, ok := strings.Cut(strings.TrimSpace(lines[k]), ":"); ok {
				opts[strings.TrimSpace(name)] = yamlScalar(strings.TrimSpace(v))
			}
		}
		k++
	}
	for ; k < closing; k++ { // ":header-rows: 1", a line each
		o := rstOption.FindStringSubmatch(strings.TrimSpace(lines[k]))
		if o == nil {
			break
		}
		opts[o[1]] = strings.TrimSpace(o[2])
	}
	for k < closing && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	if k >= closing || opts["file"] != "" || opts["url"] != "" {
		return grid{}, false
	}
	return directiveTable(lines[:closing], i, m[2], strings.TrimSpace(m[3]), opts, k, leadOf(lines[k]), closing+1)
}

// yamlScalar is a YAML scalar's text: inside its quotes when quoted ("'\"'", '"|"').
func yamlScalar(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// directiveTable is the grid of a list ("list") or CSV ("csv") table whose directive,
// titled title, is line i and whose content, indented by body, is lines[k:]; the table
// spans the lines up to end.
func directiveTable(lines []string, i int, kind, title string, opts map[string]string, k int, body string, end int) (grid, bool) {
	indent := leadOf(lines[i])
	var rows []gridRow
	var lost []GridLoss
	heads := 0
	if kind == "list" {
		rows = listTableRows(lines, k, body)
	} else {
		d, ok := csvDialectOf(opts)
		if !ok {
			return grid{}, false
		}
		if h := opts["header"]; h != "" {
			head, _ := csvRows([]string{h}, 0, d)
			if len(head) != 1 {
				return grid{}, false
			}
			head[0].line = -1
			rows, heads = head, 1
		}
		body, unread := csvRows(lines, k, d)
		rows = append(rows, body...)
		if unread >= 0 {
			lost = append(lost, csvLoss(lines, unread, d))
		}
	}
	if n, err := strconv.Atoi(opts["header-rows"]); err == nil && n > 0 {
		heads += n
	}
	if len(rows) == 0 {
		return grid{}, false
	}
	heads = max(1, min(heads, len(rows)))
	width := 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	if width < 2 {
		return grid{}, false
	}
	padRows(rows, width)
	head := joinRows(rows[:heads])
	g := grid{start: i, end: end, indent: indent, rule: -1, title: title, lost: lost}
	// the header on a line of its own under the title (a caption), its rule under it,
	// before the first row's line
	first := end // the first row's line (none: the table ends)
	if heads < len(rows) {
		first = rows[heads].line
	}
	head.line = i + 1
	if first < i+3 || g.title == "" {
		head.line, g.title = i, ""
	}
	g.rule = head.line + 1
	if g.rule >= first {
		g.rule = -1
	}
	g.rows = append([]gridRow{head}, rows[heads:]...)
	return g, true
}

// leadOf is the blank space s opens with.
func leadOf(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// rstOptions reads a directive's options from line k on: the lines indented deeper than
// the directive (indent blanks), each ":name: value", a value going on over the lines
// indented under it. It returns them by name and the line after them.
func rstOptions(lines []string, k, indent int) (map[string]string, int) {
	opts := map[string]string{}
	last := ""
	for ; k < len(lines); k++ {
		s := strings.TrimSpace(lines[k])
		if s == "" || len(leadOf(lines[k])) <= indent {
			break
		}
		if o := rstOption.FindStringSubmatch(s); o != nil {
			last = o[1]
			opts[last] = strings.TrimSpace(o[2])
			continue
		}
		if last == "" {
			break
		}
		opts[last] = strings.TrimSpace(opts[last] + " " + s)
	}
	return opts, k
}

// listTableRows are the rows of a list table whose content is lines[k:], indented by
// body: a row a bullet at the body's indentation ("* "), its cells the bullets of the
// list under it ("- Name", the first on the row's line or on the line below), a cell's
// text its bullet's line and the lines indented deeper than its bullet, a blank line among
// them a break. A line of other shape at the body's indentation ends the rows.
func listTableRows(lines []string, k int, body string) []gridRow {
	var rows []gridRow
	rowMark, cellAt := byte(0), -1 // the rows' bullet, and the column of the cells' bullets
	var cell *[]string
	for ; k < len(lines); k++ {
		raw := strings.TrimRight(lines[k], " \t")
		s := strings.TrimSpace(raw)
		if s == "" {
			if cell != nil {
				*cell = append(*cell, "")
			}
			continue
		}
		at := len(leadOf(raw))
		if at == len(body) {
			if !rstBullet(s) || rowMark != 0 && s[0] != rowMark {
				break
			}
			rowMark = s[0]
			rows = append(rows, gridRow{line: k})
			cell = nil
			rest := strings.TrimLeft(s[1:], " ")
			if rest == "" {
				continue // the cells on the lines below
			}
			at, s = at+len(s)-len(rest), rest
			if cellAt < 0 {
				cellAt = at
			}
		}
		if len(rows) == 0 {
			break
		}
		if cellAt < 0 {
			cellAt = at // the first cell's bullet, under its row's
		}
		r := &rows[len(rows)-1]
		if at == cellAt && rstBullet(s) {
			r.cells = append(r.cells, []string{strings.TrimLeft(s[1:], " ")})
			cell = &r.cells[len(r.cells)-1]
			continue
		}
		if cell == nil || at <= cellAt {
			break // no cell's text
		}
		*cell = append(*cell, s)
	}
	for k := range rows {
		for c, parts := range rows[k].cells { // a cell's blank lines at its end are no break
			for len(parts) > 0 && parts[len(parts)-1] == "" {
				parts = parts[:len(parts)-1]
			}
			rows[k].cells[c] = parts
		}
	}
	return rows
}

// rstBullet reports whether s opens a bullet list's item: "*", "-" or "+" alone or
// before a blank.
func rstBullet(s string) bool {
	return s != "" && strings.IndexByte("*-+", s[0]) >= 0 && (len(s) == 1 || s[1] == ' ')
}

// csvRows are the records of CSV text in lines[k:] (docutils' csv-table rules, in dialect
// d), each a row on the line it opens on, a field's line breaks its lines. A record the
// CSV rules do not read ends them: unread is its line, -1 when every record is read.
func csvRows(lines []string, k int, d csvDialect) (rows []gridRow, unread int) {
	trimmed := make([]string, len(lines)-k) // a line of blanks is none, as a blank line
	indent, seen := "", false               // the content's indentation, no text where blanks are (keepSpace)
	for j, l := range lines[k:] {
		trimmed[j] = strings.TrimRight(l, " \t")
		if lead := leadOf(l); d.keepSpace && trimmed[j] != "" && (!seen || len(lead) < len(indent)) {
			indent, seen = lead, true
		}
	}
	for j := range trimmed {
		trimmed[j] = strings.TrimPrefix(trimmed[j], indent)
	}
	text := strings.Join(trimmed, "\n")
	if d.quote != '"' || d.escape != 0 || d.keepSpace {
		text = d.standard(text)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord, r.TrimLeadingSpace = d.comma, -1, true
	for {
		fields, err := r.Read()
		if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
			return rows, k + pe.StartLine - 1
		}
		if err != nil {
			break
		}
		line, _ := r.FieldPos(0)
		row := gridRow{line: k + line - 1}
		for _, f := range fields {
			parts := strings.Split(f, "\n")
			for p := range parts {
				parts[p] = strings.TrimSpace(parts[p])
			}
			row.cells = append(row.cells, parts)
		}
		rows = append(rows, row)
	}
	return rows, -1
}

// csvLoss is the loss of a csv-table's records from line k on, which the CSV rules do
// not read (a quote inside a field not quoted, a quoted field never closed): the first
// field of each of their lines names them.
func csvLoss(lines []string, k int, d csvDialect) GridLoss {
	l := GridLoss{Line: k, Why: "the CSV rules do not read the first (a quote out of place), so none after it"}
	for _, line := range lines[k:] {
		if first, _, _ := strings.Cut(strings.TrimSpace(line), string(d.comma)); first != "" {
			l.Names = append(l.Names, strings.Trim(first, string(d.quote)+" "))
		}
	}
	return l
}

// csvDialect is how a csv-table writes its records (docutils' options): the delimiter
// (:delim:, a comma by default), the quote around a field that holds one or the delimiter
// or a line break (:quote:, '"' by default) and the character that makes the next one
// text (:escape:, none by default: a quote inside quotes is doubled); keepSpace (the
// :keepspace: flag) says that blanks after a delimiter are text, so that a field they
// open is none a quote opens (docutils then reads the csv module's skipinitialspace
// false): its quotes are text, and a delimiter after them parts fields.
type csvDialect struct {
	comma, quote, escape rune
	keepSpace            bool
}

// csvDialectOf is the dialect a csv-table's options name; false when one names no
// character it can be.
func csvDialectOf(opts map[string]string) (csvDialect, bool) {
	_, keep := opts["keepspace"]
	d, ok := csvDialect{quote: '"', keepSpace: keep}, true
	d.comma, ok = csvDelim(opts["delim"])
	if v := opts["quote"]; v != "" && ok {
		d.quote, ok = csvChar(v)
		ok = ok && d.quote != d.comma
	}
	if v := opts["escape"]; v != "" && ok {
		d.escape, ok = csvChar(v)
		ok = ok && d.escape != d.comma && d.escape != d.quote
	}
	return d, ok
}

// standard rewrites CSV text written in dialect d as encoding/csv reads it: each field
// in double quotes, a double quote in it doubled, the escapes and d's quotes gone; the
// line breaks stay where they were (a field's own inside its quotes), so each record
// opens on its line. A record ends at a line break outside quotes; a blank line is none.
func (d csvDialect) standard(text string) string {
	var out, field strings.Builder
	start, quoted, fields := true, false, 0
	emit := func() {
		if fields > 0 {
			out.WriteRune(d.comma)
		}
		out.WriteString(`"` + strings.ReplaceAll(field.String(), `"`, `""`) + `"`)
		field.Reset()
		fields++
		start = true
	}
	rs := []rune(text)
	for k := 0; k < len(rs); k++ {
		c := rs[k]
		switch {
		case d.escape != 0 && c == d.escape && k+1 < len(rs):
			k++
			field.WriteRune(rs[k])
			start = false
		case quoted && c == d.quote && d.escape == 0 && k+1 < len(rs) && rs[k+1] == d.quote:
			k++
			field.WriteRune(c) // a doubled quote
		case quoted && c == d.quote:
			quoted = false
		case quoted:
			field.WriteRune(c)
		case start && c == d.quote:
			quoted, start = true, false
		case start && c == ' ' && d.comma != ' ' && !d.keepSpace:
		case c == d.comma:
			emit()
		case c == '\n':
			if fields > 0 || !start {
				emit()
			}
			out.WriteByte('\n')
			fields, start = 0, true
		default:
			field.WriteRune(c)
			start = false
		}
	}
	if fields > 0 || !start {
		emit()
	}
	return out.String()
}

// csvDelim is the delimiter a csv-table's :delim: option names (csvChar); a comma where
// there is none.
func csvDelim(v string) (rune, bool) {
	if v == "" {
		return ',', true
	}
	r, ok := csvChar(v)
	return r, ok && r != '"'
}

// csvChar is the character a csv-table's option names: a character, "tab" or "space", or
// a character's code ("0x7C", "U+007C", "124"); false for a line break or no character.
func csvChar(v string) (rune, bool) {
	switch v {
	case "tab":
		return '\t', true
	case "space":
		return ' ', true
	}
	if r, n := utf8.DecodeRuneInString(v); n == len(v) {
		return r, r != '\n'
	}
	lower := strings.ToLower(v)
	for _, p := range []string{"0x", "x", `\x`, "u+", "u", `\u`} {
		if h, ok := strings.CutPrefix(lower, p); ok {
			n, err := strconv.ParseUint(h, 16, 32)
			return rune(n), err == nil && n != '\n'
		}
	}
	n, err := strconv.ParseUint(v, 10, 32)
	return rune(n), err == nil && n != '\n'
}
