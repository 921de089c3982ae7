package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A table that repeats its header part way, in the page's language or another ("参数 |
// 类型 | 是否必选 | ...", "Parameter | Tipe | Wajib | ..."), gets no parameter from the
// repeated header: the row is skipped with a warning, in every reader (the text reader
// starts a new table at such a line; Markdown and HTML keep it as a row).
const repeatedHeaderPage = `# DescribeThings

Describes things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|Action|String|Yes|DescribeThings|The operation.|
|RegionId|String|Yes|cn-hangzhou|The region.|
|参数|类型|是否必选|示例值|描述|
|PageSize|Integer|No|10|The page size.|
|Parameter|Tipe|Wajib|Contoh|Deskripsi|
|PageNumber|Integer|No|1|The page.|

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r-1|The request ID.|
|名称|类型|示例值|描述|
|TotalCount|Integer|3|The count.|
`

func TestRepeatedHeaderRows(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeThings.md", []byte(repeatedHeaderPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range res.Op.Params {
		names = append(names, p.Name)
	}
	for _, p := range res.Op.Response.Properties {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "RegionId PageSize PageNumber RequestId TotalCount" {
		t.Errorf("fields %q, want RegionId PageSize PageNumber RequestId TotalCount", got)
	}
	lines := map[int]bool{}
	for _, w := range res.Warnings {
		if w.Kind == page.Info && strings.Contains(w.Msg, "repeats the table header") {
			lines[w.Line] = true
		}
		if w.Kind != page.Info {
			t.Errorf("a repeated header loses and guesses nothing: %v", w)
		}
	}
	for _, l := range []int{11, 13, 21} {
		if !lines[l] {
			t.Errorf("no warning at line %d for its repeated header row in %v", l, res.Warnings)
		}
	}
}
