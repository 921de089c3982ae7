package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// TestMetadataGenerates imports each of the eight official metadata files of
// ../shared/corpus/metadata and generates client, mock and docs from the spec, then builds
// and vets the generated packages (in a temporary directory inside the module). ECS and VPC
// (about 70,000 generated lines each) take a minute or two more on a busy machine: they run
// with ACSGEN_METADATA_ALL=1.
func TestMetadataGenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and vets eight products")
	}
	dir := goldentest.Shared(t, "corpus", "metadata")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "api-docs.json"))
	if len(files) == 0 {
		t.Skipf("no api-docs.json under %s", dir)
	}
	root := goldentest.ModuleRoot(t)
	base := filepath.Join(root, "cmd", "gen", "testdata")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(base, "metadata-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	for _, f := range files {
		name := filepath.Base(filepath.Dir(filepath.Dir(f)))
		if (name == "ecs" || name == "vpc") && os.Getenv("ACSGEN_METADATA_ALL") == "" {
			t.Logf("%s skipped (ACSGEN_METADATA_ALL=1 includes it)", name)
			continue
		}
		spec := filepath.Join(tmp, name+".yaml")
		pkg := filepath.Join(tmp, strings.ReplaceAll(name, "-", ""))
		for _, args := range [][]string{
			{"scrape", "-o", spec, f},
			{"client", "--spec", spec, "--out", pkg},
			{"mock", "--spec", spec, "--out", filepath.Join(pkg, "mockserver")},
			{"docs", "--spec", spec, "--out", filepath.Join(tmp, "docs", name)},
		} {
			if code, _, stderr := runGen(args...); code != 0 {
				t.Fatalf("gen %s: exit %d\n%s", strings.Join(args, " "), code, lastLine(stderr))
			}
		}
		if _, err := os.Stat(filepath.Join(tmp, "docs", name)); err != nil {
			t.Errorf("%s: no docs: %v", name, err)
		}
	}
	rel, _ := filepath.Rel(root, tmp)
	cmd := exec.Command("go", "vet", "./"+filepath.ToSlash(rel)+"/...")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
}
