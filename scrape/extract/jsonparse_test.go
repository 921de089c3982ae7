package extract

import (
	"encoding/json"
	"testing"
)

// TestParseJSON checks the hand-written parser against encoding/json: same acceptance,
// same string values, key order kept.
func TestParseJSON(t *testing.T) {
	for _, in := range []string{
		`{"b": 1, "a": [true, false, null, -1.5e3, "x\u00e9\n\"", {}], "c": {"d": []}}`,
		` [1, 2] `, `"s"`, `0`, `{"a":"汉字"}`,
		`{`, `{"a" 1}`, `{"a":1,}`, `[1 2]`, `01x`, `-`, `1.`, `1e`, `tru`, `{"a":1} x`, `"a`, "\"\x01\"", `{1:2}`, ``,
	} {
		v, err := parseJSON(in)
		var std any
		stdErr := json.Unmarshal([]byte(in), &std)
		if (err == nil) != (stdErr == nil) {
			t.Errorf("%q: err = %v, encoding/json err = %v", in, err, stdErr)
			continue
		}
		if err != nil {
			continue
		}
		if v.kind == 'o' && in[0] == '{' && len(v.keys) == 3 && (v.keys[0] != "b" || v.keys[2] != "c") {
			t.Errorf("%q: key order %v", in, v.keys)
		}
		if a := v.get("a"); a != nil && a.kind == 'a' && a.vals[4].text != "xé\n\"" {
			t.Errorf("escaped string = %q", a.vals[4].text)
		}
	}
}
