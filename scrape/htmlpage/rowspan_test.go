package htmlpage

import (
	"reflect"
	"testing"
)

// Cells spanning rows fill their columns in the rows below, as the HTML table model has
// it: a rowspan cell (an overview's category) its own column; a cell spanning rows and
// columns (rowspan and colspan: Example and Description) every column it spans, its text
// the description there too, while the cells after it keep their columns. A span past the
// table's last row ends with it.
func TestRowSpan(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      [][]string
	}{
		{"rowspan", `<html><body><h1>List of operations by function</h1><h2>Users</h2><table>
<tr><th>Category</th><th>Operation</th><th>Description</th></tr>
<tr><td rowspan="2">Basic</td><td>GetUser</td><td>Xxxx.</td></tr>
<tr><td>ListUsers</td><td>Xxxx xx.</td></tr>
<tr><td>Other</td><td>DeleteUser</td><td rowspan="9">Xxx.</td></tr>
</table></body></html>`, [][]string{
			{"Basic", "GetUser", "Xxxx."},
			{"Basic", "ListUsers", "Xxxx xx."},
			{"Other", "DeleteUser", "Xxx."},
		}},
		{"rowcolspan", `<html><body><h1>GetUser</h1><h2>Request parameters</h2><table>
<tr><th>Name</th><th>Type</th><th>Example</th><th>Description</th><th>Required</th></tr>
<tr><td>UserId</td><td>String</td><td colspan="2" rowspan="2">The ID of the user.</td><td>Yes</td></tr>
<tr><td>UserName</td><td>String</td><td>No</td></tr>
<tr><td>Mode</td><td>String</td><td>fast</td><td>The mode.</td><td>No</td></tr>
</table></body></html>`, [][]string{
			{"UserId", "String", "", "The ID of the user.", "Yes"},
			{"UserName", "String", "", "The ID of the user.", "No"},
			{"Mode", "String", "fast", "The mode.", "No"},
		}},
	} {
		p, err := Reader{}.Read(c.name+".html", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Warnings) != 0 {
			t.Errorf("%s: warnings %v", c.name, p.Warnings)
		}
		var got [][]string
		for _, r := range p.Sections[len(p.Sections)-1].Tables()[0].Rows {
			got = append(got, r.Cells)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: rows %q\nwant %q", c.name, got, c.want)
		}
	}
}
