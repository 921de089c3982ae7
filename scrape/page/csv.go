package page

import "strings"

// A table exported as CSV (a spreadsheet's export, psql's csv format, mysql's batch mode
// with commas) writes a row a line, its cells parted by commas, a cell holding a comma, a
// quote or a line break in double quotes (RFC 4180). readCSV rewrites such a table into
// the pipe table it holds, line for line: its header is a line of column words only
// (ClassifyColumn), three or more, and its rows the lines under it of as many fields, a row
// whose quoted cell holds line breaks on its first line, the other lines blank. A line of
// other fields (prose with commas, a blank line) ends it.

// csvFields adds to fields the comma-separated fields of line l; open says the line goes
// on with a quoted field of the line above (its text so far the last of fields). It
// returns the fields and whether the line ends inside a quoted field.
func csvFields(l string, fields []string, open bool) ([]string, bool) {
	var b strings.Builder
	if open {
		b.WriteString(fields[len(fields)-1] + "\n")
		fields = fields[:len(fields)-1]
	}
	quoted := open
	for k := 0; k < len(l); k++ {
		c := l[k]
		switch {
		case quoted && c == '"' && k+1 < len(l) && l[k+1] == '"':
			b.WriteByte('"')
			k++
		case c == '"' && (quoted || strings.TrimSpace(b.String()) == ""):
			if !quoted {
				b.Reset()
			}
			quoted = !quoted
		case !quoted && c == ',':
			fields = append(fields, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(fields, b.String()), quoted
}

// csvHeader reports whether t is a CSV table's header: three fields or more, each a
// column word with no blank around it (prose puts one after its commas: "Name, Type,
// Description"), none quoted or holding a pipe.
func csvHeader(t string) ([]string, bool) {
	if strings.Count(t, ",") < 2 || strings.ContainsAny(t, `"|`) {
		return nil, false
	}
	fields, _ := csvFields(t, nil, false)
	for _, f := range fields {
		if f == "" || f != strings.TrimSpace(f) || len(f) > 48 || ClassifyColumn(f) == ColOther {
			return nil, false
		}
	}
	return fields, true
}

// readCSV reads the CSV table whose header is line i (see above).
func readCSV(lines []string, i int) (grid, bool) {
	names, ok := csvHeader(strings.TrimSpace(lines[i]))
	if !ok {
		return grid{}, false
	}
	head := gridRow{line: i, cells: make([][]string, len(names))}
	for c, name := range names {
		head.cells[c] = []string{name}
	}
	g := grid{start: i, rule: -1, rows: []gridRow{head}}
	j := i + 1
	for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
		fields, open := csvFields(lines[j], nil, false)
		k := j + 1
		for ; open && k < len(lines); k++ {
			fields, open = csvFields(lines[k], fields, true)
		}
		if open || len(fields) != len(names) {
			break
		}
		row := gridRow{line: j, cells: make([][]string, len(fields))}
		for c, f := range fields {
			row.cells[c] = strings.Split(f, "\n")
		}
		g.rows = append(g.rows, row)
		j = k
	}
	if len(g.rows) < 2 {
		return grid{}, false
	}
	g.end = j
	return g, true
}
