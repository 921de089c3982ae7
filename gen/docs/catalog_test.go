package docs

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// renderCatalog renders the catalog over every fixture, each under its fixture name (the
// hostile one under a directory name that needs escaping).
func renderCatalog(t *testing.T) []byte {
	t.Helper()
	var names []string
	for name := range fixtures() {
		names = append(names, name)
	}
	sort.Strings(names)
	var items []CatalogItem
	for _, name := range names {
		dir := name + "/v1"
		if name == "hostile" {
			dir = "a dir (x)/v1"
		}
		items = append(items, CatalogItem{Spec: fixtures()[name], Dir: dir})
	}
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sink := newMemSink()
	if err := r.RenderCatalog(items, sink); err != nil {
		t.Fatal(err)
	}
	if len(sink.files) != 1 {
		t.Fatalf("catalog wrote %v, want only %s", sink.order, IndexFile)
	}
	return sink.files[IndexFile]
}

// TestCatalogGolden compares the catalog with golden/docs/catalog/README.md and checks
// that it is valid Markdown with one row per product version and working local links.
func TestCatalogGolden(t *testing.T) {
	got := renderCatalog(t)
	goldentest.Compare(t, filepath.Join(goldenDir, "catalog", IndexFile), got, *update)
	page := parseMarkdown(t, "catalog", got)
	if len(page.tables) != 1 || page.tables[0].rows != len(fixtures()) {
		t.Errorf("catalog tables = %+v, want one with %d rows", page.tables, len(fixtures()))
	}
	if !strings.Contains(string(got), "(a%20dir%20%28x%29/v1/README.md)") {
		t.Errorf("the directory with spaces and parentheses is not escaped in its link:\n%s", got)
	}
}

// TestCatalogOptionalInUserTemplates: a user's templates directory without catalog.md.tmpl
// still renders a catalog (the default one).
func TestCatalogOptionalInUserTemplates(t *testing.T) {
	fsys := tmplFS(map[string]string{IndexTemplate: "x", OperationTemplate: "y"})
	r, err := New(Options{Templates: fsys, TemplatesName: "mytmpl"})
	if err != nil {
		t.Fatal(err)
	}
	sink := newMemSink()
	if err := r.RenderCatalog([]CatalogItem{{Spec: fixtures()["roa-bearer"], Dir: "x/v"}}, sink); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(sink.files[IndexFile]), Header+"\n# API reference") {
		t.Errorf("catalog = %q, want the default template's", sink.files[IndexFile])
	}
}
