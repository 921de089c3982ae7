package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPipeCellsHeaderThenRowNamedLikeColumn: in the pipe-cells layout without leading
// pipes (one "word |" a line), a first row named like a column word ("Code", an error-code
// column's word) followed by its type is a row, not a fifth column; a column word followed
// by the response's unnamed root row ("object |" then "|||") stays the header's.
func TestPipeCellsHeaderThenRowNamedLikeColumn(t *testing.T) {
	head := "Response parameters\nParameter |\nType |\nDescription |\nExample |\n"
	for _, c := range []struct {
		name, rows string
		want       []string
	}{
		{"row named Code", "Code |\nstring |\nThe code. |\n200 |\nData |\n*GetThingResponseBodyData |\nThe data. |\n|\n", []string{"Code", "Data"}},
		{"root row", "object |\n|||\nCode |\nstring |\nThe code. |\n200 |\n", []string{"", "Code"}},
		{"root row described", "object |\nThe response. |\n||\nCode |\nstring |\nThe code. |\n200 |\n", []string{"", "Code"}},
	} {
		p, err := Reader{}.Read("p.txt", []byte("GetThing\n\n"+head+c.rows))
		if err != nil {
			t.Fatal(err)
		}
		resp := table(t, p, page.ResponseParams)
		equal(t, c.name+" header", resp.Header, []string{"Parameter", "Type", "Description", "Example"})
		equal(t, c.name+" names", column(resp, page.ColName), c.want)
		for _, w := range p.Warnings {
			t.Errorf("%s: warning %s", c.name, w.Msg)
		}
	}
}

// TestGluedPipesInCells: a cell holding a pipe of its own ("a|b", a JSON example
// {"a":"x|y"}) is one cell: the dumps write every cell separator with a space or a line
// break beside it. In the pipe-cells layout (one cell a line) the glued pipe also closed
// the record a cell early, which lost the next row (PageSize) with no warning.
func TestGluedPipesInCells(t *testing.T) {
	want := []string{
		"RegionId|string|Yes|The region ID.|cn-hangzhou",
		`Filter|string|No|A filter such as a|b.|{"a":"x|y","b":1}`,
		"PageSize|integer|No|The page size.|10",
	}
	for _, c := range []struct{ layout, text string }{
		{"pipe rows", `Parameter | Type | Required | Description | Example |
---|---|---|---|---|
RegionId | string | Yes | The region ID. | cn-hangzhou |
Filter | string | No | A filter such as a|b. | {"a":"x|y","b":1} |
PageSize | integer | No | The page size. | 10 |
`},
		{"pipe cells", `|
Parameter |
Type |
Required |
Description |
Example |
|
RegionId |
string |
Yes |
The region ID. |
cn-hangzhou |
|
Filter |
string |
No |
A filter such as a|b. |
{"a":"x|y","b":1} |
|
PageSize |
integer |
No |
The page size. |
10 |
`},
		{"description lines", `Parameter | Type | Required | Example | Description |
---|---|---|---|---|
RegionId | string | Yes | cn-hangzhou |
The region ID. |
Filter | string | No | {"a":"x|y","b":1} |
A filter such as a|b. |
Mode | string | No |
The mode: a|b. |
|
PageSize | integer | No | 10 |
The page size. |
`},
	} {
		want := want
		if c.layout == "description lines" { // the example column before the description
			want = []string{
				"RegionId|string|Yes|cn-hangzhou|The region ID.",
				`Filter|string|No|{"a":"x|y","b":1}|A filter such as a|b.`,
				"Mode|string|No||The mode: a|b.",
				"PageSize|integer|No|10|The page size.",
			}
		}
		p := readText(t, "Request parameters\n\n"+c.text)
		equal(t, c.layout, rowsOf(table(t, p, page.RequestParams)), want)
		if len(p.Warnings) > 0 {
			t.Errorf("%s: warnings %v", c.layout, p.Warnings)
		}
	}
}

// TestIndentedDump: a dump that indents every line (lynx -dump, a quoted excerpt) reads as
// the page does: the pipe-cells layout opens a row with "|" in the first column, so before,
// the indented rows were no rows and every parameter was lost.
func TestIndentedDump(t *testing.T) {
	src := "Request parameters\n\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n" +
		"| RegionId | String | Yes | The region. |\n| PageSize | Integer | No | The page\nsize. |\n"
	want := rowsOf(table(t, readText(t, src), page.RequestParams))
	if len(want) != 2 {
		t.Fatalf("unindented rows = %q", want)
	}
	indented := "   " + strings.ReplaceAll(strings.TrimSuffix(src, "\n"), "\n", "\n   ") + "\n"
	equal(t, "indented rows", rowsOf(table(t, readText(t, indented), page.RequestParams)), want)
}

// TestPipeRowWrappedBeforeLastPipe: in the pipe-rows layout, a line that closes exactly the
// cells the row above lacks continues it, though it would read as a short row by itself
// ("Descriptionstring | API ... Example:Api" then "description |", a dump wrapped at a
// fixed width). Before, both were rows a cell short and the second a parameter named
// "description", which left the table's glued types unsplit.
func TestPipeRowWrappedBeforeLastPipe(t *testing.T) {
	p := readText(t, "请求参数\n\n字段名称 | 字段详情 |\n---|---|\nGroupIdstring | 某某某 某某某:927d50c0 |\n"+
		"Descriptionstring | API 某某某某 某某某:Api\ndescription |\nVisibilitystring | API 某某某某 |\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"GroupId|string|某某某 某某某:927d50c0",
		"Description|string|API 某某某某 某某某:Api\ndescription",
		"Visibility|string|API 某某某某",
	})
}

// TestHeadingRightAfterPipeRow: a heading word right after a pipe table's last row ("示例",
// Example, over "正常返回示例") is the heading, not a parameter card's key over its value: a
// pipe row is no card's name. Before, the examples section stayed in the request section
// and the response (only in the JSON example) was lost, with no warning.
func TestHeadingRightAfterPipeRow(t *testing.T) {
	p := readText(t, "请求参数\n名称 | 类型 | 必填 | 描述 | 示例值 |\n---|---|---|---|---|\n"+
		"username | string | 否 | 某某某某。 | test |\n示例\n正常返回示例\nJSON\n格式\n{\n\"requestId\": \"B5C5\"\n}\n")
	if ex := p.SectionsOf(page.Examples); len(ex) != 1 {
		t.Fatalf("sections %v, want an examples section", p.Sections)
	}
}

// TestNestedPipesInCells: a cell holding pipes inside brackets or quotes (a shell command
// "$(ps | grep "$$" | awk '{print $2}')" as an example, the dump having dropped its code
// backquotes) keeps them, in the layouts whose description follows the row's line (pipe
// cells, pipe rows, Markdown table; ecs/en/SendFile rendered by TestTextProse). Counted as
// separators, they closed the record before its description; the table ended at the
// description's line, and every row after it was lost with no warning.
func TestNestedPipesInCells(t *testing.T) {
	const cmd = `echo $(ps | grep "$$" | awk '{print $2}') done`
	want := []string{
		"Name|String|Yes|file.txt|The name.",
		"Content|String|Yes|" + cmd + "|The content.",
		"Mode|String|No|0644|The mode.",
	}
	for _, c := range []struct{ layout, text string }{
		{"pipe cells", "|\nParameter |\nType |\nRequired |\nExample |\nDescription |\n" +
			"| Name |\nString |\nYes |\nfile.txt |\nThe name. |\n" +
			"| Content |\nString |\nYes |\n" + cmd + " |\nThe content.\n|\n" +
			"| Mode |\nString |\nNo |\n0644 |\nThe mode. |\n"},
		{"pipe rows", "Parameter | Type | Required | Example | Description |\n---|---|---|---|---|\n" +
			"Name | String | Yes | file.txt |\nThe name. |\n" +
			"Content | String | Yes | " + cmd + " |\nThe content.\n|\n" +
			"Mode | String | No | 0644 |\nThe mode. |\n"},
		{"markdown", "| Parameter | Type | Required | Example | Description |\n|---|---|---|---|---|\n" +
			"| Name | String | Yes | file.txt |\nThe name. |\n" +
			"| Content | String | Yes | " + cmd + " |\nThe content.\n|\n" +
			"| Mode | String | No | 0644 |\nThe mode. |\n"},
	} {
		p := readText(t, "Request parameters\n\n"+c.text)
		equal(t, c.layout, rowsOf(table(t, p, page.RequestParams)), want)
		if len(p.Warnings) > 0 {
			t.Errorf("%s: warnings %v", c.layout, p.Warnings)
		}
	}
}

// TestRowsAfterTableEnd: a row with more cells than the header and no bracket or quote to
// tell its own pipes ("a | b | c" as an example) closes before its description, and the
// table ends at the description's line; the rows after it are lost, and a warning must
// name them. Before, only the extra cells were noted, and Mode was lost with no warning.
func TestRowsAfterTableEnd(t *testing.T) {
	for _, c := range []struct{ layout, text string }{
		{"pipe cells", "|\nParameter |\nType |\nRequired |\nExample |\nDescription |\n" +
			"| Name |\nString |\nYes |\nfile.txt |\nThe name. |\n" +
			"| Content |\nString |\nYes |\na | b | c |\nThe content.\n|\n" +
			"| Mode |\nString |\nNo |\n0644 |\nThe mode. |\n"},
		{"pipe rows", "Parameter | Type | Required | Example | Description |\n---|---|---|---|---|\n" +
			"Name | String | Yes | file.txt |\nThe name. |\n" +
			"Content | String | Yes | a | b | c |\nThe content.\n|\n" +
			"Mode | String | No | 0644 |\nThe mode. |\n"},
		{"markdown", "| Parameter | Type | Required | Example | Description |\n|---|---|---|---|---|\n" +
			"| Name | String | Yes | file.txt |\nThe name. |\n" +
			"| Content | String | Yes | a | b | c |\nThe content.\n|\n" +
			"| Mode | String | No | 0644 |\nThe mode. |\n"},
	} {
		p := readText(t, "Request parameters\n\n"+c.text+"\nResponse parameters\n\nNone.\n")
		found := false
		for _, w := range p.Warnings {
			found = found || w.Kind == page.Drop && strings.Contains(w.Msg, "rows Mode dropped")
		}
		if !found {
			t.Errorf("%s: no warning names the lost row Mode: %v", c.layout, p.Warnings)
		}
	}
}

// TestGluedFirstLineLongerThanHeader: a pipe-rows record whose first line holds more cells
// than the header, its pipes glued to the text ("Filter|Bogus|No|x|y|z|"), and whose
// description follows on the next lines panicked in headThenDescription (a slice of
// negative length), which failed the page (a copy whose spaces around the pipes were
// no-break spaces had that shape). The page reads, and the rows after it too.
func TestGluedFirstLineLongerThanHeader(t *testing.T) {
	p := readText(t, "ListThings\n\nRequest parameters\n\nParameter | Type | Required | Example | Description |\n"+
		"Filter|Bogus|No|x|y|z|\nThe Filter value. |\n|\n|\n|\nName | String | No | sample | The Name value. |\n\n")
	if names := column(table(t, p, page.RequestParams), page.ColName); len(names) == 0 || names[len(names)-1] != "Name" {
		t.Errorf("names %q, want the last Name", names)
	}
}

// TestPipeRowsProseAfterBlank: in the pipe-rows layout a blank line after a row ends the
// table unless the next line has the table's shape (its cells, a name, a type): a sentence
// that happens to end in " |" is prose, not a spurious row, while a row of the table's shape
// after the blank line still continues it, also when its cells wrap onto the lines below
// (before, the table ended there and the wrapped row was dropped, or lost with no warning
// when its name was alone on its line).
func TestPipeRowsProseAfterBlank(t *testing.T) {
	head := "GetThing\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
		"RegionId | string | Yes | The region ID. | cn-hangzhou |\n\n"
	for _, c := range []struct {
		name, rest string
		want       []string
	}{
		{"prose", "For more details on regions, read the region list |\n", []string{"RegionId"}},
		{"short prose", "Related operations |\n", []string{"RegionId"}},
		{"row", "PageSize | integer | No | The page size. | 10 |\n", []string{"RegionId", "PageSize"}},
		// a row whose first line wraps: the lines below complete its cells
		{"wrapped row", "PageSize | integer | No | The page size,\nwhich is 10 by default. | 10 |\nPageNumber | integer | No | The page number. | 1 |\n",
			[]string{"RegionId", "PageSize", "PageNumber"}},
		{"wrapped cells", "PageSize | integer | No |\nThe page size. | 10 |\n", []string{"RegionId", "PageSize"}},
		{"wrapped name", "PageSize\n| integer | No | The page size. | 10 |\n", []string{"RegionId", "PageSize"}},
		{"wrapped prose", "See also the region list |\nand the zone list | or the API list | here |\n", []string{"RegionId"}},
	} {
		p, err := Reader{}.Read("p.txt", []byte(head+c.rest))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, c.name+" names", column(table(t, p, page.RequestParams), page.ColName), c.want)
		for _, w := range p.Warnings {
			t.Errorf("%s: warning %s", c.name, w.Msg)
		}
	}
}

// TestPipeRowsLostAfterProse: where prose ends a pipe-rows table, the rows after it are
// named in a drop warning, also a row whose name is alone on its line, its cells on the
// line below (before, it was lost with no warning).
func TestPipeRowsLostAfterProse(t *testing.T) {
	p, err := Reader{}.Read("p.txt", []byte("GetThing\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n"+
		"RegionId | string | Yes | The region ID. | cn-hangzhou |\n\nSee the region list |\n\nPageSize\n| integer | No | The page size. | 10 |\n"))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "names", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId"})
	if drops := warningsOfKind(p, page.Drop); len(drops) != 1 || !strings.HasPrefix(drops[0], "rows PageSize dropped") {
		t.Errorf("drops %q; want one naming PageSize", drops)
	}
}

// TestPipeRowsNameAloneAfterRow: in the pipe-rows layout a row whose name is alone on its
// line right after the row before, no blank line between, its cells on the lines below
// ("PageSize" then "| integer | No | … |"), continues the table as it does after a blank
// line (before, it ended the table and the rows from it on were dropped, named in a drop
// warning), also where the name is a heading word ("Authorization", "description": the
// table ended there, and the rows from it on were lost with no warning). A line of prose
// right after a row, or a name alone whose lines below do not complete the row's cells,
// still ends the table.
func TestPipeRowsNameAloneAfterRow(t *testing.T) {
	head := "GetThing\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
		"RegionId | string | Yes | The region ID. | cn-hangzhou |\n"
	for _, c := range []struct {
		name, rest string
		want       []string
		drops      int
	}{
		{"name alone", "PageSize\n| integer | No | The page size. | 10 |\nPageNumber | integer | No | The page number. | 1 |\n",
			[]string{"RegionId", "PageSize", "PageNumber"}, 0},
		{"two names alone", "PageSize\n| integer | No | The page size. | 10 |\nPageNumber\n| integer | No | The page number. | 1 |\n",
			[]string{"RegionId", "PageSize", "PageNumber"}, 0},
		// named as a section is: still a row
		{"heading word", "PageSize | integer | No | The page size. | 10 |\nAuthorization\n| string | No | The token. | t |\ndescription\n| string | No | The description. | d |\n",
			[]string{"RegionId", "PageSize", "Authorization", "description"}, 0},
		{"prose", "See the region list.\n", []string{"RegionId"}, 0},
		{"name alone, no row below", "PageSize\nThe page size.\n", []string{"RegionId"}, 0},
	} {
		p, err := Reader{}.Read("p.txt", []byte(head+c.rest))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, c.name+" names", column(table(t, p, page.RequestParams), page.ColName), c.want)
		if drops := warningsOfKind(p, page.Drop); len(drops) != c.drops {
			t.Errorf("%s: drops %q", c.name, drops)
		}
	}
}

// TestPipeRowsNameAloneFirst: the table's first row may have its name alone on its line
// right after the header, its cells on the next line, as any later row (nameAlone); a
// heading word so named too. Before, the table ended at the header, its rows dropped.
func TestPipeRowsNameAloneFirst(t *testing.T) {
	head := "GetThing\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n"
	for _, c := range []struct {
		name, rest string
		want       []string
	}{
		{"first alone", "RegionId\n| string | Yes | The region ID. | cn-hangzhou |\nPageSize | integer | No | The page size. | 10 |\n",
			[]string{"RegionId", "PageSize"}},
		{"heading word first", "Authorization\n| string | No | The token. | t |\nPageSize\n| integer | No | The page size. | 10 |\n",
			[]string{"Authorization", "PageSize"}},
		{"no separator", "RegionId\n| string | Yes | The region ID. | cn-hangzhou |\n", []string{"RegionId"}},
	} {
		text := head + c.rest
		if c.name == "no separator" {
			text = strings.Replace(text, "---|---|---|---|---|\n", "", 1)
		}
		p, err := Reader{}.Read("p.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, c.name+" names", column(table(t, p, page.RequestParams), page.ColName), c.want)
		if len(p.Warnings) > 0 {
			t.Errorf("%s: warnings %q", c.name, p.Warnings)
		}
	}
}

// TestBracketedBodyName: pages name the row of a whole request or response body "(body)",
// which the layouts that delimit cells read as any row (extraction warns it is no
// identifier). Alone on its line in the pipe-rows layout after a row, its cells below, it
// is such a row too (cellName), as on one line; before, the table ended there unsaid,
// the response table empty. So it is in the layouts that show a row by its type word
// after the name (rowName): spaced ("(body) Map", also in a table that numbers its rows,
// or in aligned columns), a cell a line ("(body)", "Map") and glued ("(body)MapYes{...}");
// before, the row was none there, silently: the request lost it, the response table read
// empty (a guess from the JSON example).
func TestBracketedBodyName(t *testing.T) {
	for _, rest := range []string{"(body) | Map | | The whole body. |\n", "(body)\n| Map | | The whole body. |\n"} {
		p := readText(t, "Response parameters\n\nParameter | Type | Example | Description |\nCode | String | 200 | The code. |\n"+rest)
		tb := table(t, p, page.ResponseParams)
		equal(t, "pipe rows: names", column(tb, page.ColName), []string{"Code", "(body)"})
		equal(t, "pipe rows: descriptions", column(tb, page.ColDescription), []string{"The code.", "The whole body."})
	}
	for _, c := range []struct{ layout, src string }{
		{"spaced", "Request parameters\n\nName Type Required Example Description\nClusterId String Yes c-1\n\nThe cluster.\n\n" +
			"(body) Map Yes {\"a\":\"b\"}\n\nThe whole body.\n\n" +
			"Response parameters\n\nName Type Example Description\nCode String 200\n\nThe code.\n\n(body) Map\n\nThe whole body.\n"},
		{"numbered spaced", "Request parameters\n\nNo. Name Type Required Example Description\n1 ClusterId String Yes c-1\n\nThe cluster.\n\n" +
			"2 (body) Map Yes {\"a\":\"b\"}\n\nThe whole body.\n\n" +
			"Response parameters\n\nNo. Name Type Example Description\n1 Code String 200\n\nThe code.\n\n2 (body) Map\n\nThe whole body.\n"},
		{"aligned columns", "Request parameters\n\nName       Type    Required  Example    Description\n" +
			"ClusterId  String  Yes       c-1        The cluster.\n(body)     Map     Yes       {\"a\":1}    The whole body.\n\n" +
			"Response parameters\n\nName    Type    Example  Description\nCode    String  200      The code.\n(body)  Map              The whole body.\n"},
		{"cells", "Request parameters\n\nName\n\nType\n\nRequired\n\nExample\n\nDescription\n\nClusterId\n\nString\n\nYes\n\nc-1\n\nThe cluster.\n\n" +
			"(body)\n\nMap\n\nYes\n\n{\"a\":\"b\"}\n\nThe whole body.\n\n" +
			"Response parameters\n\nName\n\nType\n\nExample\n\nDescription\n\nCode\n\nString\n\n200\n\nThe code.\n\n(body)\n\nMap\n\nThe whole body.\n"},
		{"concat", "Request parameters\n\nNameTypeRequiredExampleDescription\nClusterIdStringYesc-1\n\nThe cluster.\n\n" +
			"(body)MapYes{\"a\":\"b\"}\n\nThe whole body.\n\n" +
			"Response parameters\n\nNameTypeExampleDescription\nCodeString200\n\nThe code.\n\n(body)Map\n\nThe whole body.\n"},
	} {
		p := readText(t, c.src)
		for _, side := range []struct {
			kind  page.SectionKind
			first string
		}{{page.RequestParams, "ClusterId"}, {page.ResponseParams, "Code"}} {
			tb := table(t, p, side.kind)
			if tb.Col(page.ColIndex) >= 0 {
				t.Errorf("%s: header %q keeps the No. column", c.layout, tb.Header)
			}
			equal(t, c.layout+": names", column(tb, page.ColName), []string{side.first, "(body)"})
			equal(t, c.layout+": types", column(tb, page.ColType), []string{"String", "Map"})
			equal(t, c.layout+": descriptions", column(tb, page.ColDescription)[1:], []string{"The whole body."})
		}
	}
}

// TestPipeCellsCutAfterName: a pipe-cells page the input cuts off right after a row's name
// ("operator" and a piece of the next line, no cell closed) lost that row's cells: a drop
// warning names it and the page is marked cut off (before, the table ended there unsaid).
// A last row whose cells are complete, followed by nothing, warns of nothing.
func TestPipeCellsCutAfterName(t *testing.T) {
	head := "PatchThing\n\nRequest parameters\n|\nParameter |\nType |\nRequired |\nDescription |\nExample |\n" +
		"| Name |\nstring |\nNo |\nThe name. |\nabc |\n"
	for _, c := range []struct {
		name, rest string
		drops      []string
	}{
		{"cut after a name", "| Fields |\narray<object> |\nNo |\nThe fields. |\n|\n|\nobject |\nNo |\nA field. |\n||\noperator\ndeprec", []string{"row operator dropped"}},
		{"complete", "| Mode |\nstring |\nNo |\nThe mode. |\n0644 |\n", nil},
	} {
		p := readText(t, head+c.rest)
		drops := warningsOfKind(p, page.Drop)
		if len(drops) != len(c.drops) || len(drops) > 0 && !strings.HasPrefix(drops[0], c.drops[0]) {
			t.Errorf("%s: drops %q, want %q", c.name, drops, c.drops)
		}
		if p.Truncated != (c.drops != nil) {
			t.Errorf("%s: Truncated %v", c.name, p.Truncated)
		}
	}
}

// TestPipeHeaderInferred: a pipe table under a parameters heading whose header is in words
// the lexicon does not know is read with its columns told from its rows, and a warning
// says so; before, its rows were paragraphs and the parameters were lost with no warning.
func TestPipeHeaderInferred(t *testing.T) {
	p := readText(t, `Request parameters

| Champ | Sorte | Obligatoire | Explication |
| RegionId | String | Yes | The region. |
| PageSize | Integer | No | The size. |

Response parameters

Champ|Sorte|Exemple|Explication
---|---|---|---
RequestId|String|8906582E|The request ID.
`)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"RegionId|String|Yes|The region.",
		"PageSize|Integer|No|The size.",
	})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{
		"RequestId|String|8906582E|The request ID.",
	})
	w := warningsOf(p)
	for _, want := range []string{
		`x.txt:3: table header "| Champ | Sorte | Obligatoire | Explication |" not recognised; columns read from the rows as Name, Type, Required, Description`,
		`x.txt:9: table header "Champ|Sorte|Exemple|Explication" not recognised; columns read from the rows as Name, Type, Example, Description`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings:\n%s\nwant %q", w, want)
		}
	}
}
