package textpage

import (
	"strings"
	"testing"
)

// TestHeadingWrapAskedOnce guards that a heading line is judged once whether it goes on at
// the next line (wrappedHeading): body asked it again of every heading, and of a heading
// over a short line of words ("Examples" over "Success response") that joined the two lines
// and put them to the lexicon (two allocations), though a heading the lexicon knows alone
// never goes on. Counted as the allocations ten more such sections add.
func TestHeadingWrapAskedOnce(t *testing.T) {
	page := func(n int) []byte {
		var b strings.Builder
		b.WriteString("Title\n\n")
		for range n {
			b.WriteString("Change history\n\nRelease notes\n\nSome words.\n\n")
		}
		return []byte(b.String())
	}
	p10, p20 := page(10), page(20)
	a10 := testing.AllocsPerRun(5, func() { Reader{}.Read("x.txt", p10) })
	a20 := testing.AllocsPerRun(5, func() { Reader{}.Read("x.txt", p20) })
	if per := (a20 - a10) / 10; per > 12 {
		t.Errorf("%.1f allocations a section, want at most 12 (13 when body asks the heading again whether it wraps)", per)
	}
}
