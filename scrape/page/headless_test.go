package page

import (
	"strings"
	"testing"
)

// TestHeadlessRows: sqlite3's .mode list and .mode tabs with .headers off print a table's
// rows alone; the columns the cells tell are the header written over them (an info
// warning naming them), and rows whose columns nothing tells (every description holding
// a "|" of its own) are named dropped, never left as prose silently.
func TestHeadlessRows(t *testing.T) {
	for _, tc := range []struct {
		name, page, head, warn string
	}{
		{"list", "Request parameters\n\nRegionId|String|Yes|cn-hangzhou|The region ID.\nPageSize|Integer|No|10|The page size.\nThe value is 1 to 100.\nEnabled|Boolean|No|true|Whether it is on.\n",
			"Parameter|Type|Required|Example|Description", "Parameter, Type, Required, Example, Description"},
		{"tabs", "Response parameters\n\nRequestId\tString\tThe request ID.\t1A2B\nTotalCount\tInteger\tThe total count.\t3\n",
			"Parameter\tType\tDescription\tExample", "Parameter, Type, Description, Example"},
		{"own pipe", "Request parameters\n\nRegionId|String|Yes|sample|The value. Format: key|value.\nZoneId|String|No|sample|The zone. Format: key|value.\n",
			"", `rows "RegionId", "ZoneId" dropped: sqlite3's .mode list with no header, whose columns its cells do not tell: 3 columns hold text`},
		{"prose", "Notes\n\nUse a|b|c as the key.\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(tc.page, "\n")
			out, _, lost := PipeGrids(lines)
			if out[1] != tc.head {
				t.Errorf("line over the rows %q, want %q", out[1], tc.head)
			}
			p := &Page{}
			for _, l := range lost {
				l.Warn(p, l.Line+1)
			}
			if tc.warn == "" {
				if len(p.Warnings) > 0 {
					t.Errorf("warnings %v, want none", p.Warnings)
				}
				return
			}
			if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, tc.warn) {
				t.Errorf("warnings %v, want one holding %q", p.Warnings, tc.warn)
			}
		})
	}
}
