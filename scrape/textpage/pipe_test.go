package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPipeCellsHeaderThenRowNamedLikeColumn: in the pipe-cells layout without leading
// pipes (one "word |" a line), a first row named like a column word ("Code", an error-code
// column's word) followed by its type is a row, not a fifth column; a column word followed
// by the response's unnamed root row ("object |" then "|||") stays the header's.
func TestPipeCellsHeaderThenRowNamedLikeColumn(t *testing.T) {
	head := "Response parameters\nParameter |\nType |\nDescription |\nExample |\n"
	for _, c := range []struct {
		name, rows string
		want       []string
	}{
		{"row named Code", "Code |\nstring |\nThe code. |\n200 |\nData |\n*GetThingResponseBodyData |\nThe data. |\n|\n", []string{"Code", "Data"}},
		{"root row", "object |\n|||\nCode |\nstring |\nThe code. |\n200 |\n", []string{"", "Code"}},
		{"root row described", "object |\nThe response. |\n||\nCode |\nstring |\nThe code. |\n200 |\n", []string{"", "Code"}},
	} {
		p, err := Reader{}.Read("p.txt", []byte("GetThing\n\n"+head+c.rows))
		if err != nil {
			t.Fatal(err)
		}
		resp := table(t, p, page.ResponseParams)
		equal(t, c.name+" header", resp.Header, []string{"Parameter", "Type", "Description", "Example"})
		equal(t, c.name+" names", column(resp, page.ColName), c.want)
		for _, w := range p.Warnings {
			t.Errorf("%s: warning %s", c.name, w.Msg)
		}
	}
}
