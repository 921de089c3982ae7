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
