package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

// TestScrapeMetadataCorpus: `gen scrape -o x.yaml api-docs.json` over the eight official
// metadata files of ../shared/corpus/metadata writes a spec that loads (kin-openapi
// validates it) and carries every operation of the metadata.
func TestScrapeMetadataCorpus(t *testing.T) {
	dir := goldentest.Shared(t, "corpus", "metadata")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "api-docs.json"))
	if len(files) == 0 {
		t.Skipf("no api-docs.json under %s", dir)
	}
	tmp := t.TempDir()
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		name := filepath.ToSlash(filepath.Dir(rel))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var meta struct {
				Info struct{ Product, Version, Style string }
				APIs map[string]json.RawMessage
			}
			if err := json.Unmarshal(data, &meta); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(tmp, strings.ReplaceAll(name, "/", "-")+".yaml")
			code, _, stderr := runGen("scrape", "-o", out, f)
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "scrape: 1 pages read, 0 failed") {
				t.Errorf("summary: %s", lastLine(stderr))
			}
			sp, err := opspec.LoadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if err := sp.Validate(); err != nil {
				t.Fatal(err)
			}
			if len(sp.Operations) != len(meta.APIs) {
				t.Errorf("%d operations, metadata has %d", len(sp.Operations), len(meta.APIs))
			}
			for _, op := range sp.Operations {
				if _, ok := meta.APIs[op.Name]; !ok {
					t.Errorf("operation %s is not in the metadata", op.Name)
				}
			}
			if sp.Product != meta.Info.Product || sp.Version != meta.Info.Version || string(sp.Style) != meta.Info.Style {
				t.Errorf("spec %s %s %s, metadata %+v", sp.Product, sp.Version, sp.Style, meta.Info)
			}
			t.Logf("%s %s: %d operations, auth %s", sp.Product, sp.Version, len(sp.Operations), sp.Auth)
		})
	}
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndex(s, "\n")+1:]
}

// TestScrapeMetadataBad: a broken api-docs.json fails with its file and JSON path, exit 1.
func TestScrapeMetadataBad(t *testing.T) {
	tmp := t.TempDir()
	f := filepath.Join(tmp, "api-docs.json")
	bad := `{"info":{"style":"RPC","product":"P","version":"1"},"apis":{"A":{"methods":["post"],"parameters":[{"name":"X","in":"cookie","schema":{}}]}}}`
	if err := os.WriteFile(f, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runGen("scrape", "-o", filepath.Join(tmp, "x.yaml"), f)
	if code != 1 || !strings.Contains(stderr, filepath.ToSlash(f)+`: $.apis.A.parameters[0].in: unknown parameter location "cookie"`) {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
}
