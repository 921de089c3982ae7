package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// An array row whose item row has a name and no type ("Labels | array", then "Label | |
// No | ...") lists items of a named struct whose fields the page does not show: the items
// are objects (not strings), the guess is warned by name, and the rows after it are the
// array's siblings. Hand-made page of the shape of the portal's CreateDataset and
// CreateJob pages.
const namedItemPage = `# CreateDataset

Creates a dataset.

## Request syntax

` + "```" + `
POST /api/v1/datasets HTTP/1.1
` + "```" + `

## Request parameters

|Parameter|Type|Required|Description|Example|
|---|---|---|---|---|
|Name|string|Yes|The name. |ds1|
|Labels|array|No|The labels. | |
|Label| |No|A label of the dataset. | |
|Description|string|No|The description. |d|

## Response parameters

|Parameter|Type|Description|Example|
|---|---|---|---|
|RequestId|string|The request ID. |r-1|
`

func TestNamedItemIsObject(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "CreateDataset.md", []byte(namedItemPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var labels *opspec.Schema
	for _, p := range res.Op.Params {
		names = append(names, p.Name)
		if p.Name == "Labels" {
			labels = p.Schema
		}
	}
	if labels == nil || labels.Type != "array" || labels.Items == nil || labels.Items.Type != "object" {
		t.Fatalf("Labels = %+v, want an array of objects", labels)
	}
	if got := strings.Join(names, " "); got != "Name Labels Description" {
		t.Errorf("parameters %q, want Name Labels Description (the rows after the item row are siblings)", got)
	}
	want := `request parameter "Labels": its item row "Label" has no type and the page lists no fields of it; read as objects of the struct Label, fields unknown`
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == page.Guess && w.Msg == want && w.Line == 17
	}
	if !found {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}
