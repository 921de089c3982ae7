package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A list row with no item type whose example shows numbers or booleans ("Ids | array |
// [1700000000000]") gets string items, as the SDKs type most such lists, but some type them
// as numbers (array<long>): the page does not say, so the reading is a guess naming the row.
// An example of strings leaves no doubt; one whose values disagree (["g-1", 2]) does not
// settle it either (exampleItems reads every element, not the first alone).
func TestScalarListExampleOfNumbersWarned(t *testing.T) {
	for _, c := range []struct {
		example string
		warned  bool
	}{{"[1700000000000]", true}, {"[true]", true}, {`["g-1"]`, false}, {`["g-1", "g-2"]`, false}, {`["g-1", 2]`, true}} {
		p := &page.Page{File: "s.md", Title: "Svc:CreateService", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
				[]string{"Ids", "array", "No", "The IDs.", c.example})),
		}}
		op, res := mustOp(t, p)
		if s := op.Params[0].Schema; s.Items == nil || s.Items.Type != "string" {
			t.Fatalf("%s: Ids = %+v, want a list of strings", c.example, s)
		}
		warned := false
		for _, w := range res.Warnings {
			warned = warned || w.Kind == page.Guess && strings.HasPrefix(w.Msg, `row "Ids": typed array with no item type`)
		}
		if warned != c.warned {
			t.Errorf("%s: warned %v, want %v; warnings %v", c.example, warned, c.warned, res.Warnings)
		}
	}
}
