package page

import (
	"html"
	"slices"
	"strings"
)

// sqlite3's shell prints a query's result in modes of its own besides the grids, CSV,
// JSON and records read elsewhere (grid.go, csv.go, vertical.go); two more write a row's
// cells where a reader can tell them without columns:
//
//   - .mode insert: a row a line, "INSERT INTO "table" VALUES('RegionId','String',…);",
//     the table's name ("table" by default, or as ".mode insert params" names it) and,
//     with .headers on, the column names in brackets after it ("INSERT INTO
//     "table"(Parameter,Type,…) VALUES(…);", a name that is no plain identifier in double
//     quotes); the values SQL literals (sqlValue), a string's line breaks escaped;
//   - .mode html: no <TABLE> around, a row "<TR>", each cell on a line of its own
//     ("<TH>Type</TH>" in the header, "<TD>String</TD>"), "</TR>" alone; a cell's text
//     escaped as HTML escapes it, its line breaks written raw.
//
// readSQLInsert and readSQLiteHTML rewrite such a table into the pipe table it holds, each
// row on its first line, the header on its line; with .headers off (the shell's default)
// the rows alone, their header told by their cells (headlessGrid).

// readSQLInsert reads the rows of sqlite3's .mode insert that open at line i, t trimmed
// (see above): up to the first line that is no such row of the same table and columns.
func readSQLInsert(lines []string, i int, t string) (grid, bool) {
	into, ok := sqlInsertInto(t)
	if !ok {
		return grid{}, false
	}
	var rows []gridRow
	j := i
	for ; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		values, ok := strings.CutPrefix(t, into)
		if !ok {
			break
		}
		fields, ok := sqlValues(values)
		if !ok || len(rows) > 0 && len(fields) != len(rows[0].cells) {
			break
		}
		row := gridRow{line: j, cells: make([][]string, len(fields))}
		for c, f := range fields {
			row.cells[c] = strings.Split(f, "\n")
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 || len(rows[0].cells) < 3 {
		return grid{}, false
	}
	cols, ok := sqlColumns(strings.TrimSuffix(into, " VALUES("))
	if !ok {
		return headlessGrid(lines, i, j, rows, "sqlite3's .mode insert")
	}
	if len(cols) != len(rows[0].cells) || !paramColumns(cols) {
		return grid{}, false // no parameter table: an SQL statement the page shows
	}
	return headOver(lines, i, j, cols, rows, "sqlite3's .mode insert"), true
}

// sqlInsertInto is the opening of a .mode insert row t up to its values, "INSERT INTO
// "table"(a,b) VALUES(", which every row of the table repeats.
func sqlInsertInto(t string) (string, bool) {
	if !strings.HasPrefix(t, "INSERT INTO ") || !strings.HasSuffix(t, ");") {
		return "", false
	}
	k := strings.Index(t, " VALUES(")
	if k < 0 {
		return "", false
	}
	return t[:k+len(" VALUES(")], true
}

// sqlValues are the values of a row's "VALUES(" … ");" (rest the text after "VALUES("):
// SQL literals parted by commas (sqlValue).
func sqlValues(rest string) ([]string, bool) {
	rest, ok := strings.CutSuffix(rest, ");")
	if !ok {
		return nil, false
	}
	var fields []string
	for k := 0; ; {
		v, end, ok := sqlValue(rest, k, ",")
		if !ok {
			return nil, false
		}
		fields = append(fields, v)
		if end == len(rest) {
			return fields, true
		}
		if rest[end] != ',' {
			return nil, false
		}
		k = end + 1
	}
}

// sqlColumns are the column names of an insert row's opening into ("INSERT INTO
// "table"(Parameter,"Data type")"); false where it lists none (.headers off).
func sqlColumns(into string) ([]string, bool) {
	list, ok := strings.CutSuffix(into, ")")
	if !ok {
		return nil, false
	}
	k := strings.LastIndex(list, "(")
	for k >= 0 && strings.Count(list[:k], `"`)%2 == 1 { // a "(" inside a quoted name
		k = strings.LastIndex(list[:k], "(")
	}
	if k < 0 {
		return nil, false
	}
	var names []string
	for rest := list[k+1:]; ; {
		name, end := rest, len(rest)
		if strings.HasPrefix(rest, `"`) { // a quoted name, a quote inside doubled
			end = 1
			for {
				q := strings.IndexByte(rest[end:], '"')
				if q < 0 {
					return nil, false
				}
				end += q + 1
				if !strings.HasPrefix(rest[end:], `"`) {
					break
				}
				end++
			}
			name = strings.ReplaceAll(rest[1:end-1], `""`, `"`)
		} else if c := strings.IndexByte(rest, ','); c >= 0 {
			name, end = rest[:c], c
		}
		names = append(names, name)
		if end == len(rest) {
			return names, true
		}
		if rest[end] != ',' {
			return nil, false
		}
		rest = rest[end+1:]
	}
}

// readSQLiteHTML reads the rows of sqlite3's .mode html that open at line i, t trimmed
// (see above): up to the first line after a row's "</TR>" that opens no row. The header
// is a first row of <TH> cells; a table with none has its header told (headlessGrid).
func readSQLiteHTML(lines []string, i int, t string) (grid, bool) {
	if !strings.HasPrefix(t, "<TR><TH>") && !strings.HasPrefix(t, "<TR><TD>") {
		return grid{}, false
	}
	var rows []gridRow
	th := false // the first row is a header of <TH> cells
	j := i
	for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "<TR>") {
		row, header, end, ok := sqliteHTMLRow(lines, j)
		if !ok || len(rows) > 0 && (header || len(row.cells) != len(rows[0].cells)) {
			break
		}
		if len(rows) == 0 {
			th = header
		}
		rows = append(rows, row)
		j = end
	}
	if len(rows) == 0 || len(rows[0].cells) < 3 {
		return grid{}, false
	}
	if !th {
		return headlessGrid(lines, i, j, rows, "sqlite3's .mode html")
	}
	if len(rows) < 2 {
		return grid{}, false
	}
	return grid{start: i, end: j, rule: -1, rows: rows}, true
}

// sqliteHTMLRow reads the row of .mode html that opens at line i ("<TR>"): its cells
// (their text unescaped, a line a line of the cell), whether they are header cells
// (<TH>), and the line after its "</TR>".
func sqliteHTMLRow(lines []string, i int) (gridRow, bool, int, bool) {
	row := gridRow{line: i}
	header := false
	var cell []string // the cell open, its lines so far
	open, closing := false, ""
	rest := strings.TrimPrefix(strings.TrimSpace(lines[i]), "<TR>")
	for j := i; j < len(lines); {
		if open {
			k := strings.Index(rest, closing)
			if k < 0 {
				cell = append(cell, html.UnescapeString(rest))
				if j++; j < len(lines) {
					rest = lines[j]
				}
				continue
			}
			row.cells = append(row.cells, append(cell, html.UnescapeString(rest[:k])))
			cell, open = nil, false
			rest = strings.TrimSpace(rest[k+len(closing):])
			continue
		}
		switch {
		case rest == "":
			if j++; j < len(lines) {
				rest = strings.TrimSpace(lines[j])
			}
		case rest == "</TR>":
			return row, header, j + 1, len(row.cells) > 0
		case strings.HasPrefix(rest, "<TH>") && (len(row.cells) == 0 || header):
			header, open, closing, rest = true, true, "</TH>", rest[4:]
		case strings.HasPrefix(rest, "<TD>") && !header:
			open, closing, rest = true, "</TD>", rest[4:]
		default:
			return gridRow{}, false, 0, false
		}
	}
	return gridRow{}, false, 0, false
}

// paramColumns reports whether cols name a parameter table's columns: the first a name's,
// one a type's.
func paramColumns(cols []string) bool {
	kinds := ClassifyColumns(cols)
	return kinds[0] == ColName && slices.Contains(kinds, ColType)
}
