package textpage

import (
	"strings"
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

// TestDescriptionOpeningWithName: on the Japanese and Chinese sites a description often
// opens with the parameter's name and a space ("RouterInterfaceId の値です。", "InstanceIds
// パラメーターと…"). In a glued table that line read as a row whose type cut the name
// ("Router" + "Int" + "erfaceId の値です。", "Prefix" + "List" + "Id の値です。"), and the
// row lost its description to a row that does not exist.
func TestDescriptionOpeningWithName(t *testing.T) {
	p := readText(t, "リクエストパラメーター\n\nパラメーターデータ型必須説明例\nRouterInterfaceIdstringはい\n\nRouterInterfaceId の値です。\n\nテスト名\n"+
		"PrefixListIdstringいいえ\n\nPrefixListId の値です。\n\nsample\nRouteTableIdstringいいえ\n\nRouteTableId 的值。\n\nsample\n")
	got := rowsOf(table(t, p, page.RequestParams))
	equal(t, "rows", got, []string{"RouterInterfaceId|string|はい|RouterInterfaceId の値です。|テスト名",
		"PrefixListId|string|いいえ|PrefixListId の値です。|sample", "RouteTableId|string|いいえ|RouteTableId 的值。|sample"})
}

// TestSpacedHeaderLabelColonAndIdeographicSpace: a Japanese spaced header may end a column
// word with a colon as a label does ("例:", "例："; vpc AllocateEipAddressPro-spaced-ja shows
// one) or separate its words with ideographic spaces (U+3000). Either left the header
// unrecognised: columns were guessed from the rows, with a warning, and a row shaped
// otherwise would have been read against the wrong columns.
func TestSpacedHeaderLabelColonAndIdeographicSpace(t *testing.T) {
	for _, h := range []string{"名前 データ型 必須/任意 例: 説明", "名前 データ型 必須/任意 例： 説明", "名前\u3000データ型\u3000必須/任意\u3000例\u3000説明"} {
		p := readText(t, "リクエストパラメーター\n\n"+h+"\nRegionId String 必須 cn-hangzhou\n\nリージョンの ID。\n\n")
		tb := table(t, p, page.RequestParams)
		equal(t, h+": columns", tb.Header, []string{"名前", "データ型", "必須/任意", "例", "説明"})
		equal(t, h+": rows", rowsOf(tb), []string{"RegionId|String|必須|cn-hangzhou|リージョンの ID。"})
		if w := warningsOf(p); w != "" {
			t.Errorf("%s: warnings %s", h, w)
		}
	}
}

// TestTranslatedNameRow: the Japanese site translates some parameter names ("帯域幅 String
// 任意 5", "期間 Integer いいえ 1" on vpc AllocateEipAddressPro-spaced-ja; 説明 and
// パラメーター名 on cbn CreateCen-piperow-ja). The pipe layouts kept such a row and
// extraction dropped it by name, warned; the spaced, glued and cell-per-line layouts read
// its line as text of the row above (its description, or its example): the parameter was
// lost unsaid and the row above took its text. A name with no Latin letter followed by a
// type word and a Required word is a row now.
func TestTranslatedNameRow(t *testing.T) {
	want := []string{"RegionId|String|必須|cn-hangzhou|リージョンの ID。", "帯域幅|String|任意|5|帯域幅の値。", "Period|Integer|いいえ|1|期間。"}
	for layout, in := range map[string]string{
		"spaced": "名前 データ型 必須/任意 例 説明\nRegionId String 必須 cn-hangzhou\n\nリージョンの ID。\n\n帯域幅 String 任意 5\n\n帯域幅の値。\n\nPeriod Integer いいえ 1\n\n期間。\n\n",
		"glued":  "パラメーターデータ型必須/任意例説明\nRegionIdString必須cn-hangzhou\n\nリージョンの ID。\n\n帯域幅String任意5\n\n帯域幅の値。\n\nPeriodIntegerいいえ1\n\n期間。\n\n",
		"cells": "パラメーター\n\nデータ型\n\n必須/任意\n\n例\n\n説明\n\nRegionId\n\nString\n\n必須\n\ncn-hangzhou\n\nリージョンの ID。\n\n帯域幅\n\nString\n\n任意\n\n5\n\n帯域幅の値。\n\n" +
			"Period\n\nInteger\n\nいいえ\n\n1\n\n期間。\n\n",
	} {
		p := readText(t, "リクエストパラメーター\n\n"+in)
		equal(t, layout, rowsOf(table(t, p, page.RequestParams)), want)
	}
}

// TestTranslatedNameRowNoRequiredColumn: a response table has no Required column, so a row
// whose name the page translated ("帯域幅 String 5 帯域幅の値。") has no Required word after
// its type. Its line ran into the row above's description unsaid. It is a row where the
// type is a word of the vocabulary and the row above has its description already; a
// description that opens with such words ("リージョン String 型の ID。" right under its row)
// stays the description.
func TestTranslatedNameRowNoRequiredColumn(t *testing.T) {
	for form, in := range map[string]string{
		"compact": "名前 データ型 例 説明\nRequestId String 0FCD-XX リクエスト ID。\n帯域幅 String 5 帯域幅の値。\nPeriod Integer 1 期間。\n\n",
		"below":   "名前 データ型 例 説明\nRequestId String 0FCD-XX\n\nリクエスト ID。\n\n帯域幅 String 5\n\n帯域幅の値。\n\nPeriod Integer 1\n\n期間。\n\n",
		"glued":   "名前データ型例説明\nRequestIdString\n\n0FCD-XX\n\nリクエスト ID。\n\n帯域幅String\n\n5\n\n帯域幅の値。\n\nPeriodInteger\n\n1\n\n期間。\n\n",
		"cells":   "名前\n\nデータ型\n\n例\n\n説明\n\nRequestId\n\nString\n\n0FCD-XX\n\nリクエスト ID。\n\n帯域幅\n\nString\n\n5\n\n帯域幅の値。\n\nPeriod\n\nInteger\n\n1\n\n期間。\n\n",
	} {
		p := readText(t, "レスポンスパラメーター\n\n"+in)
		equal(t, form, rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|0FCD-XX|リクエスト ID。", "帯域幅|String|5|帯域幅の値。", "Period|Integer|1|期間。"})
	}
	p := readText(t, "レスポンスパラメーター\n\n名前 データ型 例 説明\nRegionId String cn-hangzhou\n\nリージョン String 型の ID。\n\nPeriod Integer 1\n\n期間。\n\n")
	equal(t, "description", rowsOf(table(t, p, page.ResponseParams)), []string{"RegionId|String|cn-hangzhou|リージョン String 型の ID。", "Period|Integer|1|期間。"})
	// a one-word description before a row whose name is hidden (an array's item type)
	p = readText(t, "レスポンスパラメーター\n\n名前\n\nデータ型\n\n例\n\n説明\n\nData\n\nArray\n\n[]\n\nデータ\n\nObject\n\n項目。\n\nPeriod\n\nInteger\n\n1\n\n期間。\n\n")
	equal(t, "one-word description", rowsOf(table(t, p, page.ResponseParams)), []string{"Data|Array|[]|データ", "|Object||項目。", "Period|Integer|1|期間。"})
}

// TestTranslatedNameGluedToExample: a legacy glued dump writes a response row's name, type
// and example on one line ("RequestIdString0FCD-XX") and the description below. Where the
// page translated the name ("帯域幅String5", "带宽String5", "頻寬String測試名稱"), the
// line ran into the row above's description unsaid; it is a row (dropped by name in
// extraction) when its rest reads as one value. Prose that names a type glued to a word of
// its script ("取值为String类型", "値はStringです") stays the description.
func TestTranslatedNameGluedToExample(t *testing.T) {
	for lang, c := range map[string]struct{ heading, header, name, example, prose string }{
		"ja": {"レスポンスパラメーター", "名前データ型例説明", "帯域幅", "5", "値はStringです"},
		"zh": {"返回参数", "名称类型示例值描述", "带宽", "5", "取值为String类型"},
		"tc": {"返回參數", "名稱類型樣本值描述", "頻寬", "測試名稱", "取值為String類型"},
	} {
		in := c.heading + "\n\n" + c.header + "\nRequestIdString0FCD-XX\n\nID。\n\n" + c.prose + "\n\n" +
			c.name + "String" + c.example + "\n\n" + c.name + "。\n\nPeriodInteger1\n\n期間。\n\n"
		p := readText(t, in)
		equal(t, lang, rowsOf(table(t, p, page.ResponseParams)), []string{
			"RequestId|String|0FCD-XX|ID。\n" + c.prose, c.name + "|String|" + c.example + "|" + c.name + "。", "Period|Integer|1|期間。"})
	}
}

// TestTranslatedNameGluedToDescription: a legacy glued dump writes a row's name, type and
// description on one line where the description is the column after the type
// ("RequestIdStringリクエスト ID。", dds DescribeDBInstances-concat's "DBInstanceIdStringInstance
// ID"). Where the page translated the name ("帯域幅StringEIPの帯域幅。"), the line ran into the
// row above's description unsaid; it is a row (dropped by name in extraction). Prose that
// names a type glued to a word of its script ("値はStringです。", "取值为String类型。") stays the
// description.
func TestTranslatedNameGluedToDescription(t *testing.T) {
	for lang, c := range map[string]struct{ heading, header, name, desc, prose string }{
		"ja": {"レスポンスパラメーター", "名前データ型説明", "帯域幅", "EIPの帯域幅。", "値はStringです。"},
		"zh": {"返回参数", "名称类型描述", "带宽", "EIP的带宽。", "取值为String类型。"},
	} {
		in := c.heading + "\n\n" + c.header + "\nRequestIdStringID。\n" + c.prose + "\n" +
			c.name + "String" + c.desc + "\nPeriodInteger期間。\n\n"
		p := readText(t, in)
		equal(t, lang, rowsOf(table(t, p, page.ResponseParams)), []string{
			"RequestId|String|ID。\n" + c.prose, c.name + "|String|" + c.desc, "Period|Integer|期間。"})
	}
}

// TestColumnWordsCell: a row's cell made of column words (the example "範例名稱", 範例 and
// 名稱 of the Traditional Chinese lexicon; "示例名称", "例名前") read as a table's header and
// ended the table: the rows after it went to a table under it ("row "Period": 1 of 2
// cells"), lost. A header covers the name and type columns; one that does not, where a
// row still lacks as many cells as it has lines, is the row's cell, in the cell-per-line
// and glued layouts, with or without blank lines. A header that covers them still starts
// a table of its own after a row that lacks its example.
func TestColumnWordsCell(t *testing.T) {
	for lang, c := range map[string]struct{ heading, name, typ, req, desc, example, value string }{
		"tc": {"請求參數", "名稱", "類型", "必填", "描述", "樣本值", "範例名稱"},
		"zh": {"请求参数", "名称", "类型", "是否必选", "描述", "示例值", "示例名称"},
		"ja": {"リクエストパラメーター", "名前", "データ型", "必須", "説明", "例", "例名前"},
	} {
		rows := [][]string{{"RegionId", "string", "是", "ID。", "cn-hangzhou"}, {"ThingName", "string", "否", "名。", c.value}, {"Period", "integer", "否", "期。", "1"}}
		want := []string{"RegionId|string|是|ID。|cn-hangzhou", "ThingName|string|否|名。|" + c.value, "Period|integer|否|期。|1"}
		cells := []string{c.name, c.typ, c.req, c.desc, c.example}
		glued := strings.Join(cells, "") + "\n"
		for _, r := range rows {
			cells = append(cells, r...)
			glued += strings.Join(r[:3], "") + "\n\n" + r[3] + "\n\n" + r[4] + "\n"
		}
		for form, in := range map[string]string{
			"cells":          strings.Join(cells, "\n\n") + "\n",
			"cells no blank": strings.Join(cells, "\n") + "\n",
			"glued":          glued,
			"glued no blank": strings.ReplaceAll(glued, "\n\n", "\n"),
		} {
			p := readText(t, c.heading+"\n\n"+in)
			equal(t, lang+" "+form, rowsOf(table(t, p, page.RequestParams)), want)
		}
	}
	// a row without its example, then a table's header: a table of its own
	p := readText(t, "请求参数\n\n名称类型是否必选描述示例值\nRegionIdstring是\n\nID。\n\n名称类型描述\nCodestring\n\n码。\n")
	if got := len(p.SectionsOf(page.RequestParams)[0].Tables()); got != 2 {
		t.Errorf("a header after a row without its example: %d tables, want 2", got)
	}
}

// TestTranslatedNameFirstRow: in a table without a Required column, a row whose name the
// page translated is read only after a row with its description, lest a description's
// opening words read as one. The table's first row has no row above: there it went to a
// paragraph before the table (glued, spaced) or lost its name (cells), unsaid. Right under
// the header no row's text can be, so it is a row there, in every layout.
func TestTranslatedNameFirstRow(t *testing.T) {
	want := []string{"帯域幅|String|5|帯域幅の値。", "RequestId|String|0FCD-XX|リクエスト ID。"}
	for form, in := range map[string]string{
		"glued":  "名前データ型例説明\n帯域幅String5\n\n帯域幅の値。\n\nRequestIdString0FCD-XX\n\nリクエスト ID。\n\n",
		"spaced": "名前 データ型 例 説明\n帯域幅 String 5\n\n帯域幅の値。\n\nRequestId String 0FCD-XX\n\nリクエスト ID。\n\n",
		"cells":  "名前\n\nデータ型\n\n例\n\n説明\n\n帯域幅\n\nString\n\n5\n\n帯域幅の値。\n\nRequestId\n\nString\n\n0FCD-XX\n\nリクエスト ID。\n\n",
	} {
		p := readText(t, "レスポンスパラメーター\n\n"+in)
		equal(t, form, rowsOf(table(t, p, page.ResponseParams)), want)
	}
	p := readText(t, "レスポンスパラメーター\n\n名前データ型説明例\n帯域幅String\n\n帯域幅の値。\n\n5\nRequestIdString\n\nリクエスト ID。\n\n0FCD-XX\n")
	equal(t, "glued, example below", rowsOf(table(t, p, page.ResponseParams)), []string{"帯域幅|String|帯域幅の値。|5", "RequestId|String|リクエスト ID。|0FCD-XX"})
}
