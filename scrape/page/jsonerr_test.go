package page

import (
	"fmt"
	"strings"
	"testing"
)

// TestDecodeTree: keys stay in document order, leaves keep their text, containers hold
// their values in order; a duplicate key is an error only when asked, and nesting is bounded.
func TestDecodeTree(t *testing.T) {
	var render func(v *JSONValue) string
	render = func(v *JSONValue) string {
		if v.Kind != 'o' && v.Kind != 'a' {
			return fmt.Sprintf("%c:%s", v.Kind, v.Text)
		}
		parts := make([]string, len(v.Vals))
		for i, e := range v.Vals {
			parts[i] = render(e)
			if v.Keys != nil {
				parts[i] = v.Keys[i] + "=" + parts[i]
			}
		}
		return fmt.Sprintf("%c(%s)", v.Kind, strings.Join(parts, " "))
	}
	show := func(doc string, maxDepth int, unique bool) (string, error) {
		v, err := DecodeTree(doc, maxDepth, unique)
		if err != nil {
			return "", err
		}
		return render(v), nil
	}
	got, err := show(`{"z": 1.50, "a": [true, null, "x"], "m": {}, "z": "again"}`, 8, false)
	if want := "o(z=n:1.50 a=a(b:true z: s:x) m=o() z=s:again)"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	if _, err := show(`{"k": 1, "k": 2}`, 8, true); err == nil || !strings.Contains(err.Error(), `duplicate key "k"`) {
		t.Errorf("duplicate key with unique: %v", err)
	}
	if _, err := show(`[[[1]]]`, 2, false); err == nil || !strings.Contains(err.Error(), "nested more than 2 levels") {
		t.Errorf("too deep: %v", err)
	}
	if _, err := show(`[[1]]`, 2, false); err != nil {
		t.Errorf("deep enough: %v", err)
	}
}

// TestDecodeTreeAllocs: reading a JSON example makes a node and a slice or two for each
// value and nothing for its tokens: its keys and plain texts are cut out of the document
// (each of encoding/json's tokens was boxed and copied, ≈ 90 allocations a page's example).
func TestDecodeTreeAllocs(t *testing.T) {
	doc := `{"RequestId": "6F1E6A5E-7C3A-4E0B-9C3E-1B2C3D4E5F60", "TotalCount": 2, "Items": {"Item": [{"Name": "a", "Enabled": true, "Size": 1.5}, {"Name": "b", "Enabled": false, "Tags": null}]}}`
	// 13 nodes; the appends to Keys and Vals: 6 for the root's three members, 2 for Items'
	// one, 2 for Item's two elements, 6 for each of its objects (encoding/json's tokens: 158)
	const most = 35
	if n := testing.AllocsPerRun(100, func() {
		if _, err := DecodeTree(doc, 64, false); err != nil {
			t.Fatal(err)
		}
	}); n > most {
		t.Errorf("DecodeTree: %v allocations, want at most %d", n, most)
	}
	escaped := `{"k": "a\"b"}` // unquoted by encoding/json: a copy
	if v, err := DecodeTree(escaped, 64, false); err != nil || v.Vals[0].Text != `a"b` {
		t.Errorf("%s: %+v, %v", escaped, v, err)
	}
}
