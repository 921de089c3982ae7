package ir

import (
	"slices"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

func enumSchema(typ string, values ...string) *opspec.Schema {
	s := &opspec.Schema{Type: typ}
	for _, v := range values {
		s.Enum = append(s.Enum, opspec.EnumValue{Value: v})
	}
	return s
}

func testSpec() *opspec.Spec {
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC,
		Operations: []*opspec.Operation{
			{Name: "GetInstance", Params: []*opspec.Param{
				{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: &opspec.Schema{Type: "string"}},
				{Name: "Mode", In: opspec.InQuery, Schema: enumSchema("integer", "1", "2", "x")},
				{Name: "Verbose", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean"}},
				{Name: "Limit", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}},
				{Name: "ClientToken", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string"}},
			}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Instance", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "Status", Schema: enumSchema("string", "running", "stopped")},
					{Name: "Tags", Schema: &opspec.Schema{Type: "array", Items: enumSchema("string", "a")}},
				}}},
			}}},
			{Name: "Listed", OverviewOnly: true},
			nil,
		},
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build(nil, ""); err == nil {
		t.Error("nil spec: no error")
	}
	if p, err := Build(&opspec.Spec{}, ""); err != nil || p.Name != "api" {
		t.Errorf("empty spec: %v, package %v", err, p)
	}
	if _, err := Build(testSpec(), "not a name"); err == nil {
		t.Error("bad package name: no error")
	}
}

func TestBuild(t *testing.T) {
	p, err := Build(testSpec(), "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "eiam20211201" {
		t.Errorf("package %q", p.Name)
	}
	if len(p.OverviewOnly) != 1 || len(p.Ops) != 1 {
		t.Fatalf("ops %d, overview-only %d", len(p.Ops), len(p.OverviewOnly))
	}
	o := p.Op("GetInstance")
	if o == nil || o.Name != "GetInstance" || o.Descriptor != "opGetInstance" || o.HTTPMethod != "POST" || o.Path != "/" || !o.Idempotent {
		t.Fatalf("operation %+v", o)
	}
	want := map[string]string{
		"InstanceId":  "string",
		"Mode":        "*GetInstanceRequestMode", // optional integer enum: a pointer, whatever its values
		"Verbose":     "*bool",
		"Limit":       "int64",
		"ClientToken": "string",
	}
	for _, f := range o.Request.Fields {
		if got := f.Type.String(); got != want[f.Name] {
			t.Errorf("request field %s: %s, want %s", f.Name, got, want[f.Name])
		}
	}
	if o.ClientToken == nil || o.ClientToken.Name != "ClientToken" {
		t.Errorf("client token %+v", o.ClientToken)
	}
	inst := o.Response.Fields[0].Type.Struct
	if got := inst.Fields[0].Type.String(); got != "GetInstanceResponseInstanceStatus" {
		t.Errorf("Instance.Status: %s", got)
	}
	if got := inst.Fields[1].Type.String(); got != "[]GetInstanceResponseInstanceTag" {
		t.Errorf("Instance.Tags: %s", got)
	}
	var mode *Enum
	for _, e := range p.Enums {
		if e.Name == "GetInstanceRequestMode" {
			mode = e
		}
	}
	if mode == nil || len(mode.Values) != 2 || mode.Values[0].Name != "GetInstanceRequestMode1" {
		t.Errorf("integer enum keeps the values that parse: %+v", mode)
	}
}

// TestBuildDeepNesting: a schema nested past maxDepth ends in `any`, without recursing on.
func TestBuildDeepNesting(t *testing.T) {
	s := testSpec()
	deep := &opspec.Schema{Type: "string"}
	for range 100 {
		deep = &opspec.Schema{Type: "array", Items: deep}
	}
	s.Operations[0].Response.Properties = append(s.Operations[0].Response.Properties, &opspec.Property{Name: "Deep", Schema: deep})
	if _, err := Build(s, ""); err != nil {
		t.Fatal(err)
	}
}

// TestMethodNames numbers operations whose Go names clash case-insensitively, in name
// order, and keeps the Client's own methods free; overview-only operations get none.
func TestMethodNames(t *testing.T) {
	p, err := Build(&opspec.Spec{Operations: []*opspec.Operation{
		{Name: "Get-User"}, {Name: "GetUser"}, {Name: "Runtime"}, {Name: "getuser"}, {Name: "Listed", OverviewOnly: true},
	}}, "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Get-User": "GetUser", "GetUser": "GetUser2", "Runtime": "Runtime2", "getuser": "Getuser3"}
	for k, v := range want {
		if o := p.Op(k); o == nil || o.Name != v {
			t.Errorf("method of %s = %+v, want %q", k, o, v)
		}
	}
	if p.Op("Listed") != nil {
		t.Error("an overview-only operation got a method")
	}
}

// TestErrorCodes: documented error codes become one constant per code, named from the code,
// with the statuses and the methods that document it; naming them never renames a type.
func TestErrorCodes(t *testing.T) {
	spec := testSpec()
	spec.Operations[0].Errors = []opspec.ErrorCode{
		{HTTPStatus: 404, Code: "EntityNotExists.Instance", Message: "The instance does not exist."},
		{HTTPStatus: 400, Code: "InvalidParameter"},
		{HTTPStatus: 0, Code: " "},
	}
	spec.Operations = append(spec.Operations, &opspec.Operation{Name: "DeleteInstance", Errors: []opspec.ErrorCode{
		{HTTPStatus: 400, Code: "InvalidParameter", Message: "The parameter is invalid."},
		{HTTPStatus: 409, Code: "InvalidParameter"},
		{HTTPStatus: 403, Code: "Forbidden-Instance"},
		{HTTPStatus: 403, Code: "Forbidden.Instance"},
	}})
	p, err := Build(spec, "")
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name, code, msg string
		statuses        []int
		ops             []string
	}
	want := []row{
		{"ErrCodeEntityNotExistsInstance", "EntityNotExists.Instance", "The instance does not exist.", []int{404}, []string{"GetInstance"}},
		{"ErrCodeForbiddenInstance", "Forbidden-Instance", "", []int{403}, []string{"DeleteInstance"}},
		{"ErrCodeForbiddenInstance2", "Forbidden.Instance", "", []int{403}, []string{"DeleteInstance"}},
		{"ErrCodeInvalidParameter", "InvalidParameter", "The parameter is invalid.", []int{400, 409}, []string{"DeleteInstance", "GetInstance"}},
	}
	if len(p.Errors) != len(want) {
		t.Fatalf("%d error codes, want %d: %+v", len(p.Errors), len(want), p.Errors)
	}
	for i, w := range want {
		e := p.Errors[i]
		if e.Name != w.name || e.Code != w.code || e.Message != w.msg || !slices.Equal(e.HTTPStatuses, w.statuses) || !slices.Equal(e.Ops, w.ops) {
			t.Errorf("error %d = %+v, want %+v", i, *e, w)
		}
	}
	// The types of the spec without error codes keep their names.
	plain, _ := Build(testSpec(), "")
	if got, was := p.Op("GetInstance").Request.Name, plain.Op("GetInstance").Request.Name; got != was {
		t.Errorf("error codes renamed %s to %s", was, got)
	}
}

// TestBearerAuthorizationNotAField: a bearer operation's documented Authorization header is
// sent by the runtime from the client's token, so it is no request field; on an AccessKey
// operation an Authorization parameter stays an ordinary field.
func TestBearerAuthorizationNotAField(t *testing.T) {
	mk := func(auth opspec.Auth) *opspec.Spec {
		return &opspec.Spec{Product: "Dev", Version: "2022-02-25", Style: opspec.ROA, Operations: []*opspec.Operation{{
			Name: "GetUser", Style: opspec.ROA, Method: "GET", Path: "/v2/{userId}", Auth: auth, Params: []*opspec.Param{
				{Name: "Authorization", In: opspec.InHeader, Required: true, Schema: &opspec.Schema{Type: "string"}},
				{Name: "userId", In: opspec.InPath, Required: true, Schema: &opspec.Schema{Type: "string"}},
			}}}}
	}
	fields := func(auth opspec.Auth) []string {
		p, err := Build(mk(auth), "")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range p.Ops[0].Request.Fields {
			out = append(out, f.Wire)
		}
		return out
	}
	if got := fields(opspec.AuthBearer); len(got) != 1 || got[0] != "userId" {
		t.Errorf("bearer request fields %v, want [userId]", got)
	}
	if got := fields(opspec.AuthAK); len(got) != 2 {
		t.Errorf("AccessKey request fields %v, want Authorization and userId", got)
	}
}

// TestEndpoints: the client gets the documented hosts the runtime would not build itself
// (<product>.<region>.aliyuncs.com, product lower-cased), in spec order, and a variable
// name only when there are some.
func TestEndpoints(t *testing.T) {
	s := testSpec()
	s.Product = "Ecs"
	s.Endpoints = []opspec.Endpoint{
		{Region: "cn-qingdao", Host: "ecs.cn-qingdao.aliyuncs.com"},
		{Region: "cn-hangzhou", Host: "ecs-cn-hangzhou.aliyuncs.com"},
		{Region: "cn-hangzhou-finance", Host: "ecs.aliyuncs.com"},
	}
	p, err := Build(s, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := s.Endpoints[1:]; !slices.Equal(p.Endpoints, want) || p.EndpointsVar != "regionEndpoints" {
		t.Errorf("endpoints %v in %q, want %v", p.Endpoints, p.EndpointsVar, want)
	}
	s.Endpoints = s.Endpoints[:1]
	if p, _ = Build(s, ""); p.Endpoints != nil || p.EndpointsVar != "" {
		t.Errorf("pattern hosts only: %v in %q", p.Endpoints, p.EndpointsVar)
	}
}

// A parameter sent as JSON text keeps its Go structure and is marked JSONText; an untyped
// map (Json) is map[string]any.
func TestJSONTextParams(t *testing.T) {
	spec := &opspec.Spec{Product: "Kms", Version: "2016-01-20", Style: opspec.RPC, Operations: []*opspec.Operation{{
		Name: "Encrypt", Style: opspec.RPC, Method: "POST", Path: "/",
		Params: []*opspec.Param{
			{Name: "EncryptionContext", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Style: opspec.JSONStyle, AdditionalProperties: &opspec.Schema{}}},
			{Name: "Names", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Style: opspec.JSONStyle, Items: &opspec.Schema{Type: "string"}}},
			{Name: "Plain", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", AdditionalProperties: &opspec.Schema{Type: "string"}}},
		},
	}}}
	p, err := Build(spec, "kms")
	if err != nil {
		t.Fatal(err)
	}
	fs := p.Ops[0].Request.Fields
	for i, want := range []struct {
		typ  string
		json bool
	}{{"map[string]any", true}, {"[]string", true}, {"map[string]string", false}} {
		if got := fs[i].Type.String(); got != want.typ || fs[i].JSONText != want.json {
			t.Errorf("%s: %s JSONText=%v, want %s JSONText=%v", fs[i].Wire, got, fs[i].JSONText, want.typ, want.json)
		}
	}
}

// TestDeprecatedTwinFieldNames: where one struct has a wire name twice in two letter cases
// and one of them is deprecated ("value" next to "Value"), the current one is the plain Go
// field and the deprecated one is marked in its name, whichever comes first on the page; the
// wire names stay. Without a deprecated twin, clashes keep their numeric suffixes.
func TestDeprecatedTwinFieldNames(t *testing.T) {
	str := func(deprecated bool) *opspec.Schema { return &opspec.Schema{Type: "string", Deprecated: deprecated} }
	tag := &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "value", Schema: str(true)}, {Name: "Key", Schema: str(false)},
		{Name: "Value", Schema: str(false)}, {Name: "key", Schema: str(true)},
		{Name: "Name", Schema: str(false)}, {Name: "name", Schema: str(false)},
	}}
	p, err := Build(&opspec.Spec{Product: "Ecs", Version: "2014-05-26", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "DescribeThings", Params: []*opspec.Param{
			{Name: "regionId", In: opspec.InQuery, Schema: str(true)},
			{Name: "RegionId", In: opspec.InQuery, Schema: str(false)},
			{Name: "Tag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: tag}},
		}},
	}}, "")
	if err != nil {
		t.Fatal(err)
	}
	o := p.Op("DescribeThings")
	var got []string
	for _, f := range o.Request.Fields {
		got = append(got, f.Wire+"="+f.Name)
		if f.Wire == "Tag" {
			for _, g := range f.Type.Elem.Struct.Fields {
				got = append(got, g.Wire+"="+g.Name)
			}
		}
	}
	want := []string{"regionId=RegionIdDeprecated", "RegionId=RegionId", "Tag=Tag",
		"value=ValueDeprecated", "Key=Key", "Value=Value", "key=KeyDeprecated", "Name=Name", "name=Name2"}
	if !slices.Equal(got, want) {
		t.Errorf("fields %q, want %q", got, want)
	}
}
