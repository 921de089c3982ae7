package textpage

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// The pages below are hand-made in the shapes of real legacy pages (spaced and glued
// layouts), prose replaced by placeholders.

func readText(t *testing.T, text string) *page.Page {
	t.Helper()
	p, err := Reader{}.Read("x.txt", []byte(text))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return p
}

// rowsOf renders a table's rows as "cell|cell|..." lines.
func rowsOf(tb *page.Table) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, strings.Join(r.Cells, "|"))
	}
	return out
}

func warningsOf(p *page.Page) string {
	var b strings.Builder
	for _, w := range p.Warnings {
		b.WriteString(w.String() + "\n")
	}
	return b.String()
}

// TestSpacedDescriptionBelow: 2019-2021 spaced pages put each row's description in
// paragraphs after a blank line; the row's line ends with the example, spaces and all.
func TestSpacedDescriptionBelow(t *testing.T) {
	p := readText(t, `Request parameters

Parameter Type Required Example Description
Action String Yes CreateUser

Xxx xxxxxxxxx. Xxx xxx value to CreateUser.

Comments String No Xxxx xx a xxxxx.

The description.

Xxx xxxxxxxxxxx xxxx xx 1 to 128.

Note Xxxx xxxxxxxxx.
Tag.N.Key String No operator

The key of tag N.

  • xxx: xxxx
  • yyy: yyyy

Response parameters

Parameter Type Example Description
RequestId String 0B9A-44E2

The ID of the request.
`)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"Action|String|Yes|CreateUser|Xxx xxxxxxxxx. Xxx xxx value to CreateUser.",
		"Comments|String|No|Xxxx xx a xxxxx.|The description.\nXxx xxxxxxxxxxx xxxx xx 1 to 128.\nNote Xxxx xxxxxxxxx.",
		"Tag.N.Key|String|No|operator|The key of tag N.\n- xxx: xxxx\n- yyy: yyyy",
	})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"RequestId|String|0B9A-44E2|The ID of the request.",
	})
}

// TestSpacedCompactEndsAtBlank: when descriptions share the row's line, a blank line and
// prose end the table.
func TestSpacedCompactEndsAtBlank(t *testing.T) {
	p := readText(t, `Request parameters

Name Type Required Example Description
Action String Yes CreateUser The operation.
DisplayName String Yes test The display name.

For more information about common parameters, see Common parameters.
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "rows", rowsOf(tb), []string{
		"Action|String|Yes|CreateUser|The operation.",
		"DisplayName|String|Yes|test|The display name.",
	})
	last := p.SectionsOf(page.RequestParams)[0].Blocks
	if b := last[len(last)-1]; b.Kind != page.Paragraph || !strings.HasPrefix(b.Text, "For more") {
		t.Errorf("prose after the table = %+v", b)
	}
}

// TestSpacedRequiredColumnEmpty: Chinese pages keep a 是否必选 column whose cells are all
// empty; the example follows the type, and one warning names the column.
func TestSpacedRequiredColumnEmpty(t *testing.T) {
	p := readText(t, `请求参数

名称 类型 是否必选 示例值 描述
Action String GetTopicList

某某。

InstanceId String alikafka_pre-cn-0pp1954n****

实例的ID。
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"Action|String||GetTopicList|某某。",
		"InstanceId|String||alikafka_pre-cn-0pp1954n****|实例的ID。",
	})
	if w := warningsOf(p); strings.Count(w, "\n") != 1 || !strings.Contains(w, "column 是否必选 is empty in every row (Action, InstanceId)") {
		t.Errorf("warnings = %q", w)
	}
}

// TestGluedRowWithTrailingCell: older glued pages run the next cell into the row too: the
// example ("ActionStringYesCreateStack") or the description ("ActionStringYesRequired
// parameter, value: X"); prose that merely contains a type word does not read as a row.
func TestGluedRowWithTrailingCell(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypeRequiredExampleDescription
ActionStringYesCreateStack

Xxx xxxxxxxxx. Xxx xxx value to CreateStack.

DisableRollbackBooleanNofalse

Xxxxxxxxx xxxxxxx.

TemplateBodyStringNo{"ROSTemplateFormatVersion":"2015-09-01"}

Substrings are matched.

Response parameters

NameTypeRequired or notDescription
DBInstanceIdStringYesInstance ID
DBInstancesList<DBInstance>NoArray composed of DBInstances
`)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"Action|String|Yes|CreateStack|Xxx xxxxxxxxx. Xxx xxx value to CreateStack.",
		"DisableRollback|Boolean|No|false|Xxxxxxxxx xxxxxxx.",
		`TemplateBody|String|No|{"ROSTemplateFormatVersion":"2015-09-01"}|Substrings are matched.`,
	})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"DBInstanceId|String|Yes|Instance ID",
		"DBInstances|List<DBInstance>|No|Array composed of DBInstances",
	})
}

// TestGluedArrayOfObjectBrackets: zh pages write an array of objects "object []"
// ("RegionStatusesobject []"); the response's root row may be described by a line that is
// also a response heading ("返回结果"), which stays in the table; a Required column that
// no row fills warns once.
func TestGluedArrayOfObjectBrackets(t *testing.T) {
	p := readText(t, `请求参数

名称类型必填描述示例值
ResourceGroupIdstring

资源组 ID。

rg-9gLOoK****
IncludeTagsboolean

某某。

true

返回参数

名称类型描述示例值
object

返回结果

RequestIdstring

请求 ID。

2D69A58F
RegionStatusesobject []

某某。

Statusstring

某某。

OK
`)
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"|object|返回结果|",
		"RequestId|string|请求 ID。|2D69A58F",
		"RegionStatuses|object []|某某。|",
		"Status|string|某某。|OK",
	})
	if w := warningsOf(p); strings.Count(w, "\n") != 1 || !strings.Contains(w, "column 必填 is empty in every row (ResourceGroupId, IncludeTags)") {
		t.Errorf("warnings = %q", w)
	}
}

// TestSpacedItemMarker: "TopicList Array of TopicVO" is followed, after its description,
// by a line naming the item struct alone ("TopicVO") and then the item's rows: that line
// is a row with the name only (extraction reads it as the marker of the list's items). A
// list written "List<TopicVO>" or "array<TopicVO>" (page.ListItem) names its item alike;
// a line naming another struct, or after a type of no list, is no marker.
func TestSpacedItemMarker(t *testing.T) {
	for _, c := range []struct {
		typ, marker string
		isMarker    bool
	}{
		{"Array of TopicVO", "TopicVO", true},
		{"List<TopicVO>", "TopicVO", true},
		{"array<topicvo>", "TopicVO", true},
		{"Array of TopicVO", "OtherVO", false},
		{"TopicVO", "TopicVO", false},
	} {
		p := readText(t, `返回数据

名称 类型 示例值 描述
RequestId String C0D3DC5B

请求ID。

TopicList `+c.typ+`

Topic详情。

`+c.marker+`
CompactTopic Boolean false

某某。
`)
		var rows []string
		for _, r := range rowsOf(table(t, p, page.ResponseParams)) {
			if strings.HasPrefix(r, c.marker+"|") {
				rows = append(rows, r)
			}
		}
		if got := slices.Equal(rows, []string{c.marker + "|||"}); got != c.isMarker {
			t.Errorf("%s then %s: marker rows %q, want a marker: %v", c.typ, c.marker, rows, c.isMarker)
		}
		if c.typ == "Array of TopicVO" && c.isMarker {
			equal(t, "rows", rowsOf(table(t, p, page.ResponseParams)), []string{
				"RequestId|String|C0D3DC5B|请求ID。",
				"TopicList|Array of TopicVO||Topic详情。",
				"TopicVO|||",
				"CompactTopic|Boolean|false|某某。",
			})
		}
	}
}

// TestSpacedHeaderInferred: a spaced table whose header the lexicon does not know (another
// language, or masked words) is read from its rows when it sits in a parameter section:
// name and type first, a Position column where rows have location words, Required, then
// Example and Description. Stray lines before the first row and an unnamed body row
// ("Object Body") are kept.
func TestSpacedHeaderInferred(t *testing.T) {
	p := readText(t, `请求参数

某某 某某 某某 某某某某 某某某 某某
Object Body

A short description of struct

serviceName String Body 服务名字

服务名字

返回数据

表 1. 某某某某
某某某某 某某某某 某某某某 某某某某
RequestId String 8906582E-6722 请求ID
Code String OK 某某某
`)
	req := table(t, p, page.RequestParams)
	equal(t, "request rows", rowsOf(req), []string{
		"|Object|Body|||A short description of struct",
		"serviceName|String|Body||服务名字|服务名字",
	})
	if got := req.Columns; len(got) != 6 || got[2] != page.ColLocation || got[3] != page.ColRequired || got[4] != page.ColExample || got[5] != page.ColDescription {
		t.Errorf("request columns = %v", got)
	}
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"RequestId|String|8906582E-6722|请求ID",
		"Code|String|OK|某某某",
	})
	if w := warningsOf(p); !strings.Contains(w, `x.txt:3: table header "某某 某某 某某 某某某某 某某某 某某" not recognised; columns read from the rows as Name, Type, Position, Required, Example, Description`) ||
		!strings.Contains(w, `x.txt:15: table header "某某某某 某某某某 某某某某 某某某某" not recognised`) {
		t.Errorf("warnings = %q", w)
	}
}

// TestSpacedCompactDescriptionBelowOneRow: in a compact table a row whose line ends after
// the type has its description below, after a blank line; the table goes on after it.
// With two columns left and prose after the types, they are Required (empty) and
// Description.
func TestSpacedCompactDescriptionBelowOneRow(t *testing.T) {
	p := readText(t, `请求参数

某某 某某 某某某某 某某
Action String 某某某某,某某:DescribeInstances。
InstanceStatus String

某某某某:

  • Normal(正常)
ChargeType String 某某某某。
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"Action|String||某某某某,某某:DescribeInstances。",
		"InstanceStatus|String||某某某某:\n- Normal(正常)",
		"ChargeType|String||某某某某。",
	})
}

// TestSpacedSentenceIsNotARow: a description line starting with a sentence word and a
// lower-case type word ("A list of nodes.") is text, not a row named "A".
func TestSpacedSentenceIsNotARow(t *testing.T) {
	p := readText(t, `Response parameters

Parameter Type Example Description
nodes Array of node

A list of nodes.

creation_time String "2020-08-25T11:25:35+08:00"

Xxx xxxx.
`)
	equal(t, "rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"nodes|Array of node||A list of nodes.",
		`creation_time|String|"2020-08-25T11:25:35+08:00"|Xxx xxxx.`,
	})
}

// TestJSONWithoutOpeningBrace: a response-syntax sketch whose opening brace the dump lost
// starts at its first member ("nodes" : [ {) and is still a JSON code block. One that lost
// its closing brace too ends where its members do, at the first line after them that is
// no JSON, so that the section after it is read; before, that block ran to the end of the
// page: the response table and everything after it became JSON text, with a false "cut
// off" warning.
func TestJSONWithoutOpeningBrace(t *testing.T) {
	const sketch = "Response syntax\n\nHTTP/1.1 200 OK\n\n  \"nodes\" : [ {\n    \"creation_time\" : \"String\",\n    \"is_aliyun_node\" : Boolean\n  } ]"
	whole := sketch + ",\n  \"page\" : {\n    \"page_number\" : Integer\n  }\n\nResponse parameters\n\n" +
		"Parameter Type Example Description\npage_number Integer 1\n\nThe page number.\n"
	for _, c := range []struct {
		name, src, end string
		cut            bool // the page ends at a heading: cut off
	}{
		{"closing brace kept", sketch + "\n}\n\nExamples\n", "} ]\n}", true},
		{"both lost", whole, "Integer\n  }", false},
	} {
		p := readText(t, c.src)
		b := p.SectionsOf(page.ResponseParams)[0].Blocks
		if len(b) < 2 || b[1].Kind != page.Code || b[1].Lang != "json" || !strings.HasSuffix(b[1].Text, c.end) {
			t.Fatalf("%s: blocks = %+v", c.name, b)
		}
		if p.Truncated != c.cut {
			t.Errorf("%s: read as cut off %v: %s", c.name, p.Truncated, warningsOf(p))
		}
	}
	equal(t, "rows", rowsOf(table(t, readText(t, whole), page.ResponseParams)), []string{"page_number|Integer|1|The page number."})
}

// TestPortalTypesGluedToNames: the API portal's tables have no Type column ("Field
// NameField Details", "字段名称 | 字段详情 |"); each row glues the type to the name.
func TestPortalTypesGluedToNames(t *testing.T) {
	p := readText(t, `Request Parameters

Field NameField Details
VideoIdsstring

Xxx xxxx of xxxxx IDs.

Example:7753d144****Reference Value Source:
    UpdateVideoInfos
    GetVideoInfo

Response Parameters

Field NameField Details
RequestIdstring

The ID of the request.

NonExistVideoIdsarray<string>

Xxx IDs.
`)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"VideoIds|string|Xxx xxxx of xxxxx IDs.\nExample:7753d144****Reference Value Source:\nUpdateVideoInfos\nGetVideoInfo",
	})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"RequestId|string|The ID of the request.",
		"NonExistVideoIds|array<string>|Xxx IDs.",
	})
	p = readText(t, `请求参数

字段名称 | 字段详情 |
---|---|
GroupIdstring | 某某 某某某:927d50c0 |
ApiNamestring | API 某某某 |
client_x509string | X.509 |
Ipv6boolean | 某某 |
`)
	// names may end in a digit (client_x509, Ipv6): one such row left the table unsplit
	equal(t, "pipe rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"GroupId|string|某某 某某某:927d50c0",
		"ApiName|string|API 某某某",
		"client_x509|string|X.509",
		"Ipv6|boolean|某某",
	})
}

// TestPortalUnnamedTypeRows: a portal table may show rows with a type and no name (the
// response's root "object", a list's item): they are unnamed rows of that type, not a
// reason to leave every other row's type glued to its name ("RequestIdstring" typed
// string, and a tree of such fields lost).
func TestPortalUnnamedTypeRows(t *testing.T) {
	p := readText(t, `Response Parameters

Field NameField Details
object

Schema of Response

RequestIdstring

The request.

Example:ABC
Foosarray<object>

The foos.

object

A foo.

Namestring

The name.
`)
	equal(t, "glued rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"|object|Schema of Response",
		"RequestId|string|The request.\nExample:ABC",
		"Foos|array<object>|The foos.",
		"|object|A foo.",
		"Name|string|The name.",
	})
	p = readText(t, `返回参数

字段名称 | 字段详情 |
---|---|
object | 返回结构 |
RequestIdstring | 请求 ID |
Idsarray<string> | 列表 |
string | 一个 ID |
`)
	equal(t, "pipe rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"|object|返回结构",
		"RequestId|string|请求 ID",
		"Ids|array<string>|列表",
		"|string|一个 ID",
	})
}

// TestPortalOneRowTables: a portal table of one row glues its type as the others do
// ("KeyIdstring"); the page's other tables tell, as one name ending in a type word proves
// nothing ("Bitmap" may be a name). KMS CancelKeyDeletion's one request parameter was read
// as "KeyIdstring" typed string, with the right KeyId missed.
func TestPortalOneRowTables(t *testing.T) {
	const req = "请求参数\n\n字段名称 | 字段详情 |\n---|---|\nKeyIdstring | The key. 示例值:k |\n\n"
	for _, c := range []struct {
		name, resp string
		want       []string
	}{
		{"two one-row tables", "返回参数\n\n字段名称 | 字段详情 |\n---|---|\nRequestIdstring | The request. |\n",
			[]string{"KeyId|string|The key. 示例值:k"}},
		{"after a glued table", "返回参数\n\n字段名称 | 字段详情 |\n---|---|\nRequestIdstring | The request. |\nTotalinteger | The count. |\n",
			[]string{"KeyId|string|The key. 示例值:k"}},
		{"alone", "", []string{"KeyIdstring|The key. 示例值:k"}},
		{"response not glued", "返回参数\n\n字段名称 | 类型 | 字段详情 |\n---|---|---|\nRequestId | string | The request. |\n",
			[]string{"KeyIdstring|The key. 示例值:k"}},
	} {
		p := readText(t, req+c.resp)
		equal(t, c.name, rowsOf(table(t, p, page.RequestParams)), c.want)
	}
}

// TestDocumentChromeBeforeTitle: zh pages copied from the documentation site start with
// the site's "文档" (Documentation) link before the title.
func TestDocumentChromeBeforeTitle(t *testing.T) {
	p := readText(t, "URL: https://help.aliyun.com/document_detail/451895.html\n\n文档\n\nListInstances - 查询实例列表\n\n更新时间:\n\n某某。\n")
	if p.Title != "ListInstances - 查询实例列表" {
		t.Errorf("title = %q", p.Title)
	}
}

// TestGluedRAMLevelCase: the glued RAM table glues the access level to the action in any
// case; the reader splits it off by page.SplitRAMAction (TestSplitRAMAction) and reads the
// row whole.
func TestGluedRAMLevelCase(t *testing.T) {
	p := readText(t, "AddDomain\n\nAdds a domain.\n\nAuthorization information\n\n"+
		"OperationAccess levelResource typeCondition keyAssociated operation\n"+
		"alidns:AddDomainWRITE\n  • domain\n    acs:alidns::{#accountId}:domain/*\n    none\nnone\n\n"+
		"Request parameters\n\nParameterTypeRequiredDescriptionExample\nDomainNamestringYes\n\nThe domain.\n\nexample.com\n")
	if w := warningsOf(p); strings.Contains(w, "access level") {
		t.Errorf("warnings:\n%s", w)
	}
	found := false
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil && b.Table.Col(page.ColAccessLevel) >= 0 {
				found = true
				if got := rowsOf(b.Table); len(got) != 1 || !strings.HasPrefix(got[0], "alidns:AddDomain|WRITE|") {
					t.Errorf("RAM rows = %q", got)
				}
			}
		}
	}
	if !found {
		t.Errorf("no RAM table; sections %+v", p.Sections)
	}
}

// TestSpacedMapType: a spaced row's type may be several words: "String to String Map" (old
// KMS pages), like "Array of String", or a map with a space between its parameters.
func TestSpacedMapType(t *testing.T) {
	p := readText(t, `Request parameters

Parameter Type Required Description
KeyId String Yes Xxx ID of xxx CMK.
EncryptionContext String to String Map No Xxx JSON string.
Plaintext String Yes Xxx xxxx.
Labels Map<String, String> No Xxx xxxxxx.
`)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"KeyId|String|Yes|Xxx ID of xxx CMK.",
		"EncryptionContext|String to String Map|No|Xxx JSON string.",
		"Plaintext|String|Yes|Xxx xxxx.",
		"Labels|Map<String, String>|No|Xxx xxxxxx.",
	})
	if w := warningsOf(p); w != "" {
		t.Errorf("warnings:\n%s", w)
	}
}

// TestGluedDescriptionIsAHeadingWord: a row described by a heading word ("错误码", Error
// code, for a field "code") with more rows after it stays in the table; the row before it,
// whose example cell is empty, does not take the next row's name as its example.
func TestGluedDescriptionIsAHeadingWord(t *testing.T) {
	p := readText(t, `返回参数

名称类型描述示例值
object

Result

successboolean

是否成功

true
databoolean

返回结果

codestring

错误码

MissingInstanceId
messagestring

错误信息

Xxx xxxxx.

错误码

错误码错误信息描述
400InvalidXxx某某
`)
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"|object|Result|",
		"success|boolean|是否成功|true",
		"data|boolean|返回结果|",
		"code|string|错误码|MissingInstanceId",
		"message|string|错误信息|Xxx xxxxx.",
	})
	if len(p.SectionsOf(page.ErrorCodes)) != 1 {
		t.Errorf("the error code heading after the table is not a section: %+v", p.Sections)
	}
	// The same heading after a last row with no description, then a table: the end.
	p = readText(t, `返回参数

名称类型描述示例值
codestring

错误码

MissingInstanceId
messagestring

错误码

错误码错误信息描述
400InvalidXxx某某
`)
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"code|string|错误码|MissingInstanceId",
		"message|string||",
	})
	if len(p.SectionsOf(page.ErrorCodes)) != 1 {
		t.Errorf("the error code heading after the table is not a section: %+v", p.Sections)
	}
}

// TestPortalParameterIndex: the API portal lists its input parameters as names glued to
// descriptions in another script, without types; the names the request table documents are
// read from the table, the others from the list.
func TestPortalParameterIndex(t *testing.T) {
	p := readText(t, `CreateService
输入参数
只看必填
body请求body
Develop某某某某
Labels用户自定义标签
:
WorkspaceId工作空间ID
某某某某
VS Code 插件

请求参数

bodystring

某某 body。
`)
	var tables []string
	for _, s := range p.SectionsOf(page.RequestParams) {
		for _, tb := range s.Tables() {
			tables = append(tables, strings.Join(rowsOf(tb), "\n"))
		}
	}
	equal(t, "request tables", tables, []string{
		"Develop|某某某某\nLabels|用户自定义标签\n:\nWorkspaceId|工作空间ID\n某某某某",
		"body|string|某某 body。",
	})
	if w := warningsOf(p); !strings.Contains(w, "Develop, Labels, WorkspaceId not in a request table") {
		t.Errorf("warnings:\n%s", w)
	}
}

// TestNumberedCodeListing: older pages show their examples as numbered listings ("  1. {");
// the numbers are taken off and the listing is a code block of its kind. "Request example"
// is a heading (it ended nothing before, and the description of the table's last row took
// the examples in).
func TestNumberedCodeListing(t *testing.T) {
	p := readText(t, `Response parameters

Parameter name Type Description
FileSystemId String ID of xxx xxxx xxxxxx.


Request example

  1. GET https://nas.aliyuncs.com/?Action=CreateFileSystem
  2. &StorageType=Performance

JSON example

  1. {
  2. "RequestId": "98696EF0",
  3. "FileSystemId": "1ca404a666"
  4. }

  1. Xxxx xxxx.
  2. Xxxx.
`)
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{"FileSystemId|String|ID of xxx xxxx xxxxxx."})
	var code []string
	for _, s := range p.SectionsOf(page.Examples) {
		for _, b := range s.Blocks {
			if b.Kind == page.Code {
				code = append(code, b.Lang+":"+b.Text)
			}
		}
	}
	equal(t, "code blocks", code, []string{
		":GET https://nas.aliyuncs.com/?Action=CreateFileSystem\n&StorageType=Performance",
		"json:{\n\"RequestId\": \"98696EF0\",\n\"FileSystemId\": \"1ca404a666\"\n}",
	})
}

// TestSpacedStructTypeName: older pages type a row with a struct's name ending in "Type"
// ("ScalingConfigurationSetType") and define the struct in a table further down; such a row
// is a row; a capitalised word that is not a struct name is not a type, nor is a
// parameter named in a description ("If InstanceChargeType is ...", "Note InstanceChargeType").
func TestSpacedStructTypeName(t *testing.T) {
	p := readText(t, `Response parameters

Name Type Description
PageSize Integer Xxxxxx of xxxxx
ScalingConfigurations ScalingConfigurationSetType Xxxxxxx xxxxxxxx
Note Xxxx xxxx Type xxxx.
If InstanceChargeType is PrePaid, xxxx.
Note InstanceChargeType Xxxx.

ScalingConfigurationSetType is a set of ScalingConfigurationItemTypes.

Name Type Description
ScalingConfiguration ScalingConfigurationItemType Xxxxxxx information
`)
	var rows []string
	for _, tb := range p.SectionsOf(page.ResponseParams)[0].Tables() {
		rows = append(rows, rowsOf(tb)...)
	}
	equal(t, "response rows", rows, []string{
		"PageSize|Integer|Xxxxxx of xxxxx",
		"ScalingConfigurations|ScalingConfigurationSetType|Xxxxxxx xxxxxxxx\nNote Xxxx xxxx Type xxxx.\nIf InstanceChargeType is PrePaid, xxxx.\nNote InstanceChargeType Xxxx.",
		"ScalingConfiguration|ScalingConfigurationItemType|Xxxxxxx information",
	})
}

// TestGluedItemCaption: a short caption naming the item struct of a list row
// ("DBInstance data structure" after "DBInstancesList<DBInstance>...") with rows after it
// gives a row naming the item (the marker row other layouts have); the caption stays a
// paragraph. A description starting with the item's name is still a description. A dump
// that dropped every blank line reads the same: no blank line sets the caption apart
// there, its shape does (before, it joined the list row's description and the item's rows
// nested in the list by row order, with no wrapper). Where the table has blank lines, a
// line right under the row, with none before it, is the row's description.
func TestGluedItemCaption(t *testing.T) {
	want := []string{
		"DBInstances|List<DBInstance>|Array composed of DBInstances",
		"DBInstance||",
		"DBInstanceId|String|Instance ID",
		"Users|Array of User|User xxxx xxxx.",
		"UserId|String|Xxxx",
	}
	src := gluedItemCaptionPage
	equal(t, "response rows", rowsOf(table(t, readText(t, src), page.ResponseParams)), want)
	noBlank := regexp.MustCompile(`\n+`).ReplaceAllString(src, "\n")
	equal(t, "response rows without blank lines", rowsOf(table(t, readText(t, noBlank), page.ResponseParams)), want)
	joined := strings.Replace(src, "DBInstances\n\nDBInstance data", "DBInstances\nDBInstance data", 1)
	equal(t, "response rows with the caption right under the row", rowsOf(table(t, readText(t, joined), page.ResponseParams)), []string{
		"DBInstances|List<DBInstance>|Array composed of DBInstances\nDBInstance data structure",
		"DBInstanceId|String|Instance ID",
		"Users|Array of User|User xxxx xxxx.",
		"UserId|String|Xxxx",
	})
}

// TestCaptionAfterLastRow: in the glued layout a caption over the next table's header
// ("data fields", then a blank line, then the header) after a row that has its description
// and its example ends the table: it is a paragraph of the section, not the row's example
// (before, it was, and the row's example joined its description). Without blank lines the
// line right over the header is the caption, as before; a value-like line there is the
// row's example still. A row with no example ends at a caption its description names.
func TestCaptionAfterLastRow(t *testing.T) {
	const src = "Response parameters\n\nParameterTypeDescriptionExample\ntotalCountlong\n\nXxx xxxx.\n\n1000\n" +
		"dataarray<object>\n\nXxx xxxx, see data fields.\n\nd-1\n\ndata fields\n\n" +
		"ParameterTypeDescriptionExample\nuserIdstring\n\nXxx xxxx.\n\nu-1\n"
	want := [][]string{
		{"totalCount|long|Xxx xxxx.|1000", "data|array<object>|Xxx xxxx, see data fields.|d-1"},
		{"userId|string|Xxx xxxx.|u-1"},
	}
	for name, text := range map[string]string{"blank lines": src, "no blank lines": regexp.MustCompile(`\n+`).ReplaceAllString(src, "\n")} {
		p := readText(t, text)
		var tables [][]string
		caption := false
		for _, s := range p.SectionsOf(page.ResponseParams) {
			for _, b := range s.Blocks {
				if b.Table != nil {
					tables = append(tables, rowsOf(b.Table))
				}
				caption = caption || b.Kind == page.Paragraph && b.Text == "data fields" && len(tables) == 1
			}
		}
		if len(tables) != 2 {
			t.Fatalf("%s: %d tables, want 2", name, len(tables))
		}
		equal(t, name+": first table", tables[0], want[0])
		equal(t, name+": second table", tables[1], want[1])
		if !caption {
			t.Errorf("%s: no caption paragraph between the tables", name)
		}
	}
	// a row with no example whose description names the caption ("see data fields") ends
	// at it too (before, the caption was the row's description, and the description its
	// example)
	noExample := strings.Replace(src, "\n\nd-1\n", "\n", 1)
	equal(t, "no example", rowsOf(table(t, readText(t, noExample), page.ResponseParams)), []string{
		"totalCount|long|Xxx xxxx.|1000", "data|array<object>|Xxx xxxx, see data fields.|"})
	// a value after the row's example and a blank line is no caption: it stays the row's
	p := readText(t, strings.Replace(src, "\n\ndata fields\n\n", "\n\nd-2\n\n", 1))
	for _, s := range p.SectionsOf(page.ResponseParams) {
		for _, b := range s.Blocks {
			if b.Kind == page.Paragraph && b.Text == "d-2" {
				t.Errorf("value d-2 read as a caption")
			}
		}
	}
}

const gluedItemCaptionPage = `Response parameters

DBInstancesList<DBInstance>Array composed of DBInstances

DBInstance data structure

DBInstanceIdStringInstance ID
UsersArray of User

User xxxx xxxx.
UserIdStringXxxx
`

// TestTypedTableNoFreeColumn: a typed table with no column for free text (Parameter, Type,
// Required) that meets text after a row loses it: a drop naming the row and the text.
func TestTypedTableNoFreeColumn(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypeRequired
KeyIdStringYes

The ID of the key.

AliasStringNo
`)
	for _, w := range p.Warnings {
		if w.Kind == page.Drop && strings.Contains(w.Msg, `row KeyId: text "The ID of the key." dropped`) {
			return
		}
	}
	t.Errorf("no drop naming KeyId and its text in %v", p.Warnings)
}

// TestGluedRequiredWordsFromLexicon: a glued row splits off any Required word of the
// lexicon ("Required", "必须", "非必须"), not only those of a list of its own.
func TestGluedRequiredWordsFromLexicon(t *testing.T) {
	for _, c := range []struct{ glued, want string }{
		{"DomainNamestringYes", "DomainName|string|Yes"},
		{"DomainNamestringRequired", "DomainName|string|Required"},
		{"DomainNameString必须", "DomainName|String|必须"},
		{"DomainNameString非必须", "DomainName|String|非必须"},
	} {
		p := readText(t, "AddDomain\n\nAdds a domain.\n\n"+
			"Request parameters\n\nParameterTypeRequiredDescriptionExample\n"+c.glued+"\n\nThe domain.\n\nexample.com\n")
		got := ""
		for _, s := range p.SectionsOf(page.RequestParams) {
			for _, tb := range s.Tables() {
				if rows := rowsOf(tb); len(rows) > 0 {
					got = rows[0]
				}
			}
		}
		if !strings.HasPrefix(got, c.want+"|") {
			t.Errorf("%s: first row %q, want %s|...", c.glued, got, c.want)
		}
	}
}

// TestGluedPostfixListType: a glued row whose type holds a space ("NamesString ArrayNo",
// "CodesInteger listYes") splits whole, like "IdsArray of StringNo"; other languages'
// words ("Short") and bracketed lists ("List[String]") split too.
func TestGluedPostfixListType(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypeRequiredDescriptionExample
NamesString ArrayNo

The names.

a
CodesInteger listYes

The codes.

1
CountShortNo

The count.

3
IdsList[String]No

The IDs.

i-1
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"Names|String Array|No|The names.|a",
		"Codes|Integer list|Yes|The codes.|1",
		"Count|Short|No|The count.|3",
		"Ids|List[String]|No|The IDs.|i-1",
	})
	if w := warningsOf(p); w != "" {
		t.Errorf("warnings:\n%s", w)
	}
}

// TestInferredHeaderSkipsSentence: a spaced table under a header the lexicon does not know
// takes its columns from the rows that follow; a sentence whose second word is a type word
// ("A short description of struct") is no row and does not count.
func TestInferredHeaderSkipsSentence(t *testing.T) {
	p := readText(t, `Request parameters

某某 某某 某某 某某某某 某某某 某某
Object Body

A short description of struct

serviceName String Body 服务名字

服务名字

clientToken String Body 某某

某某
`)
	want := `table header "某某 某某 某某 某某某某 某某某 某某" not recognised; columns read from the rows as Name, Type, Position, Required, Example, Description`
	if w := warningsOf(p); !strings.Contains(w, want) {
		t.Errorf("warnings:\n%s\nwant %q", w, want)
	}
}

// TestNumberedHeadingLines: a dump keeps a section's number on its heading line ("1. Request
// parameters", "二、返回参数"); the lexicon reads past it, so the line opens the section. A
// numbered list item of prose that starts with the same words is no heading.
func TestNumberedHeadingLines(t *testing.T) {
	for _, c := range []struct{ src, req, resp string }{
		{`GetUser

1. Request parameters

Parameter|Type|Required|Description
UserName|String|Yes|The name.

2. Response parameters

1. Request parameters are signed with your AccessKey

Parameter|Type|Description
RequestId|String|The ID.
`, "UserName|String|Yes|The name.", "RequestId|String|The ID."},
		{`GetUser

一、请求参数（Query）

名称|类型|必填|描述
UserName|String|是|名称。

二、返回参数

名称|类型|描述
RequestId|String|请求ID。
`, "UserName|String|是|名称。", "RequestId|String|请求ID。"},
	} {
		p := readText(t, c.src)
		var kinds []string
		for _, s := range p.Sections {
			kinds = append(kinds, s.Kind.String())
		}
		want := []page.SectionKind{page.RequestParams, page.ResponseParams}
		if strings.Contains(c.src, "Query") {
			want[0] = page.QueryParams
		}
		if len(p.SectionsOf(want[0])) != 1 || len(p.SectionsOf(want[1])) != 1 {
			t.Fatalf("sections %v, want one %v and one %v", kinds, want[0], want[1])
		}
		equal(t, "request rows", rowsOf(table(t, p, want[0])), []string{c.req})
		equal(t, "response rows", rowsOf(table(t, p, want[1])), []string{c.resp})
	}
}

// TestCaptionRightOverHeader: a line right over a table's header, with no blank line
// between, is that table's caption, not more of the description of the last row above
// ("ScalingConfigurationSetType is a set of ..." in a dump that dropped its blank lines).
func TestCaptionRightOverHeader(t *testing.T) {
	p := readText(t, `Response parameters
Name Type Description
TotalCount Integer Xxxxx xxxxxx
ScalingConfigurations ScalingConfigurationSetType Xxxxxxx xxx
ScalingConfigurationSetType is a set of ScalingConfigurationItemTypes.
Name Type Description
ScalingConfiguration ScalingConfigurationItemType Scaling configuration information
`)
	blocks := p.SectionsOf(page.ResponseParams)[0].Blocks
	if len(blocks) != 3 || blocks[1].Kind != page.Paragraph || blocks[1].Text != "ScalingConfigurationSetType is a set of ScalingConfigurationItemTypes." {
		t.Fatalf("blocks = %+v", blocks)
	}
	equal(t, "rows", rowsOf(blocks[0].Table), []string{
		"TotalCount|Integer|Xxxxx xxxxxx",
		"ScalingConfigurations|ScalingConfigurationSetType|Xxxxxxx xxx",
	})
}

// TestGluedRAMActionEndingInLevelWord: in a glued RAM table an operation may end in a level
// word ("PutBucketWhitelist"). A row whose level follows on a line of its own keeps its
// action whole; a row without a level keeps it whole when the title names it; a level glued
// after it still splits off.
func TestGluedRAMActionEndingInLevelWord(t *testing.T) {
	for _, c := range []struct{ title, rows, want string }{
		{"Other", "oss:PutBucketWhitelist\nwrite\n  • bucket\n    acs:oss:*:{#accountId}:*\n    none\nnone\n", "oss:PutBucketWhitelist|write|"},
		{"PutBucketWhitelist", "oss:PutBucketWhitelist\n  • bucket\n    acs:oss:*:{#accountId}:*\n    none\nnone\n", "oss:PutBucketWhitelist||"},
		{"Other", "oss:PutBucketWhitelistwrite\n  • bucket\n    acs:oss:*:{#accountId}:*\n    none\nnone\n", "oss:PutBucketWhitelist|write|"},
	} {
		p := readText(t, c.title+"\n\nAdds a list.\n\nAuthorization information\n\n"+
			"OperationAccess levelResource typeCondition keyAssociated operation\n"+c.rows+"\n"+
			"Request parameters\n\nParameterTypeRequiredDescriptionExample\nBucketstringYes\n\nThe bucket.\n\nexample\n")
		found := false
		for _, s := range p.Sections {
			for _, b := range s.Blocks {
				if b.Table != nil && b.Table.Col(page.ColAccessLevel) >= 0 {
					found = true
					if got := rowsOf(b.Table); len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
						t.Errorf("%q under %q: RAM rows = %q, want %q...", c.rows, c.title, got, c.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no RAM table; sections %+v", c.rows, p.Sections)
		}
	}
}

// TestBodyUnderResponseHeaders: in a text dump a heading the lexicon does not know right
// after "Response headers" heads the response parameters when its table's rows are not
// headers' (a nameless object root, nested rows); a headers table after prose stays headers.
func TestBodyUnderResponseHeaders(t *testing.T) {
	const head = "GetThing\n\nXxx xxxx.\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\nthingIdstringYes\n\nXxx xxxx.\n\nt-1\n\nResponse headers\n\n"
	p := readText(t, head+"Returned fields\n\nParameterTypeDescriptionExample\nobject\n\nXxx.\n\nrequestIdstring\n\nXxx xxxx.\n\nABC-1\n")
	if len(p.SectionsOf(page.ResponseParams)) != 1 || !strings.Contains(warningsOf(p), `"Returned fields"`) {
		t.Errorf("body table not moved to response parameters (or not warned): sections %+v\n%s", p.Sections, warningsOf(p))
	} else {
		equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{"|object|Xxx.|", "requestId|string|Xxx xxxx.|ABC-1"})
	}
	p = readText(t, head+"Returned headers\n\nParameterTypeDescriptionExample\nx-acs-request-idstring\n\nXxx xxxx.\n\nABC-1\n")
	if len(p.SectionsOf(page.ResponseParams)) != 0 || len(table(t, p, page.ResponseHeaders).Rows) != 1 {
		t.Errorf("headers table moved: sections %+v", p.Sections)
	}
}
