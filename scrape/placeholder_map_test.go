package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A placeholder row ("{key}") in the table of a Map row's fields makes that row a map
// whose values have the placeholder's type; a placeholder object with no fields of its own
// takes the rows beside it as its fields. The table is tied to the Map row by a caption
// that the row's description quotes, and tables captioned after its rows nest further.
// Hand-made page of the shape of the Elasticsearch ILM policy pages.
const placeholderMapPage = `# PutRules

Creates rules.

## Request syntax

` + "```" + `
PUT /rules HTTP/1.1
` + "```" + `

## Request body

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|name|String|Yes|r1|The name. |
|stages|Map|No| |The stages. See **stages fields**. |

**stages fields**

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|\{key\}|Struct|No| |The stage name. |
|minAge|String|No|30d|The age. |
|steps|Struct|No| |The steps. See **steps fields**. |

**steps fields**

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|rollover|Struct|No| |Roll over. |

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r-1|The request ID. |
|\{name\}|String|x|A top-level placeholder. |
|Labels|Map| |The labels. See **Labels fields**. |
|Quotas|Map| |The quotas. See **Quotas fields**. |

**Labels fields**

|Parameter|Type|Example|Description|
|---|---|---|---|
|<name>|String|blue|The value of a label. |

**Quotas fields**

|Parameter|Type|Example|Description|
|---|---|---|---|
|\*|Integer|10|The quota of a resource. |
`

func TestPlaceholderRowMakesMap(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "PutRules.md", []byte(placeholderMapPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	op := res.Op
	var stages *opspec.Schema
	for _, p := range op.Params {
		if strings.ContainsAny(p.Name, "{}<>") {
			t.Errorf("placeholder row became parameter %q", p.Name)
		}
		if p.Name == "stages" {
			stages = p.Schema
		}
	}
	if stages == nil {
		t.Fatalf("no stages parameter in %v", op.Params)
	}
	if len(stages.Properties) != 0 || stages.AdditionalProperties == nil {
		t.Fatalf("stages is not a map: properties %d, additionalProperties %v", len(stages.Properties), stages.AdditionalProperties)
	}
	val := stages.AdditionalProperties
	if got := propList(val); val.Type != "object" || got != "minAge steps" {
		t.Errorf("stages values: %s with fields %q, want object with minAge steps", val.Type, got)
	}
	for _, p := range val.Properties {
		if p.Name == "steps" && propList(p.Schema) != "rollover" {
			t.Errorf("steps fields %q, want rollover (the captioned table)", propList(p.Schema))
		}
	}
	var labels *opspec.Property
	for _, p := range op.Response.Properties {
		if p.Name == "Labels" {
			labels = p
		}
	}
	if labels == nil || labels.Schema.AdditionalProperties == nil || labels.Schema.AdditionalProperties.Type != "string" || len(labels.Schema.Properties) != 0 {
		t.Errorf("Labels is not a map of strings: %+v", labels)
	}
	for _, p := range op.Response.Properties {
		if p.Name == "Quotas" && (p.Schema.AdditionalProperties == nil || p.Schema.AdditionalProperties.Type != "integer" || len(p.Schema.Properties) != 0) {
			t.Errorf("Quotas is not a map of integers: %+v", p.Schema)
		}
	}
	for _, want := range []string{
		`PutRules.md:37: response field "{name}" stands for map keys but has no parent object; kept as a field of that name`,
		`PutRules.md:22: request parameter "stages" is a map: the row "{key}" stands for its keys; its value has no fields of its own, so the rows beside it, minAge, steps, are read as the value's fields`,
		`PutRules.md:45: response field "Labels" is a map: the row "<name>" stands for its keys (values: String)`,
		`PutRules.md:51: response field "Quotas" is a map: the row "*" stands for its keys (values: Integer)`,
	} {
		found := false
		for _, w := range res.Warnings {
			found = found || w.Kind == page.Guess && w.String() == want
		}
		if !found {
			t.Errorf("no warning %q in:\n%v", want, res.Warnings)
		}
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Drop || strings.Contains(w.Msg, "not an identifier") {
			t.Errorf("unexpected warning %s", w)
		}
	}
}

func propList(s *opspec.Schema) string {
	var n []string
	for _, p := range s.Properties {
		n = append(n, p.Name)
	}
	return strings.Join(n, " ")
}
