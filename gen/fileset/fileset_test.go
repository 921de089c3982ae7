package fileset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDiffApply(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	write("gen/a.go", "same")
	write("gen/b.go", "old")
	write("gen/old.go", "gone")
	write("gen/e2e_test.go", "hand-written")
	write("docs/x.md", "x")

	s := New()
	s.Own("gen", GoFiles)
	g := s.Sub("gen")
	g.WriteFile("a.go", []byte("same"))
	g.WriteFile("b.go", []byte("new"))
	g.WriteFile("c.go", []byte("added"))
	if err := g.WriteFile("c.go", []byte("again")); err == nil {
		t.Error("writing a file twice must fail")
	}
	want := []Change{{"gen/b.go", "modified"}, {"gen/c.go", "added"}, {"gen/old.go", "removed"}}
	got, err := s.Diff(root)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("diff (-want +got):\n%s", d)
	}
	if _, err := s.Apply(root); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Diff(root); len(got) != 0 {
		t.Errorf("after Apply, diff = %v", got)
	}
	if _, err := os.Stat(filepath.Join(root, "gen/e2e_test.go")); err != nil {
		t.Errorf("hand-written test removed: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "docs/x.md")); err != nil {
		t.Errorf("file outside owned dirs removed: %v", err)
	}
}

// TestKeptByContent: in a directory owned by content, a file on disk that the predicate
// rejects is the user's even where the set holds a file of that name: Diff reports it as
// Kept (not a change), Apply leaves its bytes, and a generated one beside it is updated.
func TestKeptByContent(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "pkg")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "mine.go"), []byte("package p // taken over\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "gen.go"), []byte("// GEN\npackage p // old\n"), 0o644)
	generated := func(base string) bool {
		data, err := os.ReadFile(filepath.Join(dir, base))
		return err == nil && strings.HasPrefix(string(data), "// GEN\n")
	}
	s := New()
	s.Own("pkg", generated)
	s.Sub("pkg").WriteFile("mine.go", []byte("// GEN\npackage p\n"))
	s.Sub("pkg").WriteFile("gen.go", []byte("// GEN\npackage p\n"))
	s.Sub("pkg").WriteFile("new.go", []byte("// GEN\npackage p\n"))
	want := []Change{{"pkg/gen.go", Modified}, {"pkg/mine.go", Kept}, {"pkg/new.go", Added}}
	got, err := s.Apply(root)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Apply (-want +got):\n%s", d)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "mine.go")); string(data) != "package p // taken over\n" {
		t.Errorf("the user's file was overwritten: %q", data)
	}
	if got, _ := s.Diff(root); !cmp.Equal(got, []Change{{"pkg/mine.go", Kept}}) {
		t.Errorf("after Apply, Diff = %v, want only the kept file", got)
	}
	if got[0].Changed() != true || (Change{"x", Kept}).Changed() {
		t.Error("Changed: only Kept changes nothing")
	}
}
