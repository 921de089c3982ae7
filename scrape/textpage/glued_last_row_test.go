package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedPipesLastRow: a pipe table's last row written with no blanks round its pipes
// ("|PageSize|Integer|No|The size.|", as pandoc's textile and DokuWiki output and hand-typed
// tables write rows) where the input ends is a whole row: before, its glued pipes (a
// cell's own "A|B" is glued so) did not count, the row looked open, and the page was
// marked cut off with a false "input ends inside a table row" warning. A row still open
// at the end ("|PageSize|Integer|No|The size.") is cut.
func TestGluedPipesLastRow(t *testing.T) {
	const head = "Request parameters\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n" +
		"| RegionId | String | Yes | The region. |\n"
	for _, c := range []struct {
		last string
		cut  bool
	}{
		{"|PageSize|Integer|No|The size.|\n", false},
		{"|PageSize|Integer|No|The size.\n", true},
	} {
		p := readText(t, head+c.last)
		if p.Truncated != c.cut {
			t.Errorf("%q: read as cut off %v, want %v: %s", c.last, p.Truncated, c.cut, warningsOf(p))
		}
		equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|String|Yes|The region.", "PageSize|Integer|No|The size."})
	}
}
