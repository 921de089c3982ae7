package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestFlatListExample: a flattened row that indexes a list and is typed a list with no item
// type ("Libs.N | array | ["sample"]", as a cells or pipe text page writes an RPC list of
// strings) has its items shown by its own example, as a plain list row does
// (listItemsFromExample): strings settle string items with no warning, numbers are still
// read as strings by a guess naming the row, objects make object items whose fields are the
// rows under the list when it has any (Libs.N.Key), else the example's. Before, every such
// row got string items by the guess "items taken as string" (computenestsupplier GetService
// ShowDetail, vpc AllocateEipAddressPro SecurityProtectionTypes in every text layout).
func TestFlatListExample(t *testing.T) {
	for _, c := range []struct {
		example string
		under   []string // a row under the list: name, type
		items   string   // the items' type
		field   string   // a field of the items, with the row's description when under is set
		guess   bool
	}{
		{example: `["sample"]`, items: "string"},
		{example: `["a", "b"]`, items: "string"},
		{example: `[1, 2]`, items: "string", guess: true},
		{example: `["a", true]`, items: "string", guess: true},
		{example: `[{"Key": "k"}]`, items: "object", field: "Key"},
		{example: `[{"Key": "k"}]`, under: []string{"Libs.N.Key", "string"}, items: "object", field: "Key"},
	} {
		rows := [][]string{{"RegionId", "string", "Yes", "The region.", "cn-hangzhou"},
			{"Libs.N", "array", "No", "The libraries.", c.example}}
		if c.under != nil {
			rows = append(rows, []string{c.under[0], c.under[1], "No", "The key row.", "k"})
		}
		p := &page.Page{File: "s.md", Title: "Svc:CreateThing", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, rows...)),
		}}
		op, res := mustOp(t, p)
		for _, prm := range op.Params {
			if prm.Name != "Libs" {
				continue
			}
			it := prm.Schema.Items
			if prm.Schema.Type != "array" || it == nil || it.Type != c.items {
				t.Fatalf("%s: Libs = %+v, want a list of %s", c.example, prm.Schema, c.items)
			}
			if c.field != "" {
				if len(it.Properties) != 1 || it.Properties[0].Name != c.field {
					t.Fatalf("%s: items %+v, want the field %s", c.example, it, c.field)
				}
				if d := it.Properties[0].Schema.Description; c.under != nil && d != "The key row." {
					t.Errorf("%s: %s described %q, want the row's", c.example, c.field, d)
				}
			}
		}
		guessed := false
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "Libs") && w.Kind != page.Info {
				guessed = true
				if !c.guess || w.Kind != page.Guess {
					t.Errorf("%s: %s", c.example, w.Msg)
				}
			}
		}
		if c.guess && !guessed {
			t.Errorf("%s: no guess names Libs; warnings %v", c.example, res.Warnings)
		}
	}
}
