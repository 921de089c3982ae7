package mdpage

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden reads the committed corpus pages and compares the page model with
// golden/mdpages/<name>.page.json.
func TestGolden(t *testing.T) { pagetest.Golden(t, "../../golden/mdpages/*.md", Reader{}, *update) }

// TestCorpus reads every real page of ../shared/corpus/markdown and checks what the manifest
// says about it against the page model.
func TestCorpus(t *testing.T) {
	dir := "../../../shared/corpus/markdown"
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	var manifest []struct{ File, Operation, Language string }
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	for _, m := range manifest {
		t.Run(m.File, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, m.File))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Reader{}.Read(m.File, data)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.EqualFold(p.Title, m.Operation) {
				t.Errorf("title %q, want %q", p.Title, m.Operation)
			}
			if p.Lang != m.Language {
				t.Errorf("lang %q, want %q", p.Lang, m.Language)
			}
			if !strings.Contains(p.Meta["debug-url"], "api="+m.Operation) && p.Lang == "en" {
				t.Logf("no debug link naming %s (%q)", m.Operation, p.Meta["debug-url"])
			}
			req := append(p.SectionsOf(page.RequestParams), p.SectionsOf(page.BodyParams)...)
			if len(req) == 0 {
				t.Fatalf("no request parameter section; sections: %v", kinds(p))
			}
			tables := req[0].Tables()
			if len(tables) == 0 {
				t.Fatalf("request section has no table")
			}
			tb := tables[0]
			if tb.Col(page.ColName) != 0 || tb.Col(page.ColType) != 1 {
				t.Errorf("request header %q classified %v", tb.Header, tb.Columns)
			}
			for _, r := range tb.Rows {
				if len(r.Cells) != len(tb.Header) {
					t.Errorf("line %d: %d cells for %d columns", r.Line, len(r.Cells), len(tb.Header))
				}
				if typ := r.Cell(tb, page.ColType); typ != "" && !page.IsType(typ) {
					t.Errorf("line %d: type %q not in the vocabulary", r.Line, typ)
				}
			}
			for _, w := range p.Warnings {
				t.Logf("warning: %s", w)
			}
		})
	}
}

func kinds(p *page.Page) []string {
	var out []string
	for _, s := range p.Sections {
		out = append(out, s.Kind.String()+":"+s.Heading)
	}
	return out
}

func TestMultiLineCellsAndNesting(t *testing.T) {
	in := "# CreateThing\n\nCreates a thing.\n\n## Request parameters\n\n" +
		"|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n" +
		"|Tag.N.Key|String|Query|No|k\\_1|The key. Valid values:\n\n -   a\n-   b |\n" +
		"|config\n\n|Map\n\n|Body\n\n|No\n\n|\n\n|The config, see [DescribeRegions](~~25609~~). |\n" +
		"|└size\n\n|Integer\n\n|Body\n\n|Yes\n\n|3\n\n|Size \\(GiB\\), up to 10\\*\\*\\*. |\n" +
		"|short|String|\n\n## Error codes\n\n|HttpCode|Error code|Error message|Description|\n" +
		"|400|Bad.Thing|It is bad.|Bad \\| worse.|\n"
	p, err := Reader{}.Read("x.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := p.SectionsOf(page.RequestParams)[0].Tables()[0]
	var got [][]string
	var depth []int
	for _, r := range tb.Rows {
		got = append(got, r.Cells)
		depth = append(depth, r.Depth)
	}
	want := [][]string{
		{"Tag.N.Key", "String", "Query", "No", "k_1", "The key. Valid values:\n- a\n- b"},
		{"config", "Map", "Body", "No", "", "The config, see DescribeRegions."},
		{"size", "Integer", "Body", "Yes", "3", "Size (GiB), up to 10***."},
		{"short", "String", "", "", "", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("rows (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]int{0, 0, 1, 0}, depth); d != "" {
		t.Errorf("depths (-want +got):\n%s", d)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Line != 35 || !strings.Contains(p.Warnings[0].Msg, "missing cells") {
		t.Errorf("warnings = %v, want one about line 35's missing cells", p.Warnings)
	}
	errs := p.SectionsOf(page.ErrorCodes)[0].Tables()[0]
	if c := errs.Rows[0].Cell(errs, page.ColDescription); c != "Bad | worse." {
		t.Errorf("escaped pipe: got %q", c)
	}
	if errs.Col(page.ColHTTPStatus) != 0 || errs.Col(page.ColErrorCode) != 1 {
		t.Errorf("error table columns %v", errs.Columns)
	}
}

func TestBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"empty":  "  \n\n",
		"binary": "# X\x00\x01",
		"utf8":   "# X\xff\xfe",
		"prose":  "just some words\nand more",
	} {
		if _, err := (Reader{}).Read(name+".md", []byte(in)); err == nil || !strings.HasPrefix(err.Error(), name+".md: ") {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}

func TestTruncated(t *testing.T) {
	p, err := Reader{}.Read("cut.md", []byte("# Op\n\n## Request parameters\n\n|Parameter|Type|Required|\n|---|---|---|\n|A|String|Yes|\n|B|Str"))
	if err != nil {
		t.Fatal(err)
	}
	if !p.Truncated || len(p.Warnings) == 0 || p.Warnings[0].Line != 8 {
		t.Errorf("truncated=%v warnings=%v, want a warning at line 8", p.Truncated, p.Warnings)
	}
}

func FuzzRead(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/mdpages/*.md", Reader{}, []byte("# A\n|a|b\n|c"))
}

// TestNameColumnFallback: a parameter table whose first header is not a name word
// ("Attribute", a typo, even "HTTP status code") but which has a Type column reads its
// first column as the names, with a warning.
func TestNameColumnFallback(t *testing.T) {
	in := "# TriggerThing\n\n## Request parameters\n\n|HTTP status code\n\n|Type\n\n|Required\n\n|Example\n\n|Description |\n" +
		"|---|---|---|---|---|\n|nodeType\n\n|String\n\n|Yes\n\n|KIBANA\n\n|The node type. |\n\n" +
		"## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|---|---|---|---|\n|400|Bad|Bad.|Bad.|\n"
	p, err := Reader{}.Read("x.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := p.SectionsOf(page.RequestParams)[0].Tables()[0]
	if tb.Col(page.ColName) != 0 || tb.Rows[0].Cell(tb, page.ColName) != "nodeType" {
		t.Errorf("columns %v rows %v", tb.Columns, tb.Rows)
	}
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "first column is read as the names") {
		t.Errorf("warnings %v", p.Warnings)
	}
	if errs := p.SectionsOf(page.ErrorCodes)[0].Tables()[0]; errs.Col(page.ColHTTPStatus) != 0 || errs.Col(page.ColName) >= 0 {
		t.Errorf("error table columns %v", errs.Columns)
	}
}

// TestCellShapes: a fence whose closing line closes the row ("``` |"), a blank last
// header cell that rows may leave out, unescaped pipes in the last (description) column,
// and a short first line whose last cell continues below ("|a|b|c| " then text).
func TestCellShapes(t *testing.T) {
	in := "# Op\n\n## Request parameters\n\n" +
		"|Name|Type|Required|Description|\n|---|---|---|---|\n" +
		"|Id.N|RepeatList|No|The IDs. For example:\n\n```\n\n&Id.1=a|b\n\n``` |\n" +
		"|Kind|String|No|Valid values: a | b | c|\n" +
		"|Size|Integer|20| \n\n The size.\n\n |\n" +
		"|Last|String|No|Last. |\n\n" +
		"## Response parameters\n\n|参数\n\n|类型\n\n|描述\n\n|\u00a0|\n|--|--|--|--|\n" +
		"|a\n\n|String\n\n|A.\n\n|\u00a0|\n|b\n\n|String\n\n|B. |\n|c\n\n|String\n\n|C.\n\n|\u00a0|\n"
	p, err := Reader{}.Read("x.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, s := range []page.SectionKind{page.RequestParams, page.ResponseParams} {
		for _, r := range p.SectionsOf(s)[0].Tables()[0].Rows {
			got = append(got, r.Cells)
		}
	}
	want := [][]string{
		{"Id.N", "RepeatList", "No", "The IDs. For example:\n```\n&Id.1=a|b\n```"},
		{"Kind", "String", "No", "Valid values: a | b | c"},
		{"Size", "Integer", "20", "The size."},
		{"Last", "String", "No", "Last."},
		{"a", "String", "A.", ""}, {"b", "String", "B.", ""}, {"c", "String", "C.", ""},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("rows (-want +got):\n%s", d)
	}
	for _, w := range p.Warnings {
		if !strings.Contains(w.Msg, "taken as text of the description") {
			t.Errorf("warning %v", w)
		}
	}
}

// TestSampleCommentLines: "//json response" and "//xml response" lines that open a code
// block are not part of the sample.
func TestSampleCommentLines(t *testing.T) {
	src := "# Decrypt\n\n## Examples\n\n```\n//json response\n{\"KeyId\": \"k\"}\n```\n\n```\n//xml response\n<KMS>\n  <KeyId>k</KeyId>\n</KMS>\n```\n"
	p, err := Reader{}.Read("d.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if b.Kind == page.Code {
				got = append(got, strings.SplitN(b.Text, "\n", 2)[0])
			}
		}
	}
	if strings.Join(got, "|") != `{"KeyId": "k"}|<KMS>` {
		t.Errorf("code blocks start %q", got)
	}
}

// TestNoBreakSpace: a no-break space (an HTML export's &nbsp;) is a space in the text the
// reader gives, so that "Array\u00a0of\u00a0Tag" is the type "Array of Tag"; so are the
// other Unicode spaces, as characters or entities, and an invisible character (`&#8203;`,
// U+200D) is nothing: a name, type or Required cell reads as the page shows it.
func TestNoBreakSpace(t *testing.T) {
	p := mustRead(t, "DescribeTags.md", "# DescribeTags\n\n## Response parameters\n\n"+
		"|Name|Type|Example|Description|\n|---|---|---|---|\n|Tags|Array\u00a0of\u00a0Tag| |The\u00a0tags.|\n"+
		"|&#8203;RegionId&nbsp;|String&#x3000;| |The\u202fregion.|\n|Page\u200dSize\u2002|Integer&ensp;|10|The&#8239;page.|\n")
	want := [][]string{{"Tags", "Array of Tag", "", "The tags."}, {"RegionId", "String", "", "The region."}, {"PageSize", "Integer", "10", "The page."}}
	rows := p.Sections[len(p.Sections)-1].Blocks[0].Table.Rows
	for i, w := range want {
		if i >= len(rows) || !slices.Equal(rows[i].Cells, w) {
			t.Errorf("row %d of %d: want %q", i, len(rows), w)
		} else if rows[i].Depth > 0 {
			t.Errorf("row %q: depth %d, want none", w[0], rows[i].Depth)
		}
	}
}

// TestNoBreakSpaceInCode: a code block indented by no-break spaces (an export of an HTML
// page's `&nbsp;`) reads with spaces, so that a JSON example is JSON.
func TestNoBreakSpaceInCode(t *testing.T) {
	for _, code := range []string{"```json\n{\n\u00a0\u00a0\"RequestId\":\u00a0\"r\"\n}\n```\n", "    {\n    \u00a0\u00a0\"RequestId\":\u00a0\"r\"\n    }\n"} {
		p := mustRead(t, "GetThing.md", "# GetThing\n\n## Response example\n\n"+code)
		b := p.Sections[len(p.Sections)-1].Blocks[0]
		if b.Kind != page.Code || b.Text != "{\n  \"RequestId\": \"r\"\n}" || b.Lang != "json" {
			t.Errorf("%q: block %v %q (%s), want the JSON with spaces", code, b.Kind, b.Text, b.Lang)
		}
	}
}

// mustRead reads src, a page named file, and fails the test when it does not read.
func mustRead(t *testing.T, file, src string) *page.Page {
	t.Helper()
	p, err := Reader{}.Read(file, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A section heading written as a label — a bold line or a line ending in a colon that
// names a section — is a heading; before, the page had no parameter sections at all.
func TestLabelHeadings(t *testing.T) {
	for _, label := range []string{"**Request parameters**", "Request parameters:", "__请求参数__"} {
		p := mustRead(t, "GetUser.md", "# GetUser\n\n"+label+"\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n|UserId|String|Yes|The ID.|\n\n"+
			"**Response parameters:**\n\n|Name|Type|Description|\n|---|---|---|\n|UserName|String|The name.|\n\nSee **Request parameters** above.\n")
		req, resp := p.SectionsOf(page.RequestParams), p.SectionsOf(page.ResponseParams)
		if len(req) != 1 || len(req[0].Tables()) != 1 || len(resp) != 1 || len(resp[0].Tables()) != 1 {
			t.Errorf("%s: %d request and %d response sections, want one each with its table", label, len(req), len(resp))
		}
	}
}

// A cell that shows only an icon (<img alt="Yes">, ![Yes](check.png)) says its alternative
// text, as in the HTML reader; before, the Required cell was empty and the parameter
// optional.
func TestImageCells(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n"+
		"|UserId|String|<img src=\"check.png\" alt=\"Yes\">|The ID.|\n|Mode|String|![Yes](check.png)|The mode.|\n|Name|String||The name.|\n")
	var got []string
	for _, r := range p.SectionsOf(page.RequestParams)[0].Tables()[0].Rows {
		got = append(got, r.Cells[2])
	}
	if want := []string{"Yes", "Yes", ""}; !slices.Equal(got, want) {
		t.Errorf("Required cells %q, want %q", got, want)
	}
}

// A cell holding an HTML parameter table (a parameter's children, as converters keep a
// table GFM cannot nest) gives their rows a level below it, the cell keeping its text;
// a table of values stays text. Before, the children were lost (and the tags kept).
func TestCellTables(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n"+
		"|Tag|Array|No|The tags. <table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>"+
		"<tr><td>Key</td><td>String</td><td>Yes</td><td>The key. <table><tr><th>Name</th><th>Type</th></tr><tr><td>Part</td><td>String</td></tr></table></td></tr></table>|\n"+
		"|Mode|String|No|The mode. <table><tr><td>on</td><td>enabled</td></tr></table>|\n")
	var got []string
	for _, r := range p.SectionsOf(page.RequestParams)[0].Tables()[0].Rows {
		got = append(got, fmt.Sprintf("%d %s", r.Depth, strings.Join(r.Cells, "/")))
	}
	want := []string{"0 Tag/Array/No/The tags.", "1 Key/String/Yes/The key.", "2 Part/String//",
		"0 Mode/String/No/The mode. <table><tr><td>on</td><td>enabled</td></tr></table>"}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q\nwant %q", got, want)
	}
}

// A numbered list's one item that names a section, over a table (after blank lines and
// comments), is that section's heading, as documents exported from word processors number
// their sections; before, the table was under no section and dropped (warned). An item
// over text stays a list.
func TestListItemHeading(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n1. Request parameters\n\n<!-- table -->\n\n   |Name|Type|Required|Description|\n   |---|---|---|---|\n   |UserId|String|Yes|The ID.|\n\n"+
		"2. Response parameters\n\n|Name|Type|Description|\n|---|---|---|\n|UserName|String|The name.|\n\n- Request parameters\n\nSee above.\n")
	resp := oneTableEach(t, p)
	if b := resp.Blocks; len(b) != 3 || b[1].Kind != page.List {
		t.Errorf("response section blocks %+v, want the table, the list item and the paragraph", b)
	}
}

// TestListItemHeadingOverBlocks: the item may stand over a parameter list or an HTML table
// too; before, the list's parameters joined the section above.
func TestListItemHeadingOverBlocks(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n1. Request parameters\n\n- **UserId** (String, required): The ID.\n\n"+
		"2. Response parameters\n\n<table><tr><th>Name</th><th>Type</th></tr><tr><td>UserName</td><td>String</td></tr></table>\n")
	oneTableEach(t, p)
}

// oneTableEach fails the test unless page p has one request and one response section,
// each holding one table, and returns the response section.
func oneTableEach(t *testing.T, p *page.Page) *page.Section {
	t.Helper()
	req, resp := p.SectionsOf(page.RequestParams), p.SectionsOf(page.ResponseParams)
	if len(req) != 1 || len(req[0].Tables()) != 1 || len(resp) != 1 || len(resp[0].Tables()) != 1 {
		t.Fatalf("%d request and %d response sections, want one each with its table", len(req), len(resp))
	}
	return resp[0]
}

// TestWrappedIndent: a name indented by no-break spaces inside inline HTML wrappers
// ("<p><span>&nbsp;&nbsp;&nbsp;&nbsp;Key</span></p>") is nested as one without them;
// before, the wrappers hid the indentation and every row was at the top level.
func TestWrappedIndent(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n## Response parameters\n\n|Name|Type|Description|\n|---|---|---|\n"+
		"|<p><span>Tag</span></p>|Object|The tag.|\n|<p><span>&nbsp;&nbsp;&nbsp;&nbsp;Key</span></p>|String|The key.|\n|<p>Name</p>|String|The name.|\n")
	var got []string
	for _, r := range p.SectionsOf(page.ResponseParams)[0].Tables()[0].Rows {
		got = append(got, fmt.Sprintf("%d %s", r.Depth, r.Cells[0]))
	}
	if want := []string{"0 Tag", "1 Key", "0 Name"}; !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}

// TestListItemHeadingProse: a numbered label stands over prose too (the request line),
// while a table of contents written as a loose list of section names stays a list.
func TestListItemHeadingProse(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n- Request syntax\n\n- Request parameters\n\n1. Request syntax\n\nGET /users/{UserId} HTTP/1.1\n\n"+
		"2. Request parameters\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n|UserId|String|Yes|The ID.|\n")
	syn, req := p.SectionsOf(page.RequestSyntax), p.SectionsOf(page.RequestParams)
	if len(syn) != 1 || len(syn[0].Blocks) != 1 || len(req) != 1 {
		t.Fatalf("%d request syntax sections (%+v), %d request sections; want one each", len(syn), syn, len(req))
	}
	if b := p.Sections[0].Blocks; len(b) != 2 || b[0].Kind != page.List || b[1].Kind != page.List {
		t.Errorf("intro blocks %+v, want the two items of the contents", b)
	}
}

// TestGappedSetextTitle: a copy that doubled its line breaks puts one blank line between a
// setext heading's text and its "=====": a line of only "=" there is still the underline
// (before, the page failed with "no title and no sections"); a gapped "---" stays a
// thematic break, not a heading.
func TestGappedSetextTitle(t *testing.T) {
	src := "GetUser\n\n=======\n\nGets a user.\n\nRequest parameters\n\n==================\n\n" +
		"|Name|Type|Required|Description|\n\n|---|---|---|---|\n\n|UserId|String|Yes|The ID.|\n\nA note\n\n---\n\nMore text.\n"
	p := mustRead(t, "GetUser.md", src)
	if p.Title != "GetUser" {
		t.Errorf("title %q, want GetUser; sections %v", p.Title, kinds(p))
	}
	if req := p.SectionsOf(page.RequestParams); len(req) != 1 {
		t.Errorf("%d request sections, want 1; sections %v", len(req), kinds(p))
	}
	for _, s := range p.Sections {
		if s.Heading == "A note" {
			t.Errorf("a gapped --- made a heading: %v", kinds(p))
		}
	}
}
