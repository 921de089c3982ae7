package apidocs

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

const okDoc = `{"info":{"style":"RPC","product":"Demo","version":"2020-01-01"},"apis":{"A":{"methods":["post"],"parameters":[]}}}`

// TestBadInput: every kind of bad input is an *Error naming the file and the JSON path.
func TestBadInput(t *testing.T) {
	api := func(body string) string {
		return `{"info":{"style":"RPC","product":"Demo","version":"2020-01-01"},"apis":{"A":` + body + `}}`
	}
	param := func(p string) string { return api(`{"methods":["post"],"parameters":[` + p + `]}`) }
	refs := func(schemas string) string {
		return `{"info":{"style":"ROA","product":"Demo","version":"2020-01-01"},"components":{"schemas":` + schemas + `},` +
			`"apis":{"A":{"path":"/a","methods":["get"],"responses":{"200":{"schema":{"$ref":"#/components/schemas/X"}}}}}}`
	}
	cases := []struct{ name, in, want string }{
		{"not json", `{"info":`, "not JSON: line 1"},
		{"garbage", "hello", "not JSON"},
		{"trailing", okDoc + " {}", "not JSON: line 1, offset " + strconv.Itoa(len(okDoc)) + ": another JSON value after the first"},
		// random bytes that start like a number are not "data after the document"
		{"random", "7\n\x05\x9b", `not JSON: line 2, offset 2: invalid character '\x05' looking for beginning of value`},
		{"cut", "{\n\"info\": {", "not JSON: line 2, offset 11: unexpected end of JSON input"},
		{"array root", `[]`, "$: want an object, found an array"},
		{"no info", `{"apis":{}}`, "$.info: want an object, found nothing"},
		{"style", `{"info":{"style":"SOAP","product":"P","version":"1"},"apis":{}}`, `$.info.style: unknown API style "SOAP"`},
		{"no product", `{"info":{"style":"RPC","version":"1"},"apis":{}}`, "$.info.product: missing"},
		{"apis array", `{"info":{"style":"RPC","product":"P","version":"1"},"apis":[]}`, "$.apis: want an object, found an array"},
		{"api string", api(`"x"`), "$.apis.A: want an object, found a string"},
		{"method", api(`{"methods":["fetch"]}`), `$.apis.A.methods[0]: unknown HTTP method "fetch"`},
		{"security", api(`{"methods":["post"],"security":[{"Magic":[]}]}`), `$.apis.A.security[0].Magic: unknown security scheme "Magic"`},
		{"in", param(`{"name":"X","in":"cookie","schema":{"type":"string"}}`), `$.apis.A.parameters[0].in: unknown parameter location "cookie"`},
		{"style param", param(`{"name":"X","in":"query","style":"pipe","schema":{"type":"string"}}`), `$.apis.A.parameters[0].style: unknown parameter style "pipe"`},
		{"type", param(`{"name":"X","in":"query","schema":{"type":"date"}}`), `$.apis.A.parameters[0].schema.type: unknown type "date"`},
		{"nested type", param(`{"name":"X","in":"query","schema":{"type":"array","items":{"type":"object","properties":{"a b":{"type":7}}}}}`),
			`$.apis.A.parameters[0].schema.items.properties["a b"].type: want a string, found a number`},
		{"no schema", param(`{"name":"X","in":"query"}`), "$.apis.A.parameters[0].schema: want an object, found nothing"},
		{"no name", param(`{"in":"query","schema":{}}`), "$.apis.A.parameters[0].name: a parameter needs a name"},
		{"required", param(`{"name":"X","in":"query","schema":{"type":"string","required":"maybe"}}`), "$.apis.A.parameters[0].schema.required: want a boolean"},
		{"enum", param(`{"name":"X","in":"query","schema":{"type":"string","enum":[{}]}}`), "$.apis.A.parameters[0].schema.enum[0]: want an enum value"},
		{"status", api(`{"methods":["post"],"errorCodes":{"abc":[]}}`), `$.apis.A.errorCodes.abc: HTTP status "abc" is not a number`},
		{"error entry", api(`{"methods":["post"],"errorCodes":{"400":[1]}}`), `$.apis.A.errorCodes["400"][0]: want an object, found a number`},
		{"roa path", `{"info":{"style":"ROA","product":"P","version":"1"},"apis":{"A":{"methods":["get"]}}}`, `$.apis.A.path: a ROA operation needs a path`},
		{"dangling", refs(`{}`), `$.apis.A.responses["200"].schema.$ref: reference "#/components/schemas/X" names no schema`},
		{"cycle", refs(`{"X":{"type":"object","properties":{"y":{"$ref":"#/components/schemas/Y"}}},"Y":{"type":"array","items":{"$ref":"#/components/schemas/X"}}}`),
			"reference cycle: X -> Y -> X"},
		{"self", refs(`{"X":{"$ref":"#/components/schemas/X"}}`), "reference cycle: X -> X"},
		{"external ref", refs(`{"X":{"$ref":"other.json#/X"}}`), `$.components.schemas.X.$ref: unsupported reference "other.json#/X"`},
		{"directory", `{"info":{"style":"RPC","product":"P","version":"1"},"apis":{},"directories":[{"title":"A","children":["x",{"title":"B","children":[1]}]}]}`,
			"$.directories[0].children[1].children[0]: want an operation name or a directory, found a number"},
		{"duplicate key", `{"info":{},"info":{}}`, `duplicate key "info"`},
		{"deep", strings.Repeat("[", 1000), "nested more than"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read("x/api-docs.json", []byte(c.in))
			if err == nil {
				t.Fatalf("no error; spec %+v", res.Spec)
			}
			var e *Error
			if !errors.As(err, &e) || e.File != "x/api-docs.json" {
				t.Errorf("error %T %v does not name the file", err, err)
			}
			if !strings.HasPrefix(err.Error(), "x/api-docs.json: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error\n  %v\nwant it to contain\n  %s", err, c.want)
			}
		})
	}
}

// TestRefExpansionBounded: references that multiply (each schema uses the next twice) stop
// at a bound with an error instead of exhausting memory.
func TestRefExpansionBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"info":{"style":"ROA","product":"P","version":"1"},"components":{"schemas":{`)
	for i := 0; i < 30; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		next := `{"type":"string"}`
		if i < 29 {
			next = `{"$ref":"#/components/schemas/S` + string(rune('a'+i+1)) + `"}`
		}
		b.WriteString(`"S` + string(rune('a'+i)) + `":{"type":"object","properties":{"l":` + next + `,"r":` + next + `}}`)
	}
	b.WriteString(`}},"apis":{"A":{"path":"/a","methods":["get"],"responses":{"200":{"schema":{"$ref":"#/components/schemas/Sa"}}}}}}`)
	_, err := Read("big.json", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "schemas once references are expanded") {
		t.Fatalf("got %v", err)
	}
}

func TestLooks(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       bool
	}{
		{"a/api-docs.json", "", true},
		{"ecs.json", okDoc, true},
		{"manifest.json", `[{"file":"x"}]`, false},
		{"page.md", okDoc, false},
		{"other.json", `{"openapi":"3.0.3"}`, false},
		{"spec.json", `{"info":{"title":"x"},"apis":{},"openapi":"3.0.3"}`, false},
		{"cut.json", `{"info":{"style":"RPC"},"components":{`, false},
	} {
		if got := Looks(c.name, []byte(c.data)); got != c.want {
			t.Errorf("Looks(%q) = %v", c.name, got)
		}
	}
}
