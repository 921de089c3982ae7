package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A JSON example whose keys carry spaces (" UserData ", a typo of a real ECS page) names the
// table's fields: the spec gets no second, space-named field, and the trim is named.
func TestExampleKeysWithSpaces(t *testing.T) {
	p := &page.Page{File: "e.md", Title: "DescribeUserData", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "Xxx.", "473469C7"},
			[]string{"UserData", "String", "Xxx.", "ZWNobw"},
			[]string{"Info", "Struct", "Xxx.", ""},
			[]string{"Name", "String", "Xxx.", "n"})),
		sec(page.Examples, "Examples", 12, code(13, `{"RequestId": "x", " UserData ": "ZWNobw", "Info": {"Name ": "n"}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,UserData,Info" {
		t.Errorf("response fields %s, want RequestId,UserData,Info", got)
	}
	if got := names(op.Response.Properties[2].Schema); got != "Name" {
		t.Errorf("Info fields %s, want Name", got)
	}
	if !hasWarning(res, `JSON example key " UserData " has spaces around it; read as "UserData"`) ||
		!hasWarning(res, `JSON example key "Name " has spaces around it; read as "Name"`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// A page that documents no response (cut off before it, or never written) says so: the
// spec's empty response is the scraper's assumption, not the page's.
func TestNoResponseDocumented(t *testing.T) {
	p := &page.Page{File: "r.md", Title: "DescribeThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"RegionId", "String", "Yes", "Xxx.", "cn-hangzhou"})),
	}}
	op, res := mustOp(t, p)
	if op.Response != nil && len(op.Response.Properties) > 0 {
		t.Errorf("response fields %s from no response", names(op.Response))
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Guess && w.String() == "r.md: no response section and no response example; the response is taken to have no fields" {
			return
		}
	}
	t.Errorf("no guess warning for the missing response in %v", res.Warnings)
}
