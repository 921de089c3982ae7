package mdpage

import (
	"slices"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestBlankHeaderRow: a table whose header row is blank and whose first row names its
// columns (pandoc -t gfm of an HTML table with no <thead>) reads with that row as its
// header, a parameter table's and an error-code table's; its rows were dropped. A table
// whose blank header is over a row of values keeps its rows.
func TestBlankHeaderRow(t *testing.T) {
	p := mustRead(t, "GetUser.md", "# GetUser\n\n## Request parameters\n\n"+
		"|  |  |  |\n|---|---|---|\n| Parameter | Type | Description |\n| UserId | String | The user. |\n\n"+
		"## Error codes\n\n|  |  |  |\n|---|---|---|\n| HTTP status code | Error code | Error message |\n| 400 | Bad | Bad user. |\n\n"+
		"## Notes\n\n|  |  |\n|---|---|\n| a | b |\n")
	for _, c := range []struct {
		kind page.SectionKind
		head []string
		rows int
	}{
		{page.RequestParams, []string{"Parameter", "Type", "Description"}, 1},
		{page.ErrorCodes, []string{"HTTP status code", "Error code", "Error message"}, 1},
	} {
		s := p.SectionsOf(c.kind)
		if len(s) != 1 || len(s[0].Tables()) != 1 {
			t.Fatalf("%v: %d sections, want one with a table", c.kind, len(s))
		}
		tb := s[0].Tables()[0]
		if !slices.Equal(tb.Header, c.head) || len(tb.Rows) != c.rows {
			t.Errorf("%v: header %q, %d rows; want %q, %d", c.kind, tb.Header, len(tb.Rows), c.head, c.rows)
		}
	}
	for _, s := range p.Sections {
		for _, tb := range s.Tables() {
			if len(tb.Header) == 2 && len(tb.Rows) != 1 {
				t.Errorf("the values table has %d rows, want 1 (header %q)", len(tb.Rows), tb.Header)
			}
		}
	}
}
