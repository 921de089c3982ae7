package htmlpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A parameter table whose only row is its header in <td> cells (an empty response table)
// has that header and no rows; before, the row was a row of a table without header,
// dropped with a warning.
func TestHeaderOnlyTable(t *testing.T) {
	src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2>
<table><tbody><tr><td>Parameter</td><td>Type</td><td>Description</td><td>Example</td></tr></tbody></table>
</body></html>`
	p, tb := responseTable(t, src)
	if len(tb.Header) != 4 || tb.Columns[1] != page.ColType || len(tb.Rows) != 0 || len(p.Warnings) != 0 {
		t.Errorf("header %q, rows %v, warnings %v", tb.Header, tb.Rows, p.Warnings)
	}
}

// A table whose <thead> opens with a row of one cell spanning it, its title, has the
// column names of the row below as its header; a title that is a section heading of
// another kind starts that section, as a <caption> does. Before, the title was the
// header, no column was known and the column names were the first row.
func TestTitleRowOverHeader(t *testing.T) {
	src := `<html><body><h1>DeleteUser</h1><h2>Parameters</h2>
<table><thead><tr><th colspan="3">Response parameters</th></tr>
<tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></tbody></table>
</body></html>`
	_, tb := responseTable(t, src)
	if len(tb.Header) != 3 || tb.Columns[1] != page.ColType || len(tb.Rows) != 1 || tb.Rows[0].Cells[0] != "RequestId" {
		t.Errorf("header %q, rows %v", tb.Header, tb.Rows)
	}
}

// responseTable reads page src and returns it and its one response parameter table; it
// fails the test when the page has not one response section holding one table.
func responseTable(t *testing.T, src string) (*page.Page, *page.Table) {
	t.Helper()
	p, err := Reader{}.Read("d.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	secs := p.SectionsOf(page.ResponseParams)
	if len(secs) != 1 || len(secs[0].Tables()) != 1 {
		t.Fatalf("sections %+v", p.Sections)
	}
	return p, secs[0].Tables()[0]
}

// A header written over two rows, its cells spanning them ("Parameter" and "Type" two
// rows high beside "Constraints" over "Required | Default"), names each column by its
// lowest cell; a row's cell spanning columns fills them, the cells after it in their own
// columns. Before, the second header row was a row, the Required and Default columns were
// unknown and the descriptions were dropped; a Type cell spanning the description's
// column put the example in it.
func TestSpannedCells(t *testing.T) {
	src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2>
<table><thead><tr><th rowspan="2">Parameter</th><th rowspan="2">Type</th><th colspan="2">Constraints</th><th rowspan="2">Description</th><th rowspan="2">Example</th></tr>
<tr><th>Required</th><th>Default</th></tr></thead>
<tbody><tr><td>A</td><td>String</td><td>Yes</td><td>-</td><td>a</td><td>x</td></tr>
<tr><td>B</td><td colspan="3">Integer</td><td>b</td><td>1</td></tr>
<tr><td>C</td><td>String</td><td>No</td><td>-</td><td colspan="2">c</td></tr></tbody></table>
</body></html>`
	p, tb := responseTable(t, src)
	want := "Parameter Type Required Default Description Example|A String Yes - a x|B Integer   b 1|C String No - c "
	got := strings.Join(tb.Header, " ")
	for _, r := range tb.Rows {
		got += "|" + strings.Join(r.Cells, " ")
	}
	if got != want || tb.Col(page.ColRequired) != 2 || len(p.Warnings) != 0 {
		t.Errorf("table %q, warnings %v; want %q", got, p.Warnings, want)
	}
}

// A row's cell spanning the Example's and the Description's columns (a parameter with no
// example, "<td colspan=\"2\">") is the description, whichever column comes first. Before,
// under "Example | Description" it was read as the example, the description left empty.
func TestSpannedDescription(t *testing.T) {
	for _, c := range []struct{ order, want string }{
		{"<th>Example</th><th>Description</th>", "Parameter Type Example Description|A String x a|B Array  b|C String  c"},
		{"<th>Description</th><th>Example</th>", "Parameter Type Description Example|A String a x|B Array b |C String c "},
	} {
		cells := "<td>x</td><td>a</td>"
		if strings.HasPrefix(c.order, "<th>Description") {
			cells = "<td>a</td><td>x</td>"
		}
		src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2>
<table><thead><tr><th rowspan="2">Parameter</th><th rowspan="2">Type</th><th colspan="2">Details</th></tr>
<tr>` + c.order + `</tr></thead>
<tbody><tr><td>A</td><td>String</td>` + cells + `</tr>
<tr><td>B</td><td>Array</td><td colspan="2"><p>b</p></td></tr>
<tr><td>C</td><td>String</td><td colspan="3">c</td></tr></tbody></table>
</body></html>`
		p, tb := responseTable(t, src)
		got := strings.Join(tb.Header, " ")
		for _, r := range tb.Rows {
			got += "|" + strings.Join(r.Cells, " ")
		}
		if got != c.want || len(p.Warnings) != 0 {
			t.Errorf("table %q, warnings %v; want %q", got, p.Warnings, c.want)
		}
	}
}

// A row that holds only a table of the fields of the row above it (a cell spanning the
// table, or beside an empty name cell) gives those fields a level below that row; a
// table's <tfoot> is a note after it, no row. Before, such a row was skipped with its
// table (the fields lost without a warning) and the footer was a parameter named
// "* required".
func TestChildTableRowAndFooter(t *testing.T) {
	src := `<html><body><h1>DescribeX</h1><h2>Response parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead><tbody>
<tr><td>Instances</td><td>Array of Instance</td><td>i</td></tr>
<tr><td colspan="3"><table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>Tags</td><td>Array of Tag</td><td>t</td></tr>
<tr><td></td><td colspan="2"><table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>Key</td><td>String</td><td>k</td></tr></table></td></tr>
</table></td></tr>
<tr><td>TotalCount</td><td>Integer</td><td>n</td></tr>
</tbody><tfoot><tr><td colspan="3">* required</td></tr></tfoot></table>
</body></html>`
	p, tb := responseTable(t, src)
	var got []string
	for _, r := range tb.Rows {
		got = append(got, strings.Repeat(".", r.Depth)+r.Cells[0])
	}
	blocks := p.SectionsOf(page.ResponseParams)[0].Blocks
	if strings.Join(got, " ") != "Instances .Tags ..Key TotalCount" || len(blocks) != 2 || blocks[1].Text != "* required" {
		t.Errorf("rows %q, blocks %+v", got, blocks)
	}
}

// A table without a header whose rows are parameters' (a cell a type word) is no layout
// table even where a description holds a code block: its rows stay rows.
func TestHeaderlessRowsNoLayout(t *testing.T) {
	src := `<html><body><h1>DescribeX</h1><h2>Response parameters</h2>
<table><tr><td>RequestId</td><td>String</td><td>The ID.</td></tr>
<tr><td>Data</td><td>Object</td><td>The data: <pre><code>{"x": 1}</code></pre></td></tr></table>
</body></html>`
	_, tb := responseTable(t, src)
	if n := len(tb.Rows) + len(tb.Header); n < 2 {
		t.Errorf("header %q rows %v", tb.Header, tb.Rows)
	}
}

// A header cell wrapped over lines, right-aligned or centred ("Parameter<br>name",
// "<p>Data</p><p>type</p>", in <th> or in a first row of <td>), is named by its words
// as a browser shows them. Before, the lines were glued ("Parametername", "Datatype"): no
// column was known and the rows were dropped as a table without header.
func TestWrappedHeaderCells(t *testing.T) {
	for _, head := range []string{
		`<thead><tr><th align="right">Parameter<br>name</th><th style="text-align:center"><p>Data</p><p>type</p></th><th>Description</th></tr></thead>`,
		`<tbody><tr><td class="text-right">Parameter<br/>name</td><td><div align="center">Data</div><div align="center">type</div></td><td>Description</td></tr>`,
	} {
		src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2>
<table>` + head + `<tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></tbody></table>
</body></html>`
		_, tb := responseTable(t, src)
		if tb.Col(page.ColName) != 0 || tb.Col(page.ColType) != 1 || len(tb.Rows) != 1 || tb.Header[0] != "Parameter name" {
			t.Errorf("%s: header %q, columns %v, rows %v", head, tb.Header, tb.Columns, tb.Rows)
		}
	}
}

// A parameter table with no header, as Redoc draws one (the name, a "required" under a
// required one's, beside the type over the description; or the type a cell of its own),
// reads under an implied header: name and description (type) columns. Before, its first
// row was its header and the rows were dropped, silently where no cell was a type alone.
func TestImpliedHeader(t *testing.T) {
	for _, rows := range []string{
		`<tr><td>RequestId<div>required</div></td><td><div><span>string</span></div><div><p>The request ID.</p></div></td></tr>
<tr><td>└ Code</td><td><div>integer</div><div>The code.</div></td></tr>`,
		`<tr><td>RequestId</td><td>string</td><td>The request ID.</td></tr><tr><td>Code</td><td>integer</td><td>The code.</td></tr>`,
	} {
		src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2><table><tbody>` + rows + `</tbody></table></body></html>`
		_, tb := responseTable(t, src)
		if tb.Col(page.ColName) != 0 || tb.Col(page.ColDescription) < 0 || len(tb.Rows) != 2 || tb.Rows[1].Cells[0] != "Code" {
			t.Errorf("header %q, rows %v", tb.Header, tb.Rows)
		}
	}
}

// A Redoc table whose one row is named by no parameter name ("*" for a map's keys,
// "(body)" for the whole body) reads under the implied header too; before, the row was
// the table's header and dropped.
func TestImpliedHeaderSpecialName(t *testing.T) {
	for _, name := range []string{"*", "(body)"} {
		src := `<html><body><h1>DeleteUser</h1><h2>Response parameters</h2><table><tbody><tr><td>` + name +
			`</td><td><div>string</div><div>A value.</div></td></tr></tbody></table></body></html>`
		_, tb := responseTable(t, src)
		if tb.Col(page.ColName) != 0 || len(tb.Rows) != 1 || tb.Rows[0].Cells[0] != name {
			t.Errorf("%s: header %q, rows %v", name, tb.Header, tb.Rows)
		}
	}
}
