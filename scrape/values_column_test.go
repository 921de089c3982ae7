package scrape

import (
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// valuesColumnPages are one request table in several readers with a Valid values column
// ("Valid values", "Allowed values", 取值范围, 可选值) between Required and the description:
// ChargeType's cell lists PrePaid and PostPaid (inline or as a list), Period's states a range
// (1 to 36, 1-36). Before, the column was unknown: its cells went nowhere, silently, and the text
// readers lost the table's header to it.
var valuesColumnPages = map[string]string{
	"CreateThing.html": valuesHTML,
	// one value a paragraph, one a line: a list as much as a <ul>
	"CreateThing-p.html": strings.Replace(valuesHTML, "<ul><li>PrePaid</li><li>PostPaid</li></ul>", "<p>PrePaid</p><p>PostPaid</p>", 1),
	"CreateThing-br.md":  strings.Replace(valuesMarkdown, "|PrePaid, PostPaid|", "|PrePaid<br>PostPaid|", 1),
	"CreateThing.md":     valuesMarkdown,
	"CreateThing-zh.md": `# CreateThing

创建资源。

## 请求参数

|名称|类型|是否必选|取值范围|描述|示例值|
|---|---|---|---|---|---|
|ChargeType|String|是|PrePaid、PostPaid|付费方式。|PrePaid|
|Period|Integer|否|1~36|时长。|1|

## 返回数据

|名称|类型|描述|示例值|
|---|---|---|---|
|RequestId|String|请求 ID。|r1|
`,
	"CreateThing-piperow.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-creatething

CreateThing

Creates a thing.

Request parameters

Parameter | Type | Required | Valid values | Description | Example |
---|---|---|---|---|---|
ChargeType | string | Yes | PrePaid, PostPaid | The billing method. | PrePaid |
Period | integer | No | 1 to 36 | The duration. | 1 |

Response parameters

Parameter | Type | Description | Example |
---|---|---|---|
RequestId | string | The request ID. | r1 |
`,
	"CreateThing-pipe.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-creatething

CreateThing

Creates a thing.
Request parameters
|
Parameter |
Type |
Required |
可选值 |
Description |
Example |
| ChargeType |
string |
Yes |
PrePaid, PostPaid |
The billing method. |
PrePaid |
| Period |
integer |
No |
1 to 36 |
The duration. |
1 |
` + pipeResponse,
	"CreateThing-spaced.txt": `URL: https://www.alibabacloud.com/help/en/svc/latest/creatething

CreateThing

Creates a thing.

Request parameters

Parameter Type Required Valid values Example Description
ChargeType String Yes PrePaid,PostPaid PrePaid

The billing method.

Period Integer No 1-36 1

The duration.

Response parameters

Parameter Type Example Description
RequestId String r1

The request ID.
`,
	"CreateThing-cells.txt": `URL: https://www.alibabacloud.com/help/en/svc/latest/creatething

CreateThing

Creates a thing.

Request parameters

Parameter

Type

Required

Valid values

Description

Example

ChargeType

String

Yes

PrePaid, PostPaid

The billing method.

PrePaid

Period

Integer

No

1 to 36

The duration.

1

Response parameters

Parameter

Type

Description

Example

RequestId

String

The request ID.

r1
`,
}

// pipeResponse is the response section of optionalPages' pipe page.
var pipeResponse = optionalPages["CreateUser-pipe.txt"][strings.Index(optionalPages["CreateUser-pipe.txt"], "Response parameters"):]

// valuesHTML and valuesMarkdown are valuesColumnPages' HTML and Markdown pages.
const (
	valuesHTML = `<html><head><title>CreateThing</title></head><body>
<h1>CreateThing</h1>
<p>Creates a thing.</p>
<h2>Request parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Valid values</th><th>Description</th><th>Example</th></tr></thead>
<tbody>
<tr><td>ChargeType</td><td>String</td><td>Yes</td><td><ul><li>PrePaid</li><li>PostPaid</li></ul></td><td>The billing method.</td><td>PrePaid</td></tr>
<tr><td>Period</td><td>Integer</td><td>No</td><td>1 to 36</td><td>The duration.</td><td>1</td></tr>
</tbody></table>
<h2>Response parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th><th>Example</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>The request ID.</td><td>r1</td></tr></tbody></table>
</body></html>
`
	valuesMarkdown = `# CreateThing

Creates a thing.

## Request parameters

|Parameter|Type|Required|Allowed values|Description|Example|
|---|---|---|---|---|---|
|ChargeType|String|Yes|PrePaid, PostPaid|The billing method.|PrePaid|
|Period|Integer|No|1 to 36|The duration.|1|

## Response parameters

|Parameter|Type|Description|Example|
|---|---|---|---|
|RequestId|String|The request ID.|r1|
`
)

func TestValuesColumn(t *testing.T) {
	for file, src := range valuesColumnPages {
		t.Run(file, func(t *testing.T) {
			spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
			op := spec.Operations[0]
			charge, period := param(t, op, "ChargeType").Schema, param(t, op, "Period").Schema
			if got := enumValueList(charge.Enum); !slices.Equal(got, []string{"PrePaid", "PostPaid"}) {
				t.Errorf("ChargeType enum %q, want [PrePaid PostPaid]; description %q", got, charge.Description)
			}
			if strings.Contains(charge.Description, "PostPaid") {
				t.Errorf("ChargeType description %q repeats the enum", charge.Description)
			}
			if len(period.Enum) > 0 || !strings.Contains(period.Description, "36") {
				t.Errorf("Period: enum %v, description %q; want no enum and the range in the description", period.Enum, period.Description)
			}
			if !param(t, op, "ChargeType").Required || period.Type != "integer" {
				t.Errorf("ChargeType required %v, Period type %s", param(t, op, "ChargeType").Required, period.Type)
			}
			for _, w := range warns {
				if w.Kind != page.Info {
					t.Errorf("warning %s", w)
				}
			}
		})
	}
}

func enumValueList(e []opspec.EnumValue) []string {
	var out []string
	for _, v := range e {
		out = append(out, v.Value)
	}
	return out
}

// TestNoteColumns: a table's columns that add to the description, a second description
// column ("Description | Remarks"), a note ("Constraints") or a column the lexicon does not
// know ("Since"), keep their text in the description under their header; a Valid values
// cell that is no list of values (a range) the same; a Default cell that is no value of the
// parameter's type is warned and kept there too. Before, each was lost silently (the
// Default cell with a warning).
func TestNoteColumns(t *testing.T) {
	const src = `# CreateThing

Creates a thing.

## Request parameters

|Parameter|Type|Required|Default value|Constraints|Since|Description|Remarks|
|---|---|---|---|---|---|---|---|
|Name|String|Yes|-|1 to 64 characters|v2|The name.|Unique in the region.|
|Size|Integer|No|the current size|-|-|The size.|-|

## Response parameters

|Parameter|Type|Description|Meaning|
|---|---|---|---|
|RequestId|String|The request ID.|Ask support with it.|
`
	spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, "CreateThing.md", src)
	op := spec.Operations[0]
	want := "The name.\n\nConstraints: 1 to 64 characters\n\nSince: v2\n\nRemarks: Unique in the region."
	if got := param(t, op, "Name").Schema.Description; got != want {
		t.Errorf("Name description %q, want %q", got, want)
	}
	if got, want := param(t, op, "Size").Schema.Description, "The size.\n\nDefault value: the current size"; got != want {
		t.Errorf("Size description %q, want %q", got, want)
	}
	if !slices.ContainsFunc(warns, func(w page.Warning) bool {
		return strings.Contains(w.Msg, "Size") && strings.Contains(w.Msg, "the current size")
	}) {
		t.Errorf("no warning names Size's default: %v", warns)
	}
	resp := op.Response.Properties
	if len(resp) != 1 || resp[0].Schema.Description != "The request ID.\n\nMeaning: Ask support with it." {
		t.Errorf("response %+v", resp)
	}
}
