package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestBodyRowEmptyRow: a row with no cells (a reader may leave one) is no body row and no
// panic; a nameless row typed object still is one.
func TestBodyRowEmptyRow(t *testing.T) {
	tb := &page.Table{Header: []string{"Name", "Type", "Description"}}
	tb.Columns = page.ClassifyColumns(tb.Header)
	tb.Rows = []page.Row{{}, {Cells: []string{"x-acs-trace", "String", "The trace."}}}
	if got := bodyRow(tb); got != "" {
		t.Errorf("bodyRow = %q, want none", got)
	}
	tb.Rows = append(tb.Rows, page.Row{Cells: []string{"object"}})
	if got := bodyRow(tb); got == "" {
		t.Errorf("bodyRow found no body row in a table with a nameless object row")
	}
}

// TestSecondTableUnderResponseHeaders: in a text dump, a table of flat rows that comes
// second in "Response headers", under a line the lexicon does not know, is the response
// body's when none of its names is hyphenated as multi-word header names are ("requestId",
// "totalCount"): a guess names the rows. Before, they were read as response headers,
// silently. A second table of hyphenated names stays headers, and so does a first table.
func TestSecondTableUnderResponseHeaders(t *testing.T) {
	const head = "GetThing\n\nXxx xxxx.\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\nthingIdstringYes\n\nXxx xxxx.\n\nt-1\n\n" +
		"Response headers\n\nParameterTypeDescriptionExample\nx-acs-request-idstring\n\nXxx xxxx.\n\nABC-1\nETagstring\n\nXxx xxxx.\n\n5B3C\n\n"
	p := readText(t, head+"Returned fields\n\nParameterTypeDescriptionExample\nrequestIdstring\n\nXxx xxxx.\n\nABC-1\ntotalCountinteger\n\nXxx xxxx.\n\n12\n")
	if len(p.SectionsOf(page.ResponseParams)) != 1 {
		t.Fatalf("second table not moved to response parameters: sections %+v", p.Sections)
	}
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{"requestId|string|Xxx xxxx.|ABC-1", "totalCount|integer|Xxx xxxx.|12"})
	equal(t, "header rows", rowsOf(table(t, p, page.ResponseHeaders)), []string{"x-acs-request-id|string|Xxx xxxx.|ABC-1", "ETag|string|Xxx xxxx.|5B3C"})
	if w := warningsOf(p); !strings.Contains(w, `"Returned fields"`) || !strings.Contains(w, "requestId, totalCount") {
		t.Errorf("no guess naming the heading and the rows requestId, totalCount:\n%s", w)
	}
	for _, src := range []string{
		head + "Custom headers\n\nParameterTypeDescriptionExample\nx-oss-meta-colorstring\n\nXxx xxxx.\n\nred\nExpiresstring\n\nXxx xxxx.\n\n12\n",
		"GetThing\n\nXxx xxxx.\n\nResponse headers\n\nReturned headers\n\nParameterTypeDescriptionExample\nETagstring\n\nXxx xxxx.\n\n5B3C\nExpiresstring\n\nXxx xxxx.\n\n12\n",
	} {
		if p := readText(t, src); len(p.SectionsOf(page.ResponseParams)) != 0 {
			t.Errorf("headers table moved to response parameters: sections %+v", p.Sections)
		}
	}
}

// TestDottedRowUnderResponseHeaders: in a text dump, a table of dotted rows ("data.size": a
// body field's flattened path, which no header is named) under a line the lexicon does not
// know right after "Response headers" heads the response parameters, with a guess naming the
// row. Before, the rows were read as headers.
func TestDottedRowUnderResponseHeaders(t *testing.T) {
	p := readText(t, "GetThing\n\nXxx xxxx.\n\nResponse headers\n\nReturned fields\n\nParameterTypeDescriptionExample\n"+
		"requestIdstring\n\nXxx xxxx.\n\nABC-1\ndata.sizelong\n\nXxx xxxx.\n\n12\n")
	if len(p.SectionsOf(page.ResponseParams)) != 1 {
		t.Fatalf("table with a dotted row not moved to response parameters: sections %+v", p.Sections)
	}
	if w := warningsOf(p); !strings.Contains(w, "data.size") {
		t.Errorf("no guess naming the row data.size:\n%s", w)
	}
}
