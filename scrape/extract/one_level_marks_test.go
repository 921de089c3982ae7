package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A row the example shows deeper than its mark is placed as the example shows. In a table
// whose marks never go past one level (one └ for any depth, as legacy ECS pages have) the
// marks agree with the example: a note, not a guess, as it is no doubt; in a table with
// deeper marks the two disagree, which stays a guess.
func TestOneLevelMarksAgreeWithExample(t *testing.T) {
	for _, c := range []struct {
		name string
		rows [][]string
		deep []int
		kind page.WarnKind
	}{
		{"one level", [][]string{{"Zones", "Array", "The zones.", ""}, {"Resources", "Array", "The resources.", ""}, {"Max", "Integer", "The max.", "2"}},
			[]int{0, 1, 1}, page.Info},
		{"deeper marks", [][]string{{"Zones", "Array", "The zones.", ""}, {"Resources", "Array", "The resources.", ""}, {"Min", "Integer", "The min.", "1"}, {"Max", "Integer", "The max.", "2"}},
			[]int{0, 1, 2, 1}, page.Guess},
	} {
		b := tbl(6, respHeader, c.rows...)
		for i := range b.Table.Rows {
			b.Table.Rows[i].Depth = c.deep[i]
		}
		p := &page.Page{File: "z.md", Title: "Svc:GetZones", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 12, code(13, `{"Zones": [{"Resources": [{"Min": 1, "Max": 2}]}]}`)),
		}}
		op, res := mustOp(t, p)
		res0 := op.Response.Properties[0].Schema.Items.Properties[0].Schema.Items
		if !strings.Contains(names(res0), "Max") {
			t.Errorf("%s: Resources items %s, want Max among them", c.name, names(res0))
		}
		var kinds []page.WarnKind
		for _, w := range res.Warnings {
			if strings.HasPrefix(w.Msg, `response field "Max"`) && strings.Contains(w.Msg, `"Resources"`) {
				kinds = append(kinds, w.Kind)
			}
		}
		if len(kinds) != 1 || kinds[0] != c.kind {
			t.Errorf("%s: warnings on Max of kinds %v, want one %s; warnings %v", c.name, kinds, c.kind, res.Warnings)
		}
	}
}
