package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestDeeperRowIsGuessed: a row the table nests deeper than its parent row (depth 2 under a
// row of depth 0) is placed one level below that row, where the page does not say it is: a
// guess that names it, as the scorer counts a misplaced name warned only when a drop or
// guess names it. It was an info warning, and a misplaced field went by silently.
func TestDeeperRowIsGuessed(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"Result", "Struct", "The result.", ""},
		[]string{"Code", "String", "The code.", "ok"},
		[]string{"RequestId", "String", "The request ID.", "r"})
	for i, d := range []int{0, 2, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
	}}
	_, res := mustOp(t, p)
	var deeper []page.Warning
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "deeper") {
			deeper = append(deeper, w)
		}
	}
	if len(deeper) != 1 || deeper[0].Kind != page.Guess || !strings.Contains(deeper[0].Msg, `"Code"`) {
		t.Errorf("warnings %v; want one guess naming Code nested deeper than its parent row", res.Warnings)
	}
}
