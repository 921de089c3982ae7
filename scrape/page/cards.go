package page

import (
	"slices"
	"strings"
)

// Some pages write each parameter as a card instead of a table row: a name line (plain,
// bold, in a code span, or a sub-heading), then key-value lines ("Type: String",
// "Required: Yes", "- Description: ...", "Type = String", or a key alone over its value),
// or a two-column table of keys and values, the keys column words of the lexicon in any of
// its languages. ReadCards turns such cards into the parameter table they stand for, so
// extraction reads them as it reads any table. Nesting shows by the names' heading levels,
// list indentation or containers, else by dotted names (extraction's work, as for any
// table).

// cardColumns are the columns a card's keys may name; any other key ("Constraints: ...")
// is text of the description, where nothing is lost.
var cardColumns = map[Column]bool{ColName: true, ColType: true, ColRequired: true, ColDescription: true,
	ColExample: true, ColLocation: true, ColDefault: true}

// cardSeps are what stands between a card's key and its value: a colon (full-width in
// CJK text), or an equals sign, a dash or a pipe as exporters and doc sites write them
// ("Type = String", "Type - String", "Type | String"); a dash has spaces round it, as a
// name's hyphen does not.
var cardSeps = []string{":", "：", "=", " - ", " – ", "|"}

// CardKey reads a card's key-value line ("Type: String", "**类型**：String", "- Wajib: Ya",
// "Type = String", "| Type | String |"): the column its key names and the value. ok is
// false when the line is none, or its key names no column a card has.
func CardKey(line string) (col Column, key, value string, ok bool) {
	l := strings.TrimSpace(line)
	if b, found := bullet(l); found {
		l = b
	}
	l = strings.TrimSpace(strings.Trim(l, "|")) // a table row's pipes ("| Type | String |")
	k, sep := -1, ""
	for _, s := range cardSeps { // the first separator
		if i := strings.Index(l, s); i >= 0 && (k < 0 || i < k) {
			k, sep = i, s
		}
	}
	if k <= 0 {
		return 0, "", "", false
	}
	key = strings.Trim(l[:k], " *_`")
	value = strings.TrimSpace(strings.TrimLeft(l[k+len(sep):], ":："))
	for _, m := range []string{"**", "__"} { // the end of a bold key ("**Type:** String")
		value = strings.TrimSpace(strings.TrimPrefix(value, m))
	}
	value = WholeCode(value) // "`*string`": a Go type in code
	if key == "" || strings.ContainsAny(key, "`*") {
		return 0, "", "", false
	}
	col = ClassifyColumn(key)
	if col == ColRequired {
		// a card's cells keep no header word, so an Optional key's answer ("Optional: Yes")
		// is read here, as the Required column's header reads it (requiredAnswer)
		value = requiredAnswer(optionalColumn(key), value)
	}
	return col, key, value, cardColumns[col]
}

// bullet cuts a list marker written as text ("- ", "* ", "• ") from a trimmed line.
func bullet(l string) (string, bool) { return cutMark(l, listMarks) }

// listMarks open a Markdown list item, or a bullet kept as text.
var listMarks = []string{"- ", "* ", "• ", "+ "}

// cutMark cuts the first of marks that starts l: the rest, trimmed, and whether one did.
func cutMark(l string, marks []string) (string, bool) {
	for _, m := range marks {
		if rest, ok := strings.CutPrefix(l, m); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return l, false
}

// cardName reads a card's name line: a parameter name alone ("UserId", "**UserId**",
// "`Tag.N.Key`", "UserId:"), maybe with a required mark ("UserId *"; marked tells), or a
// parameter item's head ("UserId (String, required)", page.ParseEntry), whose facts the
// card's keys complete.
func cardName(line string) (e Entry, marked, ok bool) {
	l := strings.TrimSpace(line)
	l, _ = bullet(l)
	head := strings.ReplaceAll(l, "**", "")
	l = strings.TrimSpace(strings.TrimRight(l, ":："))
	for _, m := range []string{"**", "__", "`"} {
		if len(l) > 2*len(m) && strings.HasPrefix(l, m) && strings.HasSuffix(l, m) {
			l = strings.TrimSpace(l[len(m) : len(l)-len(m)])
		}
	}
	l = uncodedName(l)
	if n, m := RequiredMark(l); m {
		l, marked = strings.Trim(n, "*_`"), true
	}
	if l != "" && entryName.FindString(l) == l {
		return Entry{Name: l}, marked, true
	}
	if e, ok := ParseEntry(head); ok {
		return e, false, true
	}
	return Entry{}, false, false
}

// CardBreak reports whether line starts a line of its own in a card, with next the line
// after it: a key-value line, or a name line before one. A reader that joins lines into
// paragraphs (Markdown) breaks them there, so each card line is a paragraph of its own.
func CardBreak(line, next string) bool {
	if _, _, _, ok := CardKey(line); ok {
		return true
	}
	return NamesCard(line, next)
}

// NamesCard reports whether line names a parameter card: it is a parameter name and next,
// the lines after it, a key-value line or a key alone over its value (SplitKey).
// "Description" (or "### Description") over "Type: String" names a parameter, not a
// section, and "RouterInterfaceId" over it no glued row ("Router", "Int", "erfaceId").
// The lines after are read first: they rule out nearly every line a reader asks about,
// and reading the name line is the costlier test.
func NamesCard(line string, next ...string) bool {
	if len(next) == 0 {
		return false
	}
	col, _, _, ok := CardKey(next[0])
	if len(next) > 1 {
		if c, _, split := SplitKey(next[0], next[1]); split {
			col, ok = c, true
		}
	}
	if !ok || col == ColName {
		return false
	}
	_, _, named := cardName(line)
	return named
}

// SplitKey reads a card's key alone on its line ("Type", "Required:") with its value on
// the next ("String"), as a text dump of a definition list or of a two-cell layout writes
// them; ok is false when line is no key alone, or next is blank or a key itself.
func SplitKey(line, next string) (col Column, value string, ok bool) {
	col, key, alone := keyAlone(line)
	next = strings.TrimSpace(next)
	if !alone || next == "" {
		return 0, "", false
	}
	if _, _, _, keyed := CardKey(next); keyed {
		return 0, "", false
	}
	if _, isKey := KeyAlone(next); isKey {
		return 0, "", false
	}
	if col == ColRequired {
		next = requiredAnswer(optionalColumn(key), next) // "Optional" over "Yes", as CardKey reads it
	}
	return col, next, true
}

// KeyAlone reads a line that is a card's key alone ("Type", "**Required**", "类型："): its
// value is on the next line (SplitKey), or it has none.
func KeyAlone(line string) (Column, bool) {
	col, _, ok := keyAlone(line)
	return col, ok
}

// keyAlone is KeyAlone with the key's words. A line with more letters than any column
// word (keyLettersOver) is no key alone and is not read as one: readers ask it of nearly
// every line (NamesCard, SplitKey), and most are longer.
func keyAlone(line string) (col Column, key string, ok bool) {
	l := strings.TrimRight(strings.TrimSpace(line), ":：")
	if l == "" || keyLettersOver(l, maxColumnLetters) {
		return 0, "", false
	}
	col, key, v, ok := CardKey(l + ": ")
	return col, key, ok && v == ""
}

// keyMarks are the characters round a card's key alone that are not its words: white
// space aside, a bullet's, a table row's pipes, bold and code marks, a heading's "#", the
// separators (cardSeps) and the colons after it.
const keyMarks = "-*•+|_`#:：=–"

// keyLettersOver reports whether line has more than n runes that are no white space or
// key mark (keyMarks). A key alone names a column, and every rune of a line it stands on
// that is neither is one of the key's, lowered rune for rune: a line with more than a
// column word's letters (maxColumnLetters) is none.
func keyLettersOver(line string, n int) bool { return lettersOver(line, n, keyMarks) }

// cardLine is one line of a section's paragraphs and lists, as ReadCards reads them.
type cardLine struct {
	block, item int // the block, and the item of a list block (-1 for a paragraph's line)
	line        int
	text        string
	level       int  // the heading level of a paragraph that is a sub-heading, else 0
	depth       int  // a list item's nesting depth, else 0
	nest        int  // the block's Nest
	listed      bool // a list item
}

// card is one parameter read from cards: its name line and its cells by column.
type card struct {
	line, level, depth, nest int
	listed, marked           bool
	cells                    map[Column]string
	keys                     map[Column]bool // the columns its key lines gave
}

// ReadCards turns the parameter cards of p's parameter sections into parameter tables:
// each run of cards (paragraphs and list items, up to a table or code block) becomes a
// table block where the run stood; the text before the first card stays. A run is read
// when a card in it says "Type: <a type word>", which ordinary prose does not.
func ReadCards(p *Page) {
	for _, s := range p.Sections {
		if !s.Kind.HoldsParams() {
			continue
		}
		s.Blocks = cardBlocks(s.Blocks)
	}
}

// cardBlocks returns blocks with their runs of cards replaced by tables.
func cardBlocks(blocks []Block) []Block {
	lines := cardLines(blocks)
	var runs []int // the run that took each line, -1 for none
	var tables []*Table
	for i := 0; i < len(lines); {
		from, to, t := cardRun(lines, i)
		for ; i < to; i++ {
			run := -1
			if t != nil && i >= from {
				run = len(tables)
			}
			runs = append(runs, run)
		}
		if t != nil {
			tables = append(tables, t)
		}
	}
	var out []Block
	placed, k := 0, 0 // the runs placed, and the first line of block i
	for i, b := range blocks {
		end := k
		for end < len(lines) && lines[end].block == i {
			end++
		}
		if end == k || b.Kind != TableBlock && !slices.ContainsFunc(runs[k:end], func(r int) bool { return r >= 0 }) {
			// no lines (a code block, a table of no card's keys), or no run took one; a
			// card's key table no run took is its key lines, for extraction's warning
			out, k = append(out, b), end
			continue
		}
		rest := Block{Kind: List, Line: b.Line, Lang: b.Lang, Level: b.Level} // the lines no run took, up to the next taken one
		if b.Kind == Paragraph {
			rest.Kind = Paragraph
		}
		flush := func() {
			if len(rest.Items) > 0 || rest.Text != "" {
				out = append(out, rest)
			}
			rest.Items, rest.Depths, rest.Text = nil, nil, ""
		}
		for ; k < end; k++ {
			l := lines[k]
			switch {
			case runs[k] >= 0:
				flush()
				if runs[k] == placed {
					out = append(out, Block{Kind: TableBlock, Line: tables[placed].Line, Table: tables[placed]})
					placed++
				}
			case rest.Kind == Paragraph:
				rest.Text = strings.TrimPrefix(rest.Text+"\n"+l.text, "\n")
			default: // a list's item, or a key table's row as a key line, for extraction's warning
				rest.Items = append(rest.Items, l.text)
				if l.item < len(b.Depths) {
					rest.Depths = append(rest.Depths, b.Depths[l.item])
				}
			}
		}
		flush()
	}
	return out
}

// cardLines are the lines of blocks ReadCards reads: paragraphs' lines, lists' items and
// the rows of key tables (keyLines) as key lines.
func cardLines(blocks []Block) []cardLine {
	var lines []cardLine
	for i, b := range blocks {
		switch b.Kind {
		case Paragraph:
			for t := range strings.SplitSeq(b.Text, "\n") {
				lines = append(lines, cardLine{block: i, item: -1, line: b.Line, text: t, level: b.Level, nest: b.Nest})
			}
		case List:
			for k, t := range b.Items {
				l := cardLine{block: i, item: k, line: b.Line, text: t, nest: b.Nest, listed: true}
				if k < len(b.Depths) {
					l.depth = b.Depths[k]
				}
				lines = append(lines, l)
			}
		case TableBlock:
			for k, t := range keyLines(b.Table) {
				lines = append(lines, cardLine{block: i, item: k, line: b.Line, text: t, nest: b.Nest})
			}
		}
	}
	return lines
}

// keyLines reads a two-column table of one card's keys and values, with no parameter
// column ("| Type | String |", "| Required | Yes |", under the card's name), as its key
// lines ("Type: String"); its header is one of them when it is a key (else it is blank or
// names the columns: "Property | Value", "Field | Value"). It is nil unless most rows are
// keys of the lexicon and one says "Type: <a type word>".
func keyLines(t *Table) []string {
	if t == nil || len(t.Header) != 2 {
		return nil
	}
	var lines []string
	typed, known := false, 0
	for i, cells := range append([][]string{t.Header}, rowCells(t)...) {
		if len(cells) != 2 {
			return nil
		}
		line := cells[0] + ": " + cells[1]
		col, _, v, ok := CardKey(line)
		if i == 0 && (!ok || col == ColName) {
			continue // the header names the columns
		}
		if ok {
			known++
		}
		typed = typed || ok && col == ColType && IsType(v)
		lines = append(lines, line)
	}
	if !typed || 2*known <= len(lines) {
		return nil
	}
	return lines
}

// rowCells are the cells of t's rows.
func rowCells(t *Table) [][]string {
	out := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		out[i] = r.Cells
	}
	return out
}

// cardRun finds the next run of cards from line i, up to a line of another block that is
// not a card's: it returns the run's lines [from, to) and its table, or nil and where to
// look next when the run is no cards or holds no type.
func cardRun(lines []cardLine, i int) (from, to int, t *Table) {
	for from = i; from < len(lines) && !cardStart(lines, from); from++ {
	}
	if from == len(lines) {
		return from, from, nil
	}
	var cards []card
	typed := false
	keyed, desc := from, "" // the card's last name or key line, and its description there
	to = from
	for ; to < len(lines); to++ {
		l := lines[to]
		if to > from && l.block != lines[to-1].block && l.block != lines[to-1].block+1 {
			break // a table or code block between: the run ends
		}
		if cardStart(lines, to) && !(len(cards) > 0 && emptyKey(cards[len(cards)-1], lines, to)) {
			c := card{line: l.line, level: l.level, depth: l.depth, nest: l.nest, listed: l.listed,
				cells: map[Column]string{}, keys: map[Column]bool{}}
			if col, _, v, _ := CardKey(l.text); col == ColName {
				c.cells[ColName] = v
			} else {
				var e Entry
				e, c.marked, _ = cardName(l.text)
				for col, v := range map[Column]string{ColName: e.Name, ColType: e.Type, ColRequired: e.Required,
					ColLocation: e.In, ColDescription: e.Desc} {
					if v != "" {
						c.cells[col] = v
					}
				}
				typed = typed || IsType(e.Type)
			}
			cards = append(cards, c)
			keyed, desc = to, c.cells[ColDescription]
			continue
		}
		c := &cards[len(cards)-1]
		col, v, n := keyAt(lines, to)
		if n == 2 && cardStart(lines, to+1) {
			if next, _, k := keyAt(lines, to+2); k > 0 && c.keys[next] {
				n, v = 1, "" // a key with no value, over the next card's name
			}
		}
		if k, alone := KeyAlone(l.text); n == 0 && alone {
			col, v, n = k, "", 1 // a key with no value
		}
		ok := n > 0
		to += max(n-1, 0) // the value's line
		switch {
		case !ok || col == ColName:
			col, v = ColDescription, strings.TrimSpace(l.text)
			if l.listed {
				v = "- " + v
			}
		case col != ColDescription && c.cells[col] != "" && c.keys[col]:
			// the key again: another parameter, whose name line is missing; the run ends at
			// the card's last key, and the lines after it are left for untabled's warning
			c.cells[ColDescription] = desc
			to = keyed + 1
			return from, to, runTable(lines[from].line, cards, typed)
		}
		typed = typed || col == ColType && IsType(v)
		if c.cells[col] != "" && (c.keys[col] || col == ColDescription) { // else the name line's fact
			v = c.cells[col] + "\n" + v
		}
		c.cells[col] = v
		if ok {
			keyed, desc = to, c.cells[ColDescription]
			c.keys[col] = true
		}
	}
	return from, to, runTable(lines[from].line, cards, typed)
}

// emptyKey reports whether line i, a key alone that would name a card ("Position" over
// "Example", then "10"), is rather a key of card c with no value (an empty cell): c has
// neither it nor the key after it, where a card named so would go on with a key c has
// ("Type").
func emptyKey(c card, lines []cardLine, i int) bool {
	col, alone := KeyAlone(lines[i].text)
	if !alone || c.keys[col] || i+1 >= len(lines) {
		return false
	}
	next, _, n := keyAt(lines, i+1)
	return n > 0 && !c.keys[next]
}

// runTable is the table of a run's cards, nil when none says "Type: <a type word>".
func runTable(line int, cards []card, typed bool) *Table {
	if !typed {
		return nil
	}
	return cardTable(line, cards)
}

// cardStart reports whether line i opens a card: a name line followed by a key (keyAt),
// or a "Name: UserId" line.
func cardStart(lines []cardLine, i int) bool {
	if col, v, n := keyAt(lines, i); n > 0 {
		if col != ColName {
			return false
		}
		_, _, named := cardName(v)
		return named
	}
	if i+1 >= len(lines) {
		return false
	}
	if _, _, named := cardName(lines[i].text); !named {
		return false
	}
	col, _, n := keyAt(lines, i+1)
	return n > 0 && col != ColName
}

// keyAt reads the card key at line i: a key-value line ("Type: String"; n is 1), or a key
// alone with its value on the next line (SplitKey; n is 2), the value's line in the same
// block or the next. n is 0 when line i is no key.
func keyAt(lines []cardLine, i int) (col Column, value string, n int) {
	if i+1 < len(lines) && lines[i+1].block <= lines[i].block+1 {
		if col, v, ok := SplitKey(lines[i].text, lines[i+1].text); ok {
			return col, v, 2
		}
	}
	col, _, value, ok := CardKey(lines[i].text)
	if !ok {
		return 0, "", 0
	}
	return col, value, 1
}

// cardTable is the parameter table cards stand for: a Parameter column, then a column for
// each key the cards use, in the lexicon's English words; rows at the depth the names'
// heading levels (else their containers) and list indentation show, or -1 when they show
// none. A name that is no heading among names that are takes the depth of the card before
// it, or the child's below an <h6> (pages that run out of heading levels).
func cardTable(line int, cards []card) *Table {
	order := []Column{ColName, ColType, ColRequired, ColLocation, ColDefault, ColExample, ColDescription}
	words := map[Column]string{ColName: "Parameter", ColType: "Type", ColRequired: "Required",
		ColLocation: "Position", ColDefault: "Default", ColExample: "Example", ColDescription: "Description"}
	used := map[Column]bool{ColName: true, ColDescription: true}
	for _, c := range cards {
		for col := range c.cells {
			used[col] = true
		}
	}
	t := &Table{Line: line}
	for _, col := range order {
		if used[col] {
			t.Header = append(t.Header, words[col])
		}
	}
	t.Columns = ClassifyColumns(t.Header)
	minLevel, minDepth, minNest := 0, -1, cards[0].nest
	for _, c := range cards {
		if c.level > 0 && (minLevel == 0 || c.level < minLevel) {
			minLevel = c.level
		}
		if c.listed && (minDepth < 0 || c.depth < minDepth) {
			minDepth = c.depth
		}
		minNest = min(minNest, c.nest)
	}
	marked := map[int]bool{}
	shown, above := false, 0 // above: the depth of the card's name
	last := 0                // the level of the last heading that names a card
	for i, c := range cards {
		if c.marked && used[ColRequired] && c.cells[ColRequired] == "" {
			c.cells[ColRequired] = "Yes" // "UserId *" among cards that say "Required: No"
		}
		row := Row{Line: c.line}
		for _, col := range t.Columns {
			row.Cells = append(row.Cells, c.cells[col])
		}
		switch {
		case c.level > 0:
			above, last = c.level-minLevel, c.level
		case minLevel == 0: // no headings: the containers the cards nest in
			above = c.nest - minNest
		case last == 6: // below an <h6> card, as deep as headings go: its child
			above = last - minLevel + 1
		} // else a sibling of the last card
		row.Depth = above
		if c.listed {
			row.Depth += c.depth - minDepth
		}
		shown = shown || row.Depth > 0
		if c.marked {
			marked[i] = true
		}
		t.Rows = append(t.Rows, row)
	}
	if !shown {
		for i := range t.Rows {
			t.Rows[i].Depth = -1
		}
	}
	MarkRequired(t, marked)
	return t
}
