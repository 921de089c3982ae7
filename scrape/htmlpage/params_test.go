package htmlpage

import (
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
<li><code>Tags</code> (Array of Object, optional): The tags.
  <ul><li><code>Key</code> (String, optional): The key.</li><li><code>Value</code> (String, optional): The value.</li></ul></li>
</ul></body></html>`
	sameLines(t, rowsOf(t, ul, page.RequestParams), []string{
		"0 UserName String required query", "0 Tags Array of Object optional ", "1 Key String optional ", "1 Value String optional "})
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
