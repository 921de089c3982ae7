package apidocs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// TestCorpusMetadata reads the eight api-docs.json files of ../shared/corpus/metadata: each
// converts, validates (opspec lint errors and kin-openapi) and keeps every operation.
func TestCorpusMetadata(t *testing.T) {
	dir := filepath.Join(goldentest.Shared(t), "corpus", "metadata")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "api-docs.json"))
	if len(files) == 0 {
		t.Skipf("no api-docs.json under %s", dir)
	}
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		t.Run(filepath.ToSlash(filepath.Dir(rel)), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Read(filepath.ToSlash(rel), data)
			if err != nil {
				t.Fatal(err)
			}
			root, _ := parse(data)
			if got, want := len(res.Spec.Operations), len(root.Get("apis").Keys); got != want {
				t.Errorf("%d operations, metadata has %d", got, want)
			}
			if err := res.Spec.Validate(); err != nil {
				t.Fatalf("lint: %v", err)
			}
			t.Logf("%s %s %s auth %s: %d operations, %d groups, %d endpoints, %d warnings",
				res.Spec.Product, res.Spec.Version, res.Spec.Style, res.Spec.Auth, len(res.Spec.Operations), len(res.Spec.Groups), len(res.Spec.Endpoints), len(res.Warnings))
		})
	}
}
