package textpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedCJKColumnWord: a cell-per-line header (the cells layout) whose column names
// in Japanese or Chinese are split by a space between two of their characters ("エラー
// コード", "錯誤 碼", "データ 型", as a PDF or a wrapped cell spaces them) reads as the
// lexicon reads those names (page.JoinIdeographs; headings since s20-lang): each line one
// column word. Before, such a line was no column word: the error-code table's header was
// read from its rows with a guess ("not recognised"), and the parameter table was lost.
func TestSpacedCJKColumnWord(t *testing.T) {
	for _, hd := range [][]string{{"HTTP ステータス コード", "エラー コード", "エラー メッセージ", "説明"}, {"HTTP 狀態碼", "錯誤 碼", "錯誤 信息", "描述"}} {
		p := readText(t, "エラーコード\n\n"+strings.Join(hd, "\n\n")+"\n\n400\n\nInvalidParameter\n\nThe parameter is invalid.\n\n説明。\n\n"+
			"404\n\nNotFound\n\nThe thing is missing.\n\n説明2。\n\n")
		tb := table(t, p, page.ErrorCodes)
		want := []page.Column{page.ColHTTPStatus, page.ColErrorCode, page.ColErrorMessage, page.ColDescription}
		if fmt.Sprint(tb.Columns) != fmt.Sprint(want) || len(tb.Rows) != 2 {
			t.Errorf("%s: columns %v, %d rows; want %v, 2 rows", hd[1], tb.Columns, len(tb.Rows), want)
		}
		if w := warningsOf(p); w != "" {
			t.Errorf("%s: warnings %s", hd[1], w)
		}
	}
	p := readText(t, "リクエストパラメーター\n\n名前\n\nデータ 型\n\n必須\n\n説明\n\nRegionId\n\nString\n\nはい\n\nリージョンの ID。\n\nPeriod\n\nInteger\n\nいいえ\n\n期間。\n\n")
	equal(t, "params", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|String|はい|リージョンの ID。", "Period|Integer|いいえ|期間。"})
}
