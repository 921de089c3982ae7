package scrape

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/texpage"
	"github.com/acsgen/acsgen/scrape/textpage"
	"github.com/acsgen/acsgen/scrape/xmlpage"
)

// format is one input format: the extensions that select it and its reader. Adding a
// format is one line in builtinFormats.
type format struct {
	name   page.Format
	exts   []string
	reader page.Reader
}

// formatTable is the formats a scraper reads. Each Scraper holds its own (New), so a test
// can give one a reader more without changing what any other reads.
type formatTable []format

// builtinFormats returns a new table of the formats gen reads.
func builtinFormats() formatTable {
	return formatTable{
		{page.Text, []string{".txt", ".text"}, textpage.Reader{}},
		{page.Markdown, []string{".md", ".markdown"}, mdpage.Reader{}},
		{page.HTML, []string{".html", ".htm"}, htmlpage.Reader{}},
		{page.XML, []string{".xml", ".dbk", ".dita"}, xmlpage.Reader{}},
		{page.Word, []string{".docx"}, xmlpage.WordReader{}},
		{page.ODT, []string{".odt"}, xmlpage.ODTReader{}},
		{page.LaTeX, []string{".tex", ".latex", ".ltx"}, texpage.Reader{}},
	}
}

// skipNames are files in page directories that are not pages (notices beside the pages).
var skipNames = map[string]bool{"notice": true, "readme": true, "license": true, "licence": true, "changelog": true}

// IsPage reports whether a file met while walking a directory is a page: it has a page
// extension and is not a NOTICE/README/LICENSE file (alone or qualified: LICENSE-Docs.txt)
// or a hidden file.
func IsPage(path string) bool { return builtinFormats().isPage(path) }

// isPage is IsPage for the formats of fs.
func (fs formatTable) isPage(path string) bool {
	base := filepath.Base(path)
	ext := strings.ToLower(filepath.Ext(base))
	stem := strings.ToLower(strings.TrimSuffix(base, filepath.Ext(base)))
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "~$") || skipNames[stem] { // ~$: Word's lock file
		return false
	}
	// "LICENSE-AlibabaCloudDocs.txt", "README.zh.md": a notice name and a qualifier
	if i := strings.IndexAny(stem, "-_."); i > 0 && skipNames[stem[:i]] {
		return false
	}
	_, ok := fs.byExt(ext)
	return ok
}

func (fs formatTable) byExt(ext string) (format, bool) {
	for _, f := range fs {
		for _, e := range f.exts {
			if e == ext {
				return f, true
			}
		}
	}
	return format{}, false
}

// readerFor picks the reader of a file by extension, sniffing the content of files with
// no or a .txt extension (a saved HTML page is read as HTML, a DocBook, DITA, JATS or TEI
// page as XML, a Markdown page whose tables are HTML blocks as Markdown: mdpage.HTMLTables,
// and HTML markup without a document around it as HTML: htmlpage.Fragment).
func (fs formatTable) readerFor(path string, data []byte) (page.Reader, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" || ext == ".txt" {
		if looksHTML(data) {
			if f, ok := fs.byName(page.HTML); ok {
				return f.reader, nil
			}
		}
		if xmlpage.Looks(data) {
			if f, ok := fs.byName(page.XML); ok {
				return f.reader, nil
			}
		}
		if mdpage.HTMLTables(data) {
			if f, ok := fs.byName(page.Markdown); ok && f.reader != nil {
				return f.reader, nil
			}
		}
		if htmlpage.Fragment(data) {
			if f, ok := fs.byName(page.HTML); ok && f.reader != nil {
				return f.reader, nil
			}
		}
		if texpage.Looks(data) {
			if f, ok := fs.byName(page.LaTeX); ok && f.reader != nil {
				return f.reader, nil
			}
		}
		if ext == "" {
			ext = ".txt"
		}
	}
	f, ok := fs.byExt(ext)
	if !ok {
		return nil, fmt.Errorf("%s: no reader for %q files (known: %s)", path, ext, fs.knownExts())
	}
	if f.reader == nil {
		return nil, fmt.Errorf("%s: the %s reader is not available in this build", path, f.name)
	}
	return f.reader, nil
}

func (fs formatTable) byName(n page.Format) (format, bool) {
	for _, f := range fs {
		if f.name == n {
			return f, true
		}
	}
	return format{}, false
}

func (fs formatTable) knownExts() string {
	var all []string
	for _, f := range fs {
		all = append(all, f.exts...)
	}
	return strings.Join(all, " ") + " or none"
}

// looksHTML reports whether a file starts like an HTML document: "<!doctype html" or
// "<html" in any case, after a byte-order mark and white space, within its first 512 bytes.
func looksHTML(data []byte) bool {
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	head = bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}
