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

// Type cells written in other languages' words and list spellings (Java's Short and
// byte[], SQL's bigint, "String Array", "List[String]", "Array(String)", "Long/Integer",
// JSONArray) read as what the word says, with no "unknown type" warning. A JSON array's
// items come from the JSON example, or else are strings with a warning naming the field.
// Hand-made page.
const typeWordsPage = `# DescribeThings

Describes things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|RegionId|String|Yes|cn-hangzhou|The region. |
|Ids|String Array|No|\["a"\]|The IDs. |
|Count|Short|No|3|The count. |
|Size|Long/Integer|No|4|The size. |
|Tags|List\[String\]|No|t|The tags. |
|Zones|Array(String)|No|z|The zones. |
|Amount|BigDecimal|No|1.5|The amount. |
|Total|bigint|No|9|The total. |
|Data|byte\[\]|No|AAEC|The data. |

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID. |
|Codes|Json Array| |The codes. |
|Items|JSONArray| |The items. |
|Config|JSONObject| |The configuration. |

## Examples

Sample success responses

` + "```json" + `
{
    "RequestId": "r-1",
    "Codes": [],
    "Items": [{"id": 1, "name": "a"}],
    "Config": {"mode": "fast"}
}
` + "```" + `
`

func TestTypeWordsEndToEnd(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeThings.md", []byte(typeWordsPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.Op.Params {
		got[p.Name] = schemaWord(p.Schema)
	}
	for _, p := range res.Op.Response.Properties {
		got[p.Name] = schemaWord(p.Schema)
	}
	want := map[string]string{
		"RegionId": "string", "Ids": "array<string>", "Count": "integer/int32", "Size": "integer/int64",
		"Tags": "array<string>", "Zones": "array<string>", "Amount": "number", "Total": "integer/int64",
		"Data": "string/byte", "RequestId": "string", "Items": "array<object{id name}>", "Codes": "array<string>",
		"Config": "object{mode}",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %s, want %s", k, got[k], w)
		}
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "unknown type") {
			t.Errorf("warning %s", w)
		}
	}
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == page.Guess && strings.Contains(w.Msg, "Codes is typed Json Array with no item type")
	}
	if !found {
		t.Errorf("no guess naming Codes in %v", res.Warnings)
	}
	spec := &opspec.Spec{Product: "Things", Version: "2020-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{res.Op}}
	if err := spec.Validate(); err != nil {
		t.Errorf("invalid spec: %v", err)
	}
}

// A spaced text dump writes a postfix list type as two words: "Ids String Array 1,2 ...".
// The row keeps both as its type; "String Array of names" is a String row described as an
// array of names.
func TestSpacedPostfixListType(t *testing.T) {
	src := `DescribeThings

Request parameters

Parameter Type Required Example Description
RegionId String Yes cn-hangzhou Xxx region.
Ids String Array No 1,2 Xxx ids.
Count Short No 3 Xxx count.

Response parameters

Parameter Type Example Description
RequestId String r-1 Xxx id.
Names String Array of names.
`
	res, err := readExtract(textpage.Reader{}, "DescribeThings.txt", []byte(src), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Op.Params {
		got = append(got, p.Name+":"+schemaWord(p.Schema))
	}
	for _, p := range res.Op.Response.Properties {
		got = append(got, p.Name+":"+schemaWord(p.Schema))
	}
	if g, w := strings.Join(got, " "), "RegionId:string Ids:array<string> Count:integer/int32 RequestId:string Names:string"; g != w {
		t.Errorf("fields %s, want %s\nwarnings %v", g, w, res.Warnings)
	}
}

// schemaWord renders a schema's type for a test: "integer/int64", "array<string>",
// "object{id name}".
func schemaWord(s *opspec.Schema) string {
	switch {
	case s == nil:
		return "nil"
	case s.Type == "array":
		return "array<" + schemaWord(s.Items) + ">"
	case s.Type == "object" && s.AdditionalProperties != nil:
		return "map"
	case s.Type == "object":
		return "object{" + propList(s) + "}"
	case s.Format != "":
		return s.Type + "/" + s.Format
	}
	return s.Type
}
