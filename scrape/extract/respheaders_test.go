package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestResponseHeadersWarnedOnce: the headers of every response-headers section, table
// rows or a section that describes them in prose only, are named in one drop warning, and
// none is a response field.
func TestResponseHeadersWarnedOnce(t *testing.T) {
	p := &page.Page{File: "g.md", Title: "# GetThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 3, tbl(4, respHeader, []string{"RequestId", "String", "The request ID.", "r-1"})),
		sec(page.ResponseHeaders, "Response headers", 6, tbl(7, respHeader,
			[]string{"`x-oss-request-id`", "String", "The request ID.", "5C06"},
			[]string{"Parameter", "Type", "Description", "Example"}, // a repeated header row
			[]string{"ETag", "String", "The entity tag.", "5B3C"})),
		sec(page.ResponseHeaders, "返回头", 11, para(12, "The response carries Content-Length.")),
	}}
	op, res := mustOp(t, p)
	if n := len(op.Response.Properties); n != 1 || op.Response.Properties[0].Name != "RequestId" {
		t.Errorf("response fields %v, want RequestId alone", op.Response.Properties)
	}
	n := 0
	for _, w := range res.Warnings {
		if w.Kind == page.Drop && w.Line == 6 &&
			w.Msg == `response headers x-oss-request-id, ETag, described under "返回头" documented but not carried into the spec: the model has no response headers, and they are no fields of the response body` {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d warnings name the headers, want 1: %v", n, res.Warnings)
	}
}
