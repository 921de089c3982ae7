package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A heading the lexicon does not know, below a request parameter section's ("### Filter"
// under "## Request parameters"), is a label of that section; the table under it was read
// as more of the section's rows, silently. When the label names an object field above it,
// the rows are that field's children; otherwise they stay the section's, with a guess
// naming the label and the rows.
const labelledTableMD = `# ListThings

Lists things.

## Request parameters

|Name|Type|Required|Description|
|Action|String|Yes|ListThings|
|Filter|Object|No|The filter.|
|Thing|Thing|No|The thing.|

### Filter

The fields of the filter.

|Name|Type|Required|Description|
|Key|String|Yes|The key.|

### Thing

|Name|Type|Required|Description|
|Size|Integer|No|The size.|

### Advanced options

|Name|Type|Required|Description|
|Verbose|Boolean|No|Says more.|

## Response parameters

|Name|Type|Description|
|RequestId|String|The request ID.|
`

const labelledTableHTML = `<html><body><h1>ListThings</h1><p>Lists things.</p>
<h2>Request parameters</h2>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>Action</td><td>String</td><td>Yes</td><td>ListThings</td></tr>
<tr><td>Filter</td><td>Object</td><td>No</td><td>The filter.</td></tr>
<tr><td>Thing</td><td>Thing</td><td>No</td><td>The thing.</td></tr></table>
<h3>Filter</h3><p>The fields of the filter.</p>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>Key</td><td>String</td><td>Yes</td><td>The key.</td></tr></table>
<h3>Thing</h3>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>Size</td><td>Integer</td><td>No</td><td>The size.</td></tr></table>
<h3>Advanced options</h3>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>Verbose</td><td>Boolean</td><td>No</td><td>Says more.</td></tr></table>
<h2>Response parameters</h2>
<table><tr><th>Name</th><th>Type</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></table>
</body></html>
`

func TestLabelledTable(t *testing.T) {
	for _, c := range []struct {
		r    page.Reader
		file string
		src  string
	}{
		{mdpage.Reader{}, "ListThings.md", labelledTableMD},
		{htmlpage.Reader{}, "ListThings.html", labelledTableHTML},
	} {
		res, err := readExtract(c.r, c.file, []byte(c.src), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		params := map[string]*opspec.Param{}
		for _, p := range res.Op.Params {
			params[p.Name] = p
		}
		if p := params["Key"]; p != nil {
			t.Errorf("%s: Key read as a top-level parameter", c.file)
		}
		f := params["Filter"]
		if f == nil || len(f.Schema.Properties) != 1 || f.Schema.Properties[0].Name != "Key" || !f.Schema.Properties[0].Required {
			t.Errorf("%s: Filter = %+v, want an object holding the required Key", c.file, f)
		} else if strings.Contains(f.Schema.Description, "Flattened") {
			t.Errorf("%s: Filter described as flattened: %q", c.file, f.Schema.Description)
		}
		if th := params["Thing"]; th == nil || th.Schema.Type != "object" || len(th.Schema.Properties) != 1 || th.Schema.Properties[0].Name != "Size" {
			t.Errorf("%s: Thing = %+v, want an object holding Size (its struct defined under ### Thing)", c.file, th)
		}
		if params["Verbose"] == nil {
			t.Errorf("%s: Verbose lost", c.file)
		}
		warned := false
		for _, w := range res.Warnings {
			if w.Kind != page.Info && strings.Contains(w.Msg, `"Thing"`) {
				t.Errorf("%s: guess about Thing, whose struct the page defines: %s", c.file, w)
			}
			if w.Kind == page.Guess && strings.Contains(w.Msg, `"Advanced options"`) && strings.Contains(w.Msg, "Verbose") {
				warned = true
			}
		}
		if !warned {
			t.Errorf("%s: the table under the unknown label is not warned by name: %v", c.file, res.Warnings)
		}
	}
}

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
