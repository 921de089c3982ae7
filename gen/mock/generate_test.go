package mock

import (
	"bytes"
	"flag"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

var update = flag.Bool("update", false, "rewrite golden files")

type memSink map[string][]byte

func (m memSink) WriteFile(name string, data []byte) error {
	m[name] = append([]byte(nil), data...)
	return nil
}

func committedSpecs(t *testing.T) map[string]*opspec.Spec {
	t.Helper()
	files, _ := filepath.Glob("../../specs/*/*.yaml")
	if len(files) == 0 {
		t.Skip("no committed specs")
	}
	out := map[string]*opspec.Spec{}
	for _, f := range files {
		s, err := opspec.LoadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = s
	}
	return out
}

// render generates the mock of s as gen all does: beside its client in generated/<pkg>,
// using the client's types.
func render(t *testing.T, s *opspec.Spec) memSink {
	t.Helper()
	return renderWith(t, s, Config{Client: "github.com/acsgen/acsgen/" + path.Dir(DefaultDir(s))})
}

func renderWith(t *testing.T, s *opspec.Spec, cfg Config) memSink {
	t.Helper()
	m := memSink{}
	if err := Generate(s, cfg, m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestGolden compares the output for every committed spec with golden/mock/<pkg>/ and
// with the committed generated/<pkg>/mockserver/ package.
func TestGolden(t *testing.T) {
	for _, s := range committedSpecs(t) {
		m := render(t, s)
		if d := cmp.Diff(slices.Sorted(slices.Values(Files)), slices.Sorted(maps.Keys(m))); d != "" {
			t.Errorf("%s: generated files differ from Files (-Files +generated):\n%s", DefaultDir(s), d)
		}
		pkgDir := strings.TrimPrefix(DefaultDir(s), "generated/")
		goldentest.CompareDir(t, filepath.Join("../../golden/mock", filepath.Dir(pkgDir)), m, ".golden", *update)
		for _, name := range Files {
			committed, err := os.ReadFile(filepath.Join("../..", DefaultDir(s), name))
			if err == nil && !bytes.Equal(committed, m[name]) {
				t.Errorf("%s is stale: run go run ./cmd/gen mock", filepath.Join(DefaultDir(s), name))
			}
		}
	}
}

// TestGoldenStandalone: without a client package, the mock declares the model's structs
// itself (golden/mock/standalone/<pkg>/).
func TestGoldenStandalone(t *testing.T) {
	for _, s := range committedSpecs(t) {
		m := renderWith(t, s, Config{})
		goldentest.CompareDir(t, filepath.Join("../../golden/mock/standalone", path.Base(path.Dir(DefaultDir(s)))), m, ".golden", *update)
	}
}

func TestDeterministic(t *testing.T) {
	for _, s := range committedSpecs(t) {
		a, b := render(t, s), render(t, s)
		for n := range a {
			if !bytes.Equal(a[n], b[n]) {
				t.Fatalf("%s differs between runs", n)
			}
		}
	}
}

// TestHostileNames: names from the docs never break the generated code.
func TestHostileNames(t *testing.T) {
	str := &opspec.Schema{Type: "string", Description: "ends a comment */ and has `backticks`"}
	spec := &opspec.Spec{Product: "Odd-Product", Version: "2020-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{
		{Name: "Create-Thing", Method: "POST", Path: "/things", Style: opspec.ROA, Title: "title */ with \"quotes\"",
			Params: []*opspec.Param{
				{Name: "type", In: opspec.InBody, Schema: str},
				{Name: "Type", In: opspec.InBody, Schema: str},
				{Name: "1st", In: opspec.InBody, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
				{Name: "a,b", In: opspec.InBody, Schema: str},
				{Name: "名前", In: opspec.InBody, Schema: str},
				{Name: "nested", In: opspec.InBody, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "func", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "x", Schema: str}}}}},
				}}},
			},
			Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "requestId", Schema: str}, {Name: "map", Schema: &opspec.Schema{Type: "object", AdditionalProperties: str}}}},
		},
		{Name: "CreateThingRequest", Method: "GET", Path: "/x", Style: opspec.ROA},
		{Name: "New", Method: "GET", Path: "/y", Style: opspec.ROA},
		{Name: "CreateThing", Method: "GET", Path: "/z", Style: opspec.ROA},
	}}
	m := renderWith(t, spec, Config{})
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	fset := token.NewFileSet()
	for _, n := range names {
		if _, err := parser.ParseFile(fset, n, m[n], parser.AllErrors); err != nil {
			t.Errorf("%s does not parse: %v\n%s", n, err, m[n])
		}
	}
	types := strings.Join(strings.Fields(string(m["types.go"])), " ") // gofmt may align fields
	for _, want := range []string{"N1st int32", "Type2 string", "CreateThing2Request", "Func []"} {
		if !strings.Contains(types, want) {
			t.Errorf("types.go lacks %q:\n%s", want, types)
		}
	}
	if strings.Contains(types, `json:"a,b`) {
		t.Error("a name that cannot be a json tag was emitted")
	}
	if err := Generate(spec, Config{Package: "func"}, memSink{}); err == nil {
		t.Error("keyword package name accepted")
	}
}

// TestTypesAreTheClients: the mock's Go types are the model's, not a mapping of its own
// (it used to say float32 for format float where the client says float64, and drop enums).
func TestTypesAreTheClients(t *testing.T) {
	spec := &opspec.Spec{Product: "P", Version: "2020-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "Get", Method: "POST", Path: "/", Params: []*opspec.Param{
			{Name: "Ratio", In: opspec.InQuery, Schema: &opspec.Schema{Type: "number", Format: "float"}},
			{Name: "Mode", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "a"}}}},
		}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}}}}},
	}}
	standalone := strings.Join(strings.Fields(string(renderWith(t, spec, Config{})["types.go"])), " ")
	for _, want := range []string{"Ratio float64", "Mode string"} {
		if !strings.Contains(standalone, want) {
			t.Errorf("standalone types.go lacks %q:\n%s", want, standalone)
		}
	}
	handlers := string(renderWith(t, spec, Config{Client: "example.com/p20200101"})["handlers.go"])
	if !strings.Contains(handlers, "req *p20200101.GetRequest) (*p20200101.GetResponse, error)") {
		t.Errorf("handlers do not use the client's types:\n%s", handlers)
	}
}

// TestSpecJSONGiven: a spec the caller rendered already (gen all writing a JSON spec file) is
// embedded as it is, and gives the same package as rendering it here.
func TestSpecJSONGiven(t *testing.T) {
	for f, s := range committedSpecs(t) {
		doc, err := opspec.Marshal(s, "json")
		if err != nil {
			t.Fatal(err)
		}
		cfg := Config{Client: "github.com/acsgen/acsgen/" + path.Dir(DefaultDir(s))}
		want := renderWith(t, s, cfg)
		cfg.SpecJSON = doc
		if diff := cmp.Diff(want, renderWith(t, s, cfg)); diff != "" {
			t.Errorf("%s: given the rendered spec, the package differs (-rendered +given):\n%s", f, diff)
		}
		cfg.SpecJSON = bytes.Replace(doc, []byte(`"openapi"`), []byte(`"openapi" `), 1)
		// the literal is raw, or quoted when the spec holds a backquote
		if got := renderWith(t, s, cfg)["spec.go"]; !bytes.Contains(got, []byte(`openapi" :`)) && !bytes.Contains(got, []byte(`openapi\" :`)) {
			t.Errorf("%s: spec.go does not embed the given spec", f)
		}
	}
}

// TestGeneratedFilesOutsideGoGenerate: every generated file is in its package for a build
// and in none under the "generate" tag, so `go generate ./...` never lists one and does
// not stop when a run removes it as stale (ir.BuildConstraint).
func TestGeneratedFilesOutsideGoGenerate(t *testing.T) {
	for _, s := range committedSpecs(t) {
		dir := t.TempDir()
		for name, data := range render(t, s) {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			goldentest.OutsideGoGenerate(t, dir, name)
		}
	}
}
