// Package pagetest holds what the tests of the page readers (htmlpage, mdpage) share: the
// golden test of a directory of pages against their page models, the fuzz test seeded
// with the same pages, and the benchmark over them. One copy, so the readers are held to
// the same rules.
package pagetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
// panics, that reading the same bytes twice gives the same page or the same error, and
// that every page it reads is well formed (Check).
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
		again, err2 := r.Read(name, data)
		if fmt.Sprint(err) != fmt.Sprint(err2) {
			t.Fatalf("the same input read twice gives different errors: %v / %v", err, err2)
		}
		if err != nil {
			return
		}
		if !reflect.DeepEqual(p, again) {
			t.Fatal("the same input read twice gives different pages")
		}
		Check(t, name, data, p)
	})
}

// Lines bounds the number of lines of data: one more than its line-end bytes ('\n' and
// '\r', so a CRLF counts twice). The bound holds whatever encoding page.Decode reads data
// in, since every line end it keeps is one of those bytes in the input.
func Lines(data []byte) int {
	return 1 + bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{'\r'})
}

// Check fails t when p, read from data as the file name, is not well formed: a table
// whose columns are not its header's, a row without a cell for each header cell, a
// section, block, row or warning placed outside the input's lines, or a warning that does
// not name the file. A place that cannot be found is a wrong message, not a panic, so the
// fuzz tests of every reader hold it.
func Check(t testing.TB, name string, data []byte, p *page.Page) {
	t.Helper()
	lines := Lines(data)
	at := func(what string, line int) {
		t.Helper()
		if line < 0 || line > lines {
			t.Fatalf("%s at line %d, outside the input's %d lines", what, line, lines)
		}
	}
	at("title", p.TitleLine)
	for _, s := range p.Sections {
		at("section", s.Line)
		for _, b := range s.Blocks {
			at("block", b.Line)
			if b.Kind != page.TableBlock {
				continue
			}
			if b.Table == nil {
				t.Fatalf("table block at line %d without a table", b.Line)
			}
			at("table", b.Table.Line)
			if len(b.Table.Columns) != len(b.Table.Header) {
				t.Fatalf("table at line %d: %d columns for %d header cells", b.Table.Line, len(b.Table.Columns), len(b.Table.Header))
			}
			for _, row := range b.Table.Rows {
				at("row", row.Line)
				if len(row.Cells) != len(b.Table.Header) {
					t.Fatalf("row at line %d has %d cells for %d columns", row.Line, len(row.Cells), len(b.Table.Header))
				}
			}
		}
	}
	for _, w := range p.Warnings {
		if w.File != name {
			t.Fatalf("warning names file %q, not %q: %v", w.File, name, w)
		}
		at("warning", w.Line)
	}
}
