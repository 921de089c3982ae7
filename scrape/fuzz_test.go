package scrape

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// maxSeed bounds a fuzz seed: the start of a page holds its title, headings and first
// tables, which is what the readers and extraction branch on.
const maxSeed = 1536

// panicNote is in the error of a page whose reading or extraction panicked (recoverPage).
const panicNote = "(please report it): panic: "

// FuzzExtract runs every reader and extraction over arbitrary bytes: they may fail with an
// error but never panic, not even one the scraper would recover (a page that fails that way
// is a bug, not bad input); extraction leaves the page as read and gives the same result
// twice, every warning names the file and a line inside the input, and every spec scraped reads
// back from its OpenAPI form (what gen scrape writes, the other commands load).
func FuzzExtract(f *testing.F) {
	root := repoRoot(f)
	for _, glob := range []string{"specs/*/pages/*.txt", "golden/pages/*.txt", "golden/mdpages/*.md", "golden/htmlpages/*.html"} {
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
		lines := pagetest.Lines(data)
		for _, fm := range builtinFormats() {
			name := "fuzz" + fm.exts[0]
			p, err := fm.reader.Read(name, data)
			if err != nil {
				continue
			}
			read, _ := fm.reader.Read(name, data)
			res, err := extract.Page(p)
			if !reflect.DeepEqual(p, read) {
				t.Fatalf("%s: extraction changed the page it read", fm.name)
			}
			res2, err2 := extract.Page(read)
			if fmt.Sprint(err) != fmt.Sprint(err2) || !reflect.DeepEqual(res, res2) {
				t.Fatalf("%s: extraction gives another result the second time (errors %v / %v)", fm.name, err, err2)
			}
			if res != nil {
				for _, w := range res.Warnings {
					if w.File != name || w.Line < 0 || w.Line > lines {
						t.Fatalf("%s: warning not placed in %s (%d lines): %+v", fm.name, name, lines, w)
					}
				}
			}
			if err != nil || res == nil {
				continue
			}
			sc := New(Options{Product: "P", Version: "2020-01-01"}, nil)
			sc.AddPage(p, "fuzz")
			specs, err := sc.Specs()
			if err != nil && strings.Contains(err.Error(), panicNote) {
				t.Fatalf("%s: %v", fm.name, err) // other errors are allowed
			}
			for _, sp := range specs {
				doc, err := opspec.ToOpenAPI(sp)
				if err == nil {
					_, err = opspec.FromOpenAPI(doc)
				}
				if err != nil {
					t.Fatalf("%s: the spec scraped does not read back: %v", fm.name, err)
				}
			}
		}
	})
}
