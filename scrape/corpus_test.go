package scrape

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// corpusEntry is one line of ../shared/corpus/markdown/manifest.json.
type corpusEntry struct {
	File      string `json:"file"`
	Product   string `json:"product"`
	Version   string `json:"version"`
	Operation string `json:"operation"`
	Style     string `json:"style"`
	Language  string `json:"language"`
}

// TestMarkdownCorpus scrapes every real Markdown page of the shared corpus on its own and
// checks that it gives one operation named and styled as the manifest says, in a spec that
// passes opspec validation and kin-openapi validation, with no page error. Product and
// version come from the page's debug link; flags are given only to pages without one.
func TestMarkdownCorpus(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "..", "shared", "corpus", "markdown")
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	var entries []corpusEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(entries) == 0 {
		t.Fatal("manifest lists no pages")
	}
	for _, e := range entries {
		t.Run(strings.TrimSuffix(e.File, ".md"), func(t *testing.T) {
			path := filepath.Join(dir, e.File)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var opts Options
			if !strings.Contains(string(raw), "api.aliyun.com/#product=") {
				opts = Options{Product: e.Product, Version: e.Version}
			}
			var warns []page.Warning
			s := New(opts, func(w page.Warning) { warns = append(warns, w) })
			if err := s.AddPath(path); err != nil {
				t.Fatal(err)
			}
			specs, err := s.Specs()
			if err != nil {
				t.Fatalf("scrape: %v", err)
			}
			if len(specs) != 1 || len(specs[0].Operations) != 1 {
				t.Fatalf("got %d specs, want one spec with one operation", len(specs))
			}
			spec, op := specs[0], specs[0].Operations[0]
			if !strings.EqualFold(spec.Product, e.Product) || spec.Version != e.Version {
				t.Errorf("product/version = %s/%s, manifest says %s/%s", spec.Product, spec.Version, e.Product, e.Version)
			}
			if op.Name != e.Operation {
				t.Errorf("operation = %q, manifest says %q", op.Name, e.Operation)
			}
			if string(op.Style) != e.Style {
				t.Errorf("style = %s, manifest says %s", op.Style, e.Style)
			}
			if op.Source.Lang != e.Language {
				t.Errorf("language = %q, manifest says %q", op.Source.Lang, e.Language)
			}
			for _, p := range op.Params {
				if op.Style == opspec.RPC && (p.Name == "Action" || p.Name == "Version") {
					t.Errorf("common parameter %s kept as a request parameter", p.Name)
				}
			}
			if op.Response == nil || len(op.Response.Properties) == 0 {
				t.Errorf("no response fields")
			}
			if err := spec.Validate(); err != nil {
				t.Errorf("opspec validation: %v", err)
			}
			doc, err := opspec.ToOpenAPI(spec)
			if err != nil {
				t.Fatalf("ToOpenAPI: %v", err)
			}
			if err := doc.Validate(context.Background()); err != nil {
				t.Errorf("kin-openapi validation: %v", err)
			}
			for _, w := range warns {
				t.Logf("warning: %s", w)
			}
		})
	}
}
