package docs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/gobuild"
	"github.com/acsgen/acsgen/opspec"
)

// goFence returns the body of the first ```go block of a page.
func goFence(page string) (string, bool) {
	_, rest, ok := strings.Cut(page, "\n```go\n")
	if !ok {
		return "", false
	}
	body, _, ok := strings.Cut(rest, "\n```\n")
	return body + "\n", ok
}

// TestExamplesCompile renders the committed specs and builds every page's Go example
// against the committed generated client (generated/<pkg>/) with `go build -overlay`, so
// the docs cannot drift from the client's names, fields and options.
func TestExamplesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	goTool := gobuild.Tool(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "specs", "*", "*.yaml"))
	tmp := t.TempDir()
	overlay := map[string]string{}
	var pkgs []string
	for _, f := range files {
		spec, err := opspec.LoadFile(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		r, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		sink := newMemSink()
		if err := r.Render(spec, sink); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pkgDir := filepath.Join(root, "generated", r.packageName(spec))
		if _, err := os.Stat(pkgDir); err != nil {
			t.Logf("%s: no generated client at %s; its examples are not built", f, pkgDir)
			continue
		}
		for _, n := range sink.names() {
			src, ok := goFence(string(sink.files[n]))
			if n == IndexFile {
				continue
			}
			if !ok {
				t.Errorf("%s %s: no Go example", f, n)
				continue
			}
			id := fmt.Sprintf("zzdocexample%d", len(pkgs))
			file := filepath.Join(tmp, id+".go")
			if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			overlay[filepath.Join(root, "generated", id, "main.go")] = file
			pkgs = append(pkgs, "./generated/"+id)
			t.Logf("%s %s → %s", spec.Key(), n, id)
		}
	}
	if len(pkgs) == 0 {
		t.Skip("no generated clients to build examples against")
	}
	bin := filepath.Join(tmp, "bin") + string(filepath.Separator)
	if out, err := gobuild.Overlay(t, goTool, root, overlay, append([]string{"-o", bin}, pkgs...)...); err != nil {
		t.Errorf("examples do not build against the generated clients: %v\n%s", err, out)
	}
}
