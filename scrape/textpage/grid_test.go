package textpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// gridPage reads a page whose tables are drawn as grids (page.PipeGrids) and fails on
// a drop or guess warning.
func gridPage(t *testing.T, text string) *page.Page {
	t.Helper()
	p := readText(t, text)
	for _, w := range p.Warnings {
		if w.Kind == page.Drop || w.Kind == page.Guess {
			t.Errorf("warning: %d: %s", w.Line, w.Msg)
		}
	}
	return p
}

// depthsAndLines renders a table's rows as "depth@line".
func depthsAndLines(tb *page.Table) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, fmt.Sprintf("%d@%d", r.Depth, r.Line))
	}
	return out
}

// TestGridWrappedDescription: a pandoc grid's description wraps over the lines of its row,
// which join into one cell (a list item on a line of its own, a blank line a paragraph
// break); a "|" inside a cell is text; an empty cell is empty; the table ends at a heading
// that follows its last row with no closing border.
func TestGridWrappedDescription(t *testing.T) {
	p := gridPage(t, `GetUser

Queries a user.

Request parameters

+-----------+--------+----------+---------+-------------------+
| Parameter | Type   | Required | Example | Description       |
+===========+========+==========+=========+===================+
| UserName  | String | Yes      | alice   | The name of the   |
|           |        |          |         | user, 1 to 64     |
|           |        |          |         | characters.       |
+-----------+--------+----------+---------+-------------------+
| Mode      | String | No       | a|b     | The mode. Valid   |
|           |        |          |         | values:           |
|           |        |          |         | - fast            |
|           |        |          |         | - slow            |
|           |        |          |         |                   |
|           |        |          |         | Default: fast.    |
+-----------+--------+----------+---------+-------------------+
| Size      | Long   |          |         | The size.         |
Response parameters

+-----------+--------+---------+-----------------+
| Parameter | Type   | Example | Description     |
+===========+========+=========+=================+
| RequestId | String | r-1     | The request ID. |
+-----------+--------+---------+-----------------+
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"UserName", "Mode", "Size"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String", "Long"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "No", ""})
	equal(t, "examples", column(req, page.ColExample), []string{"alice", "a|b", ""})
	equal(t, "descriptions", column(req, page.ColDescription), []string{
		"The name of the user, 1 to 64 characters.",
		"The mode. Valid values:\n- fast\n- slow\nDefault: fast.",
		"The size.",
	})
	equal(t, "depths@lines", depthsAndLines(req), []string{"-1@10", "-1@14", "-1@21"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response", column(resp, page.ColName), []string{"RequestId"})
	equal(t, "response lines", depthsAndLines(resp), []string{"-1@27"})
}

// TestGridBorderOrTree: in a box-drawn grid (w3m) "└" and "├" open border lines ("└───┴───┘",
// "├───┼───┤") and tree markers before a name ("│ └ Child │", "│ │ ├─ Key │", a "│" of
// the tree inside the name cell): a border is a line of box characters only, and the tree
// keeps its depth (page.TreeDepth), the blank ancestors before it included.
func TestGridBorderOrTree(t *testing.T) {
	p := gridPage(t, `DescribeTags

Lists tags.

Request parameters

┌──────────┬────────┬──────────┬─────────────┐
│ Name     │ Type   │ Required │ Description │
├──────────┼────────┼──────────┼─────────────┤
│ RegionId │ String │ Yes      │ The region. │
└──────────┴────────┴──────────┴─────────────┘

Response parameters

┌──────────────┬────────┬──────────────┐
│ Name         │ Type   │ Description  │
├──────────────┼────────┼──────────────┤
│ Tags         │ Array  │ The tags.    │
├──────────────┼────────┼──────────────┤
│ └ Tag        │ Object │ A tag.       │
├──────────────┼────────┼──────────────┤
│ │ ├─ Key     │ String │ The key.     │
├──────────────┼────────┼──────────────┤
│ │ └─ Value   │ String │ The value,   │
│              │        │ if any.      │
├──────────────┼────────┼──────────────┤
│     └─ Note  │ String │ A note.      │
├──────────────┼────────┼──────────────┤
│ RequestId    │ String │ The request. │
└──────────────┴────────┴──────────────┘
└ This line is a note after the table.
`)
	equal(t, "request", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"Tags", "Tag", "Key", "Value", "Note", "RequestId"})
	equal(t, "depths@lines", depthsAndLines(resp), []string{"0@18", "1@20", "2@22", "2@24", "2@27", "0@29"})
	equal(t, "descriptions", column(resp, page.ColDescription), []string{"The tags.", "A tag.", "The key.", "The value, if any.", "A note.", "The request."})
	var text []string
	for _, s := range p.SectionsOf(page.ResponseParams) {
		for _, b := range s.Blocks {
			if b.Kind == page.Paragraph {
				text = append(text, b.Text)
			}
		}
	}
	if !strings.Contains(strings.Join(text, "\n"), "This line is a note after the table.") {
		t.Errorf("the line after the grid is not text of the section: %q", text)
	}
}

// TestGridCJK: CJK text in grids padded by display width (w3m: a wide character takes two
// columns), by characters (the second grid's header: a tool that counts runes) and not at
// all (its RequestId row, split at its separators); a description that wraps between two
// CJK characters joins with no space; the Chinese header words and Required answers read
// as in a pipe table.
func TestGridCJK(t *testing.T) {
	p := gridPage(t, `CreateTag

创建标签。

请求参数

┌──────────┬────────┬──────────┬────────┬──────────────┐
│ 名称     │ 类型   │ 是否必选 │ 示例值 │ 描述         │
├──────────┼────────┼──────────┼────────┼──────────────┤
│ Key      │ String │ 是       │ 环境   │ 标签键，取值 │
│          │        │          │        │ 范围为1~64。 │
├──────────┼────────┼──────────┼────────┼──────────────┤
│ Value    │ String │ 否       │        │ 标签值。     │
└──────────┴────────┴──────────┴────────┴──────────────┘

返回参数

+-----------+--------+------------+------------+
| 名称        | 类型     | 示例值        | 描述         |
+===========+========+============+============+
| RequestId | String | 请求 | 请求 ID。 |
+-----------+--------+------------+------------+
| TagId     | String | t-1        | 标签 ID，  |
|           |        |            | 唯一。     |
+-----------+--------+------------+------------+
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"Key", "Value"})
	equal(t, "required", column(req, page.ColRequired), []string{"是", "否"})
	equal(t, "examples", column(req, page.ColExample), []string{"环境", ""})
	equal(t, "descriptions", column(req, page.ColDescription), []string{"标签键，取值范围为1~64。", "标签值。"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response", column(resp, page.ColName), []string{"RequestId", "TagId"})
	equal(t, "response descriptions", column(resp, page.ColDescription), []string{"请求 ID。", "标签 ID，唯一。"})
}

// TestGridHeaderRuleOnly: psql's table (" a | b " over "---+---", no outer border) and
// MySQL's box (a row a line) read as pipe tables: an empty cell, a line whose name and type
// cells are empty going on with the row above, the table ended by psql's "(2 rows)" or
// by a heading right after it.
func TestGridHeaderRuleOnly(t *testing.T) {
	p := gridPage(t, `ListUsers

Lists users.

Request parameters

 Parameter | Type    | Required | Example | Description
-----------+---------+----------+---------+--------------------
 PageSize  | Integer | No       | 10      | The page size.
 Marker    | String  | No       |         | The marker of the
           |         |          |         | next page.
(2 rows)

Response parameters

+-----------+--------+---------+--------------+
| Parameter | Type   | Example | Description  |
+-----------+--------+---------+--------------+
| RequestId | String | r-1     | The request. |
| Users     | Array  |         | The users.   |
|           | Object |         | A user.      |
| UserName  | String | alice   | The name of  |
|           |        |         | the user.    |
Error codes

 HTTP status code | Error code   | Error message
------------------+--------------+---------------
 400              | InvalidParam | Bad parameter.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"PageSize", "Marker"})
	equal(t, "examples", column(req, page.ColExample), []string{"10", ""})
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The page size.", "The marker of the next page."})
	equal(t, "lines", depthsAndLines(req), []string{"-1@9", "-1@10"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response", column(resp, page.ColName), []string{"RequestId", "Users", "", "UserName"})
	equal(t, "response types", column(resp, page.ColType), []string{"String", "Array", "Object", "String"})
	equal(t, "response descriptions", column(resp, page.ColDescription), []string{"The request.", "The users.", "A user.", "The name of the user."})
	if len(p.SectionsOf(page.ErrorCodes)) == 0 {
		t.Fatalf("no error codes section after the grid")
	}
	errs := table(t, p, page.ErrorCodes)
	equal(t, "error codes", column(errs, page.ColErrorCode), []string{"InvalidParam"})
}

// TestGridSimpleTables: reStructuredText's simple tables ("=====  =====" rules, columns where
// the rule's runs are) and pandoc's (a "-----  -----" rule under the header, rows up to a
// blank line) read as pipe tables: a line whose name and type cells are blank goes on with
// the row above, a blank line between rst rows, CJK text aligned by display width (a wide
// character two columns), an empty cell.
func TestGridSimpleTables(t *testing.T) {
	p := gridPage(t, `ListTags

Lists tags.

Request parameters

=========  =======  ========  =======  ==================
Parameter  Type     Required  Example  Description
=========  =======  ========  =======  ==================
RegionId   String   Yes       cn-1     The region of the
                                       tags.

Key        String   No        环境     标签键，取值范围
                                       为1~64。
=========  =======  ========  =======  ==================

Response parameters

Parameter   Type     Example   Description
----------  -------  --------  ----------------
RequestId   String   r-1       The request ID.
Tags        Array              The tags.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"RegionId", "Key"})
	equal(t, "examples", column(req, page.ColExample), []string{"cn-1", "环境"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The region of the tags.", "标签键，取值范围为1~64。"})
	equal(t, "lines", depthsAndLines(req), []string{"-1@10", "-1@13"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response", column(resp, page.ColName), []string{"RequestId", "Tags"})
	equal(t, "response examples", column(resp, page.ColExample), []string{"r-1", ""})
}

// tablesOf renders every table of a page as its header and its rows' depth and cells.
func tablesOf(p *page.Page) []string {
	var out []string
	for _, s := range p.Sections {
		for _, tb := range s.Tables() {
			out = append(out, fmt.Sprintf("%s: %s", s.Kind, strings.Join(tb.Header, " | ")))
			for _, r := range tb.Rows {
				out = append(out, fmt.Sprintf("  %d %s", r.Depth, strings.Join(r.Cells, " | ")))
			}
		}
	}
	return out
}

// TestGridAsPipeTable: a grid reads as the same table written as a Markdown table does,
// cell for cell: a row spanning the table (a group's title, its border lacking the
// grid's junctions: pandoc's, w3m's) is the pipe table's row of one cell and empty ones.
func TestGridAsPipeTable(t *testing.T) {
	pipe := readText(t, `UpdateApp

Updates an app.

Request parameters

| Name | Type | Required | Description |
|---|---|---|---|
| Path parameters | | | |
| AppId | String | Yes | The app. |
| Body parameters | | | |
| Tags | Array | No | The tags. |
| └ Key | String | No | The key. |

Response parameters

| Name | Type | Description |
|---|---|---|
| RequestId | String | The request. |
`)
	for _, grid := range []string{`UpdateApp

Updates an app.

Request parameters

+--------+--------+----------+-------------+
| Name   | Type   | Required | Description |
+========+========+==========+=============+
| Path parameters                          |
+--------+--------+----------+-------------+
| AppId  | String | Yes      | The app.    |
+--------+--------+----------+-------------+
| Body parameters                          |
+--------+--------+----------+-------------+
| Tags   | Array  | No       | The tags.   |
+--------+--------+----------+-------------+
| └ Key  | String | No       | The key.    |
+--------+--------+----------+-------------+

Response parameters

+-----------+--------+--------------+
| Name      | Type   | Description  |
+===========+========+==============+
| RequestId | String | The request. |
+-----------+--------+--------------+
`, `UpdateApp

Updates an app.

Request parameters

┌────────┬────────┬──────────┬─────────────┐
│ Name   │ Type   │ Required │ Description │
├────────┴────────┴──────────┴─────────────┤
│ Path parameters                          │
├────────┬────────┬──────────┬─────────────┤
│ AppId  │ String │ Yes      │ The app.    │
├────────┴────────┴──────────┴─────────────┤
│ Body parameters                          │
├────────┬────────┬──────────┬─────────────┤
│ Tags   │ Array  │ No       │ The tags.   │
├────────┼────────┼──────────┼─────────────┤
│ └ Key  │ String │ No       │ The key.    │
└────────┴────────┴──────────┴─────────────┘

Response parameters

 Name      | Type   | Description
-----------+--------+--------------
 RequestId | String | The request.
`} {
		g := readText(t, grid)
		equal(t, "tables", tablesOf(g), tablesOf(pipe))
		if len(g.Warnings) != len(pipe.Warnings) {
			t.Errorf("grid warnings %v; pipe table's %v", g.Warnings, pipe.Warnings)
		}
	}
}

// TestGridRowsGuessed: a row of a pandoc simple table whose words cross its columns is
// cut where its words start, and a guess warning names it at its line of the page
// (page.GridLoss).
func TestGridRowsGuessed(t *testing.T) {
	p := readText(t, `CreateFoo

Creates a foo.

Request parameters

Name      Type     Required Description
--------- -------- -------- --------------
RegionId  String   Yes      The region.
InstanceIds Array  No       The IDs.
Size      Integer  No       The size.

Response parameters

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
	want := `10: row "InstanceIds": the text crosses the columns of the table drawn around it; its cells cut where its words start`
	if strings.Join(got, "\n") != want {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
