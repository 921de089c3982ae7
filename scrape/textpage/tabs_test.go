package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestTabRowsDescriptionBelow: a tab-separated table whose rows put the description on the
// lines below hold one cell fewer than the header on the row's line. Each such row warned
// "4 cells, header has 5" though it reads right; a row that lost a cell while its
// description is on its own line still warns.
func TestTabRowsDescriptionBelow(t *testing.T) {
	p := readText(t, "Request parameters\n\nName\tType\tRequired\tExample\tDescription\n"+
		"RegionId\tString\tYes\tcn-hangzhou\n\nThe region.\n\n"+
		"PageSize\tInteger\tNo\t10\n\nThe page size.\n\n"+
		"Lost\tString\tNo\tThe cell before me is gone.\n\n")
	got := rowsOf(table(t, p, page.RequestParams))
	equal(t, "rows", got, []string{"RegionId|String|Yes|cn-hangzhou|The region.", "PageSize|Integer|No|10|The page size.", "Lost|String|No|The cell before me is gone.|"})
	w := warningsOf(p)
	if strings.Contains(w, "RegionId") || strings.Contains(w, "PageSize") {
		t.Errorf("warnings about rows that read right:\n%s", w)
	}
	if !strings.Contains(w, `row "Lost": 4 cells, header has 5`) {
		t.Errorf("no warning about the row that lost a cell:\n%s", w)
	}
}

// TestTabRowsSpreadsheetQuotes: a spreadsheet's "Text (tab-delimited)" export quotes a
// cell holding a line break or a quote, its quotes doubled; the quotes are the export's,
// not the text's. A cell quoted with nothing to escape (an example "sample") keeps them.
// Before, the description read `"The billing method. ... ""on"".`.
func TestTabRowsSpreadsheetQuotes(t *testing.T) {
	p := readText(t, "Request parameters\n\nName\tType\tRequired\tExample\tDescription\n"+
		"RegionId\tString\tYes\t\"sample\"\tThe region.\n"+
		"ChargeType\tString\tNo\tPostPaid\t\"The billing method.\nValid values: \"\"on\"\".\"\n"+
		"Format\tString\tNo\tjson\t\"The \"\"json\"\" format.\"\n"+
		"Size\tInteger\tNo\t10\tThe size.\n")
	got := rowsOf(table(t, p, page.RequestParams))
	equal(t, "rows", got, []string{"RegionId|String|Yes|\"sample\"|The region.",
		"ChargeType|String|No|PostPaid|The billing method.\nValid values: \"on\".",
		"Format|String|No|json|The \"json\" format.", "Size|Integer|No|10|The size."})
}
