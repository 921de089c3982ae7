package pagetest

import "strings"

// ColTabs is text as `col -b` writes a rendered manual page's blanks: each run of two
// blanks or more that reaches a tab stop (every 8th column) written as tabs to the last
// stop it reaches, then blanks ("Type\t Required"). The text reader's tests and the scrape
// package's col -b shape both use it.
func ColTabs(text string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		rs := []rune(l)
		col := 0
		for k := 0; k < len(rs); {
			if rs[k] != ' ' {
				b.WriteRune(rs[k])
				col++
				k++
				continue
			}
			end := k
			for end < len(rs) && rs[end] == ' ' {
				end++
			}
			to := col + end - k
			if stop := to / 8 * 8; end-k >= 2 && stop > col {
				for s := col; s < stop; s = s/8*8 + 8 {
					b.WriteByte('\t')
				}
				b.WriteString(strings.Repeat(" ", to-stop))
			} else {
				b.WriteString(strings.Repeat(" ", end-k))
			}
			col, k = to, end
		}
	}
	return b.String()
}
