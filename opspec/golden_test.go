package opspec

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden pins the serialized form of the rich fixture, so any change to the format is
// a reviewed diff of golden/opspec/rich.yaml.
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, format string }{{"rich.yaml", "yaml"}, {"rich.json", "json"}} {
		got, err := Marshal(richSpec(), tc.format)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "golden", "opspec", tc.name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./opspec -update)", err)
		}
		if d := cmp.Diff(string(want), string(got)); d != "" {
			t.Errorf("%s differs (-want +got):\n%s", path, d)
		}
		// The golden file itself loads back to the fixture.
		s, err := Load(want, path)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(richSpec(), s); d != "" {
			t.Errorf("Load(%s) differs from the fixture (-want +got):\n%s", path, d)
		}
	}
}
