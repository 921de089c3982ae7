package mdpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGridTables: a pandoc source's grid table reads as the pipe table it draws
// (page.PipeGrids): a description wrapped over its row's lines, a Markdown escape and a
// code span in a cell, "└" depth, the row's line; a box in a fenced code block stays code.
func TestGridTables(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n## Request parameters\n\n"+`+----------+--------+----------+------------------+
| Name     | Type   | Required | Description      |
+==========+========+==========+==================+
| Tag      | Array  | No       | The tags,        |
|          |        |          | `+"`a\\|b`"+` or \* at  |
|          |        |          | most.            |
+----------+--------+----------+------------------+
| └ Key    | String | Yes      | The key.         |
+----------+--------+----------+------------------+

## Response parameters

| Name | Type | Description |
|---|---|---|
| RequestId | String | The ID. |

## Examples

`+"```"+`
+----+----+
| a  | b  |
+----+----+
`+"```\n")
	req := p.SectionsOf(page.RequestParams)
	if len(req) != 1 || len(req[0].Tables()) != 1 {
		t.Fatalf("%d request sections, want one with a table", len(req))
	}
	tb := req[0].Tables()[0]
	var got []string
	for _, r := range tb.Rows {
		got = append(got, fmt.Sprintf("%d@%d %s", r.Depth, r.Line, strings.Join(r.Cells, " | ")))
	}
	want := []string{"0@8 Tag | Array | No | The tags, `a|b` or * at most.", "1@12 Key | String | Yes | The key."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ex := p.SectionsOf(page.Examples)
	if len(ex) != 1 || len(ex[0].Blocks) != 1 || ex[0].Blocks[0].Kind != page.Code || !strings.Contains(ex[0].Blocks[0].Text, "| a  | b  |") {
		t.Errorf("the fenced box is not the example's code: %+v", ex)
	}
}

// TestGridRowsLost: rows under a pandoc simple table whose words cross its columns are
// not read, and a drop warning names them (page.GridLoss).
func TestGridRowsLost(t *testing.T) {
	p := mustRead(t, "CreateFoo.md", "# CreateFoo\n\n## Request parameters\n\n"+`Name      Type     Required Description
--------- -------- -------- --------------
RegionId  String   Yes      The region.
InstanceIds Array  No       The IDs.
Size      Integer  No       The size.

## Response parameters

| Name | Type | Description |
|---|---|---|
| RequestId | String | The ID. |
`)
	var drops []string
	for _, w := range p.Warnings {
		if w.Kind == page.Drop {
			drops = append(drops, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
	}
	want := `8: rows "InstanceIds", "Size" dropped: their text does not stand in the columns of the table drawn above them`
	if strings.Join(drops, "\n") != want {
		t.Errorf("drop warnings:\n%s\nwant\n%s", strings.Join(drops, "\n"), want)
	}
}
