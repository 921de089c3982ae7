package extract

import (
	"fmt"
	"strings"

	"golang.org/x/net/http/httpguts"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// responseHeaders reads the response headers the page documents ("Response headers",
// "响应头", "Response parameters (Header)": page.ResponseHeaders) into the operation, apart
// from the response body's fields: each table row is one header, read as a parameter row
// is (type, description, example, valid values). What cannot be a header is dropped with
// a warning naming it: a row nested under another (a header is one value), a name that is
// no HTTP header name or is dotted (a flattened body field), a name given twice (in any letter case, as HTTP matches them), and
// a section that describes headers in prose only, named by its heading.
func (x *extractor) responseHeaders(op *opspec.Operation) {
	var untabled []string
	line := 0
	seen := map[string]int{}
	for _, s := range x.p.SectionsOf(page.ResponseHeaders) {
		if line == 0 {
			line = s.Line
		}
		tables := 0
		for _, t := range s.Tables() {
			if t.Col(page.ColName) < 0 {
				x.headerlessRows(t, page.ResponseHeaders)
				continue
			}
			tables++
			x.addResponseHeaders(op, x.readFields(nil, t, page.ResponseHeaders, false), seen)
		}
		if tables == 0 && hasContent(s) {
			untabled = append(untabled, fmt.Sprintf("%q", s.Heading))
		}
	}
	x.untabled(page.ResponseHeaders)
	if len(untabled) > 0 {
		x.drop(line, "response headers described under %s not carried into the spec: no table lists them", strings.Join(untabled, ", "))
	}
}

// addResponseHeaders adds the rows of one response-headers table; seen maps the lower-case
// names added so far to their lines.
func (x *extractor) addResponseHeaders(op *opspec.Operation, rows []field, seen map[string]int) {
	top := -1 // depth of the last header row; deeper rows are nested in it
	for _, f := range rows {
		if f.marker || f.name == "" {
			continue
		}
		if f.depth >= 0 && top >= 0 && f.depth > top {
			x.drop(f.line, "response header %q dropped: it is nested in the row above, and a header is one value", f.name)
			continue
		}
		top = f.depth
		if !httpguts.ValidHeaderFieldName(f.name) {
			x.drop(f.line, "response header %q dropped: not an HTTP header name", f.name)
			continue
		}
		if strings.Contains(f.name, ".") {
			// a valid token, but no header is named so: a body field flattened by its path
			x.drop(f.line, "response header %q dropped: a dotted name is a body field's path (Object.Field), not a header's", f.name)
			continue
		}
		low := strings.ToLower(f.name)
		if first, dup := seen[low]; dup {
			x.drop(f.line, "duplicate response header %q (first at line %d); keeping the first", f.name, first)
			continue
		}
		seen[low] = f.line
		x.fillItems(f.schema, "response header", f.name, map[*opspec.Schema]int{f.schema: f.line}, f.line)
		op.ResponseHeaders = append(op.ResponseHeaders, &opspec.Header{Name: f.name, Schema: f.schema})
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
