package page

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// A table exported as CSV (a spreadsheet's export, psql's csv format, mysql's batch mode
// with commas) writes a row a line, its cells parted by commas, a cell holding a comma, a
// quote or a line break in double quotes (RFC 4180, read by encoding/csv). readCSV
// rewrites such a table into the pipe table it holds, line for line: its header is a line
// of column words only (ClassifyColumn), three or more, and its rows the lines under it of
// as many fields, a row whose quoted cell holds line breaks on its first line, the other
// lines blank. A line of other fields (prose with commas) or a blank line ends it.

// csvHeader reports whether t is a CSV table's header: three fields or more, each a
// column word with no blank around it (prose puts one after its commas: "Name, Type,
// Description"), none quoted or holding a pipe.
func csvHeader(t string) ([]string, bool) {
	if strings.Count(t, ",") < 2 || strings.ContainsAny(t, `"|`) {
		return nil, false
	}
	if first, _, _ := strings.Cut(t, ","); !csvColumn(first) {
		return nil, false // prose's commas: the fields are not split
	}
	fields := strings.Split(t, ",") // no quotes: every comma parts two fields
	for _, f := range fields {
		if !csvColumn(f) {
			return nil, false
		}
	}
	return fields, true
}

// csvColumn reports whether a field of a CSV header names a column: a column word with no
// blank around it.
func csvColumn(f string) bool {
	return f != "" && f == strings.TrimSpace(f) && len(f) <= 48 && ClassifyColumn(f) != ColOther
}

// readCSV reads the CSV table whose header is line i, t trimmed (see above), or the table
// sqlite3's .mode quote writes (sqlHeader), also with .headers off: its rows from line i
// on, their header told by their cells (headlessGrid).
func readCSV(lines []string, i int, t string) (grid, bool) {
	names, ok := csvHeader(t)
	quoted := false // sqlite3's .mode quote
	first := i + 1  // the line of the first record
	if !ok {
		if names, ok = sqlHeader(t); !ok {
			if names, ok = sqlHeadless(lines, i, t); !ok {
				return grid{}, false
			}
			first = i
		}
		quoted = true
	}
	text := strings.Join(lines[first:], "\n")
	var next func(off int) ([]string, int, bool) // the record at byte off of text: its fields, where it ends
	if !quoted {
		r := csv.NewReader(strings.NewReader(text))
		// A row of other fields ends the table, as does a row the CSV rules do not read (a
		// quote left open when the excerpt is cut, a bare quote no CSV writer leaves).
		r.FieldsPerRecord = -1
		next = func(int) ([]string, int, bool) {
			fields, err := r.Read()
			return fields, int(r.InputOffset()), err == nil
		}
	} else {
		next = func(off int) ([]string, int, bool) { return sqlRecord(text, off) }
	}
	head := gridRow{line: i, cells: make([][]string, len(names))}
	for c, name := range names {
		head.cells[c] = []string{name}
	}
	g := grid{start: i, rule: -1, rows: []gridRow{head}}
	j, off := first, 0 // the line the next record starts on, and its byte offset in text
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
		fields, end, ok := next(off)
		if !ok || len(fields) != len(names) {
			break
		}
		row := gridRow{line: j, cells: make([][]string, len(fields))}
		for c, f := range fields {
			row.cells[c] = strings.Split(f, "\n")
		}
		g.rows = append(g.rows, row)
		j += strings.Count(text[off:end], "\n")
		if end == len(text) { // the last line has no line break after it
			j++
		}
		off = end
	}
	if len(g.rows) < 2 {
		return grid{}, false
	}
	g.end = j
	if first == i {
		return headlessGrid(lines, i, j, g.rows[1:], "sqlite3's .mode quote")
	}
	return g, true
}

// sqlHeadless reports whether line i, t trimmed, opens the rows of sqlite3's .mode quote
// with .headers off (as the shell prints them by default): a record of three SQL literals
// or more, one a string at least, under a blank line; it returns as many column names
// (blank: headlessGrid tells them) for readCSV to read the records by.
func sqlHeadless(lines []string, i int, t string) ([]string, bool) {
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" || !strings.Contains(t, "',") && !strings.Contains(t, ",'") {
		return nil, false
	}
	fields, _, ok := sqlRecord(strings.Join(lines[i:min(len(lines), i+maxRecordLines)], "\n"), 0)
	if !ok || len(fields) < 3 {
		return nil, false
	}
	return make([]string, len(fields)), true
}

// maxRecordLines is how many lines sqlHeadless reads a first record over: a description's
// line breaks, written raw.
const maxRecordLines = 40

// sqlite3's .mode quote writes a table as CSV of SQL literals: a row a line, a string in
// single quotes (a quote inside it doubled, a line break written raw), a number bare,
// NULL for no value; with .headers on, the column names first, each a string. sqlHeader
// reads such a header: three fields or more, each a quoted column word (csvColumn).

// sqlHeader reports whether t is the header line of sqlite3's .mode quote, and returns
// its column names.
func sqlHeader(t string) ([]string, bool) {
	if !strings.HasPrefix(t, "'") || strings.Count(t, ",") < 2 {
		return nil, false
	}
	fields, end, ok := sqlRecord(t, 0)
	if !ok || end != len(t) || len(fields) < 3 || strings.Count(t, "'") != 2*len(fields) {
		return nil, false // a name of a quote, or a field not quoted
	}
	for _, f := range fields {
		if !csvColumn(f) {
			return nil, false
		}
	}
	return fields, true
}

// sqlRecord reads the record of SQL literals that starts at byte off of text, up to the
// line break that ends it: its fields' values (sqlValue) and the offset past that line
// break. A field that is no literal, or text after one that is no comma, is no record of
// .mode quote.
func sqlRecord(text string, off int) ([]string, int, bool) {
	var fields []string
	for k := off; ; {
		v, end, ok := sqlValue(text, k, ",\n")
		if !ok {
			return nil, 0, false
		}
		fields = append(fields, v)
		switch {
		case end == len(text):
			return fields, end, true
		case text[end] == '\n':
			return fields, end + 1, true
		case text[end] != ',':
			return nil, 0, false
		}
		k = end + 1
	}
}

// sqlValue reads the SQL literal that starts at byte k of text, as sqlite3's quote and
// insert modes print a value: its text (unquoteSQL) and the offset past it. A string is
// in single quotes (a quote inside doubled); a number or NULL is bare, up to the first of
// stops; the insert mode writes a string's line breaks as an escape that a call puts
// back, replace('a\nb','\n',char(10)) (nested for a carriage return too).
func sqlValue(text string, k int, stops string) (string, int, bool) {
	if call, ok := strings.CutPrefix(text[k:], "replace("); ok {
		return sqlReplace(text, len(text)-len(call))
	}
	if !strings.HasPrefix(text[k:], "'") {
		end := strings.IndexAny(text[k:], stops)
		if end < 0 {
			end = len(text) - k
		}
		f := text[k : k+end]
		if f != "NULL" {
			if _, err := strconv.ParseFloat(f, 64); err != nil {
				return "", 0, false
			}
		}
		return unquoteSQL(f), k + end, true
	}
	end := k + 1
	for {
		q := strings.IndexByte(text[end:], '\'')
		if q < 0 {
			return "", 0, false // a quote left open
		}
		end += q + 1
		if !strings.HasPrefix(text[end:], "'") {
			return unquoteSQL(text[k:end]), end, true
		}
		end++ // a doubled quote
	}
}

// sqlReplace reads the arguments of the insert mode's replace(X,'M',char(N)), which start
// at byte k of text: X's text with each M a character N, and the offset past the ")".
func sqlReplace(text string, k int) (string, int, bool) {
	v, end, ok := sqlValue(text, k, ",")
	if !ok || !strings.HasPrefix(text[end:], ",") {
		return "", 0, false
	}
	mark, end, ok := sqlValue(text, end+1, ",")
	if !ok || mark == "" || !strings.HasPrefix(text[end:], ",char(") {
		return "", 0, false
	}
	end += len(",char(")
	digits, rest, ok := strings.Cut(text[end:], "))")
	n, err := strconv.Atoi(digits)
	if !ok || err != nil || n <= 0 || n > 0x10ffff {
		return "", 0, false
	}
	return strings.ReplaceAll(v, mark, string(rune(n))), len(text) - len(rest), true
}

// sqlite3's .mode json writes a table as a JSON array of objects, a row a line, each
// object's keys the column names in order: `[{"Name":"RegionId","Type":"String"},` then
// `{…},` and `{…}]` on the last line, NULL as null. readJSONRows rewrites such an array
// into the pipe table it holds: its rows each on their line, its header, which has no line
// of its own, on the blank line over the array (a table stands apart from the text above
// it; where none is blank the array is left to be read as JSON). Its keys are column words
// only (csvColumn), three or more, the same in every row, the first a name's and one a
// type's (an example's records seldom are so); a value is a string, a number, true,
// false or null (none), no object or array. A line of other shape ends it.

// readJSONRows reads the array of row objects that opens at line i, t trimmed (see above).
func readJSONRows(lines []string, i int, t string) (grid, bool) {
	if !strings.HasPrefix(t, "[{") || i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return grid{}, false
	}
	names, _, ok := jsonRow(strings.TrimSuffix(strings.TrimSuffix(t[1:], "]"), ","))
	if !ok || len(names) < 3 {
		return grid{}, false
	}
	typed := false
	for _, n := range names {
		if !csvColumn(n) {
			return grid{}, false
		}
		typed = typed || ClassifyColumn(n) == ColType
	}
	if ClassifyColumn(names[0]) != ColName || !typed {
		return grid{}, false // an example's array of records
	}
	head := gridRow{line: i - 1, cells: make([][]string, len(names))}
	for c, name := range names {
		head.cells[c] = []string{name}
	}
	g := grid{start: i - 1, rule: -1, rows: []gridRow{head}}
	for j := i; j < len(lines); j++ {
		s := strings.TrimSpace(lines[j])
		if j == i {
			s = s[1:]
		}
		last := strings.HasSuffix(s, "]")
		if s, ok = strings.CutSuffix(strings.TrimSuffix(s, "]"), ","); !ok && !last {
			break
		}
		keys, values, ok := jsonRow(s)
		if !ok || !slices.Equal(keys, names) {
			break
		}
		row := gridRow{line: j, cells: make([][]string, len(values))}
		for c, v := range values {
			row.cells[c] = strings.Split(v, "\n")
		}
		g.rows = append(g.rows, row)
		if last {
			g.end = j + 1
			return g, true
		}
	}
	return grid{}, false // an array not closed: no row object a line
}

// jsonRow reads s as a JSON object of scalar values: its keys in order and their values'
// text (a string's, a number's or a boolean's; none for null).
func jsonRow(s string) (keys, values []string, ok bool) {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, false
	}
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return nil, nil, false
		}
		v, err := d.Token()
		if err != nil {
			return nil, nil, false
		}
		var text string
		switch v := v.(type) {
		case string:
			text = v
		case json.Number:
			text = v.String()
		case bool:
			text = strconv.FormatBool(v)
		case nil:
		default:
			return nil, nil, false // an object or an array
		}
		keys, values = append(keys, k.(string)), append(values, text)
	}
	if tok, err := d.Token(); err != nil || tok != json.Delim('}') || d.InputOffset() != int64(len(s)) {
		return nil, nil, false
	}
	return keys, values, true
}
