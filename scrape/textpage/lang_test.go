package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSummaryOpeningWithCaptionIsNoTitle: a dump that lost its title opens with the
// summary, which on the Japanese site often starts with a product's name and its caption in
// brackets ("CEN (Cloud Enterprise Network) インスタンスを作成します。"); a sentence is no
// "Name (caption)" title, and before, "CEN" named the operation over the URL's.
func TestSummaryOpeningWithCaptionIsNoTitle(t *testing.T) {
	in := "URL: https://example.com/help/ja/cen/developer-reference/api-cbn-2017-09-12-createcen\n\n" +
		"CEN (Cloud Enterprise Network) インスタンスを作成します。\n\nリクエストパラメーター\n\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "" {
		t.Errorf("title %q, want none", p.Title)
	}
}

// TestGluedChineseRequiredWordBeforeChineseExample: a concat row glues 是 or 否 to an
// example in Chinese characters ("NameString是測試名稱", a Traditional Chinese page of the
// legacy layout). Only a word of prose that opens with the Required word (是否 "whether")
// keeps it unsplit; before, any Chinese letter after it did, and the row's Required cell
// was lost with a guess.
func TestGluedChineseRequiredWordBeforeChineseExample(t *testing.T) {
	p := readText(t, "請求參數\n\n名稱類型是否必選範例值描述\nNameString是測試名稱\n\n某某。\n\nDescString否测试描述\n\n某某。\n\nflagBoolean是否启用\n\n某某。\n")
	got := rowsOf(table(t, p, page.RequestParams))
	equal(t, "rows", got, []string{"Name|String|是|測試名稱|某某。", "Desc|String|否|测试描述|某某。", "flag|Boolean||是否启用|某某。"})
}
