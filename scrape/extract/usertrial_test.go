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
