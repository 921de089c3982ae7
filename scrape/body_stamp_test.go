package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

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
	res, err := readExtract(mdpage.Reader{}, "CreateThing.md", []byte(bodyStampMD), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*opspec.Schema{}
	for _, p := range res.Op.Params {
		got[p.Name] = p.Schema
		if p.Name == "config" {
			for _, c := range p.Schema.Properties {
				got["config."+c.Name] = c.Schema
			}
		}
	}
	for name, want := range map[string]string{"expireTime": "integer/int64", "config.startTime": "string/date-time"} {
		if s := got[name]; s == nil || s.Type+"/"+s.Format != want {
			t.Errorf("%s = %+v, want %s", name, s, want)
		}
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Guess && strings.Contains(w.Msg, "Timestamp") {
			t.Errorf("guess about a Timestamp row its example types: %s", w)
		}
	}
}
