package mock

import (
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// committedSpecs loads specs/*/*.yaml from the repository.
func committedSpecs(t testing.TB) []*opspec.Spec {
	t.Helper()
	files, _ := filepath.Glob("../../specs/*/*.yaml")
	if len(files) == 0 {
		t.Skip("no committed specs")
	}
	var out []*opspec.Spec
	for _, f := range files {
		s, err := opspec.LoadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func TestCommittedSpecResponsesFitSchemas(t *testing.T) { checkAllResponses(t, committedSpecs(t)) }
