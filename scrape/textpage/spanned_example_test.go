package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestOneLineContainerRows: a legacy page's container row, whose description spans the
// Example column, written on one line ("| Items | Array | The items. |", as html2text and
// markdownify write a row) is a cell short: the sentence is its description, not its
// example (it was, so the list read as a list of strings and its fields went to the top
// level). A glued pipe in the sentence ("key|value") is text. A scalar row a cell short
// keeps its example.
func TestOneLineContainerRows(t *testing.T) {
	p := readText(t, "ListThings\n\nLists things.\n\nResponse parameters\n\n"+
		"| Parameter | Type | Example | Description |\n|---|---|---|---|\n"+
		"| Items | Array | The items. |\n"+
		"| Name | String | a | The name. |\n"+
		"| Info | Struct | The info. Format: key|value. |\n"+
		"| Id | String | 1 |\n\n")
	equal(t, "rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"Items|Array||The items.", "Name|String|a|The name.",
		"Info|Struct||The info. Format: key|value.", "Id|String|1|"})
}
