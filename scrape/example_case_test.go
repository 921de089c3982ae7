package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A response row whose name the JSON example writes in other letter case ("ZoneInfos" in
// the table, "zoneInfos" in the example: Elasticsearch DescribeLogstash, ListLogstash,
// ModifyElastictask) is one field: the table's name is kept, its rows are placed as the
// example nests them, the example's spelling is not added as a second field, and the
// difference is warned. Where the example has both spellings, each is its own key.
func TestExampleKeyInOtherCaseIsTheRow(t *testing.T) {
	const pg = "# DescribeThing\n\nDescribes a thing.\n\n## Request syntax\n\n```\nGET /things/{Id} HTTP/1.1\n```\n\n" +
		"## Request parameters\n\n|Parameter|Type|Position|Required|Example|Description|\n|---|---|---|---|---|---|\n|Id|String|Path|Yes|t-1|The ID. |\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|RequestId|String|r-1|The request. |\n|Result|Struct| |The thing. |\n" +
		"|ZoneInfos|Array of zoneInfos| |The zones. |\n|zoneId|String|z-1|The zone. |\n|status|String|ok|The zone status. |\n" +
		"|name|String|n|The name. |\n\n" +
		"## Examples\n\nSample success responses\n\n`JSON` format\n\n```\n" +
		`{"Result": {"zoneInfos": [{"zoneId": "z-1", "status": "ok"}], "name": "n", "Label": "a", "label": "b"}, "RequestId": "r-1"}` +
		"\n```\n"
	res, err := readExtract(mdpage.Reader{}, "DescribeThing.md", []byte(pg), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	r := propNamed(res.Op.Response, "Result")
	if r == nil {
		t.Fatal("no Result")
	}
	var names []string
	for _, p := range r.Properties {
		names = append(names, p.Name)
	}
	if got, want := strings.Join(names, " "), "ZoneInfos name Label label"; got != want {
		t.Errorf("Result fields %q, want %q", got, want)
	}
	z := propNamed(r, "ZoneInfos")
	if z == nil || z.Type != "array" || z.Items == nil || propNamed(z.Items, "zoneId") == nil || propNamed(z.Items, "status") == nil {
		t.Errorf("ZoneInfos = %+v, want a list of objects with zoneId and status", z)
	}
	found := false
	for _, w := range res.Warnings {
		found = found || strings.Contains(w.Msg, `response field Result.ZoneInfos: the JSON example writes it "zoneInfos"; the table's name kept`)
		if strings.Contains(w.Msg, "placed under") && strings.Contains(w.Msg, "by row order") {
			t.Errorf("a row placed by row order although the example shows it: %v", w)
		}
	}
	if !found {
		t.Errorf("no warning naming the spelling: %v", res.Warnings)
	}
}
