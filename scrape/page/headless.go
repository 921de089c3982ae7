package page

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A table printed with no header (sqlite3's modes with .headers off, the shell's default)
// is its rows alone: nothing names its columns. Its cells still tell most of them, each
// column by what all its cells are: the first a parameter's names, one a type word in
// each row, one a location word, one a Required answer, and of the text columns left the
// one of sentences the description, the other the example. tellColumns reads them so,
// where no two columns tell alike, and the readers give the table the header those words
// name, on the blank line over it (a table stands apart from the text above it, as
// readJSONRows' header does), with an info warning naming the columns so read
// (GridLoss.Told). Rows whose first two columns are a name's and a type's but whose other
// columns the cells do not tell apart are dropped, named (GridLoss.Why); rows that are no
// parameter's (no name or no type column) are left as they are.

// toldWords are the column words a table with no header is given for the columns its
// cells tell: words ClassifyColumn reads back as those columns.
var toldWords = map[Column]string{ColName: "Parameter", ColType: "Type", ColRequired: "Required",
	ColLocation: "Position", ColExample: "Example", ColDescription: "Description"}

// tellColumns tells the columns of rows, the cells of a table printed with no header,
// each row as many (see above): their header's words, or nil and why they are not told
// ("" where the rows are no parameter's).
func tellColumns(rows [][]string) (head []string, why string) {
	if len(rows) == 0 || len(rows[0]) < 3 {
		return nil, ""
	}
	n := len(rows[0])
	cols := make([]Column, n)
	// every reports whether every non-empty cell of column c passes test, and one at least
	// (half the rows at least, where most is asked).
	every := func(c int, most bool, test func(k int, s string) bool) bool {
		hits := 0
		for k, r := range rows {
			if s := strings.TrimSpace(r[c]); s != "" {
				if !test(k, s) {
					return false
				}
				hits++
			}
		}
		return hits > 0 && (!most || 2*hits >= len(rows))
	}
	if !every(0, true, func(_ int, s string) bool { return IsParamName(UnmarkName(s)) }) {
		return nil, ""
	}
	cols[0] = ColName
	typ := -1
	for c := 1; c < n && typ < 0; c++ {
		if every(c, true, func(_ int, s string) bool { return IsType(s) }) {
			typ, cols[c] = c, ColType
		}
	}
	if typ < 0 {
		return nil, ""
	}
	// boolExample: a column of true and false in Boolean rows only holds their examples
	boolExample := func(k int, s string) bool {
		t, _ := ReadType(rows[k][typ])
		return (s == "true" || s == "false") && t.Word == "boolean"
	}
	tell := func(col Column, test func(k int, s string) bool) string {
		at := -1
		for c := range cols {
			if cols[c] != ColOther || !every(c, false, test) || col == ColRequired && every(c, false, boolExample) {
				continue
			}
			if at >= 0 {
				return fmt.Sprintf("columns %d and %d both hold %s words", at+1, c+1, toldWords[col])
			}
			at = c
		}
		if at >= 0 {
			cols[at] = col
		}
		return ""
	}
	if why := tell(ColLocation, func(_ int, s string) bool { _, ok := ParseLocation(s); return ok }); why != "" {
		return nil, why
	}
	if why := tell(ColRequired, func(_ int, s string) bool { _, ok := ParseRequired(s); return ok }); why != "" {
		return nil, why
	}
	var left []int // the columns of text left: the description's, the example's
	for c := range cols {
		if cols[c] == ColOther {
			left = append(left, c)
		}
	}
	switch len(left) {
	case 0:
	case 1:
		cols[left[0]] = ColDescription
	case 2:
		a, b := sentences(rows, left[0]), sentences(rows, left[1])
		if a == b {
			return nil, fmt.Sprintf("columns %d and %d both hold text, and neither more sentences", left[0]+1, left[1]+1)
		}
		if a < b {
			left[0], left[1] = left[1], left[0]
		}
		cols[left[0]], cols[left[1]] = ColDescription, ColExample
	default:
		return nil, fmt.Sprintf("%d columns hold text that its cells do not tell apart", len(left))
	}
	head = make([]string, n)
	for c, col := range cols {
		head[c] = toldWords[col]
	}
	return head, ""
}

// sentences scores column c of rows as a description's: the cells holding a blank or CJK
// punctuation, by a thousand, then the runes of all its cells.
func sentences(rows [][]string, c int) int {
	n, runes := 0, 0
	for _, r := range rows {
		s := strings.TrimSpace(r[c])
		if strings.ContainsAny(s, " 。，、；：") {
			n++
		}
		runes += utf8.RuneCountInString(s)
	}
	return n*1000 + runes
}

// headlessGrid is the grid of rows, a table printed with no header on the lines from i
// to end, where tellColumns tells its columns (headOver), the columns told named in an
// info warning (GridLoss.Told); what says which printer's table it is ("sqlite3's .mode
// html"). Where the columns are not told, the grid has no rows, its lines blank and its
// rows named as dropped; where the rows are no parameter's, false.
func headlessGrid(lines []string, i, end int, rows []gridRow, what string) (grid, bool) {
	head, why := tellColumns(rowTexts(rows))
	switch {
	case head != nil:
		g := headOver(lines, i, end, head, rows, what)
		if len(g.rows) > 0 {
			g.lost = append(g.lost, GridLoss{Line: i, Names: rowNames(rows), Told: what + ": " + strings.Join(head, ", ")})
		}
		return g, true
	case why != "":
		return grid{start: i, end: end, rule: -1, lost: []GridLoss{{Line: i, Names: rowNames(rows),
			Why: what + " with no header, whose columns its cells do not tell: " + why}}}, true
	}
	return grid{}, false
}

// headOver is the grid of rows on the lines from i to end under header head, which has no
// line of its own: on line i-1, where that is blank (a table stands apart from the text
// over it). Where it is not, the grid has no rows, its lines blank and its rows named as
// dropped.
func headOver(lines []string, i, end int, head []string, rows []gridRow, what string) grid {
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return grid{start: i, end: end, rule: -1, lost: []GridLoss{{Line: i, Names: rowNames(rows),
			Why: what + " right under a line of text, which leaves no line for its header"}}}
	}
	h := gridRow{line: i - 1, cells: make([][]string, len(head))}
	for c, w := range head {
		h.cells[c] = []string{w}
	}
	return grid{start: i - 1, end: end, rule: -1, rows: append([]gridRow{h}, rows...)}
}

// rowTexts are rows' cells' texts, each cell's lines joined by line breaks.
func rowTexts(rows []gridRow) [][]string {
	out := make([][]string, len(rows))
	for k, r := range rows {
		out[k] = make([]string, len(r.cells))
		for c, parts := range r.cells {
			out[k][c] = strings.Join(parts, "\n")
		}
	}
	return out
}

// rowNames are the names in rows' first cells, for a warning (GridLoss.Names).
func rowNames(rows []gridRow) []string {
	var names []string
	for _, r := range rows {
		if len(r.cells) > 0 && len(r.cells[0]) > 0 {
			if s := strings.TrimSpace(r.cells[0][0]); s != "" {
				names = append(names, s)
			}
		}
	}
	return names
}

// headlessRows reads the rows of a table printed with no header whose cells are parted
// by "|" with no blank around it or by tabs (sqlite3's .mode list and .mode tabs with
// .headers off), opening at line i, t trimmed, under a blank line: a row a line, but that
// a cell's line breaks are written raw, so a row may go on over lines of no separator
// (the text reader reads them so under a header). Where tellColumns tells the columns of
// the rows, it returns their header, parted as the rows are, for the blank line over
// them, and the info warning naming the columns; where the rows look like a parameter
// table's but their columns are not told, no header and the warning naming them dropped.
func headlessRows(lines []string, i int, t string) (string, GridLoss, bool) {
	if i == 0 || strings.TrimSpace(lines[i-1]) != "" {
		return "", GridLoss{}, false
	}
	sep, what := "\t", "sqlite3's .mode tabs"
	if !strings.Contains(t, sep) {
		sep, what = "|", "sqlite3's .mode list"
	}
	// row reports whether line l is such a row (of a pipe table, a Muse or a wiki table
	// none: rows of other readers)
	row := func(l string) bool {
		l = strings.TrimSpace(l)
		return strings.Count(l, sep) >= 2 && (sep == "\t" || l[0] != '|' && l[len(l)-1] != '|' && !strings.Contains(l, " | "))
	}
	if !row(t) || headerCells(strings.Split(t, sep)) {
		return "", GridLoss{}, false // no row, or a header the reader under it reads
	}
	blank := func(j int) bool { return j < 0 || j >= len(lines) || strings.TrimSpace(lines[j]) == "" }
	// heading reports whether line j is a heading: a paragraph of one line between blank
	// ones that ends no sentence (a description below its row does), which no table goes
	// on over
	heading := func(j int) bool {
		return !blank(j) && blank(j-1) && blank(j+1) && !row(lines[j]) && !endsSentence(lines[j])
	}
	for j := i - 1; j >= max(0, i-maxRowGap-1) && !heading(j); j-- {
		if row(lines[j]) {
			return "", GridLoss{}, false // a row of the table above, after a cell's lines
		}
	}
	// the rows: the lines of the most separators (two at least) of those up to the
	// first run of more than maxRowGap lines of none or a paragraph of one line between
	// blank ones (a heading over the next table); a line of fewer is a row whose cell's
	// line breaks carry it on over the lines below, a line of none such a cell's line
	// going on (a row of one separator more, a description's own, is told so:
	// ownSeparator)
	var block []string
	n := -1
	for j, since := i, 0; j < len(lines) && since <= maxRowGap && len(block) < 40; j++ {
		l := strings.TrimSpace(lines[j])
		k := strings.Count(l, sep)
		if k < 2 {
			if heading(j) {
				break
			}
			since++
			continue
		}
		since = 0
		block = append(block, l)
		n = max(n, k)
	}
	var rows [][]string
	var named []gridRow
	for _, l := range block {
		if cells := strings.Split(l, sep); len(cells) == n+1 {
			rows = append(rows, cells)
			named = append(named, gridRow{cells: [][]string{{cells[0]}}})
		}
	}
	head, why := tellColumns(rows)
	if why != "" {
		if h, ok := ownSeparator(rows, sep); ok {
			head, what = h, what+`, each description holding a "`+sep+`" of its own`
		}
	}
	switch {
	case head != nil:
		return strings.Join(head, sep), GridLoss{Line: i, Names: rowNames(named), Told: what + ": " + strings.Join(head, ", ")}, true
	case why != "":
		return "", GridLoss{Line: i, Names: rowNames(named), Why: what + " with no header, whose columns its cells do not tell: " + why}, true
	}
	return "", GridLoss{}, false
}

// maxRowGap is how many lines a row of headlessRows may go on over before the next: a
// description's line breaks.
const maxRowGap = 6

// headerCells reports whether every cell of cells is a column word (a header's), the
// first a name's.
func headerCells(cells []string) bool {
	for c, s := range cells {
		col := ClassifyColumn(strings.TrimSpace(s))
		if col == ColOther || c == 0 && col != ColName {
			return false
		}
	}
	return true
}

// ownSeparator tells the columns of rows whose every description holds a separator of
// its own (sep; "Format: key|value."), which parts it into two cells of every row: the
// columns tellColumns tells where two neighbouring cells are one, the description, and
// of such pairs the one whose descriptions end a sentence most often (the other pairs cut
// a sentence: "The value. Format: key"), where one does. The header is a column short of
// the rows, whose extra cell the reader under it reads as the description's, a guess it
// names.
func ownSeparator(rows [][]string, sep string) ([]string, bool) {
	var best []string
	bestN, tie := 0, false
	for c := 1; c+1 < len(rows[0]); c++ {
		merged := make([][]string, len(rows))
		for k, r := range rows {
			merged[k] = append(append(slices.Clone(r[:c]), r[c]+sep+r[c+1]), r[c+2:]...)
		}
		head, _ := tellColumns(merged)
		if head == nil || head[c] != toldWords[ColDescription] {
			continue
		}
		n := 0
		for _, r := range merged {
			if endsSentence(r[c]) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = head, n, false
		case n == bestN:
			tie = true
		}
	}
	return best, best != nil && !tie
}

// endsSentence reports whether s ends a sentence: a full stop, a question or an
// exclamation mark, Western or CJK.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "！")
}
