package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// An error-code table whose header words the lexicon does not know (masked, as in
// ../shared/corpus/text: gemp CreateService spaced-zh "HttpCode 某某某 某某某某 某某",
// bssopenapi QueryAccountBalance concat-zh "HTTP status code某某某某某某某某某", or a pipe
// table) is read by its rows, which start with an HTTP status and an error code, with a
// note; the codes were paragraphs, lost with no warning. A glued row splits its code from
// the message at the message's first word ("400NotApplicableThis API ..."), also under a
// header the lexicon knows (its rows were read as one cell each). Rows no table holds are
// warned by code.
func TestUnknownErrorHeader(t *testing.T) {
	const head = "CreateThing\nCreates a thing.\n\n请求参数\n\n名称 类型 是否必选 描述\nName String 是 名字\n\n错误码\n\n"
	for _, c := range []struct {
		name, rows string
		want       string // status:code:message:description, one per code
		warn       string // a warning must contain this
	}{
		{"spaced", "HttpCode 某某某 某某某某 某某\n400 AddServiceFail Xxxxxx to xxx. 添加服务失败\n400 ServiceNameAlreadyExisted Xxx xxxx. 某某某\n",
			"400:AddServiceFail:Xxxxxx to xxx.:添加服务失败 400:ServiceNameAlreadyExisted:Xxx xxxx.:某某某", "HTTP status, Error code, Error message, Description"},
		{"glued", "HTTP status code某某某某某某某某某\n400NotApplicableThis API xx xxx.-\n400MissingParameter Xxxx parameters.-\n400InvalidParameterSome parametersare not valid.-\n500Forbidden.RAM参数\n",
			"400:NotApplicable:This API xx xxx.: 400:MissingParameter:Xxxx parameters.: 400:InvalidParameter:Some parametersare not valid.: 500:Forbidden.RAM:参数:", "HTTP status, Error code, Error message"},
		{"glued known header", "HTTP status codeError codeError messageDescription\n400NotApplicableThis API xx xxx.-\n400NoPermissionYou xxx xxx.-\n",
			"400:NotApplicable:This API xx xxx.: 400:NoPermission:You xxx xxx.:", ""},
		// the API portal's English dump glues the description to the message as well: a
		// sentence's end glued to a capitalised word is where they meet
		{"glued message and description", "HTTP status codeError codeError messageDescription\n400InvalidParameterThe parameter is invalid.Check the value of Forbidden.RAM in the request.\n404InvalidUser.NotFoundThe user does not exist.The user does not exist.\n400NotApplicableThis API xx xxx.-\n",
			"400:InvalidParameter:The parameter is invalid.:Check the value of Forbidden.RAM in the request. 404:InvalidUser.NotFound:The user does not exist.:The user does not exist. 400:NotApplicable:This API xx xxx.:", ""},
		// a message in another language after a space: the code ends at the space
		{"glued, message not in English", "HTTP status codeError codeError messageDescription\n400InvalidParameter 参数无效。-\n400Forbidden.RAM 没有权限。-\n",
			"400:InvalidParameter:参数无效。: 400:Forbidden.RAM:没有权限。:", ""},
		{"pipe", "HttpCode | 某某某 | 某某某某 | 某某 |\n---|---|---|---|\n400 | InvalidParameter | Xxx xx. | 某某 |\n403 | Forbidden.RAM | Xxx. | 某 |\n",
			"400:InvalidParameter:Xxx xx.:某某 403:Forbidden.RAM:Xxx.:某", "not recognised"},
		{"cells", "HTTP status code\n\n某某某\n\n某某某某\n\n某某\n\n400\n\nInvalidParameter\n\nXxx xx.\n\n某某\n\n403\n\nForbidden.RAM\n\nXxx.\n\n某\n",
			"400:InvalidParameter:Xxx xx.:某某 403:Forbidden.RAM:Xxx.:某", "HTTP status, Error code, Error message, Description"},
		{"no header line", "400 InvalidParameter Xxx xx.\n403 Forbidden.RAM Xxx.\n",
			"", "error codes InvalidParameter, Forbidden.RAM not read"},
		// glued, the message's first word glued to the code: the warning names the code
		{"glued, no header line", "400InvalidParameterSome parameters are not valid.\n403Forbidden.RAMThe user xx xxx.\n",
			"", "error codes InvalidParameter, Forbidden.RAM not read"},
		// a note after the table naming a code the table holds loses nothing
		{"note on a read code", "HTTP status code | Error code | Error message |\n---|---|---|\n400 | InvalidParameter | Xxx xx. |\n\n400 InvalidParameter is returned when xx.\n",
			"400:InvalidParameter:Xxx xx.:", ""},
		{"cells, no header line", "400\n\nInvalidParameter\n\nXxx xx.\n\n403\n\nForbidden.RAM\n\nXxx.\n",
			"", "error codes InvalidParameter, Forbidden.RAM not read"},
	} {
		res, err := readExtract(textpage.Reader{}, "CreateThing.txt", []byte(head+c.rows), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := errorRows(res)
		if got != c.want {
			t.Errorf("%s: errors\n%s\nwant\n%s", c.name, got, c.want)
		}
		warned := c.warn == ""
		for _, w := range res.Warnings {
			if c.want != "" && strings.Contains(w.Msg, "not read: no table holds their rows") {
				t.Errorf("%s: codes a table read warned unread: %s", c.name, w)
			}
			if c.warn != "" && strings.Contains(w.Msg, c.warn) {
				warned = true
				if c.want == "" && w.Kind != page.Drop {
					t.Errorf("%s: codes not read, warned as %s: %s", c.name, w.Kind, w)
				}
				// columns read from the rows are assumed: a guess
				if c.want != "" && w.Kind != page.Guess {
					t.Errorf("%s: columns read from the rows, warned as %s: %s", c.name, w.Kind, w)
				}
			}
		}
		if !warned {
			t.Errorf("%s: no warning says %q: %v", c.name, c.warn, res.Warnings)
		}
	}
}

// An error-code table of a Markdown or HTML page whose header names no error-code column
// is read by its rows wherever the status and code columns stand: the message is the
// column after the first of them (or a column the header names so), not the column after
// both, and the description the last other one. "Fault | Text | Status | Notes" (the older
// pages' code, message, status, description order) lost its message column, with a note
// that named only the status and code columns; the note, a guess, names the message's.
func TestUnknownErrorHeaderColumns(t *testing.T) {
	const head = "# GetThing\n\nGets a thing.\n\n## Request parameters\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n|Action|String|Yes|GetThing|\n\n## Error codes\n\n"
	for _, c := range []struct{ name, table, want, note string }{
		{"status first", "|Status|Fault|Text|Notes|\n|---|---|---|---|\n|400|Bad.Thing|The thing is bad.|More.|\n",
			"400:Bad.Thing:The thing is bad.:More.", "column 1 and an error code in column 2, column 3 taken as the message"},
		{"code, message, status, description", "|Fault|Text|Status|Notes|\n|---|---|---|---|\n|Bad.Thing|The thing is bad.|400|More.|\n",
			"400:Bad.Thing:The thing is bad.:More.", "column 3 and an error code in column 1, column 2 taken as the message"},
		{"code, message, status", "|Fault|Text|Status|\n|---|---|---|\n|Bad.Thing|The thing is bad.|400|\n",
			"400:Bad.Thing:The thing is bad.:", "column 3 and an error code in column 1, column 2 taken as the message"},
		{"the header names the message", "|Error message|Fault|HTTP status code|\n|---|---|---|\n|The thing is bad.|Bad.Thing|400|\n",
			"400:Bad.Thing:The thing is bad.:", "column 3 and an error code in column 2, column 1 taken as the message"},
		{"no message column", "|Status|Fault|\n|---|---|\n|400|Bad.Thing|\n",
			"400:Bad.Thing::", "column 1 and an error code in column 2, no column taken as the message"},
	} {
		res, err := readExtract(mdpage.Reader{}, "GetThing.md", []byte(head+c.table), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := errorRows(res)
		if got != c.want {
			t.Errorf("%s: errors %q, want %q (warnings %v)", c.name, got, c.want, res.Warnings)
		}
		// the note names the columns taken, the message's too, as a guess
		noted := false
		for _, w := range res.Warnings {
			noted = noted || w.Kind == page.Guess && strings.Contains(w.Msg, "an HTTP status in "+c.note+": read so")
		}
		if !noted {
			t.Errorf("%s: no guess names the columns (%q): %v", c.name, c.note, res.Warnings)
		}
	}
}

// errorRows writes the operation's error codes as status:code:message:description, spaced.
func errorRows(res *extract.Result) string {
	var got []string
	for _, e := range res.Op.Errors {
		got = append(got, fmt.Sprintf("%d:%s:%s:%s", e.HTTPStatus, e.Code, e.Message, e.Description))
	}
	return strings.Join(got, " ")
}
