package page

import (
	"encoding/json"
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
		d := json.NewDecoder(strings.NewReader(doc))
		d.UseNumber()
		v, err := DecodeTree(d, maxDepth, unique)
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
