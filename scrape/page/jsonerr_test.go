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
	show := func(doc string, maxDepth int, unique bool) (string, error) {
		d := json.NewDecoder(strings.NewReader(doc))
		d.UseNumber()
		return DecodeTree(d, maxDepth, unique,
			func(kind byte, text string) string { return fmt.Sprintf("%c:%s", kind, text) },
			func(kind byte, keys []string, vals []string) string {
				parts := make([]string, len(vals))
				for i, v := range vals {
					if keys != nil {
						v = keys[i] + "=" + v
					}
					parts[i] = v
				}
				return fmt.Sprintf("%c(%s)", kind, strings.Join(parts, " "))
			})
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
