package page

import (
	"strings"
	"testing"
)

// TestXWikiTables: an XWiki table, its header cells opened by "|=", a cell grouping lines
// in "(((" … ")))" (its row going on over them, the row's next cell after the ")))"), a
// "~|" of a cell's text and inline code macros, is the pipe table it stands for, line for
// line; it ends at the first line, out of a group, that opens no row. Before, it was read
// as a pipe table with a header of "=Parameter" words and rows cut at each line's end.
func TestXWikiTables(t *testing.T) {
	in := strings.Split(`|=Parameter |=Type |=Description |=Example
|{{code}}RegionId{{/code}} |String |(((The region.
))) |cn-hangzhou
|**Tag** |String |(((Format: key~|value.

Up to 20.
)))
|Size |Integer |The size. |
Next paragraph.`, "\n")
	want := []string{"| Parameter | Type | Description | Example |", "| `RegionId` | String | The region. | cn-hangzhou |", "",
		`| **Tag** | String | Format: key\|value. Up to 20. |  |`, "", "", "",
		"| Size | Integer | The size. |  |", "Next paragraph."}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}
