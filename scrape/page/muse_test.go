package page

import (
	"strings"
	"testing"
)

// TestMuseTables: an Emacs Muse table (pandoc -t muse), its header's cells parted by
// "||", its rows' by "|", no outer pipes, a type in <verbatim> (holding a "|" of its
// text), an empty first cell (a row opening with "| ") and last cell, its caption, is
// the pipe table it stands for, line for line. A table whose first row is parted by "|"
// is read so on a page showing Muse's marks (<example>) and left to the text reader
// elsewhere. Before, the header's "||" were empty cells between its words and a row
// ending in an empty cell went on at the next line.
func TestMuseTables(t *testing.T) {
	in := strings.Split(` Parameter || Type                         || Description
 |+ Request parameters +|
 =Tag=     |  <verbatim>*string</verbatim>  |  Format: <verbatim>key|value</verbatim>.
           |  String                        |  An item.
 Size      |  Integer                       |  
Next paragraph.`, "\n")
	want := []string{"| Parameter | Type | Description |", "", "| =Tag= | *string | Format: key\\|value. |", "|  | String | An item. |", "| Size | Integer |  |", "Next paragraph."}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
	headless := []string{" Parameter | Type   | Description", " =Tag=     | String | The tag.", ""}
	if got, ok, _ := PipeGrids(headless); ok {
		t.Errorf("a pipe table without outer pipes on a page of no Muse mark: PipeGrids rewrote it\n%q", got)
	}
	got, ok, _ = PipeGrids(append(headless, "<example>", "{}", "</example>"))
	if want := "| Parameter | Type | Description |"; !ok || got[0] != want {
		t.Errorf("a Muse table with no header cells: line %q, want %q", got[0], want)
	}
}
