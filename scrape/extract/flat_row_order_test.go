package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestFlatRowOrder: a list's indexed row (Libs.N) listed after the row of a field of its
// items (Libs.N.Key) declares what it declares listed first: the list is required by it and
// its items objects with that field, described by it. Before, the row came too late for
// the items Libs.N.Key had made objects, and it was dropped ("conflicts with object items
// of \"Libs\"; row skipped"), with its description and required mark; and listed first with
// no item type, it guessed string items ("items taken as string") that the next row undid.
func TestFlatRowOrder(t *testing.T) {
	for _, typ := range []string{"RepeatList", "Array of Object", "Object"} {
		var shapes, descs []string
		for _, rows := range [][][]string{
			{{"Libs.N", typ, "Yes", "The libraries.", ""}, {"Libs.N.Key", "String", "No", "The key.", "k"}},
			{{"Libs.N.Key", "String", "No", "The key.", "k"}, {"Libs.N", typ, "Yes", "The libraries.", ""}},
		} {
			all := append([][]string{{"RegionId", "String", "Yes", "The region.", "cn-hangzhou"}}, rows...)
			p := &page.Page{File: "s.md", Title: "Svc:CreateThing", Sections: []*page.Section{
				sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, all...)),
			}}
			op, res := mustOp(t, p)
			for _, w := range res.Warnings {
				if w.Kind == page.Drop || w.Kind == page.Guess && strings.Contains(w.Msg, "Libs") {
					t.Errorf("%s %s first: %s", typ, rows[0][0], w.Msg)
				}
			}
			var libs = op.Params[len(op.Params)-1]
			if libs.Name != "Libs" || !libs.Required || libs.Schema.Items == nil {
				t.Fatalf("%s %s first: %+v", typ, rows[0][0], libs)
			}
			shapes = append(shapes, typeName(libs.Schema)+"/"+propNames(libs.Schema.Items.Properties))
			descs = append(descs, libs.Schema.Items.Description)
		}
		if shapes[0] != shapes[1] || shapes[0] != "array<object>/Key" || descs[0] != descs[1] || descs[0] != "The libraries." {
			t.Errorf("%s: the two orders read %v described %q", typ, shapes, descs)
		}
	}
}
