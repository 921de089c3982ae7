package scrape

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A List row whose example is an empty list ("pipelineIds": []), then a row the JSON
// example shows beside the list, not in its elements: that row is the list's sibling and
// says nothing of the items, which stay unknown: strings with a guess warning naming the
// list (they were objects, silently). Hand-made page of the shape of Elasticsearch
// DescribeXpackMonitorConfig.
const emptyListPage = `# DescribeXpackMonitorConfig

Describes the monitoring.

## Request syntax

` + "```" + `
GET /openapi/instances/{InstanceId}/xpack-monitor-config HTTP/1.1
` + "```" + `

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID. |
|Result|Struct| |The results. |
|endpoints|List|\["http://a:9200"\]|The endpoints. |
|pipelineIds|List|\[\]|The pipelines. |
|userName|String|elastic|The user. |

## Examples

Sample success responses

` + "```json" + `
{
    "Result": {
        "endpoints": ["http://a:9200"],
        "pipelineIds": [],
        "userName": "elastic"
    },
    "RequestId": "r-1"
}
` + "```" + `
`

func TestEmptyListSiblingIsNoItemField(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeXpackMonitorConfig.md", []byte(emptyListPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Op.Response.Properties {
		if p.Name != "Result" {
			continue
		}
		var names []string
		for _, q := range p.Schema.Properties {
			names = append(names, q.Name)
			if q.Name == "pipelineIds" && (q.Schema.Items == nil || q.Schema.Items.Type != "string") {
				t.Errorf("pipelineIds items %+v, want strings", q.Schema.Items)
			}
		}
		if len(names) != 3 {
			t.Errorf("Result fields %q, want endpoints pipelineIds userName", names)
		}
	}
	want := "response field Result.pipelineIds is typed List with no item type (no item row, no example element); items taken as string"
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == page.Guess && w.Msg == want
	}
	if !found {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}
