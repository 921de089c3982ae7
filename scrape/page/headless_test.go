package page

import (
	"strings"
	"testing"
)

// TestHeadlessRows: sqlite3's .mode list and .mode tabs with .headers off print a table's
// rows alone; the columns the cells tell are the header written over them (an info
// warning naming them), also where every description holds a "|" of its own and the
// cells tell it (the pieces that end a sentence), and rows whose columns nothing tells
// are named dropped, never left as prose silently.
func TestHeadlessRows(t *testing.T) {
	for _, tc := range []struct {
		name, page, head, warn string
	}{
		{"list", "Request parameters\n\nRegionId|String|Yes|cn-hangzhou|The region ID.\nPageSize|Integer|No|10|The page size.\nThe value is 1 to 100.\nEnabled|Boolean|No|true|Whether it is on.\n",
			"Parameter|Type|Required|Example|Description", "Parameter, Type, Required, Example, Description"},
		{"tabs", "Response parameters\n\nRequestId\tString\tThe request ID.\t1A2B\nTotalCount\tInteger\tThe total count.\t3\n",
			"Parameter\tType\tDescription\tExample", "Parameter, Type, Description, Example"},
		{"own pipe", "Request parameters\n\nRegionId|String|Yes|sample|The value. Format: key|value.\nZoneId|String|No|sample|The zone. Format: key|value.\n",
			"Parameter|Type|Required|Example|Description", `sqlite3's .mode list, each description holding a "|" of its own: Parameter, Type, Required, Example, Description`},
		{"own pipe untold", "Request parameters\n\nRegionId|String|Yes|sample|The value, as key|value\nZoneId|String|No|sample|The zone, as key|value\n",
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

// TestSQLiteModes: sqlite3's .mode insert (with and without its column list) and .mode
// html (with and without a <TH> row) read as the pipe tables they hold, a line break of
// insert's replace() and html's raw one a cell's; an SQL statement that lists no
// parameter table's columns is left as it is.
func TestSQLiteModes(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{"insert header", "Request parameters\n\nINSERT INTO \"table\"(Parameter,Type,Required,Description) VALUES('RegionId','String','Yes',replace('The ID.\\nIn full.','\\n',char(10)));\nINSERT INTO \"table\"(Parameter,Type,Required,Description) VALUES('Size',NULL,'No','It''s 10.');\n",
			[]string{"| Parameter | Type | Required | Description |", "| RegionId | String | Yes | The ID. In full. |", "| Size |  | No | It's 10. |"}},
		{"insert", "Request parameters\n\nINSERT INTO params VALUES('RegionId','String','Yes','The region ID.');\nINSERT INTO params VALUES('Size','Integer','No','The size.');\n",
			[]string{"| Parameter | Type | Required | Description |", "| RegionId | String | Yes | The region ID. |", "| Size | Integer | No | The size. |"}},
		{"html", "Request parameters\n\n<TR><TH>Parameter</TH>\n<TH>Type</TH>\n<TH>Description</TH>\n</TR>\n<TR><TD>RegionId</TD>\n<TD>String</TD>\n<TD>The &quot;ID&quot;\nin full.</TD>\n</TR>\n",
			[]string{"", "| Parameter | Type | Description |", "", "", "", "| RegionId | String | The \"ID\" in full. |", "", "", "", ""}},
		{"html headless", "Request parameters\n\n<TR><TD>RegionId</TD>\n<TD>String</TD>\n<TD>Yes</TD>\n</TR>\n",
			[]string{"| Parameter | Type | Required |", "| RegionId | String | Yes |", "", "", ""}},
		{"sql", "Notes\n\nINSERT INTO t(a,b,c) VALUES(1,2,3);\n", []string{"", "INSERT INTO t(a,b,c) VALUES(1,2,3);"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(tc.page, "\n")
			out, _, _ := PipeGrids(lines)
			got := out[1 : 1+len(tc.want)]
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("lines\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
