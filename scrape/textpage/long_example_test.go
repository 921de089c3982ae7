package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestLongJSONExample: in a layout with a line a cell, a list's example that is a JSON
// array longer than 300 bytes (a dozen instance specs; elasticsearch/zh
// GetRegionConfiguration's clientNodeSpec) is the row's Example cell. It was taken for
// description, and with no example to show its items the list read as one of objects,
// unwarned.
func TestLongJSONExample(t *testing.T) {
	ex := `["` + strings.Repeat(`elasticsearch.sn2ne.large","`, 12) + `elasticsearch.r5.large"]`
	tb := table(t, readText(t, "Response parameters\n\nName\n\nType\n\nExample\n\nDescription\n\nclientNodeSpec\n\nList\n\n"+ex+
		"\n\nThe specs.\n\nRequestId\n\nString\n\nabc\n\nThe request ID.\n"), page.ResponseParams)
	equal(t, "examples", column(tb, page.ColExample), []string{ex, "abc"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The specs.", "The request ID."})
}
