package mdpage

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
)

// readTable reads src and returns the first table of its first section of kind k.
func readTable(t *testing.T, src string, k page.SectionKind) *page.Table {
	t.Helper()
	p, err := Reader{}.Read("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.SectionsOf(k) {
		if ts := s.Tables(); len(ts) > 0 {
			return ts[0]
		}
	}
	t.Fatalf("no %v table; page %+v", k, p.Sections)
	return nil
}

// cellsOf lists the rows' cells and depths.
func cellsOf(tb *page.Table) [][]string {
	var out [][]string
	for _, r := range tb.Rows {
		out = append(out, append([]string{string(rune('0' + r.Depth + 1))}, r.Cells...))
	}
	return out
}

// HTML entities in cells and paragraphs are decoded as CommonMark decodes them; in code
// spans and code blocks they stay as written. A cell that is one code span is its text.
func TestEntitiesDecoded(t *testing.T) {
	src := "# Op\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|`result`|`Array<String>`|0 -&gt; 1|a &#124; b, &quot;c&quot; &lt;br&gt; `&gt;`|\n" +
		"|size|Integer|1&nbsp;GB|\\&gt; AT&T|\n\n## Examples\n\n```json\n{\"a\": \"&gt;\"}\n```\n"
	tb := readTable(t, src, page.ResponseParams)
	want := [][]string{
		{"0", "result", "Array<String>", "0 -> 1", "a | b, \"c\" <br> `&gt;`"},
		{"0", "size", "Integer", "1 GB", "&gt; AT&T"},
	}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	p, _ := Reader{}.Read("x.md", []byte(src))
	ex := p.SectionsOf(page.Examples)
	if len(ex) != 1 || len(ex[0].Blocks) != 1 || ex[0].Blocks[0].Text != `{"a": "&gt;"}` {
		t.Errorf("example section %+v, want the code block as written", ex)
	}
}

// Nesting shown by box-drawing branches or by names indented with no-break (`&nbsp;`) or
// full-width spaces; in a table whose name column is not the first ("|Type|Name|...") the
// "└" glyphs of its names show it as well.
func TestTreeAndIndentDepth(t *testing.T) {
	nested := func(a, b, c string) string {
		return "|Parameter|Type|Description|\n|---|---|---|\n|" + a + "|Object|x|\n|" + b + "|Array|y|\n|" + c + "|String|z|\n"
	}
	resultItemsID := [][]string{{"1", "Result", "Object", "x"}, {"2", "Items", "Array", "y"}, {"3", "Id", "String", "z"}}
	for _, c := range []struct {
		name, table string
		want        [][]string
	}{
		{"tree", nested("Result", "├─ Items", "│ ├─ Id"), resultItemsID},
		{"nbsp", nested("Result", "&nbsp;&nbsp;&nbsp;&nbsp;Items", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Id"), resultItemsID},
		{"full-width", nested("Result", "\u3000\u3000Items", "\u3000\u3000\u3000\u3000Id"), resultItemsID},
		{"tree, names second", "|Type|Name|Example|Description|\n|---|---|---|---|\n| |Tags| |The tags.|\n|String|└TagKey|k|The key.|\n",
			[][]string{{"1", "", "Tags", "", "The tags."}, {"2", "String", "TagKey", "k", "The key."}}},
	} {
		tb := readTable(t, "# Op\n\n## Response parameters\n\n"+c.table, page.ResponseParams)
		if diff := cmp.Diff(c.want, cellsOf(tb)); diff != "" {
			t.Errorf("%s: depth and cells (-want +got):\n%s", c.name, diff)
		}
	}
}

// An HTML table block in a Markdown page reads as the HTML reader reads it (└ nesting,
// a blank line inside the table), at the block's lines; the Markdown around it reads on.
func TestHTMLTableBlock(t *testing.T) {
	src := "# Op\n\n## Response parameters\n\n<table>\n<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>\n\n" +
		"<tr><td>Result</td><td>Object</td><td>x &gt; y</td></tr>\n<tr><td>└ Id</td><td>String</td><td>z</td></tr>\n</table>\n\n" +
		"## Error codes\n\n|Error code|Message|\n|---|---|\n|E1|m|\n"
	tb := readTable(t, src, page.ResponseParams)
	want := [][]string{{"1", "Result", "Object", "x > y"}, {"2", "Id", "String", "z"}}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	if tb.Rows[1].Line != 9 {
		t.Errorf("row Id at line %d, want 9", tb.Rows[1].Line)
	}
	if e := readTable(t, src, page.ErrorCodes); len(e.Rows) != 1 {
		t.Errorf("error codes after the block: %+v", e.Rows)
	}
}

// In a parameter section, a (nested) bullet list of parameter entries is a parameter table
// whose depths are the items' nesting; emphasis and code around the facts are markup.
func TestParameterList(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\n- **RegionId** (String, required): The region.\n" +
		"- `Tag` — *Array of Object* — optional — The tags\n  continued.\n    - `Key`: `String`, optional. The key.\n" +
		"- _Mode_ (\\*string): The mode.\n\n## Examples\n\n- not a parameter\n"
	tb := readTable(t, src, page.RequestParams)
	want := [][]string{
		{"1", "RegionId", "String", "required", "The region."},
		{"1", "Tag", "Array of Object", "optional", "The tags continued."},
		{"2", "Key", "String", "optional", "The key."},
		{"1", "Mode", "*string", "", "The mode."},
	}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
}

// What may stand before the first section hides neither the title nor the sections: a
// byte order mark, YAML or TOML front matter (it names the page when no heading does),
// HTML comments (one line or several, with pipes inside), headings all a level down (the
// first heading that names no section is the title, without its {#id} attributes); a
// section heading is no title. A required mark after a name ("Name *", "`Name`
// (required)") is a Required column.
func TestTitleAndPreamble(t *testing.T) {
	for _, c := range []struct{ name, src, title string }{
		{"byte order mark", "\ufeff# GetUser\n\nGets a user.\n\n## Request parameters\n\n", "GetUser"},
		{"yaml", "---\ntitle: \"GetUser\"\nkeywords:\n  - user\n---\n\n## Request parameters\n\n", "GetUser"},
		{"yaml and heading", "---\ntitle: Users\n---\n\n# GetUser\n\n## Request parameters\n\n", "GetUser"},
		{"toml and comments", "\ufeff+++\ntitle = \"GetUser\"\nweight = 3\n+++\n\n<!-- markdownlint-disable MD033 -->\n## Request parameters\n\n" +
			"<!--\n| generated | table |\n-->\n\n", "GetUser"},
		{"level down", "## GetUser\n\nGets a user.\n\n### Request parameters\n\n", "GetUser"},
		{"level down, attributes", "## GetUser {#concept_68624_zh .concept}\n\nGets a user.\n\n### Request parameters\n\n", "GetUser"},
		{"no title", "## Request parameters\n\n", ""},
	} {
		src := c.src + "|Parameter|Type|Description|\n|---|---|---|\n|UserId *|String|x|\n|`Mode` (required)|String|y|\n|Tag|String|z|\n"
		p := mustRead(t, "x.md", src)
		if p.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, p.Title, c.title)
		}
		if len(p.Sections) != 2 || p.Sections[1].Kind != page.RequestParams || len(p.Warnings) != 0 {
			t.Errorf("%s: sections %+v, warnings %v; want the intro and the request parameters, no warning", c.name, p.Sections, p.Warnings)
		}
		tb := readTable(t, src, page.RequestParams)
		want := [][]string{{"0", "UserId", "String", "x", "Yes"}, {"0", "Mode", "String", "y", "Yes"}, {"0", "Tag", "String", "z", "No"}}
		if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
			t.Errorf("%s: cells (-want +got):\n%s", c.name, diff)
		}
	}
}

// Inline HTML in cells, as exporters leave it: <code> is a code span, <p>, <br> and list
// items are lines, formatting tags are nothing; a placeholder in angle brackets stays.
func TestInlineHTMLInCells(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\n|Parameter|Type|Required|Description|\n|---|---|---|---|\n" +
		"|<code>Mode</code>|<code>Array&lt;String&gt;</code>|<strong>Yes</strong>|<p>The mode.</p><p>Valid values:</p><ul><li><code>on</code>: enabled.</li><li>off</li></ul>|\n" +
		"|<b>Name</b>|String|No|Set <InstanceId> here.<BR/>A <a href=\"x.md\">link</a>.|\n"
	tb := readTable(t, src, page.RequestParams)
	want := [][]string{
		{"0", "Mode", "Array<String>", "Yes", "The mode.\nValid values:\n- `on`: enabled.\n- off"},
		{"0", "Name", "String", "No", "Set <InstanceId> here.\nA link."},
	}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
}

// An HTML block or comment may start right after a paragraph's last line, as CommonMark
// lets it interrupt the paragraph.
func TestHTMLBlockAfterParagraph(t *testing.T) {
	src := "# Op\n\n## Response parameters\n\nThe fields:\n<!-- generated -->\n<table><tr><th>Parameter</th><th>Type</th></tr>\n" +
		"<tr><td>Id</td><td>String</td></tr></table>\n"
	tb := readTable(t, src, page.ResponseParams)
	if diff := cmp.Diff([][]string{{"0", "Id", "String"}}, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
}

// TestTableInterruptsParagraph: in GFM a table may follow a paragraph line with no blank
// line between: a line with cell separators and a separator line under it start the table.
func TestTableInterruptsParagraph(t *testing.T) {
	for _, header := range []string{"Parameter | Type | Description", "| Parameter | Type | Description"} {
		src := "# Op\n\n## Request parameters\n\nThe parameters:\n" + header + "\n--- | --- | ---\nRegionId | String | The region.\nName | String | The name.\n"
		tb := readTable(t, src, page.RequestParams)
		if len(tb.Header) != 3 || len(tb.Rows) != 2 || tb.Rows[1].Cells[0] != "Name" {
			t.Errorf("%q: header %q, rows %v; want 3 columns and the rows RegionId and Name", header, tb.Header, tb.Rows)
		}
	}
}

// TestHeaderEnd: a header line not closed with '|', or written a cell a line and closed
// by a lone "|" (as rows close after a multi-line last cell), ends at the separator line
// under it; the separator's cells are no part of the header. Rows may close with '|' and
// span lines, or be one a line without closing pipes, as GFM allows.
func TestHeaderEnd(t *testing.T) {
	for _, table := range []string{
		"|Parameter|Type|Description\n|---|---|---|\n|RegionId|String|The region.\nmore|\n|Name|String|The name.\nmore|\n",
		"|Parameter|Type|Description\n|---|---|---|\n| RegionId | String | The region.\n| Name | String | The name.\n\nMore text.\n",
		"|Parameter\n\n|Type\n\n|Description\n\n|\n|---|---|---|\n|RegionId\n\n|String\n\n|The region.\n\n|\n|Name\n\n|String\n\n|The name.\n\n|\n",
	} {
		src := "# Op\n\n## Request parameters\n\n" + table
		p := mustRead(t, "Op.md", src)
		tb := readTable(t, src, page.RequestParams)
		if len(tb.Header) != 3 || len(tb.Rows) != 2 || tb.Rows[1].Cells[0] != "Name" || len(p.Warnings) != 0 {
			t.Errorf("%q: header %q, rows %v, warnings %v; want 3 columns, the rows RegionId and Name and no warning", table, tb.Header, tb.Rows, p.Warnings)
		}
	}
}

// A table without outer pipes whose rows' descriptions go on in lines without a separator
// (hand-written sources, pandoc's pipe tables): those lines are the row's last cell, rows
// may be separated by blank lines, and a paragraph or list after a blank line below the
// table is no part of it. Text after a blank line between two rows goes on with the row
// above it, with a warning naming it.
func TestBareMultilineRows(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\nName | Type | Required | Description\n--- | --- | --- | ---\n" +
		"RegionId | String | Yes | The region\nof the instance.\n\n" +
		"Tags | Array | No | The tags.\nValid values:\n- a\n- b\n\n" +
		"Size | Integer | No | The size.\n\nIn GiB.\n\nName | String | No | The\nname.\n\n" +
		"The names are case-sensitive.\n\n- a list after the table\n"
	tb := readTable(t, src, page.RequestParams)
	want := [][]string{
		{"0", "RegionId", "String", "Yes", "The region\nof the instance."},
		{"0", "Tags", "Array", "No", "The tags.\nValid values:\n- a\n- b"},
		{"0", "Size", "Integer", "No", "The size.\nIn GiB."},
		{"0", "Name", "String", "No", "The\nname."},
	}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	p, _ := Reader{}.Read("x.md", []byte(src))
	blocks := p.SectionsOf(page.RequestParams)[0].Blocks
	if len(blocks) != 3 || blocks[1].Text != "The names are case-sensitive." || blocks[2].Line != 24 {
		t.Errorf("blocks after the table %+v, want the paragraph and the list", blocks[1:])
	}
	var warned []string
	for _, w := range p.Warnings {
		warned = append(warned, w.String())
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "table row Size") {
		t.Errorf("warnings %q, want one naming Size", warned)
	}
}

// A bold line on its own that names a section the lexicon knows heads that section
// ("**Debugging**", "**调试**", "**Examples**") when what follows fits it; one over a
// sample inside a parameter section whose rows go on after it is emphasis there.
func TestBoldSectionLabels(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"# Op\n\n**Debugging**\n\n[Try it](https://api.aliyun.com/#product=Ecs&api=Op)\n\n**Request parameters**\n\n" +
			"|Name|Type|Description|\n|---|---|---|\n|A|String|a|\n\n**Example**\n\n```json\n{\"A\": 1}\n```\n\n" +
			"|Name|Type|Description|\n|---|---|---|\n|B|String|b|\n\n**Response parameters**\n\n" +
			"|Name|Type|Description|\n|---|---|---|\n|RequestId|String|id|\n\n**Examples**\n\n```json\n{\"RequestId\": \"x\"}\n```\n\n" +
			"**Error codes**\n\n|HTTP status code|Error code|Error message|\n|---|---|---|\n|400|Bad|bad|\n",
			"intro debug request-params response-params examples error-codes"},
		{"# Op\n\n**调试**\n\n[调试](https://api.aliyun.com/#product=Ecs&api=Op)\n\n**请求参数**\n\n" +
			"|名称|类型|描述|\n|---|---|---|\n|A|String|a|\n\n**返回数据**\n\n|名称|类型|描述|\n|---|---|---|\n|RequestId|String|id|\n\n" +
			"**示例**\n\n```json\n{\"RequestId\": \"x\"}\n```\n",
			"intro debug request-params response-params examples"},
		// a colon after the bold, as editors write a label
		{"# Op\n\n**Debugging**：\n\n[Try it](https://api.aliyun.com/#product=Ecs&api=Op)\n\n**Request parameters**:\n\n" +
			"|Name|Type|Description|\n|---|---|---|\n|A|String|a|\n\n**Examples**:\n\n```json\n{\"A\": 1}\n```\n",
			"intro debug request-params examples"},
		// a bold list item, inline HTML bold, and numbered bold items over tables indented
		// as their content (no code blocks)
		{"# Op\n\n- **Request parameters**\n\n|Name|Type|Description|\n|---|---|---|\n|A|String|a|\n\n" +
			"<strong>Response parameters</strong>\n\n|Name|Type|Description|\n|---|---|---|\n|RequestId|String|id|\n\n" +
			"- **Examples**\n\n```json\n{\"A\": 1}\n```\n",
			"intro request-params response-params examples"},
		{"# Op\n\n1. **Request parameters**\n\n    |Name|Type|Description|\n    |---|---|---|\n    |A|String|a|\n\n" +
			"2. **Response parameters**\n\n    |Name|Type|Description|\n    |---|---|---|\n    |RequestId|String|id|\n\n" +
			"3. <b>Examples</b>\n\n    ```json\n    {\"A\": 1}\n    ```\n",
			"intro request-params response-params examples"},
	} {
		p, err := Reader{}.Read("x.md", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, s := range p.Sections {
			kinds = append(kinds, s.Kind.String())
		}
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("sections %q, want %q", got, c.want)
		}
		for _, s := range p.Sections {
			if s.Kind.HoldsParams() && len(s.Tables()) == 0 {
				t.Errorf("section %q: blocks %+v, want its table", s.Heading, s.Blocks)
			}
		}
	}
}

// Text right below the last row of a table without outer pipes, with no blank line
// between: below rows written a line each it is a paragraph after the table, not the rest
// of the last row's description; below a table of one row it goes on with the row, with
// a warning naming it. Before, it joined the last cell with no warning.
func TestBareTableTextBelow(t *testing.T) {
	head := "# Op\n\n## Request parameters\n\nName | Type | Description\n--- | --- | ---\n"
	for _, c := range []struct {
		rows, last, para, warned string
	}{
		{"RegionId | String | The region.\nName | String | The name.\nThe names are case-sensitive.\n", "The name.", "The names are case-sensitive.", "paragraph"},
		{"RegionId | String | The region\nof the instance.\nName | String | The\nname.\n", "The\nname.", "", ""},
		{"Name | String | The name.\nThe names are case-sensitive.\n", "The name.\nThe names are case-sensitive.", "", "rest of its last cell"},
	} {
		src := head + c.rows
		tb := readTable(t, src, page.RequestParams)
		if got := tb.Rows[len(tb.Rows)-1].Cells[2]; got != c.last {
			t.Errorf("%q: last cell %q, want %q", c.rows, got, c.last)
		}
		p, _ := Reader{}.Read("x.md", []byte(src))
		blocks := p.SectionsOf(page.RequestParams)[0].Blocks
		if para := ""; len(blocks) > 1 && blocks[1].Text != c.para || len(blocks) == 1 && c.para != para {
			t.Errorf("%q: blocks %+v, want the paragraph %q after the table", c.rows, blocks, c.para)
		}
		var warned []string
		for _, w := range p.Warnings {
			warned = append(warned, w.String())
		}
		if c.warned == "" && len(warned) > 0 || c.warned != "" && (len(warned) != 1 || !strings.Contains(warned[0], "table row Name") || !strings.Contains(warned[0], c.warned)) {
			t.Errorf("%q: warnings %q, want one naming Name: %q", c.rows, warned, c.warned)
		}
	}
}

// A table whose cells are separated by a look-alike of "|" ("｜" of a CJK input method,
// "¦") is read as a pipe table (page.PlainBars: one glued to text on both sides is the
// cell's own); the bars of a fenced code block stay as written. Before, the rows were no
// table at all.
func TestLookalikeBars(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\n｜ 名称 ｜ 类型 ｜ 描述 ｜\n｜ --- ｜ --- ｜ --- ｜\n｜ RegionId ｜ String ｜ 地域 ID，A｜B。 ｜\n¦ Name ¦ String ¦ 名称。 ¦\n\n" +
		"```\n｜a｜b｜\n```\n\n## Response parameters\n\n|Name|Type|Required|Example|Description|\n|---|---|---|---|---|\n|Data|Object|No||d|\n|├─ Items|Array of Object|No||i|\n|│&nbsp;&nbsp;├─ Id|String|Yes|sample|i|\n"
	tb := readTable(t, src, page.RequestParams)
	want := [][]string{{"0", "RegionId", "String", "地域 ID，A｜B。"}, {"0", "Name", "String", "名称。"}}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	p, _ := Reader{}.Read("x.md", []byte(src))
	if b := p.SectionsOf(page.RequestParams)[0].Blocks; len(b) != 2 || b[1].Text != "｜a｜b｜" {
		t.Errorf("blocks %+v, want the code block as written", b)
	}
	// a tree drawn before a name keeps its "│" (no separator), in a table of "|"
	resp := readTable(t, src, page.ResponseParams)
	want = [][]string{{"1", "Data", "Object", "No", "", "d"}, {"2", "Items", "Array of Object", "No", "", "i"}, {"3", "Id", "String", "Yes", "sample", "i"}}
	if diff := cmp.Diff(want, cellsOf(resp)); diff != "" {
		t.Errorf("response cells (-want +got):\n%s", diff)
	}
}

// Markdown that an HTML element wraps (a <div> or <details> line, a blank line, a pipe table
// or a fenced block, a blank line, the closing tag) is read as Markdown, as CommonMark
// ends the HTML block at the blank line; the closing tag is nothing. Before, the block ran
// to the closing tag and the table was one paragraph of HTML text.
func TestMarkdownInHTMLBlock(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\n<div class=\"table-wrapper\">\n\n|Name|Type|Description|\n|---|---|---|\n|A|String|a|\n\n</div>\n\n" +
		"## Response parameters\n\n<details>\n<summary>Fields</summary>\n\n|Name|Type|Description|\n|---|---|---|\n|RequestId|String|id|\n\n</details>\n"
	for _, k := range []page.SectionKind{page.RequestParams, page.ResponseParams} {
		if tb := readTable(t, src, k); len(tb.Rows) != 1 {
			t.Errorf("%v: rows %v", k, tb.Rows)
		}
	}
	p, _ := Reader{}.Read("x.md", []byte(src))
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "</") {
				t.Errorf("%q: block %q", s.Heading, b.Text)
			}
		}
	}
}

// A <details> block whose <summary> names a section heads the Markdown table after it,
// also with an HTML comment between them. Before, the summary was a paragraph of the
// intro and the table was no section's (or, after a comment, the HTML block's text).
func TestDetailsSummary(t *testing.T) {
	for _, between := range []string{"", "<!--\n  generated table\n-->\n\n"} {
		src := "# CreateUser\n\n<details open>\n<summary><b>Request parameters</b></summary>\n\n" + between +
			"| Parameter | Type | Required | Description |\n|---|---|---|---|\n| UserName | String | Yes | The name. |\n\n</details>\n"
		tb := readTable(t, src, page.RequestParams)
		if len(tb.Rows) != 1 || tb.Rows[0].Cells[0] != "UserName" {
			t.Errorf("%q: rows %v", between, tb.Rows)
		}
	}
}

// A <details> block ends at its first blank line, as CommonMark ends it, whatever
// follows: a sample under a caption in it is a code block of its section. Before, the
// block ran on to </details> and the sample was the HTML block's text, lost silently.
func TestDetailsEndsAtBlankLine(t *testing.T) {
	src := "# CreateUser\n\n<details>\n<summary>Examples</summary>\n\nSample success responses\n\n```json\n{\"RequestId\": \"x\"}\n```\n\n</details>\n"
	p, err := Reader{}.Read("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.SectionsOf(page.Examples) {
		for _, b := range s.Blocks {
			if b.Kind == page.Code && strings.Contains(b.Text, "RequestId") {
				return
			}
		}
	}
	t.Errorf("no sample code block in an Examples section: %+v", p.Sections)
}
