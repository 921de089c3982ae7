package mdpage

import (
	"bytes"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// HTMLTables reports whether text saved under a plain-text name (.txt) is a Markdown page
// whose tables are HTML blocks, as CommonMark and strict Markdown writers (pandoc -t
// commonmark, markdown_strict) and hand-written sources keep a table Markdown cannot
// draw: a line outside fenced code opens a <table> block and an ATX heading names a
// section of a reference page (page.ClassifyHeading). Such a page is Markdown's to read
// (its HTML blocks by the HTML reader, htmlBlock); a text dump shows a table's cells, never
// its tags. A page with no "<table" anywhere (every text page) is answered by a byte search
// (hasTableTag), without the string copy and line walk.
func HTMLTables(data []byte) bool {
	if !hasTableTag(data) {
		return false
	}
	text := string(data)
	table, section := false, false
	fence := ""
	for line := range strings.Lines(text) {
		trim := strings.TrimSpace(line)
		switch {
		case fence != "":
			if strings.HasPrefix(trim, fence) {
				fence = ""
			}
		case isFence(trim):
			fence = trim[:3]
		case len(line)-len(strings.TrimLeft(line, " ")) > 3: // indented code, a list item's text
		case htmlBlockTag(trim) == "table":
			table = true
		case isHeading(trim):
			_, ok := page.ClassifyHeading(cleanInline(stripAttrs(strings.TrimSpace(strings.Trim(trim, "#")))))
			section = section || ok
		}
		if table && section {
			return true
		}
	}
	return false
}

// hasTableTag reports whether "<table" stands in data in any case: a necessary condition of
// HTMLTables, whose <table> block line opens with it.
func hasTableTag(data []byte) bool {
	for rest := data; ; {
		i := bytes.IndexByte(rest, '<')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		if len(rest) >= 5 && bytes.EqualFold(rest[:5], []byte("table")) {
			return true
		}
	}
}
