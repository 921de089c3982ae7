package htmlpage

import (
	"reflect"
	"testing"
)

// A cell spanning rows (rowspan) fills its column in the rows below it.
func TestRowSpan(t *testing.T) {
	src := `<html><body><h1>List of operations by function</h1><h2>Users</h2><table>
<tr><th>Category</th><th>Operation</th><th>Description</th></tr>
<tr><td rowspan="2">Basic</td><td>GetUser</td><td>Xxxx.</td></tr>
<tr><td>ListUsers</td><td>Xxxx xx.</td></tr>
<tr><td>Other</td><td>DeleteUser</td><td rowspan="9">Xxx.</td></tr>
</table></body></html>`
	p, err := Reader{}.Read("ov.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings %v", p.Warnings)
	}
	tbl := p.Sections[len(p.Sections)-1].Tables()[0]
	var got [][]string
	for _, r := range tbl.Rows {
		got = append(got, r.Cells)
	}
	want := [][]string{{"Basic", "GetUser", "Xxxx."}, {"Basic", "ListUsers", "Xxxx xx."}, {"Other", "DeleteUser", "Xxx."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q\nwant %q", got, want)
	}
}

// A cell spanning rows and columns (rowspan and colspan) covers every column it spans in
// the rows below as in its own (the HTML table model): spanning Example and Description,
// its text is the description there too, and the cells after it keep their columns.
func TestRowColSpan(t *testing.T) {
	src := `<html><body><h1>GetUser</h1><h2>Request parameters</h2><table>
<tr><th>Name</th><th>Type</th><th>Example</th><th>Description</th><th>Required</th></tr>
<tr><td>UserId</td><td>String</td><td colspan="2" rowspan="2">The ID of the user.</td><td>Yes</td></tr>
<tr><td>UserName</td><td>String</td><td>No</td></tr>
<tr><td>Mode</td><td>String</td><td>fast</td><td>The mode.</td><td>No</td></tr>
</table></body></html>`
	p, err := Reader{}.Read("GetUser.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings %v", p.Warnings)
	}
	tbl := p.Sections[len(p.Sections)-1].Tables()[0]
	var got [][]string
	for _, r := range tbl.Rows {
		got = append(got, r.Cells)
	}
	want := [][]string{
		{"UserId", "String", "", "The ID of the user.", "Yes"},
		{"UserName", "String", "", "The ID of the user.", "No"},
		{"Mode", "String", "fast", "The mode.", "No"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q\nwant %q", got, want)
	}
}
