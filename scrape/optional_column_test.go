package scrape

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// optionalPages are one request table in several layouts whose third column says whether a
// parameter is optional ("Optional", "是否可选", "Optional?"): UserName is not optional
// (required), Email is. Before, the column was unknown and both read as optional, silently.
var optionalPages = map[string]string{
	"CreateUser.md": `# CreateUser

Creates a user.

## Request parameters

|Parameter|Type|Optional|Example|Description|
|---|---|---|---|---|
|UserName|String|No|alice|The name.|
|Email|String|Yes|a@example.com|The mail.|

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r1|The request ID.|
`,
	"CreateUser-zh.md": `# CreateUser

创建用户。

## 请求参数

|名称|类型|是否可选|示例值|描述|
|---|---|---|---|---|
|UserName|String|否|alice|名称。|
|Email|String|是|a@example.com|邮箱。|

## 返回数据

|名称|类型|示例值|描述|
|---|---|---|---|
|RequestId|String|r1|请求 ID。|
`,
	"CreateUser-spaced.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser

CreateUser

Creates a user.

Request parameters

Parameter Type Optional Example Description
UserName String No alice The name.
Email String Yes a@example.com The mail.

Response parameters

Parameter Type Example Description
RequestId String r1 The request ID.
`,
	"CreateUser-concat.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser

CreateUser

Creates a user.

Request parameters

ParameterTypeOptionalDescriptionExample
UserNamestringNo
The name.
alice
EmailstringYes
The mail.
a@example.com

Response parameters

ParameterTypeDescriptionExample
RequestIdstring
The request ID.
r1
`,
	"CreateUser-pipe.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser

Creates a user.
Request parameters
|
Parameter |
Type |
Optional? |
Description |
Example |
| UserName |
string |
No |
The name. |
alice |
| Email |
string |
Yes |
The mail. |
a@example.com |
Response parameters
|
Parameter |
Type |
Description |
Example |
| RequestId |
string |
The request ID. |
r1 |
`,
}

func TestOptionalColumn(t *testing.T) {
	for file, src := range optionalPages {
		t.Run(file, func(t *testing.T) { checkUserNameRequired(t, file, src) })
	}
}

// checkUserNameRequired scrapes a CreateUser page and fails unless UserName reads required
// and Email optional, with no warning that speaks of Required or names one of also.
func checkUserNameRequired(t *testing.T, file, src string, also ...string) {
	t.Helper()
	spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
	op := spec.Operations[0]
	if !param(t, op, "UserName").Required || param(t, op, "Email").Required {
		t.Errorf("UserName required %v, Email required %v; want true, false",
			param(t, op, "UserName").Required, param(t, op, "Email").Required)
	}
	for _, w := range warns {
		if strings.Contains(w.Msg, "Required") || slices.ContainsFunc(also, func(s string) bool { return strings.Contains(w.Msg, s) }) {
			t.Errorf("warning %s", w)
		}
	}
}

// TestOptionalColumnWords: under an Optional column an answer ("Yes", "否", a check) means
// the inverse, a word that names its meaning ("Required", "可选") does not; a Required
// column's cells read as they say.
func TestOptionalColumnWords(t *testing.T) {
	for _, c := range []struct {
		header, cell string
		want         bool
	}{
		{"Optional", "Yes", false}, {"Optional", "No", true}, {"是否可选", "否", true}, {"可选", "是", false},
		{"Opsional", "Tidak", true}, {"**Optional**", "✓", false}, {"Optional", "Required", true},
		{"Optional", "optional", false}, {"Required", "Yes", true}, {"Required/Optional", "Optional", false},
		{"Optional", "Yes (default: 10)", false}, {"是否可选", "否（默认值：1）", true},
	} {
		tb := &page.Table{Header: []string{"Parameter", c.header}}
		tb.Columns = page.ClassifyColumns(tb.Header)
		rc := tb.RequiredCell(page.Row{Cells: []string{"Name", c.cell}})
		if !rc.OK || rc.Required != c.want {
			t.Errorf("%s column, cell %q: required %v, %v; want %v", c.header, c.cell, rc.Required, rc.OK, c.want)
		}
	}
}

// TestNoRequiredColumn: a request table with no Required column (and no required mark on
// names) says nothing of which parameters are required, so reading them all as optional is
// a guess: one guess warning for the operation names them, whatever the number of tables.
// Before, they read as optional with no warning. Tables with the column, or with "*" marks
// on names, get none.
func TestNoRequiredColumn(t *testing.T) {
	for file, src := range map[string]string{
		"CreateUser.md": `# CreateUser

Creates a user.

## Request parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|UserName|String|alice|The name.|

## Request body

|Parameter|Type|Example|Description|
|---|---|---|---|
|Email|String|a@example.com|The mail.|

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r1|The request ID.|
`,
		"CreateUser-pipe.txt": strings.NewReplacer("Optional? |\n", "", "No |\n", "", "Yes |\n", "").Replace(optionalPages["CreateUser-pipe.txt"]),
	} {
		t.Run(file, func(t *testing.T) {
			spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
			op := spec.Operations[0]
			if param(t, op, "UserName").Required || param(t, op, "Email").Required {
				t.Errorf("a parameter is required")
			}
			var got []string
			for _, w := range warns {
				if strings.Contains(w.Msg, "no Required column") {
					got = append(got, w.Msg)
					if w.Kind != page.Guess || w.Line == 0 {
						t.Errorf("warning %s is of kind %s, line %d; want a guess with a line", w, w.Kind, w.Line)
					}
				}
			}
			want := "request parameters UserName, Email read as optional: the request table has no Required column"
			if len(got) != 1 || got[0] != want {
				t.Errorf("warnings %q; want one %q", got, want)
			}
		})
	}
	marked := strings.NewReplacer("|UserName|", "|UserName *|", "|Email|", "|Email (required)|").Replace(`# CreateUser

Creates a user.

## Request parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|UserName|String|alice|The name.|
|Email|String|a@example.com|The mail.|
`)
	spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, "CreateUser.md", marked)
	if !param(t, spec.Operations[0], "UserName").Required {
		t.Errorf("UserName * is not required")
	}
	for _, w := range warns {
		if strings.Contains(w.Msg, "no Required column") {
			t.Errorf("marked names: warning %s", w)
		}
	}
}

// TestOptionalCardKey: a card's Optional key ("Optional: No", "是否可选：否", a key alone
// over its value, a key table's row, a <dl> term) is its Required key read inversely, by
// the rule of an Optional column (page.Table.RequiredCell). Before, the key was left as
// description text and both parameters read as optional, with a guess warning.
func TestOptionalCardKey(t *testing.T) {
	const tail = `
## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r1|The request ID.|
`
	for file, src := range map[string]string{
		"CreateUser.md": `# CreateUser

Creates a user.

## Request parameters

### UserName

- Type: String
- Optional: No
- Description: The name.

### Email

- Type: String
- Optional: Yes
- Description: The mail.
` + tail,
		"CreateUser-zh.md": `# CreateUser

创建用户。

## 请求参数

**UserName**

类型：String
是否可选：否
描述：名称。

**Email**

类型：String
是否可选：是
描述：邮箱。
` + tail,
		"CreateUser-table.md": `# CreateUser

Creates a user.

## Request parameters

**UserName**

| Property | Value |
|---|---|
| Type | String |
| Optional | No |
| Description | The name. |

**Email**

| Property | Value |
|---|---|
| Type | String |
| Optional | Yes |
| Description | The mail. |
` + tail,
		"CreateUser.html": `<html><body><h1>CreateUser</h1><p>Creates a user.</p>
<h2>Request parameters</h2>
<h3>UserName</h3>
<dl><dt>Type</dt><dd>String</dd><dt>Optional</dt><dd>No</dd><dt>Description</dt><dd>The name.</dd></dl>
<h3>Email</h3>
<dl><dt>Type</dt><dd>String</dd><dt>Optional</dt><dd>Yes</dd><dt>Description</dt><dd>The mail.</dd></dl>
<h2>Response parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></table>
</body></html>
`,
		"CreateUser.txt": `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser

CreateUser

Creates a user.

Request parameters

UserName
Type
String
Optional
No
Description
The name.

Email
Type
String
Optional
Yes
Description
The mail.

Response parameters

Parameter Type Example Description
RequestId String r1 The request ID.
`,
	} {
		t.Run(file, func(t *testing.T) { checkUserNameRequired(t, file, src, "UserName") })
	}
}

// requiredPages writes one request table whose third column is headed header, with a row
// for each cell (parameters P0, P1, ...), as a Markdown, an HTML and a pipe-dump page.
func requiredPages(header string, cells ...string) map[string]string {
	md := "# CreateUser\n\nCreates a user.\n\n## Request parameters\n\n|Parameter|Type|" + header + "|Description|\n|---|---|---|---|\n"
	html := "<h1>CreateUser</h1><p>Creates a user.</p><h2>Request parameters</h2>\n<table><tr><th>Parameter</th><th>Type</th><th>" +
		header + "</th><th>Description</th></tr>\n"
	pipe := "URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser\n\nCreates a user.\nRequest parameters\n|\nParameter |\nType |\n" +
		header + " |\nDescription |\n"
	cellsPage := "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\nParameter\n\nType\n\n" +
		header + "\n\nDescription\n\n"
	for i, c := range cells {
		cellsPage += fmt.Sprintf("P%d\n\nString\n\n%s\n\nThe value.\n\n", i, c)
		md += fmt.Sprintf("|P%d|String|%s|The value.|\n", i, c)
		html += fmt.Sprintf("<tr><td>P%d</td><td>String</td><td>%s</td><td>The value.</td></tr>\n", i, c)
		pipe += fmt.Sprintf("| P%d |\nstring |\n%s |\nThe value. |\n", i, c)
	}
	return map[string]string{"CreateUser.md": md, "CreateUser.html": html + "</table>\n", "CreateUser-pipe.txt": pipe,
		"CreateUser-cells.txt": cellsPage}
}

// requiredCardPages are requiredPages under a Required column, and a Markdown page of cards
// ("- Required: <cell>") for the same parameters.
func requiredCardPages(cells ...string) map[string]string {
	pages := requiredPages("Required", cells...)
	card := "# CreateUser\n\nCreates a user.\n\n## Request parameters\n\n"
	for i, c := range cells {
		card += fmt.Sprintf("### P%d\n\n- Type: String\n- Required: %s\n- Description: The value.\n\n", i, c)
	}
	pages["CreateUser-cards.md"] = card
	return pages
}

// TestJapaneseRequired: a Japanese 任意 (optional) column is the Required column read
// inversely (いいえ: required), as Optional is; a 必須 column marks a required parameter
// ○ and leaves an optional one "-", "×" or empty. Before, 任意 was no column word (every
// parameter read as optional, with the no-Required-column guess) and ○ and "-" were
// unreadable ("cannot read Required value").
func TestJapaneseRequired(t *testing.T) {
	for _, c := range []struct {
		header string
		cells  []string
		want   []bool
	}{
		{"任意", []string{"いいえ", "はい", "必須", "任意"}, []bool{true, false, true, false}},
		{"必須", []string{"○", "-", "×", "◯", "—"}, []bool{true, false, false, true, false}},
		{"必須/任意", []string{"必須", "任意", "○"}, []bool{true, false, true}},
	} {
		for file, src := range requiredPages(c.header, c.cells...) {
			spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
			for i, want := range c.want {
				if got := param(t, spec.Operations[0], fmt.Sprintf("P%d", i)).Required; got != want {
					t.Errorf("%s, %s column, cell %q: required %v; want %v", file, c.header, c.cells[i], got, want)
				}
			}
			for _, w := range warns {
				if strings.Contains(w.Msg, "Required") || strings.Contains(w.Msg, "missing") {
					t.Errorf("%s, %s column: warning %s", file, c.header, w)
				}
			}
		}
	}
}

// TestConditionalRequired: a Required cell that makes a parameter required only in some
// cases ("Conditional", "条件必填", "Yes (when X is set)", "No, but ...") reads as not
// required (no spec can state the condition), with a guess warning naming the parameter
// and the cell, and the description keeps the cell. A word alone, "Not required" and
// "Required in Parent" are no condition. Before, every such cell was "cannot read Required
// value": not required, and the condition lost from the spec.
func TestConditionalRequired(t *testing.T) {
	cells := []string{"Conditional", "Yes (when P3 is set)", "条件必填", "是，当 P3 为 true 时", "No, but required for VPC", "Not required", "Required in P3", "Yes"}
	want := []bool{false, false, false, false, false, false, true, true}
	cond := []bool{true, true, true, true, true, false, false, false}
	checkRequiredCells(t, cells, want, cond, cond, nil)
}

// checkRequiredCells scrapes requiredCardPages of cells and checks each parameter's required
// flag (want), that a condition (cond) and only it has one warning, a guess naming the
// parameter and the cell, and that the description keeps the cell where kept says.
// folded, when not nil, marks the cells whose note is a default and nothing else: the spec's
// default states it, so the description does not repeat the cell.
func checkRequiredCells(t *testing.T, cells []string, want, cond, kept, folded []bool) {
	t.Helper()
	for file, src := range requiredCardPages(cells...) {
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		for i, c := range cells {
			p := param(t, spec.Operations[0], fmt.Sprintf("P%d", i))
			if p.Required != want[i] {
				t.Errorf("%s: cell %q: required %v; want %v", file, c, p.Required, want[i])
			}
			var warned []string
			for _, w := range warns {
				if strings.Contains(w.Msg, fmt.Sprintf("%q", c)) {
					warned = append(warned, w.Msg)
					if w.Kind != page.Guess || !strings.Contains(w.Msg, fmt.Sprintf(`row "P%d"`, i)) {
						t.Errorf("%s: warning %s is not a guess naming P%d", file, w, i)
					}
				}
			}
			if cond[i] != (len(warned) == 1) {
				t.Errorf("%s: cell %q: warnings %q; want one: %v", file, c, warned, cond[i])
			}
			if kept[i] && !strings.Contains(p.Schema.Description, c) {
				t.Errorf("%s: cell %q: description %q does not keep it", file, c, p.Schema.Description)
			}
			if folded != nil && folded[i] && (strings.Contains(p.Schema.Description, c) || p.Schema.Default == nil) {
				t.Errorf("%s: cell %q: description %q, default %v; want the default alone to state it", file, c, p.Schema.Description, p.Schema.Default)
			}
		}
	}
}

// TestDashCellPipeRows: in a text dump that writes a cell a line ("Yes |"), a cell holding a
// dash ("- |": a Required cell left blank, an Example "-") is a cell, not the "---|---|"
// line under a header. Before, the request table was lost with no warning: its header ran
// on to the dash line and no row was read.
func TestDashCellPipeRows(t *testing.T) {
	const src = `URL: https://www.alibabacloud.com/help/en/svc/developer-reference/api-svc-2020-01-01-createuser

Creates a user.
Request parameters

Parameter |
Type |
Required |
Description |
Example |
UserName |
String |
Yes |
The name. |
alice |
Email |
String |
- |
The mail. |
- |
Response parameters

Parameter |
Type |
Description |
Example |
RequestId |
String |
The request ID. |
r1 |
`
	checkUserNameRequired(t, "CreateUser-piperow.txt", src, "Email")
}

// TestConditionalRequiredInlineExample: a row whose Required cell is a condition and whose
// description states its example inline ("Example: abc", no Example column) keeps the
// example out of its description, as every other row does, the condition added after the
// rest. Before, the condition was appended to the description as the page wrote it, and
// the example the description had given up came back into it (the docs showed it twice).
func TestConditionalRequiredInlineExample(t *testing.T) {
	src := "# CreateUser\n\nCreates a user.\n\n## Request parameters\n\n" +
		"| Parameter | Type | Required | Description |\n|---|---|---|---|\n" +
		"| P0 | String | Conditional | The value. Example: abc |\n" +
		"| P1 | String | No | The other. Example: xyz |\n"
	spec, _ := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, "CreateUser.md", src)
	for _, c := range []struct{ name, example, desc string }{
		{"P0", "abc", "The value.\n\nRequired: Conditional"},
		{"P1", "xyz", "The other."},
	} {
		p := param(t, spec.Operations[0], c.name)
		if p.Schema.Example != c.example || p.Schema.Description != c.desc {
			t.Errorf("%s: example %q, description %q; want %q, %q", c.name, p.Schema.Example, p.Schema.Description, c.example, c.desc)
		}
	}
}

// TestSpacedConditionalRequired: a spaced text dump (cells separated by spaces, the
// description on the row's line or below it) reads its Required cells by the one rule of
// the other layouts: a conditional cell ("Conditional", "Yes (when P0 is set)") is not
// required, with a guess naming the parameter and the cell; a blank word ("-", "N/A", "—")
// is not required, with a guess naming it too, as the table writes "No" for an optional
// parameter (TestBlankRequiredCellWarns). Before, "Yes (when P0 is set)" was split at its spaces and
// read as "Yes" (required, no warning), and "Conditional" or "-" gave "row P0: missing
// Required cell", which did not name the value.
func TestSpacedConditionalRequired(t *testing.T) {
	cells := []string{"Conditional", "Yes (when P0 is set)", "Conditionally required", "-", "N/A", "—", "Not required", "Yes", "No"}
	want := []bool{false, false, false, false, false, false, false, true, false}
	const head = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n"
	inline, below := head+"Parameter Type Required Description\n", head+"Parameter Type Required Example Description\n"
	for i, c := range cells {
		inline += fmt.Sprintf("P%d String %s The value.\n", i, c)
		below += fmt.Sprintf("P%d String %s v%d\n\nThe value.\n\n", i, c, i)
	}
	for file, src := range map[string]string{"CreateUser-spaced.txt": inline, "CreateUser-spaced-v2.txt": below} {
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		for i, c := range cells {
			name := fmt.Sprintf("P%d", i)
			if p := param(t, spec.Operations[0], name); p.Required != want[i] {
				t.Errorf("%s: cell %q: required %v; want %v", file, c, p.Required, want[i])
			}
			var warned []string
			for _, w := range warns {
				if strings.Contains(w.Msg, fmt.Sprintf(`row "%s"`, name)) || strings.Contains(w.Msg, "row "+name+":") {
					warned = append(warned, w.Msg)
				}
			}
			cond := i < 6 // a condition, or a blank in a column that writes "No"
			if cond != (len(warned) == 1) || cond && !strings.Contains(warned[0], fmt.Sprintf("%q", c)) {
				t.Errorf("%s: cell %q: warnings %q; want one naming the cell: %v", file, c, warned, cond)
			}
		}
	}
}

// TestRequiredWithDefault: a Required cell whose note states a default ("Yes (default:
// 10)", 是（默认值：10）, はい（デフォルト：10）, "Ya (nilai default: 10)") is no condition: the
// parameter is what the word says (the page wins), unwarned. The default is the parameter's
// default; when the note says nothing else, the description does not repeat the cell (the
// docs' Required and Default columns state it whole), else it keeps the cell. The note is a default when it starts with a default word of the lexicon ("defaults
// to 10" too). Before, every such cell was read as a condition: not required, with a guess
// warning; "Yes (defaults to 10)" was until "defaults" joined the default words.
func TestRequiredWithDefault(t *testing.T) {
	cells := []string{"Yes (default: 10)", "是（默认值：10）", "はい（デフォルト：10）", "Ya (nilai default: 10)", "是，默认为10",
		"No (default: 10)", "否（缺省值：1）", "Tidak wajib (bawaan: 5)", "Yes (defaults to 10)", "Yes (when P0 is set)",
		"No (default: 10 (seconds))", "No (default: the current time)"}
	want := []bool{true, true, true, true, true, false, false, false, true, false, false, false}
	cond := []bool{false, false, false, false, false, false, false, false, false, true, false, false}
	// a note that is a default and nothing else, read as the parameter's default, is not
	// repeated in the description (docs show it in their Default column); a note that says
	// more, or a default that does not read, stays in the description
	kept := []bool{false, false, false, false, false, false, false, false, false, true, true, true}
	folded := []bool{true, true, true, true, true, true, true, true, true, false, false, false}
	checkRequiredCells(t, cells, want, cond, kept, folded)
}

// TestSpacedCommaRequired: in a spaced text dump a Required word ending in a comma starts a
// note ("Yes, when P0 is set.", "No, but required for VPC", "是，当P0为true时"; a bracket
// glued to the word, "是（默认值：10）", too): the cell runs
// to the note's sentence end (else to the line's end less the Example the line holds) and
// is read by the one rule of the other layouts, here a condition: not required, a guess
// naming the parameter and the cell, the cell kept in the description, the example intact.
// Before, the word was read alone ("Yes," required, unwarned) and the note became the
// example or the description.
func TestSpacedCommaRequired(t *testing.T) {
	cells := []string{"Yes, when P0 is set.", "No, but required for VPC.", "是，当P0为true时。", "是(当P0为true时)", "Yes, (default: 10)", "是（默认值：10）", "Yes,"}
	cond := []bool{true, true, true, true, false, false, false}
	want := []bool{false, false, false, false, true, true, true}
	const head = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n"
	inline, below := head+"Parameter Type Required Description\n", head+"Parameter Type Required Example Description\n"
	for i, c := range cells {
		inline += fmt.Sprintf("P%d String %s The value.\n", i, c)
		below += fmt.Sprintf("P%d String %s v%d\n\nThe value.\n\n", i, strings.TrimRight(c, "。."), i)
	}
	for file, src := range map[string]string{"CreateUser-spaced.txt": inline, "CreateUser-spaced-v2.txt": below} {
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		for i, c := range cells {
			name := fmt.Sprintf("P%d", i)
			if file == "CreateUser-spaced-v2.txt" {
				c = strings.TrimRight(c, "。.")
			}
			p := param(t, spec.Operations[0], name)
			if p.Required != want[i] {
				t.Errorf("%s: cell %q: required %v; want %v", file, c, p.Required, want[i])
			}
			var warned []string
			for _, w := range warns {
				if strings.Contains(w.Msg, fmt.Sprintf(`row "%s"`, name)) || strings.Contains(w.Msg, "row "+name+":") {
					warned = append(warned, w.Msg)
				}
			}
			if cond[i] != (len(warned) == 1) || cond[i] && !strings.Contains(warned[0], fmt.Sprintf("%q", c)) {
				t.Errorf("%s: cell %q: warnings %q; want one naming the cell: %v", file, c, warned, cond[i])
			}
			// a note that is only a default is the parameter's default, not repeated
			defaultOnly := strings.Contains(c, "10")
			if d := p.Schema.Description; i < len(cells)-1 && !defaultOnly && !strings.Contains(d, c) || !strings.HasPrefix(d, "The value.") {
				t.Errorf("%s: cell %q: description %q; want the value's, keeping the cell", file, c, d)
			}
			if defaultOnly && (p.Schema.Default != "10" || strings.Contains(p.Schema.Description, c)) {
				t.Errorf("%s: cell %q: default %v, description %q; want the default 10 alone", file, c, p.Schema.Default, p.Schema.Description)
			}
			if ex := fmt.Sprintf("v%d", i); file == "CreateUser-spaced-v2.txt" && p.Schema.Example != ex {
				t.Errorf("%s: cell %q: example %q; want %q", file, c, p.Schema.Example, ex)
			}
		}
	}
}

// TestBlankRequiredCellWarns: a Required column that writes "No" (否, いいえ, Optional) for an
// optional parameter and leaves one row's cell blank ("-", "—", empty) says nothing of that
// row: it still reads as optional, now with a guess naming the parameter, the cell and the
// word the other rows write. A column that writes only "Yes" or marks (○, ✓) leaves optional
// rows blank by design: no warning. Before, every blank cell read as optional unwarned.
func TestBlankRequiredCellWarns(t *testing.T) {
	for _, c := range []struct {
		header string
		cells  []string
		warned []bool
	}{
		{"Required", []string{"Yes", "No", "-", "", "—"}, []bool{false, false, true, true, true}},
		{"是否必选", []string{"是", "-", "否"}, []bool{false, true, false}},
		{"Required", []string{"Yes", "-", ""}, []bool{false, false, false}},
		{"必須", []string{"○", "-", "×"}, []bool{false, false, false}},
	} {
		for file, src := range requiredPages(c.header, c.cells...) {
			if strings.HasSuffix(file, "-cells.txt") && slices.Contains(c.cells, "") {
				continue // the cells layout leaves an empty cell out: a missing cell, warned by the reader
			}
			spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
			for i, cell := range c.cells {
				name := fmt.Sprintf("P%d", i)
				if p := param(t, spec.Operations[0], name); p.Required != (i == 0) {
					t.Errorf("%s, %s column, cell %q: required %v; want %v", file, c.header, cell, p.Required, i == 0)
				}
				var got []string
				for _, w := range warns {
					if strings.Contains(w.Msg, fmt.Sprintf(`row %q`, name)) {
						got = append(got, w.Msg)
					}
				}
				if want := c.warned[i]; want != (len(got) == 1) || want && !strings.Contains(got[0], fmt.Sprintf("Required cell %q read as optional", strings.TrimSpace(cell))) {
					t.Errorf("%s, %s column, cell %q: warnings %q; want one naming the cell: %v", file, c.header, cell, got, want)
				}
			}
		}
	}
}

// TestSpacedNoteEnds: in the spaced layout a Required word with a comma's note and no full
// stop before the description on the same line ("No, if P9 is set, the name ...") took the
// whole rest of the line as the note, and the description was empty. The note now ends where
// the row shows it: the next cell's start in a table whose columns are aligned by runs of
// spaces, the end of a condition's clause, or its sentence's end. Where nothing shows it, the
// note still runs to the line's end (kept in the description), now with a guess naming the row.
func TestSpacedNoteEnds(t *testing.T) {
	const head = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n"
	compact := head + "Parameter Type Required Description\n" +
		"P0 String No, if P9 is set, the name of the user.\n" +
		"P1 String No, when P9 is set. The name of the user.\n" +
		"P2 String No, if P9 is set the name of the user\n" +
		"P3 String No, but required for VPC, the name of the user\n"
	aligned := head + "Parameter  Type    Required              Description\n" +
		"P0         String  No, if P9 is set      the name of the user\n" +
		"P1         String  Yes, unless P9 is set the name of the user, or its alias\n"
	below := head + "Parameter Type Required Example Description\n" +
		"P0 String No, if P9 is set, or P8 v0\n\nThe value.\n\n" +
		"P1 String Yes v1\n\nThe value.\n"
	type want struct {
		cell, desc string // the Required cell; the description's start
		open       bool   // a guess that the note's end is not shown
	}
	for file, c := range map[string]struct {
		src  string
		want []want
	}{
		"CreateUser-spaced.txt": {compact, []want{
			{"No, if P9 is set,", "the name of the user.", false},
			{"No, when P9 is set.", "The name of the user.", false},
			{"No, if P9 is set the name of the user", "Required: No, if P9 is set the name of the user", true},
			{"No, but required for VPC, the name of the user", "Required: No, but required for VPC, the name of the user", true},
		}},
		"CreateUser-spaced-aligned.txt": {aligned, []want{
			{"No, if P9 is set", "the name of the user", false},
			{"Yes, unless P9 is set", "the name of the user, or its alias", false},
		}},
		"CreateUser-spaced-v2.txt": {below, []want{
			{"No, if P9 is set, or P8", "The value.", false},
			{"", "The value.", false},
		}},
	} {
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, c.src)
		for i, w := range c.want {
			name := fmt.Sprintf("P%d", i)
			p := param(t, spec.Operations[0], name)
			d := p.Schema.Description
			if !strings.HasPrefix(d, w.desc) {
				t.Errorf("%s: %s: description %q; want it to start %q", file, name, d, w.desc)
			}
			if w.cell != "" && !strings.Contains(d, "Required: "+w.cell) {
				t.Errorf("%s: %s: description %q; want it to keep the cell %q", file, name, d, w.cell)
			}
			if w.cell != "" && !strings.HasSuffix(d, "Required: "+w.cell) {
				t.Errorf("%s: %s: description %q; want the cell %q, no more", file, name, d, w.cell)
			}
			open := false
			for _, m := range warns {
				if strings.Contains(m.Msg, fmt.Sprintf("row %q: Required note", name)) {
					open = true
				}
			}
			if open != w.open {
				t.Errorf("%s: %s: guess that the note's end is not shown: %v; want %v (%q)", file, name, open, w.open, warns)
			}
		}
		if p := param(t, spec.Operations[0], "P0"); file == "CreateUser-spaced-v2.txt" && p.Schema.Example != "v0" {
			t.Errorf("%s: P0: example %q; want v0", file, p.Schema.Example)
		}
	}
}

// TestCrossedBoxText: a box with a cross (☒) in a Required column is read by the table's
// other marks (page.Table.RequiredCells: checked beside ☐, no beside ☑) in every layout, the
// text layouts that find a row's Required cell among its words or glued to its type
// (cells, spaced, concat) too; beside
// words it stays unread, with the guess naming the row. Before, the text layouts did not
// take ☒ for a Required cell: it went to the description, every row read as optional.
func TestCrossedBoxText(t *testing.T) {
	const head = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n"
	for _, c := range []struct {
		cells  []string
		want   []bool
		warned []bool
	}{
		{[]string{"☒", "☐", "☒"}, []bool{true, false, true}, []bool{false, false, false}},
		{[]string{"☑", "☒", "✓"}, []bool{true, false, true}, []bool{false, false, false}},
		{[]string{"Yes", "☒", "No"}, []bool{true, false, false}, []bool{false, true, false}},
	} {
		pages := requiredPages("Required", c.cells...)
		spaced := head + "Parameter Type Required Description\n"
		for i, cell := range c.cells {
			spaced += fmt.Sprintf("P%d String %s The value.\n", i, cell)
		}
		pages["CreateUser-spaced.txt"] = spaced
		concat := head + "ParameterTypeRequiredDescription\n"
		for i, cell := range c.cells {
			concat += fmt.Sprintf("P%dString%s\nThe value.\n", i, cell)
		}
		pages["CreateUser-concat.txt"] = concat
		for file, src := range pages {
			spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
			for i, cell := range c.cells {
				name := fmt.Sprintf("P%d", i)
				p := param(t, spec.Operations[0], name)
				if p.Required != c.want[i] || strings.Contains(p.Schema.Description, cell) {
					t.Errorf("%s %q: %s required %v, description %q; want %v, the description alone", file, c.cells, name, p.Required, p.Schema.Description, c.want[i])
				}
				var got []string
				for _, w := range warns {
					if strings.Contains(w.Msg, fmt.Sprintf(`row %q`, name)) || strings.Contains(w.Msg, name+":") {
						got = append(got, w.Msg)
					}
				}
				if c.warned[i] != (len(got) == 1) || c.warned[i] && !strings.Contains(got[0], `"☒"`) {
					t.Errorf("%s %q: %s warnings %q; want one naming the cell: %v", file, c.cells, name, got, c.warned[i])
				}
			}
		}
	}
}

// TestCrossedBoxNote: a box with a cross followed by a note ("☒ (default: 10)") is read as
// the box alone is, by the table's other marks, in every layout; the note is a default
// (the schema's) or a condition, as after a Required word, and is not taken for the mark.
// Before, the box was no Required word before a note: the cell was unread (a guess, read
// as optional), and a glued row (concat: "P0String☒ (default: 10)", "Yes (…)" too) was no
// row, the parameter lost without a warning.
func TestCrossedBoxNote(t *testing.T) {
	cells := []string{"☒ (default: 10)", "☐", "☒"}
	pages := requiredPages("Required", cells...)
	pages["CreateUser-spaced.txt"] = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n" +
		"Parameter Type Required Description\nP0 String ☒ (default: 10) The value.\nP1 String ☐ The value.\nP2 String ☒ The value.\n"
	pages["CreateUser-concat.txt"] = "URL: https://www.alibabacloud.com/help/en/svc/latest/createuser\n\nCreates a user.\n\nRequest parameters\n\n" +
		"ParameterTypeRequiredDescription\nP0String☒ (default: 10)\nThe value.\nP1String☐\nThe value.\nP2String☒\nThe value.\n"
	for file, src := range pages {
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		for i, want := range []bool{true, false, true} {
			p := param(t, spec.Operations[0], fmt.Sprintf("P%d", i))
			if p.Required != want {
				t.Errorf("%s: P%d required %v, want %v", file, i, p.Required, want)
			}
		}
		if p := param(t, spec.Operations[0], "P0"); fmt.Sprint(p.Schema.Default) != "10" || strings.Contains(p.Schema.Description, "☒") {
			t.Errorf("%s: P0 default %v, description %q; want 10, the description alone", file, p.Schema.Default, p.Schema.Description)
		}
		for _, w := range warns {
			if strings.Contains(w.Msg, "Required") {
				t.Errorf("%s: %s", file, w.Msg)
			}
		}
	}
}
