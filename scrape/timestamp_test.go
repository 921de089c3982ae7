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

// stampTypes reads the Markdown page src and checks the "type/format" of the request and
// response fields named in want ("config.startTime" for a field of a request object).
func stampTypes(t *testing.T, file, src string, want map[string]string) *extract.Result {
	t.Helper()
	res, err := readExtract(mdpage.Reader{}, file, []byte(src), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*opspec.Schema{}
	for _, p := range res.Op.Params {
		got[p.Name] = p.Schema
		for _, c := range p.Schema.Properties {
			got[p.Name+"."+c.Name] = c.Schema
		}
	}
	if res.Op.Response != nil {
		for _, p := range res.Op.Response.Properties {
			got[p.Name] = p.Schema
		}
	}
	for name, w := range want {
		if s := got[name]; s == nil || s.Type+"/"+s.Format != w {
			t.Errorf("%s: %s = %+v, want %s", file, name, s, w)
		}
	}
	return res
}

func TestTimestampByExample(t *testing.T) {
	res := stampTypes(t, "ImportThing.md", timestampMD, map[string]string{"ExpireUnix": "integer/int64", "StartMs": "integer/int64", "Since": "string/", "CreationDate": "string/date-time", "ExpireTime": "integer/int64"})
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

// A ROA page's "body" row holds the fields of the request body, which its sample request
// shows with no "body" level ({"expireTime": ...}): a Timestamp row under it takes its
// example value from there, at its path under the body row (config.startTime), as a
// top-level row's does (TestTimestampByExample), and is no "no example value" guess.
const bodyStampMD = `# CreateThing

Creates a thing.

## Request syntax

POST /things HTTP/1.1

## Request parameters

|Name|Type|Required|Description|
|body|object|No|The request body.|
|└ name|string|Yes|The name.|
|└ expireTime|Timestamp|No|When it expires.|
|└ config|object|No|The settings.|
|└└ startTime|Timestamp|No|When it starts.|

## Response parameters

|Name|Type|Description|
|requestId|string|The request ID.|

## Examples

Sample request

` + "```" + `
POST /things HTTP/1.1
Content-Type: application/json

{"name": "a", "expireTime": 1700000000000, "config": {"startTime": "2023-11-14T22:13:20Z"}}
` + "```" + `

Sample response

` + "```json" + `
{"requestId": "r-1"}
` + "```" + `
`

func TestBodyTimestampByExample(t *testing.T) {
	res := stampTypes(t, "CreateThing.md", bodyStampMD, map[string]string{"expireTime": "integer/int64", "config.startTime": "string/date-time"})
	for _, w := range res.Warnings {
		if w.Kind == page.Guess && strings.Contains(w.Msg, "Timestamp") {
			t.Errorf("guess about a Timestamp row its example types: %s", w)
		}
	}
}
