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
