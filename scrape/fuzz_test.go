package scrape

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
)

// maxSeed bounds a fuzz seed: the start of a page holds its title, headings and first
// tables, which is what the readers and extraction branch on.
const maxSeed = 1536

// FuzzExtract runs every reader and extraction over arbitrary bytes: they may fail with an
// error but never panic, and every warning names the file.
func FuzzExtract(f *testing.F) {
	root := repoRoot(f)
	for _, glob := range []string{"specs/*/pages/*.txt", "golden/pages/*.txt", "golden/mdpages/*.md"} {
		files, _ := filepath.Glob(filepath.Join(root, glob))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				// small seeds: the fuzzer minimizes every interesting input by re-running
				// it, so whole pages made each minimization take minutes
				f.Add(data[:min(len(data), maxSeed)])
			}
		}
	}
	f.Add([]byte{})
	f.Add([]byte("\x00\x01binary"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fm := range formats {
			p, err := fm.reader.Read("fuzz"+fm.exts[0], data)
			if err != nil {
				continue
			}
			res, err := extract.Page(p)
			if err != nil || res == nil {
				continue
			}
			for _, w := range res.Warnings {
				if w.File == "" {
					t.Fatalf("warning without file: %+v", w)
				}
			}
			s := New(Options{Product: "P", Version: "2020-01-01"}, nil)
			s.AddPage(p, "fuzz")
			_, _ = s.Specs() // errors are allowed; panics are not
		}
	})
}
