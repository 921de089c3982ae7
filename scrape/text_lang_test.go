package scrape

import (
	"slices"

	"github.com/acsgen/acsgen/scrape/page"
)

// The words of the text layouts in the languages of langWords (TestTextTruth's "L.ja",
// "L.id", "L.tc" conventions), as the real excerpts of ../shared/corpus/text/pages write
// them (the ja, id and zh-Hant pages of the manifest):
//
//   - Japanese: the pages of help/ja keep English type words ("String", "string") and glue
//     the Required answer to them in a concat dump ("Stringはい"); the newer pages head the
//     columns パラメーター or パラメータ / データ型 or タイプ / 必須 and answer はい/いいえ
//     (ecs DescribeInstanceRamRole-cells-ja, dds CreateDBInstance-cells-ja), their pipe dumps
//     型 / 必須 / 任意 with 必須/任意 answers, the response under レスポンスフィールド with a
//     フィールド column (rds DescribeDatabases-pipe-ja); the legacy ones データ型 and 必須/任意
//     (cbn CreateCen-piperow-ja, vpc AllocateEipAddressPro-spaced-ja), or 型 and 必須 / 任意
//     answered 対象 (yes) and 任意 (cbn CreateCen-mdtable-ja), the Action row named 操作;
//   - Indonesian: Indonesian headings (Parameter permintaan, Elemen respons, Contoh, Respons
//     sukses, Kode kesalahan, Sintaks permintaan) over the English columns and Yes/No
//     (kms ListKmsInstances-cells-id, rocketmq CreateInstanceAccount-pipe-id);
//   - Traditional Chinese: 名稱 / 類型 / 必填 / 描述 / 樣本值, 是/否, the RAM table's 操作 /
//     存取層級 / 資源類型 / 條件關鍵字 / 關聯操作 (cms DescribeMetricRuleList-pipe-zh).
//
// Every other record keeps langWords' words instead, which the HTML pages of those sites use.

// textLangWords is the word set of the page's layout in language lang.
func (p *truthPage) textLangWords(lang string) pageWords {
	if p.seq%2 == 1 {
		return langWords(lang, p.seq)
	}
	switch lang {
	case "ja":
		w := jaWords
		legacy := p.legacy || p.variant == "spaced"
		switch {
		case p.variant == "mdtable" && legacy:
			w.required, w.yes, w.no = "必須 / 任意", "対象", "任意"
		case legacy:
			w.typ, w.required, w.yes, w.no = "データ型", "必須/任意", "必須", "任意"
			switch {
			case p.seq%4 == 2:
				w.required = "必須 / 任意"
			case p.variant == "spaced": // a label's colon (vpc AllocateEipAddressPro-spaced-ja)
				w.name, w.example = "名前", "例:"
			}
			w.sample = "正常に処理された場合のレスポンス例"
		case p.variant == "cells" || p.variant == "concat":
			if p.seq%4 == 2 {
				w.name, w.typ, w.reqParams = "パラメータ", "タイプ", "リクエストパラメータ"
			} else {
				w.typ = "データ型"
			}
			// the cells dumps lose the Example column's header, the example before the
			// description (ecs DescribeInstanceRamRole-cells-ja)
			p.bareExample = p.variant == "cells"
		default: // the newer pages' pipe dumps
			w.required, w.yes, w.no = "必須 / 任意", "必須", "任意"
			w.respParams = "レスポンスフィールド"
			w.ram = []string{"RAM 認証", "アクション", "アクセスレベル", "リソースタイプ", "条件キー", "依存アクション"}
			p.element = "フィールド"
		}
		return w
	case "id":
		w := enWords
		w.lang = "id"
		w.reqParams, w.respParams, w.syntax, w.examples, w.errors = idWords.reqParams, idWords.respParams, idWords.syntax, idWords.examples, idWords.errors
		w.sample, w.format = "Respons sukses", "JSONformat"
		if p.tree {
			p.element = "Element"
		}
		return w
	case "tc":
		w := tcWords
		w.required, w.example = "必填", "樣本值"
		w.ram = []string{"授權資訊", "操作", "存取層級", "資源類型", "條件關鍵字", "關聯操作"}
		return w
	}
	return langWords(lang, p.seq)
}

// textFrame are the words around a text page's tables, by language: the site's header, the
// last-updated label, the summary, the debugging link and the legacy sample request.
type textFrame struct {
	header, updated, debugging, sampleRequests, commonParams string
	tryIt, none                                              string // the newer pages' "Try it now" links, the RAM table's "None"
	summary                                                  func(op, product, version string) string
}

var textFrames = map[string]textFrame{
	"en": {"All Products\nSearch\nDocument Center", "Last Updated", "Debugging", "Sample requests", "<Common request parameters>",
		"Try it now\nTest", "None", func(op, product, version string) string {
			return "Calls the " + op + " operation of " + product + " (API version " + version + ")."
		}},
	"ja": {"すべてのプロダクト\nSearch\nドキュメントセンター", "最終更新日", "デバッグ", "リクエストの例", "<共通リクエストパラメーター>",
		"今すぐお試しください\nテスト", "なし", func(op, product, version string) string {
			return product + " (" + version + ") の " + op + " を呼び出します。"
		}},
	"id": {"All Products\nSearch\nDocument Center", "Last Updated", "Coba sekarang", "Contoh permintaan", "<Parameter permintaan umum>",
		"Coba sekarang\nTest", "None", func(op, product, version string) string {
			return "Memanggil operasi " + op + " dari " + product + " (versi API " + version + ")."
		}},
	"tc": {"所有產品\n搜尋\n文件中心", "更新時間", "調試", "請求範例", "<公共請求參數>",
		"調試", "無", func(op, product, version string) string {
			return "調用 " + product + "（" + version + "）的 " + op + " 介面。"
		}},
}

// frame is the page's textFrame: English but for the languages of langWords.
func (p *truthPage) frame() textFrame {
	if f, ok := textFrames[p.w.lang]; ok {
		return f
	}
	return textFrames["en"]
}

// actionRow is the name of a legacy page's Action row: 操作 where the Japanese site
// translated it (cbn CreateCen-piperow-ja).
func (p *truthPage) actionRow() string {
	if p.w.lang == "ja" && p.seq%2 == 0 {
		return "操作"
	}
	return "Action"
}

// textDescribe is a row's description in the page's language: the sites of langWords
// write descriptions that often open with the parameter's name ("InstanceId の値です。",
// "EIP の ID 。", "DescribeRegions を呼び出して…" on vpc AllocateEipAddressPro-spaced-ja).
func (p *truthPage) textDescribe(n accNode) string {
	if n.Name == "" || p.seq%2 == 1 {
		return describe(n)
	}
	switch p.w.lang {
	case "ja":
		return n.Name + " の値です。"
	case "id":
		return "Nilai " + n.Name + "."
	case "tc":
		return n.Name + " 的值。"
	}
	return describe(n)
}

// textExample is a row's Example cell: a string's example in the page's script every
// third record of a Japanese or Traditional Chinese page (テスト名, 縮小 on cbn
// CreateCen-mdtable-ja).
func (p *truthPage) textExample(n accNode) string {
	e := exampleCell(n)
	if e != "sample" || p.seq%3 != 0 {
		return e
	}
	switch p.w.lang {
	case "ja":
		return "テスト名"
	case "tc":
		return "測試名稱"
	}
	return e
}

// proseWords are the words TestTextProse's "L.ja" and "L.id" layouts put around an English
// page's content: the Japanese newer pages' headings, columns and はい/いいえ, or the
// Indonesian headings over the English columns and Yes/No (as the real excerpts write them).
func proseWords(lang string) *pageWords {
	w := (&truthPage{seq: 0, variant: "concat"}).textLangWords(lang)
	return &w
}

// heading is section s's heading in the page's language: the words of the section kinds
// the word set has, the page's own heading for the others.
func (w *prosePage) heading(s *page.Section) string {
	if w.words == nil {
		return s.Heading
	}
	h := map[page.SectionKind]string{page.RequestParams: w.words.reqParams, page.ResponseParams: w.words.respParams,
		page.Examples: w.words.examples, page.ErrorCodes: w.words.errors, page.RequestSyntax: w.words.syntax,
		page.PathParams: w.words.sections["path"], page.QueryParams: w.words.sections["query"],
		page.RequestHeaders: w.words.sections["header"], page.BodyParams: w.words.sections["body"],
		page.Debug: textFrames[w.lang].debugging, page.Description: descriptionHeadings[w.lang]}[s.Kind]
	return or(h, s.Heading)
}

// descriptionHeadings are the operation's description heading of the real ja and id excerpts
// (cbn CreateCen-mdtable-ja, cams GetPermissionByCode-pipe-id).
var descriptionHeadings = map[string]string{"ja": "使用上の注意", "id": "Deskripsi operasi"}

// translate is table t with its column words and Required answers in the page's language.
func (w *prosePage) translate(t *page.Table) *page.Table {
	if w.words == nil {
		return t
	}
	errCols := w.words.errorColumns()
	words := map[page.Column]string{page.ColName: w.words.name, page.ColType: w.words.typ, page.ColRequired: w.words.required,
		page.ColDescription: w.words.description, page.ColExample: w.words.example, page.ColLocation: w.words.position,
		page.ColHTTPStatus: errCols[0], page.ColErrorCode: errCols[1], page.ColErrorMessage: errCols[2]}
	out := *t
	out.Header = slices.Clone(t.Header)
	for i, c := range page.ClassifyColumns(t.Header) { // each word as the page wrote it
		if s, ok := words[c]; ok {
			out.Header[i] = s
		}
	}
	rq := t.Col(page.ColRequired)
	if rq < 0 {
		return &out
	}
	out.Rows = slices.Clone(t.Rows)
	for i, r := range out.Rows {
		if rq >= len(r.Cells) {
			continue
		}
		if yes, ok := page.ParseRequired(r.Cells[rq]); ok {
			r.Cells = slices.Clone(r.Cells)
			r.Cells[rq] = map[bool]string{true: w.words.yes, false: w.words.no}[yes]
			out.Rows[i] = r
		}
	}
	return &out
}
