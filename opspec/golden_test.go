package opspec

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/internal/goldentest"
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
		goldentest.Compare(t, path, got, *update)
		// The serialized form (the golden file, when the comparison passes) loads back to
		// the fixture.
		s, err := Load(got, path)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(richSpec(), s); d != "" {
			t.Errorf("Load(%s) differs from the fixture (-want +got):\n%s", path, d)
		}
	}
}
