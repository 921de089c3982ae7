package scrape

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// The lg shapes of unseenShapes: a page of the unchanged convention (English, the layout's
// words) rendered in the words of the Japanese, Indonesian and Traditional Chinese sites
// (help/ja, help/id, help/tc), a language by record, as real pages of those sites write
// them (lgWords):
//
//   - lgwords: the section headings, column names and Required answers of those sites:
//     リクエストパラメーター, レスポンスパラメーター, 例, エラーコード over 名前 | 型 | 必須
//     | 説明 | 例 answered はい/いいえ; Parameter permintaan, Parameter respons, Contoh, Kode
//     kesalahan over Nama | Tipe | Wajib | Deskripsi | Contoh nilai answered Ya/Tidak;
//     請求參數, 返回參數, 示例, 錯誤碼 over 名稱 | 類型 | 是否必選 | 描述 | 示例值 answered
//     是/否. In every other run of three records (a language each) the Required answers end
//     in a full stop ("はい。", "Ya.", "是。"), and in every other run of six the section
//     headings are labels ending in a colon, full-width in Japanese and Chinese
//     ("リクエストパラメーター：", "Parameter permintaan:"). Type cells stay as the
//     convention writes them (ASCII); the site's chrome, summary and descriptions are in
//     the page's language (textFrames, textDescribe);
//   - lgcolumns: the columns shape (aligned columns, columns_shape_test.go) in the lgwords
//     shape's words, each description followed by a sentence in the page's language
//     (lgSentences) that wraps in its column, at a space or anywhere in Japanese and
//     Chinese text; in every other run of three records aligned by display width (a wide
//     character two columns), in the others by character count; a blank line after each
//     row in every other run of six;
//   - lglabels, lgboldlabels, lgbodylabel, lgrespheads, lgnumheads, lgunderline: the
//     labels, boldlabels, bodylabel (s4bodylabel in the text layouts), respheads, numheads
//     and underline shapes in the words of lgWords (lgShapes), their labels in the page's
//     language (lgLabels: デバッグ, リクエストボディ, レスポンスヘッダー; Coba sekarang, Isi
//     permintaan, Isi respons; 調試, 請求體, 響應頭), a heading underlined as wide as it shows;
//   - lgsamples (text layouts): the lgwords shape's words with no Examples heading, as
//     excerpts lose it: the sample response's caption opens the section (lgSampleCaptions:
//     "Respons sukses", "レスポンス例", "正常返回範例"), after a legacy page's sample
//     request's ("リクエストの例", "Contoh permintaan", "請求範例");
//   - lgletters: the lgwords shape's words with the section headings as a PDF export sets
//     them and pdftotext copies them: letter-spaced in Japanese and Chinese ("リ ク エ ス ト
//     パ ラ メ ー タ ー", "請 求 參 數"), in capitals in Indonesian ("PARAMETER PERMINTAAN");
//   - lgcolheads: the colheads shape (columns_shape_test.go) in the words of lgWords, each
//     header cell wrapped in its column as lynx wraps a <th>: a word of Latin letters
//     whole, Chinese and Japanese text between any two characters ("是否" over "必選",
//     "Contoh" over "nilai").

// lgShapes are the lg shapes, each with the shape of unseenShapes it writes in the words
// of lgWords ("" for none): the section headings as labels (labels, boldlabels, a
// debugging section's too), a ROA request's body parameters and a ROA response's headers
// and body under labels (bodylabel, in the text layouts s4bodylabel; respheads), the
// headings numbered (numheads) or underlined (underline, as wide as the heading's display).
var lgShapes = map[string]string{
	"lgwords": "", "lgcolumns": "", "lglabels": "labels", "lgboldlabels": "boldlabels", "lgbodylabel": "bodylabel",
	"lgrespheads": "respheads", "lgnumheads": "numheads", "lgunderline": "underline", "lgsamples": "", "lgletters": "",
	"lgcolheads": "colheads",
}

// lgSampleCaptions are the captions over a sample response of the sites of lgWords, by
// language, as their pages write them under the Examples heading (Respons sukses on kms
// ListKmsInstances-cells-id, 正常に処理された場合のレスポンス例 on cbn CreateCen-piperow-ja).
var lgSampleCaptions = map[string][]string{
	"ja": {"正常に処理された場合のレスポンス例", "レスポンス例", "レスポンスの例"},
	"id": {"Respons sukses", "Contoh respons sukses", "Contoh respons"},
	"tc": {"正常返回範例", "返回範例", "正常返回示例"},
}

// lgLangs are the languages of the lg shapes, a record each in turn.
var lgLangs = []string{"ja", "id", "tc"}

// lgWords is the word set of the lgwords shape for the seq-th record: the language's site
// words (langWords' base), the section headings, columns and Required answers its real
// pages use, the answers ending in a full stop every other pair of records and the
// headings written as labels every other four.
func lgWords(seq int, shape string) pageWords {
	lang := lgLangs[seq%len(lgLangs)]
	var w pageWords
	stop := "。"
	switch lang {
	case "ja":
		w = jaWords
		w.reqParams, w.respParams, w.examples, w.errors = "リクエストパラメーター", "レスポンスパラメーター", "例", "エラーコード"
		w.name, w.typ, w.required, w.description, w.example, w.yes, w.no = "名前", "型", "必須", "説明", "例", "はい", "いいえ"
	case "id":
		w = idWords
		w.reqParams, w.respParams, w.examples, w.errors = "Parameter permintaan", "Parameter respons", "Contoh", "Kode kesalahan"
		w.name, w.typ, w.required, w.description, w.example, w.yes, w.no = "Nama", "Tipe", "Wajib", "Deskripsi", "Contoh nilai", "Ya", "Tidak"
		stop = "."
	case "tc":
		w = tcWords
		w.reqParams, w.respParams, w.examples, w.errors = "請求參數", "返回參數", "示例", "錯誤碼"
		w.name, w.typ, w.required, w.description, w.example, w.yes, w.no = "名稱", "類型", "是否必選", "描述", "示例值", "是", "否"
	}
	if seq/len(lgLangs)%2 == 1 {
		w.yes, w.no = w.yes+stop, w.no+stop
	}
	if shape == "lgsamples" { // no Examples heading: the sample's caption opens the section
		w.examples = ""
		w.sample = lgSampleCaptions[lang][seq/len(lgLangs)%len(lgSampleCaptions[lang])]
	}
	if shape == "lgletters" { // the headings as a PDF sets them: letter-spaced, or in capitals
		for _, h := range []*string{&w.syntax, &w.reqParams, &w.respParams, &w.examples, &w.errors} {
			if lang == "id" {
				*h = strings.ToUpper(*h)
			} else {
				*h = strings.Join(strings.Split(*h, ""), " ")
			}
		}
	}
	if (shape == "lgwords" || shape == "lgcolumns") && seq/(2*len(lgLangs))%2 == 1 {
		colon := "："
		if lang == "id" {
			colon = ":"
		}
		for _, h := range []*string{&w.syntax, &w.reqParams, &w.respParams, &w.examples, &w.errors} {
			*h += colon
		}
	}
	return w
}

// lgSentences are the sentences the lgcolumns shape writes after each description, by
// language: long enough to wrap in their column.
var lgSentences = map[string]string{
	"ja": "詳細については、製品ドキュメントをご参照ください。指定しない場合はデフォルト値が使用されます。",
	"id": "Untuk informasi selengkapnya, lihat dokumentasi produk. Jika tidak ditentukan, nilai bawaan digunakan.",
	"tc": "取值請參見相關文件，不傳入時使用預設值，詳情請參見產品文件。",
}

// sectionLabels are the words of a page's section labels: the debugging section's heading,
// a ROA request's body label (the location's word, and the request's body named), a ROA
// response's labels over its headers and its body (each a short word and the part named
// in full), and the colon a label ends with.
type sectionLabels struct {
	debug, body, reqBody, respHead, respHeaders, respBody, respBodyFull, colon string
}

// lgLabels are the section labels by page language (sectionLabels), as the sites of
// lgWords name those parts in their headings and Position cells; Chinese names a request's
// body by the Position cell's word (請求體), a response's parts in words of their own.
var lgLabels = map[string]sectionLabels{
	"en": {"Debugging", "Body", "Request body", "Headers", "Response headers", "Body", "Response body", ":"},
	"ja": {"デバッグ", "ボディ", "リクエストボディ", "ヘッダー", "レスポンスヘッダー", "ボディ", "レスポンスボディ", "："},
	"id": {"Coba sekarang", "Body", "Isi permintaan", "Header", "Header respons", "Body", "Isi respons", ":"},
	"tc": {"調試", "請求體", "請求體", "響應頭", "返回頭", "響應體", "響應體", "："},
}

// labelWords are the page's section labels: in an lg shape its language's (lgLabels), in
// the others English, but for a Chinese page's debugging heading (调试), as those shapes
// write them.
func (p *truthPage) labelWords() sectionLabels {
	if l, ok := lgLabels[p.w.lang]; ok && p.lg {
		return l
	}
	l := lgLabels["en"]
	if p.w.lang == "zh" {
		l.debug = "调试"
	}
	return l
}

// TestLangShapesLanguage: a page of the lgwords shape says its language in its words alone (the
// Markdown and text pages have no lang attribute; a text page's URL names it, so it is
// left out here), and the spec's source says it: "ja", "id" or "tc" as lgWords wrote the
// page, never "zh" for a Traditional page or "en" for an Indonesian one.
func TestLangShapesLanguage(t *testing.T) {
	records := everyNth(truthRecords(t), 5%unseenStride, unseenStride)
	for _, s := range unseenShapes {
		base, shape, _ := strings.Cut(s.convention, "+")
		if shape != "lgwords" { // the other lg shapes change no word of the headings
			continue
		}
		t.Run(s.convention, func(t *testing.T) {
			bad := 0
			for i := range records {
				r := &records[i]
				var data []byte
				switch s.ext {
				case ".html":
					data = renderTruthPage(s.convention, i, r)
				case ".md":
					data = renderMDTruthPage(s.convention, i, r)
				default:
					data = urlLineRE.ReplaceAll(renderTextTruthPage(s.convention, i, r), nil)
				}
				name := fmt.Sprintf("%s-%s-%s-%s%s", r.Product, r.Version, r.Operation, s.convention, s.ext)
				lang, err := scrapedLang(name, data, r)
				if want := lgLangs[i%len(lgLangs)]; err != nil || lang != want {
					if bad++; bad <= 3 {
						t.Errorf("%s (%s): language %q, want %q (%v)", name, base, lang, want, err)
					}
				}
			}
			if bad > 3 {
				t.Errorf("%d pages of %d in all", bad, len(records))
			}
		})
	}
}

// urlLineRE matches a text page's URL line, which names the site's language (help/ja).
var urlLineRE = regexp.MustCompile(`(?m)^URL: .*\n`)

// scrapedLang scrapes page data (file name) of record r alone and returns the language its
// operation's source gives.
func scrapedLang(file string, data []byte, r *htmlTruthRecord) (string, error) {
	s := New(Options{Product: r.Product, Version: r.Version}, func(page.Warning) {})
	s.Add(file, file, data)
	specs, err := s.Specs()
	if err != nil {
		return "", err
	}
	if len(specs) != 1 || len(specs[0].Operations) != 1 {
		return "", fmt.Errorf("%d specs", len(specs))
	}
	return specs[0].Operations[0].Source.Lang, nil
}
