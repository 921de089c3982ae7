package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestRowTextCutShort: a glued (concat) or cell-a-line table the input ends inside gives
// its last row's last line to the Example column, which the last line of a whole row is.
// Where the input stops in the row's description, that line is prose cut part way (words,
// no sentence end): it is the description's, and the page is cut off, said with a warning.
// Before, the fragment was the row's example (a list's example, which typed its items
// silently) and the page read as whole. A value (no blank) or a line that closes its
// sentence where the input ends stays the Example, as before.
func TestRowTextCutShort(t *testing.T) {
	const concat = "Request parameters\n\nParameterTypeRequiredDescriptionExample\n" +
		"RegionIdstringYes\n\nThe region.\n\ncn-hangzhou\nIpAddressstringNo\n\nThe IP address.\n\n"
	const cells = "Request parameters\n\nParameter\n\nType\n\nRequired\n\nDescription\n\nExample\n\n" +
		"RegionId\n\nstring\n\nYes\n\nThe region.\n\ncn-hangzhou\n\nIpAddress\n\nstring\n\nNo\n\nThe IP address.\n\n"
	for _, c := range []struct {
		name, text, last string
		cut              bool
	}{
		{"concat prose cut", concat, "Specify IpAddress or InstanceId. If you set both parameters, the", true},
		{"concat CJK prose cut", concat, "DLC 某某某某某某,某某", true},
		{"concat value", concat, "192.0.2.1", false},
		{"concat value cut", concat, `"i-bp11xjhwkj8k966u*`, false},
		{"concat sentence", concat, "Specify IpAddress or InstanceId.", false},
		{"cells prose cut", cells, "Specify IpAddress or InstanceId. If you set both parameters, the", true},
		{"cells value", cells, "192.0.2.1", false},
	} {
		p := readText(t, c.text+c.last+"\n")
		if p.Truncated != c.cut {
			t.Errorf("%s: read as cut off %v, want %v: %s", c.name, p.Truncated, c.cut, warningsOf(p))
		}
		tb := table(t, p, page.RequestParams)
		ex, desc := column(tb, page.ColExample), column(tb, page.ColDescription)
		if len(ex) != 2 || len(desc) != 2 {
			t.Fatalf("%s: examples %q, descriptions %q; want 2 rows", c.name, ex, desc)
		}
		wantEx, wantDesc := c.last, "The IP address."
		if c.cut {
			wantEx, wantDesc = "", "The IP address.\n"+c.last
		}
		equal(t, c.name+" example", []string{ex[1]}, []string{wantEx})
		equal(t, c.name+" description", []string{desc[1]}, []string{wantDesc})
	}
}
