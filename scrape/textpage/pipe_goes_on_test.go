package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPipeRowGoesOn: a pipe table's row with an empty name cell and text only in columns
// the named row above fills too (description, example) is that row going on, as writers
// wrap a long cell by adding a row: its cells join the row above's (pipeRowGoesOn), in the
// pipe-rows layout and the Markdown one. Before, it stayed a nameless row, later dropped
// with a drop warning. A nameless row with a type or Required cell of its own (a list's
// item row), or with text in a column the row above leaves empty, stays a row.
func TestPipeRowGoesOn(t *testing.T) {
	head := "GetThing\n\nRequest parameters\n\n"
	for _, c := range []struct {
		name, text string
		names      []string
		desc, ex   string // the first row's description and example
	}{
		{"markdown", "| Parameter | Type | Required | Description | Example |\n|---|---|---|---|---|\n" +
			"| RegionId | string | Yes | The region ID, such as | cn- |\n| | | | cn-hangzhou, or the rest. | hangzhou |\n" +
			"| PageSize | integer | No | The page size. | 10 |\n",
			[]string{"RegionId", "PageSize"}, "The region ID, such as cn-hangzhou, or the rest.", "cn-hangzhou"},
		{"pipe rows", "Parameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
			"RegionId | string | Yes | The region ID, such as | cn- |\n| | | | cn-hangzhou, or the rest. | hangzhou |\n" +
			"PageSize | integer | No | The page size. | 10 |\n",
			[]string{"RegionId", "PageSize"}, "The region ID, such as cn-hangzhou, or the rest.", "cn-hangzhou"},
		{"two rows on", "| Parameter | Type | Required | Description | Example |\n|---|---|---|---|---|\n" +
			"| RegionId | string | Yes | The region ID, | cn-hangzhou |\n| | | | such as | |\n| | | | cn-hangzhou. | |\n" +
			"| PageSize | integer | No | The page size. | 10 |\n",
			[]string{"RegionId", "PageSize"}, "The region ID, such as cn-hangzhou.", "cn-hangzhou"},
		{"item row typed", "| Parameter | Type | Required | Description | Example |\n|---|---|---|---|---|\n" +
			"| Tags | array | No | The tags. | |\n| | string | No | A tag. | |\n",
			[]string{"Tags", ""}, "The tags.", ""},
		{"column empty above", "| Parameter | Type | Required | Description | Example |\n|---|---|---|---|---|\n" +
			"| Tags | array | No | The tags. | |\n| | | | A tag. | t |\n",
			[]string{"Tags", ""}, "The tags.", ""},
	} {
		p, err := Reader{}.Read("p.txt", []byte(head+c.text))
		if err != nil {
			t.Fatal(err)
		}
		tbl := table(t, p, page.RequestParams)
		equal(t, c.name+" names", column(tbl, page.ColName), c.names)
		r := tbl.Rows[0].Cells
		equal(t, c.name+" first row", []string{r[tbl.Col(page.ColDescription)], r[tbl.Col(page.ColExample)]}, []string{c.desc, c.ex})
		for _, w := range p.Warnings {
			t.Errorf("%s: warning %s", c.name, w.Msg)
		}
	}
}
