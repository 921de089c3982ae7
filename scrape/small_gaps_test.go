package scrape

import (
	"fmt"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// Shapes of pages nobody here has seen: a heading followed by its permalink (an <a>
// holding 🔗, a Markdown link "[#](#x)", a trailing ¶); a Required cell holding a checkbox
// (<input type="checkbox">, checked or not) or a ballot box (☑, ☐); types "Tag[]" (a list
// of Tag structs) and "date-time". Before, the permalinked heading was unknown and its
// table dropped, the checkbox cells read as blank (optional, no warning), the ballot
// boxes as unknown words, and both types as strings with a guess.
const smallGapsHTML = `<html><body><h1>GetThing</h1><p>Gets a thing.</p>
<h2>Request parameters<a class="anchor" href="#request-parameters">🔗</a></h2>
<table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>ThingId</td><td>String</td><td><input type="checkbox" checked disabled></td><td>The thing.</td></tr>
<tr><td>Since</td><td>date-time</td><td><input type="checkbox" disabled></td><td>A time.</td></tr>
<tr><td>Flag</td><td>Boolean</td><td>☑</td><td>A flag.</td></tr>
<tr><td>Note</td><td>String</td><td>☐</td><td>A note.</td></tr>
<tr><td>Tags</td><td>Tag[]</td><td>☐</td><td>The tags.</td></tr>
</table>
<h2>Response parameters <a href="#response-parameters">¶</a></h2>
<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></table>
</body></html>
`

const smallGapsMD = `# GetThing

Gets a thing.

## Request parameters [#](#request-parameters)

| Parameter | Type | Required | Description |
|---|---|---|---|
| ThingId | String | <input type="checkbox" checked disabled> | The thing. |
| Since | date-time | <input type="checkbox" disabled /> | A time. |
| Flag | Boolean | ☑ | A flag. |
| Note | String | ☐ | A note. |
| Tags | Tag[] | ☐ | The tags. |

## Response parameters ¶

| Parameter | Type | Description |
|---|---|---|
| RequestId | String | The request ID. |
`

func TestSmallGaps(t *testing.T) {
	for _, c := range []struct {
		r    page.Reader
		file string
		src  string
	}{
		{htmlpage.Reader{}, "GetThing.html", smallGapsHTML},
		{mdpage.Reader{}, "GetThing.md", smallGapsMD},
	} {
		res, err := readExtract(c.r, c.file, []byte(c.src), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		for _, w := range res.Warnings {
			if w.Kind != page.Info {
				t.Errorf("%s: warning %v", c.file, w)
			}
		}
		want := map[string]string{"ThingId": "true string ", "Since": "false string date-time",
			"Flag": "true boolean ", "Note": "false string ", "Tags": "false array object"}
		got := map[string]string{}
		for _, p := range res.Op.Params {
			s := p.Schema
			detail := s.Format
			if s.Items != nil {
				detail = s.Items.Type
			}
			got[p.Name] = fmt.Sprintf("%v %s %s", p.Required, s.Type, detail)
		}
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%s: %s = %q (required, type, format or items), want %q", c.file, name, got[name], w)
			}
		}
		if res.Op.Response == nil || len(res.Op.Response.Properties) != 1 {
			t.Errorf("%s: response fields %v, want RequestId", c.file, res.Op.Response)
		}
	}
}
