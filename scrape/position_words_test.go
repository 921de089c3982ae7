package scrape

import (
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A Chinese Position column ("位置": 路径, 查询, 请求头) places each parameter where it says:
// the text reader knew the words, extraction did not, and put the header in the query
// with a guess. Both now read them from the lexicon. Hand-made page of the spaced layout.
const positionWordsPage = `URL: https://help.aliyun.com/zh/x/developer-reference/api-x-2020-01-01-getthing

GetThing

获取东西。

请求语法

GET /things/{ThingId} HTTP/1.1

请求参数

名称 类型 位置 是否必选 示例值 描述
ThingId String 路径 是 t-1 东西 ID。
Mode String 查询 否 fast 模式。
Token String 请求头 否 abc 令牌。

返回参数

名称 类型 示例值 描述
RequestId String r-1 请求 ID。
`

func TestChinesePositionWords(t *testing.T) {
	res, err := readExtract(textpage.Reader{}, "GetThing.txt", []byte(positionWordsPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]opspec.Location{"ThingId": opspec.InPath, "Mode": opspec.InQuery, "Token": opspec.InHeader}
	for _, p := range res.Op.Params {
		if w, ok := want[p.Name]; ok && p.In != w {
			t.Errorf("%s in %q, want %q", p.Name, p.In, w)
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("parameters missing: %v", want)
	}
	for _, w := range res.Warnings {
		if w.Kind != page.Info {
			t.Errorf("a known Position word guesses nothing: %v", w)
		}
	}
}
