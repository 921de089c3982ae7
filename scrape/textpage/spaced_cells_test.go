package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedCellsOnDescriptionLine: a spaced row whose description follows on its line
// holds the cells before it, one or several words each ("1 to 36", "cn-hangzhou,
// cn-beijing", "Up to 64 characters."); they are read by the header's column positions
// where the rows align with them, by runs of two spaces where the row sets its cells apart
// so, else one value a column (a list, a range, a sentence before the description's), the
// Example a value of the row's type; a guess names the row where nothing tells (also where
// the words about the description's start are Chinese or Japanese, set with no spaces, but
// where the header's positions, counted in display cells where the row lines up so, or a
// number's or boolean's Example that no word is tell). Before, every cell took one word and
// the description lost the rest; a date and its time of day ("2017-05-25 00:00:00") are one
// value (before, the time went to the description).
func TestSpacedCellsOnDescriptionLine(t *testing.T) {
	for _, c := range []struct {
		name, head, rows string
		want             map[page.Column][]string
		guess            string // the start of the one guess, or "" for none
	}{
		{"one value a column", "Parameter Type Required Valid values Example Description", `Period Integer No 1 to 36 12 The duration.
RegionIds String No cn-hangzhou, cn-beijing cn-hangzhou The regions.
Size Integer No Any size 5 The size.
Name String No - n1 The name.
Mode Integer No The mode.`, map[page.Column][]string{
			page.ColValues:      {"1 to 36", "cn-hangzhou, cn-beijing", "Any size", "-", ""},
			page.ColExample:     {"12", "cn-hangzhou", "5", "n1", ""},
			page.ColDescription: {"The duration.", "The regions.", "The size.", "The name.", "The mode."},
		}, ""},
		{"no cell before the Example", "Parameter Type Required Example Description", `Count Integer No Total count of things.
Total Integer No about 5 The total.`, map[page.Column][]string{
			page.ColExample:     {"", "about"},
			page.ColDescription: {"Total count of things.", "5 The total."},
		}, `row "Total": "about" is no Integer value`},
		{"a range, a sentence and blank cells", "Parameter Type Required Default value Valid values Constraints Example Description", `Size Integer Yes - 1 to 100 - 10 The size.
Name String No - - Up to 64 characters. n1 The name.`, map[page.Column][]string{
			page.ColDefault:     {"-", "-"},
			page.ColValues:      {"1 to 100", "-"},
			page.ColNote:        {"-", "Up to 64 characters."},
			page.ColExample:     {"10", "n1"},
			page.ColDescription: {"The size.", "The name."},
		}, ""},
		{"a cell after the Example", "Parameter Type Required Example Valid values Description", `Size Integer No about 1 to 5 The size.`, map[page.Column][]string{
			page.ColExample:     {"about"},
			page.ColValues:      {"1 to 5"},
			page.ColDescription: {"The size."},
		}, `row "Size": "about" is no Integer value`},
		{"words of a script with no spaces", "名称 类型 是否必选 示例值 描述", `Message String 否 某某 某某某某
Code String 否 某某 某某 某某某某`, map[page.Column][]string{
			page.ColExample:     {"某某", "某某"},
			page.ColDescription: {"某某某某", "某某 某某某某"},
		}, `row "Code": "某某" then "某某", words of a script that sets no spaces between words`},
		{"a number's Example and words of a script with no spaces", "名称 类型 是否必选 示例值 描述", `Count Integer 否 某某 某某某某
On Boolean 否 某某 某某 某某某某
Size Integer 否 10 某某 某某某某`, map[page.Column][]string{
			page.ColExample:     {"", "", "10"},
			page.ColDescription: {"某某 某某某某", "某某 某某 某某某某", "某某 某某某某"},
		}, ""},
		{"the header's column positions in display cells", "名称    类型    是否必选  示例值    描述", `ResourceGroupId String 否 rg-1 某某某某
Code    String  否        某某 某某 某某某某 某某
Name    String  否        某某某 某 某某 某某某某
Size    Integer 否                  某某 某某某某`, map[page.Column][]string{
			page.ColExample:     {"rg-1", "某某 某某", "某某某 某", ""},
			page.ColDescription: {"某某某某", "某某某某 某某", "某某 某某某某", "某某 某某某某"},
		}, ""},
		{"the header's column positions", "Parameter  Type     Required  Valid values  Example  Description", `Period     Integer  No        1 to 36       12       The duration.
Mode       String   No                      fast     The mode.
Zone       String   No        a, b                   The zone.`, map[page.Column][]string{
			page.ColValues:      {"1 to 36", "", "a, b"},
			page.ColExample:     {"12", "fast", ""},
			page.ColDescription: {"The duration.", "The mode.", "The zone."},
		}, ""},
		{"a description longer than its column", "Parameter  Type     Required  Description     Example", `Mode       String   No        The mode to use when set. fast
Size       Integer  No        The size.       10`, map[page.Column][]string{
			page.ColExample:     {"fast", "10"},
			page.ColDescription: {"The mode to use when set.", "The size."},
		}, ""},
		{"runs of two spaces", "Parameter Type Required Valid values Example Description", `Zone  String  No  zone-a zone-b  zone-a  The zone.
Period  Integer  No  1 to 36  12  The duration.`, map[page.Column][]string{
			page.ColValues:      {"zone-a zone-b", "1 to 36"},
			page.ColExample:     {"zone-a", "12"},
			page.ColDescription: {"The zone.", "The duration."},
		}, ""},
		{"a date and its time of day", "名称 类型 是否必选 示例值 描述", `sendDate String 否 2017-05-25 00:00:00 发送时间
receiveDate String 否 2017-05-25 08:30 接收时间
Day String 否 2017-05-25 10:00:00.000Z 日期
Start String No 2017-05-25 10 minutes after.`, map[page.Column][]string{
			page.ColExample:     {"2017-05-25 00:00:00", "2017-05-25 08:30", "2017-05-25 10:00:00.000Z", "2017-05-25"},
			page.ColDescription: {"发送时间", "接收时间", "日期", "10 minutes after."},
		}, ""},
		{"an Example that ends a sentence", "名称 类型 是否必选 示例值 描述", `content String 否 【某某某】某某! 某某某某`, map[page.Column][]string{
			page.ColExample:     {"【某某某】某某!"},
			page.ColDescription: {"某某某某"},
		}, `row "content": example "【某某某】某某!" ends a sentence and "某某某某" follows on its line: nothing shows whether the example goes on; the example of content may be cut`},
	} {
		p := readText(t, "Request parameters\n\n"+c.head+"\n"+c.rows+"\n")
		tb := table(t, p, page.RequestParams)
		for _, col := range []page.Column{page.ColDefault, page.ColValues, page.ColNote, page.ColExample, page.ColDescription} {
			if want, ok := c.want[col]; ok {
				equal(t, c.name+" "+tb.Header[tb.Col(col)], column(tb, col), want)
			}
		}
		guesses := warningsOfKind(p, page.Guess)
		if c.guess == "" && len(guesses) > 0 || c.guess != "" && (len(guesses) != 1 || !strings.HasPrefix(guesses[0], c.guess)) {
			t.Errorf("%s: guesses %q; want %q", c.name, guesses, c.guess)
		}
	}
}

// TestSpacedCJKExampleShown: a spaced row whose Example, a string of a script that sets no
// spaces between words, and description follow on its line ("Name String 测试 名称
// 某某某某。") shows no end of the cell by its spaces; the page's JSON or XML example, which
// gives the row's name its value ("Name": "测试 名称"), does, and the row reads so without
// a guess (before: a guess, the cell read one word). Where the example shows no value of
// the name, or a value no reading makes, the guess stays. So it is for an Example after
// the description ("某某某某。 测试 名称"), where a full stop ends the description (before:
// the Example took the last word, silently).
func TestSpacedCJKExampleShown(t *testing.T) {
	rows := "返回数据\n\n名称 类型 示例值 描述\nMessage String 服务中 返回 信息。\nName String 测试 名称 某某某某。\n" +
		"Code String 某某 某某 某某某某\n\n示例\n\n正常返回示例\n\n"
	for _, c := range []struct{ name, example string }{
		{"JSON", "JSON 格式\n\n{\n  \"Message\": \"服务中\",\n  \"Name\": \"测试 名称\",\n  \"Code\": \"某某某\"\n}\n"},
		{"XML", "XML 格式\n\n<Response>\n  <Message>服务中</Message>\n  <Name>测试 名称</Name>\n  <Code>某某某</Code>\n</Response>\n"},
	} {
		p := readText(t, rows+c.example)
		tb := table(t, p, page.ResponseParams)
		equal(t, c.name+": examples", column(tb, page.ColExample), []string{"服务中", "测试 名称", "某某"})
		equal(t, c.name+": descriptions", column(tb, page.ColDescription), []string{"返回 信息。", "某某某某。", "某某 某某某某"})
		if guesses := warningsOfKind(p, page.Guess); len(guesses) != 1 || !strings.HasPrefix(guesses[0], `row "Code"`) {
			t.Errorf("%s: guesses %q; want one, for Code", c.name, guesses)
		}
	}
	// the Example after the description: its start is as hidden, and a full stop ends the
	// description's sentence
	p := readText(t, "返回数据\n\n名称 类型 描述 示例值\nMessage String 返回 信息。 服务中\nName String 某某某某。 测试 名称\n"+
		"Code String 某某 某某某某 某某\n\n示例\n\n正常返回示例\n\nJSON 格式\n\n{\n  \"Name\": \"测试 名称\"\n}\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "after: examples", column(tb, page.ColExample), []string{"服务中", "测试 名称", "某某"})
	equal(t, "after: descriptions", column(tb, page.ColDescription), []string{"返回 信息。", "某某某某。", "某某 某某某某"})
	if guesses := warningsOfKind(p, page.Guess); len(guesses) != 1 || !strings.HasPrefix(guesses[0], `row "Code"`) {
		t.Errorf("after: guesses %q; want one, for Code", guesses)
	}
}

// TestSpacedSentenceExample: a spaced row whose Example ends a sentence before more words
// on its line ("content String 【某某某】某某! 某某某某") shows no end of the cell by its
// spaces: a space after a sentence's end may be the value's own. The page's JSON example,
// which gives the row's name its value, tells (the whole line here: the description is
// empty); without one, the first reading stays with a guess that the example of the row
// may be cut (before: silently cut, its rest glued to the description).
func TestSpacedSentenceExample(t *testing.T) {
	rows := "返回数据\n\n名称 类型 示例值 描述\ncontent String 【某某某】某某! 某某某某\nsign String 【某某】 某某某某\n\n"
	p := readText(t, rows+"示例\n\n正常返回示例\n\nJSON 格式\n\n{\n  \"content\": \"【某某某】某某! 某某某某\"\n}\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "examples", column(tb, page.ColExample), []string{"【某某某】某某! 某某某某", "【某某】"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"", "某某某某"})
	if guesses := warningsOfKind(p, page.Guess); len(guesses) != 0 {
		t.Errorf("guesses %q; want none", guesses)
	}
	p = readText(t, rows)
	tb = table(t, p, page.ResponseParams)
	equal(t, "no JSON: examples", column(tb, page.ColExample), []string{"【某某某】某某!", "【某某】"})
	if guesses := warningsOfKind(p, page.Guess); len(guesses) != 1 || !strings.Contains(guesses[0], "the example of content may be cut") {
		t.Errorf("no JSON: guesses %q; want one, for content", guesses)
	}
}
