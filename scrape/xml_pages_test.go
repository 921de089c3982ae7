package scrape

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestXMLPagesAsHTML scrapes HTML golden pages written in documentation XML (DocBook 5,
// JATS and TEI as pandoc 2.17 writes them with -s, DITA as a reference topic) and as Word
// documents and OpenDocument texts (pandoc -t docx, -t odt) and requires
// each XML page's spec to be its HTML page's, and its warnings the same but for their lines.
// The source's URL and last-updated date are left out: the HTML pages give them in <head>
// metadata, which the converter does not carry over.
func TestXMLPagesAsHTML(t *testing.T) { requireHTMLPagesSpec(t, "golden/xmlpages", 11, "xml") }

// requireHTMLPagesSpec scrapes each page in dir (at least min of them), each a golden HTML
// page (golden/htmlpages, by the part of its name before the first dot) in another form,
// and requires its spec to be the HTML page's, and its warnings the same but for their
// lines; the source's URL and last-updated date (headMeta) are left out. form names the
// other form in the diffs.
func requireHTMLPagesSpec(t *testing.T, dir string, min int, form string) {
	root := repoRoot(t)
	pages, err := filepath.Glob(filepath.Join(root, dir, "*"))
	if err != nil || len(pages) < min {
		t.Fatalf("%s: %d pages, %v", dir, len(pages), err)
	}
	for _, x := range pages {
		name, _, _ := strings.Cut(filepath.Base(x), ".")
		t.Run(filepath.Base(x), func(t *testing.T) {
			wantSpec, wantWarns := scrapeSpec(t, filepath.Join(root, "golden/htmlpages", name+".html"), Options{})
			gotSpec, gotWarns := scrapeSpec(t, x, Options{})
			wantSpec = bytes.ReplaceAll(wantSpec, []byte("file: "+name+".html"), []byte("file: "+filepath.Base(x)))
			wantSpec, gotSpec = headMeta.ReplaceAll(wantSpec, nil), headMeta.ReplaceAll(gotSpec, nil)
			if d := cmp.Diff(string(wantSpec), string(gotSpec)); d != "" {
				t.Errorf("spec differs from the HTML page's (-html +%s):\n%s", form, d)
			}
			if d := cmp.Diff(wantWarns, gotWarns); d != "" {
				t.Errorf("warnings differ from the HTML page's (-html +%s):\n%s", form, d)
			}
		})
	}
}

// headMeta is the spec's lines of the source's URL and date.
var headMeta = regexp.MustCompile(`(?m)^ *(url|lastUpdated): .*\n`)

// warnPlace is a warning's file and line, which differ between a page's HTML and XML forms.
var warnPlace = regexp.MustCompile(`^[^:]*(:\d+)?: `)

// scrapeSpec scrapes one page into its spec's YAML and its warnings without their places.
func scrapeSpec(t *testing.T, path string, o Options) ([]byte, []string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	var warns []string
	s := New(o, func(w page.Warning) { warns = append(warns, warnPlace.ReplaceAllString(w.String(), "")) })
	if err := s.AddPath(path); err != nil {
		t.Fatal(err)
	}
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 {
		t.Fatalf("%d specs, %v", len(specs), err)
	}
	if err := specs[0].Validate(); err != nil {
		t.Fatalf("spec does not validate: %v", err)
	}
	y, err := opspec.Marshal(specs[0], "yaml")
	if err != nil {
		t.Fatal(err)
	}
	return y, warns
}

// TestXMLFolder scrapes a folder of pages beside other XML files (a build file, a sitemap)
// and Word's lock file: the DocBook page is read, the XML files are skipped with a warning
// naming their root element, the lock file is no page, and nothing fails.
func TestXMLFolder(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	doc, err := os.ReadFile(filepath.Join(root, "golden/xmlpages/GetInstance.docbook5.xml"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"GetInstance.xml":  string(doc),
		"pom.xml":          "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion></project>\n",
		"sitemap.xml":      "<urlset><url><loc>https://example.com/</loc></url></urlset>\n",
		"~$tInstance.docx": "Word's lock file beside an open document",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var warns []string
	s := New(Options{}, func(w page.Warning) { warns = append(warns, w.String()) })
	if err := s.AddPath(dir); err != nil {
		t.Fatal(err)
	}
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 || len(specs[0].Operations) != 1 || specs[0].Operations[0].Name != "GetInstance" {
		t.Fatalf("specs %v, %v", specs, err)
	}
	if sum := s.Summary(); sum.Read != 1 || sum.Failed != 0 {
		t.Errorf("summary %v", sum)
	}
	skipped := strings.Join(warns, "\n")
	for _, want := range []string{"pom.xml: skipped: an XML file, but its root element <project>", "sitemap.xml: skipped: an XML file, but its root element <urlset>"} {
		if !strings.Contains(skipped, want) {
			t.Errorf("no warning %q in:\n%s", want, skipped)
		}
	}
}
