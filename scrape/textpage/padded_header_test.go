package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPaddedPipeHeader: a pipe table padded to its columns' widths (sqlite3's markdown
// mode, which centres the column names) whose header line is longer than maxHeaderLine
// because a cell below is long (a Go struct type) reads by its column words, as an aligned
// table's padded header does. Before, the header was no header: the table was empty, its
// fields guessed from the JSON example.
func TestPaddedPipeHeader(t *testing.T) {
	typ := "[]*DescribeThingsResponseBodyThingSetThingItemAllocatedResourcesAllocatedResourceUsagesUsageItemDetailsDetailItemRecordsRecordItemEntriesEntryItemValuesValueItemPartsPartItem"
	w := len(typ)
	pad := func(s string, centre bool) string {
		n := w - len(s)
		if centre {
			return strings.Repeat(" ", n/2) + s + strings.Repeat(" ", n-n/2)
		}
		return s + strings.Repeat(" ", n)
	}
	head := "|        Parameter        | " + pad("Type", true) + " |              Description               |"
	if len(head) <= maxHeaderLine {
		t.Fatalf("the header line is %d bytes, not over %d", len(head), maxHeaderLine)
	}
	text := "DescribeThings\n\nResponse parameters\n\n" + head + "\n" +
		"|-------------------------|-" + strings.Repeat("-", w) + "-|----------------------------------------|\n" +
		"| RequestId               | " + pad("*string", false) + " | The request ID.                        |\n" +
		"| Things                  | " + typ + " | The things.                            |\n"
	p := readText(t, text)
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)),
		[]string{"RequestId|*string|The request ID.", "Things|" + typ + "|The things."})
}
