package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestHeadingEndsGenericTable: a heading ends a table of no type column even where it would
// open a row. The heading "接口描述" of a real Chinese page (ecs/zh/ModifyInstanceSpec, as a
// dump shows it) splits into the column words 接口 and 描述, and lines with no space open the
// rows of such a table: "请求参数" was read as a row and the request table after it lost
// its section.
func TestHeadingEndsGenericTable(t *testing.T) {
	p := readText(t, `ModifyInstanceSpec
调用ModifyInstanceSpec调整一台按量付费ECS实例的实例规格。
接口描述
请确保在使用该接口前，您已充分了解云服务器ECS的计费方式和产品定价。
调试
您可以在OpenAPI Explorer中直接运行该接口。
请求参数
名称 | 类型 | 是否必选 | 示例值 | 描述 |
---|---|---|---|---|
InstanceId | String | 是 | i-bp67acfmxazb4p**** |
指定的实例ID。 |
返回数据
名称 | 类型 | 示例值 | 描述 |
---|---|---|---|
RequestId | String | 04F0F334-1335-436C-A1D7-6C044FE73368 | 请求ID。 |
`)
	equal(t, "request names", column(table(t, p, page.RequestParams), page.ColName), []string{"InstanceId"})
}

// TestRequestBodyHeading: a dump's "RequestBody" line (the Elasticsearch pages' heading of
// their body fields, one camel-case word) heads a body section, in the one-cell-a-line
// layout and in the glued one, where a sentence naming RequestBody and a glued header whose
// fewest column words have no name column (参数类型 + 是否必选 ..., the columns being 参数 and
// 类型) follow it. Before, the line was a name: the body fields were read as query
// parameters, or (glued) into the request table before. 接口描述 heads a description.
func TestRequestBodyHeading(t *testing.T) {
	for _, c := range []struct{ layout, text string }{
		{"cells", "RequestBody\n\nRequestBody中还要填入以下字段。\n\n参数\n\n类型\n\n是否必选\n\n示例值\n\n描述\n\n" +
			"duration\n\nInteger\n\n是\n\n1\n\n续费时长。\n\npricingCycle\n\nString\n\n是\n\nYear\n\n续费周期。\n\n"},
		{"cells, no sentence", "RequestBody\n\n参数\n\n类型\n\n是否必选\n\n示例值\n\n描述\n\n" +
			"duration\n\nInteger\n\n是\n\n1\n\n续费时长。\n\npricingCycle\n\nString\n\n是\n\nYear\n\n续费周期。\n\n"},
		{"glued", "RequestBody\n\nRequestBody中还要填入以下字段。\n\n参数类型是否必选示例值描述\n" +
			"durationInteger是1\n\n续费时长。\n\npricingCycleString是Year\n\n续费周期。\n\n"},
	} {
		req := "名称类型位置是否必选示例值描述\nInstanceIdStringPath是es-cn-n6w1o1x0w001c****\n\n实例ID。\n\n"
		if strings.HasPrefix(c.layout, "cells") {
			req = "名称\n\n类型\n\n位置\n\n是否必选\n\n示例值\n\n描述\n\nInstanceId\n\nString\n\nPath\n\n是\n\nes-cn-n6w1o1x0w001c****\n\n实例ID。\n\n"
		}
		p := readText(t, "RenewInstance\n\n接口描述\n\n为包年包月实例续费。\n\n请求参数\n\n"+req+c.text+"返回数据\n\n名称类型示例值描述\n"+
			"RequestIdString5A2CFF0E\n\n请求ID。\n")
		equal(t, c.layout+" body names", column(table(t, p, page.BodyParams), page.ColName), []string{"duration", "pricingCycle"})
		equal(t, c.layout+" request names", column(table(t, p, page.RequestParams), page.ColName), []string{"InstanceId"})
		desc := false
		for _, s := range p.Sections {
			desc = desc || s.Kind == page.Description && s.Heading == "接口描述" && len(s.Tables()) == 0
		}
		if !desc {
			t.Errorf("%s: 接口描述 heads no description section", c.layout)
		}
	}
}

// TestHeadingRequiredAsked guards the order of classifyHeading's questions: a line is a
// Required word ("Yes", "否": page.ParseRequired, which lower-cases the line) asked only
// of a line the lexicon reads as a heading, which nothing else asks it of; asked before the
// lexicon, it was asked of every short line a table or the body judged (about 300 lines on
// the ten seed pages, 80 of them headings).
func TestHeadingRequiredAsked(t *testing.T) {
	d, err := read("x.txt", []byte("Request parameters\n\nInstance details\n\nSee the console.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.lines {
		if d.t(i) == "Instance details" && d.lines[i].m.known&trRequired != 0 {
			t.Errorf("line %q: its Required trait was asked", d.t(i))
		}
	}
	if k, ok, _ := d.classifyHeading(0); !ok || k != page.RequestParams {
		t.Errorf("Request parameters: %v, %v", k, ok)
	}
}

// TestHeadingGoesOn: a heading wrapped over two lines ("Response" over "Parameters", or
// "parameters" after a blank line) is one heading, its section's kind the two lines', where
// the second alone is a heading of another kind ("Parameters": the request's). Before, the
// second line opened a request section and the response's fields were read as request
// parameters. So are two lines neither of which is a heading alone ("返回" over "参数"),
// which before were read into the request's last row. A heading after a section that holds
// something opens its own.
func TestHeadingGoesOn(t *testing.T) {
	req := "GetFoo\n\nRequest parameters\n\nParameter Type Required Example Description\nName String Yes n1 The name.\n\n"
	resp := "\n\nParameter Type Example Description\nRequestId String 0FCD The request ID.\n"
	for _, head := range []string{"Response\nParameters", "Response\n\nparameters"} {
		p := readText(t, req+head+resp)
		equal(t, head+": request", column(table(t, p, page.RequestParams), page.ColName), []string{"Name"})
		equal(t, head+": response", column(table(t, p, page.ResponseParams), page.ColName), []string{"RequestId"})
		want := "Response " + strings.TrimSpace(head[len("Response"):])
		if s := p.SectionsOf(page.ResponseParams); len(s) != 1 || s[0].Heading != want {
			t.Errorf("%s: response sections %d; want one headed %q", head, len(s), want)
		}
	}
	// two lines neither of which is a heading alone, after the request's table
	zh := "GetFoo\n\n请求参数\n\n名称 类型 是否必选 示例值 描述\nName String 是 n1 名称。\n\n返回\n参数\n\n名称 类型 示例值 描述\nRequestId String 0FCD 请求ID。\n"
	p := readText(t, zh)
	equal(t, "zh: request", column(table(t, p, page.RequestParams), page.ColName), []string{"Name"})
	equal(t, "zh: descriptions", column(table(t, p, page.RequestParams), page.ColDescription), []string{"名称。"})
	equal(t, "zh: response", column(table(t, p, page.ResponseParams), page.ColName), []string{"RequestId"})
	p = readText(t, req+"Response\n\nNone.\n\nParameters\n\nParameter Type Required Example Description\nMode String No m The mode.\n")
	equal(t, "after text: request", column(table(t, p, page.RequestParams), page.ColName), []string{"Name"})
	if s := p.SectionsOf(page.RequestParams); len(s) != 2 {
		t.Errorf("after text: %d request sections; want 2", len(s))
	}
}

// TestCaptionNamesSection: a line that names parameters without saying whose
// ("Parameters") right over a table's header (captionsTable: no blank line between) in
// the response's section is the table's caption, a level below the section, as the HTML
// reader reads a <caption> (page.KindIn): the response's. Set apart by a blank line it
// stays a heading of its own (TestHeadingGoesOn). reStructuredText's list and CSV tables write their title so
// (page.PipeGrids). Before, it opened a request section and the response's fields were
// read as request parameters, with a guess.
func TestCaptionNamesSection(t *testing.T) {
	p := readText(t, `DescribeThings

Queries things.

Request parameters

Parameters
| Parameter | Type | Required | Description |
|---|---|---|---|
| RegionId | String | Yes | The region. |

Response parameters

Parameters
| Parameter | Type | Description |
|---|---|---|
| RequestId | String | The request ID. |
`)
	equal(t, "request names", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId"})
	equal(t, "response names", column(table(t, p, page.ResponseParams), page.ColName), []string{"RequestId"})
}
