package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestOverviewRowWithoutDescription: in the cell-per-line layout a category cell spans its
// rows, so one line between two operations is either the first row's description or the
// category the second row starts. Where the table's descriptions end sentences and its
// categories do not, a line that ends none (or repeats a category) is the category, with
// a guess naming it; before, it became the first row's description and the second row lost
// its category, silently.
func TestOverviewRowWithoutDescription(t *testing.T) {
	p := readText(t, "API overview\n\nCategory\n\nAPI\n\nDescription\n\nInstances\n\nRunInstances\n\nCreates instances.\n\n"+
		"DescribeInstances\n\nTags\n\nTagResources\n\nAdds tags.\n\nUntagResources\n\nRemoves tags.\n")
	tbl := table(t, p, page.APIList)
	equal(t, "rows", rowsOf(tbl), []string{
		"Instances|RunInstances|Creates instances.",
		"|DescribeInstances|",
		"Tags|TagResources|Adds tags.",
		"|UntagResources|Removes tags.",
	})
	if w := warningsOf(p); !strings.Contains(w, `guess: overview row "DescribeInstances" has no Description: line "Tags" read as the Category of row "TagResources"`) {
		t.Errorf("warnings = %q", w)
	}
	// a description that ends no sentence, as the others do not either, stays one
	p = readText(t, "API overview\n\nCategory\n\nAPI\n\nDescription\n\nInstances\n\nRunInstances\n\nCreates instances\n\n"+
		"DescribeInstances\n\nQueries instances\n\nTagResources\n\nAdds tags\n")
	equal(t, "rows", rowsOf(table(t, p, page.APIList)), []string{
		"Instances|RunInstances|Creates instances",
		"|DescribeInstances|Queries instances",
		"|TagResources|Adds tags",
	})
}
