package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A sample request with a JSON body, then a caption that introduces the sample response
// ("Sample success responses", the Japanese "正常に処理された場合のレスポンス例"), then the
// response's JSON: the caption ends the request, so the second JSON block is the response
// example (it was skipped as part of the sample request, the caption being taken for the
// request's text). Hand-made page of that shape.
const sampleCaptionPage = `# CreateNet

Creates a network.

## Request syntax

` + "```http" + `
POST /nets HTTP/1.1
` + "```" + `

## Request parameters

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|Name|String|No|n1|The name.|

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r-1|The request ID.|
|NetId|String|net-1|The network ID.|

## Examples

Sample requests

` + "```http" + `
POST /nets HTTP/1.1
` + "```" + `

` + "```json" + `
{"Name": "n1"}
` + "```" + `

CAPTION

` + "```json" + `
{"RequestId": "r-1", "NetId": "net-1"}
` + "```" + `
`

func TestResponseCaptionAfterRequestBody(t *testing.T) {
	for _, caption := range []string{"Sample success responses", "正常に処理された場合のレスポンス例"} {
		src := strings.Replace(sampleCaptionPage, "CAPTION", caption, 1)
		res, err := readExtract(mdpage.Reader{}, "CreateNet.md", []byte(src), extract.Page)
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"RequestId": "r-1", "NetId": "net-1"}`; res.Op.ResponseExample != want {
			t.Errorf("caption %q: response example %q, want %q", caption, res.Op.ResponseExample, want)
		}
	}
}
