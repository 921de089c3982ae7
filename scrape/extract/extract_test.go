package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// tbl builds a table whose rows have no depth (as text dumps give them).
func tbl(line int, header []string, rows ...[]string) page.Block {
	t := &page.Table{Line: line, Header: header, Columns: page.ClassifyColumns(header)}
	for i, r := range rows {
		t.Rows = append(t.Rows, page.Row{Line: line + 1 + i, Cells: r, Depth: -1})
	}
	return page.Block{Kind: page.TableBlock, Line: line, Table: t}
}

func sec(k page.SectionKind, heading string, line int, blocks ...page.Block) *page.Section {
	return &page.Section{Kind: k, Heading: heading, Line: line, Blocks: blocks}
}

func para(line int, text string) page.Block {
	return page.Block{Kind: page.Paragraph, Line: line, Text: text}
}
func code(line int, text string) page.Block {
	return page.Block{Kind: page.Code, Line: line, Text: text}
}

var reqHeader = []string{"Parameter", "Type", "Required", "Description", "Example"}
var respHeader = []string{"Parameter", "Type", "Description", "Example"}

func mustOp(t *testing.T, p *page.Page) (*opspec.Operation, *Result) {
	t.Helper()
	res, err := Page(p)
	if err != nil {
		t.Fatal(err)
	}
	if res.Op == nil {
		t.Fatal("no operation extracted")
	}
	return res.Op, res
}

func hasWarning(res *Result, sub string) bool {
	_, ok := warningKind(res, sub)
	return ok
}

// warningKind returns the kind of the first warning whose message holds sub, and whether
// there is one: --strict fails on a guess and not on a note, so tests check the kind too.
func warningKind(res *Result, sub string) (page.WarnKind, bool) {
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, sub) {
			return w.Kind, true
		}
	}
	return 0, false
}

func TestFlattenedRPCNames(t *testing.T) {
	p := &page.Page{File: "f.txt", Title: "# TagResources", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Action", "String", "Yes", "The operation.", "TagResources"},
			[]string{"Version", "String", "Yes", "The version.", "2016-01-20"},
			[]string{"Tag.N.Key", "String", "Yes", "The tag key.", "env"},
			[]string{"Tag.N.Value", "String", "No", "The tag value.", "dev"},
			[]string{"UserIds.N", "String", "No", "A user ID.", "u1"},
		)),
	}}
	op, res := mustOp(t, p)
	if op.Name != "TagResources" || res.Version != "2016-01-20" {
		t.Fatalf("name %q version %q", op.Name, res.Version)
	}
	if len(op.Params) != 2 {
		t.Fatalf("params = %d, want Tag and UserIds", len(op.Params))
	}
	tag := op.Params[0]
	// Tag.N.Key is required in each tag sent; the page does not say Tag itself is
	if tag.Name != "Tag" || tag.Schema.Type != "array" || tag.Schema.Items.Type != "object" || tag.Required {
		t.Fatalf("Tag = %+v", tag.Schema)
	}
	props := tag.Schema.Items.Properties
	if len(props) != 2 || props[0].Name != "Key" || !props[0].Required || props[1].Name != "Value" || props[1].Required {
		t.Fatalf("Tag items = %+v", props)
	}
	if !strings.Contains(tag.Schema.Description, "Tag.N.Key") {
		t.Errorf("flattened names not kept: %q", tag.Schema.Description)
	}
	u := op.Params[1]
	if u.Name != "UserIds" || u.Schema.Type != "array" || u.Schema.Items.Type != "string" || u.In != opspec.InQuery {
		t.Fatalf("UserIds = %+v in %s", u.Schema, u.In)
	}
}

func TestDepthFromReader(t *testing.T) {
	rows := [][]string{
		{"", "object", "", ""},
		{"Data", "object", "The data.", ""},
		{"Items", "array<object>", "The items.", ""},
		{"Id", "string", "The ID.", "1"},
		{"Total", "integer", "The total.", "3"},
		{"RequestId", "string", "The request ID.", "r"},
	}
	depths := []int{0, 1, 2, 3, 2, 1}
	b := tbl(10, respHeader, rows...)
	for i := range b.Table.Rows {
		b.Table.Rows[i].Depth = depths[i]
	}
	p := &page.Page{File: "d.html", Title: "Svc:ListThings", Sections: []*page.Section{sec(page.ResponseParams, "Response", 9, b)}}
	op, _ := mustOp(t, p)
	r := op.Response
	if len(r.Properties) != 2 || r.Properties[0].Name != "Data" || r.Properties[1].Name != "RequestId" {
		t.Fatalf("root = %v", names(r))
	}
	data := r.Properties[0].Schema
	if got := names(data); got != "Items,Total" {
		t.Fatalf("Data = %s", got)
	}
	if got := names(data.Properties[0].Schema.Items); got != "Id" {
		t.Fatalf("Items[] = %s", got)
	}
}

// TestReopenExampleShownObject: a table that marks no row deeper than one level (the rows
// "Result also contains the following parameters" lists without a mark, then "└" rows) and a
// row the example does not show, which closes Result: the next rows the example shows under
// Result go there again (as while Result is open), not to the top level, where they were
// placed silently.
func TestReopenExampleShownObject(t *testing.T) {
	rows := [][]string{
		{"RequestId", "String", "The request ID.", "r"},
		{"Result", "Struct", "The result.", ""},
		{"instanceId", "String", "The ID.", "a"},
		{"esVersion", "String", "Not in the example.", "6.7"},
		{"createdAt", "String", "Created.", "t"},
		{"nodeSpec", "Struct", "The spec.", ""},
		{"spec", "String", "The size.", "s"},
	}
	depths := []int{0, 0, 0, 0, 0, 0, 1}
	b := tbl(10, respHeader, rows...)
	for i := range b.Table.Rows {
		b.Table.Rows[i].Depth = depths[i]
	}
	p := &page.Page{File: "r.md", Title: "Svc:UpdateThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response", 9, b),
		sec(page.Examples, "Examples", 20, code(21, `{"Result": {"instanceId": "a", "createdAt": "t", "nodeSpec": {"spec": "s"}}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Result,esVersion" {
		t.Fatalf("root = %s, want createdAt and nodeSpec under Result (warnings %v)", got, res.Warnings)
	}
	var result *opspec.Schema
	for _, p := range op.Response.Properties {
		if p.Name == "Result" {
			result = p.Schema
		}
	}
	if result == nil || names(result) != "instanceId,createdAt,nodeSpec" {
		t.Fatalf("root = %s, Result = %v (warnings %v)", names(op.Response), result, res.Warnings)
	}
	if got := names(result.Properties[2].Schema); got != "spec" {
		t.Errorf("Result.nodeSpec = %s (warnings %v)", got, res.Warnings)
	}
	if !hasWarning(res, `"createdAt": the table marks no row deeper than one level, the example shows it under "Result"`) {
		t.Errorf("no note for createdAt: %v", res.Warnings)
	}
	// esVersion, which the example does not show, stays where its marks put it, but those
	// marks stand for any depth here: a guess naming the container it may belong to.
	want := `response field "esVersion" is in the table but not in the JSON example; placed under the top level as its marks say, though it may belong under "Result"`
	if k, ok := warningKind(res, want); !ok || k != page.Guess {
		t.Errorf("no guess %q in %v", want, res.Warnings)
	}
}

// TestFlatMarksUntypedParent: in a table whose marks stand for any depth (the rows
// "Result also contains the following parameters" lists without a mark), an untyped row
// the example does not show, followed by rows marked "└" that it does not show either
// (elasticsearch UpdateLogstashDescription zh: "domainList", then "└domain", "└port"): the
// marked rows are below the unmarked row right before them, whatever depth a mark stands
// for, so that row is their object. They were placed at the top level beside it, and it
// was a string.
func TestFlatMarksUntypedParent(t *testing.T) {
	rows := [][]string{
		{"RequestId", "String", "The request ID.", "r"},
		{"Result", "Struct", "The result.", ""},
		{"instanceId", "String", "The ID.", "a"},
		{"domainList", "", "The domains.", ""},
		{"domain", "String", "A domain.", "d"},
		{"port", "Integer", "A port.", "1"},
	}
	depths := []int{0, 0, 0, 0, 1, 1}
	b := tbl(10, respHeader, rows...)
	for i := range b.Table.Rows {
		b.Table.Rows[i].Depth = depths[i]
	}
	p := &page.Page{File: "r.md", Title: "Svc:UpdateThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response", 9, b),
		sec(page.Examples, "Examples", 20, code(21, `{"Result": {"instanceId": "a"}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Result,domainList" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	list := op.Response.Properties[2].Schema
	if list.Type != "object" || names(list) != "domain,port" {
		t.Errorf("domainList = %s {%s}, want object {domain,port} (warnings %v)", list.Type, names(list), res.Warnings)
	}
	if !hasWarning(res, `"domainList" has no type but rows nested under it; read as an object`) {
		t.Errorf("no guess for domainList: %v", res.Warnings)
	}
}

// TestShownUnderScalarRow: rows the example shows inside a field the table types a scalar
// ("Result | Boolean", then "Result also contains the following parameters") stay where
// their marks put them, with a guess naming that field; they were placed silently.
func TestShownUnderScalarRow(t *testing.T) {
	rows := [][]string{
		{"Result", "Boolean", "The result.", "true"},
		{"instanceId", "String", "The ID.", "a"},
		{"nodeSpec", "Struct", "The spec.", ""},
		{"spec", "String", "The size.", "s"},
	}
	depths := []int{0, 0, 0, 1}
	b := tbl(10, respHeader, rows...)
	for i := range b.Table.Rows {
		b.Table.Rows[i].Depth = depths[i]
	}
	p := &page.Page{File: "r.md", Title: "Svc:UpdateThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response", 9, b),
		sec(page.Examples, "Examples", 20, code(21, `{"Result": {"instanceId": "a", "nodeSpec": {"spec": "s"}}}`)),
	}}
	_, res := mustOp(t, p)
	want := `response field "instanceId" placed under the top level as its marks say; the JSON example shows it under "Result", which the table types Boolean`
	if k, ok := warningKind(res, want); !ok || k != page.Guess {
		t.Errorf("no guess %q in %v", want, res.Warnings)
	}
}

func names(s *opspec.Schema) string {
	var n []string
	for _, p := range s.Properties {
		n = append(n, p.Name)
	}
	return strings.Join(n, ",")
}

func TestResponseFromExampleOnly(t *testing.T) {
	p := &page.Page{File: "e.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response elements", 5, tbl(6, respHeader)),
		sec(page.Examples, "Examples", 8, code(9, `{"RequestId": "x", "Thing": {"Id": 1, "Tags": ["a"]}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Thing" {
		t.Fatalf("root = %s", got)
	}
	thing := op.Response.Properties[1].Schema
	if got := names(thing); got != "Id,Tags" || thing.Properties[0].Schema.Type != "integer" ||
		thing.Properties[1].Schema.Items.Type != "string" {
		t.Fatalf("Thing = %+v", thing)
	}
	if !hasWarning(res, "response table is empty") || !hasWarning(res, "response fields RequestId, Thing are in the JSON example") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

func TestExampleTypeDisagreement(t *testing.T) {
	p := &page.Page{File: "e.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response elements", 5, tbl(6, respHeader,
			[]string{"Count", "integer", "How many.", "3"})),
		sec(page.Examples, "Examples", 8, code(9, `{"Count": "3"}`)),
	}}
	op, res := mustOp(t, p)
	if op.Response.Properties[0].Schema.Type != "integer" {
		t.Fatal("table type not kept")
	}
	if !hasWarning(res, `"Count": the table says integer, the JSON example shows string`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

func TestBearerHeaderAndLocations(t *testing.T) {
	p := &page.Page{File: "b.txt", Title: "Identity as a Service:CreateGroup", Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /v2/{instanceId}/groups HTTP/1.1")),
		sec(page.RequestHeaders, "Request headers", 5, tbl(6, reqHeader,
			[]string{"Authorization", "string", "Yes", "Format: Bearer ${access_token}.", "Bearer AT"})),
		sec(page.RequestParams, "Request parameters", 9, tbl(10, reqHeader,
			[]string{"instanceId", "string", "No", "The instance.", "i"},
			[]string{"body", "object", "No", "The body.", ""},
			[]string{"groupName", "string", "Yes", "The name.", "g"},
			[]string{"groupName", "string", "Yes", "Again.", "g"},
		)),
	}}
	op, res := mustOp(t, p)
	if op.Auth != opspec.AuthBearer || op.Style != opspec.ROA || op.Method != "POST" {
		t.Fatalf("auth %q style %q method %q", op.Auth, op.Style, op.Method)
	}
	if len(op.Params) != 3 {
		t.Fatalf("params = %d", len(op.Params))
	}
	// the Authorization header stays documented (the runtime sends it from the bearer token)
	if a := op.Params[0]; a.Name != "Authorization" || a.In != opspec.InHeader {
		t.Errorf("Authorization = %+v", a)
	}
	if p0 := op.Params[1]; p0.In != opspec.InPath || !p0.Required {
		t.Errorf("instanceId = %+v", p0)
	}
	if p1 := op.Params[2]; p1.Name != "groupName" || p1.In != opspec.InBody || !p1.Required {
		t.Errorf("groupName = %+v", p1)
	}
	if !hasWarning(res, "path parameters are always required") || !hasWarning(res, `duplicate request parameter "groupName"`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
	for _, w := range res.Warnings {
		if w.Line == 0 && strings.Contains(w.Msg, "duplicate") {
			t.Errorf("warning without a line: %v", w)
		}
	}
}

// A ROA row named "body" with a scalar or list type and no location column is the request
// body of a POST/PUT/PATCH call (the API metadata's name for it); under GET it stays a query
// parameter.
func TestROABodyRowIsTheBody(t *testing.T) {
	for _, c := range []struct {
		syntax string
		want   opspec.Location
	}{
		{"POST /api/v2/services HTTP/1.1", opspec.InBody},
		{"PUT /api/v2/services/{name} HTTP/1.1", opspec.InBody},
		{"GET /api/v2/services HTTP/1.1", opspec.InQuery},
	} {
		p := &page.Page{File: "b.txt", Title: "CreateService", Sections: []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 3, code(4, c.syntax)),
			sec(page.RequestParams, "Request parameters", 5, tbl(6, []string{"Name", "Type", "Description"},
				[]string{"body", "string", "The service definition, a JSON string."},
				[]string{"WorkspaceId", "string", "The workspace."},
			)),
		}}
		op, _ := mustOp(t, p)
		got := map[string]opspec.Location{}
		for _, q := range op.Params {
			got[q.Name] = q.In
		}
		if got["body"] != c.want || got["WorkspaceId"] != opspec.InQuery {
			t.Errorf("%s: locations = %v, want body in %s", c.syntax, got, c.want)
		}
	}
}

// TestRequestPathCutOff: an excerpt cut inside the request syntax's last path parameter
// ("/instances/{instanceId}/consumerGroups/{consumerGro") keeps the whole segments before it,
// as a guess, instead of a path template that makes the spec invalid. A request line written
// as a code span ("`PUT /path HTTP/1.1`") is read like any other.
func TestRequestPathCutOff(t *testing.T) {
	for _, c := range []struct {
		syntax, want string
		cut          bool
	}{
		{"POST /instances/{instanceId}/consumerGroups/{consumerGro", "/instances/{instanceId}/consumerGroups", true},
		{"POST /instances/{instanceId}/consumerGroups/{group} HTTP/1.1", "/instances/{instanceId}/consumerGroups/{group}", false},
		{"GET /{instan", "/", true},
		{"`PUT /instances/{InstanceId}/actions/renew HTTP/1.1`", "/instances/{InstanceId}/actions/renew", false},
	} {
		p := &page.Page{File: "c.txt", Title: "CreateConsumerGroup", Sections: []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 3, code(4, c.syntax)),
		}}
		op, res := mustOp(t, p)
		if op.Path != c.want {
			t.Errorf("%s: path %q, want %q", c.syntax, op.Path, c.want)
		}
		if got := hasWarning(res, "ends inside a path parameter"); got != c.cut {
			t.Errorf("%s: warned about the cut = %v, want %v (%v)", c.syntax, got, c.cut, res.Warnings)
		}
	}
}

func TestEnums(t *testing.T) {
	x := &extractor{p: &page.Page{File: "f"}, res: &Result{}}
	cases := []struct {
		desc string
		want string
	}{
		{"The scope. Valid values:\n- global: all resources.\n- custom: some.", "global,custom"},
		{"Valid values: create, list, get, update, and delete.", "create,list,get,update,delete"},
		{"Valid values:\n- a\n- b\n- a\n- b", "a,b"},
		{"取值范围：\n- 最小值：100\n- 最大值：100000", ""},
		{"No list here.", ""},
		{"Valid values: any string you like, really", ""},
		// Japanese and Traditional Chinese lead-ins (the lexicon's validValuesWords)
		{"データベースのステータス。有効値:\n- Creating：作成中\n- Running：実行中", "Creating,Running"},
		{"ステータス。有効な値：Running、Stopped。", "Running,Stopped"},
		{"狀態。取值範圍：Running、Stopped。", "Running,Stopped"},
		{"狀態。枚舉值：\n- Running：運行中\n- Stopped：已停止", "Running,Stopped"},
		// the Japanese and Chinese sentence forms (validValuesLinks), the words 有效值, 可选值,
		// 可選值, 取り得る値, and two values joined by a conjunction
		{"ステータス。有効な値は次のとおりです：Running、Stopped。", "Running,Stopped"},
		{"ステータス。有効な値は以下のとおりです：\n- Running：実行中\n- Stopped：停止", "Running,Stopped"},
		{"ステータス。取り得る値：Running、Stopped。", "Running,Stopped"},
		{"状态。有效值：AES_256或AES_128。", "AES_256,AES_128"},
		{"状态。可选值：\n- USER：自定义插件\n- SYSTEM：系统预置插件", "USER,SYSTEM"},
		{"狀態。可選值：Running，Stopped。", "Running,Stopped"},
		{"状态。取值如下：Running、Stopped和Deleted。", "Running,Stopped,Deleted"},
		{"状态。取值包括：Running、Stopped。", "Running,Stopped"},
		// values written as Japanese and Chinese bullet marks, space or not; a ※ note ends the list
		{"有効な値は次のとおりです：\n・Enabled：有効\n・Disabled：無効", "Enabled,Disabled"},
		{"有効な値：\n･ Enabled：有効\n･ Disabled：無効", "Enabled,Disabled"},
		{"可选值：\n●USER：自定义插件\n●SYSTEM：系统预置插件\n※ 默认为 USER。", "USER,SYSTEM"},
		{"取值範圍：\n■ Running\n◆ Stopped\n○ Deleted", "Running,Stopped,Deleted"},
		{"The subscription unit. Valid values: Year and Month.", "Year,Month"},
		// a lead-in in any ASCII case, white space before its link word and colon; the
		// first lead-in of the text is read, the longer of two words at one place
		{"Mode. VALID VALUES ARE :\n- Fast\n- Slow", "Fast,Slow"},
		{"Mode. Enumeration values\n:\n- Fast\n- Slow", "Fast,Slow"},
		{"Mode. Possible values: Fast, Slow. Valid values: Off, On.", "Fast,Slow"},
		{"The collector type. Optional values: fileBeat, metricBeat, heartBeat, auditBeat.", "fileBeat,metricBeat,heartBeat,auditBeat"},
		{"Valid values: 1 to 100.", ""},
		{"Valid values: the instance ID or the name.", ""},
		// inline values with their meanings in brackets, commas inside the brackets
		{"Optional values: postpaid (pay-as-you-go) and prepaid (subscription).", "postpaid,prepaid"},
		{"Optional values: engineVersion (version upgrade, default) and aliVersion (patch upgrade).", "engineVersion,aliVersion"},
		{"采集器状态。可选值：activing（生效中）、active（已生效）。", "activing,active"},
		{"Valid values: x-pack (Commercial Edition), advanced (Enhanced Edition, and more).", "x-pack,advanced"},
		{"Valid values: ECSInstanceId(ECS), ACKCluster(Container Kubernetes).", "ECSInstanceId,ACKCluster"},
		{"Valid values: a (one), the rest (of them).", ""},
		{"取值：financial（因账号欠费被锁定）。", ""},
		// a default marker right after a listed value, space or not; the default stated as
		// an item of the list; two values joined by a conjunction in one item
		{"计费方式。取值范围：\n- PrePaid：包年包月。\n- PostPaid（默认）：按量付费。", "PrePaid,PostPaid"},
		{"性能等级。取值范围：\n- PL0\n- PL1（默认）", "PL0,PL1"},
		{"Billing. Valid values:\n- PrePaid (default): subscription\n- PostPaid: pay-as-you-go", "PrePaid,PostPaid"},
		{"Billing. Valid values:\n- PrePaid: subscription.\n- Default value: PostPaid.", "PrePaid,PostPaid"},
		{"计费方式。取值范围：\n- PrePaid：包年包月。\n- 默认值：PostPaid。", "PrePaid,PostPaid"},
		{"Type. Valid values:\n- auto or timer: automatic snapshot\n- user: manual snapshot", "auto,timer,user"},
		// still no enum: a range, a sentence, a phrase, a default that is no value
		{"Days. Valid values:\n- -1: kept forever\n- 1 to 65535: kept for that many days", ""},
		{"Type. Valid values:\n- auto or the name of a timer: automatic\n- user: manual", ""},
		{"Label. Valid values:\n- ACSCurrent\n- Custom stage label", ""},
		{"Billing. Valid values:\n- PrePaid: subscription.\n- Default value: none, pay as you go.", ""},
		// a lead-in on a list item announces its nested list only where it ends the item's
		// line in a colon (TestValuesLeadInItem has the pages)
		{"Type.\n- Valid values in a VPC:\n  - a\n  - b\n- In the classic network, c.", "a,b"},
		{"Type.\n- Valid values\n  - a:\n  - b", ""},
		{"Type.\n- Valid values in a VPC: a, b.\n- In the classic network, c.", ""},
	}
	for _, c := range cases {
		var got []string
		for _, e := range x.enumValues(c.desc, "string", 1, "P") {
			got = append(got, e.Value)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: got %v, want %s", c.desc, got, c.want)
		}
	}
	if e := x.enumValues("Valid values:\n- true\n- false", "boolean", 1, "B"); e != nil {
		t.Errorf("boolean got enum %v", e)
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]string{
		"Feb 10, 2026": "2026-02-10", "2024-11-28": "2024-11-28", "2024年11月28日": "2024-11-28",
		"2025-03-10 14:21:05": "2025-03-10", "Last Updated: Apr 14, 2025": "2025-04-14",
		"February 3, 2024": "2024-02-03",
	} {
		if got, ok := normalizeDate(in); !ok || got != want {
			t.Errorf("%q → %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := normalizeDate("yesterday"); ok {
		t.Error("yesterday is not a date")
	}
	if _, ok := normalizeDate("2024-02-30"); ok {
		t.Error("2024-02-30 is not a date")
	}
}

func TestDocTypes(t *testing.T) {
	cases := map[string]string{
		"string": "string/", "integer": "integer/int32", "Long": "integer/int64", "float": "number/float",
		"double": "number/double", "Boolean": "boolean/", "Struct": "object/", "object": "object/",
		"array": "array/", "List": "array/", "array<string>": "array/ [string/]", "Array of String": "array/ [string/]",
		"Array of Tag": "array/ [object/]", "array<object>": "array/ [object/]", "map": "object/ {}",
		"map<string, string>": "object/ {string}", "String to string map": "object/ {string}",
		"List<String>": "array/ [string/]", "List<DBInstance>": "array/ [object/]", "object []": "array/ [object/]",
		"string[]": "array/ [string/]",
	}
	for in, want := range cases {
		s, ok := docSchema(in)
		if !ok {
			t.Errorf("%q unknown", in)
			continue
		}
		got := s.Type + "/" + s.Format
		if s.Items != nil {
			got += " [" + s.Items.Type + "/" + s.Items.Format + "]"
		}
		if s.AdditionalProperties != nil {
			got += " {" + s.AdditionalProperties.Type + "}"
		}
		if got != want || s.DocType != in {
			t.Errorf("%q → %s (doc %q), want %s", in, got, s.DocType, want)
		}
	}
	if _, ok := docSchema("frobnicator"); ok {
		t.Error("unknown type accepted")
	}
}

func TestBadRows(t *testing.T) {
	p := &page.Page{File: "bad.txt", Title: "Svc:Bad", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"", "string", "No", "hidden e-mail row", "a@b.c"},
			[]string{"Weird Name!", "string", "Maybe", "odd", "x"},
			[]string{"Typed", "frobnicator", "No", "odd type", "x"},
			[]string{"Extra", "string", "No", "d", "e", "surplus"},
			[]string{"Short"},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, respHeader,
			[]string{"RequestId", "String", "Xxx.", "r-1"})),
	}}
	op, res := mustOp(t, p)
	for _, want := range []string{"has no name", "not an identifier", "cannot read Required", "unknown type", "extra cells", "has no type"} {
		if !hasWarning(res, want) {
			t.Errorf("no warning %q in %v", want, res.Warnings)
		}
	}
	for _, w := range res.Warnings {
		if w.File != "bad.txt" || w.Line == 0 {
			t.Errorf("warning lacks file/line: %+v", w)
		}
	}
	if len(op.Params) != 4 {
		t.Errorf("params = %d", len(op.Params))
	}
}

func TestNotAPIPage(t *testing.T) {
	_, err := Page(&page.Page{File: "x.txt", Title: "Welcome to our site"})
	if err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Page(nil); err == nil {
		t.Fatal("nil page accepted")
	}
}

func TestURLFacts(t *testing.T) {
	f := parseURL("https://api.aliyun.com/#product=Ims&api=CreateUser&type=RPC&version=2019-08-15")
	if f.product != "Ims" || f.op != "CreateUser" || f.style != "RPC" || f.version != "2019-08-15" {
		t.Errorf("%+v", f)
	}
	f = parseURL("https://www.alibabacloud.com/help/en/idaas/eiam/developer-reference/api-eiam-developerapi-2022-02-25-generatetoken")
	if f.product != "eiam-developerapi" || f.version != "2022-02-25" || f.op != "generatetoken" {
		t.Errorf("%+v", f)
	}
	// words around the operation in the slug
	f = parseURL("https://www.alibabacloud.com/help/en/mongodb/latest/api-doc-dds-2015-12-01-api-doc-describedbinstances")
	if f.product != "dds" || f.op != "describedbinstances" {
		t.Errorf("%+v", f)
	}
	f = parseURL("https://alibabacloud.com/help/en/rg/developer-reference/api-resourcemanager-2020-03-31-getresourcegroup-rg")
	if f.product != "resourcemanager" || f.op != "getresourcegroup" {
		t.Errorf("%+v", f)
	}
	f = parseURL("https://www.alibabacloud.com/help/en/elasticsearch/latest/modifywhiteips")
	if f.op != "" || f.tail != "modifywhiteips" {
		t.Errorf("%+v", f)
	}
}

// TestOpNameSources: the Action row outranks a RAM action naming another permission; a
// lower-case URL slug outranks a disagreeing RAM action and takes its case from the request
// path when a segment spells it.
func TestOpNameSources(t *testing.T) {
	ram := sec(page.RAMAuth, "RAM authorization", 2, tbl(3, []string{"Action", "Access level", "Resource type"},
		[]string{"mq:QueryInstanceBaseInfo", "get", "*All"}))
	cases := []struct {
		name string
		url  string
		secs []*page.Section
		want string
	}{
		{"Action row", "", []*page.Section{ram, sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"Action", "String", "Yes", "The operation.", "OnsTopicList"}))}, "OnsTopicList"},
		{"URL slug", "https://example.com/help/api-mq-2019-02-14-scaleinapplication", []*page.Section{ram,
			sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader, []string{"AppId", "String", "Yes", "The app.", "a"}))},
			"scaleinapplication"},
		// the name set as code, as org (=X=) and reStructuredText (``X``) write a name cell
		{"Action row as code", "", []*page.Section{ram, sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"=Action=", "String", "Yes", "The operation.", "OnsTopicList"}))}, "OnsTopicList"},
		{"Action row description", "", []*page.Section{sec(page.RequestParams, "Request parameters", 5, tbl(6, []string{"Name", "Type", "Required", "Description"},
			[]string{"Action", "String", "Yes", "Required parameter, value: DescribeDBInstances."}))}, "DescribeDBInstances"},
		{"translated Action row", "", []*page.Section{sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"操作", "String", "必須", "実行する操作です。", "AllocateEipAddressPro"}))}, "AllocateEipAddressPro"},
		{"parameter named Operation", "https://example.com/help/ja/eiam/developer-reference/api-eiam-2021-12-01-updateapplicationinfo",
			[]*page.Section{sec(page.RAMAuth, "権限情報", 2, tbl(3, []string{"アクション", "アクセスレベル"}, []string{"eiam:UpdateApplicationInfo", "get"})),
				sec(page.RequestParams, "リクエストパラメーター", 5, tbl(6, reqHeader, []string{"Operation", "String", "いいえ", "The operation.", "sample"}))},
			"UpdateApplicationInfo"},
		{"URL and page text", "https://example.com/help/ja/eip/latest/allocateeipaddresspro", []*page.Section{
			sec(page.Intro, "", 1, para(2, "某をAllocateEipAddressProに某某します。"))}, "AllocateEipAddressPro"},
		{"URL and path", "https://example.com/help/en/es/latest/modifywhiteips", []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 2, page.Block{Kind: page.Code, Line: 3, Lang: "http",
				Text: "PATCH /openapi/instances/{InstanceId}/actions/modify-white-ips HTTP/1.1"}),
			sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader, []string{"InstanceId", "String", "Yes", "The ID.", "es-1"}))},
			"ModifyWhiteIps"},
		// The URL's last word is spelled nowhere on the page, but the operations the
		// page mentions have its words.
		{"URL and page words", "https://example.com/help/en/edas/latest/scaleoutapplication", []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 2, page.Block{Kind: page.Code, Line: 3, Lang: "http",
				Text: "POST /pop/v5/changeorder/co_scale_out HTTP/1.1"}),
			sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
				[]string{"AppId", "String", "Yes", "Call ListApplication to get it.", "a"},
				[]string{"EcuInfo", "String", "Yes", "Call ListScaleOutEcu to get it.", "e"}))},
			"ScaleOutApplication"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			op, _ := mustOp(t, &page.Page{File: "f.txt", URL: c.url, Sections: c.secs})
			if op.Name != c.want {
				t.Errorf("name %q, want %q", op.Name, c.want)
			}
			for _, p := range op.Params {
				if p.Name == "Action" || p.Name == "操作" {
					t.Errorf("the Action row is a parameter: %q (style %q)", p.Name, op.Style)
				}
			}
		})
	}
}

// TestHumpSpelling: a lower-case slug is spelled with the humps of the page's camel-case
// words, the fewest humps winning, and only when it splits into two or more.
func TestHumpSpelling(t *testing.T) {
	for w, want := range map[string]string{
		"ListScaleOutEcu": "List Scale Out Ecu", "DBInstanceId": "DB Instance Id", "userId": "user Id",
		"Get_Thing": "Get Thing",
	} {
		if got := strings.Join(camelHumps(w), " "); got != want {
			t.Errorf("camelHumps(%q) = %q, want %q", w, got, want)
		}
	}
	x := &extractor{p: &page.Page{Sections: []*page.Section{sec(page.Intro, "", 1,
		para(2, "See DescribeDBInstances, ListScaleOut and ScaleOutApplication; userName, Application."))}}}
	for slug, want := range map[string]string{
		"scaleoutapplication": "ScaleOutApplication",
		"describedbinstances": "DescribeDBInstances",
		"listapplication":     "ListApplication",
		"application":         "", // one hump: no spelling
		"listusers":           "", // "Users" is no hump of the page; "user" starts lower case
		"scale-out":           "",
	} {
		if got := humpSpelling(slug, x.pageWords()); got != want {
			t.Errorf("humpSpelling(%q) = %q, want %q", slug, got, want)
		}
	}
}

// TestRequestIDAtTopLevel: with neither depth marks nor a JSON example, row order puts the
// rows after an object row under it, except the request ID, which every response has at
// its top level; where the example shows it nested, the example wins.
func TestRequestIDAtTopLevel(t *testing.T) {
	rows := tbl(6, respHeader,
		[]string{"User", "Object", "The user.", ""},
		[]string{"UserName", "String", "The name.", "a"},
		[]string{"RequestId", "String", "The request ID.", "r"},
	)
	p := &page.Page{File: "r.txt", Title: "Svc:CreateUser", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, rows)}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "User,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(op.Response.Properties[0].Schema); got != "UserName" {
		t.Errorf("User = %s", got)
	}
	if !hasWarning(res, `"RequestId" placed at the top level`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
	p.Sections = append(p.Sections, sec(page.Examples, "Examples", 20,
		code(21, `{"User": {"UserName": "a", "RequestId": "r"}}`)))
	op, res = mustOp(t, p)
	if got := names(op.Response.Properties[0].Schema); got != "UserName,RequestId" {
		t.Errorf("with the example: User = %s (warnings %v)", got, res.Warnings)
	}
}

// TestLegacyResponseNesting covers the older Markdown pages: "Array of User" plus an item
// marker row where the JSON wraps the list ({"Users": {"User": [...]}}), leaf rows listed
// flat that the JSON nests (Keys.Key[].KeyId), and array elements that differ in fields.
func TestLegacyResponseNesting(t *testing.T) {
	p := &page.Page{File: "l.md", Title: "# ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Users", "Array of User", "The users.", ""},
			[]string{"User", "", "", ""},
			[]string{"Name", "String", "The name.", "a"},
			[]string{"Age", "Integer", "The age.", "3"},
			[]string{"KeyId", "String", "The key.", "k"},
			[]string{"Total", "Integer", "Count.", "1"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Users": {"User": [{"Name": "a"}, {"Name": "b", "Age": 3}]},
			"Keys": {"Key": [{"KeyId": "k"}]}, "Total": 1}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Users,Keys,Total" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	users := op.Response.Properties[0].Schema
	if users.Type != "object" || names(users) != "User" {
		t.Fatalf("Users = %+v", users)
	}
	user := users.Properties[0].Schema
	if user.Type != "array" || user.DocType != "Array of User" || names(user.Items) != "Name,Age" {
		t.Fatalf("Users.User = %+v items %+v", user, user.Items)
	}
	keys := op.Response.Properties[1].Schema
	if names(keys) != "Key" || names(keys.Properties[0].Schema.Items) != "KeyId" {
		t.Fatalf("Keys = %+v", keys)
	}
	if hasWarning(res, "has no type") || hasWarning(res, "not in the JSON example") || !hasWarning(res, "placed under Keys.Key[]") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestSiblingsShareChildNames: flat rows whose containers are rows of the table stay under
// the container row they follow, even where the JSON example (partial) shows the same name
// under a sibling; an inner list with an empty example keeps names its outer object has.
func TestSiblingsShareChildNames(t *testing.T) {
	p := &page.Page{File: "s.md", Title: "# UpdateThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Result", "Struct", "The result.", ""},
			[]string{"aConfig", "Struct", "A.", ""},
			[]string{"amount", "Integer", "Amount.", "1"},
			[]string{"diskType", "String", "Disk type.", "ssd"},
			[]string{"bConfig", "Struct", "B.", ""},
			[]string{"amount", "Integer", "Amount.", "3"},
			[]string{"diskType", "String", "Disk type.", "ssd"},
			[]string{"dicts", "Array of Dict", "Dicts.", ""},
			[]string{"name", "String", "Name.", "a"},
			[]string{"mounts", "Array of Mount", "Mounts.", ""},
			[]string{"Mount", "", "", ""},
			[]string{"name", "String", "Name.", "m"},
			[]string{"id", "String", "ID.", "i"},
			[]string{"name", "String", "Name.", "r"},
			[]string{"id", "String", "ID.", "i"},
			[]string{"cConfig", "Struct", "C.", ""},
			[]string{"diskType", "String", "Disk type.", "ssd"},
		)),
		sec(page.Examples, "Examples", 30, code(31, `{"Result": {"aConfig": {"amount": 1}, "bConfig": {},
			"dicts": [{"name": "a"}], "mounts": {"Mount": []}, "name": "r", "id": "i",
			"cConfig": {"diskType": "ssd", "amount": 2}}}`)),
	}}
	op, res := mustOp(t, p)
	r := op.Response.Properties[0].Schema
	if got := names(r); got != "aConfig,bConfig,dicts,mounts,name,id,cConfig" {
		t.Fatalf("Result = %s (warnings %v)", got, res.Warnings)
	}
	for i, want := range []string{"amount,diskType", "amount,diskType", "", "", "", "", "diskType,amount"} {
		if want == "" {
			continue
		}
		if got := names(r.Properties[i].Schema); got != want {
			t.Errorf("%s = %s, want %s", r.Properties[i].Name, got, want)
		}
	}
	if got := names(r.Properties[2].Schema.Items); got != "name" {
		t.Errorf("dicts[] = %s", got)
	}
	mount := r.Properties[3].Schema.Properties[0].Schema.Items
	if got := names(mount); got != "name,id" {
		t.Errorf("mounts.Mount[] = %s (warnings %v)", got, res.Warnings)
	}
	if hasWarning(res, "duplicate") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestStructRowArrayExample: a row typed Struct whose JSON example is a list of objects
// (an Elasticsearch page) is read without a panic as a list of those objects (no example
// makes one object into a list), its children placed in its items, with a guess warning.
func TestStructRowArrayExample(t *testing.T) {
	p := &page.Page{File: "u.md", Title: "# UpgradeThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Result", "Struct", "The result.", ""},
			[]string{"status", "String", "Status.", "ok"},
			[]string{"validateResult", "Struct", "Checks.", ""},
			[]string{"errorCode", "String", "Code.", "c"},
		)),
		sec(page.Examples, "Examples", 12, code(13, `{"Result": [{"status": "ok", "validateResult": [{"errorCode": "c"}]}]}`)),
	}}
	op, res := mustOp(t, p)
	r := op.Response.Properties[0].Schema
	if r.Type != "array" || r.Items == nil {
		t.Fatalf("Result = %+v, want a list (warnings %v)", r, res.Warnings)
	}
	r = r.Items
	if got := names(r); got != "status,validateResult" || r.Properties[1].Schema.Items == nil || names(r.Properties[1].Schema.Items) != "errorCode" {
		t.Fatalf("Result[] = %s (warnings %v)", got, res.Warnings)
	}
	if !hasWarning(res, "the JSON example shows a list of objects; read as a list of them") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestFlattenedIndexedRows: rows for element 1 and 2 of a flattened list (Filter.1.Key,
// Filter.2.Key) describe the same item field; a name listed twice is a duplicate; a row
// typed as a list (InstanceId.N | RepeatList) is one element of the list, whose items its
// example, a word only a string can be (i-1), shows as strings (a note, not a guess).
func TestFlattenedIndexedRows(t *testing.T) {
	p := &page.Page{File: "f.md", Title: "# DescribeThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Filter.1.Key", "String", "No", "Key of filter 1.", "a"},
			[]string{"Filter.2.Key", "String", "No", "Key of filter 2.", "b"},
			[]string{"Filter.1.Value", "String", "No", "Value of filter 1.", "x"},
			[]string{"Filter.2.Value", "String", "No", "Value of filter 2.", "y"},
			[]string{"InstanceId.N", "RepeatList", "Yes", "An instance ID.", "i-1"},
			[]string{"Tag.N.Key", "String", "No", "A tag key.", "k"},
			[]string{"Tag.N.Key", "String", "No", "A tag key again.", "k"},
		)),
	}}
	op, res := mustOp(t, p)
	if len(op.Params) != 3 {
		t.Fatalf("params = %d (warnings %v)", len(op.Params), res.Warnings)
	}
	f := op.Params[0].Schema
	if f.Type != "array" || names(f.Items) != "Key,Value" || f.Items.Properties[0].Schema.Description != "Key of filter 1." {
		t.Errorf("Filter = %+v items %+v", f, f.Items)
	}
	id := op.Params[1]
	if id.Schema.Type != "array" || id.Schema.Items == nil || id.Schema.Items.Type != "string" || !id.Required {
		t.Errorf("InstanceId = %+v", id.Schema)
	}
	if k, ok := warningKind(res, `flattened row "InstanceId.N" is typed RepeatList with no item type`); !ok || k != page.Info ||
		!hasWarning(res, `duplicate flattened row "Tag.N.Key"`) || hasWarning(res, "Filter") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestUntypedParents: a row typed N/A or with an empty Type cell is an object when rows are
// nested under it (└ markers) or the JSON example shows an object, and a string otherwise,
// warned each way.
func TestUntypedParents(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"User", "N/A", "The user.", ""},
		[]string{"UserName", "String", "The name.", "a"},
		[]string{"Comments", "", "Notes.", ""},
		[]string{"RequestId", "String", "The request.", "r"},
	)
	for i, d := range []int{0, 1, 0, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "g.md", Title: "# GetUser", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "User,Comments,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	u := op.Response.Properties[0].Schema
	if u.Type != "object" || names(u) != "UserName" || u.Description != "The user." {
		t.Errorf("User = %+v", u)
	}
	if c := op.Response.Properties[1].Schema; c.Type != "string" {
		t.Errorf("Comments = %+v", c)
	}
	if !hasWarning(res, `"User" has no type but rows nested under it; read as an object`) ||
		!hasWarning(res, `"Comments" has no type and no rows under it; assuming string`) {
		t.Errorf("warnings = %v", res.Warnings)
	}

	// Rows without depth: the JSON example shows Credentials is an object.
	p = &page.Page{File: "a.md", Title: "# AssumeRole", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Credentials", "", "The credentials.", ""},
			[]string{"AccessKeyId", "String", "The key.", "k"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 12, code(13, `{"Credentials": {"AccessKeyId": "k"}, "RequestId": "r"}`)),
	}}
	op, res = mustOp(t, p)
	if got := names(op.Response); got != "Credentials,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if c := op.Response.Properties[0].Schema; c.Type != "object" || names(c) != "AccessKeyId" || c.Description != "The credentials." {
		t.Errorf("Credentials = %+v", c)
	}
	// The page's own example states the type: a note, which --strict does not fail on.
	if k, ok := warningKind(res, `"Credentials" has no type; the JSON example shows object`); !ok || k != page.Info {
		t.Errorf("want a note on Credentials (the example states the type), got %v %s: %v", ok, k, res.Warnings)
	}
}

// TestUntypedRowExampleWrapper: an untyped row whose JSON example wraps one list ({"Tag":
// [...]}) is that wrapper, which the page's own example states: a note, not a guess.
func TestUntypedRowExampleWrapper(t *testing.T) {
	p := &page.Page{File: "t.md", Title: "# ListTags", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Tags", "", "The tags.", ""},
			[]string{"Key", "String", "The key.", "k"},
		)),
		sec(page.Examples, "Examples", 12, code(13, `{"Tags": {"Tag": [{"Key": "k"}]}}`)),
	}}
	op, res := mustOp(t, p)
	tags := op.Response.Properties[0].Schema
	if tags.Type != "object" || names(tags) != "Tag" || tags.Properties[0].Schema.Items == nil || names(tags.Properties[0].Schema.Items) != "Key" {
		t.Fatalf("Tags = %+v (warnings %v)", tags, res.Warnings)
	}
	if k, ok := warningKind(res, `"Tags" has no type; the JSON example shows a list wrapped in "Tag"`); !ok || k != page.Info {
		t.Errorf("want a note on Tags (the example states the type), got %v %s: %v", ok, k, res.Warnings)
	}
}

// TestMarkerWrapsList: with no JSON example showing it, "Array of X" followed by an item
// row X is the legacy wrapper {"Xs": {"X": [...]}}; a List row whose example is a list of
// scalars has its items, so the next row is its sibling. The sample response starts with
// an HTTP status line and headers; the JSON example of another page shows only the value
// of its Result row.
func TestMarkerWrapsList(t *testing.T) {
	p := &page.Page{File: "w.md", Title: "# CreateGroup", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"Results", "Array of Result", "The results.", ""},
			[]string{"Result", "", "", ""},
			[]string{"InstanceIds", "List", "IDs.", `["i-1"]`},
			[]string{"Code", "String", "Code.", "c"},
		)),
		sec(page.Examples, "Examples", 12, code(13, "HTTP/1.1 200 OK\nContent-Type:application/json\n\n{\"RequestId\": \"r\"}")),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Results" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	rs := op.Response.Properties[1].Schema
	if rs.Type != "object" || names(rs) != "Result" {
		t.Fatalf("Results = %+v", rs)
	}
	item := rs.Properties[0].Schema
	if item.Type != "array" || names(item.Items) != "InstanceIds,Code" {
		t.Fatalf("Results.Result = %+v items %+v", item, item.Items)
	}
	if ids := item.Items.Properties[0].Schema; ids.Items == nil || ids.Items.Type != "string" {
		t.Errorf("InstanceIds = %+v", ids)
	}
	if !hasWarning(res, `its item row "Result" taken as the key that wraps the list`) || hasWarning(res, "JSON example does not parse") {
		t.Errorf("warnings = %v", res.Warnings)
	}

	p = &page.Page{File: "c.md", Title: "# DescribeThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"Result", "Struct", "The result.", ""},
			[]string{"name", "String", "Name.", "n"},
			[]string{"status", "String", "Status.", "s"},
		)),
		sec(page.Examples, "Examples", 12, code(13, `{"name": "n", "status": "s"}`)),
	}}
	op, res = mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Result" || names(op.Response.Properties[1].Schema) != "name,status" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if !hasWarning(res, `the JSON example shows only the value of response field "Result"`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestLocationsWithoutColumn: with no location column, a documented header name travels as
// a header (a Bearer Authorization marks the operation bearer), and a ROA parameter that
// the sample request's JSON body holds travels in the body; the others in the query.
func TestLocationsWithoutColumn(t *testing.T) {
	p := &page.Page{File: "t.md", Title: "# TagResources", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /openapi/tags HTTPS|HTTP")),
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"Authorization", "String", "Yes", "Bearer ${access_token}.", "Bearer AT"},
			[]string{"x-acs-trace", "String", "No", "A trace ID.", "t"},
			[]string{"ResourceIds", "Array of String", "Yes", "The IDs.", `["a"]`},
			[]string{"dryRun", "Boolean", "No", "Check only.", "true"},
		)),
		sec(page.Examples, "Examples", 12, code(13, "POST /openapi/tags?dryRun=true HTTP/1.1\nCommon request header\n{\n  \"ResourceIds\": [\"a\"],\n  \"dryRun\": true\n}")),
	}}
	op, res := mustOp(t, p)
	if op.Auth != opspec.AuthBearer {
		t.Errorf("auth = %q", op.Auth)
	}
	var got []string
	for _, q := range op.Params {
		got = append(got, q.Name+":"+string(q.In))
	}
	if s := strings.Join(got, ","); s != "Authorization:header,x-acs-trace:header,ResourceIds:body,dryRun:query" {
		t.Errorf("params = %s (warnings %v)", s, res.Warnings)
	}
}

// TestROALocationByFallback: a ROA page whose parameters show no location (no column, no
// section, no sample request naming them) places an object or list parameter of a POST in
// the body, and a scalar there too when the call sends an object body or is a PATCH, else in
// the query, each set named in one guess warning. A sample request (even one with no body:
// what it shows of the body is all of it), a request-body section's example holding it, a
// "body" row (the body apart from the other rows) or a method without a body places it
// without a guess.
func TestROALocationByFallback(t *testing.T) {
	rows := [][]string{
		{"clientToken", "String", "No", "A token.", "t"},
		{"dryRun", "Boolean", "No", "Check only.", "true"},
		{"ids", "Array of String", "Yes", "The IDs.", `["a"]`},
		{"config", "Object", "Yes", "The settings.", ""},
	}
	scalars := rows[:2]
	for _, c := range []struct {
		name   string
		syntax string
		extra  []*page.Section
		body   []string // a "body" row first
		want   string
		warns  []string
		rows   [][]string // instead of rows
	}{
		{"no location", "POST /openapi/collectors HTTP/1.1", nil, nil,
			"clientToken:body,dryRun:body,ids:body,config:body",
			[]string{`request parameters "clientToken", "dryRun", "ids", "config" placed in the body: the page shows no location for them`}, nil},
		{"scalars only", "POST /openapi/collectors HTTP/1.1", nil, nil,
			"clientToken:query,dryRun:query",
			[]string{`request parameters "clientToken", "dryRun" placed in the query: the page shows no location for them`}, scalars},
		{"PATCH", "PATCH /openapi/collectors HTTP/1.1", nil, nil,
			"clientToken:body,dryRun:body",
			[]string{`request parameters "clientToken", "dryRun" placed in the body: the page shows no location for them (no location column or section, no sample request naming them); a PATCH call sends its fields in its body`}, scalars},
		{"sample without body", "PATCH /openapi/collectors HTTP/1.1", []*page.Section{
			sec(page.Examples, "Examples", 20, code(21, "PATCH /openapi/collectors HTTP/1.1\nCommon request header")),
		}, nil, "clientToken:query,dryRun:query,ids:body,config:body",
			[]string{`request parameters "ids", "config" placed in the body: the page shows no location for them`,
				`request parameters "clientToken", "dryRun" placed in the query: the page shows no location for them`}, nil},
		{"GET", "GET /openapi/collectors HTTP/1.1", nil, nil,
			"clientToken:query,dryRun:query,ids:query,config:query", nil, nil},
		{"sample", "PUT /openapi/collectors HTTP/1.1", []*page.Section{
			sec(page.Examples, "Examples", 20, code(21, "PUT /openapi/collectors? dryRun=true HTTP/1.1\nCommon request header")),
			sec(page.BodyParams, "Request body", 24, code(25, `{"clientToken": "t", "ids": ["a"]}`)),
		}, nil, "clientToken:body,dryRun:query,ids:body,config:body",
			[]string{`request parameter "config" placed in the body: the page shows no location for it`}, nil},
		{"body row", "POST /openapi/collectors HTTP/1.1", nil, []string{"body", "String", "No", "The body, JSON text.", ""},
			"body:body,clientToken:query,dryRun:query,ids:query,config:query", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			all := rows
			if c.rows != nil {
				all = c.rows
			}
			if c.body != nil {
				all = append([][]string{c.body}, rows...)
			}
			p := &page.Page{File: "c.md", Title: "# CreateCollector", TitleLine: 1, Sections: append([]*page.Section{
				sec(page.RequestSyntax, "Request syntax", 3, code(4, c.syntax)),
				sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader, all...)),
			}, c.extra...)}
			op, res := mustOp(t, p)
			if s := paramLocations(op); s != c.want {
				t.Errorf("params = %s, want %s", s, c.want)
			}
			n := 0
			for _, w := range res.Warnings {
				if strings.Contains(w.Msg, "placed in the") {
					n++
					if w.Kind != page.Guess || w.Line == 0 {
						t.Errorf("warning %v: want a guess with a line", w)
					}
				}
			}
			for _, w := range c.warns {
				if !hasWarning(res, w) {
					t.Errorf("no warning %q in %v", w, res.Warnings)
				}
			}
			if n != len(c.warns) {
				t.Errorf("%d placement warnings, want %d: %v", n, len(c.warns), res.Warnings)
			}
		})
	}
}

// TestCaptionNamesEmptyObject: a table captioned with the name of the object row that ends
// the request table before it ("template | Object" with no fields, then the caption
// "template字段数据结构说明", Elasticsearch UpdateIndexTemplate) holds that object's fields:
// one guess saying the caption names it, where the rows were nested by row order with a
// guess for each and a third calling the caption an unknown heading.
func TestCaptionNamesEmptyObject(t *testing.T) {
	p := &page.Page{File: "u.md", Title: "# UpdateIndexTemplate", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /openapi/templates HTTP/1.1")),
		sec(page.BodyParams, "RequestBody", 5, tbl(6, reqHeader, []string{"priority", "Integer", "No", "The priority.", "30"},
			[]string{"template", "Object", "No", "The template.", ""}), para(10, "template字段数据结构说明"),
			tbl(11, reqHeader, []string{"settings", "String", "No", "The settings.", "{}"}, []string{"mappings", "String", "No", "The mappings.", "{}"})),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, q := range op.Params {
		s := q.Name
		if len(q.Schema.Properties) > 0 {
			var kids []string
			for _, k := range q.Schema.Properties {
				kids = append(kids, k.Name)
			}
			s += "{" + strings.Join(kids, ",") + "}"
		}
		got = append(got, s)
	}
	if s := strings.Join(got, ","); s != "priority,template{settings,mappings}" {
		t.Errorf("params = %s", s)
	}
	if !hasWarning(res, `the table captioned "template字段数据结构说明" read as the fields of template`) {
		t.Errorf("no caption guess in %v", res.Warnings)
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "by row order") || strings.Contains(w.Msg, "the lexicon does not know") {
			t.Errorf("warning %q: the caption names the row", w.Msg)
		}
	}
}

// TestFirstTableLineNoHeading: the line before the first table of a query section (a
// caption such as "Filters") cannot head a section the lexicon does not know, since no
// table of the section came before it; only a later table's line is warned so.
func TestFirstTableLineNoHeading(t *testing.T) {
	row := func(n string) []string { return []string{n, "String", "No", "The " + n + ".", "x"} }
	p := &page.Page{File: "q.md", Title: "# ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "GET /things HTTP/1.1")),
		sec(page.QueryParams, "Query parameters", 5, para(6, "Filters"), tbl(7, reqHeader, row("name")),
			para(10, "Custom fields"), tbl(11, reqHeader, row("color"))),
	}}
	_, res := mustOp(t, p)
	n := 0
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "may head a section") {
			n++
			if !strings.Contains(w.Msg, `"Custom fields"`) {
				t.Errorf("warning on the first table's line: %s", w.Msg)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d heading warnings, want 1 (the second table's): %v", n, res.Warnings)
	}
}

// paramLocations lists an operation's parameters as "name:location", in order.
func paramLocations(op *opspec.Operation) string {
	var got []string
	for _, q := range op.Params {
		got = append(got, q.Name+":"+string(q.In))
	}
	return strings.Join(got, ",")
}

// TestHeaderWordsAsNames: a parameter named like a header that is also a plain word (a ROA
// body field "host", an RPC parameter "Date") is not taken for the header by its name alone;
// Authorization and x-acs-* names are headers, and a location column still places a Host
// header. Elasticsearch InitModel's body field "host" was sent as the Host header.
func TestHeaderWordsAsNames(t *testing.T) {
	for _, c := range []struct {
		name, syntax string
		header       []string
		rows         [][]string
		want         string
	}{
		{"roa body", "POST /openapi/models HTTP/1.1", reqHeader, [][]string{
			{"host", "String", "Yes", "The host.", "h"},
			{"Authorization", "String", "Yes", "Bearer token.", "Bearer t"},
			{"x-acs-trace", "String", "No", "A trace.", "t"},
		}, "host:query,Authorization:header,x-acs-trace:header"}, // a scalar with no location: the query, warned
		{"rpc", "", reqHeader, [][]string{
			{"Action", "String", "Yes", "CheckDate", "CheckDate"},
			{"Date", "String", "Yes", "The day.", "2024-01-01"},
			{"Accept", "Boolean", "No", "Accept it.", "true"},
		}, "Date:query,Accept:query"},
		{"column", "GET /openapi/models HTTP/1.1", []string{"Name", "Type", "Position", "Required", "Description", "Example"}, [][]string{
			{"Host", "String", "Header", "Yes", "The host.", "h"},
		}, "Host:header"},
	} {
		t.Run(c.name, func(t *testing.T) {
			secs := []*page.Section{sec(page.RequestParams, "Request parameters", 5, tbl(6, c.header, c.rows...))}
			if c.syntax != "" {
				secs = append([]*page.Section{sec(page.RequestSyntax, "Request syntax", 3, code(4, c.syntax))}, secs...)
			}
			p := &page.Page{File: "h.md", Title: "# CheckThings", TitleLine: 1, Sections: secs}
			op, _ := mustOp(t, p)
			if s := paramLocations(op); s != c.want {
				t.Errorf("params = %s, want %s", s, c.want)
			}
		})
	}
}

// TestXMLExampleHoldsTree: with no JSON example, the XML example (here one block per line,
// as text dumps give it, after an HTTP head) holds the tree: flat rows land where it shows
// them and fields only it shows are inferred.
func TestXMLExampleHoldsTree(t *testing.T) {
	lines := []string{"HTTP/1.1 200 OK", "Content-Type:application/xml", "<ListThingsResponse>", "<RequestId>r</RequestId>",
		"<Things>", "<Thing>", "<Id>t1</Id>", "<Size>3</Size>", "</Thing>", "</Things>", "</ListThingsResponse>"}
	var blocks []page.Block
	for i, l := range lines {
		blocks = append(blocks, para(20+i, l))
	}
	p := &page.Page{File: "x.md", Title: "# ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"Id", "String", "The ID.", "t1"},
		)),
		sec(page.Examples, "Examples", 19, blocks...),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Things" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	th := op.Response.Properties[1].Schema
	if names(th) != "Thing" || th.Properties[0].Schema.Type != "array" || names(th.Properties[0].Schema.Items) != "Id,Size" {
		t.Fatalf("Things = %+v", th)
	}
	if size := th.Properties[0].Schema.Items.Properties[1].Schema; size.Type != "integer" {
		t.Errorf("Size = %+v", size)
	}
	if !hasWarning(res, "nesting taken from the XML example") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestWrapperShowsOneElement: the JSON example shows an "Array of Group" wrapper holding
// one element object instead of a list; rows after an array row the example does not show
// are its fields, even where the example has the names elsewhere.
func TestWrapperShowsOneElement(t *testing.T) {
	p := &page.Page{File: "o.md", Title: "# DescribeGroups", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Groups", "Array of Group", "The groups.", ""},
			[]string{"Group", "", "", ""},
			[]string{"Name", "String", "The name.", "g"},
			[]string{"Attributes", "Array of Attribute", "The attributes.", ""},
			[]string{"Attribute", "", "", ""},
			[]string{"Value", "String", "A value.", "v"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Groups": {"Group": {"Name": "g"}}, "Other": {"Value": "v"}}`)),
	}}
	op, res := mustOp(t, p)
	g := op.Response.Properties[0].Schema
	if g.Type != "object" || names(g) != "Group" {
		t.Fatalf("Groups = %+v (warnings %v)", g, res.Warnings)
	}
	item := g.Properties[0].Schema
	if item.Type != "array" || names(item.Items) != "Name,Attributes" {
		t.Fatalf("Groups.Group = %+v items %+v", item, item.Items)
	}
	attr := item.Items.Properties[1].Schema
	if names(attr) != "Attribute" || names(attr.Properties[0].Schema.Items) != "Value" {
		t.Errorf("Attributes = %+v (warnings %v)", attr, res.Warnings)
	}
}

// TestOpNameWithoutTitle: excerpts that lost the title still name the operation in the
// sample request, the XML response root or, last, the first sentence (with a warning).
func TestOpNameWithoutTitle(t *testing.T) {
	params := sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
		[]string{"RegionId", "String", "Yes", "The region.", "cn-hangzhou"}))
	cases := []struct {
		name  string
		extra *page.Section
		intro string
		want  string
		warn  string
	}{
		{"sample request", sec(page.Examples, "Examples", 10,
			code(11, "http(s)://[Endpoint]/?Action=CreateCen\n&RegionId=cn-hangzhou")), "Creates a CEN instance.", "CreateCen", ""},
		{"XML root", sec(page.Examples, "Examples", 10,
			page.Block{Kind: page.Code, Line: 11, Lang: "xml", Text: "<?xml version=\"1.0\"?>\n<CreateServiceResponse>\n<requestId>1</requestId>\n</CreateServiceResponse>"}),
			"Creates a service.", "CreateService", ""},
		{"first sentence", sec(page.Other, "Other", 10), "Call ModifyWhiteIps to change the OpenAPI ECS whitelist.", "ModifyWhiteIps", "text above the first heading"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &page.Page{File: "f.txt", Sections: []*page.Section{
				sec(page.Intro, "", 1, para(2, c.intro)), params, c.extra}}
			op, res := mustOp(t, p)
			if op.Name != c.want {
				t.Errorf("name %q, want %q", op.Name, c.want)
			}
			if c.warn != "" && !hasWarning(res, c.warn) {
				t.Errorf("no warning %q: %v", c.warn, res.Warnings)
			}
		})
	}
	// A page whose tables the reader could not make out still has the shape of an operation
	// page: a request syntax line and a parameter section.
	p := &page.Page{File: "f.txt", Sections: []*page.Section{sec(page.Intro, "", 1, para(2, "某某DescribeNodePool某某某。")),
		sec(page.RequestSyntax, "请求语法", 3, page.Block{Kind: page.Code, Line: 4, Lang: "http", Text: "GET /clusters/{ClusterId}/nodepools HTTP/1.1"}),
		sec(page.RequestParams, "请求参数", 5, para(6, "某某 某某 某某"))}}
	if op, _ := mustOp(t, p); op.Name != "DescribeNodePool" {
		t.Errorf("name %q", op.Name)
	}
	// A page without parameter tables is no operation page, whatever its first sentence says.
	p = &page.Page{File: "f.txt", Sections: []*page.Section{sec(page.Intro, "", 1, para(2, "Call ModifyWhiteIps later."))}}
	if _, err := Page(p); err == nil {
		t.Error("page without tables read as an operation")
	}
}

// TestCutJSONExample: on a page cut off part way, the JSON example's complete part gives the
// tree; on a whole page, a broken example is not guessed at.
func TestCutJSONExample(t *testing.T) {
	mk := func(truncated bool) *page.Page {
		return &page.Page{File: "e.txt", Title: "Svc:GetThing", Truncated: truncated, Sections: []*page.Section{
			sec(page.ResponseParams, "Response elements", 5, tbl(6, respHeader)),
			sec(page.Examples, "Examples", 8, code(9, "{\n\"RequestId\": \"x\",\n\"Thing\": {\n\"Id\": 1,\n\"Name\": \"cut")),
		}}
	}
	op, res := mustOp(t, mk(true))
	// The member whose string value the cut ends ("Name": "cut) is there, a string.
	if got := names(op.Response); got != "RequestId,Thing" || names(op.Response.Properties[1].Schema) != "Id,Name" {
		t.Errorf("root = %s, Thing = %s", got, names(op.Response.Properties[1].Schema))
	} else if n := op.Response.Properties[1].Schema.Properties[1].Schema; n.Type != "string" {
		t.Errorf("Thing.Name = %+v", n)
	}
	if !hasWarning(res, "cut off); read for the tree") {
		t.Errorf("warnings = %v", res.Warnings)
	}
	_, res = mustOp(t, mk(false))
	if !hasWarning(res, "JSON example does not parse") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestActionRowValueInDescription: 2017-2018 tables have no Example column; the Action
// row's description names the operation ("value: DescribeDBInstances."), also in Chinese
// text without spaces around the name.
func TestActionRowValueInDescription(t *testing.T) {
	for _, desc := range []string{
		"Required parameter, value: DescribeDBInstances.",
		"The operation that you want to perform. Set the value to DescribeDBInstances.",
		"系统规定参数,取值:DescribeDBInstances。",
	} {
		p := &page.Page{File: "x.txt", Sections: []*page.Section{
			sec(page.RequestParams, "Input parameters", 1, tbl(2, []string{"Name", "Type", "Required", "Description"},
				[]string{"Action", "String", "Yes", desc},
				[]string{"RegionId", "String", "Yes", "The region ID."},
			)),
		}}
		op, res := mustOp(t, p)
		if op.Name != "DescribeDBInstances" || len(op.Params) != 1 {
			t.Errorf("%q: op %q params %d (warnings %v)", desc, op.Name, len(op.Params), res.Warnings)
		}
	}
}

func TestCamelWord(t *testing.T) {
	for in, want := range map[string]string{
		"某某DescribeClusterNodePoolDetail某某某某。": "DescribeClusterNodePoolDetail",
		"Call OpenAPI Explorer or ListUsers.":  "ListUsers",
		"Xxxxxxx xxx Xxxx.":                    "",
		"CreateUser2 does it":                  "CreateUser2",
	} {
		if got := camelWord(in); got != want {
			t.Errorf("camelWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSketchJSON(t *testing.T) {
	for _, c := range []struct{ in, want, fixes string }{
		{`{"a" : Long, "b" : "String", "c" : [ "String" ], "d" : Boolean}`,
			`{"a" : "Long", "b" : "String", "c" : [ "String" ], "d" : "Boolean"}`, "type words for values"},
		{"  \"nodes\" : [ {\n    \"id\" : \"String\",\n    \"ok\" : Boolean,\n    \"na",
			"{\"nodes\" : [ {\n    \"id\" : \"String\",\n    \"ok\" : \"Boolean\"}]}", "type words for values, no opening brace, cut off"},
		// both outer braces lost: the members close all they open
		{"  \"nodes\" : [ {\n    \"id\" : \"String\"\n  } ],\n  \"page\" : {\n    \"total\" : Integer\n  }",
			"{\"nodes\" : [ {\n    \"id\" : \"String\"\n  } ],\n  \"page\" : {\n    \"total\" : \"Integer\"\n  }}", "type words for values, no opening brace"},
		{`{"a": 1, "b": {"c": [1, 2`, `{"a": 1, "b": {"c": [1]}}`, "cut off"},
		{`{"a": 1, "b": {"c": "Stand`, `{"a": 1, "b": {"c": "Stand"}}`, "cut off"}, // a value cut: the member stays
		{`{"a": 1, "b": ["x", "Stand`, `{"a": 1, "b": ["x"]}`, "cut off"},          // an element cut: it goes
		{"{\"a\": 1, \"b\": \"Sta\n\"c\": 2}", "", ""},                             // a line break inside, not the end: broken
		{`{"a": 1, "b": "x\`, `{"a": 1, "b": "x"}`, "cut off"},                     // cut after an escape
		{`{"a": 1, "b": {"c": 2}`, "", ""},                                         // complete-looking but unbalanced: not repaired
		{`{"a": 1 "b": 2}`, "", ""},                                                // plain invalid JSON: nothing to fix
		{`{"a": frobnicate}`, "", ""},                                              // a bare word that is no type
		{`Xxx xxxx xxxxxx.`, "", ""},
	} {
		got, fx, ok := sketchJSON(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("sketchJSON(%q) = %q, want no repair", c.in, got)
			}
			continue
		}
		if !ok || got != c.want || fx.String() != c.fixes {
			t.Errorf("sketchJSON(%q) = %q %q %v, want %q %q", c.in, got, fx, ok, c.want, c.fixes)
		}
	}
}

// TestResponseSyntaxSketch: an old ROA page shows the response only as a syntax sketch
// (type words for values, cut off by the excerpt) and writes the path template without
// braces; its request syntax has the method in lower case.
func TestResponseSyntaxSketch(t *testing.T) {
	p := &page.Page{File: "x.txt", Title: "DescribeNodePool", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 2, para(3, "get /clusters/ClusterId/nodepools http|https")),
		sec(page.RequestParams, "Request parameters", 4, tbl(5, reqHeader,
			[]string{"ClusterId", "String", "Yes", "The cluster.", "c1"},
		)),
		sec(page.ResponseParams, "Response syntax", 7, page.Block{Kind: page.Code, Lang: "json", Line: 8,
			Text: "{\n  \"auto_scaling\" : {\n    \"eip_bandwidth\" : Long,\n    \"enable\" : Boolean,\n    \"type\" : \"String\"\n  },\n  \"labels\" : [ {\n    \"key\" : \"String\",\n    \"val"}),
	}}
	op, res := mustOp(t, p)
	if op.Method != "GET" || op.Path != "/clusters/{ClusterId}/nodepools" || len(op.Params) != 1 || op.Params[0].In != opspec.InPath {
		t.Fatalf("%s %s params %+v (warnings %v)", op.Method, op.Path, op.Params, res.Warnings)
	}
	if got := names(op.Response); got != "auto_scaling,labels" {
		t.Fatalf("response = %s (warnings %v)", got, res.Warnings)
	}
	as := op.Response.Properties[0].Schema
	if names(as) != "eip_bandwidth,enable,type" || as.Properties[0].Schema.Format != "int64" || as.Properties[1].Schema.Type != "boolean" || as.Properties[0].Schema.Example != "" {
		t.Errorf("auto_scaling = %+v", as.Properties[0].Schema)
	}
	if l := op.Response.Properties[1].Schema; l.Type != "array" || names(l.Items) != "key" {
		t.Errorf("labels = %+v", l)
	}
	if !hasWarning(res, "JSON example is a sketch (type words for values, cut off)") || !hasWarning(res, "names parameters without braces") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestFlatMarkersAndUntypedWrapper: an untyped row whose example wraps a list is that
// wrapper (one row depth for the wrapper and its list), and where a layout marks every
// nested row with one └, the example places rows deeper than the marks say.
func TestFlatMarkersAndUntypedWrapper(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"KeyPairs", "", "The key pairs.", ""},
		[]string{"KeyPairName", "String", "The name.", "k"},
		[]string{"Tags", "", "The tags.", ""},
		[]string{"TagKey", "String", "The key.", "t"},
		[]string{"RequestId", "String", "The request.", "r"},
	)
	for i, d := range []int{0, 1, 1, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "k.md", Title: "# DescribeKeyPairs", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 20, code(21, `{"KeyPairs": {"KeyPair": [{"KeyPairName": "k", "Tags": {"Tag": [{"TagKey": "t"}]}}]}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "KeyPairs,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	kp := op.Response.Properties[0].Schema
	if kp.Type != "object" || names(kp) != "KeyPair" || names(kp.Properties[0].Schema.Items) != "KeyPairName,Tags" {
		t.Fatalf("KeyPairs = %+v (warnings %v)", kp, res.Warnings)
	}
	tags := kp.Properties[0].Schema.Items.Properties[1].Schema
	if names(tags) != "Tag" || names(tags.Properties[0].Schema.Items) != "TagKey" {
		t.Errorf("Tags = %+v (warnings %v)", tags, res.Warnings)
	}
}

// TestWrapperItemRow: an untyped row whose example wraps a list, followed by a row named
// as the list's key, is the wrapper and its item row (not two fields of one name).
func TestWrapperItemRow(t *testing.T) {
	p := &page.Page{File: "s.md", Title: "# DescribeStatus", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"InstanceStatuses", "", "The statuses.", ""},
			[]string{"InstanceStatus", "", "One status.", ""},
			[]string{"InstanceId", "String", "The ID.", "i"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"InstanceStatuses": {"InstanceStatus": [{"InstanceId": "i"}]}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	s := op.Response.Properties[0].Schema
	if names(op.Response) != "InstanceStatuses,RequestId" || names(s) != "InstanceStatus" {
		t.Fatalf("root = %s, InstanceStatuses = %+v (warnings %v)", names(op.Response), s, res.Warnings)
	}
	if item := s.Properties[0].Schema.Items; names(item) != "InstanceId" || item.Description != "One status." {
		t.Errorf("InstanceStatus[] = %+v", item)
	}
}

// TestSampleRequestBlocks: a request line in lower case still gives the path template; the
// JSON body of a sample request given as a block of its own (text dumps) places body
// fields and is not taken for the response example.
func TestSampleRequestBlocks(t *testing.T) {
	p := &page.Page{File: "m.txt", Title: "Svc:ModifyIps", Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, para(4, "patch|post /openapi/instances/[InstanceId]/ips HTTPS|HTTP")),
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"InstanceId", "String", "Yes", "The instance.", "i"},
			[]string{"ipList", "List<String>", "Yes", "The IPs.", `["0.0.0.0/0"]`},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 14, para(15, "Sample requests"),
			code(16, "PATCH /openapi/instances/i/ips HTTP/1.1"), para(17, "Common request parameters"),
			code(18, "{\n\"ipList\": [\"0.0.0.0/0\"]\n}"), para(21, "Sample success responses"),
			code(22, `{"RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if op.Method != "PATCH" || op.Path != "/openapi/instances/{InstanceId}/ips" {
		t.Fatalf("%s %s", op.Method, op.Path)
	}
	var got []string
	for _, q := range op.Params {
		got = append(got, q.Name+":"+string(q.In))
	}
	if s := strings.Join(got, ","); s != "InstanceId:path,ipList:body" {
		t.Errorf("params = %s (warnings %v)", s, res.Warnings)
	}
	if !strings.Contains(op.ResponseExample, "RequestId") || hasWarning(res, "ipList") {
		t.Errorf("response example %q (warnings %v)", op.ResponseExample, res.Warnings)
	}
}

// TestRequestBodyFromExample: a list parameter whose example shows objects has their
// fields; a body field that only the sample request shows, where the tables list the
// body's fields, is dropped by name (TestSampleOnlyBodyFields in package scrape keeps
// such fields where no table lists a body field).
func TestRequestBodyFromExample(t *testing.T) {
	p := &page.Page{File: "t.md", Title: "# TagThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /openapi/tags HTTPS|HTTP")),
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"Tags", "Array", "Yes", "The tags.", `[{"key":"env","value":"IT"}]`},
			[]string{"ResourceType", "String", "Yes", "The type.", "INSTANCE"},
		)),
		sec(page.Examples, "Examples", 12, code(13, "POST /openapi/tags HTTP/1.1\n{\"Tags\": [{\"key\": \"env\"}], \"ResourceType\": \"INSTANCE\", \"nodeSpec\": {\"disk\": 40}}")),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, q := range op.Params {
		got = append(got, q.Name+":"+string(q.In))
	}
	if s := strings.Join(got, ","); s != "Tags:body,ResourceType:body" {
		t.Fatalf("params = %s (warnings %v)", s, res.Warnings)
	}
	if tags := op.Params[0].Schema; tags.Items == nil || names(tags.Items) != "key,value" {
		t.Errorf("Tags = %+v", tags)
	}
	if !hasWarning(res, `request body field "nodeSpec" is in the sample request`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestRequestBodyIsNoResponseExample: a JSON body after the sample request line, or in an
// "Example:" section above the response table, is no response example.
func TestRequestBodyIsNoResponseExample(t *testing.T) {
	p := &page.Page{File: "e.txt", Title: "Svc:CreateThing", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 2, tbl(3, reqHeader, []string{"name", "String", "No", "The name.", "a"})),
		sec(page.Examples, "Example:", 5, code(6, `{"name": "a"}`)),
		sec(page.ResponseParams, "Response parameters", 8, tbl(9, respHeader, []string{"requestId", "String", "The request ID.", "x"})),
		sec(page.Examples, "Examples", 11, para(12, "Sample requests"),
			page.Block{Kind: page.Code, Line: 13, Lang: "http", Text: "POST /things HTTP/1.1"},
			para(14, "Common request parameters"), code(15, `{"name": "b"}`),
			para(16, "Sample success responses"), code(17, `{"requestId": "x", "id": 1}`)),
	}}
	op, _ := mustOp(t, p)
	if got := names(op.Response); got != "requestId,id" {
		t.Errorf("response = %s", got)
	}
}

// TestResponseRightAfterCaption: a sample response that follows the sample request with only
// its caption between ("Sample success responses", no "JSON format" label: pages that mark
// the format by a highlighter's class) is the response, not the request's body.
func TestResponseRightAfterCaption(t *testing.T) {
	p := &page.Page{File: "e.html", Title: "Svc:GetRegion", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 2, tbl(3, reqHeader, []string{"regionId", "String", "No", "The region.", "a"})),
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, []string{"Result", "Object", "The result.", ""},
			[]string{"zone", "String", "The zone.", "z"})),
		sec(page.Examples, "Examples", 11, para(12, "Sample requests"), code(13, "GET /openapi/region"),
			para(14, "Sample success responses"), code(15, `{"RequestId": "x", "Result": {"zone": "z"}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Result,RequestId" {
		t.Errorf("response = %s (warnings %v)", got, res.Warnings)
	}
	if r := propNamed(op.Response, "Result"); r == nil || names(r.Schema) != "zone" {
		t.Errorf("Result = %+v", r)
	}
}

func TestSplitTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Identity as a Service:ListGroups":        "ListGroups",
		":CreateInstanceAccount":                  "CreateInstanceAccount",
		"ListInstances - 查询实例列表":                  "ListInstances",
		"GetVideoInfos_视频点播_API文档":                "GetVideoInfos",
		"DeployApplication_Serverless 应用引擎_API文档": "DeployApplication",
		"ListInstances_airec_API文档":               "ListInstances",
		"GetVideoInfos_視頻點播_API文檔":                "GetVideoInfos", // the Traditional portal
		"CreateUser（创建用户）":                        "CreateUser",
		"Welcome to our site":                     "",
	} {
		if _, got := splitTitle(in); got != want {
			t.Errorf("splitTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoOperationName: a page with parameter tables that names its operation nowhere is an
// operation page without a name, not "not an API page".
func TestNoOperationName(t *testing.T) {
	p := &page.Page{File: "f.txt", Sections: []*page.Section{
		sec(page.Intro, "", 1, para(2, "Xxxxx xxx xx xxxxxxxxxxx.")),
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, []string{"AppId", "String", "Yes", "The app.", "a"}))}}
	_, err := Page(p)
	if !errors.Is(err, ErrNoOperationName) || !strings.Contains(err.Error(), "f.txt") {
		t.Fatalf("err = %v", err)
	}
}

// TestOperationNameFromFileName: when the page names its operation nowhere, the one word of
// the file name written like an operation name gives it, as a guess; a file name with no
// such word, or several, leaves the page without a name.
func TestOperationNameFromFileName(t *testing.T) {
	mk := func(file string) *page.Page {
		return &page.Page{File: file, Sections: []*page.Section{
			sec(page.Intro, "", 1, para(2, "Xxxxx xxx xx xxxxxxxxxxx.")),
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, []string{"KeyId", "String", "Yes", "The key.", "k"}))}}
	}
	for file, want := range map[string]string{
		"pages/kms-2016-01-20-Encrypt-spaced.txt": "Encrypt",
		"ecs/en/DescribeRegions.md":               "DescribeRegions",
		"pages/kms-2016-01-20-spaced.txt":         "",
		"pages/Encrypt-Decrypt.txt":               "",
		"pages/KMS-API.txt":                       "",
	} {
		res, err := Page(mk(file))
		if want == "" {
			if !errors.Is(err, ErrNoOperationName) {
				t.Errorf("%s: err = %v, want ErrNoOperationName", file, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if res.Op == nil || res.Op.Name != want || !hasWarning(res, "taken from the file name") {
			t.Errorf("%s: op = %+v, warnings %v; want %s, guessed from the file name", file, res.Op, res.Warnings, want)
		}
	}
}

// TestOperationNameFromURLAndFileName: a page cut off before its tables names its operation
// only by the URL's lower-case slug (".../api-createstack", ".../api-org-2020-03-31-getgroup");
// the file name spelling the same word gives its case, as a guess. A file name spelling
// another word does not.
func TestOperationNameFromURLAndFileName(t *testing.T) {
	for _, c := range []struct{ url, file, want string }{
		{"https://example.com/help/tc/ros/api-createstack", "pages/ros-2019-09-10-CreateStack-concat.txt", "CreateStack"},
		{"https://example.com/help/en/org/developer-reference/api-org-2020-03-31-getgroup", "p/GetGroup.txt", "GetGroup"},
		{"https://example.com/help/en/org/developer-reference/api-org-2020-03-31-getgroup", "p/ListGroups.txt", "getgroup"},
	} {
		p := &page.Page{File: c.file, URL: c.url, Sections: []*page.Section{
			sec(page.Intro, "", 1, para(2, "Xxxxxx a xxxxx.")),
			sec(page.Debug, "Debugging", 3, para(4, "Xxxxxxx Xxxxxxxx."))}}
		res, err := Page(p)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if res.Op == nil || res.Op.Name != c.want {
			t.Fatalf("%s: op = %+v, want %s", c.file, res.Op, c.want)
		}
		if guessed := hasWarning(res, "and the file name"); guessed != (c.want != strings.ToLower(c.want)) {
			t.Errorf("%s: warnings %v: guessed from the file name = %v", c.file, res.Warnings, guessed)
		}
	}
}

// TestPagingFieldBesideList: a table with no depth and no JSON example lists the paging
// fields after a list's items (KmsInstances, KmsInstance array<object>, KmsInstanceId, then
// TotalCount): they describe the list, so row order does not put them inside its items
// nor inside the wrapper that holds only the list, but a wrapper holding more ("data" with
// pageNumber and list) keeps them. Each such placement is warned.
func TestPagingFieldBesideList(t *testing.T) {
	hdr := []string{"Name", "Type", "Description"}
	for _, c := range []struct {
		rows     [][]string
		root     string
		warnName string
	}{
		{[][]string{{"RequestId", "String", "Xxx."}, {"KmsInstances", "Object", "Xxx."}, {"KmsInstance", "Array of KmsInstance", "Xxx."},
			{"KmsInstanceId", "String", "Xxx."}, {"TotalCount", "Integer", "Xxx."}, {"PageSize", "Integer", "Xxx."}},
			"RequestId,KmsInstances,TotalCount,PageSize", "TotalCount"},
		{[][]string{{"data", "object", "Xxx."}, {"pageNumber", "integer", "Xxx."}, {"list", "array<object>", "Xxx."},
			{"id", "string", "Xxx."}, {"totalCount", "integer", "Xxx."}},
			"data", "totalCount"},
	} {
		p := &page.Page{File: "x.txt", Title: "ListThings", TitleLine: 1, Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 2, tbl(3, hdr, c.rows...))}}
		op, res := mustOp(t, p)
		if got := names(op.Response); got != c.root {
			t.Errorf("root = %s, want %s; warnings %v", got, c.root, res.Warnings)
		}
		if c.root == "data" {
			if got := names(op.Response.Properties[0].Schema); got != "pageNumber,list,totalCount" {
				t.Errorf("data = %s; warnings %v", got, res.Warnings)
			}
		}
		if !hasWarning(res, c.warnName+"\" placed beside the list") {
			t.Errorf("no warning about %s; warnings %v", c.warnName, res.Warnings)
		}
	}
}

// TestResponseStructTable: a response row typed with a struct name ("...SetType") and a
// table after a paragraph naming that struct: the table's rows are the row's fields; the
// one field of a set is a list of objects.
func TestResponseStructTable(t *testing.T) {
	p := &page.Page{File: "x.txt", Title: "DescribeScalingConfigurations", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 2,
			tbl(3, []string{"Name", "Type", "Description"},
				[]string{"PageSize", "Integer", "Xxxx."},
				[]string{"ScalingConfigurations", "ScalingConfigurationSetType", "Xxxx."}),
			para(6, "ScalingConfigurationSetType is a set of ScalingConfigurationItemTypes."),
			tbl(7, []string{"Name", "Type", "Description"},
				[]string{"ScalingConfiguration", "ScalingConfigurationItemType", "Xxxx."})),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "PageSize,ScalingConfigurations" {
		t.Fatalf("root = %s; warnings %v", got, res.Warnings)
	}
	set := op.Response.Properties[1].Schema
	if got := names(set); set.Type != "object" || got != "ScalingConfiguration" {
		t.Fatalf("ScalingConfigurations = %s %s; warnings %v", set.Type, got, res.Warnings)
	}
	item := set.Properties[0].Schema
	if item.Type != "array" || item.Items == nil || item.Items.Type != "object" {
		t.Fatalf("ScalingConfigurations.ScalingConfiguration = %+v; warnings %v", item, res.Warnings)
	}
}

// TestListMarkerRow: a row naming the item struct of a "List<X>" row, with no type (as the
// text reader gives a caption "X data structure"), makes the legacy wrapper where no JSON
// example shows the list, as for "Array of X".
func TestListMarkerRow(t *testing.T) {
	p := &page.Page{File: "x.txt", Title: "DescribeDBInstances", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 2, tbl(3, []string{"Name", "Type", "Description"},
			[]string{"DBInstances", "List<DBInstance>", "Xxxx."},
			[]string{"DBInstance", "", ""},
			[]string{"DBInstanceId", "String", "Xxxx."})),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "DBInstances" {
		t.Fatalf("root = %s; warnings %v", got, res.Warnings)
	}
	w := op.Response.Properties[0].Schema
	if got := names(w); w.Type != "object" || got != "DBInstance" {
		t.Fatalf("DBInstances = %s %s; warnings %v", w.Type, got, res.Warnings)
	}
	list := w.Properties[0].Schema
	if list.Type != "array" || list.Items == nil || names(list.Items) != "DBInstanceId" {
		t.Fatalf("DBInstances.DBInstance = %+v; warnings %v", list, res.Warnings)
	}
}

// TestBareArrayRows: a bare "Array" row (no item type) is followed by the fields of its
// items ("Repositories Array" then "RepoName String"), unless the row's own example is a
// list whose elements lack the next row's name (Tags [{"key":...}] then ResourceType).
func TestBareArrayRows(t *testing.T) {
	p := &page.Page{File: "x.txt", Title: "ListRepository", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 2, tbl(3, reqHeader,
			[]string{"Tags", "Array", "Yes", "The tags.", `[{"key":"env","value":"IT"}]`},
			[]string{"ResourceType", "String", "Yes", "The type.", "INSTANCE"},
		)),
		sec(page.ResponseParams, "Response parameters", 6, tbl(7, respHeader,
			[]string{"Repositories", "Array", "The repositories.", ""},
			[]string{"RepoName", "String", "The name.", "test"},
			[]string{"RepoId", "String", "The ID.", "crr-1"},
		)),
	}}
	op, res := mustOp(t, p)
	if len(op.Params) != 2 || op.Params[1].Name != "ResourceType" || names(op.Params[0].Schema.Items) != "key,value" {
		t.Errorf("params = %+v (warnings %v)", op.Params, res.Warnings)
	}
	repos := op.Response.Properties[0].Schema
	if names(op.Response) != "Repositories" || repos.Items == nil || names(repos.Items) != "RepoName,RepoId" {
		t.Errorf("response = %s, Repositories items %+v", names(op.Response), repos.Items)
	}
}

// TestUnnamedObjectRowIsAFrame: an unnamed object row (the "Object Body" row of legacy ROA
// tables) is a frame, not a lost field: no drop warning (so --strict passes), its rows kept;
// an unnamed scalar row is still a dropped field.
func TestUnnamedObjectRowIsAFrame(t *testing.T) {
	p := &page.Page{File: "u.txt", Title: "UpdateThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 2, code(3, "PUT /things/{ThingId} HTTP/1.1")),
		sec(page.RequestParams, "Request parameters", 4, tbl(5, reqHeader,
			[]string{"ThingId", "String", "Yes", "The thing.", "t-1"},
			[]string{"", "Object", "No", "The body.", ""},
			[]string{"name", "String", "No", "The name.", "n"},
			[]string{"", "String", "No", "The e-mail.", "someone@example.com"},
		)),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, q := range op.Params {
		got = append(got, q.Name)
	}
	if strings.Join(got, ",") != "ThingId,name" {
		t.Errorf("params = %v (warnings %v)", got, res.Warnings)
	}
	drops := 0
	for _, w := range res.Warnings {
		if w.Kind == page.Drop {
			drops++
			if !strings.Contains(w.Msg, "someone@example.com") {
				t.Errorf("unexpected drop: %v", w)
			}
		}
	}
	if drops != 1 || !hasWarning(res, "read as a frame") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestFlatMarkersUntypedObject: where one └ marks every nested row, an untyped row the
// example does not show, followed at its depth by rows the example does not show, holds
// those rows; the next row the example shows in the parent closes it.
func TestFlatMarkersUntypedObject(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"Tags", "", "The tags.", ""},
		[]string{"Counts", "", "Counts by kind.", ""},
		[]string{"Disk", "Integer", "Disks.", "1"},
		[]string{"Image", "Integer", "Images.", "2"},
		[]string{"TagKey", "String", "The key.", "t"},
		[]string{"RequestId", "String", "The request.", "r"},
	)
	for i, d := range []int{0, 1, 1, 1, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "t.md", Title: "# DescribeTags", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 20, code(21, `{"Tags": {"Tag": [{"TagKey": "t"}]}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Tags,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	tag := op.Response.Properties[0].Schema.Properties[0].Schema.Items
	if names(tag) != "Counts,TagKey" {
		t.Fatalf("Tag[] = %s (warnings %v)", names(tag), res.Warnings)
	}
	if c := tag.Properties[0].Schema; c.Type != "object" || names(c) != "Disk,Image" {
		t.Errorf("Counts = %+v (warnings %v)", c, res.Warnings)
	}
}

// TestDottedResponseNames: dotted response names (SystemDisk.Category) are the fields of an
// object, as in the request, also where the example shows the dotted names as keys.
func TestDottedResponseNames(t *testing.T) {
	p := &page.Page{File: "d.md", Title: "# DescribeTemplate", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Data", "Struct", "The data.", ""},
			[]string{"ImageId", "String", "The image.", "m"},
			[]string{"SystemDisk.Category", "String", "The category.", "c"},
			[]string{"SystemDisk.Size", "Integer", "The size.", "1"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Data": {"ImageId": "m", "SystemDisk.Category": "c", "SystemDisk.Size": 1}, "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Data,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	data := op.Response.Properties[0].Schema
	if names(data) != "ImageId,SystemDisk" {
		t.Fatalf("Data = %s (warnings %v)", names(data), res.Warnings)
	}
	if sd := data.Properties[1].Schema; sd.Type != "object" || names(sd) != "Category,Size" {
		t.Errorf("SystemDisk = %+v (warnings %v)", sd, res.Warnings)
	}
}

// TestUntypedListThenUntypedItem: an untyped row the example shows as a plain list of
// objects, then an untyped row that is not a key of its elements, is the legacy wrapper
// the table shows ({"Data": {"Item": [...]}}), with a guess warning.
func TestUntypedListThenUntypedItem(t *testing.T) {
	p := &page.Page{File: "r.md", Title: "# DescribeRecommend", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Data", "", "The items.", ""},
			[]string{"Recommend", "", "One item.", ""},
			[]string{"Code", "String", "The code.", "c"},
			[]string{"Scene", "String", "The scene.", "s"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Data": [{"Scene": "s"}], "RequestId": "r"}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Data,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	data := op.Response.Properties[0].Schema
	if data.Type != "object" || names(data) != "Recommend" {
		t.Fatalf("Data = %+v (warnings %v)", data, res.Warnings)
	}
	if list := data.Properties[0].Schema; list.Type != "array" || names(list.Items) != "Code,Scene" {
		t.Errorf("Recommend = %+v (warnings %v)", list, res.Warnings)
	}
	if !hasWarning(res, "shows a plain list; read as the wrapper") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestSortedRowsLeaveNestedObject: with no depth marks and no example of the nesting, a row
// that breaks the name order of the open nested object while it follows the order of an
// outer object's fields belongs to the outer object (tables list each object's fields
// sorted by name).
func TestSortedRowsLeaveNestedObject(t *testing.T) {
	p := &page.Page{File: "e.md", Title: "# DescribeEvents", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Event", "Struct", "The event.", ""},
			[]string{"EventId", "String", "The ID.", "e"},
			[]string{"EventType", "Struct", "The type.", ""},
			[]string{"Code", "Integer", "The code.", "1"},
			[]string{"Name", "String", "The name.", "n"},
			[]string{"ExtendedAttribute", "Struct", "More.", ""},
			[]string{"Device", "String", "The device.", "d"},
			[]string{"Size", "Integer", "The size.", "1"},
			[]string{"ImpactLevel", "String", "The level.", "100"},
		)),
	}}
	op, res := mustOp(t, p)
	ev := op.Response.Properties[0].Schema
	if got := names(ev); got != "EventId,EventType,ExtendedAttribute,ImpactLevel" {
		t.Fatalf("Event = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(ev.Properties[1].Schema); got != "Code,Name" {
		t.Errorf("EventType = %s", got)
	}
	if got := names(ev.Properties[2].Schema); got != "Device,Size" {
		t.Errorf("ExtendedAttribute = %s", got)
	}
}

// TestSortedRowsSiblingStruct: the same order rule where the outer object holds one field
// so far: a second struct after the first struct's sorted fields is its sibling.
func TestSortedRowsSiblingStruct(t *testing.T) {
	p := &page.Page{File: "m.md", Title: "# ModifyTask", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Result", "Struct", "The result.", ""},
			[]string{"expandTask", "Struct", "Expansion.", ""},
			[]string{"cron", "String", "When.", "c"},
			[]string{"nodeCount", "Integer", "Nodes.", "2"},
			[]string{"type", "String", "The trigger.", "t"},
			[]string{"shrinkTask", "Struct", "Shrinking.", ""},
			[]string{"cron", "String", "When.", "c"},
			[]string{"nodeCount", "Integer", "Nodes.", "2"},
		)),
	}}
	op, res := mustOp(t, p)
	r := op.Response.Properties[0].Schema
	if got := names(r); got != "expandTask,shrinkTask" {
		t.Fatalf("Result = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(r.Properties[1].Schema); got != "cron,nodeCount" {
		t.Errorf("shrinkTask = %s", got)
	}
}

// TestExampleShowsWholeObject: a flat table's row that no example shows, after the fields
// of an object the JSON example shows whole ({"TagKey", "TagValue"}), belongs further out;
// unless the next row that the example shows further out sorts before it (tables list each
// object's fields sorted by name): then the object has a field the example leaves out.
func TestExampleShowsWholeObject(t *testing.T) {
	p := &page.Page{File: "r.md", Title: "# DescribeThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"PageNumber", "Integer", "The page.", "1"},
			[]string{"Things", "Array of Thing", "The things.", ""},
			[]string{"Thing", "", "", ""},
			[]string{"Description", "String", "About it.", "d"},
			[]string{"Name", "String", "The name.", "n"},
			[]string{"Tags", "Array of Tag", "The tags.", ""},
			[]string{"Tag", "", "", ""},
			[]string{"TagKey", "String", "The key.", "k"},
			[]string{"TagValue", "String", "The value.", "v"},
			[]string{"ZoneId", "String", "Where it is.", "z"},
			[]string{"TotalCount", "Integer", "How many.", "1"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"PageNumber": 1, "Things": {"Thing": [
			{"Name": "n", "Tags": {"Tag": [{"TagKey": "k", "TagValue": "v"}]}}]}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "PageNumber,Things,TotalCount" {
		t.Errorf("root = %s (warnings %v)", got, res.Warnings)
	}
	thing := op.Response.Properties[1].Schema.Properties[0].Schema.Items
	if got := names(thing); got != "Description,Name,Tags,ZoneId" {
		t.Errorf("Thing = %s (warnings %v)", got, res.Warnings)
	}
	if tag := thing.Properties[2].Schema.Properties[0].Schema.Items; names(tag) != "TagKey,TagValue" {
		t.Errorf("Tag = %s", names(tag))
	}

	// Status after the Region fields the example shows whole, then RequestId, which the
	// example shows at the top: Status would break the top level's order, so it is Region's.
	p = &page.Page{File: "g.md", Title: "# DescribeRegions", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Regions", "Array", "The regions.", ""},
			[]string{"Region", "", "", ""},
			[]string{"LocalName", "String", "The name.", "n"},
			[]string{"RegionId", "String", "The ID.", "r"},
			[]string{"Status", "String", "Sold out or not.", "available"},
			[]string{"RequestId", "String", "The request.", "x"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "x", "Regions": {"Region": [{"RegionId": "r", "LocalName": "n"}]}}`)),
	}}
	op, res = mustOp(t, p)
	if got := names(op.Response); got != "Regions,RequestId" {
		t.Errorf("root = %s (warnings %v)", got, res.Warnings)
	}
	if region := op.Response.Properties[0].Schema.Properties[0].Schema.Items; names(region) != "LocalName,RegionId,Status" {
		t.Errorf("Region = %s (warnings %v)", names(region), res.Warnings)
	}
}

// TestBareArrayMarkerWrapsList: a bare "Array" row whose next row, untyped, names its item
// (SecurityGroupReferences, then SecurityGroupReference) is the legacy wrapper: where the
// example shows no list, as the item key; where it shows a plain list whose elements lack
// that key, the table's wrapper wins as for an untyped list row.
func TestBareArrayMarkerWrapsList(t *testing.T) {
	p := &page.Page{File: "s.md", Title: "# DescribeRefs", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"Refs", "Array", "The references.", ""},
			[]string{"Ref", "", "", ""},
			[]string{"Groups", "Array", "The groups.", ""},
			[]string{"Group", "", "", ""},
			[]string{"AliUid", "String", "The owner.", "1"},
			[]string{"GroupId", "String", "The group.", "g"},
			[]string{"Name", "String", "The name.", "n"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "Refs": [{"Name": "n", "Members": [{"AliUid": "1"}]}]}`)),
	}}
	op, res := mustOp(t, p)
	refs := op.Response.Properties[1].Schema
	if refs.Type != "object" || names(refs) != "Ref" || refs.Properties[0].Schema.Type != "array" {
		t.Fatalf("Refs = %s %s (warnings %v)", refs.Type, names(refs), res.Warnings)
	}
	ref := refs.Properties[0].Schema.Items
	if names(ref) != "Groups,Name,Members" {
		t.Fatalf("Ref = %s (warnings %v)", names(ref), res.Warnings)
	}
	groups := ref.Properties[0].Schema
	if groups.Type != "object" || names(groups) != "Group" || names(groups.Properties[0].Schema.Items) != "AliUid,GroupId" {
		t.Errorf("Groups = %s %s", groups.Type, names(groups))
	}
}

// TestNamedItemRow: an object row named as one of the array<object> row just before it
// ("customFields", then "customField") is that list's item row, whose fields follow.
func TestNamedItemRow(t *testing.T) {
	p := &page.Page{File: "n.txt", Title: "Svc:PatchThing", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"customFields", "array<object>", "No", "The fields.", ""},
			[]string{"customField", "object", "No", "One field.", ""},
			[]string{"fieldName", "string", "No", "The name.", "a"},
		))}}
	op, res := mustOp(t, p)
	if len(op.Params) != 1 || op.Params[0].Name != "customFields" {
		t.Fatalf("params = %+v (warnings %v)", op.Params, res.Warnings)
	}
	items := op.Params[0].Schema.Items
	if items == nil || items.Description != "One field." || names(items) != "fieldName" {
		t.Fatalf("items = %+v (warnings %v)", items, res.Warnings)
	}
	if hasWarning(res, "could not place") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestUntypedWrapperExample: a row with no type whose example shows the legacy wrapper of
// a list ("ListenerPort": [ 80, 443 ]) is that wrapper: an object holding a list whose
// items the elements type.
func TestUntypedWrapperExample(t *testing.T) {
	p := &page.Page{File: "w.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, []string{"Parameter", "Type", "Example", "Description"},
			[]string{"ListenerPorts", "", `"ListenerPort": [ 80, 443 ]`, "The ports."},
			[]string{"RequestId", "String", "r", "The request ID."},
		))}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "ListenerPorts,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	lp := op.Response.Properties[0].Schema
	if lp.Type != "object" || names(lp) != "ListenerPort" {
		t.Fatalf("ListenerPorts = %+v", lp)
	}
	if in := lp.Properties[0].Schema; in.Type != "array" || in.Items == nil || in.Items.Type != "integer" {
		t.Errorf("ListenerPorts.ListenerPort = %+v items %+v", in, in.Items)
	}
	if !hasWarning(res, "example shows the wrapper of list") || hasWarning(res, "assuming string") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestSortedRowsByteOrder: some tables sort each object's fields in byte order (upper case
// first); a row that breaks that order of the open nested object and follows the outer
// object's fields belongs to the outer object.
func TestSortedRowsByteOrder(t *testing.T) {
	p := &page.Page{File: "l.md", Title: "# DescribeThing", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Result", "Struct", "The result.", ""},
			[]string{"ResourceGroupId", "String", "The group.", "rg"},
			[]string{"Tags", "Array of tags", "The tags.", ""},
			[]string{"tagKey", "String", "The key.", "k"},
			[]string{"tagValue", "String", "The value.", "v"},
			[]string{"ZoneInfos", "Array of zoneInfos", "The zones.", ""},
			[]string{"status", "String", "The status.", "s"},
			[]string{"zoneId", "String", "The zone.", "z"},
			[]string{"createdAt", "String", "When.", "2020"},
		)),
	}}
	op, res := mustOp(t, p)
	r := op.Response.Properties[0].Schema
	if got := names(r); got != "ResourceGroupId,Tags,ZoneInfos,createdAt" {
		t.Fatalf("Result = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(r.Properties[2].Schema.Items); got != "status,zoneId" {
		t.Errorf("ZoneInfos = %s", got)
	}
}

// TestOpenRowContainerKeepsFlatRows: a row that the JSON example shows only inside an
// object the table never lists (contentCollection), while a container the table lists as a
// row is open, is that container's field: the example's deeper place is not taken.
func TestOpenRowContainerKeepsFlatRows(t *testing.T) {
	p := &page.Page{File: "l.md", Title: "# ListLogs", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"Result", "Array of Result", "The logs.", ""},
			[]string{"content", "String", "The text.", "c"},
			[]string{"host", "String", "The host.", "h"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "Result": [{"host": "h", "contentCollection": {"content": "c"}}]}`)),
	}}
	op, res := mustOp(t, p)
	item := op.Response.Properties[1].Schema.Items
	if got := names(item); got != "content,host,contentCollection" {
		t.Errorf("Result[] = %s (warnings %v)", got, res.Warnings)
	}
}

// TestTableIntroducedAsBody: a table without a location column that a paragraph of the
// request section introduces as the request body ("... in RequestBody", "RequestBody中")
// lists body fields; the section's first table stays in the query.
func TestTableIntroducedAsBody(t *testing.T) {
	for _, intro := range []string{"You must also specify the following parameters in RequestBody.", "RequestBody中还需填入以下参数。"} {
		p := &page.Page{File: "k.md", Title: "# UpdateWhiteIps", TitleLine: 1, Sections: []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 3, code(4, "PATCH /openapi/instances/{InstanceId}/white-ips HTTP/1.1")),
			sec(page.RequestParams, "Request parameters", 5,
				tbl(6, reqHeader,
					[]string{"InstanceId", "String", "Yes", "The instance.", "es-1"},
					[]string{"modifyMode", "String", "No", "How.", "Cover"},
				),
				para(9, intro),
				tbl(10, reqHeader,
					[]string{"whiteIpList", "List<String>", "Yes", "The list.", `["1.1.1.1"]`},
				),
			),
		}}
		op, res := mustOp(t, p)
		var got []string
		for _, q := range op.Params {
			got = append(got, q.Name+":"+string(q.In))
		}
		if s := strings.Join(got, ","); s != "InstanceId:path,modifyMode:query,whiteIpList:body" {
			t.Errorf("%s: params = %s (warnings %v)", intro, s, res.Warnings)
		}
	}
}

// TestWrapperShowsOneScalar: a list of scalars ("List") whose JSON example is an object
// holding one key with one scalar ({"UnitId": "scu-1"}) is the legacy wrapper showing its
// one element.
func TestWrapperShowsOneScalar(t *testing.T) {
	p := &page.Page{File: "u.md", Title: "# PurchaseUnits", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
			[]string{"UnitIds", "List", "The IDs.", "scu-1"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "UnitIds": {"UnitId": "scu-1"}}`)),
	}}
	op, res := mustOp(t, p)
	ids := op.Response.Properties[1].Schema
	if ids.Type != "object" || names(ids) != "UnitId" {
		t.Fatalf("UnitIds = %s %s (warnings %v)", ids.Type, names(ids), res.Warnings)
	}
	if l := ids.Properties[0].Schema; l.Type != "array" || l.Items == nil || l.Items.Type != "string" {
		t.Errorf("UnitIds.UnitId = %+v", l)
	}
}

// TestFlatMarksAfterExampleDepth: in a table that marks every nested row with one └, once
// the example has shown a row deeper than its mark, the nested rows after it that the
// example does not show stay in the innermost open object (row order), instead of going
// back to the depth the mark gives.
func TestFlatMarksAfterExampleDepth(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"Zones", "", "The zones.", ""},
		[]string{"Resources", "", "The resources.", ""},
		[]string{"Units", "", "The units.", ""},
		[]string{"Max", "Integer", "The most.", "2"},
		[]string{"Value", "String", "The value.", "v"},
		[]string{"Type", "String", "The type.", "t"},
		[]string{"ZoneId", "String", "The zone.", "z"},
		[]string{"RequestId", "String", "The request.", "r"},
	)
	for i, d := range []int{0, 1, 1, 1, 1, 1, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "z.md", Title: "# DescribeResources", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "Zones": {"Zone": [{"ZoneId": "z",
			"Resources": {"Resource": [{"Type": "t", "Units": {"Unit": [{"Value": "v"}]}}]}}]}}`)),
	}}
	op, res := mustOp(t, p)
	zone := op.Response.Properties[0].Schema.Properties[0].Schema.Items
	if got := names(zone); got != "Resources,ZoneId" {
		t.Fatalf("Zone = %s (warnings %v)", got, res.Warnings)
	}
	r := zone.Properties[0].Schema.Properties[0].Schema.Items
	if names(r) != "Units,Type" {
		t.Fatalf("Resource = %s (warnings %v)", names(r), res.Warnings)
	}
	if u := r.Properties[0].Schema.Properties[0].Schema.Items; names(u) != "Max,Value" {
		t.Errorf("Unit = %s (warnings %v)", names(u), res.Warnings)
	}
}

// TestExampleKeysWithSpaces: JSON example keys written with spaces around them
// (" Bandwidths") are read without, with a warning naming them.
func TestExampleKeysWithSpaces(t *testing.T) {
	p := &page.Page{File: "b.md", Title: "# DescribeLimits", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Limits", "", "The limits.", ""},
			[]string{"Max", "Integer", "The most.", "100"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", " Limits": {" Limit": [{"Max": 100}]}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Limits,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	l := op.Response.Properties[0].Schema
	if names(l) != "Limit" || names(l.Properties[0].Schema.Items) != "Max" {
		t.Errorf("Limits = %s (warnings %v)", names(l), res.Warnings)
	}
	if !hasWarning(res, `keys " Limits", " Limit" have spaces around them`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestUntypedRowBeforeRepeatedName: an untyped row followed by a row whose name its
// container already has is an object holding the rows after it, in tables without depth
// marks and in tables that mark every nested row with one └.
func TestUntypedRowBeforeRepeatedName(t *testing.T) {
	for _, depths := range [][]int{nil, {0, 1, 1, 1, 1, 1, 1, 0}} {
		b := tbl(6, respHeader,
			[]string{"Results", "", "The results.", ""},
			[]string{"Code", "String", "The code.", "200"},
			[]string{"InstanceId", "String", "The instance.", "i-1"},
			[]string{"RoleSets", "", "The roles.", ""},
			[]string{"InstanceId", "String", "The instance.", "i-1"},
			[]string{"RoleName", "String", "The role.", "r"},
			[]string{"Message", "String", "The message.", "m"},
			[]string{"RequestId", "String", "The request.", "x"},
		)
		for i, d := range depths {
			b.Table.Rows[i].Depth = d
		}
		p := &page.Page{File: "d.md", Title: "# DetachRoles", TitleLine: 1, Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "x", "Results": {"Result": [{"Message": "m", "InstanceId": "i-1", "Code": "200"}]}}`)),
		}}
		op, res := mustOp(t, p)
		item := op.Response.Properties[0].Schema.Properties[0].Schema.Items
		if got := names(item); got != "Code,InstanceId,RoleSets,Message" {
			t.Fatalf("depths %v: Result = %s (warnings %v)", depths, got, res.Warnings)
		}
		if rs := item.Properties[2].Schema; rs.Type != "object" || names(rs) != "InstanceId,RoleName" {
			t.Errorf("depths %v: RoleSets = %s %s (warnings %v)", depths, rs.Type, names(rs), res.Warnings)
		}
	}
}

// TestSettingsMapFromExample: an object the JSON example alone shows, whose keys are
// settings ("thread_pool.bulk.queue_size") rather than field names, is a map, not an
// object with those keys as fields.
func TestSettingsMapFromExample(t *testing.T) {
	p := &page.Page{File: "s.md", Title: "# DescribeSettings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "Result": {"esConfig": {"thread_pool.bulk.queue_size": "500"}, "name": "n"}}`)),
	}}
	op, res := mustOp(t, p)
	r := op.Response.Properties[1].Schema
	if names(r) != "esConfig,name" {
		t.Fatalf("Result = %s (warnings %v)", names(r), res.Warnings)
	}
	if c := r.Properties[0].Schema; c.Type != "object" || len(c.Properties) != 0 || c.AdditionalProperties == nil {
		t.Errorf("esConfig = %+v", c)
	}
}

// TestHeadersObjectTakesNoFieldNames: an object whose fields are response headers
// (X-Total-Count) does not take the next row named like a body field; it belongs further
// out.
func TestHeadersObjectTakesNoFieldNames(t *testing.T) {
	p := &page.Page{File: "h.md", Title: "# ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Headers", "Struct", "The response headers.", ""},
			[]string{"X-Total-Count", "Integer", "How many.", "10"},
			[]string{"PageSize", "Integer", "The page size.", "1"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Headers,PageSize,RequestId" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(op.Response.Properties[0].Schema); got != "X-Total-Count" {
		t.Errorf("Headers = %s", got)
	}
}

// TestRepeatedNameInsideObjectRow: a row named like the object row it follows (InstanceType
// inside InstanceType), which the example shows only one level out, where that name is
// placed already, is the inner object's field, not a duplicate.
func TestRepeatedNameInsideObjectRow(t *testing.T) {
	p := &page.Page{File: "r.md", Title: "# DescribeRecommendations", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Recommendation", "Struct", "The recommendation.", ""},
			[]string{"InstanceType", "", "The instance type.", ""},
			[]string{"Cores", "Integer", "The cores.", "1"},
			[]string{"InstanceType", "String", "The name.", "ecs.s1.large"},
			[]string{"Memory", "Integer", "The memory.", "8192"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Recommendation": {"InstanceType": {"Cores": 1, "Memory": 8192}}}`)),
	}}
	op, res := mustOp(t, p)
	it := op.Response.Properties[0].Schema.Properties[0].Schema
	if got := names(it); it.Type != "object" || got != "Cores,InstanceType,Memory" {
		t.Errorf("InstanceType = %s %s (warnings %v)", it.Type, got, res.Warnings)
	}
}

// TestBrokenJSONThenXML: where the JSON example does not parse and the XML example holds
// the tree, one warning says both (not "from the table alone" and then "from the XML").
func TestBrokenJSONThenXML(t *testing.T) {
	p := &page.Page{File: "d.md", Title: "# Decrypt", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"KeyId", "String", "The key.", "k"},
		)),
		sec(page.Examples, "Examples", 20,
			code(21, "{\n\"KeyId\": \"k\"\n\"RequestId\": \"r\"\n}"),
			code(26, "<KMS>\n<KeyId>k</KeyId>\n<RequestId>r</RequestId>\n</KMS>")),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "KeyId,RequestId" {
		t.Errorf("root = %s (warnings %v)", got, res.Warnings)
	}
	if !hasWarning(res, "does not parse") || !hasWarning(res, "nesting taken from the XML example at line 26 instead") || hasWarning(res, "table alone") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestListWrapsWrapper: an "Array of Task" row whose JSON example is a list holding the
// legacy wrapper ([{"Task": [...]}]) is read as the wrapper object the example holds.
func TestListWrapsWrapper(t *testing.T) {
	p := &page.Page{File: "t.md", Title: "# DescribeTasks", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"TaskSet", "Array of Task", "The tasks.", ""},
			[]string{"Task", "", "", ""},
			[]string{"SupportCancel", "String", "Whether.", "true"},
			[]string{"TaskId", "String", "The ID.", "t-1"},
			[]string{"TotalCount", "Integer", "How many.", "2"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"TotalCount": 2, "TaskSet": [{"Task": [{"SupportCancel": true, "TaskId": "t-1"}]}]}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "TaskSet,TotalCount" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	ts := op.Response.Properties[0].Schema
	if ts.Type != "object" || names(ts) != "Task" || names(ts.Properties[0].Schema.Items) != "SupportCancel,TaskId" {
		t.Errorf("TaskSet = %s %s (warnings %v)", ts.Type, names(ts), res.Warnings)
	}
}

// TestRequiredWithinParent: a nested row whose Required cell says "Required in <parent>"
// is required within that object, with no guess warning.
func TestRequiredWithinParent(t *testing.T) {
	b := tbl(6, reqHeader,
		[]string{"whiteIpGroup", "Struct", "No", "The group.", ""},
		[]string{"groupName", "String", "Required in whiteIpGroup", "The name.", "g"},
		[]string{"ips", "String", "whiteIpGroup中必填", "The IPs.", "1.1.1.1"},
	)
	for i, d := range []int{0, 1, 1} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "w.md", Title: "# UpdateWhiteIps", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 5, b),
	}}
	op, res := mustOp(t, p)
	g := op.Params[0].Schema
	if names(g) != "groupName,ips" || !g.Properties[0].Required || !g.Properties[1].Required {
		t.Errorf("whiteIpGroup = %s (warnings %v)", names(g), res.Warnings)
	}
	if hasWarning(res, "cannot read Required value") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestNameInItemAndTopLevel: a name the table lists in a list's items and again at the top
// level (TotalCount) lands in both places, whether the example shows it in the items too or
// only at the top level (the items' example then not shown whole).
func TestNameInItemAndTopLevel(t *testing.T) {
	for _, ex := range []string{
		`{"Links": {"Link": [{"Name": "n", "TotalCount": 1, "TotalSize": 2}]}, "TotalCount": 9}`,
		`{"Links": {"Link": [{"Name": "n"}]}, "TotalCount": 9}`,
	} {
		p := &page.Page{File: "l.md", Title: "# DescribeLinks", TitleLine: 1, Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
				[]string{"Links", "Array of Link", "The links.", ""},
				[]string{"Link", "", "", ""},
				[]string{"Category", "String", "The category.", "c"},
				[]string{"Name", "String", "The name.", "n"},
				[]string{"TotalCount", "Integer", "Snapshots in the link.", "1"},
				[]string{"TotalSize", "Long", "Their size.", "2"},
				[]string{"TotalCount", "Integer", "Links.", "9"},
			)),
			sec(page.Examples, "Examples", 20, code(21, ex)),
		}}
		op, res := mustOp(t, p)
		if got := names(op.Response); got != "Links,TotalCount" {
			t.Errorf("%s: root = %s (warnings %v)", ex, got, res.Warnings)
			continue
		}
		if item := op.Response.Properties[0].Schema.Properties[0].Schema.Items; names(item) != "Category,Name,TotalCount,TotalSize" {
			t.Errorf("%s: Link = %s (warnings %v)", ex, names(item), res.Warnings)
		}
		if hasWarning(res, "duplicate") {
			t.Errorf("%s: warnings = %v", ex, res.Warnings)
		}
	}
}

// A query parameter typed Json is a structure sent as its JSON text: a map of any values
// with style json, not a string; an example that is no JSON object is a guess warning. A
// parameter typed a map is sent as its JSON text too (style json), keeping its value type.
func TestJsonTypedParams(t *testing.T) {
	p := &page.Page{File: "j.txt", Title: "# Encrypt", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Action", "String", "Yes", "The operation.", "Encrypt"},
			[]string{"EncryptionContext", "Json", "No", "Context.", `{"Example":"Example"}`},
			[]string{"Names", "Json", "No", "Names.", `["a","b"]`},
			[]string{"Odd", "JSON", "No", "Odd.", `abc`},
			[]string{"Plain", "String", "No", "Plain.", `{"a":1}`},
			[]string{"Context", "String to string map", "No", "Context.", `{"a":"b"}`},
			[]string{"Labels", "Map", "No", "Labels.", ``},
		)),
	}}
	op, res := mustOp(t, p)
	if len(op.Params) != 6 {
		t.Fatalf("params = %d", len(op.Params))
	}
	for i, want := range []string{"object map json", "object map json", "object map json", "string  ", "object map json", "object map json"} {
		s := op.Params[i].Schema
		got := s.Type + " "
		if s.AdditionalProperties != nil {
			got += "map"
		}
		got += " " + s.Style
		if s.Items != nil {
			got = s.Type + " " + s.Style
		}
		if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%s: %q, want %q", op.Params[i].Name, got, want)
		}
	}
	if v := op.Params[4].Schema.AdditionalProperties; v == nil || v.Type != "string" {
		t.Errorf("Context: values %+v, want the strings the page says", v)
	}
	if !hasWarning(res, `parameter "Odd" is typed Json but its example is no JSON object`) ||
		!hasWarning(res, `parameter "Names" is typed Json but its example is no JSON object`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestRowOrderGuessNamesAlternative: in a table without depth and without an example, the
// rows after a nested object's first field are placed in it by row order, which may be
// wrong (they may be the outer object's): each is warned by name, with the outer object
// not taken; not the wrapper of a list, which holds the list alone, and not an outer
// object that has the name already.
func TestRowOrderGuessNamesAlternative(t *testing.T) {
	p := &page.Page{File: "g.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Thing", "object", "The thing.", ""},
			[]string{"Status", "string", "Its status.", "ok"},
			[]string{"Endpoint", "object", "Its endpoint.", ""},
			[]string{"Address", "string", "The address.", "a"},
			[]string{"Status", "string", "The endpoint status.", "ok"},
			[]string{"Zones", "Array of Zone", "The zones.", ""},
			[]string{"Zone", "", "", ""},
			[]string{"ZoneId", "string", "The zone.", "z"},
			[]string{"Domain", "string", "The domain.", "d"},
		)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response.Properties[0].Schema); got != "Status,Endpoint" {
		t.Fatalf("Thing = %s (warnings %v)", got, res.Warnings)
	}
	for _, want := range []string{
		`response field "Status" placed under "Endpoint" by row order; the page shows no depth or example that tells whether it belongs there or under the top level`,
		`response field "Zones" placed under "Endpoint" by row order; the page shows no depth or example that tells whether it belongs there or under "Thing"`,
		`response field "Domain" placed under "Zone" by row order; the page shows no depth or example that tells whether it belongs there or under "Endpoint"`,
	} {
		if !hasWarning(res, want) {
			t.Errorf("no warning %q in %v", want, res.Warnings)
		}
	}
	if hasWarning(res, `under "Zones"`) {
		t.Errorf("the wrapper of a list taken as an alternative: %v", res.Warnings)
	}
}

// TestItemRowRepeatsListType: an unnamed row right after an array<object> row, typed
// array<object> itself, is the item row (some portal pages type it so), not a row whose
// name the site hid.
func TestItemRowRepeatsListType(t *testing.T) {
	p := &page.Page{File: "i.txt", Title: "Svc:ListThings", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Things", "array<object>", "The things.", ""},
			[]string{"", "array<object>", "One thing.", ""},
			[]string{"ThingId", "string", "The ID.", "t"},
		)),
	}}
	op, res := mustOp(t, p)
	items := op.Response.Properties[0].Schema.Items
	if items == nil || items.Description != "One thing." || names(items) != "ThingId" {
		t.Fatalf("items = %+v (warnings %v)", items, res.Warnings)
	}
	if hasWarning(res, "has no name") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestSortedRowsLeaveListAtTopLevel: the top level holds one field so far (a list), whose
// item's fields are sorted; a row that breaks their order while the next row the example
// shows at the top level sorts after it is a top-level field (NextToken after the disks),
// though the example shows it nowhere.
func TestSortedRowsLeaveListAtTopLevel(t *testing.T) {
	p := &page.Page{File: "d.md", Title: "# DescribeItems", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Items", "Array of Item", "The items.", ""},
			[]string{"Item", "", "", ""},
			[]string{"Attached", "String", "When.", "t"},
			[]string{"Size", "Integer", "The size.", "1"},
			[]string{"ZoneId", "String", "The zone.", "z"},
			[]string{"NextToken", "String", "The token.", "n"},
			[]string{"PageNumber", "Integer", "The page.", "1"},
			[]string{"RequestId", "String", "The request.", "r"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"PageNumber": 1, "RequestId": "r", "Items": {"Item": [{"Attached": "t", "Size": 1}]}}`)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Items,NextToken,PageNumber,RequestId" {
		t.Fatalf("top level = %s (warnings %v)", got, res.Warnings)
	}
}

// TestCutExampleRowOrderAlternative: a row the cut-off JSON example does not reach, after a
// nested list the example shows in part, is placed by row order, and the warning says the
// example is cut and names the outer object the row may belong to.
func TestCutExampleRowOrderAlternative(t *testing.T) {
	p := &page.Page{File: "c.txt", Title: "Svc:ListThings", Truncated: true, Sections: []*page.Section{
		sec(page.ResponseParams, "Response elements", 5, tbl(6, respHeader,
			[]string{"Things", "array<object>", "The things.", ""},
			[]string{"ThingId", "string", "The ID.", "t"},
			[]string{"Tags", "array<object>", "The tags.", ""},
			[]string{"TagKey", "string", "The key.", "k"},
			[]string{"OrderId", "string", "The order.", "o"},
		)),
		sec(page.Examples, "Examples", 20, code(21, "{\n\"Things\": [\n{\n\"ThingId\": \"t\",\n\"Tags\": [\n{\n\"TagKey\": \"k")),
	}}
	_, res := mustOp(t, p)
	want := `response field "OrderId" is in the table but not in the JSON example, which is cut off; placed under "Tags" by row order, though it may belong under "Things"`
	if !hasWarning(res, want) {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}

// TestRowOrderGuessObjectStartingWithList: an object whose first field is a list is no
// wrapper of that list: it is the alternative the warning names for a row after the list.
func TestRowOrderGuessObjectStartingWithList(t *testing.T) {
	p := &page.Page{File: "g.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Thing", "object", "The thing.", ""},
			[]string{"Tags", "array<object>", "The tags.", ""},
			[]string{"TagKey", "string", "The key.", "k"},
			[]string{"TagValue", "string", "The value.", "v"},
		)),
	}}
	_, res := mustOp(t, p)
	want := `response field "TagValue" placed under "Tags" by row order; the page shows no depth or example that tells whether it belongs there or under "Thing"`
	if !hasWarning(res, want) {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}

// TestCaptionNamesContainerByPath: a table whose caption names a container row by its
// dotted path ("The Result.contentCollection contains the following parameters.") holds
// that row's fields; they were read at the top level.
func TestCaptionNamesContainerByPath(t *testing.T) {
	p := &page.Page{File: "l.md", Title: "# ListLogs", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5,
			tbl(6, respHeader,
				[]string{"RequestId", "String", "The request.", "r"},
				[]string{"Result", "Array of Result", "The logs.", ""},
				[]string{"collection", "Map", "The log fields.", `{"level": "info"}`},
				[]string{"host", "String", "The node.", "h"},
			),
			para(12, "The Result.collection contains the following parameters."),
			tbl(13, respHeader,
				[]string{"time", "String", "When.", "t"},
				[]string{"level", "String", "The level.", "info"},
			)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,Result" {
		t.Fatalf("top level = %s (warnings %v)", got, res.Warnings)
	}
	item := op.Response.Properties[1].Schema.Items
	if got := names(item); got != "collection,host" {
		t.Fatalf("Result[] = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(item.Properties[0].Schema); got != "time,level" {
		t.Errorf("collection = %s (warnings %v)", got, res.Warnings)
	}
}

// TestNamedItemRowWithoutExampleWarned: in a response that no example shows, a list's item
// row named as one of the list ("Regions | array<object>", then "Region | object") is the
// key of the object legacy responses wrap the list in ({"Regions": {"Region": [...]}}), as
// an untyped marker row is (ecs and sae DescribeRegions, whose SDKs have the wrapper): a
// guess, warned by name; an example that shows a plain list says it is the element.
func TestNamedItemRowWithoutExampleWarned(t *testing.T) {
	mk := func(example string) *page.Page {
		p := &page.Page{File: "r.txt", Title: "Svc:DescribeRegions", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
				[]string{"Regions", "array<object>", "The regions.", ""},
				[]string{"Region", "object", "A region.", ""},
				[]string{"RegionId", "string", "The ID.", "r"},
			))}}
		if example != "" {
			p.Sections = append(p.Sections, sec(page.Examples, "Examples", 20, code(21, example)))
		}
		return p
	}
	op, res := mustOp(t, mk(""))
	regions := op.Response.Properties[0].Schema
	if regions.Type != "object" || names(regions) != "Region" {
		t.Fatalf("Regions = %s %s, want an object holding Region (warnings %v)", regions.Type, names(regions), res.Warnings)
	}
	list := regions.Properties[0].Schema
	if list.Type != "array" || list.Items == nil || names(list.Items) != "RegionId" || list.Items.Description != "A region." {
		t.Fatalf("Regions.Region = %+v (warnings %v)", list, res.Warnings)
	}
	want := `response field "Regions": no JSON example shows it; its item row "Region" taken as the key that wraps the list ("Regions": {"Region": [...]})`
	if !hasWarning(res, want) {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
	op, res = mustOp(t, mk(`{"Regions": [{"RegionId": "r"}]}`))
	if items := op.Response.Properties[0].Schema.Items; items == nil || names(items) != "RegionId" {
		t.Fatalf("with a plain-list example: items = %+v (warnings %v)", items, res.Warnings)
	}
	if hasWarning(res, "read as the list's element") || hasWarning(res, "wraps the list") {
		t.Errorf("warned though the example shows a plain list: %v", res.Warnings)
	}
}

// TestListOfUnlistedStruct: in a table that names a list's item struct in a row of its own
// before the struct's fields ("Things | List<Thing>", then "Thing"), a list of another
// struct followed by a row that does not name it ("Parts | List<Part>", then "Slots |
// List<Slot>") has no fields listed here: its items are objects of unknown fields, warned,
// and the next rows are fields of the outer struct.
func TestListOfUnlistedStruct(t *testing.T) {
	p := &page.Page{File: "d.txt", Title: "Svc:DescribeThings", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Things", "List<Thing>", "The things.", ""},
			[]string{"Thing", "", "", ""},
			[]string{"ThingId", "String", "The ID.", "t"},
			[]string{"Parts", "List<Part>", "The parts.", ""},
			[]string{"Slots", "List<Slot>", "The slots.", ""},
			[]string{"Size", "Integer", "The size.", "1"},
		)),
	}}
	op, res := mustOp(t, p)
	things := op.Response.Properties[0].Schema
	if names(things) != "Thing" || things.Properties[0].Schema.Items == nil {
		t.Fatalf("Things = %s (warnings %v)", names(things), res.Warnings)
	}
	thing := things.Properties[0].Schema.Items
	if got := names(thing); got != "ThingId,Parts,Slots,Size" {
		t.Fatalf("Thing = %s (warnings %v)", got, res.Warnings)
	}
	if parts := thing.Properties[1].Schema; parts.Items == nil || parts.Items.Type != "object" || len(parts.Items.Properties) != 0 {
		t.Errorf("Parts = %+v", parts)
	}
	want := `response field "Parts": the table lists no fields of its items, the struct Part (no row "Part" follows it); read as objects of unknown fields, and "Slots" as the next field`
	if !hasWarning(res, want) {
		t.Errorf("no warning %q in %v", want, res.Warnings)
	}
}

// TestXMLExampleShowsTableTree: where the XML example shows every table name the JSON
// example shows and a container of the table's that the JSON example lacks (it names the
// list otherwise), the XML example holds the tree; a JSON example that shows all the
// table's names keeps it.
func TestXMLExampleShowsTableTree(t *testing.T) {
	mk := func(json string) *page.Page {
		blocks := []page.Block{code(20, "<ListRefsResponse><RequestId>r</RequestId><Refs><Ref><GroupId>g</GroupId>"+
			"<Users><User><Uid>1</Uid><GroupId>g2</GroupId></User><User><Uid>2</Uid><GroupId>g3</GroupId></User></Users>"+
			"</Ref></Refs></ListRefsResponse>"), code(21, json)}
		return &page.Page{File: "x.md", Title: "# ListRefs", TitleLine: 1, Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
				[]string{"RequestId", "String", "The request.", "r"},
				[]string{"Refs", "", "The references.", ""},
				[]string{"Users", "", "The users.", ""},
				[]string{"Uid", "String", "The user.", "1"},
				[]string{"GroupId", "String", "The user's group.", "g2"},
				[]string{"GroupId", "String", "The group.", "g"},
			)),
			sec(page.Examples, "Examples", 19, blocks...),
		}}
	}
	op, res := mustOp(t, mk(`{"RequestId": "r", "Refs": [{"UserRefs": [{"Uid": 1, "GroupId": "g2"}], "GroupId": "g"}]}`))
	if !hasWarning(res, "the JSON example lacks Users, which the table and the XML example at line 20 show; nesting taken from the XML example instead") {
		t.Fatalf("warnings = %v", res.Warnings)
	}
	ref := op.Response.Properties[1].Schema.Properties[0].Schema.Items
	if got := names(ref); got != "Users,GroupId" {
		t.Fatalf("Ref = %s (warnings %v)", got, res.Warnings)
	}
	if got := names(ref.Properties[0].Schema.Properties[0].Schema.Items); got != "Uid,GroupId" {
		t.Errorf("User = %s (warnings %v)", got, res.Warnings)
	}
	_, res = mustOp(t, mk(`{"RequestId": "r", "Refs": {"Ref": [{"Users": {"User": [{"Uid": 1, "GroupId": "g2"}]}, "GroupId": "g"}]}}`))
	if hasWarning(res, "nesting taken from the XML example") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestScalarListItemRowWraps: a list of scalars ("NetworkTypes", which the example shows as
// ["vpc"]) followed by an untyped row named as one of it, with no example of its own
// ("NetworkType"), is the legacy wrapper the table shows ({"NetworkTypes": {"NetworkType":
// [...]}}), warned; the row was a string field of the outer object.
func TestScalarListItemRowWraps(t *testing.T) {
	p := &page.Page{File: "z.md", Title: "# DescribeZones", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Zone", "Struct", "The zone.", ""},
			[]string{"NetworkTypes", "", "The network types.", "vpc"},
			[]string{"NetworkType", "", "The network types.", ""},
			[]string{"ZoneNo", "String", "The zone.", "z"},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"Zone": {"NetworkTypes": ["vpc"], "ZoneNo": "z"}}`)),
	}}
	op, res := mustOp(t, p)
	zone := op.Response.Properties[0].Schema
	if got := names(zone); got != "NetworkTypes,ZoneNo" {
		t.Fatalf("Zone = %s (warnings %v)", got, res.Warnings)
	}
	nt := zone.Properties[0].Schema
	if nt.Type != "object" || names(nt) != "NetworkType" || nt.Properties[0].Schema.Type != "array" ||
		nt.Properties[0].Schema.Items == nil || nt.Properties[0].Schema.Items.Type != "string" {
		t.Fatalf("NetworkTypes = %+v (warnings %v)", nt, res.Warnings)
	}
	if !hasWarning(res, `response field "NetworkTypes": the table shows "NetworkType" as its item row; read as the key that wraps the list`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// A field typed Json nested in a flattened query parameter (KMS UpdateSecret
// ExtendedConfig.CustomData; also below list items: Rule.N.Data) is a structure sent as
// its JSON text under its flattened name, as a top-level one is; a field typed Json inside
// a JSON text stays the text it is.
func TestNestedJsonTypedFields(t *testing.T) {
	p := &page.Page{File: "j.txt", Title: "# UpdateSecret", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Action", "String", "Yes", "The operation.", "UpdateSecret"},
			[]string{"ExtendedConfig", "Object", "No", "Config.", ""},
			[]string{"ExtendedConfig.CustomData", "Json", "No", "Custom data.", `{"DBName":"app"}`},
			[]string{"ExtendedConfig.Odd", "Json", "No", "Odd.", `abc`},
			[]string{"Rule.N.Data", "Json", "No", "Data.", ""},
			[]string{"Rule.N.Key", "String", "No", "Key.", ""},
			[]string{"Outer", "Json", "No", "Outer.", ""},
			[]string{"Outer.Inner", "Json", "No", "Inner.", ""},
		)),
	}}
	op, res := mustOp(t, p)
	find := func(name string) *opspec.Param {
		for _, p := range op.Params {
			if p.Name == name {
				return p
			}
		}
		t.Fatalf("no parameter %s in %v", name, op.Params)
		return nil
	}
	prop := func(s *opspec.Schema, name string) *opspec.Schema {
		for _, c := range s.Properties {
			if c.Name == name {
				return c.Schema
			}
		}
		t.Fatalf("no field %s", name)
		return nil
	}
	desc := func(s *opspec.Schema) string {
		d := s.Type + " " + s.Style
		if s.AdditionalProperties != nil {
			d += " map"
		}
		return d
	}
	ec := find("ExtendedConfig").Schema
	rule := find("Rule").Schema
	outer := find("Outer").Schema
	for _, c := range []struct {
		s    *opspec.Schema
		want string
	}{
		{ec, "object "},
		{prop(ec, "CustomData"), "object json map"},
		{prop(ec, "Odd"), "object json map"},
		{prop(rule.Items, "Data"), "object json map"},
		{prop(rule.Items, "Key"), "string "},
		{outer, "object json"},
		{prop(outer, "Inner"), "string "},
	} {
		if got := desc(c.s); got != c.want {
			t.Errorf("%s: %q, want %q", c.s.Description, got, c.want)
		}
	}
	if !hasWarning(res, `field "ExtendedConfig.Odd" is typed Json but its example is no JSON object`) {
		t.Errorf("warnings = %v", res.Warnings)
	}
	spec := &opspec.Spec{Product: "Kms", Version: "2016-01-20", Style: opspec.RPC, Operations: []*opspec.Operation{op}}
	if err := spec.Validate(); err != nil {
		t.Error(err)
	}
}

// TestROABodyListIsTheWholeBody: a ROA "body" row typed a list and sent in the body is the
// whole request body (a JSON list of its item fields), not a body field named "body".
func TestROABodyListIsTheWholeBody(t *testing.T) {
	b := tbl(6, []string{"Name", "Type", "Position", "Required", "Description"},
		[]string{"InstanceId", "string", "Path", "Yes", "The instance."},
		[]string{"body", "array<object>", "Body", "No", "The nodes."},
		[]string{"host", "string", "", "Yes", "The host."},
		[]string{"port", "integer", "", "No", "The port."},
	)
	for i, d := range []int{0, 0, 1, 1} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "b.html", Title: "ShrinkNode", Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /instances/{InstanceId}/actions/shrink HTTP/1.1")),
		sec(page.RequestParams, "Request parameters", 5, b),
	}}
	op, _ := mustOp(t, p)
	body := op.ParamsIn(opspec.InWholeBody)
	if len(body) != 1 || body[0].Name != "body" || body[0].Schema.Type != "array" || body[0].Schema.Items == nil || names(body[0].Schema.Items) != "host,port" {
		t.Fatalf("whole body = %+v, want body: array of {host, port}", body)
	}
	if len(op.ParamsIn(opspec.InBody)) != 0 {
		t.Errorf("body fields %v, want none", op.ParamsIn(opspec.InBody))
	}
}

// TestBracketedBodyRow: a ROA request row named "(body)", the row of the whole request
// body, is the page's "body" row: typed a map (no field rows after it) it is the whole
// body, as a "body" row typed a list is; with field rows after it they are the body's
// fields. Before, it stayed a body field named "(body)" (an info: no identifier), and a
// "body" row typed an object with no field rows was dropped with an info.
func TestBracketedBodyRow(t *testing.T) {
	for _, name := range []string{"(body)", "body"} {
		b := tbl(6, []string{"Name", "Type", "Position", "Required", "Description"},
			[]string{"InstanceId", "string", "Path", "Yes", "The instance."},
			[]string{name, "Map", "Body", "No", "The settings."},
		)
		p := &page.Page{File: "b.html", Title: "UpdateSettings", Sections: []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 3, code(4, "PUT /instances/{InstanceId}/settings HTTP/1.1")),
			sec(page.RequestParams, "Request parameters", 5, b),
		}}
		op, res := mustOp(t, p)
		body := op.ParamsIn(opspec.InWholeBody)
		if len(body) != 1 || body[0].Name != "body" || body[0].Schema.Type != "object" || len(op.ParamsIn(opspec.InBody)) != 0 {
			t.Errorf("%s: whole body %+v, body fields %v; want body: a map", name, body, op.ParamsIn(opspec.InBody))
		}
		for _, w := range res.Warnings {
			if strings.Contains(w.String(), "body") {
				t.Errorf("%s: warning %q, want none of the body", name, w)
			}
		}
	}
	b := tbl(6, []string{"Name", "Type", "Position", "Required", "Description"},
		[]string{"InstanceId", "string", "Path", "Yes", "The instance."},
		[]string{"(body)", "object", "Body", "Yes", "The body."},
		[]string{"host", "string", "", "Yes", "The host."},
		[]string{"port", "integer", "", "No", "The port."},
	)
	for i, d := range []int{0, 0, 1, 1} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "b.html", Title: "UpdateNode", Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "PUT /instances/{InstanceId}/node HTTP/1.1")),
		sec(page.RequestParams, "Request parameters", 5, b),
	}}
	op, _ := mustOp(t, p)
	var got []string
	for _, q := range op.ParamsIn(opspec.InBody) {
		got = append(got, q.Name)
	}
	if strings.Join(got, ",") != "host,port" {
		t.Errorf("body fields %v, want host, port", got)
	}
}

// TestBracketedFlattenedNames: names that flatten list items with brackets
// ("configs[].content", "Ids[]") nest as Tag.N.Key does, and a row after them stays at the
// top level.
func TestBracketedFlattenedNames(t *testing.T) {
	p := &page.Page{File: "f.html", Title: "CreateCollector", Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 2, code(3, "POST /collectors HTTP/1.1")),
		sec(page.RequestParams, "Request parameters", 4, tbl(5, []string{"Parameter", "Type", "Position", "Required", "Description"},
			[]string{"configs", "array<object>", "Body", "Yes", "The configurations."},
			[]string{"configs[].content", "string", "", "Yes", "The content."},
			[]string{"configs[].fileName", "string", "", "No", "The file name."},
			[]string{"Ids[]", "string", "Body", "No", "An ID."},
			[]string{"dryRun", "boolean", "Body", "No", "A dry run."},
		)),
	}}
	op, _ := mustOp(t, p)
	got := map[string]*opspec.Param{}
	for _, q := range op.Params {
		got[q.Name] = q
	}
	if len(op.Params) != 3 || got["configs"] == nil || got["Ids"] == nil || got["dryRun"] == nil {
		t.Fatalf("params %v, want configs, Ids, dryRun", op.Params)
	}
	if c := got["configs"].Schema; c.Type != "array" || c.Items == nil || names(c.Items) != "content,fileName" {
		t.Errorf("configs = %+v, want a list of {content, fileName}", c)
	}
	if s := got["Ids"].Schema; s.Type != "array" || s.Items == nil || s.Items.Type != "string" {
		t.Errorf("Ids = %+v, want a list of strings", s)
	}
}

// TestInlineCodeExampleListItems: a description's own example in a code span ("Example:
// `[10]`", a table with no Example column) is the example inside it: a list's numbers
// there are read as they are in an Example cell, strings named in a guess, not a silent
// list of strings (gfm+pairdesc, glyph+pairdesc at UNSEEN_STRIDE=1).
func TestInlineCodeExampleListItems(t *testing.T) {
	p := &page.Page{File: "m.md", Title: "Svc:ListPorts", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 5, tbl(6, []string{"Parameter", "Type", "Required", "Description"},
			[]string{"InstanceId", "String", "Yes", "The instance.\nExample: `i-1`"},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, []string{"Parameter", "Type", "Description"},
			[]string{"Ports", "Array", "The ports.\nExample: `[10]`"},
		)),
	}}
	op, res := mustOp(t, p)
	if ex := op.Params[0].Schema.Example; ex != "i-1" {
		t.Errorf("InstanceId example %q", ex)
	}
	if !hasWarning(res, `row "Ports"`) {
		t.Errorf("no warning names Ports: %v", res.Warnings)
	}
}

// TestUnnamedItemRowNoDeeper: groff -Tascii drops a tree's └ glyphs, leaving the blank
// after them, so every nested row is one level deep and an unnamed item row (no name to
// indent) is at the top level: right after a list of objects, in a table whose depths go
// no further than one, that row is still the list's item row, and the nested rows after
// a nested list's item row are placed as rows without depth (here by row order).
func TestUnnamedItemRowNoDeeper(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"Results", "Object", "The results.", ""},
		[]string{"Result", "Array of Object", "The result.", ""},
		[]string{"", "Object", "An item.", ""},
		[]string{"Code", "String", "The code.", "c"},
		[]string{"Message", "String", "The message.", "m"},
		[]string{"Items", "Array of Object", "The items.", ""},
		[]string{"", "Object", "An item.", ""},
		[]string{"Id", "String", "The ID.", "i"},
		[]string{"Total", "Integer", "The total.", "1"},
	)
	for i, d := range []int{0, 1, 0, 1, 1, 0, 0, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "t.txt", Title: "ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "Results,Items,Total" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if r := op.Response.Properties[0].Schema; names(r) != "Result" || r.Properties[0].Schema.Items == nil || names(r.Properties[0].Schema.Items) != "Code,Message" {
		t.Errorf("Results = %+v (warnings %v)", r, res.Warnings)
	}
	if it := op.Response.Properties[1].Schema.Items; it == nil || names(it) != "Id" {
		t.Errorf("Items[] = %+v (warnings %v)", it, res.Warnings)
	}
	if !hasWarning(res, "read as its item row") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}

// TestUnnamedItemRowNoDeeperUntypedList: TestUnnamedItemRowNoDeeper with a list typed
// "array", no item type: the unnamed object row right after it, at the top level, is its
// item row too (it gives the items their type). Before, it was read as a frame at the top
// level, the list's fields placed a level too deep under the list itself, without items.
func TestUnnamedItemRowNoDeeperUntypedList(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"RoleSets", "object", "The sets.", ""},
		[]string{"RoleSet", "array", "The set.", ""},
		[]string{"", "Object", "An item.", ""},
		[]string{"RoleName", "string", "The role.", "r"},
		[]string{"InstanceId", "string", "The instance.", "i"},
		[]string{"Total", "integer", "The total.", "1"},
	)
	for i, d := range []int{0, 1, 0, 1, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "t.txt", Title: "ListThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RoleSets,Total" {
		t.Fatalf("root = %s (warnings %v)", got, res.Warnings)
	}
	if r := op.Response.Properties[0].Schema; names(r) != "RoleSet" || r.Properties[0].Schema.Items == nil || names(r.Properties[0].Schema.Items) != "RoleName,InstanceId" {
		t.Errorf("RoleSets = %+v (warnings %v)", r, res.Warnings)
	}
	if !hasWarning(res, "read as its item row") {
		t.Errorf("warnings = %v", res.Warnings)
	}
}
