package extract

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// responseHeaders warns, once per operation, about the response headers the page documents
// ("Response headers", "响应头", "Response parameters (Header)": page.ResponseHeaders):
// the model has no place for them, and they are no fields of the response body, so they
// are left out of the spec, by name. A section whose headers no table names is named by
// its heading.
func (x *extractor) responseHeaders() {
	var names, untabled []string
	line := 0
	for _, s := range x.p.SectionsOf(page.ResponseHeaders) {
		if line == 0 {
			line = s.Line
		}
		n := len(names)
		for _, t := range s.Tables() {
			for _, r := range t.Rows {
				if isNoParams(r) || page.IsHeaderRow(r.Cells) {
					continue
				}
				if name := strings.Trim(strings.TrimSpace(r.Cell(t, page.ColName)), "`*"); name != "" {
					names = append(names, name)
				}
			}
		}
		if len(names) == n && hasContent(s) {
			untabled = append(untabled, fmt.Sprintf("%q", s.Heading))
		}
	}
	if len(untabled) > 0 {
		names = append(names, "described under "+strings.Join(untabled, ", "))
	}
	if len(names) > 0 {
		x.drop(line, "response headers %s documented but not carried into the spec: the model has no response headers, and they are no fields of the response body",
			strings.Join(names, ", "))
	}
}

// hasContent reports whether section s holds any block but an empty one.
func hasContent(s *page.Section) bool {
	for _, b := range s.Blocks {
		if strings.TrimSpace(b.Text) != "" || len(b.Items) > 0 || b.Table != nil && len(b.Table.Rows) > 0 {
			return true
		}
	}
	return false
}
