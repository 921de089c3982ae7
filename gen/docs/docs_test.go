package docs

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir is golden/docs at the module root.
const goldenDir = "../../golden/docs"

func render(t *testing.T, name string) *memSink {
	t.Helper()
	sink := newMemSink()
	if err := Render(fixtures()[name], sink, Options{}); err != nil {
		t.Fatalf("Render %s: %v", name, err)
	}
	return sink
}

// TestGolden renders every fixture and compares each file with golden/docs/<fixture>/;
// -update rewrites them (and removes files no longer produced).
func TestGolden(t *testing.T) {
	for name := range fixtures() {
		t.Run(name, func(t *testing.T) {
			goldentest.CompareDir(t, filepath.Join(goldenDir, name), render(t, name).files, "", *update)
		})
	}
}

// TestDeterministic renders each fixture twice, with a new renderer each time, and wants
// the same bytes in the same order.
func TestDeterministic(t *testing.T) {
	for name := range fixtures() {
		a, b := render(t, name), render(t, name)
		if d := cmp.Diff(a.order, b.order); d != "" {
			t.Errorf("%s: write order differs:\n%s", name, d)
		}
		for n := range a.files {
			if string(a.files[n]) != string(b.files[n]) {
				t.Errorf("%s: %s differs between two renders", name, n)
			}
		}
	}
}

// TestWhatReadersSee: the index's Title column falls back to the summary, documented values
// the description already lists are not listed again (and the column goes when empty), and
// no internal file path of the source page reaches the docs.
func TestWhatReadersSee(t *testing.T) {
	spec := &opspec.Spec{Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC, Operations: []*opspec.Operation{{
		Name: "GetInstance", Summary: "Queries an instance.", Method: "POST", Path: "/",
		Params: []*opspec.Param{
			{Name: "Mode", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Description: "The mode. Valid values:\n- fast\n- slow",
				Enum: []opspec.EnumValue{{Value: "fast"}, {Value: "slow"}}}},
		},
		Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
			{Name: "Status", Schema: &opspec.Schema{Type: "string", Description: "The status.", Enum: []opspec.EnumValue{{Value: "running", Description: "Up."}}}},
		}},
		Source: opspec.Source{File: "pages/GetInstance.txt", LastUpdated: "2026-01-28"},
	}}}
	sink := newMemSink()
	if err := Render(spec, sink, Options{}); err != nil {
		t.Fatal(err)
	}
	index, page := string(sink.files[IndexFile]), string(sink.files["GetInstance.md"])
	if !strings.Contains(index, "| [GetInstance](GetInstance.md) | Queries an instance. |") {
		t.Errorf("index row has no title:\n%s", index)
	}
	if strings.Contains(page, "pages/GetInstance.txt") {
		t.Errorf("page shows the source file path:\n%s", page)
	}
	if strings.Count(page, "fast") != 1 {
		t.Errorf("the value listed in the description is listed again:\n%s", page)
	}
	if !strings.Contains(page, "| Name | In | Type | Required | Description | Example |") {
		t.Errorf("request table keeps an empty Valid values column:\n%s", page)
	}
	if !strings.Contains(page, "| Name | Type | Description | Valid values | Example |") || !strings.Contains(page, "`running`: Up.") {
		t.Errorf("response values not described elsewhere are not listed:\n%s", page)
	}
}

// TestWholeBodyRows: a parameter that is the entire request body says so, and how it is
// sent, in its row.
func TestWholeBodyRows(t *testing.T) {
	spec := &opspec.Spec{Product: "Demo", Version: "2024-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{
		{Name: "PutText", Method: "PUT", Path: "/text", Params: []*opspec.Param{
			{Name: "body", In: opspec.InWholeBody, Required: true, Schema: &opspec.Schema{Type: "string", Description: "The settings."}}}},
		{Name: "PutIds", Method: "PUT", Path: "/ids", Params: []*opspec.Param{
			{Name: "ids", In: opspec.InWholeBody, Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "integer"}}}}},
	}}
	sink := newMemSink()
	if err := Render(spec, sink, Options{}); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"PutText.md": "| `body` | wholebody | string | Yes | The entire request body: this text is sent as it is (application/json). The settings. |",
		"PutIds.md":  "| `ids` | wholebody | array&lt;integer&gt; | No | The entire request body, sent as JSON. |",
	} {
		if page := string(sink.files[file]); !strings.Contains(page, want) {
			t.Errorf("%s has no row\n%s\n%s", file, want, page)
		}
	}
}

// A parameter sent as JSON text says so in its type cell.
func TestJSONTextRows(t *testing.T) {
	spec := &opspec.Spec{Product: "Demo", Version: "2024-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "Encrypt", Method: "POST", Path: "/", Params: []*opspec.Param{
			{Name: "EncryptionContext", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Style: opspec.JSONStyle, AdditionalProperties: &opspec.Schema{}}},
			{Name: "Items", In: opspec.InForm, Schema: &opspec.Schema{Type: "array", Style: opspec.JSONStyle, Items: &opspec.Schema{Type: "string"}}}}},
	}}
	sink := newMemSink()
	if err := Render(spec, sink, Options{}); err != nil {
		t.Fatal(err)
	}
	page := string(sink.files["Encrypt.md"])
	for _, want := range []string{
		"| `EncryptionContext` | query | JSON text of map&lt;string, any&gt; | No |",
		"| `Items` | form | JSON text of array&lt;string&gt; | No |",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("Encrypt.md has no row\n%s\n%s", want, page)
		}
	}
}

// A request table has a Default column when a parameter documents its default, showing
// each as a code span; a table with none has no such column.
func TestDefaultColumn(t *testing.T) {
	spec := &opspec.Spec{Product: "Demo", Version: "2024-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "ListThings", Method: "POST", Path: "/", Params: []*opspec.Param{
			{Name: "PageSize", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Default: 10.0, Example: "5"}},
			{Name: "DryRun", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean", Default: false}},
			{Name: "Name", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string"}}}},
		{Name: "GetThing", Method: "POST", Path: "/", Params: []*opspec.Param{
			{Name: "Id", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Example: "t-1"}}}},
	}}
	sink := newMemSink()
	if err := Render(spec, sink, Options{}); err != nil {
		t.Fatal(err)
	}
	page := string(sink.files["ListThings.md"])
	for _, want := range []string{
		"| Name | In | Type | Required | Description | Default | Example |",
		"| `PageSize` | query | integer | No |  | `10` | `5` |",
		"| `DryRun` | query | boolean | No |  | `false` |",
		"| `Name` | query | string | No |  |  |",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("ListThings.md has no line\n%s\n%s", want, page)
		}
	}
	if page := string(sink.files["GetThing.md"]); strings.Contains(page, "Default") {
		t.Errorf("GetThing.md has a Default column though no parameter has a default:\n%s", page)
	}
}
