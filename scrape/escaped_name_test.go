package scrape

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A Markdown page saved as text (pandoc -t gfm, a Markdown source) keeps Markdown's
// backslash escapes, and a name cell writes an underscore "\_" (page.UnescapeName): the
// name is what the escape reads, its JSON example's key. Before, the text reader's spec
// named the parameters "client\_id" and "nodes.creation\_time", so their truth names
// were missed with no warning and the example's keys were "not in the table" (guesses):
// TestUnseenShapes gfm+s25mdattrs saved as .txt, eiam GenerateToken, cs
// DescribeClusterNodes, at UNSEEN_STRIDE=1 UNSEEN_RECORDS=1.
const escapedNameText = `# GenerateToken

Makes a token.

## Request parameters

| Parameter | Type | Required | Example | Description |
|---|---|---|---|---|
| client\_id | String | Yes | app1 | The client. |
| \_meta | String | No | m | The meta. |

## Response parameters

| Parameter | Type | Example | Description |
|---|---|---|---|
| nodes | Array of Object |  | The nodes. |
| └ creation\_time | String | 2024 | When. |

## Examples

` + "```json" + `
{
  "nodes": [{"creation_time": "2024"}]
}
` + "```" + `
`

func TestEscapedNameInText(t *testing.T) {
	res, err := readExtract(textpage.Reader{}, "GenerateToken.txt", []byte(escapedNameText), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range res.Op.Params {
		names = append(names, p.Name)
	}
	if len(names) != 2 || names[0] != "client_id" || names[1] != "_meta" {
		t.Errorf("request parameters %q, want client_id and _meta", names)
	}
	var nodes []string
	for _, p := range res.Op.Response.Properties {
		if p.Name == "nodes" && p.Schema.Items != nil {
			for _, q := range p.Schema.Items.Properties {
				nodes = append(nodes, q.Name)
			}
		}
	}
	if len(nodes) != 1 || nodes[0] != "creation_time" {
		t.Errorf("nodes' items hold %q, want creation_time", nodes)
	}
	for _, w := range res.Warnings {
		if w.Kind != page.Info {
			t.Errorf("warning other than a note: %s", w)
		}
	}
}
