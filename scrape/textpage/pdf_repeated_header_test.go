package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPDFRepeatedHeader: a table that a PDF's page break cuts, its header row repeated at
// the next page's top (as a browser prints a long table), with the columns set a little
// apart on the new page, is one table: the nested rows on the second page keep the depth
// their tree's glyphs give them under the rows of the first, with an info warning. Before,
// the second page's rows were a table of their own, "└ Config" its top level, each row one
// level too shallow. A row the page break cut goes on under the repeated header (its
// description's lines, which the blank line under the header sets off as if they were a
// new paragraph); before, they were a row named "The", or ended the table and the rows
// after them were lost with no warning.
func TestPDFRepeatedHeader(t *testing.T) {
	text := "GetThing\n\nResponse parameters\n" +
		"  Parameter                  Type      Description                 Example\n" +
		"  data                       object\n" +
		"                                       The data.\n\n" +
		"  └ instanceId               string                                sample\n" +
		"                                       The instance ID.\n\n\n" +
		"> Document Version: 20241201                                                 1\n" +
		"\fElastic Compute Service                         API Reference · API operations\n\n\n" +
		"  Parameter                   Type       Description                  Example\n" +
		"  └ config                    object\n" +
		"                                         The config.\n\n" +
		"  └└ aclType                  string                                  sample\n" +
		"                                         The ACL type.\n\n" +
		"  requestId                   string                                  sample\n" +
		"                                         The request ID.\n\n\n" +
		"> Document Version: 20241201                                                 2\n" +
		"\fElastic Compute Service                         API Reference · API operations\n\n\n" +
		"Error codes\n\nNone.\n\n\n" +
		"> Document Version: 20241201                                                 3\n\f"
	p := readText(t, text)
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"data", "instanceId", "config", "aclType", "requestId"})
	var depths []string
	for _, r := range resp.Rows {
		depths = append(depths, string(rune('0'+r.Depth)))
	}
	equal(t, "depths", depths, []string{"0", "1", "1", "2", "0"})
	if w := warningsOf(p); !strings.Contains(w, "table header repeated at the top of a PDF's page") {
		t.Errorf("no warning of the repeated header:\n%s", w)
	}

	// a row the page break cut: its description goes on under the repeated header, the
	// page's first lines no row, the header's columns its own; the lines start past the
	// Description column's start (a cell's padding) after the blank line under the header
	text = "Elastic Compute Service                         API Reference · API operations\n\n\n" +
		"GetThing\n\nRequest parameters\n" +
		"  Parameter               Type     Required Description                 Example\n" +
		"  RegionId                string   Yes      The region.                 cn-hangzhou\n\n" +
		"  ResourceOwnerAccount    string   No                                   sample\n\n\n" +
		"> Document Version: 20241201                                                 1\n" +
		"\fElastic Compute Service                         API Reference · API operations\n\n\n" +
		"  Parameter                Type      Required Description                  Example\n\n" +
		"                                                The resource owner\n" +
		"                                                account.\n\n" +
		"  ResourceOwnerId          long      No       The resource owner.          1\n\n\n" +
		"> Document Version: 20241201                                                 2\n\f"
	p = readText(t, text)
	req := table(t, p, page.RequestParams)
	equal(t, "cut row: names", column(req, page.ColName), []string{"RegionId", "ResourceOwnerAccount", "ResourceOwnerId"})
	equal(t, "cut row: descriptions", column(req, page.ColDescription), []string{"The region.", "The resource owner account.", "The resource owner."})
}
