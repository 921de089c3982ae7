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

// TestGridRowsGuessed: a row of a pandoc simple table whose words cross its columns is
// cut where its words start, and a guess warning names it (page.GridLoss).
func TestGridRowsGuessed(t *testing.T) {
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
	var got []string
	for _, w := range p.Warnings {
		if w.Kind == page.Drop || strings.Contains(w.Msg, "columns") {
			got = append(got, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
	}
	want := `8: row "InstanceIds": the text crosses the columns of the table drawn around it; its cells cut where its words start`
	if strings.Join(got, "\n") != want {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
