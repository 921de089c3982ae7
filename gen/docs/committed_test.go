package docs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// TestCommittedSpecs renders every committed spec (specs/*/*.yaml) and runs the Markdown
// checks over the result, and over the committed docs under docs/reference/: real scraped
// text must render as valid tables too.
func TestCommittedSpecs(t *testing.T) {
	files, err := filepath.Glob("../../specs/*/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no committed specs")
	}
	for _, f := range files {
		spec, err := opspec.LoadFile(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		sink := newMemSink()
		if err := Render(spec, sink, Options{}); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, n := range sink.names() {
			parseMarkdown(t, f+" → "+n, sink.files[n])
		}
	}
	committed, _ := filepath.Glob("../../docs/reference/*/*/*.md")
	for _, f := range committed {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parseMarkdown(t, f, b)
	}
}
