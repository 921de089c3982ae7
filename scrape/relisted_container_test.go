package scrape

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A container row listed again in a later table with its own └ rows ("The returned data
// also contains": Result, then └time) continues the first: its rows are its fields, not
// dropped as a duplicate and not left at the top level. Hand-made page of the shape of
// Elasticsearch ListLogstashLog.
const relistedContainerPage = `# ListLogs

Lists logs.

## Request syntax

` + "```" + `
GET /logs HTTP/1.1
` + "```" + `

## Request parameters

|Parameter|Type|Position|Required|Example|Description|
|---|---|---|---|---|---|
|page|Integer|Query|No|1|The page. |

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r-1|The request ID. |
|Result|Array of Result| |The logs. |
|host|String|10.0.0.1|The host. |

The returned data also contains the following parameters.

|Parameter|Type|Example|Description|
|---|---|---|---|
|Result|Struct| |The logs. |
|└time|String|2020-07-22T16:58:00Z|The time. |
|Headers|Struct| |The headers. |
|└X-Total-Count|Integer|1|The count. |
`

func TestRelistedContainerContinues(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "ListLogs.md", []byte(relistedContainerPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range res.Op.Response.Properties {
		got[p.Name] = true
		if p.Name == "Result" {
			if p.Schema.Items == nil || propList(p.Schema.Items) != "host time" {
				t.Errorf("Result items %+v, want fields host time", p.Schema.Items)
			}
		}
	}
	if got["time"] || !got["Headers"] || !got["Result"] {
		t.Errorf("top-level fields %v, want RequestId Result Headers", got)
	}
	want := `ListLogs.md:29: response field "Result" is listed again (first at line 22): its nested rows are read as more fields of it`
	found := false
	for _, w := range res.Warnings {
		found = found || w.Kind == page.Guess && w.String() == want
		if w.Kind == page.Drop {
			t.Errorf("unexpected drop %s", w)
		}
	}
	if !found {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}
