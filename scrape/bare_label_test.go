package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A text dump has no heading levels: the label "Filter" under "Request parameters" (a
// "### Filter" in Markdown, TestLabelledTable) is a bare line before its table. When it
// names a container field above it (by its name, its type word "Thing", or the item struct
// of its list type, "Tag" for "Array of Tag"), the table holds that field's children, as
// under a heading: not a caption guessed to name the field, nor rows placed by row order,
// and the type word Thing is the struct, not a near miss of String.
const bareLabelText = `ListThings
Lists things.
Request parameters
| Name | Type | Required | Description |
| Action | String | Yes | ListThings |
| Verbose | Boolean | No | Says more. |
| Thing | Thing | No | The thing. |
| Filter | Object | No | The filter. |
Filter
| Name | Type | Required | Description |
| Key | String | Yes | The key. |
Thing
| Name | Type | Required | Description |
| Size | Integer | No | The size. |
Tags
| Name | Type | Required | Description |
| Tags | Array of Tag | No | The tags. |
Tag
| Name | Type | Required | Description |
| TagKey | String | No | The key. |
| TagValue | String | No | The value. |
Response parameters
| Name | Type | Description |
| RequestId | String | The request ID. |
`

func TestBareLabel(t *testing.T) {
	res, err := readExtract(textpage.Reader{}, "ListThings.txt", []byte(bareLabelText), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	params := map[string]*opspec.Param{}
	for _, p := range res.Op.Params {
		params[p.Name] = p
	}
	for _, n := range []string{"Key", "TagKey", "TagValue"} {
		if params[n] != nil {
			t.Errorf("%s read as a top-level parameter", n)
		}
	}
	if f := params["Filter"]; f == nil || len(f.Schema.Properties) != 1 || f.Schema.Properties[0].Name != "Key" || !f.Schema.Properties[0].Required {
		t.Errorf("Filter = %+v, want an object holding the required Key", f)
	} else if strings.Contains(f.Schema.Description, "Flattened") {
		t.Errorf("Filter described as flattened: %q", f.Schema.Description)
	}
	if th := params["Thing"]; th == nil || th.Schema.Type != "object" || len(th.Schema.Properties) != 1 || th.Schema.Properties[0].Name != "Size" {
		t.Errorf("Thing = %+v, want an object holding Size (its struct defined under the line Thing)", th)
	}
	if tg := params["Tags"]; tg == nil || tg.Schema.Items == nil || len(tg.Schema.Items.Properties) != 2 {
		t.Errorf("Tags = %+v, want a list of objects holding TagKey and TagValue", tg)
	}
	for _, w := range res.Warnings {
		if w.Kind != page.Info {
			t.Errorf("warning other than a note: %s", w)
		}
	}
}
