package client

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// memSink keeps rendered files in memory.
type memSink map[string][]byte

// WriteFile stores a copy of data under name; writing a name twice is an error.
func (m memSink) WriteFile(name string, data []byte) error {
	if _, dup := m[name]; dup {
		return fmt.Errorf("client: %s written twice", name)
	}
	m[name] = append([]byte(nil), data...)
	return nil
}

// Names lists the files, sorted.
func (m memSink) Names() []string { return slices.Sorted(maps.Keys(m)) }

func fixtures() map[string]*opspec.Spec {
	return map[string]*opspec.Spec{
		"fixture-eiam":      eiamFixture(),
		"fixture-rocketmq":  rocketmqFixture(),
		"fixture-developer": developerFixture(),
		"hostile":           hostileFixture(),
	}
}

func render(t testing.TB, s *opspec.Spec, pkg string) memSink {
	t.Helper()
	sink := memSink{}
	if err := Generate(s, Config{Package: pkg}, sink); err != nil {
		t.Fatal(err)
	}
	return sink
}

// compareGolden compares the files with golden/client/<dir>/<name>.golden (rewriting them
// with -update) and reports golden files of files no longer generated.
func compareGolden(t *testing.T, dir string, files memSink) {
	t.Helper()
	goldentest.CompareDir(t, filepath.Join(goldentest.ModuleRoot(t), "golden", "client", dir), files, ".golden", *update)
}

func TestGoldenFixtures(t *testing.T) {
	for name, s := range fixtures() {
		t.Run(name, func(t *testing.T) {
			compareGolden(t, name, render(t, s, ""))
		})
	}
}

// TestGoldenCommittedSpecs renders every committed spec (specs/*/*.yaml).
func TestGoldenCommittedSpecs(t *testing.T) {
	specs, _ := filepath.Glob(filepath.Join(goldentest.ModuleRoot(t), "specs", "*", "*.yaml"))
	if len(specs) == 0 {
		t.Skip("no committed specs")
	}
	for _, file := range specs {
		s, err := opspec.LoadFile(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		pkg := DefaultPackage(s)
		t.Run(pkg, func(t *testing.T) { compareGolden(t, pkg, render(t, s, "")) })
	}
}

func TestDeterministic(t *testing.T) {
	for name, s := range fixtures() {
		a, b := render(t, s, ""), render(t, s, "")
		if !cmp.Equal(a, b) {
			t.Errorf("%s: two runs differ", name)
		}
	}
}

// TestCompiles builds and vets every fixture's package in a directory inside the module.
func TestCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	root := goldentest.ModuleRoot(t)
	base := filepath.Join(root, "gen", "client", "testdata")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(base, "build-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	set := fileset.New()
	for name, s := range fixtures() {
		if err := Generate(s, Config{}, set.Sub(name)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := set.Apply(tmp); err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(root, tmp)
	for _, args := range [][]string{{"build"}, {"vet"}} {
		cmd := exec.Command("go", append(args, "./"+filepath.ToSlash(rel)+"/...")...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", args[0], err, out)
		}
	}
	out, err := exec.Command("gofmt", "-l", tmp).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Fatalf("gofmt -l: %v %s", err, out)
	}
}

func TestBadInput(t *testing.T) {
	if err := Generate(nil, Config{}, memSink{}); err == nil {
		t.Error("nil spec: no error")
	}
	if err := Generate(&opspec.Spec{Product: "X"}, Config{}, memSink{}); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("no version: %v", err)
	}
	if err := Generate(eiamFixture(), Config{Package: "not-a-name"}, memSink{}); err == nil || !strings.Contains(err.Error(), "not-a-name") {
		t.Errorf("bad package: %v", err)
	}
}

func BenchmarkGenerateDeveloperAPI(b *testing.B) {
	s, err := opspec.LoadFile(filepath.Join(goldentest.ModuleRoot(b), "specs", "eiam-developerapi", "2022-02-25.yaml"))
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Generate(s, Config{}, memSink{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGeneratedFilesOutsideGoGenerate: every generated file is in its package for a build
// and in none under the "generate" tag, so `go generate ./...` never lists one and does
// not stop when a run removes it as stale (ir.BuildConstraint).
func TestGeneratedFilesOutsideGoGenerate(t *testing.T) {
	dir := t.TempDir()
	files := render(t, eiamFixture(), "")
	for _, name := range files.Names() {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		goldentest.OutsideGoGenerate(t, dir, name)
	}
}
