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
// validates it) and carries every operation and every region of the metadata.
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
				Info      struct{ Product, Version, Style string }
				APIs      map[string]json.RawMessage
				Endpoints []struct{ RegionID, Endpoint string }
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
			hosts := map[string]string{}
			for _, e := range sp.Endpoints {
				hosts[e.Region] = e.Host
			}
			for _, e := range meta.Endpoints {
				if h := hosts[e.RegionID]; h != strings.TrimSpace(e.Endpoint) {
					t.Errorf("region %s: host %q, metadata %q", e.RegionID, h, e.Endpoint)
				}
			}
			if len(meta.Endpoints) == 0 || len(hosts) != len(meta.Endpoints) {
				t.Errorf("%d regions, metadata lists %d", len(hosts), len(meta.Endpoints))
			}
			if sp.Product != meta.Info.Product || sp.Version != meta.Info.Version || string(sp.Style) != meta.Info.Style {
				t.Errorf("spec %s %s %s, metadata %+v", sp.Product, sp.Version, sp.Style, meta.Info)
			}
			t.Logf("%s %s: %d operations, %d regions, auth %s", sp.Product, sp.Version, len(sp.Operations), len(sp.Endpoints), sp.Auth)
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

// TestDiffMetadata: gen diff reads api-docs.json files as inputs (two snapshots of the
// official metadata), and tells them from OpenAPI JSON specs.
func TestDiffMetadata(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "golden", "metadata", "demo-rpc", "api-docs.json"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	old := filepath.Join(tmp, "old", "api-docs.json")
	rev := filepath.Join(tmp, "new.json") // a metadata file by content, not name
	changed := strings.Replace(string(data), `"name": "Fields"`, `"name": "FieldList"`, 1)
	if changed == string(data) {
		t.Fatal("fixture changed: no Fields parameter")
	}
	for f, d := range map[string]string{old: string(data), rev: changed} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(d), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runGen("diff", "--fail-on", "breaking", old, rev)
	if code != 1 || !strings.Contains(stdout, "Fields") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// An OpenAPI JSON spec is still a spec.
	spec := filepath.Join(tmp, "spec.json")
	if code, _, stderr := runGen("scrape", "-o", spec, old); code != 0 {
		t.Fatal(stderr)
	}
	if code, stdout, stderr := runGen("diff", "--fail-on", "any", spec, old); code != 0 {
		t.Fatalf("spec vs its own metadata: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestAllMetadata: a product in acsgen.yaml whose pages are an api-docs.json is regenerated by
// gen all like one from pages.
func TestAllMetadata(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "golden", "metadata", "demo-roa", "api-docs.json"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	cfg := "products:\n  - product: Demo-roa\n    version: \"2024-02-01\"\n    pages: [api-docs.json]\n    client: \"-\"\n    mock: \"-\"\n"
	if err := os.WriteFile(filepath.Join(tmp, "api-docs.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "acsgen.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runGen("all", "-config", filepath.Join(tmp, "acsgen.yaml")); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	sp, err := opspec.LoadFile(filepath.Join(tmp, "specs", "demo-roa", "2024-02-01.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sp.Operations) != 3 || sp.Auth != opspec.AuthBearer {
		t.Errorf("%d operations, auth %s", len(sp.Operations), sp.Auth)
	}
	if _, err := os.Stat(filepath.Join(tmp, "docs", "reference", "demo-roa", "2024-02-01", "CreateAccount.md")); err != nil {
		t.Error(err)
	}
	if code, _, stderr := runGen("all", "-config", filepath.Join(tmp, "acsgen.yaml"), "--check"); code != 0 {
		t.Fatalf("--check: exit %d\n%s", code, stderr)
	}
}
