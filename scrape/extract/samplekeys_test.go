package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestSampleBodyPaddedKeys: a sample request may pad its JSON keys with spaces
// (`" migrateConfig ": {...}`, elasticsearch CreateDataTasks). Where no table lists the
// body's fields, the sample's keys become parameters: a padded key is the name it pads, and
// a key that is no parameter name even trimmed is dropped by name, warned. Before, both
// became parameters named with spaces.
func TestSampleBodyPaddedKeys(t *testing.T) {
	p := sampleBodyPage("{\"sourceCluster\": {\"index\": \"a\"}, \" migrateConfig \": {\"filter\": \"\"}, \" two words \": 1}")
	op, res := mustOp(t, p)
	if s := paramLocations(op); s != "InstanceId:path,sourceCluster:body,migrateConfig:body" {
		t.Errorf("params = %s (warnings %v)", s, res.Warnings)
	}
	if !hasWarning(res, `request body field "two words" of the sample request dropped`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestSampleBodyPaddedNestedKeys: the keys of an object nested in the sample are padded
// too (`"sinkCluster": {" username ": ...}`, elasticsearch CreateDataTasks). The field typed
// from the sample has the properties the keys pad; before, a spaced key read the object as
// a map of settings, its fields lost.
func TestSampleBodyPaddedNestedKeys(t *testing.T) {
	p := sampleBodyPage("{\"sinkCluster\": {\" username \": \"elastic\", \" password \": \"x\", \"list\": [{\" index \": \"a\"}]}}")
	op, res := mustOp(t, p)
	var sink *opspec.Param
	for _, q := range op.Params {
		if q.Name == "sinkCluster" {
			sink = q
		}
	}
	if sink == nil {
		t.Fatalf("no sinkCluster parameter (warnings %v)", res.Warnings)
	}
	var got []string
	for _, q := range sink.Schema.Properties {
		got = append(got, q.Name)
		if q.Schema.Items != nil {
			for _, r := range q.Schema.Items.Properties {
				got = append(got, q.Name+"."+r.Name)
			}
		}
	}
	if s := strings.Join(got, ","); s != "username,password,list,list.index" {
		t.Errorf("sinkCluster properties = %q (warnings %v)", s, res.Warnings)
	}
}

// sampleBodyPage is a ROA page whose tables list no body field, with a sample request
// whose JSON body is body.
func sampleBodyPage(body string) *page.Page {
	return &page.Page{File: "t.md", Title: "# CreateTasks", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /openapi/instances/[InstanceId]/tasks HTTPS|HTTP")),
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"InstanceId", "String", "Yes", "The instance.", "es-1"},
		)),
		sec(page.Examples, "Examples", 12, code(13, "POST /openapi/instances/es-1/tasks HTTP/1.1\n"+body)),
	}}
}
