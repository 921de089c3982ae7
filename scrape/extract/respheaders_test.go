package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestResponseHeadersCarried: the rows of every response-headers section are the
// operation's response headers, in page order, typed and described as parameter rows are,
// and none is a response field. What cannot be a header is dropped by name: a name that
// is no HTTP header name, a dotted name (a body field's path, "Data.Size": a valid token,
// it was carried as a header before), a name repeated in another letter case, an untabled
// section.
func TestResponseHeadersCarried(t *testing.T) {
	p := &page.Page{File: "g.md", Title: "# GetThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 3, tbl(4, respHeader, []string{"RequestId", "String", "The request ID.", "r-1"})),
		sec(page.ResponseHeaders, "Response headers", 6, tbl(7, respHeader,
			[]string{"`x-oss-request-id`", "String", "The request ID.", "5C06"},
			[]string{"Parameter", "Type", "Description", "Example"}, // a repeated header row
			[]string{"ETag", "String", "The entity tag.", "5B3C"},
			[]string{"Bad Name", "String", "Not a header name.", ""},
			[]string{"etag", "String", "Again.", ""},
			[]string{"X-Total-Count", "Integer", "The number of things.", "10"},
			[]string{"X-Zones", "Array", "The zones.", ""},
			[]string{"Data.Size", "Long", "The size.", "12"})),
		sec(page.ResponseHeaders, "返回头", 16, para(17, "The response carries Content-Length.")),
	}}
	op, res := mustOp(t, p)
	if n := len(op.Response.Properties); n != 1 || op.Response.Properties[0].Name != "RequestId" {
		t.Errorf("response fields %v, want RequestId alone", op.Response.Properties)
	}
	want := []*opspec.Header{
		{Name: "x-oss-request-id", Schema: &opspec.Schema{Type: "string", DocType: "String", Description: "The request ID.", Example: "5C06"}},
		{Name: "ETag", Schema: &opspec.Schema{Type: "string", DocType: "String", Description: "The entity tag.", Example: "5B3C"}},
		{Name: "X-Total-Count", Schema: &opspec.Schema{Type: "integer", Format: "int32", DocType: "Integer", Description: "The number of things.", Example: "10"}},
		{Name: "X-Zones", Schema: &opspec.Schema{Type: "array", DocType: "Array", Description: "The zones.", Items: &opspec.Schema{Type: "string"}}},
	}
	if d := cmp.Diff(want, op.ResponseHeaders); d != "" {
		t.Errorf("response headers (-want +got):\n%s", d)
	}
	for _, w := range []string{
		`g.md:11: response header "Bad Name" dropped: not an HTTP header name`,
		`g.md:12: duplicate response header "etag" (first at line 10); keeping the first`,
		`g.md:6: response headers described under "返回头" not carried into the spec: no table lists them`,
		`g.md:14: response header X-Zones is typed Array with no item type`,
		`g.md:15: response header "Data.Size" dropped: a dotted name is a body field's path`,
	} {
		found := false
		for _, got := range res.Warnings {
			found = found || strings.HasPrefix(got.String(), w)
		}
		if !found {
			t.Errorf("no warning %q in %v", w, res.Warnings)
		}
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "x-oss-request-id") || strings.Contains(w.Msg, `"ETag"`) {
			t.Errorf("a carried header is warned about: %v", w)
		}
	}
}
