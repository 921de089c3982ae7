package scrape

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
//     是/否. Every other pair of records the Required answers end a sentence ("はい。",
//     "Ya.", "是。"), and every other four the section headings are labels ending in a
//     colon, full-width in Japanese and Chinese ("リクエストパラメーター：", "Parameter
//     permintaan:"). Type cells stay as the convention writes them (ASCII);
//   - lgcolumns: the columns shape (aligned columns, columns_shape_test.go) in the lgwords
//     shape's words, each description followed by a sentence in the page's language
//     (lgSentences) that wraps in its column, at a space or anywhere in Japanese and
//     Chinese text; every other triple of records aligned by display width (a wide
//     character two columns), the others by character count; a blank line after each
//     row every other six records.

// lgLangs are the languages of the lg shapes, a record each in turn.
var lgLangs = []string{"ja", "id", "tc"}

// lgWords is the word set of the lgwords shape for the seq-th record: the language's site
// words (langWords' base), the section headings, columns and Required answers its real
// pages use, the answers ending in a full stop every other pair of records and the
// headings written as labels every other four.
func lgWords(seq int) pageWords {
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
	if seq/(2*len(lgLangs))%2 == 1 {
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
