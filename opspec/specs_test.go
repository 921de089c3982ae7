package opspec

import (
	"path/filepath"
	"testing"
)

// TestCommittedSpecs loads every committed spec and checks it has no model errors; that the
// files are in canonical form is gen all -check's business.
func TestCommittedSpecs(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "specs", "*", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no committed specs")
	}
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f)), func(t *testing.T) {
			s, err := LoadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(); err != nil {
				t.Errorf("model errors: %v", err)
			}
			for _, p := range s.Lint() {
				t.Logf("%v", p)
			}
		})
	}
}
