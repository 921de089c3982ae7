package extract

import (
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestListsWithoutItemType: lists whose rows name no item type (X.N | RepeatList, a bare
// List or Array row with no item row and no example element) get string items, with a
// warning naming the field, and the spec stays valid.
func TestListsWithoutItemType(t *testing.T) {
	p := &page.Page{File: "f.md", Title: "RunThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"EventId.N", "RepeatList", "Yes", "The event IDs.", "e-xhskHun1256****"},
			[]string{"zones", "List", "No", "The zones.", ""},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, respHeader,
			[]string{"RequestId", "String", "The request ID.", "r1"},
			[]string{"Codes", "Array", "The codes.", ""},
		)),
	}}
	op, res := mustOp(t, p)
	for _, p := range op.Params {
		if p.Schema.Type != "array" || p.Schema.Items == nil || p.Schema.Items.Type != "string" {
			t.Errorf("%s: %+v, want an array of strings", p.Name, p.Schema)
		}
	}
	if ev := op.Params[0].Schema; ev.Items.Example != "e-xhskHun1256****" {
		t.Errorf("EventId items %+v", ev.Items)
	}
	codes := op.Response.Properties[1].Schema
	if codes.Type != "array" || codes.Items == nil || codes.Items.Type != "string" {
		t.Errorf("Codes = %+v, want an array of strings", codes)
	}
	spec := &opspec.Spec{Product: "Ecs", Version: "2014-05-26", Style: opspec.RPC, Operations: []*opspec.Operation{op}}
	if err := spec.Validate(); err != nil {
		t.Errorf("invalid operation: %v", err)
	}
	for _, w := range []string{"EventId.N\" is typed RepeatList with no item type", "zones is typed List with no item type", "Codes is typed Array with no item type"} {
		if !hasWarning(res, w) {
			t.Errorf("no warning %q in %v", w, res.Warnings)
		}
	}
}
