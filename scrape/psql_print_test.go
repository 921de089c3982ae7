package scrape

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// psqlFormat is a psql line style (print.c's printTextFormat): the rules' glyphs (top,
// middle, bottom: rule, left corner, junction, right corner), the data lines' vertical
// rule, and the marks of a cell's line break and wrap, left and right of the text and in
// place of the vertical rule left of a cell going on.
type psqlFormat struct {
	lrule                                 [3][4]string
	vrule                                 string
	midvruleNL, midvruleWrap, midvruleBlk string
	headerNLLeft, headerNLRight           string
	nlLeft, nlRight, wrapLeft, wrapRight  string
	wrapRightBorder                       bool
}

// psqlFormats are psql's three line styles (\pset linestyle), as print.c defines them.
var psqlFormats = map[string]psqlFormat{
	"ascii": {
		lrule: [3][4]string{{"-", "+", "+", "+"}, {"-", "+", "+", "+"}, {"-", "+", "+", "+"}}, vrule: "|",
		midvruleNL: "|", midvruleWrap: "|", midvruleBlk: "|", headerNLLeft: " ", headerNLRight: "+",
		nlLeft: " ", nlRight: "+", wrapLeft: ".", wrapRight: ".", wrapRightBorder: true,
	},
	"old-ascii": {
		lrule: [3][4]string{{"-", "+", "+", "+"}, {"-", "+", "+", "+"}, {"-", "+", "+", "+"}}, vrule: "|",
		midvruleNL: ":", midvruleWrap: ";", midvruleBlk: " ", headerNLLeft: "+", headerNLRight: " ",
		nlLeft: " ", nlRight: " ", wrapLeft: " ", wrapRight: " ",
	},
	"unicode": {
		lrule: [3][4]string{{"─", "┌", "┬", "┐"}, {"─", "├", "┼", "┤"}, {"─", "└", "┴", "┘"}}, vrule: "│",
		midvruleNL: "│", midvruleWrap: "│", midvruleBlk: "│", headerNLLeft: " ", headerNLRight: "↵",
		nlLeft: " ", nlRight: "↵", wrapLeft: "…", wrapRight: "…", wrapRightBorder: true,
	},
}

// psqlPrint is a table (head its column names, rows its cells, a cell's line breaks "\n")
// as psql prints it in its aligned format (print.c, print_aligned_text) with the line
// style f and \pset border border, every cell left-aligned, and "(N rows)" under it; with
// columns > 0 as its wrapped format does in a terminal that wide: while the table is wider,
// the column of the highest ratio of its width to its cells' average width (plus 1 % of its
// widest cell) narrows by one, never below its name's width, and a cell's line wider than
// its column is cut there, mid-word, marked as f marks a wrap. A blank line follows the
// row count, as psql prints it.
//
// tails, where not nil, holds text to append to each row's first line (the s22pqwrapped
// shape's whole names for the scorer's eyes, fullNameMark).
func psqlPrint(f psqlFormat, border int, columns int, head []string, rows [][]string, tails []string) string {
	n := len(head)
	lines := func(s string) []string { return strings.Split(s, "\n") }
	widest := func(s string) int {
		w := 0
		for _, l := range lines(s) {
			w = max(w, shownWidth(l, true))
		}
		return w
	}
	headW, maxW, avg := make([]int, n), make([]int, n), make([]int, n)
	for c, h := range head {
		headW[c] = widest(h)
		maxW[c] = headW[c]
	}
	for _, r := range rows {
		for c := range n {
			w := widest(r[c])
			maxW[c] = max(maxW[c], w)
			avg[c] += w
		}
	}
	total := n
	switch border {
	case 1:
		total = 3*n - 1
	case 2:
		total = 3*n + 1
	}
	headTotal := total
	for c := range n {
		total += maxW[c]
		headTotal += headW[c]
	}
	wrapW := append([]int(nil), maxW...)
	if len(rows) > 0 {
		for c := range avg {
			avg[c] /= len(rows)
		}
	}
	if columns > 0 && columns >= headTotal {
		for total > columns {
			worst, best := -1, 0.0
			for c := range n {
				if avg[c] != 0 && wrapW[c] > headW[c] {
					if ratio := float64(wrapW[c])/float64(avg[c]) + float64(maxW[c])*0.01; ratio > best {
						best, worst = ratio, c
					}
				}
			}
			if worst < 0 {
				break
			}
			wrapW[worst]--
			total--
		}
	}
	var b strings.Builder
	rule := func(pos int) {
		l := f.lrule[pos]
		switch border {
		case 1:
			b.WriteString(l[0])
		case 2:
			b.WriteString(l[1] + l[0])
		}
		for c := range n {
			b.WriteString(strings.Repeat(l[0], wrapW[c]))
			if c < n-1 {
				if border == 0 {
					b.WriteString(" ")
				} else {
					b.WriteString(l[0] + l[2] + l[0])
				}
			}
		}
		switch border {
		case 1:
			b.WriteString(l[0])
		case 2:
			b.WriteString(l[0] + l[3])
		}
		b.WriteString("\n")
	}
	// the header, its names centred
	if border == 2 {
		rule(0)
	}
	hl := make([][]string, n)
	more := 0
	for c, h := range head {
		hl[c] = lines(h)
		more = max(more, len(hl[c]))
	}
	for l := 0; l < more; l++ {
		if border == 2 {
			b.WriteString(f.vrule)
		}
		for c := range n {
			if border != 0 || !f.wrapRightBorder && c > 0 {
				b.WriteString(map[bool]string{true: f.headerNLLeft, false: " "}[l > 0])
			}
			done := l >= len(hl[c])
			if !done {
				sp := wrapW[c] - shownWidth(hl[c][l], true)
				b.WriteString(strings.Repeat(" ", sp/2) + hl[c][l] + strings.Repeat(" ", (sp+1)/2))
			} else {
				b.WriteString(strings.Repeat(" ", wrapW[c]))
			}
			if border != 0 || f.wrapRightBorder {
				b.WriteString(map[bool]string{true: f.headerNLRight, false: " "}[l+1 < len(hl[c])])
			}
			if border != 0 && c < n-1 {
				b.WriteString(f.vrule)
			}
		}
		if border == 2 {
			b.WriteString(f.vrule)
		}
		b.WriteString("\n")
	}
	rule(1)
	const none, wrap, nl = 0, 1, 2
	for k, r := range rows {
		first := true
		cl := make([][]string, n) // each cell's lines
		cur := make([]int, n)     // the line of each cell being printed
		out := make([]int, n)     // the bytes of it printed
		st := make([]int, n)      // each cell's wrap status on the line printed
		for c := range n {
			cl[c] = lines(r[c])
		}
		has := func(c int) bool { return cur[c] < len(cl[c]) }
		for going := true; going; {
			going = false
			if border == 2 {
				b.WriteString(f.vrule)
			}
			for c := range n {
				final := border == 2 || c < n-1
				if border != 0 {
					b.WriteString([...]string{" ", f.wrapLeft, f.nlLeft}[st[c]])
				}
				shown := wrapW[c] // a cell with no more lines: its column padded, or nothing
				if !has(c) {
					if final {
						b.WriteString(strings.Repeat(" ", wrapW[c]))
					}
				} else {
					piece, w := cutColumns(cl[c][cur[c]][out[c]:], wrapW[c])
					if piece == "" && cl[c][cur[c]][out[c]:] != "" { // a character wider than the column
						_, size := firstRuneSize(cl[c][cur[c]][out[c]:])
						piece, w = cl[c][cur[c]][out[c]:out[c]+size], wrapW[c]
					}
					b.WriteString(piece)
					shown = min(w, wrapW[c])
					out[c] += len(piece)
					if out[c] < len(cl[c][cur[c]]) {
						going = true
					} else {
						cur[c]++
						out[c] = 0
						going = going || has(c)
					}
				}
				st[c] = none
				if has(c) {
					if out[c] != 0 {
						st[c] = wrap
					} else if cur[c] != 0 {
						st[c] = nl
					}
				}
				if final || st[c] != none {
					b.WriteString(strings.Repeat(" ", wrapW[c]-shown))
				}
				switch {
				case st[c] == wrap:
					b.WriteString(f.wrapRight)
				case st[c] == nl:
					b.WriteString(f.nlRight)
				case border == 2 || c < n-1:
					b.WriteString(" ")
				}
				if border != 0 && c < n-1 {
					switch {
					case st[c+1] == wrap:
						b.WriteString(f.midvruleWrap)
					case st[c+1] == nl:
						b.WriteString(f.midvruleNL)
					case !has(c + 1):
						b.WriteString(f.midvruleBlk)
					default:
						b.WriteString(f.vrule)
					}
				}
			}
			if border == 2 {
				b.WriteString(f.vrule)
			}
			if first && tails != nil {
				b.WriteString(tails[k])
			}
			first = false
			b.WriteString("\n")
		}
	}
	if border == 2 {
		rule(2)
	}
	fmt.Fprintf(&b, "(%d %s)\n\n", len(rows), map[bool]string{true: "row", false: "rows"}[len(rows) == 1])
	return b.String()
}

// firstRuneSize is the first rune of s and its size in bytes.
func firstRuneSize(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// TestPsqlPrint checks psqlPrint against psql 15's own output of one table in its wrapped
// format, 80 columns wide, in each line style with \pset border 0, 1 and 2 (a name cut
// mid-word, a description cut and one holding line breaks): psqlTable15, the files page's
// reader tests read too (psqlOutput).
func TestPsqlPrint(t *testing.T) {
	for _, c := range []struct {
		style  string
		border int
	}{
		{"old-ascii", 0}, {"old-ascii", 1}, {"old-ascii", 2}, {"ascii", 0}, {"ascii", 2}, {"unicode", 0}, {"unicode", 1},
	} {
		want := psqlOutput(t, c.style, c.border)
		if got := psqlPrint(psqlFormats[c.style], c.border, 80, psqlTable15[0], psqlTable15[1:], nil); got != want {
			t.Errorf("%s border %d:\ngot\n%q\nwant\n%q", c.style, c.border, got, want)
		}
	}
}

// psqlTable15 is the table (its header first) whose psql 15 output, in its wrapped format
// 80 columns wide, page/testdata/psql15 keeps, a file a line style and border
// ("old-ascii-border0.txt").
var psqlTable15 = [][]string{
	{"Parameter name", "Type", "Required", "Example", "Description"},
	{"RegionId", "String", "Yes", "cn-hangzhou", "The ID of the region where the instance resides."},
	{"InstanceChargeType", "String", "No", "PostPaid", "The billing method.\nValid values:\nPrePaid: subscription.\nPostPaid: pay-as-you-go."},
	{"Size", "Integer", "No", "10", "The size value, in GiB, of the disk."},
}

// psqlOutput is psql 15's output of psqlTable15 in line style style with \pset border
// border (page/testdata/psql15).
func psqlOutput(t *testing.T, style string, border int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("page", "testdata", "psql15", fmt.Sprintf("%s-border%d.txt", style, border)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// psqlWrapped writes rows (the header first) as the s22pqwrapped shape does: psql's
// wrapped format (psqlPrint) in its old-ascii, ascii or unicode line style, with \pset
// border 0, 1 or 2, in a terminal 80 or 100 columns wide (by record), every third row's
// description holding line breaks (descBreaks: a blank line among them by row).
func (p *truthPage) psqlWrapped(rows [][]string) {
	head := rows[0]
	desc := slices.Index(head, p.w.description)
	body := make([][]string, len(rows)-1)
	for k, r := range rows[1:] {
		body[k] = make([]string, len(head))
		copy(body[k], r)
		if desc >= 0 && body[k][desc] != "" && (p.seq+k)%3 == 0 {
			body[k][desc] += descBreaks(p.seq/3 + k)
		}
	}
	tails := make([]string, len(body))
	for k, r := range body { // a name the column may cut, whole for the scorer's eyes
		tails[k] = fullNameMark + r[0] + fullNameEnd
	}
	style := [...]string{"old-ascii", "ascii", "unicode"}[p.seq%3]
	p.f("%s", psqlPrint(psqlFormats[style], p.seq/3%3, [...]int{80, 100}[p.seq/9%2], head, body, tails))
}
