package scrape

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

func readExtract(r page.Reader, file string, data []byte, ex func(*page.Page) (*extract.Result, error)) (*extract.Result, error) {
	p, err := r.Read(file, data)
	if err != nil {
		return nil, err
	}
	return ex(p)
}

// TestCompactResultKeepsValues compacts the results of every committed text page and
// compares them with the same pages' uncompacted results.
func TestCompactResultKeepsValues(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoRoot(t), "specs", "*", "pages", "*.txt"))
	g, _ := filepath.Glob(filepath.Join(repoRoot(t), "golden", "pages", "*.txt"))
	files = append(files, g...)
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := readExtract(textpage.Reader{}, f, data, extract.Page)
		if err != nil {
			continue
		}
		got, _ := readExtract(textpage.Reader{}, f, data, extract.Page)
		compactResult(got, 1<<30) // a page size that forces the copy
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("%s: compaction changed the result (-before +after):\n%s", f, d)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d pages compared", n)
	}
}

func TestLooksHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html>\n<html>": true, "\xef\xbb\xbf \n<HTML lang=en>": true, "<!doctype HTML": true,
		"<h1>Title</h1>": false, "# Title": false, "": false,
		strings.Repeat(" ", 510) + "<html>": false, // past the first 512 bytes
	} {
		if got := looksHTML([]byte(in)); got != want {
			t.Errorf("looksHTML(%q) = %v, want %v", in, got, want)
		}
	}
}
