package textpage

import (
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// style is how a table is laid out in the dump.
type style int

const (
	styleCells     style = iota // one cell per line
	styleGlued                  // header and leading row cells run together on one line
	styleSpaced                 // one row per line, cells separated by spaces or tabs
	stylePipeCells              // one cell per line ending " |", rows opened by "|"
	stylePipeRows               // one row per line, "a | b | c |", no leading pipe
)

// header is a recognised table header.
type header struct {
	start, end int // line indexes [start, end) the header occupies
	cells      []string
	cols       []page.Column
	style      style
	tabs       bool // spaced style with tab separators
	// open says the header's cells are parted by bare pipes with none at either end
	// ("Parameter|Type|Required", psql's unaligned format, psql -A): its rows close no
	// cell with a pipe, so a row is a line (openRow)
	open bool
	// stack is where the cells of a header that wraps in its columns over its lines stand
	// (stackedHeader); nil for others
	stack *stack
}

// splitKeyWord splits a cell of a glued header that has no key column into two column words
// when that gives it one: the fewest words read "参数类型是否必选示例值描述" as 参数类型 ("parameter
// type") and no name column, where the table's columns are 参数 and 类型.
func splitKeyWord(cells []string) ([]string, bool) {
	for k, c := range cells {
		for p := 1; p < len(c); p++ {
			if !utf8.RuneStart(c[p]) {
				continue
			}
			pair := page.ClassifyColumns([]string{c[:p], c[p:]})
			if pair[0] == page.ColOther || pair[1] == page.ColOther {
				continue
			}
			split := append(append(append([]string(nil), cells[:k]...), c[:p], c[p:]), cells[k+1:]...)
			if keyColumn(page.ClassifyColumns(split)) {
				return split, true
			}
		}
	}
	return nil, false
}

// keyColumn reports whether cols has a column that identifies rows; a header without one is
// prose that happens to use column words.
func keyColumn(cols []page.Column) bool {
	known := 0
	key := false
	for _, c := range cols {
		if c != page.ColOther {
			known++
		}
		switch c {
		case page.ColName, page.ColAction, page.ColAPI, page.ColHTTPStatus, page.ColErrorCode, page.ColDate:
			key = true
		}
	}
	return key && known >= 2
}

// header recognises a table header starting at line i.
func (d *doc) header(i int) (header, bool) {
	if i >= len(d.lines) {
		return header{}, false
	}
	m := &d.lines[i].m
	if !m.headerDone {
		h, ok := d.findHeader(i)
		m.headerDone, m.headerOK = true, ok
		if ok {
			m.header = int32(len(d.headers))
			d.headers = append(d.headers, h)
		}
	}
	if !m.headerOK {
		return header{}, false
	}
	return d.headers[m.header], true
}

func (d *doc) findHeader(i int) (header, bool) {
	t := d.t(i)
	if len(t) > maxHeaderLine {
		// an aligned table pads its header's cells to its columns' widths, and so does a
		// padded pipe table (sqlite3's markdown mode centres the column names in them)
		t = singleSpaced(t)
	}
	if t == "" || len(t) > 240 {
		return header{}, false
	}
	if strings.IndexByte(t, '|') >= 0 {
		return d.pipeHeader(i)
	}
	if h, ok := d.stackedHeader(i); ok {
		return h, true
	}
	cells, glued, fewest, ok := splitHeaderFewest(t)
	if t == d.t(i) {
		d.learn(i, trWord, oneColumnWord(t, fewest, ok)) // asked next of most lines
	}
	if !ok && d.is(i, trWord) {
		cells, ok = []string{t}, true // one column word split by a space ("エラー コード"): a cell-per-line header's
	}
	if !ok {
		if h, ok := d.numberedCellsHeader(i, t); ok {
			return h, true
		}
		if cells, glued, ok = d.numberedHeader(i, t); !ok {
			return header{}, false
		}
	}
	if len(cells) >= 2 {
		h := header{start: i, end: i + 1, cells: cells, cols: page.ClassifyColumns(cells)}
		if glued && !keyColumn(h.cols) {
			if c, ok := splitKeyWord(cells); ok {
				h.cells, h.cols = c, page.ClassifyColumns(c)
			}
		}
		switch {
		case strings.IndexByte(t, '\t') >= 0:
			h.style, h.tabs = styleSpaced, true
			h.cells = splitTrim(t, "\t")
			h.cols = page.ClassifyColumns(h.cells)
		case glued:
			h.style = styleGlued
		default:
			h.style = styleSpaced
		}
		return h, keyColumn(h.cols)
	}
	// One column word alone: a cell-per-line header continues on the following lines.
	h := header{start: i, style: styleCells}
	seen := map[page.Column]bool{} // column kinds already in the header
	var wcells []string
	var wcols []page.Column
	j := i
	for j < len(d.lines) && len(wcells) < 64 {
		t := d.t(j)
		if !d.is(j, trWord) {
			break
		}
		col := page.ClassifyColumn(t)
		if seen[col] || col == page.ColCategory && seen[page.ColType] {
			// an operation list's Category column has no place in a table of typed
			// parameters: the word names the first row ("Category", "String")
			break
		}
		if k := d.skipLocation(d.nb(j+1), seen); k < len(d.lines) && (d.is(k, trType) || d.is(k, trBadge)) {
			// A type after a column word is the response's unnamed root row ("Example",
			// "object"), unless a Required cell follows: then the word names a row. Under a
			// Position column, a location may come before either ("Action", "Query",
			// "String", "Yes").
			if m := d.skipLocation(d.nb(k+1), seen); m < len(d.lines) {
				if d.is(m, trRequired) || d.is(k, trBadge) {
					break
				}
			}
		}
		seen[col] = true
		if wcells == nil { // room for a header's usual cells at once, not a cell at a time
			wcells, wcols = make([]string, 0, 8), make([]page.Column, 0, 8)
		}
		wcells = append(wcells, t)
		wcols = append(wcols, col)
		j = d.nb(j + 1)
		h.end = j
	}
	if len(wcells) < 2 || !keyColumn(wcols) {
		return header{}, false
	}
	h.cells, h.cols = wcells, wcols
	return h, true
}

// skipLocation returns the next non-blank line after k when line k is a location ("Query")
// and the header read so far (seen) has a Position column, else k: a row's cells read past it.
func (d *doc) skipLocation(k int, seen map[page.Column]bool) int {
	if seen[page.ColLocation] && k < len(d.lines) && isLocation(d.t(k)) {
		return d.nb(k + 1)
	}
	return k
}

// pipeHeader recognises "| a | b |", "a | b | c |", the pipe-cells form: a lone "|" (or
// "| a |") followed by one cell per line ending " |", and that form without the lone "|"
// (column words on lines "a |", "b |").
func (d *doc) pipeHeader(i int) (header, bool) {
	t := d.t(i)
	h := header{start: i}
	if t[0] == '|' && page.CountPipes(t) <= 2 {
		// pipe cells: gather lines ending with "|" up to the next line opening a row
		var b strings.Builder
		b.WriteString(t)
		j := i + 1
		for j < len(d.lines) {
			u := d.t(j)
			if u == "" || opensRecord(d.raw(j)) || !strings.HasSuffix(u, "|") {
				break
			}
			b.WriteByte('\n')
			b.WriteString(u)
			j++
		}
		h.cells = pipeCells(b.String())
		h.end, h.style = j, stylePipeCells
	} else if cell, ok := strings.CutSuffix(t, "|"); ok && strings.IndexByte(cell, '|') < 0 {
		// pipe cells without the leading "|": one column word per line ending " |"; the
		// rows that follow close their cells the same way, so they read as pipe rows
		// whose cells span lines.
		// Column words, or any short cells up to a "---|---|" line.
		var seen uint64
		j, sep := i, false
		for j < len(d.lines) {
			c, ok := strings.CutSuffix(d.t(j), "|")
			if !ok || strings.IndexByte(c, '|') >= 0 {
				sep = separatorLine(d.t(j))
				break
			}
			col := page.ClassifyColumn(c)
			if col == page.ColOther || seen&(1<<uint(col)) != 0 {
				if !sep {
					sep = d.separatorEnds(j)
				}
				if !sep {
					break
				}
			}
			if !sep && len(h.cells) >= 2 && d.namesRow(j, len(h.cells)+1) {
				break // a row named like a column ("Code |" then "string |")
			}
			seen |= 1 << uint(col)
			h.cells = append(h.cells, strings.TrimSpace(c))
			j++
		}
		h.end, h.style = j, stylePipeRows
	} else {
		h.cells = pipeCells(wikiHeader(t))
		h.end = i + 1
		h.style = stylePipeRows
		h.open = bareBars(t)
		if t[0] == '|' {
			h.style = stylePipeCells // Markdown: every row opens with "|"
		}
	}
	if j := d.nb(h.end); j < len(d.lines) && separatorLine(d.t(j)) {
		h.end = j + 1
	}
	if len(h.cells) < 2 {
		return header{}, false
	}
	for _, c := range h.cells {
		// A type cell makes the line a row named like a column ("操作 | String | 必須 |").
		if len(c) > 48 || strings.IndexByte(c, '\n') >= 0 || isType(c) && page.ClassifyColumn(c) == page.ColOther {
			return header{}, false
		}
	}
	h.cols = page.ClassifyColumns(h.cells)
	return h, keyColumn(h.cols)
}

// inferPipeHeader recognises, in a parameter section, a pipe table whose header is in words
// the lexicon does not know (another language, or masked), which pipeHeader refuses: 3 to
// 8 short cells with no type word or digit among them, over rows of as many cells whose
// first is a name and second a type. The rows tell the other columns (inferColumns), with
// a warning naming them. Before, the rows were paragraphs nothing read: the section's
// parameters were lost with no warning.
func (d *doc) inferPipeHeader(i int) (header, bool) {
	t := d.t(i)
	if !d.sec.Kind.HoldsParams() || page.CountPipes(t) < 2 {
		return header{}, false
	}
	cells := pipeCells(wikiHeader(t))
	if len(cells) < 3 || len(cells) > 8 {
		return header{}, false
	}
	for _, c := range cells {
		if c == "" || len(c) > 24 || isType(c) || strings.ContainsAny(c, "0123456789") {
			return header{}, false
		}
	}
	end := i + 1
	if j := d.nb(end); j < len(d.lines) && separatorLine(d.t(j)) {
		end = j + 1
	}
	var rows [][]string
	for j := end; j < len(d.lines) && !d.blank(j) && len(rows) < 20; j++ {
		r := pipeCells(d.t(j))
		if len(r) != len(cells) || !validName(r[0]) || !isType(r[1]) {
			break
		}
		rows = append(rows, r[2:])
	}
	if len(rows) == 0 {
		return header{}, false
	}
	h := header{start: i, end: end, cells: cells, cols: inferColumns(len(cells), rows), style: stylePipeRows, open: bareBars(t)}
	if t[0] == '|' {
		h.style = stylePipeCells
	}
	d.p.Warn(d.no(i), "table header %q not recognised; columns read from the rows as %s", t, columnNames(h.cols))
	return h, true
}

// bareBars reports whether t parts its cells by pipes with no blank beside them and
// has none at either end ("Parameter|Type|Required").
func bareBars(t string) bool {
	return t[0] != '|' && t[len(t)-1] != '|' && !strings.Contains(t, " |") && !strings.Contains(t, "| ")
}

// namesRow reports whether the column word on line i, in a header of one word a line
// ending " |", names the table's first row instead: the next line is a type cell, and it
// does not open the response's unnamed root row, which closes the n cells that a header
// ending with the word would have on a line of pipes only ("object |" then "|||").
func (d *doc) namesRow(i, n int) bool {
	k := d.nb(i + 1)
	if k >= len(d.lines) {
		return false
	}
	typ, ok := strings.CutSuffix(d.t(k), "|")
	if !ok || !isType(strings.TrimSpace(typ)) {
		return false
	}
	pipes := 0
	for j := k; j < len(d.lines) && j < k+8; j = d.nb(j + 1) {
		t := d.t(j)
		if pipes += page.CountPipes(escapeGluedPipes(t)); pipes >= n {
			return pipes != n || strings.Trim(t, pipesOnly) != ""
		}
	}
	return true
}

// separatorEnds reports whether the run of one-cell lines "a |" starting at line i ends,
// within a header's length, with a "---|---|" line.
func (d *doc) separatorEnds(i int) bool {
	for j := i; j < len(d.lines) && j < i+16; j++ {
		t := d.t(j)
		if separatorLine(t) {
			return true
		}
		c, ok := strings.CutSuffix(t, "|")
		if !ok || len(c) > 48 || strings.IndexByte(c, '|') >= 0 {
			return false
		}
	}
	return false
}

// wikiHeader is a header line of a Confluence or Jira wiki table ("||Name||Type||"), whose
// rows are "|a|b|", as the pipe row it stands for ("|Name|Type|"); any other line as it is.
// Every cell is set off by "||" and none is empty: the pipe dumps write a run of pipes
// only for empty cells.
func wikiHeader(t string) string {
	inner, ok := strings.CutPrefix(t, "||")
	if inner, ok = strings.CutSuffix(inner, "||"); !ok || inner == "" {
		return t
	}
	for _, c := range strings.Split(inner, "||") {
		if strings.TrimSpace(c) == "" || strings.IndexByte(c, '|') >= 0 {
			return t
		}
	}
	return strings.ReplaceAll(t, "||", "|")
}

// pipeCells splits a pipe-delimited record into trimmed cells (page.SplitPipeRow), escaped
// pipes ("\|") read as pipes.
func pipeCells(s string) []string {
	cells := page.SplitPipeRow(s)
	for k, c := range cells {
		cells[k] = page.UnescapePipes(strings.TrimSpace(c))
	}
	return cells
}

func splitTrim(s, sep string) []string {
	parts := strings.Split(s, sep)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// rowNumberWords are the lexicon's words of a row-number column ("no.", "#", "序号"), which
// header splitting leaves out (splitExclude).
var rowNumberWords = func() []string {
	var out []string
	for _, w := range page.ColumnWords() {
		if page.ClassifyColumn(w) == page.ColIndex {
			out = append(out, w)
		}
	}
	return out
}()

// rowNumberSet is rowNumberWords, to tell a line that is one (numberedCellsHeader).
var rowNumberSet = newFoldSet(rowNumberWords)

// numberedHeader splits a spaced or glued header line whose first column is a row number
// ("No. Parameter Type Required", "#NameTypeRequired"): the row-number word, in any case,
// then a header splitHeader reads. As "No." is a Required cell too and "#" opens a heading,
// it holds only where the next line starts with row number 1 (rows dropRowNumbers reads).
func (d *doc) numberedHeader(i int, t string) (cells []string, glued, ok bool) {
	k := d.nb(i + 1)
	if k >= len(d.lines) {
		return nil, false, false
	}
	if r, ok := strings.CutPrefix(d.t(k), "1"); !ok || r == "" || r[0] >= '0' && r[0] <= '9' {
		return nil, false, false
	}
	for _, w := range rowNumberWords {
		if len(t) <= len(w) || !strings.EqualFold(t[:len(w)], w) {
			continue
		}
		rest := t[len(w):]
		sep := headerSep(rest, 0)
		cells, glued, ok := splitHeader(strings.TrimSpace(rest))
		if !ok || len(cells) < 2 {
			continue
		}
		return append([]string{t[:len(w)]}, cells...), glued || sep == 0, true
	}
	return nil, false, false
}

// numberedCellsHeader reads a cell-per-line header whose first cell is a row-number word
// alone on line i ("No.", "#", 序号, which header splitting leaves out): the cell-per-line
// header that follows it, when its first row's first cell is row number 1 (a line "1",
// which dropRowNumbers takes off with the other numbers).
func (d *doc) numberedCellsHeader(i int, t string) (header, bool) {
	if !rowNumberSet.has(t) {
		return header{}, false
	}
	j := d.nb(i + 1)
	h, ok := d.header(j)
	if !ok || h.style != styleCells || h.start != j || h.cols[0] == page.ColIndex {
		return header{}, false
	}
	if k := d.nb(h.end); k >= len(d.lines) || d.t(k) != "1" {
		return header{}, false
	}
	h.start = i
	h.cells = append([]string{t}, h.cells...)
	h.cols = append([]page.Column{page.ColIndex}, h.cols...)
	return h, true
}
