package page

import (
	"regexp"
	"strconv"
	"strings"
)

// Vertical records are how psql's expanded display (\x) and the MySQL client's \G print a
// table: a record a block, each opened by a line that numbers it ("-[ RECORD 1 ]-+-----",
// "*************************** 1. row ***************************"), then a line a column:
// the column's name and the record's value, parted by a separator that stands at the same
// display column on every line ("Type        | String" in psql, the name left-aligned;
// "       Type: String" in MySQL, right-aligned). readVertical rewrites a run of such
// records, numbered from 1, into the pipe table they print, line for line: the header on
// the first record's opening line, the rule on the line under it, the first row on the
// line after that and every other row on its record's opening line, the other lines
// blank. A value's leading blanks stay (a name's depth); a psql line with no name goes on
// with the value above (a value's line break, "+" ending the line above). The records end at a line that is neither
// (a blank line, MySQL's "2 rows in set"), or at a record whose columns are other names.

// recordOpen matches a line that opens a record: psql's "-[ RECORD 1 ]---+---" and MySQL's
// "*** 1. row ***", their number the first group, their style the line's first character.
var recordOpen = regexp.MustCompile(`^(?:-\[ [A-Z]+ (\d+) \][-+]*|\*{3,} (\d+)\. [a-z]+ \*{3,})$`)

// recordNo is the number of the record line t (trimmed) opens and its style ('-' psql,
// '*' MySQL), or 0.
func recordNo(t string) (int, byte) {
	if t == "" || t[0] != '-' && t[0] != '*' {
		return 0, 0
	}
	m := recordOpen.FindStringSubmatch(t)
	if m == nil {
		return 0, 0
	}
	n, err := strconv.Atoi(m[1] + m[2])
	if err != nil {
		return 0, 0
	}
	return n, t[0]
}

// verticalField cuts a record's line l into its column's name and value where the style's
// separator stands at display column at (-1: wherever it first stands, which it returns):
// psql's "|" after a blank, MySQL's and PowerShell's ":" (styles '*', ':') before a blank
// or the line's end, sqlite3's "=" between blanks (style '='). ok is false
// for a line that has none there; a psql line with no name goes on with the value above.
func verticalField(l string, style byte, at int) (name, value string, col int, ok bool) {
	sep := rune(style) // '=', ':'
	switch style {
	case '-':
		sep = '|'
	case '*':
		sep = ':'
	}
	w := 0
	for k, r := range l {
		if r == sep && (at < 0 || w == at) {
			rest := l[k+1:]
			switch {
			case (style == '-' || style == '=') && (k == 0 || l[k-1] != ' '):
			case style != '-' && rest != "" && rest[0] != ' ':
			default:
				return strings.TrimSpace(l[:k]), strings.TrimRight(strings.TrimPrefix(rest, " "), " \t"), w, true
			}
		}
		if at >= 0 && w > at {
			break
		}
		w += RuneWidth(r)
	}
	return "", "", -1, false
}

// readVertical reads the run of vertical records that opens at line i, t trimmed (see above).
func readVertical(lines []string, i int, t string) (grid, bool) {
	n, style := recordNo(t)
	if n != 1 {
		return grid{}, false
	}
	indent := lines[i][:strings.Index(lines[i], t)]
	var names []string // the columns, from the first record
	var rows []gridRow
	at := -1
	j := i
	for j < len(lines) {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if no, st := recordNo(strings.TrimSpace(raw)); !ok || no != len(rows)+1 || st != style {
			break
		}
		var row gridRow
		k := j + 1
		for ; k < len(lines); k++ {
			l, ok := strings.CutPrefix(lines[k], indent)
			if !ok {
				break
			}
			name, value, col, ok := verticalField(l, style, at)
			if !ok {
				break
			}
			at = col
			if name == "" && style == '-' && len(row.cells) > 0 { // a value's next line
				last := row.cells[len(row.cells)-1]
				last[len(last)-1] = strings.TrimSuffix(last[len(last)-1], "+") // psql's mark of it
				row.cells[len(row.cells)-1] = append(last, value)
				continue
			}
			if name == "" || len(rows) > 0 && (len(row.cells) >= len(names) || names[len(row.cells)] != name) {
				break
			}
			if len(rows) == 0 {
				names = append(names, name)
			}
			row.cells = append(row.cells, []string{value})
		}
		if len(row.cells) < 2 || len(rows) > 0 && len(row.cells) != len(names) {
			break // no record of the table's columns: the run ends before it
		}
		row.line = j
		rows = append(rows, row)
		j = k
	}
	if len(rows) == 0 {
		return grid{}, false
	}
	head := gridRow{line: i, cells: make([][]string, len(names))}
	for c, name := range names {
		head.cells[c] = []string{name}
	}
	rows[0].line = i + 2 // a record has two lines or more
	return grid{start: i, end: j, indent: indent, rule: i + 1, rows: append([]gridRow{head}, rows...)}, true
}

// valueGoesOn is the text of line l of a record of PowerShell's Format-List (style ':',
// its separator at display column at) that goes on with the value above: Format-List wraps
// a long value, and breaks one holding line breaks, onto lines indented to the value's
// column (two past the separator's), which name no column.
func valueGoesOn(l string, style byte, at int) (string, bool) {
	t := strings.TrimLeft(l, " ")
	if style != ':' || t == "" || len(l)-len(t) != at+2 {
		return "", false
	}
	return strings.TrimRight(t, " \t"), true
}

// readBlocks reads a run of records that no line opens, parted by a blank line, from line
// i (after a blank line or the page's start): sqlite3's line mode ("  Type = String", the
// names right-aligned) and PowerShell's Format-List ("Type        : String"), a line a
// column, the separator at one display column, a Format-List value going on over lines
// indented to its column (valueGoesOn). Every column's name is a column word
// (ClassifyColumn), as a table's header has them, three or more (two aligned lines,
// "Name: RegionId" over "Type: String", are a card's), and every record has the first's. It is
// rewritten as readVertical rewrites psql's records, but with no rule: the header on the
// first record's first line, its row on the second, each other row on its record's first.
func readBlocks(lines []string, i int) (grid, bool) {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" || i+2 >= len(lines) {
		return grid{}, false
	}
	for _, l := range lines[i : i+3] {
		// (two IndexByte searches, where ContainsAny tests each byte of a prose line in turn)
		if strings.IndexByte(l, '=') < 0 && strings.IndexByte(l, ':') < 0 {
			// the first record's three lines have a separator each: a line with none (a
			// paragraph's, the blank line after a heading) ends every record before it
			return grid{}, false
		}
	}
	for _, style := range []byte{'=', ':'} {
		name, _, at, ok := verticalField(lines[i], style, -1)
		if !ok || ClassifyColumn(name) == ColOther {
			continue
		}
		var names []string
		var rows []gridRow
		j := i
		for {
			row := gridRow{line: j}
			k := j
			for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
				if rest, ok := valueGoesOn(lines[k], style, at); ok && len(row.cells) > 0 {
					row.cells[len(row.cells)-1] = append(row.cells[len(row.cells)-1], rest)
					continue
				}
				name, value, _, ok := verticalField(lines[k], style, at)
				if !ok || name == "" || len(rows) > 0 && (len(row.cells) >= len(names) || names[len(row.cells)] != name) {
					break
				}
				if len(rows) == 0 {
					if ClassifyColumn(name) == ColOther {
						break
					}
					names = append(names, name)
				}
				row.cells = append(row.cells, []string{value})
			}
			if len(row.cells) < 3 || len(rows) > 0 && len(row.cells) != len(names) || k < len(lines) && strings.TrimSpace(lines[k]) != "" {
				break // no whole record of the columns (three at least, as a table of parameters has)
			}
			rows = append(rows, row)
			j = k
			if k+1 >= len(lines) || strings.TrimSpace(lines[k+1]) == "" {
				break
			}
			j = k + 1
		}
		if len(rows) == 0 {
			continue
		}
		head := gridRow{line: i, cells: make([][]string, len(names))}
		for c, name := range names {
			head.cells[c] = []string{name}
		}
		rows[0].line = i + 1
		last := rows[len(rows)-1].line
		end := last
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		return grid{start: i, end: end, rule: -1, rows: append([]gridRow{head}, rows...)}, true
	}
	return grid{}, false
}
