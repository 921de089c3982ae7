package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestWrappedHeadingNoBlank: a heading wrapped over two lines right under a table's last
// line, no blank line between, heads the table whose header follows it ("Output" over
// "parameters": the response's, though "parameters" alone is the request's); the same
// two lines under a paragraph with no table after them stay text of the section.
func TestWrappedHeadingNoBlank(t *testing.T) {
	p := readText(t, `DescribeZones

Request parameters

Name          Type      Required   Description
RegionId      String    Yes        The region.
Output
parameters
Name          Type      Description
RequestId     String    The request ID.
`)
	equal(t, "response names", column(table(t, p, page.ResponseParams), page.ColName), []string{"RequestId"})
	equal(t, "request names", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId"})

	p = readText(t, `DescribeZones

Request parameters

Name          Type      Required   Description
RegionId      String    Yes        The region.

The call writes its result.
Output
parameters
are listed below.
`)
	for _, s := range p.Sections {
		if s.Kind == page.ResponseParams {
			t.Errorf("section %q (%v) opened by prose", s.Heading, s.Kind)
		}
	}
}
