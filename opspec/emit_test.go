package opspec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The streaming writers (indentJSON, jsonToYAMLFast) must produce exactly what the
// reference converters (file_ref_test.go: decode, then encoding/json or yaml.v3) produce.

// checkSameOutput compares both writers with their references on one compact document.
func checkSameOutput(t *testing.T, name string, raw []byte) {
	t.Helper()
	wantJSON, errWant := reindentJSON(raw)
	gotJSON, errGot := indentJSON(raw)
	if (errWant != nil) != (errGot != nil) {
		t.Fatalf("%s: json: reference error %v, new error %v", name, errWant, errGot)
	}
	if !bytes.Equal(gotJSON, wantJSON) {
		t.Fatalf("%s: json differs (-reference +new):\n%s\ninput: %q", name, cmp.Diff(string(wantJSON), string(gotJSON)), raw)
	}
	wantYAML, errWant := jsonToYAML(raw)
	gotYAML, errGot := jsonToYAMLFast(raw)
	if (errWant != nil) != (errGot != nil) {
		t.Fatalf("%s: yaml: reference error %v, new error %v\ninput: %q", name, errWant, errGot, raw)
	}
	if !bytes.Equal(gotYAML, wantYAML) {
		t.Fatalf("%s: yaml differs (-reference +new):\n%s\ninput: %q", name, cmp.Diff(string(wantYAML), string(gotYAML)), raw)
	}
}

// kinJSON is the compact document Marshal writes from.
func kinJSON(t *testing.T, s *Spec) []byte {
	t.Helper()
	doc, err := ToOpenAPI(s)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	// marshalDocJSON (what Marshal uses) writes the same bytes as kin.
	fast, err := marshalDocJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fast, raw) {
		t.Fatalf("marshalDocJSON differs from kin's MarshalJSON (-kin +new):\n%s", cmp.Diff(string(raw), string(fast)))
	}
	return raw
}

func TestWritersMatchReferenceOnSpecs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "specs", "*", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no committed specs")
	}
	for _, f := range files {
		s, err := LoadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSameOutput(t, f, kinJSON(t, s))
	}
	checkSameOutput(t, "rich fixture", kinJSON(t, richSpec()))
	checkSameOutput(t, "bigSpec(20)", kinJSON(t, bigSpec(20)))
}

func TestWritersMatchReferenceOnRandomSpecs(t *testing.T) {
	n := *seeds
	if testing.Short() {
		n = 20
	}
	for seed := range uint64(n) {
		g := &gen{r: rand.New(rand.NewPCG(seed, 42))}
		checkSameOutput(t, fmt.Sprintf("seed %d", seed), kinJSON(t, g.spec()))
	}
}

// Documents that reach the corners: unsorted and duplicate keys (the JSON writer's general
// path), numbers YAML reads as another type, escapes, breaks of every kind, empty and
// nested collections, long and multi-line keys.
var edgeDocs = []string{
	`{}`,
	`{"b":1,"a":2}`,
	`{"a":1,"a":2}`,
	`{"a":{"y":1,"x":[]},"b":[[],[[]],{}]}`,
	`{"n":[0,-0,1.5,-1.5e-7,1E+400,1e400,123456789012345678901234567890,-9223372036854775809,18446744073709551615,9223372036854775807,1e3,0.0]}`,
	`{"t":[true,false,null,"true","null","","~","-",".5",".inf","+1","0b101","0o17","-0b1","-0o7","1_000","2001-12-14","2001-12-14t21:59:43.10-05:00","2001-12-14 21:59:43.10","12:30","1:20:30.5","0x1F","+.INF"]}`,
	`{"s":["\u003cb\u003e\u0026amp;\u003c/b\u003e","\u2028","a\u2029b","\ufffd","\u0000\u001f\u007f","\ud83d\ude80","\ud800","\udc00x","\ud800\u0041","a\/b"]}`,
	`{"k":{"line1\nline2":1,"tab\tkey":2,"":3,"y":4,"- x":5,"a: b":6,"#c":7,"0123":8}}`,
	`{"long":{"` + strings.Repeat("k", 129) + `":"v","` + strings.Repeat("k", 128) + `":{"x":1},"` + strings.Repeat("é", 70) + `":[1]}}`,
	`{"ml":{"a\nb":{"c":1},"d\ne":[1,2],"f\u2028g":"h","i\n":"j"}}`,
	`{"lit":["a\nb","a\nb\n","a\n\nb","\u2028a\nb","a\u0085b\nc","a\n b","a\nb\r","x\n\n\n","\n"," x\ny","a\u2028\nb"]}`,
	`{"last":"keep\n"}`,
	`{"z":[{"a":"x\ny\n"}]}`,
	`{"q":["'","''x","it's","a'b\u2028c'","\ufeffbom","x\ufeff","\u00a0","\u0085","é\u0085"]}`,
	`{"deep":[[["a",{"b":[{"c":"d\ne"}]}]]]}`,
	` { "ws" : [ 1 , "x" , { } , [ ] ] } `,
	`{"e":[{"httpStatus":400,"code":"X","message":"m"}],"a":{"z":{"b":1,"a":[{"d":1,"c":2}]},"y":2,"y":{"q":{"s":1,"r":[]}}}}`,
	`{"b":"x\u003c","a":"\u0026","c":{"b":1,"a":2,"b":{"y":"\u2028","x":"é"}},"\u0026":{"\u003c":1,"\u0026":2},"d":{"a\u0000":1,"a":2,"\ud83d\ude80":3,"\uffff":4}}`,
}

func TestWritersMatchReferenceOnEdgeDocuments(t *testing.T) {
	for i, doc := range edgeDocs {
		checkSameOutput(t, fmt.Sprintf("edge document %d", i), []byte(doc))
	}
}

// The writers refuse what the references refuse, naming the place.
func TestWritersRejectBadJSON(t *testing.T) {
	for _, doc := range []string{``, `[1]`, `{"a":}`, `{"a":1`, `{"a" 1}`, `{"a":"x}`, `{"a":1}x`, `{"a":tru}`, `{"a":"\q"}`} {
		if _, err := jsonToYAMLFast([]byte(doc)); err == nil {
			t.Errorf("jsonToYAMLFast(%q): no error", doc)
		}
		if _, err := indentJSON([]byte(doc)); err == nil && doc != `[1]` {
			t.Errorf("indentJSON(%q): no error", doc)
		}
	}
}

// fuzzDocs embeds s everywhere a string goes in a spec: description, example, enum value,
// mapping key (nested and in a sequence), alone and next to other values.
func fuzzDocs(s string) [][]byte {
	q, _ := json.Marshal(s) // HTML-escaped, as kin writes
	v := string(q)
	return [][]byte{
		[]byte(`{"d":` + v + `}`),
		[]byte(`{"a":{"description":` + v + `,"enum":[` + v + `,"x"],"example":` + v + `},"b":[` + v + `]}`),
		[]byte(`{` + v + `:` + v + `,"zzz":[{` + v + `:{` + v + `:[` + v + `]}}]}`),
		[]byte(`{"p":[[` + v + `],{"k":` + v + `}],"q":` + v + `}`),
	}
}

func FuzzWritersMatchReference(f *testing.F) {
	for _, s := range nasty {
		f.Add(s)
	}
	for _, s := range []string{"a\nb", "a\nb\n", "\u2028", "x\u0085y", "\ufeff", "a' b", "2001-12-14", "0b1", "1_0", strings.Repeat("w", 130), "é\n", "a\n\tb", "# x", "x #y", "x: ", "? x", "---", "...", "a\u00a0b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, doc := range fuzzDocs(s) {
			checkSameOutput(t, fmt.Sprintf("document %d for %q", i, s), doc)
		}
	})
}

// Marshal through the writers still gives what the references give from kin's document,
// for specs whose descriptions, examples and enum values are fuzzed.
func FuzzMarshalMatchesReference(f *testing.F) {
	for _, s := range nasty {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp := bigSpec(1)
		sch := sp.Operations[0].Params[0].Schema
		sch.Description, sch.Example = s, s
		if s != "" && s != "Running" {
			sp.Operations[0].Response.Properties[2].Schema.Items.Properties[1].Schema.Enum[1].Value = s
		}
		sp.Operations[0].Summary = s
		if _, err := ToOpenAPI(sp); err != nil {
			return
		}
		checkSameOutput(t, fmt.Sprintf("spec with %q", s), kinJSON(t, sp))
	})
}
