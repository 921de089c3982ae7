package page

import (
	"strings"
	"testing"
)

// TestAsciiDocTables: an AsciiDoc table, a row a line under its attribute line or a cell a
// line with blank lines between rows (a cell's text going on below, an escaped "\|"), is
// rewritten into its pipe table line for line; a "|===" with no closing one is left alone.
func TestAsciiDocTables(t *testing.T) {
	in := strings.Split(`[cols="1,1,2",options="header"]
|===
|Name |Type |Description
|RegionId |String |The region.
|===

|===
|Name |Type |Description

|Size
|Integer
|The size.
Format: a\|b.
|===

|===`, "\n")
	want := []string{"", "", "| Name | Type | Description |", "| RegionId | String | The region. |", "",
		"", "", "| Name | Type | Description |", "", "| Size | Integer | The size. Format: a\\|b. |", "", "", "", "",
		"", "|==="}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}

// TestAsciiDocWrappedRows: pandoc's AsciiDoc wraps a row's line at its width, mid-cell, so
// a line that goes on with a cell's text may open the row's next cells ("value. |10"):
// they are cells, not text of the cell before.
func TestAsciiDocWrappedRows(t *testing.T) {
	in := strings.Split(`[cols=",,,",options="header",]
|===
|Parameter |Type |Description |Example
|Count |Integer |The
count of things. |10

|Size |Double |The size. A\|B.
|1.5
|===`, "\n")
	want := []string{"", "", "| Parameter | Type | Description | Example |", "| Count | Integer | The count of things. | 10 |", "",
		"", "| Size | Double | The size. A\\|B. | 1.5 |", "", ""}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}
