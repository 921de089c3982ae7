package goldentest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps errors and skips instead of failing the test.
type recorder struct {
	testing.TB
	errs    []string
	skipped bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}
func (r *recorder) Skipf(format string, a ...any) { r.skipped = true }

func TestCompare(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.txt")
	r := &recorder{TB: t}
	Compare(r, path, []byte("a\nb\n"), false)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "-update") {
		t.Fatalf("missing golden file: errors %q, want one naming -update", r.errs)
	}
	r = &recorder{TB: t}
	Compare(r, path, []byte("a\nb\n"), true)
	Compare(r, path, []byte("a\nb\n"), false)
	if len(r.errs) != 0 {
		t.Fatalf("after update: %q", r.errs)
	}
	Compare(r, path, []byte("a\nc\n"), false)
	if len(r.errs) != 1 {
		t.Fatalf("difference: errors %q, want one", r.errs)
	}
	if !strings.Contains(r.errs[0], path) || !strings.Contains(r.errs[0], "(-want +got)") || !strings.Contains(r.errs[0], `a\nc`) {
		t.Errorf("difference message lacks the path or the diff: %s", r.errs[0])
	}
}

func TestCompareDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "golden")
	files := map[string][]byte{"a.go": []byte("package a\n"), "sub/b.go": []byte("package b\n")}
	r := &recorder{TB: t}
	CompareDir(r, dir, files, ".golden", true)
	if _, err := os.Stat(filepath.Join(dir, "sub", "b.go.golden")); err != nil {
		t.Fatal(err)
	}
	CompareDir(r, dir, files, ".golden", false)
	if len(r.errs) != 0 {
		t.Fatalf("after update: %q", r.errs)
	}
	// A golden file nothing produces any more, and one output changed.
	if err := os.WriteFile(filepath.Join(dir, "old.go.golden"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	changed := map[string][]byte{"a.go": []byte("package a2\n"), "sub/b.go": files["sub/b.go"]}
	CompareDir(r, dir, changed, ".golden", false)
	if len(r.errs) != 2 || !strings.Contains(strings.Join(r.errs, "\n"), "old.go.golden: golden file of a file no longer produced") {
		t.Fatalf("errors %q, want a difference and a stale file", r.errs)
	}
	// Update removes the stale file.
	r = &recorder{TB: t}
	CompareDir(r, dir, changed, ".golden", true)
	CompareDir(r, dir, changed, ".golden", false)
	if len(r.errs) != 0 {
		t.Fatalf("after second update: %q", r.errs)
	}
}

func TestModuleRootAndShared(t *testing.T) {
	root := ModuleRoot(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Shared(r, "no-such-file-in-shared.txt")
	if !r.skipped {
		t.Error("a missing shared path did not skip")
	}
}
