package htmlpage

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden reads the golden pages and compares the page model with
// golden/htmlpages/<name>.page.json.
func TestGolden(t *testing.T) { pagetest.Golden(t, "../../golden/htmlpages/*.html", Reader{}, *update) }

func read(t *testing.T, name string) *page.Page {
	t.Helper()
	data, err := os.ReadFile("../../golden/htmlpages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Reader{}.Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// readDoc reads a page given as a string.
func readDoc(t *testing.T, name, doc string) *page.Page {
	t.Helper()
	p, err := Reader{}.Read(name, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGetInstance(t *testing.T) {
	p := read(t, "GetInstance.html")
	if p.Title != "Identity as a Service:GetInstance" || p.LastUpdated != "Apr 14, 2025" {
		t.Errorf("title %q last updated %q", p.Title, p.LastUpdated)
	}
	if !strings.HasSuffix(p.URL, "api-eiam-2021-12-01-getinstance") {
		t.Errorf("canonical URL %q", p.URL)
	}
	if d := cmp.Diff([]string{"Document Center", "Identity as a Service", "API Reference", "GetInstance"}, p.Breadcrumbs); d != "" {
		t.Errorf("breadcrumbs (-want +got):\n%s", d)
	}
	if !strings.Contains(p.Meta["debug-url"], "api=GetInstance") {
		t.Errorf("debug url %q", p.Meta["debug-url"])
	}
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "Copyright") || strings.Contains(b.Text, "__DATA__") || strings.Contains(b.Text, "Search") {
				t.Errorf("site chrome leaked into section %q: %q", s.Heading, b.Text)
			}
		}
	}
	resp := p.SectionsOf(page.ResponseParams)[0].Tables()[0]
	var names []string
	for _, r := range resp.Rows {
		names = append(names, strings.Repeat(".", r.Depth)+r.Cells[0])
	}
	want := []string{"", ".RequestId", ".Instance", "..InstanceId", "..CreateTime", "..Status", "..Description",
		"..DefaultEndpoint", "...Endpoint", "...Status", "..EgressAddresses", "...EgressAddress", "..DomainConfig",
		"...InitDomainAutoRedirectStatus", "...DefaultDomain", "...InitDomain"}
	if d := cmp.Diff(want, names); d != "" {
		t.Errorf("response rows with depth (-want +got):\n%s", d)
	}
	if c := resp.Rows[5].Cell(resp, page.ColDescription); c != "The status of the instance. Valid values:\n- creating\n- running" {
		t.Errorf("list in cell: %q", c)
	}
	ram := p.SectionsOf(page.RAMAuth)[0].Tables()[0]
	if c := ram.Rows[0].Cell(ram, page.ColResourceType); c != "*Instance\nacs:eiam:{#regionId}:{#accountId}:instance/{#InstanceId}" {
		t.Errorf("resource cell %q", c)
	}
	ex := p.SectionsOf(page.Examples)[0]
	var code *page.Block
	for i := range ex.Blocks {
		if ex.Blocks[i].Kind == page.Code {
			code = &ex.Blocks[i]
		}
	}
	if code == nil || code.Lang != "json" || !strings.HasPrefix(code.Text, "{\n  \"RequestId\"") {
		t.Fatalf("JSON example not kept verbatim: %+v", code)
	}
	// lines point into the input
	if resp.Line != 35 || resp.Rows[1].Line != 39 {
		t.Errorf("table line %d, first row line %d", resp.Line, resp.Rows[1].Line)
	}
}

func TestChineseROA(t *testing.T) {
	p := read(t, "CreateInstanceAccount-zh.html")
	if p.Lang != "zh" || p.LastUpdated != "2024-11-28" || !strings.Contains(p.URL, "createinstanceaccount") {
		t.Errorf("lang %q last updated %q url %q", p.Lang, p.LastUpdated, p.URL)
	}
	syn := p.SectionsOf(page.RequestSyntax)
	if len(syn) != 1 || len(syn[0].Blocks) != 1 || syn[0].Blocks[0].Text != "POST /instances/{instanceId}/accounts HTTP/1.1" {
		t.Fatalf("request syntax: %+v", syn)
	}
	req := p.SectionsOf(page.RequestParams)[0].Tables()[0]
	var got []string
	for _, r := range req.Rows {
		got = append(got, strings.Repeat(".", r.Depth)+r.Cells[0]+":"+r.Cell(req, page.ColRequired))
	}
	if d := cmp.Diff([]string{"instanceId:是", "body:否", ".password:是", ".username:是"}, got); d != "" {
		t.Errorf("request rows (-want +got):\n%s", d)
	}
	if c := req.Rows[3].Cell(req, page.ColDescription); c != "账号的用户名。\n长度 | 1~64\n字符 | 字母、数字" {
		t.Errorf("nested table in cell: %q", c)
	}
}

func TestBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":   " \n",
		"binary":  "<html>\x00\x01",
		"nothing": "<html><body><script>x()</script></body></html>",
	} {
		if _, err := (Reader{}).Read(name+".html", []byte(in)); err == nil || !strings.HasPrefix(err.Error(), name+".html: ") {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/htmlpages/*.html", Reader{}, []byte("<h1>x</h1><table><tr><td>a<table><tr><td>b"))
}

// A sample's comment lines ("//json response") are not part of it, and a caption before a
// sample ("`XML` format") names its language, as in the Markdown sources.
func TestSampleCommentAndCaption(t *testing.T) {
	doc := `<html><body><main><h1>GetKey</h1><h2>Examples</h2>
<p><code>JSON</code> format</p>
<pre><code>//json response
{"RequestId": "r1"}
</code></pre>
<p><code>XML</code> format</p>
<pre><code>//xml response
&lt;KMS&gt;&lt;RequestId&gt;r1&lt;/RequestId&gt;&lt;/KMS&gt;
</code></pre>
</main></body></html>`
	p := readDoc(t, "GetKey.html", doc)
	var got []string
	for _, b := range p.Sections[len(p.Sections)-1].Blocks {
		if b.Kind == page.Code {
			got = append(got, b.Lang+" "+b.Text)
		}
	}
	want := []string{`json {"RequestId": "r1"}`, "xml <KMS><RequestId>r1</RequestId></KMS>"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("samples (-want +got):\n%s", diff)
	}
}

// A parameter table whose first header names no name column ("HTTP status code") while a
// Type column follows has its names in the first column, with a warning, as in mdpage.
func TestNamesFirstColumn(t *testing.T) {
	doc := `<html><body><main><h1>TriggerNetwork</h1><h2>Request parameters</h2>
<table><thead><tr><th>HTTP status code</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
<tbody><tr><td>nodeType</td><td>String</td><td>Yes</td><td>The node type.</td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "TriggerNetwork.html", doc)
	tb := p.Sections[len(p.Sections)-1].Tables()[0]
	if tb.Col(page.ColName) != 0 {
		t.Errorf("columns %v: the first is not the names", tb.Columns)
	}
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "HTTP status code") {
		t.Errorf("warnings %v", p.Warnings)
	}
}

// A bold line the lexicon does not know over a table whose names are its first column
// (NamesFirst: "Prameter", then a Type column) is that table's heading, as over a table
// with a Name column: the look-ahead reads the header as the table itself will. It was
// read as a paragraph of prose, and the table's rows were taken for the request's.
func TestHeadingOverNamesFirstTable(t *testing.T) {
	for _, name := range []string{"Name", "Prameter"} {
		doc := `<html><body><main><h1>GetThing</h1><h2>Request parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>ThingId</td><td>String</td><td>The ID.</td></tr></tbody></table>
<p><strong>Returned data fields</strong></p>
<table><thead><tr><th>` + name + `</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></tbody></table>
</main></body></html>`
		p := readDoc(t, "GetThing.html", doc)
		var blocks []string
		for _, s := range p.Sections {
			for _, b := range s.Blocks {
				blocks = append(blocks, fmt.Sprintf("%q: kind %d level %d %q", s.Heading, b.Kind, b.Level, b.Text))
			}
		}
		last := p.Sections[len(p.Sections)-1].Blocks
		if n := len(last); n < 2 || last[n-2].Text != "Returned data fields" || last[n-2].Level == 0 {
			t.Errorf("%s: the bold line over the table is no heading:\n%s", name, strings.Join(blocks, "\n"))
		}
	}
}

// Blank header cells at the end of a table name no column: a row that stops before them
// misses nothing and is not warned about (mdpage's rule).
func TestBlankHeaderCellsAtEnd(t *testing.T) {
	doc := `<html><body><main><h1>UpdatePipelines</h1><h2>Request parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th><th></th></tr></thead>
<tbody><tr><td>pipelineId</td><td>String</td><td>The pipeline.</td></tr>
<tr><td>workers</td><td>Integer</td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "UpdatePipelines.html", doc)
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "has 2 cells") {
		t.Errorf("want one warning, for the row of 2 cells: %v", p.Warnings)
	}
}

// The items of a nested list are items of their own, after their parent's, in the page's
// lists; in a cell they are indented by page.ListIndent a level, as the Markdown reader
// reads an indented list (a valid-values list's values are its top-level items).
func TestNestedListItems(t *testing.T) {
	doc := `<html><body><main><h1>AuthorizeSecurityGroup</h1>
<ul><li>Limits:<ul><li>VPC only.</li><li><p>Running.</p></li></ul></li><li>Timed runs.</li></ul>
<h2>Request parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>NicType</td><td>String</td><td><p>Valid values:</p><ul><li>internet</li><li>intranet<ul><li>If the group is in a VPC, intranet.</li></ul></li></ul></td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "AuthorizeSecurityGroup.html", doc)
	want := []string{"Limits:", "VPC only.", "Running.", "Timed runs."}
	if diff := cmp.Diff(want, p.Sections[0].Blocks[0].Items); diff != "" {
		t.Errorf("list items (-want +got):\n%s", diff)
	}
	cell := p.Sections[1].Tables()[0].Rows[0].Cells[2]
	if want := "Valid values:\n- internet\n- intranet\n  - If the group is in a VPC, intranet."; cell != want {
		t.Errorf("cell %q, want %q", cell, want)
	}
	// the text after a nested list in an item follows the list's items, indented as the
	// item's own; it was joined to the item's own line, before them
	p = readDoc(t, "DescribeSecurityGroupAttribute.html", `<html><body><main><h1>DescribeSecurityGroupAttribute</h1>
<h2>Request parameters</h2><table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>NicType</td><td>String</td><td><ul><li>Valid values in the classic network:<ul><li>internet</li></ul><p>Note: one a call.</p><ul><li>intranet</li></ul>Or none.</li><li>In a VPC, intranet.</li></ul></td></tr></tbody></table>
</main></body></html>`)
	cell = p.Sections[len(p.Sections)-1].Tables()[0].Rows[0].Cells[2]
	if want := "- Valid values in the classic network:\n  - internet\n  Note: one a call.\n  - intranet\n  Or none.\n- In a VPC, intranet."; cell != want {
		t.Errorf("cell %q, want %q", cell, want)
	}
}

// Inline <code> is kept as a code span in backticks, as the Markdown reader keeps it: in
// paragraphs, cells and list items, with more backticks when the code holds one.
func TestCodeSpans(t *testing.T) {
	doc := `<html><body><main><h1>DescribeDisks</h1>
<p>Use <code>NextToken</code> or <code>a` + "`" + `b</code>.</p>
<h2>Request parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>Status</td><td>String</td><td>Valid values:<ul><li><code>Running</code></li></ul></td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "DescribeDisks.html", doc)
	if got, want := p.Sections[0].Blocks[0].Text, "Use `NextToken` or ``a`b``."; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
	if got, want := p.Sections[1].Tables()[0].Rows[0].Cells[2], "Valid values:\n- `Running`"; got != want {
		t.Errorf("cell %q, want %q", got, want)
	}
}

// A code block in a cell is kept between "```" lines, its lines trimmed, as the Markdown
// reader keeps a fenced block in a cell (extraction leaves it out of the description).
func TestCodeBlockInCell(t *testing.T) {
	doc := `<html><body><main><h1>DescribeInstanceVncUrl</h1><h2>Response parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>VncUrl</td><td>String</td><td><p>The URL. Examples:</p><pre><code>  https://example.com/?a=1
  &amp;b=2
</code></pre><p>Or:</p></td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "DescribeInstanceVncUrl.html", doc)
	want := "The URL. Examples:\n```\nhttps://example.com/?a=1\n&b=2\n```\nOr:"
	if got := p.Sections[1].Tables()[0].Rows[0].Cells[2]; got != want {
		t.Errorf("cell %q, want %q", got, want)
	}
}

// A code block in a list item ends the list, as a fenced block indented under a Markdown
// item does: the item's text is an item, the block a code block, the next items a new
// list. In a cell the block's lines follow the item on lines of their own.
func TestCodeBlockInListItem(t *testing.T) {
	doc := `<html><body><main><h1>ExportImage</h1>
<ul><li><p>Create a role:</p><ol><li>Trust policy:</li></ol><pre><code>{"Version": "1"}</code></pre><p>Then attach it.</p></li><li>Export.</li></ul>
<h2>Request parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>Policy</td><td>String</td><td><ul><li>Sample: <pre><code>a=1
b=2</code></pre>Or none.</li></ul></td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "ExportImage.html", doc)
	var got []string
	for _, b := range p.Sections[0].Blocks {
		got = append(got, fmt.Sprint(b.Kind, " ", b.Text, b.Items))
	}
	want := []string{"1 [Create a role: Trust policy:]", `3 {"Version": "1"}[]`, "0 Then attach it.[]", "1 [Export.]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	cell := p.Sections[1].Tables()[0].Rows[0].Cells[2]
	if want := "- Sample:\n```\na=1\nb=2\n```\nOr none."; cell != want {
		t.Errorf("cell %q, want %q", cell, want)
	}
}

// A cell that is one code span (a name, a type, a value in <code>) is read as its plain
// text; code spans inside a cell's prose keep their backticks.
func TestWholeCellCode(t *testing.T) {
	doc := `<html><body><main><h1>DescribeKeyPairs</h1><h2>Response parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td><p><code>Tags</code></p></td><td><code>Array</code></td><td>See <code>Tag</code>.</td></tr></tbody></table>
</main></body></html>`
	p := readDoc(t, "DescribeKeyPairs.html", doc)
	want := []string{"Tags", "Array", "See `Tag`."}
	if diff := cmp.Diff(want, p.Sections[1].Tables()[0].Rows[0].Cells); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
}

// A sample's language may be named by a highlighter's bare class ("hljs xml", "sourceCode
// json") or a data-lang attribute, besides language-X classes.
func TestSampleLanguageMarkup(t *testing.T) {
	doc := `<html><body><main><h1>GetKey</h1><h2>Examples</h2>
<pre class="sourceCode xml"><code class="sourceCode xml">&lt;KMS&gt;&lt;KeyId&gt;k&lt;/KeyId&gt;&lt;/KMS&gt;</code></pre>
<pre><code class="hljs xml">&lt;KMS/&gt;</code></pre>
<pre data-lang="XML">&lt;KMS/&gt;</pre>
</main></body></html>`
	p := readDoc(t, "GetKey.html", doc)
	var got []string
	for _, b := range p.Sections[len(p.Sections)-1].Blocks {
		got = append(got, b.Lang)
	}
	if diff := cmp.Diff([]string{"xml", "xml", "xml"}, got); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
}

// A paragraph that is one code span (a request line in <code>) is read as its plain text;
// code spans inside prose keep their backticks.
func TestWholeParagraphCode(t *testing.T) {
	p := readDoc(t, "GetUser.html", `<html><body><main><h1>GetUser</h1><h2>Request syntax</h2>
<p><code>GET /users/{id}</code></p><p>Send <code>id</code> in the path.</p></main></body></html>`)
	var got []string
	for _, b := range p.Sections[len(p.Sections)-1].Blocks {
		got = append(got, b.Text)
	}
	if diff := cmp.Diff([]string{"GET /users/{id}", "Send `id` in the path."}, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

// Cells padded alike (a no-break space before every name) show no nesting: depth is not
// shown, and extraction rebuilds it, as for a table with no indentation.
func TestUniformIndentShowsNoDepth(t *testing.T) {
	p := readDoc(t, "DescribeRegions.html", `<html><body><main><h1>DescribeRegions</h1><h2>Response parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>&nbsp;Regions</td><td>Array</td><td>&nbsp;The regions.</td></tr>
<tr><td>&nbsp;RegionId</td><td>String</td><td>&nbsp;The ID.</td></tr></tbody></table>
</main></body></html>`)
	for _, row := range p.Sections[len(p.Sections)-1].Tables()[0].Rows {
		if row.Depth != -1 {
			t.Errorf("row %q: depth %d, want -1 (not shown)", row.Cells[0], row.Depth)
		}
	}
}

// TestUnicodeSpacesInCells: a page's `&nbsp;` and other Unicode spaces (as entities or
// characters) are spaces and its invisible characters (`&#8203;`, `&zwj;`) nothing, in
// names, types, Required cells, code spans and code blocks alike: "RegionId&nbsp;" is the
// name RegionId, "Array&nbsp;of&nbsp;String" a type, and a JSON example indented by
// `&nbsp;` still a JSON example. A no-break space in a description is a plain space.
func TestUnicodeSpacesInCells(t *testing.T) {
	p := readDoc(t, "DescribeRegions.html", `<html><body><main><h1>DescribeRegions</h1><h2>Request parameters</h2>
<table><thead><tr><th>Name&nbsp;</th><th>Type&#x3000;</th><th>Required&#8239;</th><th>Description</th></tr></thead>
<tbody><tr><td>RegionId&nbsp;</td><td>&#8203;String&nbsp;</td><td>Yes&zwj;</td><td>The&nbsp;region.</td></tr>
<tr><td>&#8203;<code>Zone&#8205;Ids&nbsp;</code></td><td>Array&nbsp;of&#x2002;String</td><td>&#x2060;No&#x3000;</td><td>The zones.</td></tr></tbody></table>
<h2>Response example</h2>
<pre><code class="language-json">{
&nbsp;&nbsp;"RequestId":&nbsp;"r"
}</code></pre>
</main></body></html>`)
	var rows []string
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			switch {
			case b.Table != nil:
				if !slices.Equal(b.Table.Header, []string{"Name", "Type", "Required", "Description"}) {
					t.Errorf("header %q", b.Table.Header)
				}
				for _, r := range b.Table.Rows {
					rows = append(rows, strings.Join(r.Cells, "|"))
				}
			case b.Kind == page.Code && b.Text != "{\n  \"RequestId\": \"r\"\n}":
				t.Errorf("code block %q, want its indentation by spaces", b.Text)
			}
		}
	}
	if want := []string{"RegionId|String|Yes|The region.", "ZoneIds|Array of String|No|The zones."}; !slices.Equal(rows, want) {
		t.Errorf("rows %q, want %q", rows, want)
	}
}

// TestNumberedQualifiedHeadings: a heading keeps the page's number and a location in
// brackets ("一、请求参数（Query）"), or is a bold label with a number; the lexicon reads them,
// and the page keeps the headings' language.
func TestNumberedQualifiedHeadings(t *testing.T) {
	p := readDoc(t, "GetUser.html", `<html><body><h1>GetUser</h1>
<h2>一、请求参数（Query）</h2>
<table><tr><th>名称</th><th>类型</th><th>必填</th><th>描述</th></tr>
<tr><td>UserName</td><td>String</td><td>是</td><td>名称。</td></tr></table>
<p><strong>二、返回参数</strong></p>
<table><tr><th>名称</th><th>类型</th><th>描述</th></tr>
<tr><td>RequestId</td><td>String</td><td>请求ID。</td></tr></table>
</body></html>`)
	var kinds []string
	for _, s := range p.Sections {
		kinds = append(kinds, s.Kind.String())
	}
	if d := cmp.Diff([]string{"intro", "query-params", "response-params"}, kinds); d != "" || p.Lang != "zh" {
		t.Errorf("sections (-want +got):\n%s; lang %q", d, p.Lang)
	}
}

// Elements nested deeper than x/net/html keeps (512) fail the page with the file and the
// line of the tag that goes past the limit, in a page and in an HTML block of a Markdown page.
func TestTooDeepNamesLine(t *testing.T) {
	deep := strings.Repeat("<div>\n", 600)
	src := "<html><body>\n<h1>GetThing</h1>\n" + deep + "x\n"
	_, err := (Reader{}).Read("deep.html", []byte(src))
	// html and body are open: the 511th div is the 513th element; it is on line 513 (2 + 511)
	if err == nil || !strings.HasPrefix(err.Error(), "deep.html:513: parse HTML: ") || !strings.Contains(err.Error(), "exceeds 512") {
		t.Errorf("page: err = %v, want deep.html:513", err)
	}
	p := &page.Page{File: "deep.md"}
	_, err = ReadBlock(p, &page.Section{}, 10, []byte(deep))
	// the fragment parser holds an html element: the 512th div, on the block's line 512
	if err == nil || !strings.HasPrefix(err.Error(), "deep.md:521: parse HTML block: ") || !strings.Contains(err.Error(), "exceeds 512") {
		t.Errorf("block: err = %v, want deep.md:521", err)
	}
}

// TestBoldSectionLabels: a paragraph all in bold that names a section the lexicon knows
// ("Debugging", "调试", "Examples", "返回数据") heads it when what follows fits it (the
// Markdown reader's rule, page.BoldLabel); a bold "Example" over a sample inside a parameter
// section whose rows go on after it, a bold line naming the section it stands in and a
// card's name over "Type: String" do not.
func TestBoldSectionLabels(t *testing.T) {
	table := func(rows ...string) string {
		s := "<table><tr><th>Name</th><th>Type</th><th>Description</th></tr>\n"
		for _, r := range rows {
			s += "<tr><td>" + r + "</td><td>String</td><td>d</td></tr>\n"
		}
		return s + "</table>\n"
	}
	for _, c := range []struct{ src, want string }{
		{`<p><strong>Debugging</strong></p>
<p><a href="https://api.aliyun.com/#product=Ecs&api=Op">Try it</a></p>
<p><strong>Request parameters</strong></p>
` + table("A") + `<p><b>Example</b></p>
<pre><code>{"A": 1}</code></pre>
` + table("B") + `<p><strong>Response parameters</strong></p>
` + table("RequestId") + `<p><b>Examples</b></p>
<p><strong>Sample responses</strong></p>
<pre><code>{"RequestId": "x"}</code></pre>
<p><strong>Error codes</strong></p>
<table><tr><th>HTTP status code</th><th>Error code</th><th>Error message</th></tr>
<tr><td>400</td><td>Bad</td><td>bad</td></tr></table>`,
			"intro debug request-params response-params examples error-codes"},
		{`<div><p><strong>调试</strong></p>
<p><a href="https://api.aliyun.com/#product=Ecs&api=Op">调试</a></p></div>
<p><strong>请求参数</strong></p>
` + table("A") + `<p><strong>返回数据</strong></p>
` + table("RequestId") + `<p><strong>示例</strong></p>
<pre><code>{"RequestId": "x"}</code></pre>`,
			"intro debug request-params response-params examples"},
		// bold labels that are no paragraph of their own: a colon after the bold, bold in a
		// wrapper, a bold run among a <div>'s blocks, a list item (alone or holding its
		// section), a layout table's cell
		{`<p><strong>Debugging</strong>:</p>
<p><a href="https://api.aliyun.com/#product=Ecs&api=Op">Try it</a></p>
<ul><li><strong>Request parameters</strong></li></ul>
` + table("A") + `<ol><li><p><b>Response parameters</b></p>` + table("RequestId") + `</li>
<li><p><span><b>Examples</b></span></p><pre><code>{"RequestId": "x"}</code></pre></li></ol>
<table class="layout"><tr><td><strong>Error codes</strong></td></tr><tr><td>
<table><tr><th>HTTP status code</th><th>Error code</th><th>Error message</th></tr>
<tr><td>400</td><td>Bad</td><td>bad</td></tr></table></td></tr></table>`,
			"intro debug request-params response-params examples error-codes"},
		{`<div><strong>Request parameters</strong>` + table("A") + `</div>
<table><tr><td><b>Examples</b></td></tr><tr><td><p>Sample:</p><pre><code>{"RequestId": "x"}</code></pre></td></tr></table>`,
			"intro request-params examples"},
		{`<p><strong>Request parameters</strong></p>` + table("A") + `<p><b>Examples</b><br></p>
<pre><code>{"RequestId": "x"}</code></pre>`,
			"intro request-params examples"},
		// bold items where what follows does not fit: a list of contents, emphasis
		{`<ul><li><strong>Request parameters</strong></li><li><strong>Examples</strong></li></ul>
<h2>Request parameters</h2>
` + table("A") + `<ul><li><b>Examples</b></li></ul>
` + table("B"),
			"intro request-params"},
		{`<h2>Request parameters</h2>
<p><strong>Description</strong></p>
<p>Type: String</p>
<p>Required: No</p>
<h2>Response parameters</h2>
` + table("RequestId"),
			"intro request-params response-params"},
	} {
		p := readDoc(t, "Op.html", "<html><body><h1>Op</h1>\n<p>Calls Op.</p>\n"+c.src+"\n</body></html>")
		var kinds []string
		for _, s := range p.Sections {
			kinds = append(kinds, s.Kind.String())
		}
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("sections %q, want %q", got, c.want)
		}
	}
}
