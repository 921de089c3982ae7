package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A ROA request body that is a JSON list, shown only by the sample request or by a code
// span in the request-body section's prose (the shape of the Elasticsearch RunPipelines and
// plug-in pages), is the operation's whole body: a parameter "body" typed from the example,
// with a guess warning. Before, the body was lost without a word.
func TestListBodyIsWholeBody(t *testing.T) {
	head := "# RunThings\n\nRuns things.\n\n## Request syntax\n\n```\nPOST /things/{Id}/action/run HTTP/1.1\n```\n\n" +
		"## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n|Id|String|Yes|t-1|The ID. |\n\n"
	tail := "## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n"
	for name, pg := range map[string]string{
		"sample request": head + tail + "\n## Examples\n\nSample requests\n\n```\nPOST /things/t-1/action/run HTTP/1.1\ncommon request header\n[\"a\",\"b\"]\n```\n",
		"body section":   head + "## RequestBody\n\nEnter the IDs in RequestBody. Example: `[\"a\",\"b\"]`.\n\n" + tail,
	} {
		res, err := readExtract(mdpage.Reader{}, "RunThings.md", []byte(pg), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var body *opspec.Param
		for _, p := range res.Op.Params {
			if p.In == opspec.InWholeBody {
				body = p
			}
		}
		if body == nil || body.Name != "body" || body.Schema.Type != "array" || body.Schema.Items == nil || body.Schema.Items.Type != "string" {
			t.Errorf("%s: whole-body parameter %+v, want body: array of string (params %v)", name, body, res.Op.Params)
		}
		found := false
		for _, w := range res.Warnings {
			found = found || strings.Contains(w.Msg, "request body is a JSON list shown only by")
		}
		if !found {
			t.Errorf("%s: no guess warning naming the list body: %v", name, res.Warnings)
		}
		if err := (&opspec.Spec{Product: "P", Version: "2020-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{res.Op}}).Validate(); err != nil {
			t.Errorf("%s: spec invalid: %v", name, err)
		}
	}
}
