package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedCJKTypeWord: a glued (concat) dump of a Chinese or Japanese page writes the type
// in the page's language ("文字列", "字符串", "整數") glued to the name, a Latin one or one
// the page translated ("帯域幅文字列任意5", "带宽字符串5"), and to the Required word, example or
// description after it. The row splits where the type word starts; a translated name ends
// there too. Prose that names a type glued to a word of its script ("値は文字列です。",
// "取值为字符串类型") stays the description; so does, in a table with no Required column, a
// translated name's line whose type word in that script has no Latin text after it
// ("实例的创建时间", "頻寬字串測試名稱"): nothing tells it from prose; and a Latin word glued
// to such a type word and text in its script with no Required word between, where that
// text is no one value ("Tag对象属性如下：", "SCU列表的页码。": ecs and kms zh pages'
// descriptions; "RequestId字串測試名稱" is a row and its example).
func TestGluedCJKTypeWord(t *testing.T) {
	p := readText(t, "リクエストパラメーター\n\nパラメーターデータ型必須/任意例説明\nRegionId文字列必須cn-hangzhou\n\nリージョンの ID。\n\n"+
		"帯域幅文字列任意5\n\n帯域幅の値。\n\nPeriod整数いいえ1\n\n期間。\n\n")
	equal(t, "required", rowsOf(table(t, p, page.RequestParams)), []string{
		"RegionId|文字列|必須|cn-hangzhou|リージョンの ID。", "帯域幅|文字列|任意|5|帯域幅の値。", "Period|整数|いいえ|1|期間。"})
	for lang, c := range map[string]struct{ heading, header, typ, name, example, prose string }{
		"ja": {"レスポンスパラメーター", "名前データ型例説明", "文字列", "帯域幅", "5", "値は文字列です"},
		"zh": {"返回参数", "名称类型示例值描述", "字符串", "带宽", "5", "取值为字符串类型"},
		"tc": {"返回參數", "名稱類型樣本值描述", "字串", "頻寬", "100", "取值為字串類型"},
	} {
		in := c.heading + "\n\n" + c.header + "\nRequestId" + c.typ + "0FCD-XX\n\nID。\n\n" + c.prose + "\n\n" +
			c.name + c.typ + c.example + "\n\n" + c.name + "。\n\nPeriod整數1\n\n期間。\n\n"
		p := readText(t, in)
		equal(t, lang+" example", rowsOf(table(t, p, page.ResponseParams)), []string{
			"RequestId|" + c.typ + "|0FCD-XX|ID。\n" + c.prose, c.name + "|" + c.typ + "|" + c.example + "|" + c.name + "。", "Period|整數|1|期間。"})
	}
	for lang, c := range map[string]struct{ heading, header, typ, name, desc, prose string }{
		"ja": {"レスポンスパラメーター", "名前データ型説明", "文字列", "帯域幅", "EIPの帯域幅。", "値は文字列です。"},
		"zh": {"返回参数", "名称类型描述", "字符串", "带宽", "EIP的带宽。", "取值为字符串类型。"},
	} {
		in := c.heading + "\n\n" + c.header + "\nRequestId" + c.typ + "ID。\n" + c.prose + "\n" +
			c.name + c.typ + c.desc + "\nPeriod整数1 か月単位。\n\n"
		p := readText(t, in)
		equal(t, lang+" description", rowsOf(table(t, p, page.ResponseParams)), []string{
			"RequestId|" + c.typ + "|ID。\n" + c.prose, c.name + "|" + c.typ + "|" + c.desc, "Period|整数|1 か月単位。"})
	}
	p = readText(t, "返回參數\n\n名稱類型樣本值描述\nRequestId字串測試名稱\n\nID。\n\nPeriod整數1\n\n期間。\n\n")
	equal(t, "tc value", rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|字串|測試名稱|ID。", "Period|整數|1|期間。"})
	for _, prose := range []string{"实例的创建时间", "頻寬字串測試名稱", "Tag对象属性如下：", "SCU列表的页码。"} {
		p := readText(t, "返回参数\n\n名称类型示例值描述\nRequestId字符串0FCD-XX\n\nID。\n\n"+prose+"\n\nPeriod整数1\n\n期間。\n\n")
		equal(t, prose, rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|字符串|0FCD-XX|ID。\n" + prose, "Period|整数|1|期間。"})
	}
}

// TestGluedCJKRequiredProse: 是 ("is"), a Required word of Chinese pages, follows a noun in
// many a description, and so a type word of the lexicon glued to a Latin word ("Tag对象是",
// "JSON字符串是"). Under a header whose cell after Required is the Example, such a line is a
// row only where its text after the word reads as that example: one value in the type
// word's script, or no sentence ("Tag对象是一个数组。", "X字符串是JSON格式。" and
// "Config对象是以下结构：" stay the description they are in). Before, each was a row (Tag,
// object, Yes) and its description's line was lost to it. Rows whose example is one value
// ("cn-hangzhou", "1", "测试名称") read as before. Left: a sentence with no punctuation
// ("Tag对象是一个数组") reads as a row and its example; nothing in the line tells it from one.
func TestGluedCJKRequiredProse(t *testing.T) {
	for _, prose := range []string{"Tag对象是一个数组。", "X字符串是JSON格式。", "Config对象是以下结构：", "UTC时间是北京时间减8小时，即东八区。"} {
		p := readText(t, "请求参数\n\n名称类型是否必选示例值描述\nRegionId字符串是cn-hangzhou\n\n地域ID。\n\n"+prose+"\n\nPeriod整数否1\n\n期間。\n\n")
		equal(t, prose, rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|字符串|是|cn-hangzhou|地域ID。\n" + prose, "Period|整数|否|1|期間。"})
	}
	p := readText(t, "请求参数\n\n名称类型是否必选示例值描述\nRegionId字符串是cn-hangzhou\n\n地域ID。\n\nName字符串否测试名称\n\n名称。\n\nPeriod整数是1\n\n期間。\n\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|字符串|是|cn-hangzhou|地域ID。", "Name|字符串|否|测试名称|名称。", "Period|整数|是|1|期間。"})
}
