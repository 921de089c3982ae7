package fileset

import (
	"os"
	"path/filepath"
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
