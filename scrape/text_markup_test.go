package scrape

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTextMarkupAsHTML scrapes HTML golden pages saved as markup under a plain-text name:
// HTML without the document around it (pandoc -t html5 and html4 without -s, an
// <article>'s inner HTML: htmlpage.Fragment) and LaTeX (pandoc -t latex, with --listings,
// and -s as .tex: texpage), and requires each one's spec to be its HTML page's, and its
// warnings the same but for their lines. The source's URL and last-updated date are left
// out: the HTML pages give them in <head> metadata, which these forms do not have.
func TestTextMarkupAsHTML(t *testing.T) {
	root := repoRoot(t)
	pages, err := filepath.Glob(filepath.Join(root, "golden/txtmarkup/*"))
	if err != nil || len(pages) < 6 {
		t.Fatalf("golden/txtmarkup: %d pages, %v", len(pages), err)
	}
	for _, x := range pages {
		name, _, _ := strings.Cut(filepath.Base(x), ".")
		t.Run(filepath.Base(x), func(t *testing.T) {
			wantSpec, wantWarns := scrapeSpec(t, filepath.Join(root, "golden/htmlpages", name+".html"), Options{})
			gotSpec, gotWarns := scrapeSpec(t, x, Options{})
			wantSpec = bytes.ReplaceAll(wantSpec, []byte("file: "+name+".html"), []byte("file: "+filepath.Base(x)))
			wantSpec, gotSpec = headMeta.ReplaceAll(wantSpec, nil), headMeta.ReplaceAll(gotSpec, nil)
			if d := cmp.Diff(string(wantSpec), string(gotSpec)); d != "" {
				t.Errorf("spec differs from the HTML page's (-html +markup):\n%s", d)
			}
			if d := cmp.Diff(wantWarns, gotWarns); d != "" {
				t.Errorf("warnings differ from the HTML page's (-html +markup):\n%s", d)
			}
		})
	}
}
