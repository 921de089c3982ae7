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

// TestGluedRequiredEitherOrder: a glued row's Required word is recognised by what it is, at
// either end of the text glued after the type, whatever order the header gives: before,
// under a header with Required before Example a row glued "30dNo" kept "30dNo" as its example
// and lost its Required cell (warned missing), and under one with Example before Required a
// row glued "YesCreateStack" took "YesCreateStack" as its example. The header's order is
// tried first ("RegionIdString是cn-hangzhou否" keeps 是 and the example cn-hangzhou否).
func TestGluedRequiredEitherOrder(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypeRequiredExampleDescription
ActionStringYesCreateStack

The operation.

PeriodString30dNo

The period.

RegionIdString是cn-hangzhou否

The region.

GameStringcasino

The game.
`)
	equal(t, "Required before Example", rowsOf(table(t, p, page.RequestParams)), []string{"Action|String|Yes|CreateStack|The operation.",
		"Period|String|No|30d|The period.", "RegionId|String|是|cn-hangzhou否|The region.", "Game|String||casino|The game."})
	p = readText(t, `请求参数

名称类型示例值是否必选描述
ActionStringCreateStack是

某某。

PeriodString是30d

某某。
`)
	equal(t, "Example before Required", rowsOf(table(t, p, page.RequestParams)), []string{"Action|String|CreateStack|是|某某。",
		"Period|String|30d|是|某某。"})
}

// TestHeaderlessGluedRequired: glued rows with no header line above them whose first row glues
// a Required word after its type are read with a Required column; before, the rows were read
// as name, type and description only, every Required word became the description's first
// line ("Yes\nThe ID.") and every parameter optional.
func TestHeaderlessGluedRequired(t *testing.T) {
	p := readText(t, `Request parameters

InstanceIdStringYes

The ID.

PageSizeIntegerNo

The size.

ModeStringfastNo

The mode.
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"InstanceId|String|Yes|The ID.",
		"PageSize|Integer|No|The size.", "Mode|String|No|fast\nThe mode."})
}

// TestGluedRequiredOtherOrderNeedsOneWord: a Required word at the end of the glued text, against
// the header's order, is the Required cell only when the text before it holds no Required
// word: "QueryいいえTrue" is a Position, いいえ and the example "true", not the word "true".
func TestGluedRequiredOtherOrderNeedsOneWord(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypePositionRequiredExampleDescription
activeOnlyBooleanQueryいいえtrue

Whether to show active ones.
`)
	tbl := table(t, p, page.RequestParams)
	if len(tbl.Rows) != 1 {
		t.Fatalf("rows %q", rowsOf(tbl))
	}
	if c := tbl.Rows[0].Cell(tbl, page.ColRequired); c == "true" {
		t.Errorf("rows %q: the example read as the Required cell", rowsOf(tbl))
	}
}

// TestGluedRequiredWordPeriod: a concat row whose Required word ends with its sentence's
// period ("topicsArray（數組）否。", as a Required cell may: page.ParseRequired) splits there,
// the period no free cell. Before, the period was read as the row's description, so a list
// with no example took its description for its example, then read as a list of strings
// whose fields went to the top level (concat.tc+fwpunct at UNSEEN_STRIDE=1).
func TestGluedRequiredWordPeriod(t *testing.T) {
	p := readText(t, `請求參數

名稱類型必填描述樣本值
topicsArray（數組）否。

topics 的值。

regionIdString（字串）是。

regionId 的值。

cn-hangzhou
`)
	got := rowsOf(table(t, p, page.RequestParams))
	equal(t, "rows", got, []string{"topics|Array（數組）|否|topics 的值。|", "regionId|String（字串）|是|regionId 的值。|cn-hangzhou"})
}

// TestGluedExampleAlone: a glued (concat) row's line holds its cells but the description,
// which is the block of lines below it; where nothing follows the line ("Value字符串是1",
// the next row right after it), the description is empty and the text glued after the
// leading cells is the Example, where it is the one free column besides the description
// (before or after it in the header) and the text one value of the row's type. A sentence
// glued so stays the description. Before, the description took the example.
func TestGluedExampleAlone(t *testing.T) {
	for _, c := range []struct {
		heading, header, rows string
		want                  []string
	}{
		{"请求参数", "名称类型是否必选示例值描述", "Value字符串是1\nKey字符串否k1\n\n某某。\n\nCount整数是5\n",
			[]string{"Value|字符串|是|1|", "Key|字符串|否|k1|某某。", "Count|整数|是|5|"}},
		{"请求参数", "名称类型是否必选描述示例值", "Value字符串是1\nKey字符串否\n\n某某。\n\nk1\nCount整数是5\n",
			[]string{"Value|字符串|是||1", "Key|字符串|否|某某。|k1", "Count|整数|是||5"}},
		{"Request parameters", "ParameterTypeRequiredExampleDescription", "ValueStringYes1\nKeyStringNok1\n\nThe key.\n\nModeStringNoThe mode.\nCountIntegerYesten\n",
			[]string{"Value|String|Yes|1|", "Key|String|No|k1|The key.", "Mode|String|No||The mode.", "Count|Integer|Yes||ten"}},
	} {
		p := readText(t, c.heading+"\n\n"+c.header+"\n"+c.rows)
		equal(t, c.header, rowsOf(table(t, p, page.RequestParams)), c.want)
	}
}
