package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// An object or list-of-objects row with nothing under it and no example showing its fields
// becomes a free-form object (the client's map[string]any): a note names each such field
// once. Maps, objects with fields, fields the JSON example adds (warned as inferred) and a
// row another warning already names get none. Hand-made page.
const freeFormPage = `# DescribeThings

Describes things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|RegionId|String|Yes|cn-hangzhou|The region. |
|Labels|Map|No| |The labels. |
|Filter|Object|No| |The filter. |

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID. |
|Result|Struct| |The result. |
|└extendConfigs|Array of Object| |The extended configurations. |
|└settings|Struct| |The settings. |
|└└mode|String|fast|The mode. |
|└spec|InstanceSpecType| |The specification. |
|└extra|Object| |The extras. |

## Examples

Sample success responses

` + "```json" + `
{
    "RequestId": "r-1",
    "Result": {
        "extendConfigs": [],
        "settings": {"mode": "fast"},
        "extra": {},
        "more": {}
    }
}
` + "```" + `
`

func TestFreeFormObjectsNamed(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeThings.md", []byte(freeFormPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "free-form") {
			if w.Kind != page.Info {
				t.Errorf("%s: kind %v, want info (the spec says what the page says)", w, w.Kind)
			}
			got = append(got, w.String())
		}
	}
	want := []string{
		"DescribeThings.md:11: request parameter Filter is an object whose fields the page does not list; typed as a free-form object",
		"DescribeThings.md:19: response field Result.extendConfigs is a list of objects whose fields the page does not list; typed as a list of free-form objects",
		"DescribeThings.md:23: response field Result.extra is an object whose fields the page does not list; typed as a free-form object",
	}
	named := false
	for _, w := range res.Warnings {
		named = named || w.Kind == page.Guess && strings.Contains(w.Msg, `row "spec" has type "InstanceSpecType"`)
	}
	if !named {
		t.Errorf("no guess naming spec (read as a struct): the case this test checks is gone; %v", res.Warnings)
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("notes:\n%s\nwant:\n%s\nall warnings: %v", g, w, res.Warnings)
	}
}
