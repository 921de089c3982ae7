package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/acsgen/acsgen/internal/gobuild"
	"github.com/acsgen/acsgen/internal/goldentest"
)

// TestMetadataGenerates imports each of the eight official metadata files of
// ../shared/corpus/metadata (skipping where it is absent), generates client, mock and docs
// from each spec into a temporary directory, and runs `go build` and then `go vet` over the
// sixteen generated packages. The packages form a module of their own in the temporary
// directory, used beside the project in a temporary go.work (GOWORK), so nothing is written
// outside the temporary directory but the build cache. Both commands inherit the caller's
// GOCACHE and GOFLAGS (no -trimpath or other flag of their own), so they share the compiled
// standard library and project packages with `go test` itself, and vet reuses what build
// compiled. It runs by default: about 2.5 minutes on the shared 2-core machine (December 2026),
// nearly all of it compiling the generated ECS and VPC packages; -short skips it.
func TestMetadataGenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("generates, builds and vets eight products")
	}
	goTool := gobuild.Tool(t)
	dir := goldentest.Shared(t, "corpus", "metadata")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "api-docs.json"))
	if len(files) == 0 {
		t.Skipf("no api-docs.json under %s", dir)
	}
	tmp := t.TempDir()
	const modPath = "example.com/metadatabuild"
	var pkgs []string
	start := time.Now()
	for _, f := range files {
		name := filepath.Base(filepath.Dir(filepath.Dir(f)))
		id := strings.ReplaceAll(name, "-", "")
		spec := filepath.Join(tmp, name+".yaml")
		pkg := filepath.Join(tmp, "go", id)
		docs := filepath.Join(tmp, "docs", name)
		for _, args := range [][]string{
			{"scrape", "-o", spec, f},
			{"client", "--spec", spec, "--out", pkg},
			{"mock", "--spec", spec, "--out", filepath.Join(pkg, "mockserver"),
				"--client", modPath + "/" + id},
			{"docs", "--spec", spec, "--out", docs},
		} {
			if code, _, stderr := runGen(args...); code != 0 {
				t.Fatalf("gen %s: exit %d\n%s", strings.Join(args, " "), code, lastLine(stderr))
			}
		}
		if pages, _ := filepath.Glob(filepath.Join(docs, "*")); len(pages) == 0 {
			t.Errorf("%s: gen docs wrote nothing", name)
		}
		pkgs = append(pkgs, "./"+id, "./"+id+"/mockserver")
	}
	t.Logf("imported and generated %d products in %s", len(files), time.Since(start).Round(time.Second))
	// The generated packages form a module of their own, beside the project's in a workspace.
	mod, env := tempModule(t, tmp, modPath)
	for _, verb := range []string{"build", "vet"} {
		start := time.Now()
		cmd := exec.Command(goTool, append([]string{verb}, pkgs...)...)
		cmd.Dir = mod
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", verb, err, out)
		}
		t.Logf("go %s of %d packages: %s", verb, len(pkgs), time.Since(start).Round(time.Second))
	}
}
