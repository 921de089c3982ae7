package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A ROA request body that is a JSON list, shown only by the sample request or by a code
// span in the request-body section's prose (the shape of the Elasticsearch RunPipelines and
// plug-in pages), is the operation's whole body: a parameter "body" typed from the example,
// with a guess warning. Before, the body was lost without a word.
func TestListBodyIsWholeBody(t *testing.T) {
	head := "# RunThings\n\nRuns things.\n\n## Request syntax\n\n```\nPOST /things/{Id}/action/run HTTP/1.1\n```\n\n" +
		"## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n|Id|String|Yes|t-1|The ID. |\n\n"
	tail := "## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n"
	for name, pg := range map[string]string{
		"sample request": head + tail + "\n## Examples\n\nSample requests\n\n```\nPOST /things/t-1/action/run HTTP/1.1\ncommon request header\n[\"a\",\"b\"]\n```\n",
		"body section":   head + "## RequestBody\n\nEnter the IDs in RequestBody. Example: `[\"a\",\"b\"]`.\n\n" + tail,
	} {
		res, err := readExtract(mdpage.Reader{}, "RunThings.md", []byte(pg), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var body *opspec.Param
		for _, p := range res.Op.Params {
			if p.In == opspec.InWholeBody {
				body = p
			}
		}
		if body == nil || body.Name != "body" || body.Schema.Type != "array" || body.Schema.Items == nil || body.Schema.Items.Type != "string" {
			t.Errorf("%s: whole-body parameter %+v, want body: array of string (params %v)", name, body, res.Op.Params)
		}
		found := false
		for _, w := range res.Warnings {
			found = found || strings.Contains(w.Msg, "request body is a JSON list shown only by")
		}
		if !found {
			t.Errorf("%s: no guess warning naming the list body: %v", name, res.Warnings)
		}
		if err := (&opspec.Spec{Product: "P", Version: "2020-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{res.Op}}).Validate(); err != nil {
			t.Errorf("%s: spec invalid: %v", name, err)
		}
	}
}

// A ROA body whose fields a table lists as top-level rows while the sample request sends a
// JSON list of objects made of them (written over several lines: the Elasticsearch
// UpdateDict, UpdateHotIkDicts, UpdatePipelines, ShrinkNode pages) is a list of those
// objects: the whole body, an array whose items have the table's fields, with a guess
// warning naming them. A list item with a key no row names leaves the table's fields
// top-level.
func TestListOfTableFieldsIsWholeBody(t *testing.T) {
	page := func(sample string) string {
		return "# UpdateThings\n\nUpdates things.\n\n## Request syntax\n\n```\nPUT /things/{Id}/dict HTTP/1.1\n```\n\n" +
			"## Request parameters\n\n|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n|Id|String|Path|Yes|t-1|The ID. |\n\n" +
			"## RequestBody\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
			"|name|String|Yes|a.dic|The file name. |\n|sourceType|String|No|OSS|The source. |\n\n" +
			"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n\n" +
			"## Examples\n\nSample requests\n\n```\nPUT /things/t-1/dict HTTP/1.1\ncommon request header\n" + sample + "\n```\n"
	}
	res, err := readExtract(mdpage.Reader{}, "UpdateThings.md", []byte(page("[\n  {\n    \"name\": \"a.dic\",\n    \"sourceType\": \"OSS\"\n  },\n  {\n    \"name\": \"b.dic\"\n  }\n]")), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Op.Params {
		got = append(got, p.Name+":"+string(p.In))
		if p.In == opspec.InWholeBody {
			if !p.Required || p.Schema.Type != "array" || p.Schema.Items == nil || p.Schema.Items.Type != "object" {
				t.Fatalf("body %+v, want a required array of objects", p)
			}
			for _, prop := range p.Schema.Items.Properties {
				got = append(got, fmt.Sprintf("  %s:%v", prop.Name, prop.Required))
			}
		}
	}
	if g, want := strings.Join(got, " "), "Id:path body:wholebody   name:true   sourceType:false"; g != want {
		t.Errorf("params %q, want %q", g, want)
	}
	found := false
	for _, w := range res.Warnings {
		found = found || strings.Contains(w.Msg, `request body fields name, sourceType are the fields of each item of the JSON list that the sample request sends; read as the whole body (parameter "body", array<object>)`)
	}
	if !found {
		t.Errorf("no guess warning naming the fields: %v", res.Warnings)
	}
	if err := (&opspec.Spec{Product: "P", Version: "2020-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{res.Op}}).Validate(); err != nil {
		t.Errorf("spec invalid: %v", err)
	}

	res, err = readExtract(mdpage.Reader{}, "UpdateThings.md", []byte(page(`[{"name": "a.dic", "other": 1}]`)), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Op.ParamsIn(opspec.InBody)) != 2 || len(res.Op.ParamsIn(opspec.InWholeBody)) != 0 {
		t.Errorf("an item key no row names: params %v, want the two body rows top-level", res.Op.Params)
	}
}

// A request body row typed a bare "Array" with child rows, which the sample request sends
// as one object of those fields (Elasticsearch UpdateInstanceChargeType paymentInfo,
// UpdateDict ossObject), is that object, with a guess warning naming it; a sample that
// sends a key no child row names leaves the table's array.
func TestArrayRowSentAsObject(t *testing.T) {
	page := func(sample string) string {
		return "# ChangeThing\n\nChanges a thing.\n\n## Request syntax\n\n```\nPOST /things/{Id}/change HTTP/1.1\n```\n\n" +
			"## Request parameters\n\n|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n|Id|String|Path|Yes|t-1|The ID. |\n\n" +
			"## RequestBody\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
			"|paymentInfo|Array|Yes| |The billing. |\n|└duration|Integer|Yes|1|The duration. |\n|└pricingCycle|String|Yes|Month|The cycle. |\n\n" +
			"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n\n" +
			"## Examples\n\nSample requests\n\n```\nPOST /things/t-1/change HTTP/1.1\ncommon request header\n" + sample + "\n```\n"
	}
	for _, c := range []struct{ sample, want string }{
		{`{"paymentInfo": {"duration": 1, "pricingCycle": "Month"}}`, "object"},
		{`{"paymentInfo": {"duration": 1, "other": 2}}`, "array"},
	} {
		res, err := readExtract(mdpage.Reader{}, "ChangeThing.md", []byte(page(c.sample)), extract.Page)
		if err != nil {
			t.Fatal(err)
		}
		var pay *opspec.Param
		for _, p := range res.Op.Params {
			if p.Name == "paymentInfo" {
				pay = p
			}
		}
		if pay == nil || pay.Schema.Type != c.want {
			t.Fatalf("sample %s: paymentInfo %+v, want %s", c.sample, pay, c.want)
		}
		obj := pay.Schema
		if c.want == "array" {
			obj = obj.Items
		}
		if propNamed(obj, "duration") == nil || propNamed(obj, "pricingCycle") == nil {
			t.Errorf("sample %s: fields of paymentInfo lost: %+v", c.sample, obj)
		}
		found := false
		for _, w := range res.Warnings {
			found = found || strings.Contains(w.Msg, "request parameter paymentInfo: the table says Array, the sample request sends one object of its fields; read as that object")
		}
		if found != (c.want == "object") {
			t.Errorf("sample %s: guess warning present %v: %v", c.sample, found, res.Warnings)
		}
	}
}
