package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestIndentedPipeTables: a pipe table indented as a block on a page that is not, as
// pandoc's plain text indents its simple tables (rewritten into pipe tables by pipeGrids,
// indent kept) and a list item indents a table, is read as at the margin: its rows were
// read as no table and lost with no warning. A JSON example indented deeper after the
// table stays as it is.
func TestIndentedPipeTables(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"pandoc simple", "  Parameter   Type     Required   Description\n" +
			"  ----------- -------- ---------- ------------------\n" +
			"  RegionId    String   Yes        The region.\n" +
			"  PageSize    Integer  No         The page size.\n"},
		{"pipe rows, descriptions below", "  | Parameter | Type | Required | Description |\n" +
			"  |---|---|---|---|\n" +
			"  | RegionId | String | Yes |\n  The region. |\n" +
			"  | PageSize | Integer | No |\n  The page size. |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := readText(t, "ListThings\n\nLists things.\n\nRequest parameters\n\n"+tc.table+
				"\nResponse parameters\n\n  | Parameter | Type | Description |\n  |---|---|---|\n  | RequestId | String | The request ID. |\n\n"+
				"Examples\n\n    {\n      \"RequestId\": \"A1\"\n    }\n")
			equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)),
				[]string{"RegionId|String|Yes|The region.", "PageSize|Integer|No|The page size."})
			equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)),
				[]string{"RequestId|String|The request ID."})
		})
	}
}
