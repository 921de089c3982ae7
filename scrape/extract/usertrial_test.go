package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

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
