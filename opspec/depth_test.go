package opspec

import (
	"strings"
	"testing"
)

// chain is an object nesting n levels of properties below it, a string at the bottom.
func chain(n int) *Schema {
	s := &Schema{Type: "string"}
	for i := n; i > 0; i-- {
		s = &Schema{Type: "object", Properties: []*Property{{Name: "A", Schema: s}}}
	}
	return s
}

// A spec that Lint passes can be written and read back: Lint refuses a schema nested deeper
// than MaxDepth, counted as FromOpenAPI counts it (a body or form parameter is a level
// below the body's schema), so that scraping never writes a spec that no other command
// can load (a page of 1,000 nested rows did).
func TestLintDepth(t *testing.T) {
	spec := func(body, query, resp *Schema) *Spec {
		return &Spec{Product: "P", Version: "2020-01-01", Style: ROA, Auth: AuthAK, Operations: []*Operation{{
			Name: "Op", Style: ROA, Method: "POST", Path: "/op",
			Params:   []*Param{{Name: "Q", In: InQuery, Schema: query}, {Name: "B", In: InBody, Schema: body}},
			Response: resp,
		}}}
	}
	deepest := spec(chain(MaxDepth-1), chain(MaxDepth-1), chain(MaxDepth))
	for _, p := range deepest.Lint() {
		if !p.Warning {
			t.Fatalf("schemas at the depth limit: %v", p)
		}
	}
	for _, format := range []string{"yaml", "json"} {
		data, err := Marshal(deepest, format)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Load(data, "deep."+format); err != nil {
			t.Errorf("%s: the deepest spec Lint passes does not load: %v", format, err)
		}
	}
	for name, s := range map[string]*Spec{
		"body":     spec(chain(MaxDepth), chain(1), chain(1)),
		"query":    spec(chain(1), chain(MaxDepth), chain(1)),
		"response": spec(chain(1), chain(1), chain(MaxDepth+1)),
		"hostile":  spec(chain(1), chain(1), chain(20000)),
	} {
		var errs []string
		for _, p := range s.Lint() {
			if !p.Warning {
				errs = append(errs, p.Error())
			}
		}
		if len(errs) != 1 || !strings.Contains(errs[0], "schema nested deeper than 64 levels") {
			t.Errorf("%s: errors %q, want one saying the schema nests too deep", name, errs)
		}
	}
}
