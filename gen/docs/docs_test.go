package docs

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
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
			sink := render(t, name)
			dir := filepath.Join(goldenDir, name)
			if *update {
				if err := os.RemoveAll(dir); err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				for n, b := range sink.files {
					if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatalf("%v (run go test ./gen/docs -update)", err)
			}
			var onDisk []string
			for _, e := range entries {
				onDisk = append(onDisk, e.Name())
			}
			sort.Strings(onDisk)
			if d := cmp.Diff(onDisk, sink.names()); d != "" {
				t.Errorf("files differ from %s (-golden +got):\n%s", dir, d)
			}
			for n, got := range sink.files {
				want, err := os.ReadFile(filepath.Join(dir, n))
				if err != nil {
					continue // reported above
				}
				if d := cmp.Diff(string(want), string(got)); d != "" {
					t.Errorf("%s/%s differs (-golden +got):\n%s", name, n, d)
				}
			}
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
