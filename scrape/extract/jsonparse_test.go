package extract

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestParseJSON checks parseJSON against encoding/json's Unmarshal: same acceptance, same
// string values, key order kept.
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
		if v.Kind == 'o' && in[0] == '{' && len(v.Keys) == 3 && (v.Keys[0] != "b" || v.Keys[2] != "c") {
			t.Errorf("%q: key order %v", in, v.Keys)
		}
		if a := v.GetFold("a"); a != nil && a.Kind == 'a' && a.Vals[4].Text != "xé\n\"" {
			t.Errorf("escaped string = %q", a.Vals[4].Text)
		}
	}
}

// toAny turns a parsed value into what encoding/json (with UseNumber) decodes.
func toAny(v *page.JSONValue) any {
	switch v.Kind {
	case 'o':
		m := map[string]any{}
		for i, k := range v.Keys {
			m[k] = toAny(v.Vals[i])
		}
		return m
	case 'a':
		out := []any{}
		for _, e := range v.Vals {
			out = append(out, toAny(e))
		}
		return out
	case 's':
		return v.Text
	case 'n':
		return json.Number(v.Text)
	case 'b':
		return v.Text == "true"
	}
	return nil
}

// TestParseJSONTree compares whole trees with encoding/json's Decode, nested objects in
// arrays and arrays in objects included.
func TestParseJSONTree(t *testing.T) {
	docs := []string{
		`{"Keys":{"Key":[{"KeyId":"k1","KeyArn":"a1"},{"KeyId":"k2","Tags":[1,[2,{"x":[]}],{"y":{"z":null}}]}]},"RequestId":"r"}`,
		`[{"a":1},{"b":[{"c":2},{"d":[3,4]}]},[],{}]`,
		`{"a":{"b":{"c":{"d":[{"e":"f"}]}}},"g":[[[]]],"h":{"i":[{"j":{}},{"k":[true,false]}]}}`,
	}
	rnd := rand.New(rand.NewSource(10))
	var gen func(depth int) string
	gen = func(depth int) string {
		switch n := rnd.Intn(6); {
		case depth > 4 || n == 0:
			return []string{`1`, `"s"`, `true`, `null`, `-2.5e1`}[rnd.Intn(5)]
		case n < 3:
			var parts []string
			for i := rnd.Intn(4); i > 0; i-- {
				parts = append(parts, fmt.Sprintf(`"k%d":%s`, rnd.Intn(5), gen(depth+1)))
			}
			return "{" + strings.Join(parts, ",") + "}"
		default:
			var parts []string
			for i := rnd.Intn(4); i > 0; i-- {
				parts = append(parts, gen(depth+1))
			}
			return "[" + strings.Join(parts, ",") + "]"
		}
	}
	for i := 0; i < 2000; i++ {
		docs = append(docs, gen(0))
	}
	for _, doc := range docs {
		v, err := parseJSON(doc)
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		got := toAny(v)
		dec := json.NewDecoder(strings.NewReader(doc))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s:\ngot  %v\nwant %v", doc, got, want)
		}
	}
}

// TestParseJSONErrorOffset: every parse error says where the example stops being JSON, a
// cut-off example too (the warning quotes it; the hand-written parser gave the offset).
func TestParseJSONErrorOffset(t *testing.T) {
	for _, in := range []string{`{`, `{"a":1`, `[1,`, `"a`, `{"a" 1}`, `[1] x`, `{"a":[`} {
		if _, err := parseJSON(in); err == nil || !strings.Contains(err.Error(), "offset ") {
			t.Errorf("%q: err = %v, want one naming the offset", in, err)
		}
	}
}
