package mdpage

import (
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

// A GFM table may leave out its outer pipes; its rows are one line each.
func TestTableWithoutOuterPipes(t *testing.T) {
	src := "# Op\n\n## Request parameters\n\nParameter | Type | Required | Description\n:--- | :---: | --- | ---:\n" +
		"RegionId | String | Yes | The region.\nTag | Array | No | Tags \\| labels.\n\nSee also.\n"
	tb := readTable(t, src, page.RequestParams)
	want := [][]string{
		{"0", "RegionId", "String", "Yes", "The region."},
		{"0", "Tag", "Array", "No", "Tags | labels."},
	}
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	// only the closing pipes left out ("| a | b"): not one header swallowing the rows
	src = "# Op\n\n## Request parameters\n\n| Parameter | Type | Required | Description\n| --- | --- | --- | ---\n" +
		"| RegionId | String | Yes | The region.\n| Tag | Array | No | Tags \\| labels.\n\nSee also.\n"
	p := mustRead(t, "x.md", src)
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %q, want none", p.Warnings)
	}
	tb = readTable(t, src, page.RequestParams)
	if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
		t.Errorf("closing pipes left out: cells (-want +got):\n%s", diff)
	}
}

// Nesting shown by box-drawing branches or by names indented with no-break (`&nbsp;`) or
// full-width spaces.
func TestTreeAndIndentDepth(t *testing.T) {
	for _, c := range []struct{ name, a, b, c string }{
		{"tree", "Result", "├─ Items", "│ ├─ Id"},
		{"nbsp", "Result", "&nbsp;&nbsp;&nbsp;&nbsp;Items", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Id"},
		{"full-width", "Result", "\u3000\u3000Items", "\u3000\u3000\u3000\u3000Id"},
	} {
		src := "# Op\n\n## Response parameters\n\n|Parameter|Type|Description|\n|---|---|---|\n" +
			"|" + c.a + "|Object|x|\n|" + c.b + "|Array|y|\n|" + c.c + "|String|z|\n"
		tb := readTable(t, src, page.ResponseParams)
		want := [][]string{{"1", "Result", "Object", "x"}, {"2", "Items", "Array", "y"}, {"3", "Id", "String", "z"}}
		if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
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

// YAML front matter is skipped and names the page when no heading does; on a page whose
// headings are all a level down, the first heading that names no section is the title; a
// required mark after a name ("Name *", "`Name` (required)") is a Required column.
func TestFrontMatterTitleAndMarks(t *testing.T) {
	for _, c := range []struct{ src, title string }{
		{"---\ntitle: \"GetUser\"\nkeywords:\n  - user\n---\n\n## Request parameters\n\n", "GetUser"},
		{"## GetUser\n\nGets a user.\n\n### Request parameters\n\n", "GetUser"},
		{"---\ntitle: Users\n---\n\n# GetUser\n\n## Request parameters\n\n", "GetUser"},
	} {
		src := c.src + "|Parameter|Type|Description|\n|---|---|---|\n|UserId *|String|x|\n|`Mode` (required)|String|y|\n|Tag|String|z|\n"
		p, err := Reader{}.Read("x.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != c.title {
			t.Errorf("title %q, want %q", p.Title, c.title)
		}
		tb := readTable(t, src, page.RequestParams)
		want := [][]string{{"0", "UserId", "String", "x", "Yes"}, {"0", "Mode", "String", "y", "Yes"}, {"0", "Tag", "String", "z", "No"}}
		if diff := cmp.Diff(want, cellsOf(tb)); diff != "" {
			t.Errorf("cells (-want +got):\n%s", diff)
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

// A byte order mark, TOML front matter and HTML comments (one line or several, with
// pipes inside) are no part of the page's content.
func TestBOMTOMLAndComments(t *testing.T) {
	src := "\ufeff+++\ntitle = \"GetUser\"\nweight = 3\n+++\n\n<!-- markdownlint-disable MD033 -->\n## Request parameters\n\n" +
		"<!--\n| generated | table |\n-->\n\n|Parameter|Type|Description|\n|---|---|---|\n|UserId|String|x|\n"
	p, err := Reader{}.Read("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "GetUser" || len(p.Sections) != 2 || len(p.Sections[0].Blocks) != 0 {
		t.Errorf("title %q, sections %d, intro %+v", p.Title, len(p.Sections), p.Sections[0].Blocks)
	}
	tb := readTable(t, src, page.RequestParams)
	if diff := cmp.Diff([][]string{{"0", "UserId", "String", "x"}}, cellsOf(tb)); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	if w := p.Warnings; len(w) != 0 {
		t.Errorf("warnings %v", w)
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

// TestHeaderNotClosed: a header line not closed with '|' ends at the separator line under
// it; the separator's cells are no part of the header. Rows may close with '|' and span
// lines, or be one a line without closing pipes, as GFM allows.
func TestHeaderNotClosed(t *testing.T) {
	for _, rows := range []string{
		"|RegionId|String|The region.\nmore|\n|Name|String|The name.\nmore|\n",
		"| RegionId | String | The region.\n| Name | String | The name.\n\nMore text.\n",
	} {
		src := "# Op\n\n## Request parameters\n\n|Parameter|Type|Description\n|---|---|---|\n" + rows
		p := mustRead(t, "Op.md", src)
		tb := readTable(t, src, page.RequestParams)
		if len(tb.Header) != 3 || len(tb.Rows) != 2 || tb.Rows[1].Cells[0] != "Name" || len(p.Warnings) != 0 {
			t.Errorf("%q: header %q, rows %v, warnings %v; want 3 columns, the rows RegionId and Name and no warning", rows, tb.Header, tb.Rows, p.Warnings)
		}
	}
}
