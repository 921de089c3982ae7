package scrape

import (
	"strings"
	"testing"
)

// defaultSentencePage is a hand-made Markdown page whose descriptions state defaults inside
// sentences: a clause of its own after the parameter's subject or after another fact
// (read), a per-case pair and a value that is no boolean (noted, none read), and a
// statement that there is none (neither read nor noted).
const defaultSentencePage = `# ListThings

Lists things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|ListThings|The operation.|
|IgnoreStatus|Boolean|No|true|是否忽略实例状态，默认为false。|
|Size|Integer|No|5|分页查询时设置的每页条数。最大值：100，默认值：10。|
|Page|Integer|No|2|The page number. Start value: 1 , Default value: 1 .|
|Category|String|No|cloud|I/O优化实例的默认值为cloud_efficiency，非I/O优化实例的默认值为cloud。|
|All|Boolean|No|true|是否全部删除，默认为10。|
|Remark|String|No|x|描述。默认值：空。|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID.|
`

// TestDefaultInSentenceEndToEnd: a page's default stated in a clause of its own inside a
// sentence reaches the spec typed for its parameter; one case's default and a value of no
// type stay out with a note naming the parameter; "no default" stays out unnoted.
func TestDefaultInSentenceEndToEnd(t *testing.T) {
	spec, warnings := scrapeSource(t, Options{Product: "Demo", Version: "2024-01-01"}, "ListThings.md", defaultSentencePage)
	op := spec.Operations[0]
	for name, want := range map[string]any{"IgnoreStatus": false, "Size": 10.0, "Page": 1.0, "Category": nil, "All": nil, "Remark": nil} {
		if got := param(t, op, name).Schema.Default; got != want {
			t.Errorf("%s: default %#v, want %#v", name, got, want)
		}
	}
	noted := map[string]bool{}
	for _, w := range warnings {
		if name, _, ok := strings.Cut(w.Msg, ":"); ok && strings.Contains(w.Msg, "no default kept") {
			noted[name] = true
		}
	}
	for name, want := range map[string]bool{"IgnoreStatus": false, "Size": false, "Page": false, "Category": true, "All": true, "Remark": false} {
		if noted[name] != want {
			t.Errorf("%s: noted %v, want %v (warnings %v)", name, noted[name], want, warnings)
		}
	}
}
