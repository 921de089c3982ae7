package diff

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// formatSpecs combines several edits into one report: spec, operation, request, response,
// RAM and error changes, with a pipe and Markdown characters in names.
func formatSpecs() (*opspec.Spec, *opspec.Spec) {
	b, r := rpcSpec(), rpcSpec()
	for _, name := range []string{
		"spec-version-changed", "api-added", "request-parameter-became-optional",
		"request-parameter-location-changed", "response-property-removed", "response-property-enum-value-added",
		"ram-action-changed", "error-code-removed", "pagination-changed", "request-property-integer-width-changed",
	} {
		for _, f := range fixtures() {
			if f.name == name && !f.roa {
				f.edit(b, r)
			}
		}
	}
	o := r.Operation("GetInstance")
	o.Params = append(o.Params, &opspec.Param{Name: "Filter|*x*", In: opspec.InQuery, Schema: str("")})
	o.Source.LastUpdated = "2024-02-20"
	return b, r
}

func TestFormatsGolden(t *testing.T) {
	b, r := formatSpecs()
	rep := Compare(b, r)
	for _, f := range []struct{ format, file string }{{"text", "report.txt"}, {"markdown", "report.md"}, {"json", "report.json"}} {
		var buf bytes.Buffer
		if err := Write(&buf, rep, f.format); err != nil {
			t.Fatal(err)
		}
		goldentest.Compare(t, filepath.Join(goldenDir, "formats", f.file), buf.Bytes(), *update)
		var again bytes.Buffer
		if err := Write(&again, Compare(b, r), f.format); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Errorf("%s: second run differs (err %v)", f.format, err)
		}
	}
	if err := Write(&bytes.Buffer{}, rep, "html"); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestJSONShape: the JSON form decodes back to the same changes, with counts.
func TestJSONShape(t *testing.T) {
	b, r := formatSpecs()
	rep := Compare(b, r)
	var buf bytes.Buffer
	if err := Write(&buf, rep, "json"); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Base     SpecRef       `json:"base"`
		Revision SpecRef       `json:"revision"`
		Summary  map[Level]int `json:"summary"`
		Changes  []Change      `json:"changes"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep.Changes, got.Changes); diff != "" {
		t.Errorf("changes do not round-trip (-want +got):\n%s", diff)
	}
	if got.Summary[Breaking] != rep.Count(Breaking) || got.Summary[Info] != rep.Count(Info) {
		t.Errorf("summary %v", got.Summary)
	}
	var empty bytes.Buffer
	if err := Write(&empty, Compare(rpcSpec(), rpcSpec()), "json"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(empty.Bytes(), []byte(`"changes": []`)) {
		t.Errorf("no changes must be an empty list:\n%s", empty.String())
	}
}

// TestMarkdownParses: every operation group renders as a real table with one row per
// change, and no cell text leaks out of its table (pipes are escaped).
func TestMarkdownParses(t *testing.T) {
	b, r := formatSpecs()
	rep := Compare(b, r)
	var buf bytes.Buffer
	if err := Write(&buf, rep, "markdown"); err != nil {
		t.Fatal(err)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	doc := md.Parser().Parse(text.NewReader(buf.Bytes()))
	tables, rows := 0, 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.Table:
			tables++
		case *east.TableRow:
			rows++
			if n.ChildCount() != 5 {
				t.Errorf("row with %d cells", n.ChildCount())
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := len(rep.groups()); tables != want {
		t.Errorf("%d tables, want %d", tables, want)
	}
	if rows != len(rep.Changes) {
		t.Errorf("%d rows, want %d", rows, len(rep.Changes))
	}
}
