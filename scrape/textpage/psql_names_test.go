package textpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPsqlOldASCIIPaddedName: a text page holding psql 15's wrapped format in its old-ascii
// line style with \pset border 1 (../page/testdata/psql15/old-ascii-border1-names.txt),
// where a line holds only the rest of a name cut at its column's width ("ResourceOwnerA"
// over "ccount") and psql pads it past the last junction, every junction blank: the
// reader keeps those blanks for page.PipeGrids, which tells such a line by them. Before,
// the page's lines lost their trailing blanks first, and the table ended at the piece,
// the rows under it lost with no word.
func TestPsqlOldASCIIPaddedName(t *testing.T) {
	table15, err := os.ReadFile(filepath.Join("..", "page", "testdata", "psql15", "old-ascii-border1-names.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := readText(t, "ListThings\n\nRequest parameters\n\n"+string(table15)+"Response parameters\n\n"+
		"Parameter|Type|Description\nRequestId|String|The request ID.\n")
	rows := rowsOf(table(t, p, page.RequestParams))
	var names []string
	for _, r := range rows {
		name, _, _ := strings.Cut(r, "|")
		names = append(names, name)
	}
	equal(t, "request names", names, []string{"Statistic", "AccumulativeInstanceCount", "ResourceOwnerAccount", "SynchronizationJobs", "", "Description", "Id"})
}
