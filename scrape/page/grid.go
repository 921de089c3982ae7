package page

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Tables drawn as grids are how other copies of a reference page lay parameters out: pandoc's
// grid tables and tabulate's "grid" ("+------+------+", "+======+" under the header),
// MySQL's boxes, w3m -dump and tabulate's "fancy_grid" in box drawing ("┌───┬───┐",
// "│ a │ b │", "╞═══╪═══╡"), psql's tables, which rule only the header (" a | b " over
// "---+---"), and reStructuredText's and pandoc's simple tables. PipeGrids rewrites each
// into the pipe table it draws, line for line, so that the readers read it as the Markdown
// table it is, with one implementation of what a table's header, rows and cells mean:
//
//   - the cells are where the border lines put them: the junctions ("+", "┼") of a border
//     line are the column boundaries. A row line whose separators ("|", "│") stand at those
//     character positions is cut there, so a "|" or "│" that is text of a cell (a tree's
//     "│ ├─ Key", "key|value") stays text; where they do not, at the positions counting East
//     Asian wide and full-width characters as two columns (w3m pads CJK text so; box-drawing
//     characters, East Asian ambiguous, count one); where neither holds, the line is split at
//     its separators, which must then be as many as the border's, but for a bordered grid's
//     line (opened and closed by one), split at them all the same: the readers warn about a
//     row of more or fewer cells than the header's, but for a row of one cell spanning the
//     table (a group's title, "Path parameters"), whose other cells are empty, as pipe
//     tables write it, and for a row whose separators stand at some of the boundaries: a
//     cell spanning columns is its first column's, the others empty;
//   - border lines part rows, also one with no junction inside a cell spanning columns
//     ("+-------------+-----+") or with a column left blank under a cell spanning rows
//     ("|      +------+-----+");
//   - the lines between two border lines are one row, each column's lines one cell: a
//     wrapped text joined by a space (by nothing between two wide characters, as CJK text
//     wraps with no space), a blank line in the cell and a list item ("- a", "• a") a line
//     break ("<br>"), but for a word that a column narrower than it cut into chunks
//     (pandoc's: "P" over "arameter"; tabulate's and table.el's: "Paramete" over "r"),
//     which is glued where the pieces glued read as what the column holds and joined by a
//     blank do not: a column name (headCell), a type (glueChunkedTypes), an error code
//     or a number example laid out as chunks (chunked), a name of the table's rows inside
//     another cell (glueNames); the first such part is the header. A grid whose header rule is "-" or "─"
//     and that rules no row below it (MySQL's and prettytable's boxes, w3m's one-row
//     table) has a row a line instead, but for a line under a blank name cell that goes on
//     with the row above: its type cell is empty too (a wrapped description) or goes on
//     with the row's (a type "Array of" over "String"), or psql's "+" ended a cell of the
//     line above; an unnamed row under a whole type is a row (a list's item row);
//   - a name that its column's width cut mid-word onto the line below ("InstanceChar" over
//     "geType", a line whose type cell is blank), in a grid of a row a line or of a row a
//     part, is glued whole where the piece above fills the column and the two read as a
//     name; where the piece below starts with a capital that is a guess, named (nameGoesOn),
//     but in a grid that rules every row, whose rules keep other rows out (joinNamed); a
//     column name so cut is glued where the pieces glued name a column (headCell);
//   - a grid ruled only under its header (psql) has its header on the line above the rule,
//     and a row a line as above until a line with no separators where the rule has
//     junctions (a blank line, psql's "(2 rows)"); psql's "+", in place of the blank after
//     a cell's text, marks that the text goes on in the line below, and is dropped; a
//     header whose column names hold line breaks takes the lines over it so marked, or cut
//     at the rule's junctions; the cut of a wrapped format's text at its column's width,
//     mid-word, is marked "." after the piece and before the rest, which are glued; a
//     table psql frames (\pset border 2) is a bordered grid whose marks, right before and
//     after a separator where other grids leave a blank, are read so (frameMarks);
//   - simple tables have no separators: their columns start where the runs of their rules
//     do ("=====  =====", reStructuredText's, its header between the first two rules and
//     its rows up to the third; "-----  -----" under pandoc's header, its rows up to a blank
//     line that no row follows or a line of dashes), at character positions or else at
//     display columns, and a word may not cross a column's start; a row a line as above;
//     pandoc's multiline tables, between two lines of dashes, have their columns so under a
//     header of one line or more, and a row all the lines up to a blank one. Lines under a
//     table that read as its rows but cross its columns are lost, and named (GridLoss);
//   - the rewritten table keeps the grid's line count: the header row on its first line,
//     "|---|" on the rule under it, each row on its first line, the other lines of the grid
//     blank, so that a row's line number is its line on the page. A name cell keeps the
//     blank space before a tree drawn in it ("│     └─ Key │"), which is its depth
//     (TreeDepth); cells' pipes are escaped ("\|"), but for those escaped already.
//
// A grid whose lines have a blank line between every two (a copy that doubled its line
// breaks) is read as the grid of its lines, the blank ones left blank. AsciiDoc's tables
// ("|===") are rewritten alike (asciidoc.go), and so are MediaWiki's ("{|", mediawiki.go),
// reStructuredText's list and CSV tables (".. list-table::", rsttables.go), and the vertical records of psql,
// MySQL, sqlite3 and PowerShell (vertical.go) and CSV tables (csv.go). Fenced code blocks
// ("```") are left alone: a box there is a command's output.

// gridJunctions are the characters where a border line's rules cross a column boundary:
// "+" and every corner and junction of Unicode's box drawing (U+250C–U+254B light,
// heavy and mixed, U+2552–U+256C double, U+256D–U+2570 rounded), as tables are drawn
// with any of them (rich's default "┡━╇━┩" under its header, tabulate's rounded_grid
// and lipgloss's "╭─┬─╮").
const gridJunctions = "+┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬╭╮╯╰"

// gridRules are the characters of a border line's rules; ":" marks a column's alignment
// in pandoc's grids ("+:===+").
const gridRules = "-=─━═╌╍┄┅┈┉:"

// gridSeparators are the characters that separate a row line's cells.
const gridSeparators = "|│┃║"

// Warn warns on p that the rows of l are lost; no is the 1-based line number of its first
// line.
func (l GridLoss) Warn(p *Page, no int) {
	names := make([]string, len(l.Names))
	for k, n := range l.Names {
		names[k] = strconv.Quote(n)
	}
	what := "row"
	if len(names) != 1 {
		what = "rows"
	}
	if l.Told != "" {
		p.Warn(no, "table of %s %s has no header; its columns are read from its cells (%s)", what, strings.Join(names, ", "), l.Told)
		return
	}
	if l.Elsewhere != "" {
		p.Drop(no, "table%s: its rows are in %s, which the page does not hold; none read", strings.Join(append([]string{""}, names...), " "), l.Elsewhere)
		return
	}
	if l.Why != "" {
		p.Drop(no, "%s %s dropped: %s", what, strings.Join(names, ", "), l.Why)
		return
	}
	if len(l.Pieces) > 0 {
		p.Guess(no, "row %s: its name cell's lines %s are read as one name cut at the column's width",
			strings.Join(names, ", "), strings.Join(quoteAll(l.Pieces), " and "))
		return
	}
	if l.TypeCut[0] != "" {
		p.Guess(no, "row %s: its type %q fills its column and the line below holds a type alone (%q): read as the list's item row; psql's old-ascii style with \\pset border 0 marks no cut, and no row count under the table tells whether it is that type cut where a word ends (%q)",
			strings.Join(names, ", "), l.TypeCut[0], l.TypeCut[1], l.TypeCut[0]+l.TypeCut[1])
		return
	}
	if len(l.Cut) > 0 {
		var cuts []string
		for _, c := range l.Cut {
			cuts = append(cuts, fmt.Sprintf("%q over %q", c[0], c[1]))
		}
		p.Guess(no, "row %s: its cell's lines %s fill their column between two letters and are read as one word psql cut at the column's width; its old-ascii style with \\pset border 0 marks no line break, which would part them, and the page writes each piece as a word but not the word they make",
			strings.Join(names, ", "), strings.Join(cuts, " and "))
		return
	}
	if l.Guessed {
		p.Guess(no, "%s %s: the text crosses the columns of the table drawn around it; its cells cut where its words start",
			what, strings.Join(names, ", "))
		return
	}
	p.Drop(no, "%s %s dropped: the text does not stand in the columns of the table drawn around it",
		what, strings.Join(names, ", "))
}

// GridLoss is a row of a table drawn as a grid, or a run of lines under one, that reads
// as its rows but that PipeGrids could not cut at its columns: a psql line whose
// separators stand off the rule's junctions, lost, or a row of a simple table a word of
// which crosses a column's start, cut where its words start (Guessed); or a row whose
// name cell's lines were glued into one name that the column's width cut (Pieces, a
// guess: nameGoesOn); or a table whose rows are in another file (Elsewhere: the file's
// name, Names the table's title, if any: rsttables.go); or a row of psql's table whose
// description's lines were glued as a word cut at the column's width where a line break
// may have fallen (Cut: the pieces, a guess: unsureFills), or whose type a line below,
// read as an item row, may go on from (TypeCut: the two types, a guess: unsureItemRows).
// The reader warns of them. Line is
// the first (0-based), Names the first word of each line that has one (the rows' names).
type GridLoss struct {
	Line      int
	Names     []string
	Guessed   bool
	Pieces    []string
	Elsewhere string
	Cut       [][2]string
	TypeCut   [2]string
	// Why, when set, says why the rows are lost: a csv-table's records the CSV rules do
	// not read (rsttables.go).
	Why string
	// Told, when set, says that the rows are not lost: they are a table printed with no
	// header, whose columns its cells tell (headless.go); it names the printer and the
	// columns, for an info warning.
	Told string
}

// quoteAll is ss each quoted.
func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for k, s := range ss {
		out[k] = strconv.Quote(s)
	}
	return out
}

// PipeGrids rewrites the tables drawn as grids in lines into pipe tables, line for line
// (see above). It returns the lines rewritten and true, or lines itself and false when they
// hold no grid, and the rows of the grids it could not read.
func PipeGrids(lines []string) ([]string, bool, []GridLoss) {
	var out []string
	var lost []GridLoss
	fence := ""
	drawn := -1 // the next line that opens with drawing characters (nextDrawn)
	var muse museMarks
	i := 0
	// take writes a table read at line i over its lines in out and goes on after it
	take := func(g grid) {
		if out == nil {
			out = append([]string(nil), lines...)
		}
		g.write(out)
		lost = append(lost, g.lost...)
		i = g.end
	}
	for i < len(lines) {
		t := strings.TrimSpace(lines[i])
		if fence == "" && (fenceOf(t) != "" || strings.HasPrefix(t, ":::")) {
			if g, ok := readMystTable(lines, i); ok { // (rsttables.go)
				take(g)
				continue
			}
		}
		if f := fenceOf(t); f != "" && (fence == "" || f == fence) {
			if fence == "" {
				fence = f
			} else {
				fence = ""
			}
			i++
			continue
		}
		if fence != "" {
			i++
			continue
		}
		// the readers of a table that opens at line i are given it trimmed, once
		g, ok := readVertical(lines, i, t) // (vertical.go)
		if !ok {
			g, ok = readCSV(lines, i, t) // (csv.go)
		}
		if !ok {
			g, ok = readJSONRows(lines, i, t) // (csv.go)
		}
		if !ok {
			g, ok = readSQLInsert(lines, i, t) // (sqlite.go)
		}
		if !ok {
			g, ok = readSQLiteHTML(lines, i, t) // (sqlite.go)
		}
		if !ok {
			g, ok = readBlocks(lines, i) // (vertical.go)
		}
		if !ok {
			g, ok = readMediaWiki(lines, i, t) // (mediawiki.go)
		}
		if !ok {
			g, ok = readXWiki(lines, i, t) // (xwiki.go)
		}
		if !ok {
			g, ok = readMuse(lines, i, t, &muse) // (muse.go)
		}
		if !ok {
			g, ok = readRstTable(lines, i) // (rsttables.go)
		}
		if ok {
			take(g)
			continue
		}
		if t != "" && strings.ContainsAny(t, "|\t") {
			if h, l, ok := headlessRows(lines, i, t); ok { // (headless.go)
				if out == nil {
					out = append([]string(nil), lines...)
				}
				if h != "" {
					out[i-1] = h
				}
				lost = append(lost, l)
				i++
				continue
			}
		}
		if drawn < i {
			drawn = nextDrawn(lines, i)
		}
		if drawn > i+2 {
			i++
			continue // no grid starts here (nextDrawn)
		}
		g, ok = readGrid(lines, i)
		if !ok {
			g, ok = readDoubled(lines, i)
		}
		if !ok {
			g, ok = readAsciiDoc(lines, i) // (asciidoc.go)
		}
		if !ok {
			i++
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		g.write(out)
		lost = append(lost, g.lost...)
		i = g.end
	}
	if out == nil {
		return lines, false, nil
	}
	return out, true, lost
}

// nextDrawn is the first line at or after i that opens with two drawing characters
// (junctions, rules, separators), len(lines) if none. Every grid reader (readGrid,
// readDoubled, readAsciiDoc) reads a grid from lines i, i+1 or i+2 only where one of them
// opens so (gridReader's borders, rules and dashes, asciidoc's "|==="), which prose, a
// bullet ("- Name") or a blank line never does: PipeGrids asks the readers only two lines
// above such a line or nearer, as most lines of a page are prose.
func nextDrawn(lines []string, i int) int {
	const drawn = gridJunctions + gridRules + gridSeparators
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		r1, n := utf8.DecodeRuneInString(t)
		r2, _ := utf8.DecodeRuneInString(t[n:])
		if len(t) > n && strings.ContainsRune(drawn, r1) && strings.ContainsRune(drawn, r2) {
			return i
		}
	}
	return len(lines)
}

// lineNames is the first word of each line from line i up to a blank one, before a
// separator ("|") where the line has one; a line indented deeper than line i (a row going
// on) has none.
func lineNames(lines []string, i int) []string {
	lead := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	var names []string
	for k := i; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		first, _, _ := strings.Cut(lines[k], "|")
		if f := strings.Fields(first); len(f) > 0 && lead(lines[k]) <= lead(lines[i]) {
			names = append(names, f[0])
		}
	}
	return names
}

// looksRow reports whether t reads as a row of a table of columns, not as prose: it has
// n runs of text or more parted by two blanks or more (or a tab).
func looksRow(t string, n int) bool {
	runs := 0
	for _, f := range strings.Split(strings.ReplaceAll(strings.TrimSpace(t), "\t", "  "), "  ") {
		if strings.TrimSpace(f) != "" {
			runs++
		}
	}
	return runs >= n
}

// fenceOf is the fence a line opens or closes ("```", "~~~"), or "".
func fenceOf(t string) string {
	if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
		return t[:3]
	}
	return ""
}

// grid is a table drawn as a grid: lines [start, end), its rows (the header first), the
// line of the rule under the header (-1: none) and the rows that read as its own but could
// not be read (GridLoss).
type grid struct {
	start, end int
	indent     string
	rows       []gridRow
	rule       int
	lost       []GridLoss
	title      string // written on the first line (rsttables.go)
}

// gridRow is one row of a grid: the line it starts on and its cells, each the lines of
// the cell's text in the row; marked says that a line's cell ended with psql's "+" or
// wrap mark ("."), its text going on in the line below; glued says of each cell that its
// text goes on from the line above mid-text (psql's wrap mark), to be joined with no
// blank; cut that it ends with a wrap mark, opens that it starts with one (ruledLine).
// padRows gives each row n cells at least, as a pipe table's rows have its header's cells
// (and docutils pads a list table's rows).
func padRows(rows []gridRow, n int) {
	for k := range rows {
		for len(rows[k].cells) < n {
			rows[k].cells = append(rows[k].cells, nil)
		}
	}
}

type gridRow struct {
	line       int
	cells      [][]string
	marked     bool
	glued      []bool
	cut, opens []bool
	// goesOn says the line's separators are psql's old-ascii marks, so it goes on with the
	// row above; wraps says of each cell that ";" marks its text going on mid-text
	// (oldASCIIMarks).
	goesOn bool
	wraps  []bool
	// fills says of each cell but the name that its text goes on mid-word from the line
	// above where nothing marks it (filledOn): glued where the line's name goes on too
	// (gluedName), as a line with no name is (glued); typeFills that the line, which has
	// no name, has a type of its own right under a type filling its column, a list's item
	// row or that type cut where a word ends (filledOn)
	fills     []bool
	typeFills bool
	// unsure holds, of each cell that filledOn glued, the two pieces where the page writes
	// the word they make nowhere else (pageDecides), so that a line break may have fallen
	// there as well: the guess is named (GridLoss.Cut)
	unsure [][2]string
}

// write puts the grid's pipe table into out (see PipeGrids). A name of the grid's rows cut
// across two lines of another cell is glued (glueNames). An error code or a number
// example that its column's width cut mid-word ("In" over "validParameter", "17" over
// "00000000000") is glued, as neither has a blank (chunked, glueChunks), as are the
// header's column names (headCell).
func (g *grid) write(out []string) {
	for k := g.start; k < g.end; k++ {
		out[k] = ""
	}
	if g.title != "" {
		out[g.start] = g.indent + g.title
	}
	var cols []Column // the columns, by the header
	widths := textWidths(g.rows)
	names := g.names()
	quoted := g.sqlQuoted()
	for k, r := range g.rows {
		cells := make([]string, len(r.cells))
		for c, parts := range r.cells {
			if k == 0 {
				cells[c] = headCell(parts, c == 0)
				cols = append(cols, ClassifyColumn(cells[c]))
				cells[c] = escapeCellPipes(cells[c])
				continue
			}
			if quoted {
				cells[c] = escapeCellPipes(unquoteSQL(joinCellLines(parts, false)))
				continue
			}
			if c < len(cols) && c < len(widths) && chunked(parts, widths[c]) {
				if w, ok := glueChunks(parts, chunkReader(cols[c])); ok {
					cells[c] = w
					continue
				}
			}
			if c > 0 {
				parts = glueNames(parts, names)
			}
			cells[c] = escapeCellPipes(joinCellLines(parts, c == 0))
		}
		first := cells[0]
		if !strings.HasPrefix(first, " ") {
			first = " " + first
		}
		out[r.line] = g.indent + "|" + first + " | " + strings.Join(cells[1:], " | ") + " |"
		if k == 0 && g.rule >= 0 {
			out[g.rule] = g.indent + "|" + strings.Repeat("---|", len(r.cells))
		}
	}
}

// sqlQuoted reports whether every body cell of the grid is an SQL literal, as sqlite3's
// qbox and quote modes write a table's values: a string in single quotes (a quote inside
// it doubled), a number or NULL, one string at least. The quotes are the mode's, not the
// text's (unquoteSQL).
func (g *grid) sqlQuoted() bool {
	strs := 0
	for _, r := range g.rows[min(1, len(g.rows)):] {
		for _, parts := range r.cells {
			s := joinCellLines(parts, false)
			if _, err := strconv.ParseFloat(s, 64); err == nil || s == "NULL" {
				continue
			}
			if !sqlString(s) {
				return false
			}
			strs++
		}
	}
	return strs > 0
}

// sqlString reports whether s is an SQL string literal: in single quotes, each quote
// inside doubled.
func sqlString(s string) bool {
	return len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' && !strings.Contains(strings.ReplaceAll(s[1:len(s)-1], "''", ""), "'")
}

// unquoteSQL is the text of an SQL literal s: a string's (sqlString), nothing for NULL
// (no value), else s itself.
func unquoteSQL(s string) string {
	if s == "NULL" {
		return ""
	}
	if !sqlString(s) {
		return s
	}
	return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
}

// escapeCellPipes escapes the pipes of a cell's text ("\|", UnescapePipes), but for
// those escaped already (a Markdown cell's "\|").
func escapeCellPipes(s string) string {
	if strings.IndexByte(s, '|') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && (i == 0 || s[i-1] != '\\') {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// joinCellLines is a cell's text from its lines in a row (see PipeGrids); keep keeps the
// blank space before the first line's text (a name's tree, TreeDepth). Lines go on after
// a blank, but a word wrapped after its own hyphen (HyphenWrapped) and CJK text.
func joinCellLines(parts []string, keep bool) string {
	var b strings.Builder
	brk := false // a line break is due before the next text
	for k, p := range parts {
		lead := ""
		if k == 0 && keep {
			lead = p[:len(p)-len(strings.TrimLeft(p, " \t"))]
		}
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			brk = b.Len() > 0
			continue
		case b.Len() == 0:
			b.WriteString(lead)
		case brk || bulleted(p):
			b.WriteString("<br>")
		case HyphenWrapped(b.String(), p):
		case !wideEnd(b.String()) || !wideStart(p):
			b.WriteByte(' ')
		}
		b.WriteString(p)
		brk = false
	}
	return b.String()
}

// names is the set of the grid's row names (its body's name cells, a tree drawn before
// and marks around dropped).
func (g *grid) names() map[string]bool {
	set := map[string]bool{}
	for _, r := range g.rows[min(1, len(g.rows)):] {
		if len(r.cells) == 0 {
			continue
		}
		_, n := TreeDepth(joinCellLines(r.cells[0], false))
		if n = UnmarkName(strings.TrimSpace(n)); n != "" && !strings.ContainsAny(n, " \t") {
			set[n] = true
		}
	}
	return set
}

// glueNames glues the lines of a cell (parts) where a name of the grid's rows (names)
// was cut at the end of one and the start of the next, as a narrow column cuts a word
// longer than itself in a description ("The Resourc" over "eOwnerAccount value."): the
// table's own names say that the two pieces are one word, which a description's wrap
// at its blanks would part.
func glueNames(parts []string, names map[string]bool) []string {
	if len(parts) < 2 || len(names) == 0 {
		return parts
	}
	var out []string
	for _, p := range parts {
		n := len(out)
		if n > 0 {
			above := strings.TrimRight(out[n-1], " \t")
			rest := strings.TrimLeft(p, " \t")
			a := above[strings.LastIndexAny(above, " \t")+1:]
			b, _, _ := strings.Cut(rest, " ")
			if a != "" && b != "" && !names[a] && !names[b] && names[UnmarkName(strings.TrimRight(a+b, ".,;:)"))] {
				out[n-1] = above + rest
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// chunked reports whether a cell's lines (parts) are laid out as a word's chunks where its
// column (width: the widest text in it) is narrower than the word: two lines or more, no
// blank in any, and every one but the first (pandoc's grid tables) or every one but the
// last (tabulate, table.el) filling the column.
func chunked(parts []string, width int) bool {
	var lines []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			lines = append(lines, p)
		}
	}
	if len(lines) < 2 {
		return false
	}
	fills := func(ls []string) bool {
		for _, l := range ls {
			if shownWidth(l) != width {
				return false
			}
		}
		return true
	}
	for _, l := range lines {
		if strings.ContainsAny(l, " \t") {
			return false
		}
	}
	return fills(lines[1:]) || fills(lines[:len(lines)-1])
}

// chunkReader is what a column's cell cut into chunks must read as, glued, to be glued
// (glueChunks): an error code under an error code column, a number or a JSON text with no
// blank (compactJSON) under an example column; nothing in other columns.
func chunkReader(c Column) func(string) bool {
	switch c {
	case ColErrorCode:
		return IsErrorCode
	case ColExample:
		return func(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil || compactJSON(s) }
	}
	return func(string) bool { return false }
}

// compactJSON reports whether s is a JSON object or array written with no blank: what a
// JSON example's chunks glued read as ('{"Key":"env' over '","Value":"' over 'prod"}'),
// where joined by blanks they may read as JSON too, with blanks inside its strings.
func compactJSON(s string) bool {
	return (strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")) && !strings.ContainsAny(s, " \t") && json.Valid([]byte(s))
}

// headCell is a header cell's text from its lines (joinCellLines; keep as there), but for
// a column name that its column's width cut mid-word, as pandoc's grid tables break a word
// longer than its column ("P" over "arameter", "Des" over "cription"): glued where it
// names a column so and not joined by blanks (glueChunks).
func headCell(parts []string, keep bool) string {
	text := joinCellLines(parts, keep)
	if ClassifyColumn(text) != ColOther {
		return text
	}
	glued, ok := glueChunks(parts, func(s string) bool { return ClassifyColumn(s) != ColOther })
	if !ok {
		return text
	}
	if keep {
		return text[:len(text)-len(strings.TrimLeft(text, " \t"))] + glued
	}
	return glued
}

// glueChunks reads the lines of a cell (parts) as a text that its column's width cut
// mid-word, as pandoc's grid tables, tabulate and table.el break a word longer than the
// column: it returns the lines with the fewest of them glued (no blank between) that reads
// as ok asks ("P" over "arameter": a column name; "Array of" over "Par" over "ameterDe"
// over "finition": a type), and false where the lines joined by blanks read so already,
// or no gluing does, or a blank line parts them (a paragraph, no wrap). It asks first the
// lines glued where no blank parts them (a word's chunks: rst's escape "\" over "*Desc"
// over "ribeX" reads "\*DescribeX", not "\ *DescribeX"), and of more lines than
// maxGlues+1 only those.
func glueChunks(parts []string, ok func(string) bool) (string, bool) {
	var lines []string
	for k, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			if len(lines) < k { // text after a blank line
				return "", false
			}
			lines = append(lines, p)
		}
	}
	if len(lines) < 2 || ok(joinCellLines(lines, false)) {
		return "", false
	}
	join := func(glue func(k int) bool) string { // glue(k): no blank between lines k-1 and k
		var b strings.Builder
		for k, l := range lines {
			if k > 0 && !glue(k) && (!wideEnd(lines[k-1]) || !wideStart(l)) {
				b.WriteByte(' ')
			}
			b.WriteString(l)
		}
		return b.String()
	}
	// a word's chunks, a long word's many: glued where no blank parts them, first
	if s := join(func(k int) bool { return !strings.Contains(lines[k-1], " ") && !strings.Contains(lines[k], " ") }); ok(s) || len(lines) > maxGlues+1 {
		return s, ok(s)
	}
	best, glues := "", len(lines)
	for mask := 1; mask < 1<<(len(lines)-1); mask++ { // bit k-1: glue lines k-1 and k
		n := bits.OnesCount(uint(mask))
		if n >= glues {
			continue
		}
		if s := join(func(k int) bool { return mask&(1<<(k-1)) != 0 }); ok(s) {
			best, glues = s, n
		}
	}
	return best, best != ""
}

// maxGlues bounds the places where glueChunks tries gluing a cell's lines (a column name
// or a type of a few words, each maybe cut).
const maxGlues = 5

// bulleted reports whether a line of a cell opens a list item: a value bullet
// (CutValueBullet: "- a", "• a", "・a") or "* a".
func bulleted(p string) bool {
	_, ok := CutValueBullet(p)
	return ok || strings.HasPrefix(p, "* ")
}

// wideStart and wideEnd report whether s starts or ends with a wide character.
func wideStart(s string) bool { r, _ := utf8.DecodeRuneInString(s); return RuneWidth(r) == 2 }
func wideEnd(s string) bool   { r, _ := utf8.DecodeLastRuneInString(s); return RuneWidth(r) == 2 }

// RuneWidth is how many columns r takes in a dump: two for East Asian wide and full-width
// characters, one for others.
func RuneWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// displayCols returns the display column of each of rs (RuneWidth) and their width.
func displayCols(rs []rune) (at []int, w int) {
	at = make([]int, 0, len(rs))
	for _, r := range rs {
		at = append(at, w)
		w += RuneWidth(r)
	}
	return at, w
}

// borderCols returns the column boundaries of a border line t (trimmed): the rune
// positions of its junctions. A border line is rules and junctions only, opens and closes
// with a junction and has two columns or more, no two junctions side by side; a tree drawn
// before a name ("└─ Name") has text after it. open is false for psql's rule, which has
// junctions only between columns ("---+---"); then it returns the junctions' positions.
func borderCols(t string, open bool) ([]int, bool) {
	var cols []int
	n, last := 0, -2
	for _, r := range t {
		switch {
		case strings.ContainsRune(gridJunctions, r):
			if last == n-1 {
				return nil, false
			}
			cols, last = append(cols, n), n
		case !strings.ContainsRune(gridRules, r):
			return nil, false
		}
		n++
	}
	if open {
		return cols, len(cols) >= 3 && cols[0] == 0 && cols[len(cols)-1] == n-1
	}
	return cols, len(cols) >= 1 && cols[0] > 0 && cols[len(cols)-1] < n-1
}

// rulesSpans reports whether t (trimmed) is a border line of a grid whose column
// boundaries are cols, or a part of one: at each boundary a junction or a separator, and
// between two the rule or blanks, the rule at least once. One under or over a cell that
// spans columns has no junction inside the span ("+-------------+-----+"); one under a
// cell that spans rows leaves its column blank ("|      +------+-----+"), which ends the
// row all the same (the readers tell of the row under it, which has no name).
func rulesSpans(t string, cols []int) bool {
	rs := []rune(t)
	if len(rs) != cols[len(cols)-1]+1 {
		return false
	}
	ruled := false
	kind := byte(0) // the stretch between two boundaries: 'r' rules, 'b' blanks
	for k, r := range rs {
		switch {
		case slices.Contains(cols, k) && strings.ContainsRune(gridJunctions+gridSeparators, r):
			kind = 0
		case k == 0 || k == len(rs)-1:
			return false
		case strings.ContainsRune(gridRules, r) && kind != 'b':
			kind, ruled = 'r', true
		case r == ' ' && kind != 'r':
			kind = 'b'
		default:
			return false
		}
	}
	return ruled
}

// ruleOf reports what a border line's rules are drawn with: '=' for "=" and "═" (a header
// rule), '-' for others.
func ruleOf(t string) byte {
	if strings.ContainsAny(t, "=═") {
		return '='
	}
	return '-'
}

// readGrid reads the grid that starts at line i, if one does (gridReader).
func readGrid(lines []string, i int) (grid, bool) {
	next := ""
	if i+1 < len(lines) {
		next = lines[i+1]
	}
	if read := gridReader(lines[i], next); read != nil {
		return read(lines, i)
	}
	return grid{}, false
}

// gridReader is the reader of the grid whose first line is first and whose second is next
// ("" past the last line), or nil where no grid starts so: a bordered grid or an rst table
// from its top border, pandoc's multiline table from its line of dashes, a psql or pandoc
// simple table from its header line. Only the two lines tell which, so a caller can ask
// before it gathers the grid's lines (readDoubled).
func gridReader(first, next string) func(lines []string, i int) (grid, bool) {
	t := strings.TrimSpace(first)
	if t == "" {
		return nil
	}
	indent := first[:strings.Index(first, t)]
	if cols, ok := borderCols(t, true); ok {
		return func(lines []string, i int) (grid, bool) { return readBordered(lines, i, indent, cols) }
	}
	if spans, ch := ruleSpans(strings.TrimPrefix(first, indent)); ch == '=' {
		return func(lines []string, i int) (grid, bool) { return readSimple(lines, i, indent, spans, true) }
	}
	if dashLine(t) {
		return func(lines []string, i int) (grid, bool) { return readMultiline(lines, i, indent) }
	}
	if spans, ch := ruleSpans(strings.TrimPrefix(first, indent)); ch == '-' {
		return func(lines []string, i int) (grid, bool) { return readHeaderless(lines, i, indent, spans) }
	}
	// psql pads its lines' first cell with a space, not the rule's: the indent is next's
	u := strings.TrimSpace(next)
	under := next[:strings.Index(next, u)]
	if !strings.HasPrefix(first, under) {
		return nil
	}
	if cols, ok := borderCols(u, false); ok {
		width := utf8.RuneCountInString(u)
		return func(lines []string, i int) (grid, bool) { return readRuled(lines, i, under, cols, width) }
	}
	if spans, ch := ruleSpans(strings.TrimPrefix(next, under)); ch == '-' {
		return func(lines []string, i int) (grid, bool) { return readSimple(lines, i, under, spans, false) }
	}
	return nil
}

// readDoubled reads the grid that starts at line i of a copy that put a blank line between
// every two of its lines (a copy out of a browser doubles line breaks): the grid of lines
// i, i+2, i+4... as long as the lines between are blank, its lines mapped back.
func readDoubled(lines []string, i int) (grid, bool) {
	if i+2 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" || strings.TrimSpace(lines[i+2]) == "" {
		return grid{}, false
	}
	read := gridReader(lines[i], lines[i+2])
	if read == nil {
		return grid{}, false // gather no lines for a line that starts no grid
	}
	// the lines over line i, which a psql table's header takes where its column names
	// hold line breaks (headLines), a few at most
	top := i
	for n := 0; n < maxHeadLines && top >= 2 && strings.TrimSpace(lines[top-1]) == "" && strings.TrimSpace(lines[top-2]) != ""; n++ {
		top -= 2
	}
	var view []string
	for k := top; k < i; k += 2 {
		view = append(view, lines[k])
	}
	first := len(view)
	view = append(view, lines[i])
	for k := i + 2; k < len(lines) && strings.TrimSpace(lines[k-1]) == ""; k += 2 {
		view = append(view, lines[k])
	}
	g, ok := read(view, first)
	if !ok {
		return grid{}, false
	}
	at := func(k int) int { return top + 2*k }
	g.start, g.end = at(g.start), at(g.end-1)+1
	if g.rule >= 0 {
		g.rule = at(g.rule)
	}
	for k := range g.rows {
		g.rows[k].line = at(g.rows[k].line)
	}
	return g, true
}

// maxHeadLines is how many lines over a doubled psql table's header line readDoubled lets
// its header take (a column name of that many line breaks).
const maxHeadLines = 8

// dashLine reports whether t (trimmed) is a line of dashes only, three or more: what
// opens and closes pandoc's multiline tables.
func dashLine(t string) bool {
	return len(t) >= 3 && strings.Trim(t, "-") == ""
}

// readMultiline reads pandoc's multiline table from the line of dashes over it at line i:
// its header lines, the rule under them whose runs of dashes are its columns (spans),
// rows parted by blank lines, each of its lines cut at the columns, and a line of dashes
// under them. Both lines of dashes are as wide as the rule or wider, which a heading's
// underline ("Response\n--------") hardly is; a table not closed so is none.
func readMultiline(lines []string, i int, indent string) (grid, bool) {
	g := grid{start: i, indent: indent, rule: -1}
	var spans [][2]int
	var head []gridRow
	j := i + 1
	for ; j < len(lines) && g.rule < 0; j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if !ok || strings.TrimSpace(raw) == "" {
			return grid{}, false
		}
		if sp, ch := ruleSpans(raw); ch == '-' {
			spans, g.rule = sp, j
			continue
		}
		head = append(head, gridRow{line: j, cells: [][]string{{raw}}})
	}
	if g.rule < 0 || len(head) == 0 {
		return grid{}, false
	}
	width := spans[len(spans)-1][1]
	if len(strings.TrimSpace(lines[i])) < width {
		return grid{}, false
	}
	for k, h := range head {
		cells, ok := cutSpans(h.cells[0][0], spans)
		if !ok {
			return grid{}, false
		}
		head[k].cells = cells
	}
	g.rows = []gridRow{joinRows(head)}
	var cur []gridRow
	for ; j < len(lines); j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		t := strings.TrimSpace(raw)
		switch {
		case t == "" || dashLine(t):
			if len(cur) > 0 {
				g.rows, cur = append(g.rows, joinRows(cur)), nil
			}
			if t != "" {
				g.end = j + 1
				return g, len(t) >= width
			}
			continue
		case !ok:
			return grid{}, false
		}
		cells, ok := cutSpans(raw, spans)
		if !ok {
			return grid{}, false
		}
		cur = append(cur, gridRow{line: j, cells: cells})
	}
	return grid{}, false
}

// readHeaderless reads a table pandoc writes with no header (an HTML table whose column
// words are a body row, no <thead>): a rule of dashes a column (spans) at line i, the rows,
// and the same rule under them; a row a line (byLines), or, in a table with a blank line
// among its rows (a multiline one), all the lines up to a blank one. Its first row is the
// header: the readers tell a table by its column words wherever they stand, and the
// rewritten table has it on the top rule's line, "|---|" on its own first line.
func readHeaderless(lines []string, i int, indent string, spans [][2]int) (grid, bool) {
	var parts [][]gridRow // the rows' lines, a part for each run up to a blank line
	var cur []gridRow
	for j := i + 1; j < len(lines); j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if !ok && strings.TrimSpace(lines[j]) != "" {
			return grid{}, false
		}
		if sp, ch := ruleSpans(raw); ch == '-' && slices.Equal(sp, spans) {
			if len(cur) > 0 {
				parts = append(parts, cur)
			}
			if len(parts) == 0 || len(parts[0]) == 0 {
				return grid{}, false
			}
			return headerlessGrid(i, j+1, indent, parts), true
		}
		if strings.TrimSpace(raw) == "" {
			if len(cur) > 0 {
				parts, cur = append(parts, cur), nil
			}
			continue
		}
		cells, ok := cutSpans(raw, spans)
		if !ok {
			return grid{}, false
		}
		cur = append(cur, gridRow{line: j, cells: cells})
	}
	return grid{}, false // no closing rule: no such table
}

// headerlessGrid is the grid of readHeaderless's table over lines [start, end): its
// rows' lines by parts (a single part: a row a line).
func headerlessGrid(start, end int, indent string, parts [][]gridRow) grid {
	g := grid{start: start, end: end, indent: indent}
	var head gridRow
	var body []gridRow
	if len(parts) == 1 {
		head = parts[0][0]
		body, g.lost = byLines(head, parts[0][1:])
	} else {
		head = joinRows(parts[0])
		for _, p := range parts[1:] {
			body = append(body, joinRows(p))
		}
	}
	g.rule, head.line = head.line, start
	g.rows = append([]gridRow{head}, body...)
	return g
}

// ruleSpans reads a simple table's rule: runs of "=" (reStructuredText) or "-" (pandoc;
// "─" in psql's unicode line style), two characters long or more, parted by spaces, two
// runs or more. It returns the runs'
// [start, end) rune positions and their character, 0 for a line that is no such rule.
func ruleSpans(t string) ([][2]int, byte) {
	t = strings.TrimRight(t, " \t")
	if strings.HasPrefix(t, "─") && strings.Trim(t, "─ ") == "" {
		t = strings.ReplaceAll(t, "─", "-") // psql's unicode line style (a run's positions kept)
	}
	if t == "" || t[0] != '=' && t[0] != '-' {
		return nil, 0
	}
	ch := t[0]
	var spans [][2]int
	for k := 0; k < len(t); {
		switch {
		case t[k] == ch:
			e := k
			for e < len(t) && t[e] == ch {
				e++
			}
			if e-k < 2 {
				return nil, 0
			}
			spans = append(spans, [2]int{k, e})
			k = e
		case t[k] == ' ':
			k++
		default:
			return nil, 0
		}
	}
	if len(spans) < 2 {
		return nil, 0
	}
	return spans, ch
}

// readSimple reads a simple table, whose columns are where its rule's runs are (spans):
// reStructuredText's (rst) from its top rule at line i, the header, a rule, the rows and
// a bottom rule; pandoc's from its header at line i, the rule under it and the rows up
// to a blank line that no row follows (nextRow) or a line of dashes. A row is a line, but
// for one that goes on with the row above (byLines).
func readSimple(lines []string, i int, indent string, spans [][2]int, rst bool) (grid, bool) {
	g := grid{start: i, indent: indent, rule: -1}
	var parts [][]gridRow
	var cur []gridRow
	var wraps []bool                // the columns whose text the line above cut mid-word (rowMarks)
	above, aboveMarked := "", false // the row line above, and whether psql marked it
	unmarked := false               // psql's table, whose cuts may be unmarked (filledOn)
	desc := -1                      // its description column (unsureFills)
	j := i
	if rst {
		j++
	} else {
		head := simpleHead(lines, i, indent, spans)
		if head == nil {
			return grid{}, false
		}
		parts, g.rule, j = [][]gridRow{head}, i+1, i+2
		g.start = head[0].line
		hl, _, _ := headMarks(strings.TrimPrefix(lines[i], indent), spans)
		if unmarked = centredHead(hl, spans); unmarked {
			desc = descColumn(joinRows(head))
		}
	}
	for ; j < len(lines); j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if !ok {
			break
		}
		if sp, _ := ruleSpans(raw); rst && sp != nil && slices.Equal(sp, spans) {
			parts, cur = append(parts, cur), nil
			if len(parts) == 1 && rstEnds(lines, j+1, indent) {
				g.end = j + 1
				return rstHeaderless(g, parts[0])
			}
			if len(parts) == 1 {
				g.rule = j
			}
			if len(parts) == 2 {
				j++
				break
			}
			continue
		}
		t := strings.TrimSpace(raw)
		if t == "" && !rst && len(cur) > 0 && padsColumns(raw, spans) {
			// psql's blank line inside a cell (\pset border 0): the row's other columns padded
			cur = append(cur, gridRow{line: j, cells: make([][]string, len(spans)), goesOn: true})
			for c := range spans {
				cur[len(cur)-1].cells[c] = []string{""}
			}
			wraps, above, aboveMarked = nil, "", false
			continue
		}
		if t == "" {
			if rst {
				continue // rst parts rows by blank lines at will; its rule ends the table
			}
			if len(cur) == 0 {
				// a blank line right under the header's rule: a table of no rows (psql's and
				// pandoc's write their first row right under the rule), whose next text (a
				// heading) is none of its rows
				break
			}
			full, typed := filled(cur)
			k := nextRow(lines, j, indent, spans, full, typed)
			if k < 0 {
				break
			}
			j = k - 1
			continue
		}
		if !rst && len(cur) > 0 && dashLine(strings.ReplaceAll(t, " ", "")) {
			j++ // the line of dashes that may close pandoc's table
			break
		}
		var cut []bool
		marked := false // a mark says the line below goes on with the row
		if !rst {
			raw, cut, marked = rowMarks(raw, spans, goesOnBelow(lines, j+1, indent, spans))
		}
		cells, ok := cutSpans(raw, spans)
		if !ok && len(parts) > 0 && looksRow(raw, 2) {
			// a row whose words cross the columns: cut where its words start, a guess
			cells, ok = cutWords(raw, spans), true
			g.lost = append(g.lost, GridLoss{Line: j, Names: strings.Fields(t)[:1], Guessed: true})
		}
		if !ok || !rst && noteUnder(lines, j, cells) {
			break
		}
		glued := wrapsOn(raw, spans, wraps)
		var fills []bool
		var unsure [][2]string
		typeFills := false
		if unmarked && wraps == nil && !aboveMarked && len(cur) > 0 {
			if fills, typeFills = filledOn(above, raw, spans); blankCell(cells[0]) {
				glued = fills
				unsure = unsureFills(lines, j, above, raw, spans, fills, desc)
			} else {
				typeFills = false
			}
		}
		cur = append(cur, gridRow{line: j, cells: cells, glued: glued, marked: marked, fills: fills, typeFills: typeFills, unsure: unsure})
		wraps, above, aboveMarked = cut, raw, marked || cut != nil
	}
	if !rst {
		parts = append(parts, cur)
	}
	if len(parts) != 2 || len(parts[0]) == 0 {
		return grid{}, false // an rst table not closed, or with no header
	}
	g.end = j
	head := joinRows(parts[0])
	body, lost := byLines(head, parts[1])
	if n, ok := psqlRowCount(lines, j, indent); ok && len(body) > n && !rst && typeCuts(parts[1]) == len(body)-n {
		// psql counts fewer rows than read: the lines read as a list's item rows under a
		// type filling its column are that type cut where a word ends
		for k := range parts[1] {
			if l := &parts[1][k]; l.typeFills {
				l.glued = make([]bool, len(l.cells))
				l.glued[1] = true
			}
		}
		body, lost = byLines(head, parts[1])
	} else if !ok || len(body) != n {
		lost = append(lost, unsureItemRows(body)...)
	}
	g.rows, g.lost = append([]gridRow{head}, body...), append(g.lost, lost...)
	return g, true
}

// unsureItemRows is the losses to warn of for the rows of a psql table read as a list's
// item rows under a type that fills its column (gridRow.typeFills) where no row count
// tells whether they are (psqlRowCount): the type above ends in a word that is no type
// word ("Array of Tag" over "Object"), so it may be that type cut where a word ends
// ("Array of TagObject"). Where it ends in a type word ("Array of Object" over
// "Object") the line is the item row, sure.
func unsureItemRows(body []gridRow) []GridLoss {
	var lost []GridLoss
	for k, r := range body {
		if !r.typeFills || k == 0 || len(body[k-1].cells) < 2 || len(r.cells) < 2 {
			continue
		}
		list := joinCellLines(body[k-1].cells[1], false)
		last := list[strings.LastIndexFunc(list, unicode.IsSpace)+1:]
		if typeWords[CanonicalType(strings.ToLower(last))] {
			continue
		}
		item := joinCellLines(r.cells[1], false)
		lost = append(lost, GridLoss{Line: body[k-1].line, Names: []string{namePiece(body[k-1])}, Guessed: true, TypeCut: [2]string{list, item}})
	}
	return lost
}

// psqlRowCount is the count of rows psql writes at line j under a table ("(7 rows)",
// "(1 row)"), if line j is one.
func psqlRowCount(lines []string, j int, indent string) (int, bool) {
	if j >= len(lines) {
		return 0, false
	}
	t, ok := strings.CutPrefix(lines[j], indent)
	if !ok {
		return 0, false
	}
	t, ok = strings.CutPrefix(strings.TrimSpace(t), "(")
	if !ok {
		return 0, false
	}
	num, rest, _ := strings.Cut(t, " ")
	n, err := strconv.Atoi(num)
	if err != nil || rest != "rows)" && rest != "row)" {
		return 0, false
	}
	return n, true
}

// typeCuts is how many of a simple table's lines psql's old-ascii style may have cut
// from the type above where a word ends (gridRow.typeFills).
func typeCuts(lines []gridRow) int {
	n := 0
	for _, l := range lines {
		if l.typeFills {
			n++
		}
	}
	return n
}

// rstEnds reports whether the rule of a reStructuredText simple table over line k ends
// the table: the end of the lines, a blank line or a line out of its indent follows it, as
// docutils reads it (a header's rule has a row under it).
func rstEnds(lines []string, k int, indent string) bool {
	if k >= len(lines) {
		return true
	}
	raw, ok := strings.CutPrefix(lines[k], indent)
	return !ok || strings.TrimSpace(raw) == ""
}

// rstHeaderless is the grid g of a reStructuredText simple table with no header (its
// second rule ends it: rstEnds), whose lines are lines: its first row is the header, as
// pandoc writes an HTML table whose column words are a body row (readHeaderless).
func rstHeaderless(g grid, lines []gridRow) (grid, bool) {
	if len(lines) == 0 {
		return grid{}, false
	}
	lost := g.lost
	g = headerlessGrid(g.start, g.end, g.indent, [][]gridRow{lines})
	g.lost = append(lost, g.lost...)
	return g, true
}

// simpleHead is the header of a simple table whose rule (its runs at spans) is under line
// i: line i, and the lines over it that psql writes with \pset border 0 where a column name
// holds line breaks: it marks each line that goes on below with "+" after a column's text
// (ascii line style; "↵" in the unicode one) or each line that goes on with the one above
// with "+" before every column's but the first's (old-ascii), in the blank that parts two
// columns. The marks are
// dropped (headMarks). nil where line i does not cut at the columns.
func simpleHead(lines []string, i int, indent string, spans [][2]int) []gridRow {
	var head []gridRow
	below := false // the line under k opens every column but the first with old-ascii's mark
	for k := i; k >= 0; k-- {
		raw, ok := strings.CutPrefix(lines[k], indent)
		if !ok || strings.TrimSpace(raw) == "" {
			break
		}
		t, marked, every := headMarks(raw, spans)
		if k < i && !marked && !below {
			break
		}
		cells, ok := cutSpans(t, spans)
		if !ok {
			break
		}
		head = append([]gridRow{{line: k, cells: cells}}, head...)
		below = every
	}
	return head
}

// headMarks is a simple table's header line t with psql's "+" or "↵" (simpleHead) in the blank
// before each column but the first, or right after the last, dropped: at display columns,
// as psql pads. marked says t had one, every that the blank before every column but the
// first held one.
func headMarks(t string, spans [][2]int) (string, bool, bool) {
	if !strings.ContainsAny(t, "+↵") {
		return t, false, false
	}
	rs := []rune(t)
	at, _ := displayCols(rs)
	gap := func(c int) (last, ok bool) {
		for k, s := range spans {
			if k > 0 && c == s[0]-1 {
				return false, true
			}
		}
		return true, c == spans[len(spans)-1][1]
	}
	marks, inner := 0, 0
	for k, r := range rs {
		if last, ok := gap(at[k]); ok && (r == '+' || r == '↵') {
			rs[k] = ' '
			marks++
			if !last {
				inner++
			}
		}
	}
	return string(rs), marks > 0, inner == len(spans)-1
}

// psqlRowMarks are the marks psql writes after a cell's text with \pset border 0 (its ascii
// and unicode line styles): a wrap mark, where its column's width cut the text mid-word,
// or a line break's.
const (
	psqlWrapMarks = ".…"
	psqlRowMarks  = psqlWrapMarks + "+↵"
)

// rowMarks drops psql's marks (psqlRowMarks) from a row line t of a simple table (its
// rule's runs at spans) that psql prints with \pset border 0: right after a column's run,
// in the blank that parts it from the next, or after the last column's run where the
// line ends there and the line below goes on with the row (goesOn) or a mark before it
// says so (a name cut: the line below has the name's rest). A simple table of
// another tool leaves that blank blank and its last column unmarked. It returns t with
// the marks blanked, whether it had one (the line below then goes on with the row), and
// which columns a wrap mark cut mid-word (their text goes on on the
// line below, glued where it starts there with no blank: wrapsOn; nil for none; a cut
// after a blank parts words).
func rowMarks(t string, spans [][2]int, goesOn bool) (string, []bool, bool) {
	if !strings.ContainsAny(t, psqlRowMarks) {
		return t, nil, false
	}
	marked := false
	rs := []rune(strings.TrimRight(t, " \t"))
	at, _ := displayCols(rs)
	var cut []bool
	for k, r := range rs {
		if !strings.ContainsRune(psqlRowMarks, r) {
			continue
		}
		for c, s := range spans {
			last := c == len(spans)-1
			if at[k] != s[1] || !last && at[k] >= spans[c+1][0] || last && (!goesOn && !marked || k != len(rs)-1) {
				continue
			}
			rs[k], marked = ' ', true
			if strings.ContainsRune(psqlWrapMarks, r) && k > 0 && !unicode.IsSpace(rs[k-1]) {
				if cut == nil {
					cut = make([]bool, len(spans))
				}
				cut[c] = true
			}
		}
	}
	return string(rs), cut, marked
}

// wrapsOn is which columns of row line t of a simple table (its rule's runs at spans) go
// on mid-word with the line above, which a wrap mark cut (cut): those whose text starts
// right at the column's start, a blank there parting two words.
func wrapsOn(t string, spans [][2]int, cut []bool) []bool {
	if cut == nil {
		return nil
	}
	rs := []rune(t)
	at, _ := displayCols(rs)
	glued := make([]bool, len(cut))
	for p, r := range rs {
		for c, s := range spans {
			if cut[c] && at[p] == s[0] {
				glued[c] = !unicode.IsSpace(r)
			}
		}
	}
	return glued
}

// padsColumns reports whether a line of blanks only, t, under a row of a simple table (its
// rule's runs at spans) is a line of the row, not a blank line after it: it reaches the
// last column, as psql pads the columns of a line where a cell holds an empty line (\pset
// border 0 in its old-ascii line style, which marks no line break).
func padsColumns(t string, spans [][2]int) bool {
	return len(spans) > 1 && shownWidth(strings.TrimRight(t, "\r\n")) >= spans[len(spans)-1][0]
}

// centredHead reports whether t, the header line of a simple table over its rule (its runs
// at spans), centres its column names as psql does, which no other simple table here
// does: each name but the last's (its trailing blanks are trimmed) has as many blanks
// before it as after it in its run, or one fewer, and one at least has some.
func centredHead(t string, spans [][2]int) bool {
	rs := []rune(t)
	at, _ := displayCols(rs)
	some := false
	for _, s := range spans[:len(spans)-1] {
		first, last := -1, -1
		for k, r := range rs {
			if at[k] >= s[0] && at[k] < s[1] && !unicode.IsSpace(r) {
				if first < 0 {
					first = at[k]
				}
				last = at[k] + RuneWidth(r)
			}
		}
		if first < 0 {
			return false
		}
		lead, trail := first-s[0], s[1]-last
		if trail < lead || trail > lead+1 {
			return false
		}
		some = some || lead > 0
	}
	return some
}

// filledOn is which columns of row line t of a simple table (its rule's runs at spans), a
// line going on with the row above it (above), go on mid-word with the text above where
// nothing marks a cut, as psql's old-ascii line style with \pset border 0 writes the
// wrapped format (a table whose header psql centres, centredHead): the text above fills its column to the run's end and t's starts right
// at the column's start, both a letter or a digit there (a line break that happens to
// fill the column mostly ends in a stop or a colon, which this keeps apart), but for a
// type that is one by itself (a list's item row under its list, or the type above cut
// where a word ends: "Array of Tag" over "Object"; typeFills says so, for psql's row
// count to tell). The name column is nameGoesOn's. nil where none does.
func filledOn(above, t string, spans [][2]int) (glued []bool, typeFills bool) {
	if above == "" {
		return nil, false
	}
	runeAt := func(s string, col int) rune {
		rs := []rune(s)
		at, _ := displayCols(rs)
		for k, c := range at {
			if c == col {
				return rs[k]
			}
		}
		return ' '
	}
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for c, s := range spans {
		if c == 0 || !alnum(runeAt(above, s[1]-1)) || !alnum(runeAt(t, s[0])) {
			continue
		}
		if cells, ok := cutSpans(t, spans); c == 1 && ok && IsType(joinCellLines(cells[1], false)) {
			typeFills = true
			continue // a type of its own under a whole one: an item row ("Array of String" over "String")
		}
		if glued == nil {
			glued = make([]bool, len(spans))
		}
		glued[c] = true
	}
	return glued, typeFills
}

// unsureFills is the pieces of the word filledOn glued across line j-1, above, and line
// j, t (fills), in the description column (desc), which alone holds line breaks, where the page
// does not decide. psql's old-ascii style with \pset border 0 marks neither a cut nor a
// line break, so a line break whose line happens to fill its column between two letters
// ("…billing type" over "PrePaid …") reads as a cut, and nothing of the table tells them
// apart: a column psql's wrapped format narrowed is still as wide as its header or wider,
// its lines, cut or broken, as long as it or shorter, and the row's other lines go on
// alike. The page's words do: the word the pieces make written elsewhere on the page says
// it was cut ("instan" over "ce", "instance" in a row above), a piece the page writes as
// a word nowhere else ("perfo" over "rm") too, as a line break leaves words whole (a word
// within a line: at a line's end or start it may be another such piece); two pieces that
// are each a word of the page's and make none of its words are unsure (GridLoss.Cut names
// them).
func unsureFills(lines []string, j int, above, t string, spans [][2]int, fills []bool, desc int) [][2]string {
	if desc < 0 || desc >= len(fills) || !fills[desc] || j < 1 {
		return nil
	}
	a, _ := cutSpans(above, spans)
	b, _ := cutSpans(t, spans)
	if desc >= len(a) || desc >= len(b) {
		return nil
	}
	w1 := lastText(a[desc])
	w1 = w1[strings.LastIndexFunc(w1, notAlnum)+1:]
	w2 := strings.TrimSpace(joinCellLines(b[desc], false))
	if k := strings.IndexFunc(w2, notAlnum); k >= 0 {
		w2 = w2[:k]
	}
	if w1 == "" || w2 == "" || pageWord(lines, j, w1+w2, false) || !pageWord(lines, j, w1, true) || !pageWord(lines, j, w2, true) {
		return nil
	}
	return [][2]string{{w1, w2}}
}

// pageWord reports whether a line of the page holds word w whole: no letter or digit right
// before or after it; inside, on a line but j-1 and j (whose pieces are asked about),
// with text before and after it on the line, as a piece of another word cut so (at a
// line's end or start) is not.
func pageWord(lines []string, j int, w string, inside bool) bool {
	for k, l := range lines {
		if inside && (k == j-1 || k == j) {
			continue
		}
		if inside {
			l = strings.TrimSpace(l)
		}
		for at := 0; ; {
			n := strings.Index(l[at:], w)
			if n < 0 {
				break
			}
			n += at
			before, _ := utf8.DecodeLastRuneInString(l[:n])
			after, _ := utf8.DecodeRuneInString(l[n+len(w):])
			if inside && (n == 0 || n+len(w) == len(l)) {
				at = n + len(w)
				continue
			}
			if (n == 0 || notAlnum(before)) && (n+len(w) == len(l) || notAlnum(after)) {
				return true
			}
			at = n + len(w)
		}
	}
	return false
}

// descColumn is the index of the description column of a grid's header row, -1 if none.
func descColumn(head gridRow) int {
	for c, parts := range head.cells {
		if ClassifyColumn(headCell(parts, c == 0)) == ColDescription {
			return c
		}
	}
	return -1
}

// notAlnum reports whether r is no letter or digit.
func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// goesOnBelow reports whether line k of a simple table (its rule's runs at spans) goes on
// with the row above: it has text, none in the first column.
func goesOnBelow(lines []string, k int, indent string, spans [][2]int) bool {
	if k >= len(lines) || len(spans) < 2 {
		return false
	}
	raw, ok := strings.CutPrefix(lines[k], indent)
	if !ok || strings.TrimSpace(raw) == "" {
		return false
	}
	rs := []rune(raw)
	at, _ := displayCols(rs)
	for p, r := range rs {
		if at[p] >= spans[1][0] {
			break
		}
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// noteUnder reports whether line j of a simple table, cut into cells, is a line under its
// rows rather than one of them: text in the name column only that is no name (after a
// tree drawn before it), and a blank line or the page's end after it, as psql writes
// its row count under a table with \pset border 0 ("(2 rows)").
func noteUnder(lines []string, j int, cells [][]string) bool {
	l := gridRow{cells: cells}
	if !nameAlone(l) || j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
		return false
	}
	_, name := TreeDepth(strings.TrimSpace(cells[0][0]))
	return !IsParamName(name)
}

// nextRow is the line after the blank line j of pandoc's simple table (columns at spans)
// that goes on with the table, or -1: a line of dashes, which closes it, or the first line
// of a row parted from the others by blank lines (as a multiline table that lost its
// lines of dashes has them), which has a name and another cell, or no name and a type (a
// list's item row), or a name alone before a row (itemRowAlone), a type (over the row's
// lines: "Array of" over "Tag") where the rows' first lines all have one (typed), else text in
// every column but the name's that they all have (full), and is no header of a table of
// its own (no rule under it): a heading after the table ("## Response body") is none. A
// line of three runs of text parted by two blanks that the columns cannot cut is a row
// all the same, its cells a guess (cutWords).
func nextRow(lines []string, j int, indent string, spans [][2]int, full []bool, typed bool) int {
	k := nextText(lines, j+1)
	if k >= len(lines) {
		return -1
	}
	raw, ok := strings.CutPrefix(lines[k], indent)
	if !ok {
		return -1
	}
	if dashLine(strings.ReplaceAll(strings.TrimSpace(raw), " ", "")) {
		return k
	}
	cells, ok := cutSpans(raw, spans)
	if !ok && looksRow(raw, 3) && !ruleNext(lines, k) {
		return k // a row whose words cross the columns
	}
	if !ok || len(cells) < 2 {
		return -1
	}
	n := 0
	for _, c := range cells {
		if !blankCell(c) {
			n++
		}
	}
	if n == 1 && itemRowAlone(lines, k, indent, spans, full, typed, cells) {
		return k
	}
	if blankCell(cells[0]) && !typeCell(cells[1][0]) || n < 2 {
		return -1
	}
	if typed {
		if !typeCell(cells[1][0]) && !typeCell(typeLines(lines, k, indent, spans)) {
			return -1
		}
	} else {
		for c := 1; c < len(full) && c < len(cells); c++ {
			if full[c] && blankCell(cells[c]) {
				return -1
			}
		}
	}
	if k+1 < len(lines) {
		if _, ch := ruleSpans(strings.TrimPrefix(lines[k+1], indent)); ch == '-' {
			return -1
		}
	}
	return k
}

// itemRowAlone reports whether line k of pandoc's simple table, cut into cells, is a
// wrapper's item row parted from the others by blank lines: a name alone in the name
// column ("Disk" under "Disks  Array of Disk", as legacy pages name a list's items), in a
// table whose rows have types, with a blank line after it and a row after that (nextRow).
// The table ended there, and a headerless reading of the rows after it lost their nesting
// and split wrapped descriptions into names.
func itemRowAlone(lines []string, k int, indent string, spans [][2]int, full []bool, typed bool, cells [][]string) bool {
	if !typed || len(cells[0]) != 1 || !IsIdent(strings.TrimSpace(cells[0][0])) || k+1 >= len(lines) || strings.TrimSpace(lines[k+1]) != "" {
		return false
	}
	return nextRow(lines, k+1, indent, spans, full, typed) >= 0
}

// ruleNext reports whether the line after line k is a table's rule (ruleSpans,
// borderCols): line k is the header of a table of its own.
func ruleNext(lines []string, k int) bool {
	if k+1 >= len(lines) {
		return false
	}
	u := strings.TrimSpace(lines[k+1])
	_, ch := ruleSpans(u)
	_, ok := borderCols(u, false)
	return ch != 0 || ok
}

// nextText is the first line from line j that is not blank, or len(lines).
func nextText(lines []string, j int) int {
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	return j
}

// typeCell reports whether a cell's text is a type (IsType), set in code or bold or not:
// a Go pointer's "*" is part of the type ("*CreateUserRequestTag", a struct), bold's
// asterisks are not ("**String**").
func typeCell(s string) bool {
	t := WholeCode(strings.TrimSpace(s))
	return IsType(t) || IsType(strings.Trim(t, "*_"))
}

// filled reports of each column whether the first line of every row of lines (a line
// with a name) has text in it, and whether each has a type in the second (typeCell).
func filled(lines []gridRow) (full []bool, typed bool) {
	typed = true
	for i, l := range lines {
		if blankCell(l.cells[0]) || nameAlone(l) {
			continue // a wrapped line, or an item row that names no type (itemRowAlone)
		}
		typed = typed && len(l.cells) > 1 && (typeCell(l.cells[1][0]) || typeCell(wrappedType(lines[i:])))
		if full == nil {
			full = make([]bool, len(l.cells))
			for c := range full {
				full[c] = true
			}
		}
		for c := range full {
			full[c] = full[c] && c < len(l.cells) && !blankCell(l.cells[c])
		}
	}
	return full, typed && full != nil
}

// typeLines is the type cell of the row of pandoc's simple table (columns at spans) that
// opens at line k, over the lines up to a blank one (wrappedType).
func typeLines(lines []string, k int, indent string, spans [][2]int) string {
	var rows []gridRow
	for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		cells, ok := cutSpans(strings.TrimPrefix(lines[k], indent), spans)
		if !ok {
			break
		}
		rows = append(rows, gridRow{line: k, cells: cells})
	}
	if len(rows) == 0 {
		return ""
	}
	return wrappedType(rows)
}

// nameAlone reports whether a line of a simple table has text in its name cell only.
func nameAlone(l gridRow) bool {
	for _, c := range l.cells[1:] {
		if !blankCell(c) {
			return false
		}
	}
	return !blankCell(l.cells[0])
}

// wrappedType is the type cell of the row whose first line opens lines, with the lines
// below it under a blank name cell that go on with it (a type "Array of" over "Disk").
func wrappedType(lines []gridRow) string {
	var parts []string
	for k, l := range lines {
		if k > 0 && !blankCell(l.cells[0]) || len(l.cells) < 2 {
			break
		}
		parts = append(parts, l.cells[1]...)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// cutWords cuts a simple table's line t whose words cross its columns' starts (spans):
// each column from the first word that starts at or after its start (in display
// columns), so that a name longer than its column ("InstanceIds Array") pushes the type
// along. What the line's cells were is a guess (a description's word that crosses into
// the next column goes with it).
func cutWords(t string, spans [][2]int) [][]string {
	rs := []rune(strings.TrimRight(t, " \t"))
	at, _ := displayCols(rs)
	cuts := make([]int, len(spans)+1)
	cuts[len(spans)] = len(rs)
	for k := len(spans) - 1; k > 0; k-- {
		cuts[k] = cuts[k+1]
		for p := len(rs) - 1; p >= 0 && at[p] >= spans[k][0]; p-- {
			if p < cuts[k] && !unicode.IsSpace(rs[p]) && (p == 0 || unicode.IsSpace(rs[p-1])) {
				cuts[k] = p
			}
		}
	}
	cells := make([][]string, len(spans))
	for k := range spans {
		cell := strings.TrimRightFunc(string(rs[cuts[k]:cuts[k+1]]), unicode.IsSpace)
		if k > 0 {
			cell = strings.TrimSpace(cell)
		}
		cells[k] = []string{cell}
	}
	return cells
}

// cutSpans cuts a simple table's line t into its cells where its rule's runs start
// (spans), at display columns (RuneWidth), as the tools that write them pad, or else at
// character positions; the last cell runs to the line's end. It fails where a word
// crosses a column's start. (Both may cut a line whose wide characters stand in wide
// blanks, a centred header: the character positions then cut a column's blanks.)
func cutSpans(t string, spans [][2]int) ([][]string, bool) {
	rs := []rune(strings.TrimRight(t, " \t"))
	starts := make([]int, len(spans))
	for k, s := range spans {
		starts[k] = s[0]
	}
	at, w := displayCols(rs)
	if w == len(rs) {
		return cutStarts(rs, starts) // no wide character
	}
	byRune := make([]int, len(starts))
	inside := false
	for k, c := range starts {
		if byRune[k] = slices.Index(at, c); byRune[k] < 0 {
			inside = inside || c < w
			byRune[k] = len(rs) + c - w
		}
	}
	if !inside {
		if c, ok := cutStarts(rs, byRune); ok {
			return c, true
		}
	}
	return cutStarts(rs, starts)
}

// cutStarts cuts rs at the rune positions starts, which must follow a blank or the
// line's end.
func cutStarts(rs []rune, starts []int) ([][]string, bool) {
	cells := make([][]string, len(starts))
	for k, s := range starts {
		if k > 0 && s-1 < len(rs) && !unicode.IsSpace(rs[s-1]) {
			return nil, false
		}
		e := len(rs)
		if k+1 < len(starts) {
			e = min(starts[k+1], len(rs))
		}
		cell := ""
		if s < e {
			cell = strings.TrimRightFunc(string(rs[s:e]), unicode.IsSpace)
		}
		if k > 0 {
			cell = strings.TrimSpace(cell)
		}
		cells[k] = []string{cell}
	}
	return cells, true
}

// readBordered reads a grid whose every part is ruled, from its top border at line i (cols
// its column boundaries).
func readBordered(lines []string, i int, indent string, cols []int) (grid, bool) {
	g := grid{start: i, indent: indent, rule: -1}
	var parts [][]gridRow // the rows of each part between two border lines, a row a line
	var rules []byte      // the rule under each part
	var cur []gridRow
	j := i + 1
	for ; j < len(lines); j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if !ok {
			break
		}
		t := strings.TrimRightFunc(raw, unicode.IsSpace)
		if rulesSpans(t, cols) {
			if len(cur) == 0 {
				break // two borders: no part between
			}
			glueWraps(cur)
			parts, cur = append(parts, cur), nil
			rules = append(rules, ruleOf(t))
			if len(parts) == 1 {
				g.rule = j
			}
			continue
		}
		if t == "" || !strings.ContainsRune(gridSeparators, firstRune(t)) {
			break
		}
		var wraps []bool
		goesOn := false
		if len(cur) > 0 && utf8.RuneCountInString(t) == cols[len(cols)-1]+1 { // a line going on with the one above
			t, wraps, goesOn = oldASCIIMarks(t, cols[1:len(cols)-1], false)
		}
		cells, ok := gridCells(t, cols, true)
		if !ok && !goesOn {
			// a row whose cells' line breaks are written raw (MySQL's --table)
			var last int
			if cells, last, ok = rawBreaks(lines, j, indent, cols); ok {
				cur = append(cur, gridRow{line: j, cells: cells, cut: make([]bool, len(cells)), opens: make([]bool, len(cells))})
				j = last
				continue
			}
		}
		if !ok {
			break
		}
		if goesOn {
			untrimWrapped(&cur[len(cur)-1], strings.TrimPrefix(lines[cur[len(cur)-1].line], indent), cols, wraps)
		}
		cur = append(cur, frameMarks(gridRow{line: j, cells: cells, goesOn: goesOn, wraps: wraps}, cols))
	}
	if len(cur) > 0 { // no closing border: the page lost it, or a heading follows
		glueWraps(cur)
		parts = append(parts, cur)
		rules = append(rules, '-')
	}
	if len(parts) == 0 {
		return grid{}, false
	}
	g.end = j
	wraps := wrapsCells(parts[0], strings.TrimPrefix(lines[i+1], indent), cols)
	oldASCIIHead(parts[0])
	head := joinRows(parts[0])
	g.rows = append(g.rows, head)
	// A grid that rules only its header, with a "-" rule (MySQL), has a row a line;
	// pandoc's and tabulate's, ruled "=" under the header, and w3m's, which rule every
	// row, a row a part, as has one whose cells wrap within its rules (wrapsCells: Emacs's
	// table.el rules its header with "-" as every row, so that a table of one row looks
	// like MySQL's), but for lines that each read as a row of their own (rowsALine).
	if len(parts) == 2 && rules[0] == '-' && (!wraps || rowsALine(head, parts[1])) {
		body, lost := byLines(head, parts[1])
		g.rows, g.lost = append(g.rows, body...), append(g.lost, lost...)
		return g, true
	}
	width := nameWidth(slices.Concat(parts[1:]...))
	for _, p := range parts[1:] {
		r, lost := joinNamed(p, width)
		g.rows, g.lost = append(g.rows, r), append(g.lost, lost...)
	}
	return g, true
}

// maxRawBreaks is how many lines rawBreaks lets one row of a grid take.
const maxRawBreaks = 40

// rawBreaks reads the row of a bordered grid (cols its column boundaries) that opens at
// line j and goes on over the lines below, as the MySQL client's --table output writes a
// cell holding line breaks: raw, the row's separators after it on the cell's last line,
// misaligned. MySQL pads each cell to its column counting a line break as one character,
// so the row's lines joined by their breaks are as wide as the grid and hold a separator
// at every column boundary. It returns the row's cells, each one line whose line breaks
// are "<br>" (a line break, not a wrap: the pipe layouts keep it), and the row's last
// line; false where the lines below make no such row (a rule, a line out of the
// grid's indent, or lines as wide as the grid that do not cut at its columns).
func rawBreaks(lines []string, j int, indent string, cols []int) ([][]string, int, bool) {
	width := cols[len(cols)-1] + 1
	joined := strings.TrimPrefix(lines[j], indent)
	for k := j + 1; k < len(lines) && k-j <= maxRawBreaks && shownWidth(joined) < width; k++ {
		raw, ok := strings.CutPrefix(lines[k], indent)
		if !ok || rulesSpans(strings.TrimRightFunc(raw, unicode.IsSpace), cols) {
			return nil, 0, false
		}
		joined += "\n" + raw
		t := strings.TrimRight(joined, " \t")
		if shownWidth(t) != width {
			continue
		}
		cells, ok := cutAtCols([]rune(t), cols, true)
		if !ok {
			return nil, 0, false
		}
		for c, parts := range cells {
			var ls []string // the cell's lines: its line breaks kept ("<br>"), as a pipe table's
			for l := range strings.SplitSeq(parts[0], "\n") {
				if l = strings.TrimRightFunc(l, unicode.IsSpace); strings.TrimSpace(l) != "" || len(ls) == 0 {
					ls = append(ls, l)
				}
			}
			cells[c] = []string{strings.Join(ls, "<br>")}
		}
		return cells, k, true
	}
	return nil, 0, false
}

// wrapsCells reports whether a bordered grid's header (head, its lines; first, its first
// line) shows that the grid wraps its cells' text within its rules, so that the lines
// between two rules are one row: the header's names go on over lines with no mark of
// psql's (a "+" ending a name that holds a line break, frameMarks; old-ascii's "+" opening
// every name of the line below, oldASCIIHead), or no cell of its first line is padded
// (its text right after its separator, as Emacs's table.el writes cells). MySQL's,
// sqlite's, prettytable's and psql's boxes, which rule only their header and write a row
// a line, wrap no name and pad every cell with a blank.
func wrapsCells(head []gridRow, first string, cols []int) bool {
	if len(head) > 1 {
		for k, l := range head {
			if l.marked || k > 0 && !slices.ContainsFunc(l.cells, func(c []string) bool { return !strings.HasPrefix(c[0], "+") }) {
				return false
			}
		}
		return true
	}
	cells, ok := gridCells(strings.TrimRightFunc(first, unicode.IsSpace), cols, true)
	if !ok {
		return false
	}
	texts := 0
	for _, parts := range cells {
		c := parts[0]
		if strings.TrimSpace(c) == "" {
			continue
		}
		if c[0] == ' ' || c[0] == '\t' {
			return false
		}
		texts++
	}
	return texts > 1
}

// rowsALine reports whether two lines or more of a grid's part (lines; head, its header)
// read as rows of their own: a name, and a type word under the header's type column.
func rowsALine(head gridRow, lines []gridRow) bool {
	typ := slices.IndexFunc(head.cells, func(parts []string) bool { return ClassifyColumn(joinCellLines(parts, false)) == ColType })
	if typ <= 0 {
		return false
	}
	rows := 0
	for _, l := range lines {
		if typ < len(l.cells) && !blankCell(l.cells[0]) && typeCell(strings.Join(l.cells[typ], " ")) {
			rows++
		}
	}
	return rows > 1
}

// readRuled reads a psql table: its header on line i and the lines above it that its
// column names' line breaks made (headLines), the rule under it (junctions at cols, width
// characters wide) and a row a line.
func readRuled(lines []string, i int, indent string, cols []int, width int) (grid, bool) {
	last, ok := ruledLine(strings.TrimPrefix(lines[i], indent), cols, width)
	if !ok {
		return grid{}, false
	}
	last.line = i
	heads := append(headLines(lines, i, indent, cols, width), last)
	oldASCIIHead(heads)
	glueWraps(heads)
	head := joinRows(heads)
	g := grid{start: head.line, indent: indent, rule: i + 1, rows: []gridRow{head}}
	var body []gridRow
	j := i + 2
	for ; j < len(lines); j++ {
		raw, ok := strings.CutPrefix(lines[j], indent)
		if !ok || strings.TrimSpace(raw) == "" {
			break
		}
		r, ok := ruledLine(raw, cols, width)
		if !ok {
			if strings.ContainsAny(raw, gridSeparators) { // separators off the rule's junctions
				g.lost = append(g.lost, GridLoss{Line: j, Names: lineNames(lines, j)})
			}
			break
		}
		r.line = j
		body = append(body, r)
	}
	g.end = j
	glueWraps(body)
	rows, lost := byLines(head, body)
	g.rows, g.lost = append(g.rows, rows...), append(g.lost, lost...)
	return g, true
}

// headLines are the lines above line i of a psql table (the header's line over its rule)
// that are its header too: psql writes a column name that holds line breaks over several
// lines, marking each but its last with "+" ("↵") after the name's text. Such a line cuts
// at the rule's junctions (cols) and either marks a name to go on or has its separators
// right at the junctions.
func headLines(lines []string, i int, indent string, cols []int, width int) []gridRow {
	var out []gridRow
	for k := i - 1; k >= 0; k-- {
		raw, ok := strings.CutPrefix(lines[k], indent)
		if !ok || strings.TrimSpace(raw) == "" {
			break
		}
		r, ok := ruledLine(raw, cols, width)
		if _, exact := cutAtCols([]rune(strings.TrimRightFunc(raw, unicode.IsSpace)), cols, false); !ok || !r.marked && !exact {
			break
		}
		r.line = k
		out = append([]gridRow{r}, out...)
	}
	return out
}

// glueWraps finishes the lines of a psql table that ruledLine cut: where a cell's line ends
// with psql's wrap mark ("." or "…" in place of the blank after its text) and the same
// cell's line below starts with it (in place of the blank before the text), as
// `\pset format wrapped` cuts a text at its column's width, mid-word, the marks are dropped
// and the two are glued (gridRow.glued: joined with no blank, the blanks of the text
// kept). A mark on one side only is text of the cell. Cells are then trimmed at their end.
func glueWraps(rows []gridRow) {
	for k := range rows {
		r := &rows[k]
		r.glued = make([]bool, len(r.cells))
		for c := range r.cells {
			s := r.cells[c][0]
			if k > 0 && c < len(rows[k-1].cut) && rows[k-1].cut[c] && r.opens[c] {
				_, n := utf8.DecodeRuneInString(s)
				s, r.glued[c] = s[n:], true
			}
			if c < len(r.wraps) && r.wraps[c] { // old-ascii's ";": the blank after it pads
				s, r.glued[c] = strings.TrimPrefix(s, " "), true
			}
			if k+1 < len(rows) && r.cut[c] && c < len(rows[k+1].opens) && rows[k+1].opens[c] {
				_, n := utf8.DecodeLastRuneInString(s)
				s, r.marked = s[:len(s)-n], true
			} else if k+1 < len(rows) && c < len(rows[k+1].wraps) && rows[k+1].wraps[c] {
				s = strings.TrimSuffix(s, " ") // the blank that pads it, not a blank it ends with
			} else {
				s = strings.TrimRightFunc(s, unicode.IsSpace)
			}
			r.cells[c][0] = s
		}
	}
}

// frameMarks notes psql's marks in row line r of a bordered grid (cols its column
// boundaries), as psql's \pset border 2 frames its table: a "+" ("↵") right before a
// separator, where every other grid leaves a blank, ends a cell whose text goes on in the
// line below, and is dropped (marked); a wrap mark there or right after a separator is
// noted (cut, opens) for glueWraps, as ruledLine does.
func frameMarks(r gridRow, cols []int) gridRow {
	r.cut, r.opens = make([]bool, len(r.cells)), make([]bool, len(r.cells))
	if len(r.cells) != len(cols)-1 {
		return r // a cell spans columns
	}
	for c, parts := range r.cells {
		s := parts[0]
		r.opens[c] = strings.ContainsRune(psqlWraps, firstRune(s))
		if utf8.RuneCountInString(s) != cols[c+1]-cols[c]-1 {
			continue // the text stops short of the separator
		}
		switch mark, n := utf8.DecodeLastRuneInString(s); {
		case mark == '+' || mark == '↵':
			r.cells[c], r.marked = []string{s[:len(s)-n]}, true
		case strings.ContainsRune(psqlWraps, mark):
			r.cut[c] = true
		}
	}
	return r
}

// psqlWraps are the marks psql writes where it cuts a cell's text at its column's width
// (ascii and unicode line styles): after the piece and before the rest.
const psqlWraps = ".…"

// ruledLine cuts a line t of a psql table (its rule's junctions at cols, width characters
// wide) into its cells, psql's "+" ("↵" in its unicode line style) off the end of a cell
// whose text goes on in the line below: psql writes it in place of the blank after the
// text, next to the separator ("text +|", "text+|") or, in the last column, at the rule's
// end or after a blank. A wrap mark there (psqlWraps) or in place of the blank before the
// text is noted (cut, opens) for glueWraps, which trims the cells.
func ruledLine(t string, cols []int, width int) (gridRow, bool) {
	padded := shownWidth(strings.TrimRight(t, "\r\n")) > cols[len(cols)-1]
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	t, wraps, goesOn := oldASCIIMarks(t, cols, padded)
	cells, ok := gridCells(t, cols, false)
	if !ok {
		return gridRow{}, false
	}
	r := gridRow{cut: make([]bool, len(cells)), opens: make([]bool, len(cells)), goesOn: goesOn, wraps: wraps}
	full := shownWidth(t) == width
	for k, c := range cells {
		s := c[0]
		mark, n := utf8.DecodeLastRuneInString(s)
		edge := k < len(cells)-1 || full // the mark's place: next to the separator or at the rule's end
		switch {
		case mark == '+' || mark == '↵':
			if edge || strings.HasSuffix(s[:len(s)-n], " ") {
				s, r.marked = s[:len(s)-n], true
			}
		case strings.ContainsRune(psqlWraps, mark) && edge:
			r.cut[k] = true
		}
		r.opens[k] = strings.ContainsRune(psqlWraps, firstRune(s))
		cells[k] = []string{s}
	}
	r.cells = cells
	return r, true
}

// oldASCIIMarks reads the marks psql's old-ascii line style (\pset linestyle old-ascii, the
// style of PostgreSQL 8.4 and before) writes in place of the separator left of a cell on a
// line that goes on with the row above: ":" where the cell's text goes on after a line
// break, ";" where its column's width cut it (the wrapped format), a blank where the cell
// has no more text. A line t (a psql table's, its rule's junctions at cols) whose every
// junction holds one of them, one mark at least, is returned with a separator at each, and
// which cells ";" marks; t as it is, and false, for any other line. A line of no mark
// whose only text is in the first column, which has no junction left of it, is one too
// where psql padded it past the last junction (padded: every junction blank, as where
// only a name cut at its column's width goes on, "ResourceOwnerAccoun" over "t").
func oldASCIIMarks(t string, cols []int, padded bool) (string, []bool, bool) {
	rs := []rune(t)
	marks := false
	for _, c := range cols {
		if c < len(rs) && !strings.ContainsRune(" :;", rs[c]) {
			return t, nil, false
		}
		marks = marks || c < len(rs) && rs[c] != ' '
	}
	if !marks && (!padded || len(cols) == 0 || !firstOnly(rs, cols[0])) {
		return t, nil, false
	}
	wraps := make([]bool, len(cols)+1)
	for k, c := range cols {
		for len(rs) <= c {
			rs = append(rs, ' ')
		}
		wraps[k+1] = rs[c] == ';'
		rs[c] = '|'
	}
	return string(rs), wraps, true
}

// firstOnly reports whether the text of line rs is all before column boundary col.
func firstOnly(rs []rune, col int) bool {
	k := min(len(rs), col)
	return strings.TrimSpace(string(rs[:k])) != "" && strings.TrimSpace(string(rs[k:])) == ""
}

// untrimWrapped puts back the blanks at the end of the cells of a bordered grid's row line
// r (raw, its indentation off) whose text the line below goes on with mid-text (wraps,
// old-ascii's ";"): the piece the column's width cut may end with a blank of its own,
// before the one that pads it (glueWraps drops that one).
func untrimWrapped(r *gridRow, raw string, cols []int, wraps []bool) {
	rs := []rune(raw)
	for c := range r.cells {
		if c < len(wraps) && wraps[c] && c+1 < len(cols) && cols[c+1] < len(rs) {
			r.cells[c][0] = string(rs[cols[c]+1 : cols[c+1]])
		}
	}
}

// oldASCIIHead drops the "+" that psql's old-ascii line style writes in place of the blank
// before each column name on a header line that goes on with the one above (a column name
// holding a line break: "Parameter" over "+  name"): a line of heads (after the first)
// whose every cell opens with it.
func oldASCIIHead(heads []gridRow) {
	for k := 1; k < len(heads); k++ {
		cells := heads[k].cells
		if !slices.ContainsFunc(cells, func(c []string) bool { return !strings.HasPrefix(c[0], "+") }) {
			for c := range cells {
				cells[c][0] = cells[c][0][1:]
			}
		}
	}
}

// shownWidth is the display width of s (RuneWidth).
func shownWidth(s string) int {
	_, w := displayCols([]rune(s))
	return w
}

// byLines is the rows of a grid's lines (head its header) that are a row a line, but for
// a line that goes on with the row above (continues) or whose name does (nameGoesOn), and
// the rows whose names were so glued by a guess.
func byLines(head gridRow, lines []gridRow) ([]gridRow, []GridLoss) {
	widths := textWidths(append([]gridRow{head}, lines...))
	width := nameWidth(lines)
	var out []gridRow
	var lost []GridLoss
	var name gluing      // the name of the last row of out
	var cuts [][2]string // the unsure cuts of the last row of out (gridRow.unsure)
	for k, l := range lines {
		n := len(out)
		if n > 0 && !(len(l.glued) > 0 && l.glued[0]) { // a name psql's marks cut is glued below, sure
			if ok, guess := nameGoesOn(out[n-1], lines[k-1], l, width); ok {
				name.add(l, guess)
				out[n-1] = joinRows([]gridRow{out[n-1], gluedName(l)})
				continue
			}
		}
		if n > 0 && continues(out[n-1], lines[k-1], l, widths) {
			out[n-1] = joinRows([]gridRow{out[n-1], l})
			cuts = append(cuts, l.unsure...)
			continue
		}
		if n > 0 && len(cuts) > 0 {
			lost = append(lost, GridLoss{Line: out[n-1].line, Names: []string{namePiece(out[n-1])}, Guessed: true, Cut: cuts})
		}
		cuts = nil
		if n > 0 {
			lost = append(lost, name.loss(out[n-1])...)
		}
		out = append(out, l)
		name = gluing{pieces: []string{namePiece(l)}}
	}
	if len(out) > 0 {
		lost = append(lost, name.loss(out[len(out)-1])...)
		if len(cuts) > 0 {
			lost = append(lost, GridLoss{Line: out[len(out)-1].line, Names: []string{namePiece(out[len(out)-1])}, Guessed: true, Cut: cuts})
		}
	}
	return out, lost
}

// gluing is the pieces of a row's name glued so far (nameGoesOn), and whether a guess
// glued one.
type gluing struct {
	pieces  []string
	guessed bool
}

// add notes the name piece of line l glued to the name, by a guess or not.
func (g *gluing) add(l gridRow, guess bool) {
	g.pieces = append(g.pieces, namePiece(l))
	g.guessed = g.guessed || guess
}

// loss is the loss to warn of for row r, whose name was glued so: one where a guess glued
// a piece of it.
func (g *gluing) loss(r gridRow) []GridLoss {
	if !g.guessed {
		return nil
	}
	return []GridLoss{{Line: r.line, Names: []string{strings.Join(g.pieces, "")}, Guessed: true, Pieces: g.pieces}}
}

// joinNamed is the row that the lines of one part of a grid make (joinRows), a name cut
// at its column's width (width: nameWidth) glued (nameGoesOn, ruledNameGoesOn), and the
// row's loss where a guess glued it. The part is one row, as the rules part rows: where
// the piece or the name's line above it fills the column, as a word's chunks do, the two
// are one name for sure, even where the piece starts with a capital ("InstanceChar" over
// "geType", "Pro" over "gramming" over "Language"), which in a grid of a row a line may
// be a row of its own.
func joinNamed(lines []gridRow, width int) (gridRow, []GridLoss) {
	row := joinRows(lines[:1])
	name := gluing{pieces: []string{namePiece(lines[0])}}
	for k, l := range lines[1:] {
		// the line above fills the column: a chunk, sure, as the rules keep other rows
		// out ("Pro" over "gramming" over "Language": pandoc's chunks)
		ok, _ := nameGoesOn(row, lines[k], l, width)
		guess := false
		if !ok {
			ok, guess = ruledNameGoesOn(row, l, width)
			guess = guess && !nameFills(lines[k], width)
		}
		if !ok {
			row = joinRows([]gridRow{row, l})
			continue
		}
		name.add(l, guess)
		row = joinRows([]gridRow{row, gluedName(l)})
	}
	glueChunkedTypes(&row)
	return row, name.loss(row)
}

// glueChunkedTypes glues the lines of each cell of a ruled grid's row that are the chunks
// of a type broken at the column's width (pandoc's grid tables: "ar" over "ray<object>",
// "[]*Cre" over "ateDedicate" over "dHostCluste" over "rRequestTag", "Array of" over "Par"
// over "ameterDe" over "finition"): glued they read as a type and joined by blanks they
// do not (glueChunks).
func glueChunkedTypes(row *gridRow) {
	for c, parts := range row.cells {
		if c == 0 {
			continue
		}
		if glued, ok := glueChunks(parts, IsType); ok {
			row.cells[c] = []string{glued}
		}
	}
}

// ruledNameGoesOn reports whether the name cell of line l, inside the part of a ruled grid
// that holds one row, goes on with the row's name mid-word, as pandoc's grid tables
// (-t rst, -t markdown) break a word longer than its column: the word's last chunk fills
// the column on the last line and the rest is on the lines above (rst's code name
// "“Interne" over "tChargeType“", “ standing for two backquotes). Either the name so far
// opens a code or bold mark it has not closed (openMark), or NameGoesOn reads the pieces as one name (or reads them so where it does not fill it).
// The lines are the row's by the rules, so no other row's name is taken.
func ruledNameGoesOn(row, l gridRow, width int) (ok, guess bool) {
	piece := namePiece(l)
	if len(row.cells) < 1 || len(l.cells) < 2 || piece == "" || strings.ContainsAny(piece, " \t") {
		return false, false
	}
	_, a := TreeDepth(lastText(row.cells[0])) // the name's line so far ("└└" over "``message")
	if a = strings.TrimSpace(a); a == "" || strings.ContainsAny(a, " \t") {
		return false, false
	}
	if openMark(a) {
		return true, false
	}
	// sure where the piece fills the column, a chunk (the rules keep other rows out);
	// else as sure as NameGoesOn says
	// the piece's type cell is the row's type going on ("ar" over "ray<object>"), not its own
	ok, guess = NameGoesOn(a, piece, joinCellLines(row.cells[1], false), "")
	return ok, guess && shownWidth(strings.TrimRightFunc(l.cells[0][0], unicode.IsSpace)) != width
}

// openMark reports whether name, the text of a name cell so far, opens a code or bold mark
// it does not close (Markdown's and rst's backquotes and bold, Haddock's "@X@" and "__X__"):
// "“Interne", "**Instance", "@Res", or the marks alone ("“"; “ for two backquotes).
func openMark(name string) bool {
	for _, c := range []string{"`", "*", "@", "_"} {
		lead := len(name) - len(strings.TrimLeft(name, c))
		if lead == 0 {
			continue
		}
		return lead == len(name) || len(name)-len(strings.TrimRight(name, c)) < lead
	}
	return false
}

// nameWidth is the display width of the widest name cell's line of a grid's body lines,
// blanks before the name counted (a depth).
func nameWidth(lines []gridRow) int {
	w := 0
	for _, l := range lines {
		if len(l.cells) > 0 {
			for _, p := range l.cells[0] {
				w = max(w, shownWidth(strings.TrimRightFunc(p, unicode.IsSpace)))
			}
		}
	}
	return w
}

// namePiece is the text of the name cell of a line of a grid.
func namePiece(l gridRow) string {
	if len(l.cells) == 0 || len(l.cells[0]) == 0 {
		return ""
	}
	return strings.TrimSpace(l.cells[0][0])
}

// gluedName is line l with its name cell's text to be glued to the name above (glued).
func gluedName(l gridRow) gridRow {
	l.cells = slices.Clone(l.cells)
	l.cells[0] = []string{namePiece(l)}
	l.glued = slices.Clone(l.glued)
	if len(l.glued) == 0 {
		l.glued = make([]bool, len(l.cells))
	}
	l.glued[0] = true
	for c := 1; c < len(l.fills) && c < len(l.glued); c++ {
		l.glued[c] = l.glued[c] || l.fills[c]
	}
	return l
}

// nameFills reports whether the name cell of line l fills its column (width: nameWidth),
// as a word's chunk does where its column's width cut it.
func nameFills(l gridRow, width int) bool {
	return len(l.cells) > 0 && len(l.cells[0]) == 1 && shownWidth(strings.TrimRightFunc(l.cells[0][0], unicode.IsSpace)) == width
}

// nameGoesOn reports whether the name cell of line l goes on with the name of row (its
// lines so far, above the line above l): a name cut at its column's width, mid-word, as
// tabulate's maxcolwidths and w3m break a word longer than their column ("InstanceChar"
// over "geType"): the name's line above fills the column (width: nameWidth) and
// NameGoesOn tells whether the pieces make a name, by a guess or not. Where psql's marks
// say l goes on with the row (old-ascii's, gridRow.goesOn) or its type cell goes on
// mid-word (marked, or unmarked: filledOn), l's type is the row's, not the piece's own;
// marked, the piece is the name's for sure ("AccumulativeIn" over "stanceCount ; t32").
func nameGoesOn(row, above, l gridRow, width int) (ok, guess bool) {
	if len(l.cells) < 2 || len(row.cells) < 2 || len(above.cells) < 1 {
		return false, false
	}
	if !nameFills(above, width) {
		return false, false
	}
	a, piece, typ, next := lastText(row.cells[0]), namePiece(l), joinCellLines(row.cells[1], false), joinCellLines(l.cells[1], false)
	if l.goesOn || len(l.glued) > 1 && l.glued[1] {
		// psql's marks say the line goes on with the row (old-ascii's ":" or ";"), or its
		// type from the line above mid-word: the type is the row's, not the piece's own,
		// and the piece is the name's, which holds no blank
		ok, _ := NameGoesOn(a, piece, typ, "")
		return ok, false
	}
	if len(l.fills) > 1 && l.fills[1] {
		next = "" // the type goes on mid-word where nothing marks it (filledOn)
	}
	return NameGoesOn(a, piece, typ, next)
}

// NameGoesOn reports whether piece, the text of a name cell on the line under a row whose
// name's last line, a, fills its column (typ the row's type, next the piece's line's type
// cell), is the rest of that name, cut at the column's width mid-word: the line's type
// cell is blank or goes on with the row's ("Array of" over "String", or mid-word: "Array of
// Ob" over "ject", or a word a typesetter broke with a hyphen: "*Modify‐" over
// "DiskSpecRe‐", LineHyphen; a type under a row
// with none is the piece's own: a wrapper's item row alone, then a row), each piece is a word,
// the two glued read as a parameter name (IsParamName, or one that goes on after a dot or
// a dash; a hyphen a typesetter broke the name with, LineHyphen, read without; Markdown's
// escaped underscore read as the underscore it stands for: "client\_" over "id",
// "refresh\" over "_token"), and
// neither the row's type nor its name names the piece (a wrapper's item row, "Permission"
// under "Array of Permission" or under "Permissions", as legacy pages write it). It is
// sure where the piece starts inside a word or a name (a lower-case letter, a digit, "_",
// ".", "-", "[") or a ends with a dot, a dash or a hyphen, which no name does, or the
// piece is the mark closing a bold or code name (unmarkCut: the pieces are read without
// the marks, and without a tree drawn before the name); a guess
// where the piece starts with a capital ("InstanceCharge" over "Type": a row of its own
// with no type reads so too). The grid and the aligned-column readers ask this one rule.
func NameGoesOn(a, piece, typ, next string) (ok, guess bool) {
	if _, broken := LineHyphen(typ, next); next != "" && !broken && (typ == "" || IsType(typ) || !IsType(typ+" "+next)) && (typ == "" || IsType(next) || !IsType(typ+next) || IsType(typ+" "+next)) {
		// the piece's own type: a row under a name alone (an item row); not a type cut
		// mid-word with the name, its rest no type ("Array of Ob" over "ject")
		return false, false
	}
	_, a = TreeDepth(a) // the tree drawn before the name ("└ `RepoBuild")
	a, piece, closes, paired := unmarkCut(strings.TrimSpace(a), piece)
	if closes && a != "" {
		return true, false // the name's closing mark alone ("`ClientToken" over "`")
	}
	cut, hyphen := LineHyphen(a, piece) // a typesetter's hyphen ("InternetChar‐" over "geType")
	if hyphen {
		a = cut
	}
	name := strings.TrimSuffix(strings.TrimRight(strings.TrimSuffix(a+piece, "."), softHyphens), "-") // a name going on
	if a == "" || piece == "" || strings.ContainsAny(a+piece, " \t") || !IsParamName(strings.ReplaceAll(name, `\_`, "_")) {
		return false, false
	}
	if !paired && (slices.Contains(strings.Fields(typ), piece) || itemOf(a, piece)) {
		return false, false
	}
	c := piece[0]
	sure := paired || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("_.-[", c) >= 0 || strings.HasSuffix(a, ".") || strings.HasSuffix(a, "-") || hyphen
	return true, !sure
}

// nameMarks are the inline marks a Markdown name cell wraps a name in: bold, code.
var nameMarks = []string{"**", "`"}

// unmarkCut returns the pieces of a name cut mid-word (NameGoesOn) without the marks that
// open the name before the cut ("**InstanceChar", "`MaxPartitio") and close it after
// ("geType**", "nNumber`", or part of it where a cut goes through it: "AssuranceItem*"),
// whether piece was all in the closing mark ("`ClientToken" over "`", "**ClientToken*"
// over "*"), and whether piece closes a mark a opens ("**Connect" over "String**"): then
// it is the name's rest, whatever its words, as no row of its own opens with text and a
// closing mark. A name cut twice has its marks on its first and last pieces only; no mark
// character is left inside a name.
func unmarkCut(a, piece string) (string, string, bool, bool) {
	for _, m := range nameMarks {
		whole, ok := strings.CutSuffix(a+piece, m)
		if whole = strings.TrimPrefix(whole, m); ok && len(piece) <= len(m) && whole != "" && !strings.Contains(whole, m[:1]) {
			return whole, "", true, true
		}
	}
	paired := false
	for again := true; again; {
		again = false
		for _, m := range nameMarks {
			opened := false
			if rest, ok := strings.CutPrefix(a, m); ok && !strings.Contains(rest, m[:1]) {
				a, again, opened = rest, true, true
			}
			// the closing mark, or the part of it before a cut through it ("AssuranceItem*")
			if rest := strings.TrimRight(piece, m[:1]); rest != piece && len(piece)-len(rest) <= len(m) && rest != "" && !strings.Contains(rest, m[:1]) {
				piece, again, paired = rest, true, paired || opened
			}
		}
	}
	return a, piece, false, paired
}

// itemOf reports whether item names an item of the list named list, as a wrapper's item
// row does: list is item's plural ("Permissions" over "Permission", "Entries" over
// "Entry").
func itemOf(list, item string) bool {
	stem, y := strings.CutSuffix(item, "y")
	return list == item+"s" || list == item+"es" || y && list == stem+"ies"
}

// continues reports whether line l of a grid that has a row a line goes on with row, the
// row of the line above (prev): l's name cell is empty and its type cell too (a wrapped
// description; a row with neither a name nor a type is none), or prev marked a cell to go
// on (psql's "+"), or the type cell goes on (typeGoesOn: a type "Array of" over "Object"),
// or a cell of l goes on mid-text from prev (glued, psql's wrap mark).
// An unnamed row of its own (a list's item row, "| | Object | No | | An item. |") follows
// a row whose type is whole.
func continues(row, prev, l gridRow, widths []int) bool {
	if slices.Contains(l.glued, true) || l.goesOn {
		return true
	}
	if len(l.cells) < 2 || !blankCell(l.cells[0]) {
		return false
	}
	if blankCell(l.cells[1]) || prev.marked {
		return true
	}
	if len(row.cells) < 2 || len(prev.cells) < 2 || len(widths) < 2 {
		return false
	}
	return typeGoesOn(joinCellLines(row.cells[1], false), lastText(prev.cells[1]), joinCellLines(l.cells[1], false), widths[1])
}

// typeGoesOn reports whether next, the text of a line's type cell under a blank name, goes
// on with typ, the type cell of the row above (whose last line in the column is above,
// width the column's width): typ and next are a type and one of them alone is none ("Array
// of" over "String", "Array" over "of String"), or typ is no type and next would not have
// fit after above in the column, where a wrapping table would have put it (a row typed
// "N/A" is no wrapped one).
func typeGoesOn(typ, above, next string, width int) bool {
	if IsType(typ+" "+next) && (!IsType(next) || !IsType(typ)) {
		return true
	}
	if IsType(typ) || above == "" {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	gap := 1
	if wideStart(next) {
		word = string(firstRune(next))
		if wideEnd(above) {
			gap = 0
		}
	}
	return shownWidth(above)+gap+shownWidth(word) > width
}

// lastText is the text of a cell's last line.
func lastText(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return strings.TrimSpace(parts[len(parts)-1])
}

// textWidths is the display width of the widest text of each column of a grid's lines:
// at most the width its cells wrap at.
func textWidths(lines []gridRow) []int {
	var w []int
	for _, l := range lines {
		for c, parts := range l.cells {
			for len(w) <= c {
				w = append(w, 0)
			}
			for _, p := range parts {
				w[c] = max(w[c], shownWidth(strings.TrimSpace(p)))
			}
		}
	}
	return w
}

// blankCell reports whether a cell's lines hold no text.
func blankCell(parts []string) bool {
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			return false
		}
	}
	return true
}

// joinRows is the row that the row lines of one part of a grid make.
func joinRows(lines []gridRow) gridRow {
	r := gridRow{line: lines[0].line, cells: make([][]string, len(lines[0].cells))}
	for _, l := range lines {
		for c, parts := range l.cells {
			if c >= len(r.cells) {
				r.cells = append(r.cells, nil)
			}
			if n := len(r.cells[c]); n > 0 && len(parts) > 0 && c < len(l.glued) && l.glued[c] {
				r.cells[c][n-1] += parts[0] // the text goes on mid-word
				parts = parts[1:]
			}
			r.cells[c] = append(r.cells[c], parts...)
		}
	}
	return r
}

// gridCells cuts a row line t (its indentation off, trailing blanks trimmed) into its cells
// at the column boundaries cols (see PipeGrids), each cell one line of text. open says the
// line is bordered, cols holding its first and last characters; psql's lines are not, and
// their last cell runs to the line's end. It fails on a line whose separators do not stand
// at the boundaries and are not as many as they (one separator too few or too many cuts a
// row wrong, which only a reading of the cells could tell), but for a line of a bordered
// grid, which opens and closes with one: its cells are as its separators part them, an
// escaped one ("\|") none, and the readers warn when they are more or fewer than the
// header's.
func gridCells(t string, cols []int, open bool) ([][]string, bool) {
	rs := []rune(t)
	if c, ok := cutAtCols(rs, cols, open); ok {
		return c, true
	}
	at, _ := displayCols(rs)
	var seps []int
	for k, r := range rs {
		if strings.ContainsRune(gridSeparators, r) && (k == 0 || rs[k-1] != '\\') {
			seps = append(seps, k)
		}
	}
	if len(seps) == len(cols) && (!open || seps[0] == 0 && seps[len(seps)-1] == len(rs)-1) {
		return cutAt(rs, seps, open)
	}
	if open {
		if c, ok := spreadSpans(rs, seps, seps, cols); ok {
			return c, true
		}
		if c, ok := spreadSpans(rs, seps, runesAt(at, seps), cols); ok {
			return c, true
		}
	}
	if open && len(seps) >= 2 && seps[0] == 0 && seps[len(seps)-1] == len(rs)-1 {
		// a row line of a bordered grid all the same: its cells as its separators part
		// them, more or fewer than the header's, which the readers warn about; one cell
		// spans the table (a row naming the rows below it, "Path parameters"), and the
		// others are empty, as a pipe table writes such a row
		c, _ := cutAt(rs, seps, open)
		if len(c) == 1 {
			for len(c) < len(cols)-1 {
				c = append(c, []string{""})
			}
		}
		return c, true
	}
	return nil, false
}

// cutAtCols cuts a row line rs at the column boundaries cols, where each holds a
// separator, counted in characters or else in display columns (wide characters take two).
func cutAtCols(rs []rune, cols []int, open bool) ([][]string, bool) {
	if c, ok := cutAt(rs, cols, open); ok {
		return c, true
	}
	at, _ := displayCols(rs)
	byRune := make([]int, 0, len(cols))
	for _, c := range cols {
		k := slices.Index(at, c)
		if k < 0 {
			return nil, false
		}
		byRune = append(byRune, k)
	}
	return cutAt(rs, byRune, open)
}

// spreadSpans cuts a bordered grid's row line rs at its separators seps where each stands
// at a column boundary of cols (at: the separators' positions, in runes or display
// columns), the first and the last among them: a cell that spans columns (a group's title
// over the whole width or a part of it) is its first column's, the other columns' cells
// empty, so that the row has the header's cells.
func spreadSpans(rs []rune, seps, at, cols []int) ([][]string, bool) {
	if len(seps) < 2 || at[0] != cols[0] || at[len(at)-1] != cols[len(cols)-1] {
		return nil, false
	}
	parts, ok := cutAt(rs, seps, true)
	if !ok {
		return nil, false
	}
	cells := make([][]string, 0, len(cols)-1)
	for k, p := range parts {
		from, to := slices.Index(cols, at[k]), slices.Index(cols, at[k+1])
		if from < 0 || to <= from {
			return nil, false
		}
		cells = append(cells, p)
		for range to - from - 1 {
			cells = append(cells, []string{""})
		}
	}
	return cells, true
}

// runesAt is the display columns at (displayCols) of the runes at positions ks.
func runesAt(at []int, ks []int) []int {
	out := make([]int, len(ks))
	for i, k := range ks {
		out[i] = at[k]
	}
	return out
}

// cutAt cuts the runes of a row line at the positions cols, each of which must hold a
// separator; a psql line's cells (not open) keep the blanks around their text, where psql
// writes its marks (ruledLine).
func cutAt(rs []rune, cols []int, open bool) ([][]string, bool) {
	last := len(rs)
	if open {
		if len(rs) != cols[len(cols)-1]+1 {
			return nil, false
		}
		last = cols[len(cols)-1]
	}
	for _, c := range cols {
		if c >= len(rs) || !strings.ContainsRune(gridSeparators, rs[c]) {
			return nil, false
		}
	}
	var cells [][]string
	from := 0
	if open {
		from = 1
		cols = cols[1:]
	}
	for _, c := range cols {
		cell := string(rs[from:c])
		if open {
			cell = strings.TrimRightFunc(cell, unicode.IsSpace)
		}
		cells = append(cells, []string{cell})
		from = c + 1
	}
	if !open {
		cells = append(cells, []string{strings.TrimRightFunc(string(rs[from:last]), unicode.IsSpace)})
	}
	return cells, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
