package textpage

import (
	"fmt"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedPosition: a concat table whose header has a Position column between Type and
// Required glues the row's Position word between its type and its Required word
// ("activeOnlyBooleanQueryいいえtrue"). The word is the lexicon's (page.LocationWords), in
// the page's language or English: it is the Position cell, and the Required word and the
// example after it are read. Before, the Position word, the Required word and the example
// stayed one unread cell, and Required was empty in every row.
func TestGluedPosition(t *testing.T) {
	gluedPositionCases(t, []struct{ lang, page string }{
		{"en", `Request parameters

NameTypePositionRequiredExampleDescription
activeOnlyBooleanQueryNotrue

Whether to show active ones.

RegionIdStringPathYescn-hangzhou

The region.

bodyDataStringBodyNo

The data.
`},
		{"zh", `请求参数

名称类型位置是否必选示例值描述
activeOnlyBoolean查询否true

是否只显示活跃的。

RegionIdString路径是cn-hangzhou

地域。

bodyDataStringBody否

数据。
`},
		{"ja", `リクエストパラメーター

名前型位置必須例説明
activeOnlyBooleanQueryいいえtrue

アクティブなものだけ。

RegionIdStringパスはいcn-hangzhou

リージョン。

bodyDataStringボディいいえ

データ。
`},
	})
}

// TestGluedPositionAfterRequired: the Position column after Required (名前 型 必須 位置 例)
// glues the Position word between the Required word and the example
// ("activeOnlyBooleanいいえQuerytrue"). splitGluedRow reads it there as after Type. Before,
// the Position word opened the example ("Querytrue") and every position was empty.
func TestGluedPositionAfterRequired(t *testing.T) {
	gluedPositionCases(t, []struct{ lang, page string }{
		{"en", `Request parameters

NameTypeRequiredPositionExampleDescription
activeOnlyBooleanNoQuerytrue

Whether to show active ones.

RegionIdStringYesPathcn-hangzhou

The region.

bodyDataStringNoBody

The data.
`},
		{"zh", `请求参数

名称类型是否必选位置示例值描述
activeOnlyBoolean否查询true

是否只显示活跃的。

RegionIdString是路径cn-hangzhou

地域。

bodyDataString否Body

数据。
`},
		{"ja", `リクエストパラメーター

名前型必須位置例説明
activeOnlyBooleanいいえQuerytrue

アクティブなものだけ。

RegionIdStringはいパスcn-hangzhou

リージョン。

bodyDataStringいいえボディ

データ。
`},
	})
}

// gluedPositionCases reads each page's request table: three rows whose positions, Required
// answers and examples are those of the pages above.
func gluedPositionCases(t *testing.T, cases []struct{ lang, page string }) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			tbl := table(t, readText(t, c.page), page.RequestParams)
			got := rowsOf(tbl)
			if len(got) != 3 {
				t.Fatalf("rows %q; want 3", got)
			}
			equal(t, "names", column(tbl, page.ColName), []string{"activeOnly", "RegionId", "bodyData"})
			equal(t, "types", column(tbl, page.ColType), []string{"Boolean", "String", "String"})
			var locs []string
			for _, l := range column(tbl, page.ColLocation) {
				m, _ := page.ParseLocation(l)
				locs = append(locs, m)
			}
			equal(t, "positions", locs, []string{"query", "path", "body"})
			var req []string
			for _, r := range column(tbl, page.ColRequired) {
				v, ok := page.ParseRequired(r)
				req = append(req, fmt.Sprint(v, ok))
			}
			equal(t, "required", req, []string{"false true", "true true", "false true"})
			equal(t, "examples", column(tbl, page.ColExample), []string{"true", "cn-hangzhou", ""})
		})
	}
}
