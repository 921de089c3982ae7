package scrape

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestUIListTypes: the swagger and redoc shapes write a list's type as Swagger UI and Redoc
// do, with its items' ("array[string]", "Array of strings", uiType), the shapes' flat
// request tables showing no depth or Example column. Written "array" alone (the SDK's Go
// type of a text truth record's list of strings, which the convention spells), a list of
// strings with a field after it took that field as its items' (computenestsupplier
// GetService ShowDetail then FilterAliUid, vpc AllocateEipAddressPro; a guess, and a name
// not in the truth: glyph+swagger and glyph+redoc at UNSEEN_STRIDE=1).
func TestUIListTypes(t *testing.T) {
	r := &htmlTruthRecord{accRecord: accRecord{Product: "demo", Version: "2020-01-01", Operation: "GetThing", Style: "RPC",
		Request: []accNode{{Name: "RegionId", In: "query", DocType: "string", Required: true},
			{Name: "ShowDetail", In: "query", DocType: "array<string>", GoType: "array"}, {Name: "FilterAliUid", In: "query", DocType: "boolean"}},
		Response: []accNode{{Name: "RequestId", DocType: "string"}}}, Method: "POST", Path: "/"}
	for _, shape := range []string{"glyph+swagger", "glyph+redoc"} {
		for _, seq := range []int{3, 7, 11} { // the SDK's types (truthPage.spell): "array", in each of redoc's forms
			file := fmt.Sprintf("demo-2020-01-01-GetThing-%s.html", shape)
			doc, warnings, err := scrapeAlone(file, renderTruthPage(shape, seq, r), accPage{File: file, Product: r.Product, Version: r.Version, Operation: r.Operation})
			if err != nil {
				t.Fatalf("%s %d: %v", shape, seq, err)
			}
			req, _, err := projectOperation(doc, r.Operation)
			if err != nil {
				t.Fatalf("%s %d: %v", shape, seq, err)
			}
			if _, ok := req["FilterAliUid"]; !ok || len(req) != 3 {
				t.Errorf("%s %d: request %q; want RegionId, ShowDetail, FilterAliUid at the top level", shape, seq, slices.Sorted(maps.Keys(req)))
			}
			for _, w := range warnings {
				if strings.Contains(w.Msg, "ShowDetail") {
					t.Errorf("%s %d: %s", shape, seq, w.Msg)
				}
			}
		}
	}
}
