package textpage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// seedPages are the committed copies of the seed pages (specs/*/pages).
func seedPages(t testing.TB) []string {
	files, err := filepath.Glob("../../specs/*/pages/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed pages under specs/*/pages: %v", err)
	}
	return files
}

func readPage(t *testing.T, path string) *page.Page {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Reader{}.Read(filepath.Base(path), data)
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return p
}

// table returns the first table of the first section of kind k.
func table(t *testing.T, p *page.Page, k page.SectionKind) *page.Table {
	t.Helper()
	for _, s := range p.SectionsOf(k) {
		if ts := s.Tables(); len(ts) > 0 {
			return ts[0]
		}
	}
	t.Fatalf("%s: no table in a %s section", p.File, k)
	return nil
}

func column(tb *page.Table, k page.Column) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, r.Cell(tb, k))
	}
	return out
}

// warningsOfKind returns the messages of p's warnings of kind k.
func warningsOfKind(p *page.Page, k page.WarnKind) []string {
	var out []string
	for _, w := range p.Warnings {
		if w.Kind == k {
			out = append(out, w.Msg)
		}
	}
	return out
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s:\n got  %q\n want %q", what, got, want)
	}
}

func TestSeedGetInstance(t *testing.T) {
	p := readPage(t, "../../specs/eiam/pages/GetInstance.txt")
	if p.Title != "Identity as a Service:GetInstance" || p.LastUpdated != "Apr 14, 2025" || p.Lang != "en" {
		t.Errorf("title/updated/lang = %q %q %q", p.Title, p.LastUpdated, p.Lang)
	}
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"", "RequestId", "Instance", "InstanceId",
		"CreateTime", "Status", "Description", "DefaultEndpoint", "Endpoint", "Status", "EgressAddresses",
		"EgressAddress", "DomainConfig", "InitDomainAutoRedirectStatus", "DefaultDomain", "InitDomain"})
	equal(t, "response types", column(resp, page.ColType), []string{"object", "string", "object", "string",
		"long", "string", "string", "object", "string", "string", "array", "string", "object", "string", "string", "string"})
	if got := resp.Rows[5].Cell(resp, page.ColDescription); got != "The status of the instance. Valid values:\n- creating\n- running" {
		t.Errorf("Status description = %q", got)
	}
	if got := resp.Rows[5].Cell(resp, page.ColExample); got != "running" {
		t.Errorf("Status example = %q", got)
	}
	for _, r := range resp.Rows {
		if r.Depth != -1 || r.Line == 0 {
			t.Errorf("row %q: depth %d line %d", r.Cells[0], r.Depth, r.Line)
		}
	}
	req := table(t, p, page.RequestParams)
	equal(t, "request row", req.Rows[0].Cells, []string{"InstanceId", "string", "Yes", "The instance ID.", "idaas_ue2jvisn35ea5lmthk267xxxxx"})
	ram := table(t, p, page.RAMAuth)
	if got := ram.Rows[0].Cell(ram, page.ColAction); got != "eiam:GetInstance" {
		t.Errorf("RAM action = %q", got)
	}
	ex := p.SectionsOf(page.Examples)[0]
	var code *page.Block
	for i := range ex.Blocks {
		if ex.Blocks[i].Kind == page.Code {
			code = &ex.Blocks[i]
		}
	}
	if code == nil || code.Lang != "json" || !strings.HasPrefix(code.Text, "{\n  \"RequestId\"") || !strings.HasSuffix(code.Text, "}\n}") {
		t.Errorf("JSON example block = %+v", code)
	}
	ch := table(t, p, page.ChangeHistory)
	equal(t, "change history", ch.Rows[0].Cells, []string{"2023-08-22", "The response structure of the API has changed", "View Change Details"})
}

func TestSeedCreateInstanceAccount(t *testing.T) {
	p := readPage(t, "../../specs/rocketmq/pages/CreateInstanceAccount.txt")
	if p.Title != ":CreateInstanceAccount" {
		t.Errorf("title = %q", p.Title)
	}
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"instanceId", "body", "password", "username"})
	equal(t, "types", column(req, page.ColType), []string{"string", "object", "string", "string"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "No", "Yes", "Yes"})
	syn := p.SectionsOf(page.RequestSyntax)
	if len(syn) != 1 || len(syn[0].Blocks) != 1 || syn[0].Blocks[0].Text != "POST /instances/{instanceId}/accounts HTTP/1.1" {
		t.Errorf("request syntax section = %+v", syn)
	}
	ram := table(t, p, page.RAMAuth)
	equal(t, "RAM row", ram.Rows[0].Cells, []string{"rocketmq:CreateInstanceAccount", "create",
		"*Instance\nacs:rocketmq:{#regionId}:{#accountId}:instance/{#InstanceId}", "none", "none"})
	resp := table(t, p, page.ResponseParams)
	if len(resp.Rows) != 10 || resp.Rows[0].Cells[0] != "" || resp.Rows[0].Cells[1] != "object" {
		t.Errorf("response rows = %d, first %q", len(resp.Rows), resp.Rows[0].Cells)
	}
}

func TestSeedCreateInstance(t *testing.T) {
	p := readPage(t, "../../specs/eiam/pages/CreateInstance.txt")
	req := table(t, p, page.RequestParams)
	// the only request parameter is named "Description", like a column and a heading
	equal(t, "request", req.Rows[0].Cells, []string{"Description", "string", "No",
		"The description of the instance. The description can be up to 128 characters in length.", "instance_for_test"})
	if len(req.Rows) != 1 {
		t.Errorf("request rows = %d", len(req.Rows))
	}
	ram := table(t, p, page.RAMAuth)
	equal(t, "RAM row", ram.Rows[0].Cells, []string{"eiam:CreateInstance", "create",
		"*Instance\nacs:eiam:{#regionId}:{#accountId}:instance/*", "None", "None"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"", "RequestId", "InstanceId"})
}

func TestSeedOverview(t *testing.T) {
	p := readPage(t, "../../specs/eiam-developerapi/pages/overview.txt")
	list := table(t, p, page.APIList)
	equal(t, "columns", list.Header, []string{"API", "Title", "Description"})
	if len(list.Rows) != 47 {
		t.Errorf("API list has %d rows, the page lists 47", len(list.Rows))
	}
	equal(t, "first row", list.Rows[0].Cells[:2], []string{"AddUserToOrganizationalUnits", "AddUserToOrganizationalUnits"})
	if last := list.Rows[len(list.Rows)-1]; last.Cells[0] != "ValidateAuthenticationToken" || last.Cells[2] != "Validates an authentication token." {
		t.Errorf("last row = %q", last.Cells)
	}
	if !strings.Contains(p.Sections[0].Blocks[1].Text, "Eiam-developerapi/2022-02-25") {
		t.Errorf("intro lost the product code: %+v", p.Sections[0].Blocks)
	}
	if len(p.Warnings) != 0 {
		t.Errorf("warnings: %v", p.Warnings)
	}
}

func TestSeedsHaveNoWarningsButKnownOnes(t *testing.T) {
	for _, f := range seedPages(t) {
		p := readPage(t, f)
		for _, w := range p.Warnings {
			// GetInstance's RAM row really lacks its access level cell.
			if !strings.Contains(w.Msg, "missing access level") {
				t.Errorf("%s", w)
			}
		}
		if p.Truncated {
			t.Errorf("%s: marked truncated", f)
		}
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"empty", "", "empty input"},
		{"blank", " \n\n\t\n", "empty input"},
		{"nul", "Request parameters\x00\x01\x02", "NUL byte"},
		{"latin1", strings.Repeat("\xe9\xff\xfe", 100), "not valid UTF-8"},
		{"prose", "Just some words.\nAnd more words here.\n", "no recognizable structure"},
	}
	for _, c := range cases {
		_, err := Reader{}.Read("dir/"+c.name+".txt", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "dir/"+c.name+".txt: ") {
			t.Errorf("%s: err = %v, want it to name the file and say %q", c.name, err, c.want)
		}
		if c.name != "prose" && !errors.Is(err, page.ErrNotText) {
			t.Errorf("%s: err %v is not page.ErrNotText", c.name, err)
		}
	}
}

func TestRareInvalidUTF8IsAWarning(t *testing.T) {
	p, err := Reader{}.Read("x.txt", []byte("Product:DoIt\n\nRequest parameters\n\nbad \xff byte\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "invalid UTF-8") {
		t.Errorf("warnings = %v", p.Warnings)
	}
}

func TestCRLFAndURL(t *testing.T) {
	in := "URL: https://example.com/a\r\n\r\nProduct:DoIt\r\n\r\nLast Updated:Jan 1, 2025\r\n\r\nRequest parameters\r\n\r\nParameterTypeRequiredDescriptionExample\r\nIdstringYes\r\n\r\nThe ID.\r\n\r\nid-1\r\n"
	p, err := Reader{}.Read("x.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != "https://example.com/a" || p.Title != "Product:DoIt" || p.TitleLine != 3 || p.LastUpdated != "Jan 1, 2025" {
		t.Errorf("url/title/line/updated = %q %q %d %q", p.URL, p.Title, p.TitleLine, p.LastUpdated)
	}
	tb := table(t, p, page.RequestParams)
	equal(t, "row", tb.Rows[0].Cells, []string{"Id", "string", "Yes", "The ID.", "id-1"})
	if tb.Rows[0].Line != 10 {
		t.Errorf("row line = %d", tb.Rows[0].Line)
	}
}

func TestSplitHeader(t *testing.T) {
	cases := map[string][]string{
		"ParameterTypeRequiredDescriptionExample":                             {"Parameter", "Type", "Required", "Description", "Example"},
		"OperationAccess levelResource typeCondition keyAssociated operation": {"Operation", "Access level", "Resource type", "Condition key", "Associated operation"},
		"Name Type Required Example Description":                              {"Name", "Type", "Required", "Example", "Description"},
		"名称类型是否必选示例值描述":                                                       {"名称", "类型", "是否必选", "示例值", "描述"},
		// a phrase of the lexicon ("Parameter type", 参数类型) that is two columns side by
		// side: a parameter table's header names a parameter and a type column
		"Parameter Type Required Example Description": {"Parameter", "Type", "Required", "Example", "Description"},
		"参数类型是否必选示例值描述":                               {"参数", "类型", "是否必选", "示例值", "描述"},
		"Parameter name Parameter type Mandatory":     {"Parameter name", "Parameter type", "Mandatory"},
		"Parameter type":                    {"Parameter type"},
		"Action Access level Resource type": {"Action", "Access level", "Resource type"},
	}
	for in, want := range cases {
		got, _, ok := splitHeader(in)
		if !ok {
			t.Errorf("splitHeader(%q) failed", in)
			continue
		}
		equal(t, in, got, want)
	}
	for _, in := range []string{"The description of the instance.", "Parameters", "Typewriter"} {
		if got, _, ok := splitHeader(in); ok && len(got) > 1 {
			t.Errorf("splitHeader(%q) = %q, want no split", in, got)
		}
	}
}

func TestSplitWordsAllClassify(t *testing.T) {
	n := 0
	for _, ws := range splitWords {
		for _, w := range ws {
			n++
			if page.ClassifyColumn(w) == page.ColOther {
				t.Errorf("%q is in the split dictionary but not a column word", w)
			}
		}
	}
	if n < 50 {
		t.Errorf("split dictionary has only %d words", n)
	}
}

// TestPipeCellsHeaderWithoutLeadingPipe: a header of one cell per line "a |" with no lone
// "|" before it; cells that are no column words are kept when a "---|" line ends the run.
func TestPipeCellsHeaderWithoutLeadingPipe(t *testing.T) {
	in := "ListTopics\n\nAuthorization\nAPI |\nAction |\nResource |\n---|---|---|\nListTopics |\nmq:QueryTopic |\nacs:mq:*:*:{instanceId} |\n" +
		"Request parameters\nParameter | Type | Required | Example | Description |\n---|---|---|---|---|\nTopic | String | No | test |\nThe topic. |\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	ram := table(t, p, page.RAMAuth)
	equal(t, "RAM header", ram.Header, []string{"API", "Action", "Resource"})
	equal(t, "RAM actions", column(ram, page.ColAction), []string{"mq:QueryTopic"})
	equal(t, "params", column(table(t, p, page.RequestParams), page.ColDescription), []string{"The topic."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings: %v", p.Warnings)
	}
}

// TestPipeInDescription: a "|" inside the description of a pipe row whose Example column
// follows stays in the description instead of pushing the example out.
func TestPipeInDescription(t *testing.T) {
	in := "ListThings\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
		"Kind | String | No | Valid values: System | Custom | System |\n" +
		"Mode | String | No | The mode. |\nb |\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t, p, page.RequestParams)
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"Valid values: System | Custom", "The mode."})
	equal(t, "examples", column(tb, page.ColExample), []string{"System", "b"})
}

// TestPipeInCodeSpanAndEscaped: a "|" inside a code span ("`a | b`") or escaped ("\|")
// is text of its cell, in pipe rows and in Markdown rows alike (the splitter the Markdown
// reader uses too, page.SplitPipeRow).
func TestPipeInCodeSpanAndEscaped(t *testing.T) {
	for _, in := range []string{
		"ListThings\n\nRequest parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
			"Filter | String | No | Joined by `|`, as in `a | b`. | x\\|y |\nMode | String | No | The mode. | m |\n",
		"ListThings\n\nRequest parameters\n| Parameter | Type | Required | Description | Example |\n|---|---|---|---|---|\n" +
			"| Filter | String | No | Joined by `|`, as in `a | b`. | x\\|y |\n| Mode | String | No | The mode. | m |\n",
	} {
		p, err := Reader{}.Read("p.txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		tb := table(t, p, page.RequestParams)
		equal(t, "descriptions", column(tb, page.ColDescription), []string{"Joined by `|`, as in `a | b`.", "The mode."})
		equal(t, "examples", column(tb, page.ColExample), []string{"x|y", "m"})
		if len(p.Warnings) > 0 {
			t.Errorf("warnings: %v", p.Warnings)
		}
	}
}

// TestPipeRowCutByInput: where the input stops inside a row, an unnamed item row cut
// after its description keeps its type in the type column, and a row cut inside its
// name is dropped with a warning naming it (the name may be cut short).
func TestPipeRowCutByInput(t *testing.T) {
	in := "GetThing\n\nResponse elements\n|\nElement |\nType |\nDescription |\nExample |\n" +
		"| Servers |\narray<object> |\nThe servers. |\n|\n|\nobject |\nA server."
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Servers", ""})
	equal(t, "types", column(tb, page.ColType), []string{"array<object>", "object"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The servers.", "A server."})

	in = "GetThing\n\nResponse parameters\n| Parameter | Type | Example | Description |\n|---|---|---|---|\n" +
		"| TotalCount | Integer | 2 |\nThe count. |\n| Pag"
	p, err = Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb = table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"TotalCount"})
	found := false
	for _, w := range p.Warnings {
		found = found || strings.Contains(w.Msg, "rows Pag dropped")
	}
	if !found || !p.Truncated {
		t.Errorf("truncated %v, warnings %v", p.Truncated, p.Warnings)
	}

	// An unnamed row ("|" opens it with no name) cut inside its first cell is ignored.
	in = "GetThing\n\nResponse elements\n|\nElement |\nType |\nDescription |\nExample |\n" +
		"| Users |\narray<object> |\nThe users. |\n|\n|\narray"
	p, err = Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb = table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Users"})
}

// TestPipeRowExampleWhereTypeBelongs: a pipe row whose first line holds the name and,
// where the type belongs, an example ("ListenerPorts | "ListenerPort": [ 80, 443 ] |"),
// with the description on the next line, has no type: the example goes to its column.
func TestPipeRowExampleWhereTypeBelongs(t *testing.T) {
	in := "GetThing\n\nResponse parameters\nParameter | Type | Example | Description |\n---|---|---|---|\n" +
		"Bandwidth | Integer | 5 |\nThe bandwidth. |\n" +
		"ListenerPorts | \"ListenerPort\": [ 80, 443 ] |\nThe ports. |\n|\n" +
		"CreateTime | String | 2017-08-31T02:49:05Z |\nThe time. |\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Bandwidth", "ListenerPorts", "CreateTime"})
	equal(t, "types", column(tb, page.ColType), []string{"Integer", "", "String"})
	equal(t, "examples", column(tb, page.ColExample), []string{"5", `"ListenerPort": [ 80, 443 ]`, "2017-08-31T02:49:05Z"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The bandwidth.", "The ports.", "The time."})
}

// TestPipeRowsWithoutNames: in an error-code table the rows open with the HTTP status; a
// description spilling onto the next line does not swallow the next row.
func TestPipeRowsWithoutNames(t *testing.T) {
	in := "GetThing\n\nError codes\nHTTP status code | Error code | Error message | Description |\n---|---|---|---|\n" +
		"400 | InvalidParameter | The parameter is invalid. |\nCheck the parameter. |\n" +
		"404 | NotFound | The thing does not exist. |\n403 | Forbidden | Denied. | No permission. |\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t, p, page.ErrorCodes)
	equal(t, "codes", column(tb, page.ColErrorCode), []string{"InvalidParameter", "NotFound", "Forbidden"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"Check the parameter.", "", "No permission."})
}

// TestTitleAfterChrome: site chrome ("文档") before a title "Name - caption" whose
// last-updated label lost its date.
func TestTitleAfterChrome(t *testing.T) {
	in := "URL: https://example.com/document_detail/1.html\n\n文档\n\nListThings - 查询列表\n\n更新时间:\n查询列表。\n请求参数\n名称 | 类型 | 必填 | 描述 | 示例值 |\n"
	p, err := Reader{}.Read("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "ListThings - 查询列表" {
		t.Errorf("title %q", p.Title)
	}
}

// TestURLLabelOverValue: a "URL:" label with its value on the next line (a dump of a narrow
// width, or of a two-cell layout) gives the page's URL; before, the URL line was read as the
// title and the operation name in the URL was lost.
func TestURLLabelOverValue(t *testing.T) {
	p, err := Reader{}.Read("x.txt", []byte("URL:\nhttps://example.com/help/api-eiam-2021-12-01-createinstance\n\nCreates an instance.\n\nRequest parameters\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://example.com/help/api-eiam-2021-12-01-createinstance"; p.URL != want || p.Title != "" {
		t.Errorf("URL %q, title %q; want URL %q and no title", p.URL, p.Title, want)
	}
}

// TestHeaderEnds checks headerSplit's pre-check (headerEnds) against the split itself:
// every column word of the dictionary, in lower, upper and title case, alone or with a
// colon after it, is a header of one word still; and lines that end in no word's last
// byte are told so.
func TestHeaderEnds(t *testing.T) {
	for _, ws := range splitWords {
		for _, w := range ws {
			_, first := utf8.DecodeRuneInString(w)
			title := strings.ToUpper(w[:first]) + w[first:]
			for _, v := range []string{w, strings.ToUpper(w), title, w + ":", w + "："} {
				if n, ok := headerWords(v); !ok || n != 1 {
					t.Errorf("headerWords(%q) = %d, %v; want 1 word", v, n, ok)
				}
			}
		}
	}
	for _, s := range []string{"The ID of the instance.", `"RequestId": "1A2B",`, "{", "200"} {
		if headerEnds[s[len(s)-1]] {
			t.Errorf("headerEnds takes the end of %q", s)
		}
	}
}
