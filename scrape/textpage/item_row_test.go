package textpage

import (
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestItemRowAlone: in a layout that leaves empty cells out (one cell a line), the item row
// of a legacy wrapper is its name alone on a line. It was read as the list row's
// description, and the item level was lost. The item is the struct the list's type names
// ("|MaintenanceAttribute| | | |" under "Array of MaintenanceAttribute",
// ecs/en/DescribeInstanceMaintenanceAttributes) or, where the type names none ("Array"),
// the singular of the list's name ("|Regions|Array| |...|", "|Region| | | |",
// ecs/en/DescribeRegions).
func TestItemRowAlone(t *testing.T) {
	for _, c := range []struct {
		page              string
		names, firstDescs []string
	}{{`DescribeInstanceMaintenanceAttributes

Response parameters

Parameter

Type

Example

Description

MaintenanceAttributes

Array of MaintenanceAttribute

Details of the maintenance properties.

MaintenanceAttribute

ActionOnMaintenance

Struct

The property of the maintenance action of the instance.

DefaultValue

String

AutoRecover

The default maintenance action.

RequestId

String

473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E

The ID of the request.
`, []string{"MaintenanceAttributes", "MaintenanceAttribute", "ActionOnMaintenance", "DefaultValue", "RequestId"},
		[]string{"Details of the maintenance properties.", ""}}, {`DescribeRegions

Response parameters

Parameter

Type

Example

Description

Regions

Array

An array consisting of region data.

Region

LocalName

String

China (Qingdao)

The name of the region.
`, []string{"Regions", "Region", "LocalName"}, []string{"An array consisting of region data.", ""}}} {
		tb := table(t, readText(t, c.page), page.ResponseParams)
		equal(t, "names", column(tb, page.ColName), c.names)
		equal(t, "descriptions", column(tb, page.ColDescription)[:2], c.firstDescs)
	}
}

// TestBracketItemRow: a list's item row named "[]", bare or under a tree's mark ("└[]"), is
// a row named "[]" (extraction reads it as the list's items) in the layouts that write a
// line a cell and in the spaced one. Read as no name, a cell-per-line "└[]" became the
// list row's example and the item row an unnamed row at depth 0, and a spaced "[] string"
// or "└[] Object" line (or "[]\tobject" in a table of tabs) ended the table or ran into the
// row above's description. (The concat
// layout's "└[]Object", name glued to type, read so already: kept here as the same row.)
func TestBracketItemRow(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"cells", "Response parameters\n\nParameter\n\nType\n\nExample\n\nDescription\n\nRepositories\n\narray\n\nThe repositories.\n\n" +
			"└[]\n\nObject\n\nA repository.\n\n└└Summary\n\nstring\n\nsample\n\nThe summary.\n\nRequestId\n\nstring\n\nabc\n\nThe request ID.\n"},
		{"spaced", "Response parameters\n\nParameter Type Example Description\nRepositories array\n\nThe repositories.\n\n" +
			"└[] Object\n\nA repository.\n\n└└Summary string sample\n\nThe summary.\n\nRequestId string abc\n\nThe request ID.\n"},
		{"spaced, tabs", "Response parameters\n\nParameter\tType\tExample\tDescription\nRepositories\tarray\t\tThe repositories.\n" +
			"[]\tobject\t\tA repository.\nSummary\tstring\tsample\tThe summary.\nRequestId\tstring\tabc\tThe request ID.\n"},
		{"concat", "Response parameters\n\nParameterTypeExampleDescription\nRepositoriesarray\n\nThe repositories.\n\n" +
			"└[]Object\n\nA repository.\n\n└└Summarystring\n\nThe summary.\n\nsample\nRequestIdstring\n\nThe request ID.\n\nabc\n"},
		{"spaced, no marks", "Response parameters\n\nParameter Type Example Description\nRepositories array\n\nThe repositories.\n\n" +
			"[] object\n\nA repository.\n\nSummary string sample\n\nThe summary.\n\nRequestId string abc\n\nThe request ID.\n"},
	} {
		tb := table(t, readText(t, c.text), page.ResponseParams)
		equal(t, c.name+": names", column(tb, page.ColName), []string{"Repositories", "[]", "Summary", "RequestId"})
		if typ := column(tb, page.ColType)[1]; !strings.EqualFold(typ, "object") {
			t.Errorf("%s: the item row's type %q, want object", c.name, typ)
		}
		var depths []int
		for _, r := range tb.Rows {
			depths = append(depths, r.Depth)
		}
		if want := []int{0, 1, 2, 0}; strings.Contains(c.text, "└") && !slices.Equal(depths, want) {
			t.Errorf("%s: depths %v, want %v", c.name, depths, want)
		}
	}
}

// TestTypeWordName: in a table with a line a cell, a row whose name is a type word
// ("list", then "Array of Object") is named so: a type line after a type line is the row's
// type, while an unnamed row's type ("object") is followed by the next row's name. The
// row was read as an unnamed row of type "list" (dropped) and its fields moved up a level.
func TestTypeWordName(t *testing.T) {
	p := readText(t, "Response parameters\n\nParameter\n\nType\n\nExample\n\nDescription\n\nobject\n\nThe root.\n\n"+
		"list\n\nArray of Object\n\nThe list.\n\nobject\n\nAn item.\n\nname\n\nstring\n\nsample\n\nThe name.\n\n"+
		"map\n\nobject\n\nA field named map.\n\nRequestId\n\nstring\n\nabc\n\nThe request ID.\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"", "list", "", "name", "map", "RequestId"})
	equal(t, "types", column(tb, page.ColType), []string{"object", "Array of Object", "object", "string", "object", "string"})
}

// TestShortItemRunRow: a legacy pipe-rows table with a fifth column (a Required column in
// the response, its cells "-") writes a wrapper's item row as its name and a run of pipes
// shorter than the header ("Item | |||"). The row after it, whose example is empty, closes
// fewer cells than all but the last ("Details | Array of Detail | - |"), so it was read as
// the rest of the item row, and its description line as a row named by the description.
func TestShortItemRunRow(t *testing.T) {
	p := readText(t, "Response parameters\n\nParameter | Type | Required | Example | Description |\n---|---|---|---|---|\n"+
		"Items | Array of Item | - |\nThe items. |\n|\nItem | |||\nDetails | Array of Detail | - |\nThe details. |\n|\n"+
		"Detail | |||\nCode | String | - | sample |\nThe code. |\nRequestId | String | - | abc |\nThe request ID. |\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Items", "Item", "Details", "Detail", "Code", "RequestId"})
}
