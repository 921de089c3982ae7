package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A row named as the list above it ("LockReason | Array", then "LockReason | String") is
// read as the list's item; where the example shows object items with a field of that
// name, the row may be that field instead, so the reading is a guess naming the list (the
// field is wrong when the example is right). An unnamed item row is plainly the item: a
// disagreement with the example stays a note.
func TestItemRowAgainstExampleWarned(t *testing.T) {
	for _, c := range []struct {
		item string
		kind page.WarnKind
	}{{"LockReason", page.Guess}, {"", page.Info}} {
		b := tbl(6, respHeader,
			[]string{"OperationLocks", "Struct", "The locks.", ""},
			[]string{"LockReason", "Array", "The reasons.", ""},
			[]string{c.item, "String", "A reason.", "a"})
		p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 10, code(11, `{"OperationLocks": {"LockReason": [{"LockReason": "a"}]}}`)),
		}}
		op, res := mustOp(t, p)
		list := op.Response.Properties[0].Schema.Properties[0].Schema
		if list.Items == nil || list.Items.Type != "string" {
			t.Fatalf("item %q: LockReason = %+v, want the table's list of strings", c.item, list)
		}
		found := false
		for _, w := range res.Warnings {
			if strings.HasPrefix(w.Msg, `items of "LockReason"`) {
				found = true
				if w.Kind != c.kind || c.item != "" && !strings.Contains(w.Msg, `row "LockReason"`) {
					t.Errorf("item %q: %s (%s), want a %s naming the row", c.item, w, w.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("item %q: no warning about the items of LockReason in %v", c.item, res.Warnings)
		}
	}
}
