package docs

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/internal/goldentest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir is golden/docs at the module root.
const goldenDir = "../../golden/docs"

func render(t *testing.T, name string) *memSink {
	t.Helper()
	sink := newMemSink()
	if err := Render(fixtures()[name], sink, Options{}); err != nil {
		t.Fatalf("Render %s: %v", name, err)
	}
	return sink
}

// TestGolden renders every fixture and compares each file with golden/docs/<fixture>/;
// -update rewrites them (and removes files no longer produced).
func TestGolden(t *testing.T) {
	for name := range fixtures() {
		t.Run(name, func(t *testing.T) {
			goldentest.CompareDir(t, filepath.Join(goldenDir, name), render(t, name).files, "", *update)
		})
	}
}

// TestDeterministic renders each fixture twice, with a new renderer each time, and wants
// the same bytes in the same order.
func TestDeterministic(t *testing.T) {
	for name := range fixtures() {
		a, b := render(t, name), render(t, name)
		if d := cmp.Diff(a.order, b.order); d != "" {
			t.Errorf("%s: write order differs:\n%s", name, d)
		}
		for n := range a.files {
			if string(a.files[n]) != string(b.files[n]) {
				t.Errorf("%s: %s differs between two renders", name, n)
			}
		}
	}
}
