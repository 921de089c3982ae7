package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A parameter table under a heading the lexicon does not know ("Custom header fields"),
// right after "Path parameters" at the same level, is not read as path parameters (its row
// would make the path template invalid and the operation lost): it is warned naming its
// heading and rows. An error table whose header names no error-code column ("Status |
// Fault | Text") is read by its rows, which show an HTTP status and an error code, with a
// note (TestUnknownErrorHeader has more). A text dump has no heading levels: its unknown heading reads as a line
// before the table, so the rows are warned and placed by name, not in the path.
const unknownHeadingMD = `# GetThing

Gets a thing.

## Request syntax

` + "```" + `
GET /things/{ThingId} HTTP/1.1
` + "```" + `

### Path parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|ThingId|String|Yes|t-1|The thing.|

### Custom header fields

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|x-acs-trace|String|No|abc|A trace id.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID.|

## Error codes

|Status|Fault|Text|
|------|-----|----|
|400|Bad.Thing|The thing is bad.|
`

const unknownHeadingHTML = `<html><body><h1>GetThing</h1><p>Gets a thing.</p>
<h2>Request syntax</h2><pre><code>GET /things/{ThingId} HTTP/1.1</code></pre>
<h3>Path parameters</h3>
<table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Example</th><th>Description</th></tr>
<tr><td>ThingId</td><td>String</td><td>Yes</td><td>t-1</td><td>The thing.</td></tr></table>
<h3>Custom header fields</h3>
<table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Example</th><th>Description</th></tr>
<tr><td>x-acs-trace</td><td>String</td><td>No</td><td>abc</td><td>A trace id.</td></tr></table>
<h2>Response parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>r-1</td><td>The request ID.</td></tr></table>
<h2>Error codes</h2>
<table><tr><th>Status</th><th>Fault</th><th>Text</th></tr>
<tr><td>400</td><td>Bad.Thing</td><td>The thing is bad.</td></tr></table>
</body></html>
`

const unknownHeadingText = `GetThing
Gets a thing.
Request syntax
GET /things/{ThingId} HTTP/1.1
Path parameters
| Parameter | Type | Required | Example | Description |
| ThingId | String | Yes | t-1 | The thing. |
Custom header fields
| Parameter | Type | Required | Example | Description |
| x-acs-trace | String | No | abc | A trace id. |
Response parameters
| Parameter | Type | Example | Description |
| RequestId | String | r-1 | The request ID. |
`

func TestUnknownHeadingEndsSection(t *testing.T) {
	for _, c := range []struct {
		r    page.Reader
		file string
		src  string
		// kept: the header row is read (text) rather than warned unread (Markdown, HTML)
		kept bool
	}{
		{mdpage.Reader{}, "GetThing.md", unknownHeadingMD, false},
		{htmlpage.Reader{}, "GetThing.html", unknownHeadingHTML, false},
		{textpage.Reader{}, "GetThing.txt", unknownHeadingText, true},
	} {
		res, err := readExtract(c.r, c.file, []byte(c.src), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		for _, p := range res.Op.Params {
			if p.In == opspec.InPath && p.Name != "ThingId" {
				t.Errorf("%s: %s read as a path parameter", c.file, p.Name)
			}
		}
		var warned, errWarned bool
		for _, w := range res.Warnings {
			if w.Kind != page.Info && strings.Contains(w.Msg, `"Custom header fields"`) && strings.Contains(w.Msg, "x-acs-trace") {
				warned = true
			}
			if strings.Contains(w.Msg, "Status | Fault | Text") {
				errWarned = true
			}
		}
		if !warned {
			t.Errorf("%s: no warning names the heading Custom header fields and the row x-acs-trace: %v", c.file, res.Warnings)
		}
		if !c.kept && (!errWarned || len(res.Op.Errors) != 1 || res.Op.Errors[0].Code != "Bad.Thing" || res.Op.Errors[0].HTTPStatus != 400) {
			t.Errorf("%s: the error table without an error-code column word is not read with a note: %+v %v", c.file, res.Op.Errors, res.Warnings)
		}
		if c.kept {
			var in opspec.Location
			for _, p := range res.Op.Params {
				if p.Name == "x-acs-trace" {
					in = p.In
				}
			}
			if in != opspec.InHeader {
				t.Errorf("%s: x-acs-trace in %q, want header", c.file, in)
			}
		}
	}
}
