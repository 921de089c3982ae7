package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedChineseRequiredWord: a Chinese concat page glues the one-character Required
// words 是 and 否 to the type and the example ("durationInteger是1"). The row splits
// there when what follows the word cannot continue it (an ASCII example); when Chinese
// text follows ("flagBoolean是否启用"), 是 may start the description, so the row is left
// to the guess it had. Before, 是 and 否 were never split off, and Required stayed unknown.
func TestGluedChineseRequiredWord(t *testing.T) {
	p := readText(t, `请求参数

名称类型是否必选示例值描述
durationInteger是1

某某。

regionIdString否cn-hangzhou

某某。

tagsString否

某某。

countInteger是

某某。

flagBoolean是否启用

某某。
`)
	got := rowsOf(table(t, p, page.RequestParams))
	want := []string{"duration|Integer|是|", "regionId|String|否|", "tags|String|否|", "count|Integer|是|", "flag|Boolean||"}
	if len(got) != len(want) {
		t.Fatalf("rows %q; want %d rows", got, len(want))
	}
	for k := range want {
		if !strings.HasPrefix(got[k], want[k]) {
			t.Errorf("row %q; want %s...", got[k], want[k])
		}
	}
	equal(t, "examples", []string{got[0], got[1]}, []string{"duration|Integer|是|1|某某。", "regionId|String|否|cn-hangzhou|某某。"})
}

// TestGluedRequiredAfterExample: a concat table whose header puts the Required column after
// the Example (名称类型示例值是否必选描述) glues each row's Required word after its example
// ("PeriodString30d否"): the word is the Required cell, not the example's end. A word that
// may end a word of the value is left ("关闭是否", "casino"), the row then missing its cell
// (warned). Under the usual order (是否必选 before 示例值) an example that ends in 否 keeps it.
// Before, the word was read into the example and Required was missing.
func TestGluedRequiredAfterExample(t *testing.T) {
	p := readText(t, `请求参数

名称类型示例值是否必选描述
PeriodString30d否

某某。

RegionIdStringcn-hangzhou是

某某。

EnabledBooleantrueYes

某某。

ModeString关闭是否

某某。

GameStringcasino

某某。
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"Period|String|30d|否|某某。",
		"RegionId|String|cn-hangzhou|是|某某。", "Enabled|Boolean|true|Yes|某某。", "Mode|String|关闭是否||某某。",
		"Game|String|casino||某某。"})
	p = readText(t, `请求参数

名称类型是否必选示例值描述
RegionIdString是cn-hangzhou否

某某。
`)
	equal(t, "usual order", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|String|是|cn-hangzhou否|某某。"})
}
