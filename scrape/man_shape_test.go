package scrape

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// manShape is the unseenShapes shape of a page rendered as a manual page (spaced+s22mangroff):
// a page converted to roff (pandoc -t man, its tables tbl's text blocks) that man or
// groff -t -man renders in a terminal's 78 columns (manTable, manPage): each table's
// header words over a rule as wide as the table ("─", or "-" every other record, as
// -Tascii draws it), the columns three blanks apart, every line but the page's title
// indented seven; each cell filled into its column as groff fills a text block: a word
// that does not fit broken with a hyphen (U+2010, or "-" every other record) where it
// leaves two letters or more on either side ("InternetChar‐" over "geType", "Re‐" over
// "questId"), every line of a wrapped cell but its last justified to the column's edge
// (its blanks spread: "└   Resource‐", "Array   of"); the name column 12 to 16 wide, the
// type column 11 or 15 ("Array of" over "Object"), a nested row's name after "└" a level
// ("└└ Key", an unnamed item "└└"); every other record each description opening on the
// line below its row, seven columns into its column (pandoc's .PP in a text block), the
// others on the row's line; every third record three blank lines before every fifth row;
// a running header ("Title(1)  General Commands Manual  Title(1)") and footer.
const manShape = "s22mangroff"

// manWidth is the width the man shape's tables fill (a terminal's 78 columns less the
// body's indent of seven); manShift how far pandoc's .PP sets a description into its
// column.
const (
	manWidth = 71
	manShift = 7
)

// manHyphen is the hyphen the man shape's page breaks words with.
func (p *truthPage) manHyphen() string {
	if p.seq%2 == 0 {
		return "\u2010"
	}
	return "-"
}

// manTable writes the table of header cols and rows as groff's tbl does (manShape).
func (p *truthPage) manTable(cols []string, rows []alignedRow) {
	hy := p.manHyphen()
	below := p.seq%2 == 0 // descriptions open on the line under the row
	n := len(cols)
	desc := n - 1
	for k, c := range cols {
		if c == p.w.description {
			desc = k
		}
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = append([]string(nil), r.cells...)
		if lead := strings.Repeat("└", r.depth); lead != "" {
			cells[i][0] = strings.TrimSpace(lead + " " + r.cells[0])
		}
	}
	// each column as wide as its header word and its widest word that cannot break, and
	// no wider than its cap where it has one; the description takes the rest
	caps := map[int]int{0: 12 + 2*(p.seq%3), 1: 11 + 4*(p.seq%2)}
	widths := make([]int, n)
	for k, c := range cols {
		widths[k] = utf8.RuneCountInString(c)
		for _, r := range cells {
			if k >= len(r) || k == desc {
				continue
			}
			w := utf8.RuneCountInString(r[k])
			if limit, ok := caps[k]; ok && w > limit {
				w = limit
				for _, word := range strings.Fields(r[k]) {
					if manBreak(word, 2) < 0 {
						w = max(w, utf8.RuneCountInString(word))
					}
				}
				if k == 0 { // a tree's glyphs and a few letters of the name, or the whole name
					name := strings.TrimLeft(r[k], "└ ")
					w = max(w, utf8.RuneCountInString(r[k])-utf8.RuneCountInString(name)+4)
					if manBreak(name, 2) < 0 {
						w = max(w, utf8.RuneCountInString(r[k]))
					}
				}
			}
			widths[k] = max(widths[k], w)
		}
	}
	rest := manWidth - 3*(n-1)
	for k := range widths {
		if k != desc {
			rest -= widths[k]
		}
	}
	widths[desc] = max(widths[desc], rest, 18)
	starts := make([]int, n)
	for k := 1; k < n; k++ {
		starts[k] = starts[k-1] + widths[k-1] + 3
	}
	total := starts[n-1] + widths[n-1]
	var out []string
	put := func(line []rune, at int, s string) []rune {
		for len(line) < at {
			line = append(line, ' ')
		}
		return append(line[:at], []rune(s)...)
	}
	head := []rune{}
	for k, c := range cols {
		head = put(head, starts[k], c)
	}
	rule := "─"
	if hy == "-" {
		rule = "-"
	}
	out = append(out, string(head), strings.Repeat(rule, total))
	for i, r := range cells {
		if p.seq%3 == 2 && i > 0 && i%5 == 0 {
			out = append(out, "", "", "")
		}
		lines := make([][]string, n)
		for k := range n {
			text := ""
			if k < len(r) {
				text = r[k]
			}
			w, off := widths[k], 0
			if k == desc && below && text != "" {
				w, off = widths[k]-manShift, manShift
			}
			if k == desc && below {
				lines[k] = append([]string{""}, indentAll(manFill(text, w, hy), off)...)
			} else {
				lines[k] = manFill(text, w, hy)
			}
		}
		m := 0
		for _, ls := range lines {
			m = max(m, len(ls))
		}
		for l := range m {
			line := []rune{}
			for k, ls := range lines {
				if l < len(ls) && ls[l] != "" {
					line = put(line, starts[k], ls[l])
				}
			}
			text := strings.TrimRight(string(line), " ")
			if l == 0 && len(lines[0]) > 1 && rows[i].cells[0] != "" { // the whole name for the scorer's eyes, which copiedPage drops
				text += fullNameMark + rows[i].cells[0] + fullNameEnd
			}
			out = append(out, text)
		}
	}
	for _, l := range out {
		p.f("%s\n", l)
	}
}

// indentAll sets each of lines n blanks in.
func indentAll(lines []string, n int) []string {
	for k, l := range lines {
		lines[k] = strings.Repeat(" ", n) + l
	}
	return lines
}

// manFill fills text into lines of width columns as groff fills a text block: as many
// words as fit on a line; a word that does not fit broken with hyphen hy where manBreak
// lets it, its head ending the line; a word that fits no line and cannot break on a line
// of its own (it runs past the column); each line but the last justified (manJustify).
func manFill(text string, width int, hy string) []string {
	var lines []string
	var cur []string
	used := 0
	flush := func(last bool) {
		if len(cur) == 0 {
			return
		}
		if last {
			lines = append(lines, strings.Join(cur, " "))
		} else {
			lines = append(lines, manJustify(cur, width))
		}
		cur, used = nil, 0
	}
	words := strings.Fields(text)
	for i := 0; i < len(words); {
		w := words[i]
		gap := 0
		if len(cur) > 0 {
			gap = 1
		}
		if used+gap+utf8.RuneCountInString(w) <= width {
			cur, used = append(cur, w), used+gap+utf8.RuneCountInString(w)
			i++
			continue
		}
		if k := manBreak(w, width-used-gap-1); k > 0 {
			cur = append(cur, string([]rune(w)[:k])+hy)
			words[i] = string([]rune(w)[k:])
			flush(false)
			continue
		}
		if len(cur) == 0 {
			cur = []string{w}
			i++
		}
		flush(false)
	}
	flush(true)
	return lines
}

// manBreak is where word w may break with a hyphen to leave a head of room characters at
// most: after a letter or digit and before a letter, two letters or more on either side,
// in a word of letters, digits, "_" and "." only (a word with a hyphen of its own, an
// example's "cn-hangzhou", is no word groff breaks); -1 where nowhere.
func manBreak(w string, room int) int {
	rs := []rune(w)
	for _, r := range rs {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.')) {
			return -1
		}
	}
	for k := min(room, len(rs)-2); k >= 2; k-- {
		if (unicode.IsLetter(rs[k-1]) || unicode.IsDigit(rs[k-1])) && unicode.IsLetter(rs[k]) && unicode.IsLetter(rs[k-2]) && unicode.IsLetter(rs[k+1]) {
			return k
		}
	}
	return -1
}

// manJustify sets words on a line of width columns, the blanks between them spread from
// the left to end the last word at the edge (one word stays as it is).
func manJustify(words []string, width int) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	n := 0
	for _, w := range words {
		n += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	extra := max(width-n-gaps, 0)
	var b strings.Builder
	for k, w := range words {
		b.WriteString(w)
		if k < gaps {
			b.WriteString(strings.Repeat(" ", 1+extra/gaps))
			if k < extra%gaps {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// manPage is text page s as man renders it (manShape): its first line at the margin, every
// other line indented seven, a running header over it and a footer under it naming the
// manual page, three blank lines apart; the whole names the scorer saw (fullNameMark) dropped.
func manPage(s string) []byte {
	s = fullNameRE.ReplaceAllString(s, "")
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	name := "API(1)"
	mid := "General Commands Manual"
	pad := max(78-2*utf8.RuneCountInString(name)-len(mid), 2)
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s%s%s%s\n\n\n\n", name, strings.Repeat(" ", pad/2), mid, strings.Repeat(" ", pad-pad/2), name)
	for k, l := range lines {
		if k > 0 && l != "" {
			l = "       " + l
		}
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "\n\n\n%s%s\n", strings.Repeat(" ", max(78-utf8.RuneCountInString(name), 0)), name)
	return []byte(b.String())
}

// manColShape is the man shape's page piped through col -b (spaced+s23mancolb, as `man
// page | col -b` saves it): each run of two blanks or more that reaches a tab stop (every
// 8th column) written as tabs to the last stop it reaches, then blanks ("Type\t Required").
const manColShape = "s23mancolb"

// colTabs is text as col -b writes its blanks (manColShape).
func colTabs(text []byte) []byte { return []byte(pagetest.ColTabs(string(text))) }
