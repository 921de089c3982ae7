package htmlpage

import (
	"reflect"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// rowsOf reads an HTML page and returns the rows of the first table of the first section
// of kind k as "depth name type required position" lines.
func rowsOf(t *testing.T, src string, k page.SectionKind) []string {
	t.Helper()
	p, err := Reader{}.Read("x.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.SectionsOf(k) {
		for _, tb := range s.Tables() {
			var out []string
			for _, r := range tb.Rows {
				out = append(out, string(rune('0'+r.Depth))+" "+r.Cell(tb, page.ColName)+" "+r.Cell(tb, page.ColType)+" "+
					r.Cell(tb, page.ColRequired)+" "+r.Cell(tb, page.ColLocation))
			}
			return out
		}
	}
	t.Fatalf("no table in a %v section", k)
	return nil
}

func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d rows %q, want %q", len(got), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("row %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestParameterList: a parameter section may list its parameters as nested <ul> items
// ("Name (Type, required): text") or as a <dl>; each reads as a table row at its list's
// depth. A nested list whose items are not parameters (valid values) stays text.
func TestParameterList(t *testing.T) {
	ul := `<html><body><h1>CreateUser</h1><h2>Request parameters</h2><ul>
<li><code>UserName</code> (String, required, in query): The name. Valid values:<ul><li>a: one</li><li>b: two</li></ul></li>
<li><code>Labels</code> (map&lt;string, any&gt;, optional): The labels.</li>
<li><code>Tags</code> (Array of Object, optional): The tags.
  <ul><li><code>Key</code> (String, optional): The key.</li><li><code>Value</code> (String, optional): The value.</li></ul></li>
</ul></body></html>`
	sameLines(t, rowsOf(t, ul, page.RequestParams), []string{
		"0 UserName String required query", "0 Labels map<string, any> optional ", "0 Tags Array of Object optional ", "1 Key String optional ", "1 Value String optional "})
	dl := `<html><body><h1>GetUser</h1><h2>Response parameters</h2><dl>
<dt><code>User</code> (object)</dt><dd><p>The user.</p><dl><dt><code>Id</code> (string)</dt><dd>The ID.</dd></dl></dd>
<dt><code>RequestId</code> (string)</dt><dd>The request ID.</dd>
</dl></body></html>`
	sameLines(t, rowsOf(t, dl, page.ResponseParams), []string{"0 User object  ", "1 Id string  ", "0 RequestId string  "})
	// items that are not parameters stay a list
	p, err := Reader{}.Read("x.html", []byte(`<html><body><h1>X</h1><h2>Request parameters</h2><ul><li>Note (see below): text</li><li>Other</li></ul></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if b := p.SectionsOf(page.RequestParams)[0].Blocks; len(b) != 1 || b[0].Kind != page.List {
		t.Errorf("a list of notes: got %+v, want one list block", b)
	}
}

// TestNestedParameterTable: a parameter table nested in a row's description cell holds
// the row's children: its rows follow the row one level deeper, under the outer columns of
// the same kind, and leave the description. A nested table that is not a parameter table
// (no type column) stays text.
func TestNestedParameterTable(t *testing.T) {
	src := `<html><body><h1>CreateUser</h1><h2>Request parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Position</th><th>Required</th><th>Description</th></tr>
<tr><td>body</td><td>object</td><td>Body</td><td>No</td><td><p>The body.</p>
  <table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>
  <tr><td>Tags</td><td>array&lt;object&gt;</td><td>No</td><td>The tags.
    <table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
    <tr><td>Key</td><td>string</td><td>Yes</td><td>The key.</td></tr></table></td></tr>
  <tr><td>Mode</td><td>string</td><td>No</td><td>The mode:<table><tr><th>Value</th><th>Meaning</th></tr><tr><td>a</td><td>one</td></tr></table></td></tr>
  </table></td></tr>
<tr><td>RegionId</td><td>string</td><td>Query</td><td>Yes</td><td>The region.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{
		"0 body object No Body", "1 Tags array<object> No ", "2 Key string Yes ", "1 Mode string No ", "0 RegionId string Yes Query"})
	p, _ := Reader{}.Read("x.html", []byte(src))
	tb := p.SectionsOf(page.RequestParams)[0].Tables()[0]
	if d := tb.Rows[0].Cell(tb, page.ColDescription); d != "The body." {
		t.Errorf("body's description %q, want the nested table out of it", d)
	}
	if d := tb.Rows[3].Cell(tb, page.ColDescription); d != "The mode:\nValue | Meaning\na | one" {
		t.Errorf("Mode's description %q, want its table of values as text", d)
	}
}

// TestTreeDrawnDepth: a name cell may show its depth by a drawn tree ("│ ├─ Name": one
// level a glyph, the connectors count for nothing) or by leading no-break spaces (the
// table's smallest indent is one level).
func TestTreeDrawnDepth(t *testing.T) {
	tree := `<html><body><h1>GetUser</h1><h2>Response parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>User</td><td>object</td><td>The user.</td></tr>
<tr><td>├─ Tags</td><td>array&lt;object&gt;</td><td>The tags.</td></tr>
<tr><td>│ ├─ Key</td><td>string</td><td>The key.</td></tr>
<tr><td>└─ Name</td><td>string</td><td>The name.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, tree, page.ResponseParams), []string{"0 User object  ", "1 Tags array<object>  ", "2 Key string  ", "1 Name string  "})
	nbsp := `<html><body><h1>GetUser</h1><h2>Response parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>
  User</td><td>object</td><td>The user.</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Tags</td><td>array&lt;object&gt;</td><td>The tags.</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Key</td><td>string</td><td>The key.</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Name</td><td>string</td><td>The name.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, nbsp, page.ResponseParams), []string{"0 User object  ", "1 Tags array<object>  ", "2 Key string  ", "1 Name string  "})
}

// fourRows is a page whose response table has the rows User, Tags, Key and Name (levels
// 0, 1, 2, 1), each opened by the markup in open ("<tr><td>" with the level shown).
func fourRows(open [4]string) string {
	return `<html><body><h1>GetUser</h1><h2>Response parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
` + open[0] + `User</td><td>object</td><td>The user.</td></tr>
` + open[1] + `Tags</td><td>array&lt;object&gt;</td><td>The tags.</td></tr>
` + open[2] + `Key</td><td>string</td><td>The key.</td></tr>
` + open[3] + `Name</td><td>string</td><td>The name.</td></tr>
</table></body></html>`
}

// TestIndentUnits: indentation in any unit and from any margin gives levels 0, 1, 2 (the
// indents a table uses, in order), and levels counted from 1 start at 0.
func TestIndentUnits(t *testing.T) {
	want := []string{"0 User object  ", "1 Tags array<object>  ", "2 Key string  ", "1 Name string  "}
	for _, rows := range [][4]string{
		{`<tr><td style="padding-left: 8px">`, `<tr><td style="padding-left: 24px">`, `<tr><td style="padding-left: 40px">`, `<tr><td style="padding-left: 24px">`},
		{`<tr><td>`, `<tr><td style="padding-left: 1.5em">`, `<tr><td style="padding-left: 3.0em">`, `<tr><td style="padding-left: 1.5em">`},
		{`<tr class="level-1"><td>`, `<tr class="level-2"><td>`, `<tr class="level-3"><td>`, `<tr class="level-2"><td>`},
	} {
		sameLines(t, rowsOf(t, fourRows(rows), page.ResponseParams), want)
	}
}

// TestLevelAttributes: a row's level may be in aria-level (a tree grid, from 1), in any
// data- attribute about the level, depth or indent, or in a class that names it after a
// prefix (param-level-2, lvl2).
func TestLevelAttributes(t *testing.T) {
	want := []string{"0 User object  ", "1 Tags array<object>  ", "2 Key string  ", "1 Name string  "}
	for _, rows := range [][4]string{
		{`<tr role="row" aria-level="1"><td>`, `<tr role="row" aria-level="2"><td>`, `<tr role="row" aria-level="3"><td>`, `<tr role="row" aria-level="2"><td>`},
		{`<tr data-indent="0"><td>`, `<tr data-indent="1"><td>`, `<tr data-indent="2"><td>`, `<tr data-indent="1"><td>`},
		{`<tr><td><span data-nest-level="0">`, `<tr><td><span data-nest-level="1">`, `<tr><td><span data-nest-level="2">`, `<tr><td><span data-nest-level="1">`},
		{`<tr class="param param-level-0"><td>`, `<tr class="param param-level-1"><td>`, `<tr class="param param-level-2"><td>`, `<tr class="param param-level-1"><td>`},
		{`<tr class="lvl0"><td>`, `<tr class="lvl1"><td>`, `<tr class="lvl2"><td>`, `<tr class="lvl1"><td>`},
	} {
		sameLines(t, rowsOf(t, fourRows(rows), page.ResponseParams), want)
	}
}

// TestParameterItemForms: a parameter item may give its facts in parentheses, between
// dashes, after a colon or as plain words; the text after them (which may start with a
// location or required word) stays text.
func TestParameterItemForms(t *testing.T) {
	for head, want := range map[string]string{
		"Name (String, required): Path to the file.":      "Name|String|required||Path to the file.",
		"Name — String — Required — The name.":            "Name|String|Required||The name.",
		"Name: String, optional. Query text.":             "Name|String|optional||Query text.",
		"Name Array of String Required. The names.":       "Name|Array of String|Required||The names.",
		"Name (map<string, any>, in body) - The map.":     "Name|map<string, any>||body|The map.",
		"Name (string): Required when Mode is set.":       "Name|string|||Required when Mode is set.",
		"Name is the user's name (String)":                "",
		"NameString (String)":                             "NameString|String|||",
		"Names(String)":                                   "Names|String|||",
		"Tag (*CreateUserRequestTag, optional): The tag.": "Tag|*CreateUserRequestTag|optional||The tag.",
		"Ids ([]*string): The IDs.":                       "Ids|[]*string|||The IDs.",
		"Tags: `array<object>`, optional. The tags.":      "Tags|array<object>|optional||The tags.",
		"config: Map. The config value.":                  "config|Map|||The config value.",
		"Name: String. Required when Mode is set.":        "Name|String|||Required when Mode is set.",
	} {
		e, ok := page.ParseEntry(head)
		got := ""
		if ok {
			got = e.Name + "|" + e.Type + "|" + e.Required + "|" + e.In + "|" + e.Desc
		}
		if got != want {
			t.Errorf("parseEntry(%q) = %q, want %q", head, got, want)
		}
	}
}

// TestCaptionedTables: a table captioned with a section heading starts that section; a
// caption that is no heading, or repeats the current section's, starts none.
func TestCaptionedTables(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><p>Gets a user.</p>
<table><caption>Request parameters</caption><tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td>Yes</td></tr></table>
<table><caption>Valid values of Mode</caption><tr><th>Value</th><th>Meaning</th></tr><tr><td>a</td><td>one</td></tr></table>
<h2>Response parameters</h2>
<table><caption>Response parameters</caption><tr><th>Parameter</th><th>Type</th></tr><tr><td>User</td><td>object</td></tr></table>
</body></html>`
	p, err := Reader{}.Read("x.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.Kind.String()+":"+string(rune('0'+len(s.Tables()))))
	}
	sameLines(t, got, []string{"intro:0", "request-params:2", "response-params:1"})
}

// TestRequiredMarks: with no Required column, a mark after a parameter's name ("*",
// "(required)", a Required badge) says it is required; the table gets a Required column.
// Words that do not say required stay in the cell.
func TestRequiredMarks(t *testing.T) {
	src := `<html><body><h1>CreateUser</h1><h2>Request parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td><code>UserName</code> <span class="required">*</span></td><td>string</td><td>The name.</td></tr>
<tr><td>Email (required)</td><td>string</td><td>The address.</td></tr>
<tr><td>Phone <span class="badge">Required</span></td><td>string</td><td>The phone.</td></tr>
<tr><td>Comments</td><td>string</td><td>Comments.</td></tr>
<tr><td>Mode (optional)</td><td>string</td><td>The mode.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{
		"/ UserName string Yes ", "/ Email string Yes ", "/ Phone string Yes ", "/ Comments string No ", "/ Mode (optional) string No "}) // "/": depth -1, not shown
}

// TestNameColumnNotFirst: depth and required marks are read in the names column wherever
// it stands ("Type | Parameter | ..."); before, only the first column was looked at, so
// the glyphs stayed in the names, the rows were flat and the marks unread.
func TestNameColumnNotFirst(t *testing.T) {
	tree := `<html><body><h1>GetUser</h1><h2>Response parameters</h2><table>
<tr><th>Type</th><th>Parameter</th><th>Description</th></tr>
<tr><td>object</td><td>User</td><td>The user.</td></tr>
<tr><td>array&lt;object&gt;</td><td>└ Tags</td><td>The tags.</td></tr>
<tr><td>string</td><td>└└ Key</td><td>The key.</td></tr>
<tr><td>string</td><td>└ Name</td><td>The name.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, tree, page.ResponseParams), []string{"0 User object  ", "1 Tags array<object>  ", "2 Key string  ", "1 Name string  "})
	marks := `<html><body><h1>CreateUser</h1><h2>Request parameters</h2><table>
<tr><th>Type</th><th>Parameter</th><th>Description</th></tr>
<tr><td>string</td><td>UserName <span class="required">*</span></td><td>The name.</td></tr>
<tr><td>string</td><td>Comments</td><td>Comments.</td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, marks, page.RequestParams), []string{"/ UserName string Yes ", "/ Comments string No "})
}

// A section heading written as a label (<p><strong>…</strong></p>, or text ending in a
// colon) is a heading; a bold phrase inside a sentence is not.
func TestLabelHeadings(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><p><strong>Request parameters</strong></p><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td>Yes</td></tr></table>
<p>Response parameters:</p><table><tr><th>Parameter</th><th>Type</th></tr><tr><td>UserName</td><td>string</td></tr></table>
<p>See the <b>Request parameters</b> above.</p></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"/ UserId string Yes "})
	sameLines(t, rowsOf(t, src, page.ResponseParams), []string{"/ UserName string  "})
}

// A collapsible section's visible heading (<details><summary>Request parameters</summary>)
// starts the section, and a cell holding only an image (a check mark) reads as its alt
// text. Before, the table stayed in the intro, unread, and Required was empty.
func TestSummaryHeadingAndImageCells(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><details open><summary>Request parameters</summary><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td><img src="check.png" alt="Yes"></td></tr></table>
</details><details><summary>More</summary><p>Text.</p></details></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"/ UserId string Yes "})
}

// A <div> or <p> that holds a parameter section's heading and nothing else is that heading,
// as a text dump's line is (sites that set headings in styled <div>s). Before, the response
// table after <div>Response parameters</div> was read as more request parameters, silently.
func TestBlockHeadings(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><h2>Request parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td>Yes</td></tr></table>
<div class="section-title">Response parameters</div><table><tr><th>Parameter</th><th>Type</th></tr><tr><td>UserName</td><td>string</td></tr></table>
<p>Response</p></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"/ UserId string Yes "})
	sameLines(t, rowsOf(t, src, page.ResponseParams), []string{"/ UserName string  "})
}

// A <dl> whose terms are section headings and whose definitions hold the sections' blocks
// (<dl><dt>Request parameters</dt><dd><table>…) is the page's sections, and a label naming
// the request syntax heads it. Before, the <dl> was one two-column table of the intro:
// every parameter lost, with no warning; a term that is no heading keeps the old reading.
func TestSectionTerms(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><p><strong>Request syntax</strong></p><pre><code>GET /users/{UserId} HTTP/1.1</code></pre>
<dl class="section"><dt>Request parameters</dt><dd><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td>Yes</td></tr></table></dd>
<dt>Response parameters</dt><dd><table><tr><th>Parameter</th><th>Type</th></tr><tr><td>UserName</td><td>string</td></tr></table></dd></dl>
<dl><dt>Note</dt><dd><p>Text.</p></dd></dl></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"/ UserId string Yes "})
	sameLines(t, rowsOf(t, src, page.ResponseParams), []string{"/ UserName string  "})
	p, err := Reader{}.Read("GetUser.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s := p.SectionsOf(page.RequestSyntax); len(s) != 1 || len(s[0].Blocks) != 1 {
		t.Errorf("request syntax sections %v, want one holding the request line", s)
	}
}

// A name cell spanning two rows (rowspan) names one parameter written on both: the second
// row's cells continue the first's, a cell spanning the columns (colspan) its description.
// Before, the second row was a parameter of its own (the name again, the description
// text as its type).
func TestNameRowSpan(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><h2>Request parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th><th>Example</th></tr>
<tr><td rowspan="2">UserId</td><td>string</td><td>Yes</td><td>The ID.</td><td>u-1</td></tr>
<tr><td colspan="4">Valid values: any.</td></tr>
<tr><td rowspan="2">Mode</td><td rowspan="2">string</td><td rowspan="2">No</td><td>The mode.</td><td>on</td></tr>
<tr><td>Case-sensitive.</td><td>off</td></tr>
<tr><td>Name</td><td>string</td><td>No</td><td>The name.</td><td>n</td></tr></table></body></html>`
	p, err := Reader{}.Read("GetUser.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings %v", p.Warnings)
	}
	var got [][]string
	for _, r := range p.SectionsOf(page.RequestParams)[0].Tables()[0].Rows {
		got = append(got, r.Cells)
	}
	want := [][]string{{"UserId", "string", "Yes", "The ID.\nValid values: any.", "u-1"},
		{"Mode", "string", "No", "The mode.\nCase-sensitive.", "on\noff"}, {"Name", "string", "No", "The name.", "n"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q\nwant %q", got, want)
	}
}

// A <header> inside an <article>, <section> or <main> is that part's heading
// ("<section><header><h2>Request parameters</h2></header>"), not the site's banner, which
// stays chrome. Before, the heading was dropped and the table after it read under no
// section (dropped, warned).
func TestSectionHeader(t *testing.T) {
	src := `<html><body><header><h2>Request parameters</h2><p>Site banner</p></header><main><article><h1>GetUser</h1>
<section><header><h2>Request parameters</h2></header><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th></tr><tr><td>UserId</td><td>string</td><td>Yes</td></tr></table></section>
</article></main></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"/ UserId string Yes "})
	p, err := Reader{}.Read("GetUser.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.SectionsOf(page.RequestParams)); n != 1 {
		t.Errorf("%d request sections, want 1 (the banner's is chrome)", n)
	}
}

// A table nested in an object row's description with a name column but no type column
// ("Parameter | Description") lists the object's fields, untyped; under a string row it
// stays the description's text (a table of values). Before, the fields were lost, the
// object only noted as free-form.
func TestNestedTableWithoutTypes(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><h2>Request parameters</h2><table>
<tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>Filter</td><td>Object</td><td>No</td><td>The filter. <table><tr><th>Parameter</th><th>Description</th></tr><tr><td>Key</td><td>The key.</td></tr></table></td></tr>
<tr><td>Mode</td><td>String</td><td>No</td><td>The mode. <table><tr><th>Name</th><th>Description</th></tr><tr><td>on</td><td>Enabled.</td></tr></table></td></tr>
</table></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestParams), []string{"0 Filter Object No ", "1 Key   ", "0 Mode String No "})
}

// TestParamTermNotSection: a parameter list's <dt> whose name is a heading word
// ("<code>Authorization</code> (String, required)", "<code>description</code> (String)",
// or the type opening the <dd>) names a parameter, not a section: a <dl> that reads as a
// parameter list is not the page's sections.
// Before, such a <dl> of one term was read as the page's sections (sectionTerms): the
// header parameter Authorization became a RAM authorization section, the body parameter
// description a Description section, both lost with no warning.
func TestParamTermNotSection(t *testing.T) {
	src := `<html><body><h1>CreateGroup</h1><h2>Header parameters</h2><dl>
<dt><code>Authorization</code> (String, required)</dt><dd><p>The token.</p></dd></dl>
<h2>Request body</h2><dl>
<dt><code>description</code> (String, optional)</dt><dd><p>The description.</p></dd></dl></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestHeaders), []string{"0 Authorization String required "})
	sameLines(t, rowsOf(t, src, page.BodyParams), []string{"0 description String optional "})
	// the facts opening the <dd>: "<dt>Authorization</dt><dd>String, required. The token.</dd>"
	src = `<html><body><h1>CreateGroup</h1><h2>Header parameters</h2><dl>
<dt><code>Authorization</code></dt><dd><p>String, required. The token.</p></dd></dl></body></html>`
	sameLines(t, rowsOf(t, src, page.RequestHeaders), []string{"0 Authorization String required "})
}
