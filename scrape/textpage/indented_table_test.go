package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestIndentedPipeTables: a pipe table indented as a block on a page that is not, as
// pandoc's plain text indents its simple tables (rewritten into pipe tables by pipeGrids,
// indent kept) and a list item indents a table, is read as at the margin: its rows were
// read as no table and lost with no warning. So is the pipe layout's table (a cell a line,
// "|" opening each row) indented as a block, as pasted into an email or a Markdown code
// block, right under its heading too. A JSON example indented deeper after the table
// stays as it is.
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
		// the pipe layout, a cell a line, a lone "|" opening each row: before, its rows
		// were read as rows of the wrong cells (a header word a row, "4 of 5 cells")
		{"pipe layout", "\t|\n\tParameter |\n\tType |\n\tRequired |\n\tDescription |\n" +
			"\t| RegionId |\n\tString |\n\tYes |\n\tThe region. |\n" +
			"\t| PageSize |\n\tInteger |\n\tNo |\n\tThe page size. |\n"},
		{"pipe layout under its heading", "    |\n    Parameter |\n    Type |\n    Required |\n    Description |\n" +
			"    | RegionId |\n    String |\n    Yes |\n    The region. |\n" +
			"    | PageSize |\n    Integer |\n    No |\n    The page size. |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gap := "\n\n"
			if tc.name == "pipe layout under its heading" {
				gap = "\n"
			}
			p := readText(t, "ListThings\n\nLists things.\n\nRequest parameters"+gap+tc.table+
				"\nResponse parameters\n\n  | Parameter | Type | Description |\n  |---|---|---|\n  | RequestId | String | The request ID. |\n\n"+
				"Examples\n\n    {\n      \"RequestId\": \"A1\"\n    }\n")
			equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)),
				[]string{"RegionId|String|Yes|The region.", "PageSize|Integer|No|The page size."})
			equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)),
				[]string{"RequestId|String|The request ID."})
		})
	}
}
