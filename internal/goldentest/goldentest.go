// Package goldentest compares test output with golden files under golden/: one copy of
// the compare-or-rewrite logic every package with goldens used to carry. Each test
// package keeps its own -update flag (flag.Bool("update", false, "rewrite golden files"))
// and passes its value in; a difference is a test error showing a go-cmp diff (-want
// +got).
package goldentest

import (
	"bytes"
	"go/build"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Compare compares got with the golden file at path. With update it writes got there
// instead (creating the directory) and compares nothing.
func Compare(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v (rewrite the golden files with go test -update)", err)
		return
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// CompareDir compares a set of outputs (slash-separated name → content) with the golden
// directory dir, where output name is stored as name+suffix: each output with its file,
// and every golden file without an output is an error (a file no longer produced). With
// update it replaces the directory's content with the outputs.
func CompareDir(t testing.TB, dir string, files map[string][]byte, suffix string, update bool) {
	t.Helper()
	if update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for _, name := range slices.Sorted(maps.Keys(files)) {
			write(t, filepath.Join(dir, filepath.FromSlash(name+suffix)), files[name])
		}
		return
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		Compare(t, filepath.Join(dir, filepath.FromSlash(name+suffix)), files[name], false)
	}
	var stale []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name, ok := strings.CutSuffix(filepath.ToSlash(rel), suffix)
		if _, produced := files[name]; !ok || !produced {
			stale = append(stale, p)
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Errorf("golden directory %s: %v", dir, err)
	}
	for _, p := range stale {
		t.Errorf("%s: golden file of a file no longer produced (rewrite with go test -update)", p)
	}
}

// ModuleRoot is the directory holding go.mod, found upwards from the test's working
// directory (its package directory).
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// Shared is a path inside the shared research directory that sits beside the module root
// (../shared from the root). The test is skipped when that path does not exist: the
// shared directory is not part of every checkout.
func Shared(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{filepath.Dir(ModuleRoot(t)), "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// OutsideGoGenerate fails t unless the generated file dir/name is in its package for a
// plain build and in none under the "generate" build tag, so that `go generate ./...`
// never lists it and does not stop when a run removes it as stale.
func OutsideGoGenerate(t testing.TB, dir, name string) {
	t.Helper()
	plain, generate := build.Default, build.Default
	generate.BuildTags = []string{"generate"}
	if ok, err := plain.MatchFile(dir, name); !ok || err != nil {
		t.Errorf("%s is not built: %v", name, err)
	}
	if ok, err := generate.MatchFile(dir, name); ok || err != nil {
		t.Errorf("go generate would list %s (err %v)", name, err)
	}
}
