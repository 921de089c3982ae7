package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A response row typed Struct whose JSON example is a list of objects (the Elasticsearch
// UpgradeEngineVersion page: Result and Result.validateResult) is a list of those objects:
// an example may show a list by one element, but no example turns one object into a list.
// Its rows are the items' fields, and the guess is warned by name. A Struct the example
// shows as an object stays one.
func TestStructShownAsListIsList(t *testing.T) {
	const pg = "# CheckThings\n\nChecks things.\n\n## Request syntax\n\n```\nPOST /things/{Id}/check HTTP/1.1\n```\n\n" +
		"## Request parameters\n\n|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n|Id|String|Path|Yes|t-1|The ID. |\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|RequestId|String|r-1|The request. |\n|Result|Struct| |The results. |\n|status|String|ok|The status. |\n" +
		"|validateResult|Struct| |The checks. |\n|errorCode|String|E1|The code. |\n|owner|Struct| |The owner. |\n|name|String|n|The name. |\n\n" +
		"## Examples\n\nSample success responses\n\n`JSON` format\n\n```\n" +
		`{"Result": [{"status": "failed", "validateResult": [{"errorCode": "E1"}, {"errorCode": "E2"}], "owner": {"name": "n"}}], "RequestId": "r-1"}` +
		"\n```\n"
	res, err := readExtract(mdpage.Reader{}, "CheckThings.md", []byte(pg), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	r := propNamed(res.Op.Response, "Result")
	if r == nil || r.Type != "array" || r.Items == nil || r.Items.Type != "object" {
		t.Fatalf("Result = %+v, want a list of objects", r)
	}
	v := propNamed(r.Items, "validateResult")
	if v == nil || v.Type != "array" || v.Items == nil || propNamed(v.Items, "errorCode") == nil {
		t.Fatalf("Result[].validateResult = %+v, want a list of objects with errorCode", v)
	}
	if o := propNamed(r.Items, "owner"); o == nil || o.Type != "object" || propNamed(o, "name") == nil {
		t.Errorf("Result[].owner = %+v, want an object with name", o)
	}
	if propNamed(r.Items, "status") == nil {
		t.Error("Result[].status missing")
	}
	n := 0
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "the table says Struct, the JSON example shows a list of objects; read as a list of them") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d guess warnings for Result and validateResult, want 2: %v", n, res.Warnings)
	}
}

// propNamed returns the schema of s's property name (s may be nil), or nil.
func propNamed(s *opspec.Schema, name string) *opspec.Schema {
	if s == nil {
		return nil
	}
	for _, p := range s.Properties {
		if p.Name == name {
			return p.Schema
		}
	}
	return nil
}
