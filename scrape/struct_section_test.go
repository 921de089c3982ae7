package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A field typed with a struct that a section of its own defines (KMS DescribeKeyVersion:
// "KeyVersion | [KeyVersion](#section)" in the response, then "## KeyVersion" and a table)
// gets that table's rows as its fields, in the request as in the response and for a list
// of the struct; the table was dropped with a warning, and the response fields were typed
// from the JSON example (or lost where it has none). A heading naming no field stays
// warned.
const structSectionMD = `# DescribeThing

Describes a thing.

## Request parameters

|Name|Type|Required|Description|
|Action|String|Yes|DescribeThing|
|Filter|[Filter](#filter)|No|The filter.|

## Response parameters

|Name|Type|Description|
|RequestId|String|The request ID.|
|Thing|[Thing](#thing)|The thing.|
|Tags|Array of Tag|The tags.|

## Filter {#filter}

|Name|Type|Required|Description|
|Key|String|Yes|The key.|

## Thing {#thing}

|Name|Type|Description|
|ThingId|String|The ID.|
|Size|Integer|The size.|

## Tag

|Name|Type|Description|
|Key|String|The key.|
|Value|String|The value.|

## Other

|Name|Type|Description|
|Stray|String|Nobody's.|
`

func TestStructSection(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeThing.md", []byte(structSectionMD), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	op := res.Op
	var filter *opspec.Schema
	for _, p := range op.Params {
		if p.Name == "Filter" {
			filter = p.Schema
		}
	}
	if filter == nil || filter.Type != "object" || len(filter.Properties) != 1 || filter.Properties[0].Name != "Key" || !filter.Properties[0].Required {
		t.Errorf("request Filter = %+v, want an object with the required field Key", filter)
	}
	want := map[string]string{"Thing": "ThingId:string Size:integer", "Tags": "Key:string Value:string"}
	for _, p := range op.Response.Properties {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		delete(want, p.Name)
		s := p.Schema
		if p.Name == "Tags" {
			if s.Type != "array" || s.Items == nil {
				t.Errorf("Tags = %+v, want a list", s)
				continue
			}
			s = s.Items
		}
		var got []string
		for _, c := range s.Properties {
			got = append(got, c.Name+":"+c.Schema.Type)
		}
		if strings.Join(got, " ") != w {
			t.Errorf("%s fields %v, want %s", p.Name, got, w)
		}
		if strings.Contains(s.Description, "Flattened") || strings.Contains(p.Schema.Description, "Flattened") {
			t.Errorf("%s is described as flattened: %q", p.Name, p.Schema.Description)
		}
	}
	for name := range want {
		t.Errorf("response field %s missing: %v", name, op.Response.Properties)
	}
	var stray bool
	for _, w := range res.Warnings {
		if w.Kind == page.Drop && strings.Contains(w.Msg, `"Other"`) && strings.Contains(w.Msg, "Stray") {
			stray = true
		}
		if w.Kind != page.Info && strings.Contains(w.Msg, "names no known type") {
			t.Errorf("guess about a struct the page defines: %s", w)
		}
		if strings.Contains(w.Msg, `"Thing"`) && w.Kind == page.Drop {
			t.Errorf("Thing's table warned unread: %s", w)
		}
	}
	if !stray {
		t.Errorf("the table under an unknown heading naming no field is not warned: %v", res.Warnings)
	}
}
