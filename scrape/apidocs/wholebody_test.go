package apidocs

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/opspec"
)

// TestWholeBodyParameter: an ROA body parameter that is not an object with properties is the
// whole request body (the official SDKs send its value as the body), read without a
// warning; its properties are the fields otherwise; a second body parameter is dropped
// with a warning naming it.
func TestWholeBodyParameter(t *testing.T) {
	doc := func(params string) string {
		return `{"info":{"style":"ROA","product":"Demo","version":"2020-01-01"},"apis":{"A":{"path":"/a","methods":["put"],"parameters":[` + params + `]}}}`
	}
	cases := []struct {
		name, params string
		want         []*opspec.Param
		warn         string
	}{
		{"string", `{"name":"body","in":"body","schema":{"type":"string","required":true,"description":"JSON text."}}`,
			[]*opspec.Param{{Name: "body", In: opspec.InWholeBody, Required: true, Schema: &opspec.Schema{Type: "string", Description: "JSON text."}}}, ""},
		{"array", `{"name":"body","in":"body","schema":{"type":"array","items":{"type":"string"}}}`,
			[]*opspec.Param{{Name: "body", In: opspec.InWholeBody, Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "string"}}}}, ""},
		{"object fields", `{"name":"body","in":"body","schema":{"type":"object","properties":{"n":{"type":"string"}}}}`,
			[]*opspec.Param{{Name: "n", In: opspec.InBody, Schema: &opspec.Schema{Type: "string"}}}, ""},
		{"second", `{"name":"body","in":"body","schema":{"type":"string"}},{"name":"more","in":"body","schema":{"type":"string"}}`,
			[]*opspec.Param{{Name: "body", In: opspec.InWholeBody, Schema: &opspec.Schema{Type: "string"}}},
			`parameters[1]: a second body parameter "more"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := readChecked(t, doc(c.params), c.warn)
			if d := cmp.Diff(c.want, res.Spec.Operations[0].Params); d != "" {
				t.Errorf("params (-want +got):\n%s", d)
			}
		})
	}
}

// readChecked reads a metadata document that must read, give a valid spec and warn with
// warn in its warnings (none when warn is "").
func readChecked(t *testing.T, doc, warn string) *Result {
	t.Helper()
	res, err := Read("x/api-docs.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	for _, w := range res.Warnings {
		warns = append(warns, w.String())
	}
	all := strings.Join(warns, "\n")
	if warn == "" && all != "" || warn != "" && !strings.Contains(all, warn) {
		t.Errorf("warnings:\n%s\nwant: %q", all, warn)
	}
	if err := res.Spec.Validate(); err != nil {
		t.Errorf("the spec does not validate: %v", err)
	}
	return res
}
