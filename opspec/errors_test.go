package opspec

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestEmptySlicesReadBackNil(t *testing.T) {
	s := &Spec{Product: "P", Version: "v", Style: RPC, Groups: []Group{{Name: "g", Operations: []string{}}},
		Operations: []*Operation{{
			Name: "Op", Method: "POST", Path: "/", Params: []*Param{}, Errors: []ErrorCode{}, Changes: []Change{},
			RAM:      &RAM{Actions: []RAMAction{{Action: "p:Op", Resources: []RAMResource{}, ConditionKeys: []string{}, DependentActions: []string{}}}},
			Response: &Schema{Type: "object", Properties: []*Property{}, Enum: []EnumValue{}},
		}}}
	data, err := Marshal(s, "yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(data, "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(s, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	op := got.Operations[0]
	if op.Params != nil || op.Errors != nil || op.Changes != nil || got.Groups[0].Operations != nil ||
		op.RAM.Actions[0].Resources != nil || op.Response.Properties != nil {
		t.Errorf("empty slices must read back as nil: %+v", op)
	}
}

func TestToOpenAPIErrors(t *testing.T) {
	base := func() *Spec {
		return &Spec{Product: "P", Version: "v", Style: ROA}
	}
	tests := []struct {
		name string
		ops  []*Operation
		want []string
	}{
		{"bad method", []*Operation{{Name: "A", Method: "get", Path: "/"}}, []string{`operation "A": method "get" is not an upper-case HTTP method`}},
		{"bad type", []*Operation{{Name: "A", Method: "GET", Path: "/", Params: []*Param{{Name: "p", In: InQuery, Schema: &Schema{Type: "long"}}}}},
			[]string{`operation "A": param "p" (query): type "long" is not one of`}},
		{"dup param", []*Operation{{Name: "A", Method: "GET", Path: "/", Params: []*Param{{Name: "p", In: InQuery}, {Name: "p", In: InQuery}}}},
			[]string{`param "p" (query): duplicate name in the same location`}},
		{"dup property", []*Operation{{Name: "A", Method: "GET", Path: "/", Response: &Schema{Type: "object", Properties: []*Property{{Name: "x"}, {Name: "x"}}}}},
			[]string{`response: property "x": duplicate name`}},
		{"path params mismatch", []*Operation{{Name: "A", Method: "GET", Path: "/a", Params: []*Param{{Name: "id", In: InPath, Required: true}}}},
			[]string{`path parameters [id] do not match path template "/a"`}},
		{"same name", []*Operation{{Name: "A", Method: "GET", Path: "/"}, {Name: "A", Method: "GET", Path: "/"}},
			[]string{`operation "A": duplicate operation name`}},
		{"rpc path params", []*Operation{{Name: "A", Style: RPC, Method: "POST", Path: "/{id}", Params: []*Param{{Name: "id", In: InPath, Required: true}}}},
			[]string{`operation "A": RPC operation with path parameters [id]`}},
		{"unknown location and auth", []*Operation{{Name: "A", Method: "GET", Path: "/", Auth: "x", Params: []*Param{{Name: "c", In: "cookie"}}}},
			[]string{`operation "A": unknown auth "x"`, `param "c": unknown location "cookie"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			s.Operations = tc.ops
			_, err := ToOpenAPI(s)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if _, err := Marshal(s, "yaml"); err == nil || !strings.Contains(err.Error(), "spec P/v") {
				t.Errorf("Marshal error should name the spec: %v", err)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	good, err := Marshal(richSpec(), "yaml")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) string {
		if !strings.Contains(string(good), old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(string(good), old, new, 1)
	}
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"not yaml", "openapi: [", []string{"bad.yaml"}},
		{"invalid openapi", edit("openapi: 3.0.3", "openapi: 3.0.3\nfoo: bar"), []string{"bad.yaml: invalid OpenAPI"}},
		{"ram typo", edit("      x-acs-ram:\n        none: true", "      x-acs-ram:\n        nnoe: true"),
			[]string{"bad.yaml", `operation "Describe-Odd.Name{x}"`, `x-acs-ram: json: unknown field "nnoe"`}},
		{"order mismatch", edit("                x-acs-order:\n                  - nextToken\n", "                x-acs-order:\n                  - nextTokens\n"),
			[]string{`paths./v2/{applicationId}/users.get (line `, `operation "ListUsers"`, "x-acs-order [nextTokens data] does not list exactly the properties"}},
		{"action differs", edit("x-acs-action: ListUsers", "x-acs-action: ListUser"), []string{`x-acs-action "ListUser" differs from operationId`}},
		{"product differs", edit("x-acs-product: Eiam-developerapi\n      x-acs-style: ROA", "x-acs-product: Other\n      x-acs-style: ROA"),
			[]string{`x-acs-product "Other" differs`}},
		{"param order", edit("x-acs-param-order:\n        - path:applicationId", "x-acs-param-order:\n        - path:appId"),
			[]string{`operation "CreateUser"`, `x-acs-param-order: no parameter "path:appId"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load([]byte(tc.doc), "bad.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestWriteFileLoadFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/b/spec.yaml", "spec.yml", "spec.json"} {
		path := filepath.Join(dir, name)
		if err := WriteFile(path, richSpec()); err != nil {
			t.Fatal(err)
		}
		got, err := LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(richSpec(), got); d != "" {
			t.Errorf("%s (-want +got):\n%s", name, d)
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, "spec.json"))
	if !strings.HasPrefix(string(data), "{\n  \"components\"") || !strings.Contains(string(data), "<html> &") {
		t.Errorf("JSON output not indented or HTML-escaped:\n%.200s", data)
	}
	if err := WriteFile(filepath.Join(dir, "spec.txt"), richSpec()); err == nil || !strings.Contains(err.Error(), "spec.txt") {
		t.Errorf("unknown extension: %v", err)
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}
