package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A label (a heading the lexicon does not know, or a text dump's bare line) that names the
// type word of a field, not its name ("Owner | Thing", then "### Thing"), heads that
// field's children as a label naming the field does (TestLabelledTable, TestBareLabel):
// they are members of its struct, not rows flattened as Owner.Size. A struct named as a
// set ("Things | ThingSetType") whose table gives one object row is a list of that row's
// struct under a label as after a sentence naming it.
const typeLabelMD = `# ListThings

Lists things.

## Request parameters

|Name|Type|Required|Description|
|Action|String|Yes|ListThings|
|Owner|Thing|No|The owner.|

### Thing

|Name|Type|Required|Description|
|Size|Integer|Yes|The size.|

## Response parameters

|Name|Type|Description|
|RequestId|String|The request ID.|
|Things|ThingSetType|The things.|

### ThingSetType

|Name|Type|Description|
|Thing|ThingItemType|A thing.|
`

const typeLabelText = `ListThings
Lists things.
Request parameters
| Name | Type | Required | Description |
| Action | String | Yes | ListThings |
| Owner | Thing | No | The owner. |
Thing
| Name | Type | Required | Description |
| Size | Integer | Yes | The size. |
Response parameters
| Name | Type | Description |
| RequestId | String | The request ID. |
| Things | ThingSetType | The things. |
ThingSetType
| Name | Type | Description |
| Thing | ThingItemType | A thing. |
`

func TestTypeLabel(t *testing.T) {
	for _, c := range []struct {
		r    page.Reader
		file string
		src  string
	}{
		{mdpage.Reader{}, "ListThings.md", typeLabelMD},
		{textpage.Reader{}, "ListThings.txt", typeLabelText},
	} {
		res, err := readExtract(c.r, c.file, []byte(c.src), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		var owner *opspec.Param
		for _, p := range res.Op.Params {
			switch p.Name {
			case "Owner":
				owner = p
			case "Size", "Owner.Size":
				t.Errorf("%s: %s read as a top-level parameter", c.file, p.Name)
			}
		}
		if owner == nil || owner.Schema.Type != "object" || len(owner.Schema.Properties) != 1 ||
			owner.Schema.Properties[0].Name != "Size" || !owner.Schema.Properties[0].Required {
			t.Errorf("%s: Owner = %+v, want an object holding the required Size", c.file, owner)
		} else if strings.Contains(owner.Schema.Description, "Flattened") {
			t.Errorf("%s: Owner described as flattened: %q", c.file, owner.Schema.Description)
		}
		var things *opspec.Schema
		if res.Op.Response != nil {
			for _, p := range res.Op.Response.Properties {
				if p.Name == "Things" {
					things = p.Schema
				}
			}
		}
		if things == nil || len(things.Properties) != 1 || things.Properties[0].Name != "Thing" ||
			things.Properties[0].Schema.Type != "array" {
			t.Errorf("%s: Things = %+v, want an object holding the list Thing (the only row of the set ThingSetType)", c.file, things)
		}
	}
}
