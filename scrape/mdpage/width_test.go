package mdpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestHeaderWiderThanRows: a header that reads wider than its rows loses cells with no row
// looking wrong; each shape warns, naming the fields, and a well-formed table does not.
func TestHeaderWiderThanRows(t *testing.T) {
	const head = "# CreatePipelines\n\n## Request parameters\n\n"
	for _, tc := range []struct {
		name, src string
		kind      page.WarnKind
		want      string // in the warning's text
	}{
		// a cell-per-line header closed by a lone '|' with no separator line runs on
		// through the rows
		{"header holds rows", "|Parameter\n\n|Type\n\n|Required\n\n|\n|pipelineId\n\n|String\n\n|Yes\n\n|\n|description\n\n|String\n\n|No\n\n|\n",
			page.Drop, "request parameters pipelineId, description dropped: table header has 12 cells and holds rows"},
		// a header run together with its separator line has '---' cells; rows whose last
		// cell runs over lines glue to the next row under them
		{"separator in header", "|Parameter|Type|Description|---|---|---|\n|RegionId|String|The region.\nmore|\n|Name|String|The name.\nmore|\n|Id|String|The id.\nmore|\n",
			page.Drop, "request parameters Name dropped: table row holds more rows under header cell 4"},
		// every row leaves out the Required cell: descriptions sit under Required
		{"rows narrower", "|Parameter|Type|Required|Description|\n|---|---|---|---|\n|RegionId|String|The region.|\n|Name|String|The name.|\n",
			page.Guess, `request parameters RegionId, Name: every row has at most 3 cells, the header has 4: header cells "Description" are in no row`},
		{"well formed", "|Parameter|Type|Description|\n|---|---|---|\n|RegionId|String|The region.\nmore|\n|Name|String|The name.|\n", page.Info, ""},
	} {
		p := mustRead(t, "CreatePipelines.md", head+tc.src)
		var got []string
		found := false
		for _, w := range p.Warnings {
			got = append(got, w.Kind.String()+" "+w.String())
			found = found || w.Kind == tc.kind && tc.want != "" && strings.Contains(w.Msg, tc.want)
			if tc.want == "" && w.Kind != page.Info {
				t.Errorf("%s: unexpected warning %s %q", tc.name, w.Kind, w)
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: warnings %q, want %s %q", tc.name, got, tc.kind, tc.want)
		}
	}
}
