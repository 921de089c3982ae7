package textpage

import "testing"

// TestGluedRestOnce guards that a line of a glued table is searched for a split with free
// text after its cells (gluedRest) once: in a table with a Required column, a line that
// reads as no row ("rmq-cn-7e22ody****", an example) was searched twice, first for a
// split with a Required word, then as the last reading, with the same answer.
func TestGluedRestOnce(t *testing.T) {
	text := "Request parameters\n\nParameterTypeRequiredDescriptionExample\n" +
		"instanceIdstringYes\n\nThe instance ID.\n\nrmq-cn-7e22ody****\n" +
		"usernamestringYes\n\nThe username.\n\nxxx\n"
	d, err := read("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	h, ok := d.header(2)
	if !ok || h.style != styleGlued {
		t.Fatalf("line 3 reads as no glued header: %+v", h)
	}
	tt := d.newTypedTable(h)
	for i := h.end; i < len(d.lines); i++ {
		if d.blank(i) {
			continue
		}
		before := tt.restSplits
		tt.splitGluedRow(i)
		if n := tt.restSplits - before; n > 1 {
			t.Errorf("line %q: gluedRest searched %d times, want at most once", d.t(i), n)
		}
	}
}
