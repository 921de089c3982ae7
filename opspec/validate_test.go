package opspec

import (
	"strings"
	"testing"
)

func TestValidateRichFixture(t *testing.T) {
	s := richSpec()
	if err := s.Validate(); err != nil {
		t.Fatalf("rich fixture should have no errors: %v", err)
	}
	// It has odd names and mistyped examples on purpose: those are warnings.
	var warnings []string
	for _, p := range s.Lint() {
		if !p.Warning {
			t.Errorf("unexpected error: %v", p)
		}
		warnings = append(warnings, p.Error())
	}
	all := strings.Join(warnings, "\n")
	for _, want := range []string{
		`warning: operation "Describe-Odd.Name{x}": operation name is not an identifier`,
		`operation "Describe-Odd.Name{x}": param "1st param" (query): parameter name is not an identifier`,
		`operation "Describe-Odd.Name{x}": param "Mode" (query): enum value "fast" is not a integer`,
		`operation "Describe-Odd.Name{x}": param "Kind" (query): enum value "a" listed twice`,
		`operation "ListUsers": param "applicationId" (path): path parameter not marked required`,
		`operation "CreateUser": Response.userId: example "not-a-number" is not a integer`,
		`operation "GetToken": ResponseExample: not valid JSON`,
		`operation "中文操作": operation name is not an identifier`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing warning %q in:\n%s", want, all)
		}
	}
}

func TestValidateFindsErrors(t *testing.T) {
	str := &Schema{Type: "string"}
	s := &Spec{
		Product: "P", Version: "2020-01-01", Style: "rest", Auth: "token",
		Operations: []*Operation{
			{Name: "Zed", Method: "POST", Path: "/", Style: RPC},
			{Name: "A", Style: RPC, Method: "GET", Path: "/x", Params: []*Param{
				{Name: "Id", In: InPath, Required: true, Schema: str},
				{Name: "Q", In: InQuery, Schema: str},
				{Name: "Q", In: InQuery, Schema: str},
				{Name: "Nil", In: InQuery},
				{Name: "C", In: "cookie", Schema: str},
			}},
			{Name: "A", Style: ROA, Method: "get", Path: "/u/{id}/{other}", Params: []*Param{
				{Name: "id", In: InPath, Required: true, Schema: str},
				{Name: "stray", In: InPath, Required: true, Schema: str},
				{Name: "list", In: InBody, Schema: &Schema{Type: "array"}},
				{Name: "obj", In: InBody, Schema: &Schema{Type: "object", Properties: []*Property{
					{Name: "x", Schema: &Schema{Type: "long"}}, {Name: "x", Schema: str}, {Name: "y"},
				}}},
			}},
			{Name: "B", Style: ROA, ResponseHeaders: []*Header{
				{Name: "ETag", Schema: str}, {Name: "etag", Schema: str}, {Name: "Bad Name", Schema: str},
				{Name: "NoSchema"}, {Name: "List", Schema: &Schema{Type: "array"}}, nil,
			}},
			{Name: "C", Style: ROA, Method: "PUT", Path: "/c", Params: []*Param{
				{Name: "body", In: InWholeBody, Schema: str},
				{Name: "field", In: InBody, Schema: str},
			}},
			{Name: "D", Style: RPC, Method: "POST", Path: "/", Params: []*Param{
				{Name: "body", In: InWholeBody, Schema: str},
				{Name: "J1", In: InQuery, Schema: &Schema{Type: "string", Style: JSONStyle}},
				{Name: "J2", In: InQuery, Schema: &Schema{Type: "object", Style: "xml"}},
				{Name: "J3", In: InQuery, Schema: &Schema{Type: "array", Items: &Schema{Type: "object", Style: JSONStyle}}},
				// a field of a flattened parameter may be JSON text (J4 is right), not one of a
				// JSON text (J5), nor a string (J6)
				{Name: "J4", In: InQuery, Schema: &Schema{Type: "array", Items: &Schema{Type: "object", Properties: []*Property{
					{Name: "Data", Schema: &Schema{Type: "object", Style: JSONStyle}}}}}},
				{Name: "J5", In: InQuery, Schema: &Schema{Type: "object", Style: JSONStyle, Properties: []*Property{
					{Name: "Data", Schema: &Schema{Type: "object", Style: JSONStyle}}}}},
				{Name: "J6", In: InForm, Schema: &Schema{Type: "object", Properties: []*Property{
					{Name: "Data", Schema: &Schema{Type: "string", Style: JSONStyle}}}}},
			}},
		},
		Groups: []Group{{Name: "G", Operations: []string{"Missing"}}},
		Endpoints: []Endpoint{
			{Region: "cn-hangzhou", Host: "p.cn-hangzhou.aliyuncs.com"},
			{Region: "Hangzhou", Host: "p.aliyuncs.com"},
			{Region: "cn-beijing", Host: "https://p.cn-beijing.aliyuncs.com"},
			{Region: "cn-shanghai", Host: "p.aliyuncs.com\t"},
			{Region: "cn-hangzhou", Host: "p.aliyuncs.com"},
		},
	}
	err := s.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{
		`Style: style "rest" is neither RPC nor ROA`,
		`Auth: unknown auth "token"`,
		`operation "A": operations are not sorted by name`,
		`operation "A": operation name is not unique`,
		`operation "A": Path: RPC operation path is "/x", not "/"`,
		`operation "A": param "Q" (query): duplicate parameter`,
		`operation "A": param "Nil" (query): no schema`,
		`operation "A": param "C" (cookie): unknown location "cookie"`,
		`operation "A": Params: RPC operation has path parameters [Id]`,
		`operation "A": Method: "get" is not an upper-case HTTP method`,
		`operation "A": Path: template {other} has no path parameter`,
		`operation "A": Path: path parameter "stray" is not in the path template "/u/{id}/{other}"`,
		`operation "A": param "list" (body): array without items`,
		`operation "A": param "obj" (body).x: type "long" is not one of`,
		`operation "A": param "obj" (body).x: duplicate property`,
		`operation "A": param "obj" (body).y: no schema`,
		`operation "B": Method: no HTTP method`,
		`operation "B": Path: no path`,
		`operation "B": response header "etag": duplicate response header`,
		`operation "B": response header "Bad Name": not an HTTP header name`,
		`operation "B": response header "NoSchema": no schema`,
		`operation "B": response header "List": array without items`,
		`operation "B": ResponseHeaders[5]: nil response header`,
		`operation "C": param "body" (wholebody): a whole-body parameter must be the only body parameter (the operation has 2)`,
		`operation "D": param "body" (wholebody): whole-body parameter on an RPC operation`,
		`operation "D": param "J1" (query): style "json" on a "string" schema`,
		`operation "D": param "J2" (query): style "xml" is not "json"`,
		`operation "D": param "J3" (query): style "json" inside a value`,
		`operation "D": param "J5" (query): style "json" inside a value`,
		`operation "D": param "J6" (form).Data: style "json" on a "string" schema`,
		`Endpoints[1]: region "Hangzhou" is not a region ID`,
		`Endpoints[2]: host "https://p.cn-beijing.aliyuncs.com" of region "cn-beijing" is not a host name`,
		`Endpoints[3]: host "p.aliyuncs.com\t" of region "cn-shanghai" is not a host name`,
		`Endpoints[4]: region "cn-hangzhou" is listed twice`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "warning:") {
		t.Errorf("Validate returned warnings:\n%s", msg)
	}
	if strings.Contains(msg, `"J4"`) {
		t.Errorf("a field of a flattened parameter sent as JSON text is right:\n%s", msg)
	}
	if strings.Contains(msg, "Missing") {
		t.Errorf("unknown group member is a warning, not an error")
	}
}
