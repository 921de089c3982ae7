package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A row typed "Timestamp" is a number or a date text; its example decides (KMS
// ImportKeyMaterial's KeyMaterialExpireUnix, 1518307200 in the sample request: int64;
// DescribeKeyVersion's CreationDate, "2019-08-06T10:17:04Z" in the JSON example: a
// date-time string). Without an example it stays a string with a guess naming the row.
// Each was a string with an "unknown type" guess. A number in the JSON example is no
// disagreement with the type word.
const timestampMD = `# ImportThing

Imports a thing.

## Request parameters

|Name|Type|Required|Example|Description|
|ExpireUnix|Timestamp|No| |When it expires.|
|StartMs|Timestamp|No|1531985112420|When it starts.|
|Since|Timestamp|No| |Since when.|

## Response parameters

|Name|Type|Description|
|RequestId|String|The request ID.|
|CreationDate|Timestamp|When it was made.|
|ExpireTime|Timestamp|When it expires.|

## Examples

Sample request

` + "```" + `
https://thing.aliyuncs.com/?Action=ImportThing
&ExpireUnix=1518307200
&<common parameters>
` + "```" + `

Sample response

` + "```json" + `
{
  "RequestId": "r-1",
  "CreationDate": "2019-08-06T10:17:04Z",
  "ExpireTime": 1565232000000
}
` + "```" + `
`

func TestTimestampByExample(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "ImportThing.md", []byte(timestampMD), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*opspec.Schema{}
	for _, p := range res.Op.Params {
		got[p.Name] = p.Schema
	}
	for _, p := range res.Op.Response.Properties {
		got[p.Name] = p.Schema
	}
	for name, want := range map[string]string{"ExpireUnix": "integer/int64", "StartMs": "integer/int64", "Since": "string/", "CreationDate": "string/date-time", "ExpireTime": "integer/int64"} {
		s := got[name]
		if s == nil || s.Type+"/"+s.Format != want {
			t.Errorf("%s = %+v, want %s", name, s, want)
		}
	}
	var since bool
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "the table says Timestamp") {
			// the example decides the type word: no conflict to note
			t.Errorf("a Timestamp row's example noted as disagreeing: %s", w)
		}
		if w.Kind != page.Guess {
			continue
		}
		if strings.Contains(w.Msg, `"Since"`) && strings.Contains(w.Msg, "Timestamp") {
			since = true
		} else if strings.Contains(w.Msg, "Timestamp") {
			t.Errorf("guess about a Timestamp row its example types: %s", w)
		}
	}
	if !since {
		t.Errorf("Since, a Timestamp with no example, is not warned: %v", res.Warnings)
	}
}
