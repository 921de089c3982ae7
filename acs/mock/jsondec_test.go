package mock

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// stdObject is how decodeBody decoded JSON bodies before parseJSONObject.
func stdObject(raw []byte) (map[string]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil || dec.More() {
		return nil, false
	}
	m, ok := v.(map[string]any)
	return m, ok
}

// checkParse: whenever parseJSONObject answers, encoding/json gives the same value.
func checkParse(t *testing.T, in string) {
	t.Helper()
	got, ok := parseJSONObject([]byte(in))
	if !ok {
		return
	}
	want, wok := stdObject([]byte(in))
	if !wok {
		t.Fatalf("%q: parsed as %v, but encoding/json refuses it", in, got)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("%q: (-encoding/json +parseJSONObject)\n%s", in, d)
	}
}

func TestParseJSONObject(t *testing.T) {
	taken := []string{
		`{}`, ` {"a":1} `, `{"username":"u1","password":"p","remark":"r"}`, `{"a":{"b":[1,-2.5e+3,true,false,null,"x",{}]},"a":"dup"}`,
		"{\"é\":\"中文🙂\"}\n", `{"n":0,"m":-0.0,"e":1E9}`, `{"a":[]}`,
	}
	for _, in := range taken {
		if _, ok := parseJSONObject([]byte(in)); !ok {
			t.Errorf("%q: not taken", in)
		}
		checkParse(t, in)
	}
	for _, in := range []string{
		``, `[]`, `null`, `"s"`, `{`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{"a":01}`, `{"a":1.}`, `{"a":-}`, `{"a":1e}`,
		`{"a":tru}`, `{"a":"\n"}`, `{"a":"\u0041"}`, "{\"a\":\"\xff\"}", `{} {}`, `{}x`, `{"a":[1,]}`, `{"a" 1}`,
		"{\"a\":\"\x01\"}", `{'a':1}`, `{"a":1 "b":2}`, `{"a":NaN}`, `{"a":+1}`,
	} {
		if m, ok := parseJSONObject([]byte(in)); ok {
			t.Errorf("%q: taken as %v; encoding/json must decide", in, m)
		}
	}
}

func FuzzParseJSONObject(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":null}],"c":"d"}`, `{"x":-1.5e-3}`, `{"k":"\u00e9"}`, "{\"\xff\":1}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkParse(t, s) })
}
