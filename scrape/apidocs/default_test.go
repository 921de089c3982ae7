package apidocs

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMetadataDefaults: a parameter's or property's "default" (text in the metadata) is read
// as a value of its schema's type; one the schema would reject (not of its type, not a
// listed value, empty) is left out with a note naming the parameter.
func TestMetadataDefaults(t *testing.T) {
	doc := func(params string) string {
		return `{"info":{"style":"RPC","product":"Demo","version":"2020-01-01"},"apis":{"A":{"methods":["post"],"parameters":[` + params + `]}}}`
	}
	cases := []struct {
		name, params string
		want         any
		warn         string
	}{
		{"integer", `{"name":"PageSize","in":"query","schema":{"type":"integer","default":"10"}}`, 10.0, ""},
		{"boolean", `{"name":"DryRun","in":"query","schema":{"type":"boolean","default":"false"}}`, false, ""},
		{"listed", `{"name":"Unit","in":"query","schema":{"type":"string","enum":["Week","Month"],"default":"Month"}}`, "Month", ""},
		{"json number", `{"name":"PageSize","in":"query","schema":{"type":"integer","default":20}}`, 20.0, ""},
		{"property", `{"name":"body","in":"body","schema":{"type":"object","properties":{"Workers":{"type":"integer","default":"2"}}}}`, 2.0, ""},
		{"not its type", `{"name":"Workers","in":"query","schema":{"type":"integer","default":"实例的CPU核数。"}}`, nil,
			`Workers: the default "实例的CPU核数。" is not a value of its type integer`},
		{"empty", `{"name":"Bandwidth","in":"query","schema":{"type":"integer","default":""}}`, nil,
			`Bandwidth: the default "" is not a value of its type integer`},
		{"not listed", `{"name":"Unit","in":"query","schema":{"type":"string","enum":["Week","Month"],"default":"Year"}}`, nil,
			`Unit: the default "Year" is not a value of its type`},
		// one reader with the pages' (opspec.ReadDefault): a listed value in other letter
		// case is that value, a boolean reads in any case
		{"listed in other case", `{"name":"Platform","in":"query","schema":{"type":"string","enum":["Linux","Windows"],"default":"linux"}}`, "Linux", ""},
		{"boolean in capitals", `{"name":"DryRun","in":"query","schema":{"type":"boolean","default":"True"}}`, true, ""},
		{"json boolean", `{"name":"DryRun","in":"query","schema":{"type":"boolean","default":true}}`, true, ""},
		// a string's default is the metadata's value, words and all (the one-token rule is
		// the pages', whose prose may follow a default word)
		{"string of words", `{"name":"Name","in":"query","schema":{"type":"string","default":"my key"}}`, "my key", ""},
		{"composite", `{"name":"Tags","in":"query","schema":{"type":"string","default":{"a":1}}}`, nil, `Tags: the default is an object`},
		// an object's default is a JSON object, an array's a JSON array, as on the pages
		{"empty object", `{"name":"Tags","in":"query","schema":{"type":"object","default":{}}}`, map[string]any{}, ""},
		{"empty object text", `{"name":"Tags","in":"query","schema":{"type":"object","default":"{}"}}`, map[string]any{}, ""},
		{"empty array", `{"name":"Ids","in":"query","schema":{"type":"array","items":{"type":"string"},"default":[]}}`, []any{}, ""},
		{"array for an object", `{"name":"Tags","in":"query","schema":{"type":"object","default":[]}}`, nil, `Tags: the default "[]" is not a value of its type`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := readChecked(t, doc(c.params), c.warn)
			if d := cmp.Diff(c.want, res.Spec.Operations[0].Params[0].Schema.Default); d != "" {
				t.Errorf("default (-want +got):\n%s", d)
			}
		})
	}
}
