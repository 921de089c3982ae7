package opspec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestYAMLQuotesDateLikeStrings: strings YAML 1.1 readers would take for timestamps are
// quoted, impossible dates included (PyYAML failed on "day is out of range"), and read back
// as the same strings.
func TestYAMLQuotesDateLikeStrings(t *testing.T) {
	in := `{"a":"2014-05-36","b":"2021-12-01","c":"2021-13-01T00:00:00Z","d":"2021-1-2 x","e":"v2021-12-01","f":"yes"}`
	out, err := jsonToYAML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`a: "2014-05-36"`, `b: "2021-12-01"`, `c: "2021-13-01T00:00:00Z"`, `d: "2021-1-2 x"`, `e: v2021-12-01`, `f: "yes"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("YAML lacks %s:\n%s", want, out)
		}
	}
	var back map[string]any
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if back["a"] != "2014-05-36" || back["c"] != "2021-13-01T00:00:00Z" {
		t.Errorf("read back %v", back)
	}
}

// TestYAMLEntriesAsOneDocument: jsonToYAML encodes a document's entries one by one (see
// encodeEntries); the result is byte for byte what one yaml.v3 Encode of the whole tree
// writes, for the rich fixture, random specs full of strings that trip YAML, and a
// document of literal blocks with empty lines, long keys, empty collections and sequences.
func TestYAMLEntriesAsOneDocument(t *testing.T) {
	docs := map[string][]byte{
		"crafted": []byte(`{"a":{"b":"x","lit":"one\n\ntwo\nthree","seq":[{"k":"v","w":[1,2.5,true,null]},"s",[]],` +
			`"empty":{},"` + strings.Repeat("long", 40) + `":{"x":"y","z":"multi\nline"},"q":"yes"},` +
			`"paths":{"/a":{"get":{"x":"1"}},"/b":{"lit":"p\n\n\nq"},"/c":"` + strings.Repeat("w ", 200) + `"},` +
			`"z":["a",{"b":{"c":{"d":"e\n\nf"}}}],"` + strings.Repeat("key", 50) + `":{"x":"y","z":"w"}}`),
	}
	for seed := range uint64(40) {
		g := &gen{r: rand.New(rand.NewPCG(seed, 7))}
		docs[fmt.Sprintf("seed %d", seed)] = openAPIJSON(t, g.spec())
	}
	docs["rich"] = openAPIJSON(t, richSpec())
	for name, raw := range docs {
		got, err := jsonToYAML(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := oneYAMLDocument(t, raw); !bytes.Equal(got, want) {
			t.Errorf("%s: entry by entry differs from one document:\n%s\n----- want\n%s", name, got, want)
		}
	}
}

func openAPIJSON(t *testing.T, s *Spec) []byte {
	t.Helper()
	doc, err := ToOpenAPI(s)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// oneYAMLDocument is the whole JSON document converted by one yaml.v3 Encode.
func oneYAMLDocument(t *testing.T, raw []byte) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	node, err := yamlNode(dec)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestMarshalFormats: one rendering into several formats gives what Marshal gives for each.
func TestMarshalFormats(t *testing.T) {
	formats := []string{"yaml", "json", "yaml"}
	out, err := MarshalFormats(richSpec(), formats...)
	if err != nil {
		t.Fatal(err)
	}
	for i, format := range formats {
		want, err := Marshal(richSpec(), format)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out[i], want) {
			t.Errorf("MarshalFormats %d (%s) differs from Marshal:\n%s", i, format, out[i])
		}
	}
	if _, err := MarshalFormats(richSpec(), "json", "toml"); err == nil || !strings.Contains(err.Error(), `"toml"`) {
		t.Errorf("unknown format: err = %v", err)
	}
}
