package textpage

import "testing"

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
