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

// TestClaimOrphans: in a claimed tree, generated files that the set does not produce are
// Orphaned (not those an owned directory decides, not hand-written ones); Apply leaves
// them, Prune removes them and the directories that leaves empty, never a hand-written file
// or the directory holding it.
func TestClaimOrphans(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	write("out/kept/a.go", "// GEN\n")
	write("out/kept/old.go", "// GEN\n")   // decided by Own: Removed
	write("out/gone/a.go", "// GEN\n")     // orphaned
	write("out/gone/sub/b.go", "// GEN\n") // orphaned, its directory left empty
	write("out/mixed/c.go", "// GEN\n")    // orphaned
	write("out/mixed/helper.go", "mine\n") // hand-written: stays, and so does mixed/
	generated := func(file string) bool {
		data, err := os.ReadFile(file)
		return err == nil && strings.HasPrefix(string(data), "// GEN\n")
	}
	s := New()
	s.Own("out/kept", func(base string) bool { return generated(filepath.Join(root, "out/kept", base)) })
	s.Claim("out", generated)
	s.Claim("absent", generated) // a claimed tree that does not exist is empty
	s.Sub("out/kept").WriteFile("a.go", []byte("// GEN\n"))
	changes, err := s.Apply(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []Change{{"out/gone/a.go", Orphaned}, {"out/gone/sub/b.go", Orphaned}, {"out/kept/old.go", Removed}, {"out/mixed/c.go", Orphaned}}
	if d := cmp.Diff(want, changes); d != "" {
		t.Fatalf("Apply (-want +got):\n%s", d)
	}
	if _, err := os.Stat(filepath.Join(root, "out/gone/a.go")); err != nil {
		t.Fatalf("Apply removed an orphan: %v", err)
	}
	pruned, err := s.Prune(root, changes)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].Kind = Removed
	}
	if d := cmp.Diff(want, pruned); d != "" {
		t.Fatalf("Prune (-want +got):\n%s", d)
	}
	for _, gone := range []string{"out/gone", "out/mixed/c.go"} {
		if _, err := os.Stat(filepath.Join(root, gone)); err == nil {
			t.Errorf("Prune left %s", gone)
		}
	}
	for _, stays := range []string{"out/mixed/helper.go", "out/kept/a.go"} {
		if _, err := os.Stat(filepath.Join(root, stays)); err != nil {
			t.Errorf("Prune removed %s: %v", stays, err)
		}
	}
	if got, err := s.Diff(root); err != nil || len(got) != 0 {
		t.Errorf("after Prune, diff = %v, %v", got, err)
	}
}

// TestClaimWholeTree: a claim of the root itself walks everything but the directories the go
// tool ignores (a golden in testdata carries the header too, and is not output), and Prune
// removes the directories it empties up to, not including, the root.
func TestClaimWholeTree(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"gen/x/a.go", "gen/testdata/golden.go", ".cache/b.go", "_old/c.go", "example/go.mod", "example/gen/d.go"} {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("// GEN\n"), 0o644)
	}
	s := New()
	s.Claim(".", func(file string) bool {
		data, err := os.ReadFile(file)
		return err == nil && strings.HasPrefix(string(data), "// GEN\n")
	})
	changes, err := s.Diff(root)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]Change{{"gen/x/a.go", Orphaned}}, changes); d != "" {
		t.Fatalf("Diff (-want +got):\n%s", d)
	}
	if _, err := s.Prune(root, changes); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "gen/x")); err == nil {
		t.Error("Prune left the emptied gen/x")
	}
	// a nested module's generated files are its own configuration's, as ./... leaves it out
	for _, stays := range []string{"gen/testdata/golden.go", ".cache/b.go", "_old/c.go", "example/gen/d.go"} {
		if _, err := os.Stat(filepath.Join(root, stays)); err != nil {
			t.Errorf("Prune removed %s: %v", stays, err)
		}
	}
}
