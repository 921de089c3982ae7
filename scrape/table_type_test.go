package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestTableTypeOverExample: a row the table types String whose JSON example shows a
// boolean or a number (ecs AttachKeyPair's "└Success | String | true" beside
// "Success": true, and "TotalCount | String" beside 1; the SDK has strings) keeps the
// table's type: the page's type cell says what the field is, the example one value of it.
// The disagreement is told, naming the field, as a note (no type is guessed); the example
// still gives the nesting (Results wraps a list of Result objects).
func TestTableTypeOverExample(t *testing.T) {
	const md = "# AttachThing\n\nAttaches a thing.\n\n## Request parameters\n\n|Name|Type|Required|Example|Description|\n" +
		"|RegionId|String|Yes|cn-hangzhou|The region.|\n\n## Response parameters\n\n|Name|Type|Example|Description|\n" +
		"|RequestId|String|r-1|The request ID.|\n|TotalCount|String|1|How many.|\n|Results| | |The results.|\n" +
		"|Result| | |A result.|\n|└Code|String|200|The code.|\n|└Success|String|true|Whether it worked.|\n\n" +
		"## Examples\n\nSuccessful response examples\n\n`JSON` format\n\n```\n{\n  \"RequestId\": \"r-1\",\n  \"TotalCount\": 1,\n" +
		"  \"Results\": {\n    \"Result\": [\n      {\"Code\": \"200\", \"Success\": true}\n    ]\n  }\n}\n```\n"
	res, err := readExtract(mdpage.Reader{}, "AttachThing.md", []byte(md), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*opspec.Schema{
		"Success":    prop(t, res.Op.Response, "Results", "Result", "[]", "Success"),
		"TotalCount": prop(t, res.Op.Response, "TotalCount"),
	} {
		if s.Type != "string" {
			t.Errorf("%s: %+v, want the table's string", name, s)
		}
	}
	for _, name := range []string{"Success", "TotalCount"} {
		told := false
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, `"`+name+`": the table says String, the JSON example shows`) {
				told = true
				if w.Kind != page.Info {
					t.Errorf("%s: told as %v, want a note: %s", name, w.Kind, w.Msg)
				}
			}
		}
		if !told {
			t.Errorf("%s: the disagreement with the example is not told: %v", name, res.Warnings)
		}
	}
}

// TestExampleContradictsType: a row whose own example cannot be a value of its type
// ("vpcId | Integer | Yes | vpc-bp12nu14urf0upaf***** |", elasticsearch CreateCollector,
// where the SDK has a string; a Boolean whose example is a word) keeps the page's type,
// with a guess naming the row: the page contradicts itself, and the type was silent.
// Examples of their type (digits, true, false) and cells cut off by the page's end say
// nothing.
func TestExampleContradictsType(t *testing.T) {
	const md = "# CreateThing\n\nCreates a thing.\n\n## Request parameters\n\n|Name|Type|Required|Example|Description|\n" +
		"|vpcId|Integer|Yes|vpc-bp12nu14urf0upaf\\*\\*\\*\\*\\*|The VPC.|\n|size|Integer|No|20|The size.|\n" +
		"|dryRun|Boolean|No|false|Check only.|\n|mode|Boolean|No|fast|The mode.|\n\n" +
		"## Response parameters\n\n|Name|Type|Example|Description|\n|RequestId|String|r-1|The request ID.|\n"
	res, err := readExtract(mdpage.Reader{}, "CreateThing.md", []byte(md), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	if s := param(t, res.Op, "vpcId").Schema; s.Type != "integer" {
		t.Errorf("vpcId typed %s, want the page's integer", s.Type)
	}
	var named []string
	for _, w := range res.Warnings {
		if w.Kind == page.Guess && strings.Contains(w.Msg, "but its example") {
			named = append(named, w.Msg[strings.Index(w.Msg, `"`)+1:strings.Index(w.Msg, `":`)])
		}
	}
	if strings.Join(named, ",") != "vpcId,mode" {
		t.Errorf("rows guessed %q, want vpcId and mode: %v", named, res.Warnings)
	}
}
