package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestMarkupEscapedListExample: a list row's example written with a lightweight markup's
// escapes before its brackets (Jira's "\[10\]", as a hand-written Jira table and pandoc
// -t jira write it) is the JSON value without them: its items are read from it as from
// "[10]", numbers named in a guess, strings not, and the example is the value; so too
// with escapes before its quotes (Haddock's `[\"g-1\"]`), where the cell as written is no
// JSON (a string's own `\"` stays). Before,
// "\[10\]" was no JSON: the list read as strings silently. A cell that only opens with
// an escape and is no JSON without it stays as it is.
func TestMarkupEscapedListExample(t *testing.T) {
	for _, c := range []struct {
		example, want string
		warned        bool
	}{{`\[1700000000000\]`, "[1700000000000]", true}, {`\["g-1"\]`, `["g-1"]`, false}, {`\[g-1`, `\[g-1`, false},
		{`[\"g-1\"]`, `["g-1"]`, false}, {`["g\"1"]`, `["g\"1"]`, false}} {
		p := &page.Page{File: "s.txt", Title: "Svc:CreateService", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
				[]string{"Ids", "array", "No", "The IDs.", c.example})),
		}}
		op, res := mustOp(t, p)
		s := op.Params[0].Schema
		if s.Items == nil || s.Items.Type != "string" || s.Example != c.want {
			t.Errorf("%s: Ids = %+v, example %q; want a list of strings, example %q", c.example, s, s.Example, c.want)
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
