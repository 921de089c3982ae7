package scrape

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Pages may document the headers of the response ("Response headers", "响应头",
// "Response header parameters"), as a sub-heading of the response section or as a section of
// their own. The headers are no fields of the response body and no request parameters:
// every reader and the extraction read them as the operation's response headers, which
// the OpenAPI file carries as responses.200.headers. Before the lexicon knew the heading, a
// sub-heading under "Response parameters" made them body fields (with a guess), and a text
// dump's "响应头" line made them query parameters without a word; then they were dropped
// with a warning, the model having no place for them.
// The parts of the pages: the request, the response body's fields, and the response
// headers under a heading given.
const (
	rhRequestMD = `# GetThing

Gets a thing.

## Request syntax

` + "```" + `
GET /things/{ThingId} HTTP/1.1
` + "```" + `

## Request parameters

|Parameter|Type|Position|Required|Example|Description|
|---------|----|--------|--------|-------|-----------|
|ThingId|String|Path|Yes|t-1|The thing.|

`
	rhBodyMD = `## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID.|
|Name|String|n-1|The name.|

`
	rhHeadersMD = `

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|x-oss-request-id|String|5C06A3B67B8B5A3DA422299D|The request ID.|
|ETag|String|5B3C1A2E053D|The entity tag.|

`
	rhRequestHTML = `<html><body><h1>GetThing</h1><p>Gets a thing.</p>
<h2>Request syntax</h2><pre><code>GET /things/{ThingId} HTTP/1.1</code></pre>
<h2>Request parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Position</th><th>Required</th><th>Example</th><th>Description</th></tr>
<tr><td>ThingId</td><td>String</td><td>Path</td><td>Yes</td><td>t-1</td><td>The thing.</td></tr></table>
`
	rhBodyHTML = `<h2>Response parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>r-1</td><td>The request ID.</td></tr>
<tr><td>Name</td><td>String</td><td>n-1</td><td>The name.</td></tr></table>
`
	rhHeadersHTML = `
<table><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
<tr><td>x-oss-request-id</td><td>String</td><td>5C06A3B67B8B5A3DA422299D</td><td>The request ID.</td></tr>
<tr><td>ETag</td><td>String</td><td>5B3C1A2E053D</td><td>The entity tag.</td></tr></table>
`
	rhRequestText = `GetThing
Gets a thing.
Request syntax
GET /things/{ThingId} HTTP/1.1
Request parameters
| Parameter | Type | Position | Required | Example | Description |
| ThingId | String | Path | Yes | t-1 | The thing. |
`
	rhBodyText = `Response parameters
| Parameter | Type | Example | Description |
| RequestId | String | r-1 | The request ID. |
| Name | String | n-1 | The name. |
`
	rhHeadersText = `
| Parameter | Type | Example | Description |
| x-oss-request-id | String | 5C06A3B67B8B5A3DA422299D | The request ID. |
| ETag | String | 5B3C1A2E053D | The entity tag. |
`
)

// responseHeaderPages hold the headers under the response section's heading and in a
// section of their own before it, in every format.
var responseHeaderPages = map[string]string{
	"nested.md":   rhRequestMD + rhBodyMD + "### Response headers" + rhHeadersMD,
	"own.md":      rhRequestMD + "## Response parameters (Headers)" + rhHeadersMD + rhBodyMD,
	"nested.html": rhRequestHTML + rhBodyHTML + "<h3>Response headers</h3>" + rhHeadersHTML + "</body></html>\n",
	"own.html":    rhRequestHTML + "<h2>Response header parameters</h2>" + rhHeadersHTML + rhBodyHTML + "</body></html>\n",
	"nested.txt":  rhRequestText + rhBodyText + "Response headers" + rhHeadersText,
	"own.txt":     rhRequestText + "响应头" + rhHeadersText + rhBodyText,
}

func TestResponseHeadersCarried(t *testing.T) {
	for file, src := range responseHeaderPages {
		t.Run(file, func(t *testing.T) {
			spec, warns := scrapeSource(t, Options{Product: "Thing", Version: "2020-01-01"}, file, src)
			if len(spec.Operations) != 1 {
				t.Fatalf("%d operations", len(spec.Operations))
			}
			op := spec.Operations[0]
			doc, err := opspec.ToOpenAPI(spec)
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Validate(context.Background()); err != nil {
				t.Errorf("kin-openapi validation: %v", err)
			}
			js, err := json.Marshal(doc.Paths.Value("/things/{ThingId}").Get.Responses.Status(200).Value.Content.Get("application/json").Schema.Value.Properties)
			if err != nil {
				t.Fatal(err)
			}
			var props map[string]any
			if err := json.Unmarshal(js, &props); err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"RequestId", "Name"} {
				if props[want] == nil {
					t.Errorf("response body lacks %s: %s", want, js)
				}
			}
			for _, h := range []string{"x-oss-request-id", "ETag"} {
				if props[h] != nil {
					t.Errorf("response header %s is a response body property", h)
				}
				for _, p := range op.Params {
					if p.Name == h {
						t.Errorf("response header %s is a request parameter (%s)", h, p.In)
					}
				}
			}
			var got []string
			for _, h := range op.ResponseHeaders {
				got = append(got, h.Name+":"+h.Schema.Type+":"+h.Schema.Example+":"+h.Schema.Description)
			}
			want := "x-oss-request-id:string:5C06A3B67B8B5A3DA422299D:The request ID.,ETag:string:5B3C1A2E053D:The entity tag."
			if strings.Join(got, ",") != want {
				t.Errorf("response headers %v, want %s", got, want)
			}
			headers := doc.Paths.Value("/things/{ThingId}").Get.Responses.Status(200).Value.Headers
			for _, h := range []string{"x-oss-request-id", "ETag"} {
				if headers[h] == nil || !headers[h].Value.Schema.Value.Type.Is("string") {
					t.Errorf("responses.200.headers lacks %s: %v", h, headers)
				}
			}
			for _, w := range warns {
				if w.Kind == page.Drop && strings.Contains(w.Msg, "response header") {
					t.Errorf("a response header is dropped: %v", w)
				}
			}
		})
	}
}

// A sub-heading the lexicon does not know after a "### Response headers" sub-section is a
// sibling of it under the response section: its table lists fields of the response body (the
// struct field it names), not a section of its own. Before, it opened an Other section whose
// table was warned unread and the fields came only from the JSON example, untyped.
const (
	rhStructMD = `## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID.|
|Data|Object| |The thing.|

### Response headers
` + rhHeadersMD + `### Data

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|Size|Long|12|The size.|
|Owner|String|o-1|The owner.|

`
	rhStructHTML = `<h2>Response parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>r-1</td><td>The request ID.</td></tr>
<tr><td>Data</td><td>Object</td><td></td><td>The thing.</td></tr></table>
<h3>Response headers</h3>` + rhHeadersHTML + `<h3>Data</h3>
<table><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
<tr><td>Size</td><td>Long</td><td>12</td><td>The size.</td></tr>
<tr><td>Owner</td><td>String</td><td>o-1</td><td>The owner.</td></tr></table>
`
)

func TestSubHeadingAfterResponseHeaders(t *testing.T) {
	// the same under a heading that names no field, with no container row above it
	unnamed := strings.NewReplacer("### Data", "### More fields", "<h3>Data", "<h3>More fields",
		"|Data|Object|", "|Data|String|", "<td>Data</td><td>Object</td>", "<td>Data</td><td>String</td>")
	for file, src := range map[string]string{
		"struct.md":    rhRequestMD + rhStructMD,
		"struct.html":  rhRequestHTML + rhStructHTML + "</body></html>\n",
		"unnamed.md":   rhRequestMD + unnamed.Replace(rhStructMD),
		"unnamed.html": rhRequestHTML + unnamed.Replace(rhStructHTML) + "</body></html>\n",
	} {
		t.Run(file, func(t *testing.T) {
			spec, warns := scrapeSource(t, Options{Product: "Thing", Version: "2020-01-01"}, file, src)
			if len(spec.Operations) != 1 {
				t.Fatalf("%d operations", len(spec.Operations))
			}
			resp := spec.Operations[0].Response
			if resp == nil {
				t.Fatal("no response")
			}
			for _, h := range []string{"x-oss-request-id", "ETag"} {
				if slices.Contains(propNames(resp), h) {
					t.Errorf("response header %s is a response body field", h)
				}
			}
			var path []string
			if strings.HasPrefix(file, "struct") {
				path = []string{"Data"}
			}
			for name, typ := range map[string]string{"Size": "integer", "Owner": "string"} {
				if f := prop(t, resp, append(path, name)...); f.Type != typ {
					t.Errorf("%s is a %s, want a %s", name, f.Type, typ)
				}
			}
			named := false
			for _, w := range warns {
				if strings.Contains(w.Msg, "not read") || strings.Contains(w.Msg, "unread") || strings.Contains(w.Msg, "Size") && w.Kind == page.Drop {
					t.Errorf("table left unread: %s", w.Msg)
				}
				named = named || strings.Contains(w.Msg, "Size") && strings.Contains(w.Msg, "Owner") && (w.Kind == page.Guess || path != nil)
			}
			if !named {
				t.Errorf("no warning names the rows Size, Owner the heading's table gives: %v", warns)
			}
		})
	}
}

// A page whose only table lists the response headers (an operation answering with headers
// alone) is shaped as an operation page, so that its sample request names it when the
// excerpt has lost its title. Before, it was "not an API operation page".
func TestHeadersOnlyPageIsOperation(t *testing.T) {
	src := `Request parameters
None.
Response headers
| Parameter | Type | Example | Description |
| x-oss-request-id | String | 5C06A3B67B8B5A3DA422299D | The request ID. |
| ETag | String | 5B3C1A2E053D | The entity tag. |
Examples
Sample requests
https://thing.aliyuncs.com/?Action=HeadThing&ThingId=t-1
`
	spec, warns := scrapeSource(t, Options{Product: "Thing", Version: "2020-01-01"}, "page.txt", src)
	if len(spec.Operations) != 1 || spec.Operations[0].Name != "HeadThing" {
		t.Fatalf("operations %v, want HeadThing; warnings %v", spec.Operations, warns)
	}
}
