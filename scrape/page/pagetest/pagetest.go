// Package pagetest holds what the tests of the page readers (htmlpage, mdpage) share: the
// golden test of a directory of pages against their page models, the fuzz test seeded
// with the same pages, and the benchmark over them. One copy, so the readers are held to
// the same rules.
package pagetest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/scrape/page"
)

// Golden reads every file matching glob with r, a subtest each, and compares the page
// model as indented JSON with the golden file beside it: the file's name with .page.json
// for its extension. With update it rewrites the golden files instead. No file matching
// glob is an error: the golden pages are committed.
func Golden(t *testing.T, glob string, r page.Reader, update bool) {
	t.Helper()
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		t.Fatalf("no golden pages %s", glob)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := r.Read(filepath.Base(f), data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			goldentest.Compare(t, strings.TrimSuffix(f, filepath.Ext(f))+".page.json", got, update)
		})
	}
}

// BenchRead reads the files matching glob with r, one page an iteration, in turn;
// pages/s = 1e9 / (ns/op), and the bytes per op are a page's mean size.
func BenchRead(b *testing.B, glob string, r page.Reader) {
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		b.Fatalf("no pages %s", glob)
	}
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	name := "bench" + filepath.Ext(files[0])
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Read(name, pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
}

// Fuzz seeds f with the files matching glob and with extra, and checks that r never
// panics and that every table row of a page it reads has a cell for each header cell.
func Fuzz(f *testing.F, glob string, r page.Reader, extra ...[]byte) {
	files, _ := filepath.Glob(glob)
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, data := range extra {
		f.Add(data)
	}
	name := "fuzz" + filepath.Ext(glob)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := r.Read(name, data)
		if err != nil {
			return
		}
		for _, s := range p.Sections {
			for _, b := range s.Blocks {
				if b.Kind != page.TableBlock {
					continue
				}
				for _, row := range b.Table.Rows {
					if len(row.Cells) != len(b.Table.Header) {
						t.Fatalf("row at line %d has %d cells for %d columns", row.Line, len(row.Cells), len(b.Table.Header))
					}
				}
			}
		}
	})
}
