package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestRowBetweenShownRowsSettled: a response row that the JSON example does not show, in a
// table that shows no depth, is placed by row order. Where the rows around it are fields of
// the same object that the example shows ("Id" before it, "Status" after it, both in
// Result), a table listing each object's fields together after its row leaves it no other
// place: the example settles it, a note; so does a top-level field before it that holds no
// rows (RequestId), after which nothing is open. Where the next row is elsewhere
// (RequestId, at the top level), or the row before it holds rows of its own (Sub, which
// row order gives it), it might close the object or belong to that container; and a row
// before it that row order placed (Odd, which the example does not show) settles nothing:
// still a guess. (elasticsearch GetRegionalInstanceConfig's specInfoMap fields after a map
// row were each "settled" at the top level by the one before, all wrong.)
func TestRowBetweenShownRowsSettled(t *testing.T) {
	for _, c := range []struct {
		name  string
		rows  [][]string
		guess bool
	}{
		{"between fields", [][]string{{"Result", "Struct", "The result.", ""}, {"Id", "String", "The ID.", "a"}, {"Extra", "String", "More.", "x"}, {"Status", "String", "The status.", "s"}, {"RequestId", "String", "The request.", "r"}}, false},
		{"first field", [][]string{{"Result", "Struct", "The result.", ""}, {"Extra", "String", "More.", "x"}, {"Id", "String", "The ID.", "a"}, {"Status", "String", "The status.", "s"}, {"RequestId", "String", "The request.", "r"}}, false},
		{"last field", [][]string{{"Result", "Struct", "The result.", ""}, {"Id", "String", "The ID.", "a"}, {"Status", "String", "The status.", "s"}, {"Extra", "String", "More.", "x"}, {"RequestId", "String", "The request.", "r"}}, true},
		{"after a top-level field", [][]string{{"Result", "Struct", "The result.", ""}, {"Id", "String", "The ID.", "a"}, {"Status", "String", "The status.", "s"}, {"RequestId", "String", "The request.", "r"}, {"Extra", "String", "More.", "x"}}, false},
		{"after a row-order guess", [][]string{{"Result", "Struct", "The result.", ""}, {"Id", "String", "The ID.", "a"}, {"Status", "String", "The status.", "s"}, {"RequestId", "String", "The request.", "r"}, {"Odd", "String", "Odd.", "o"}, {"Extra", "String", "More.", "x"}}, true},
		{"after a container", [][]string{{"Result", "Struct", "The result.", ""}, {"Id", "String", "The ID.", "a"}, {"Sub", "Struct", "A part.", ""}, {"Code", "String", "A code.", "c"}, {"Extra", "String", "More.", "x"}, {"Status", "String", "The status.", "s"}, {"RequestId", "String", "The request.", "r"}}, true},
	} {
		p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, c.rows...)),
			sec(page.Examples, "Examples", 20, code(21, `{"Result": {"Id": "a", "Sub": {"Code": "c"}, "Status": "s"}, "RequestId": "r"}`)),
		}}
		op, res := mustOp(t, p)
		result := op.Response.Properties[0].Schema
		top := c.name == "after a top-level field"
		if !c.guess && !top && propNamed(result, "Extra") == nil || top && propNamed(op.Response, "Extra") == nil {
			t.Errorf("%s: Extra not where the rows around it are: %+v", c.name, op.Response)
		}
		guessed, noted := false, false
		for _, w := range res.Warnings {
			if !strings.Contains(w.Msg, `"Extra" is in the table but not in the JSON example`) {
				continue
			}
			guessed = guessed || w.Kind == page.Guess
			noted = noted || w.Kind == page.Info && strings.Contains(w.Msg, "where the example shows the rows around it")
		}
		if guessed != c.guess || noted == c.guess {
			t.Errorf("%s: guessed %v, noted %v; want a guess %v: %v", c.name, guessed, noted, c.guess, res.Warnings)
		}
	}
}
