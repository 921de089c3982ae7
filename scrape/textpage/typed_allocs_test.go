package textpage

import (
	"fmt"
	"strings"
	"testing"
)

// TestTypedRowAllocs guards what each row of a typed table costs in allocations, two: its
// cells and its free text (the units: room for a unit a free column, made at once). Two
// costs were each row's too before: the units grown a unit at a time (two slices for a
// description and an example), and the row's name line judged as a heading (untypedRow
// asked endsTable before whether a row starts there; the lexicon lower-cases its key).
// Counted as the allocations ten more rows add, so the table's own (its header, the
// slices that grow with it) do not count.
func TestTypedRowAllocs(t *testing.T) {
	const desc = "The ID of the instance that DescribeInstances returns."
	for _, c := range []struct{ name, header, row string }{
		{"glued", "ParameterTypeDescriptionExample\nobject\n", "InstanceId%dstring\n\n" + desc + "\n\nidaas_abt3pfwojojcq323si6g5xxxxx\n"},
		{"cells", "Parameter\nType\nDescription\nExample\n", "InstanceId%d\nstring\n" + desc + "\nidaas_abt3pfwojojcq323si6g5xxxxx\n"},
	} {
		page := func(n int) []byte {
			var b strings.Builder
			b.WriteString("Response parameters\n\n" + c.header)
			for k := range n {
				fmt.Fprintf(&b, c.row, k)
			}
			return []byte(b.String())
		}
		p10, p20 := page(10), page(20)
		a10 := testing.AllocsPerRun(5, func() { Reader{}.Read("x.txt", p10) })
		a20 := testing.AllocsPerRun(5, func() { Reader{}.Read("x.txt", p20) })
		if per := (a20 - a10) / 10; per > 2.5 {
			t.Errorf("%s: %.1f allocations a row, want at most 2.5", c.name, per)
		}
	}
}
