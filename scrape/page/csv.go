package page

import (
	"encoding/csv"
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

// readCSV reads the CSV table whose header is line i, t trimmed (see above).
func readCSV(lines []string, i int, t string) (grid, bool) {
	names, ok := csvHeader(t)
	if !ok {
		return grid{}, false
	}
	head := gridRow{line: i, cells: make([][]string, len(names))}
	for c, name := range names {
		head.cells[c] = []string{name}
	}
	g := grid{start: i, rule: -1, rows: []gridRow{head}}
	text := strings.Join(lines[i+1:], "\n")
	r := csv.NewReader(strings.NewReader(text))
	// A row of other fields ends the table, as does a row the CSV rules do not read (a
	// quote left open when the excerpt is cut, a bare quote no CSV writer leaves).
	r.FieldsPerRecord = -1
	j, off := i+1, 0 // the line the next record starts on, and its byte offset in text
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
		fields, err := r.Read()
		if err != nil || len(fields) != len(names) {
			break
		}
		row := gridRow{line: j, cells: make([][]string, len(fields))}
		for c, f := range fields {
			row.cells[c] = strings.Split(f, "\n")
		}
		g.rows = append(g.rows, row)
		end := int(r.InputOffset())
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
	return g, true
}
