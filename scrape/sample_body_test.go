package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A sample request body naming a field that no request table lists, on a page whose
// tables list the body's fields (Elasticsearch PostEmonTryAlarmRule: the table's
// AlarmChannel, the sample's channel), is not a parameter: the sample spells a listed
// field otherwise or shows one the API no longer takes, and a client field for it would
// send what the page does not document. It is dropped with a warning naming it. Where no
// table lists a body field, the sample is the body's only documentation and its fields
// stay, with a guess. Before, channel became a body parameter beside AlarmChannel.
func TestSampleOnlyBodyFields(t *testing.T) {
	page1 := func(bodyTable string) string {
		return "# TryThing\n\nTries a thing.\n\n## Request syntax\n\n```\nPOST /things/{Id}/_test HTTP/1.1\n```\n\n" +
			"## Request parameters\n\n|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n|Id|String|Path|Yes|t-1|The ID. |\n\n" +
			bodyTable +
			"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n\n" +
			"## Examples\n\nSample requests\n\n```\nPOST /things/t-1/_test HTTP/1.1\ncommon request header\n" +
			"{\n  \"ruleName\": \"r\",\n  \"channel\": {\n    \"sms\": true\n  }\n}\n```\n"
	}
	bodyTable := "**RequestBody**\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|ruleName|String|Yes|r|The rule. |\n|AlarmChannel|Object|Yes| |The channels. |\n|└sms|Boolean|No|true|Whether to text. |\n\n"
	for _, tc := range []struct {
		name, table string
		want        []string // body parameters
		warned      page.WarnKind
	}{
		{"body table", bodyTable, []string{"ruleName", "AlarmChannel"}, page.Drop},
		{"no body table", "", []string{"ruleName", "channel"}, page.Guess},
	} {
		res, err := readExtract(mdpage.Reader{}, "TryThing.md", []byte(page1(tc.table)), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, p := range res.Op.ParamsIn(opspec.InBody) {
			got = append(got, p.Name)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s: body parameters %v, want %v", tc.name, got, tc.want)
		}
		warned := false
		for _, w := range res.Warnings {
			warned = warned || w.Kind == tc.warned && strings.Contains(w.Msg, "channel") && strings.Contains(w.Msg, "sample request")
		}
		if !warned {
			t.Errorf("%s: no %v warning naming channel: %v", tc.name, tc.warned, res.Warnings)
		}
	}
}
