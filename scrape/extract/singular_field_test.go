package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A row named as the singular of the list above it is the list's item row, unless the
// example shows the list's items as objects with a field of that name: then it is a field
// of the items ("endpoints": [{"endpoint": ..., "zoneId": ...}]), with depth marks and
// without.
func TestSingularNamedField(t *testing.T) {
	for _, depths := range [][]int{{0, 1, 1}, {-1, -1, -1}} {
		b := tbl(6, respHeader,
			[]string{"endpoints", "Array", "The endpoints.", ""},
			[]string{"endpoint", "String", "The endpoint.", "a"},
			[]string{"zoneId", "String", "The zone.", "z"})
		for i := range b.Table.Rows {
			b.Table.Rows[i].Depth = depths[i]
		}
		p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 10, code(11, `{"endpoints": [{"endpoint": "a", "zoneId": "z"}]}`)),
		}}
		op, res := mustOp(t, p)
		if got := names(op.Response); got != "endpoints" {
			t.Fatalf("depths %v: response = %s; warnings %v", depths, got, res.Warnings)
		}
		items := op.Response.Properties[0].Schema.Items
		if items == nil || items.Type != "object" || names(items) != "endpoint,zoneId" {
			t.Errorf("depths %v: endpoints items = %+v; warnings %v", depths, items, res.Warnings)
		}
	}
}
