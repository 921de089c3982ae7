package opspec

import (
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
