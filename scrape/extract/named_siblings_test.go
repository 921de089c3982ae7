package extract

import (
	"slices"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A flattened row whose description names a member of its own list that no row lists
// (Tag.N.Key: "… you must also specify the Tag.N.Value parameter.", the table cut off
// after it) gets that member, a string, with a guess naming it. A flattened name of a list
// no row belongs to (Filter.N.Key), one spelt as a row in other letter case, or one in
// the middle of a longer dotted word is not taken.
func TestNamedSiblings(t *testing.T) {
	p := &page.Page{File: "t.txt", Title: "Svc:ListThings", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"Action", "String", "Yes", "The operation.", "ListThings"},
			[]string{"Tag.N.Key", "String", "No", "The tag key. If you specify it, specify the Tag.N.Value parameter. See Filter.N.Key, tag.n.key and x.Tag.N.Other.", "k"},
		))}}
	op, res := mustOp(t, p)
	if len(op.Params) != 1 || op.Params[0].Name != "Tag" || names(op.Params[0].Schema.Items) != "Key,Value" {
		t.Fatalf("params = %+v (warnings %v)", op.Params, res.Warnings)
	}
	if v := op.Params[0].Schema.Items.Properties[1].Schema; v.Type != "string" {
		t.Errorf("Tag.N.Value = %+v", v)
	}
	var got []string
	for _, w := range res.Warnings {
		got = append(got, w.String())
	}
	want := `t.txt:8: request parameter "Tag.N.Value" is in no row: the description of "Tag.N.Key" names it, in the form of the rows of that list (Tag.N.…); added as a string`
	if !slices.Contains(got, want) {
		t.Errorf("warnings:\n%v\nwant %s", got, want)
	}
}
