package diff

import (
	"slices"

	"github.com/acsgen/acsgen/opspec"
)

// Fixtures for the per-check golden tests: each starts from rpcSpec or roaSpec on both
// sides, edits one or both, and names the exact set of change IDs it must produce. The
// expected sets are written by hand here; -update only serializes them.

func str(ex string) *opspec.Schema { return &opspec.Schema{Type: "string", Example: ex} }

func obj(props ...*opspec.Property) *opspec.Schema {
	return &opspec.Schema{Type: "object", Properties: props}
}

func prop(name string, s *opspec.Schema) *opspec.Property {
	return &opspec.Property{Name: name, Schema: s}
}

func enum(typ string, values ...string) *opspec.Schema {
	s := &opspec.Schema{Type: typ}
	for _, v := range values {
		s.Enum = append(s.Enum, opspec.EnumValue{Value: v})
	}
	return s
}

// rpcSpec is an RPC product like EIAM 2021-12-01: three operations with enums, nested
// responses, paging, ClientToken, RAM and error codes.
func rpcSpec() *opspec.Spec {
	ram := func(action, level string) *opspec.RAM {
		return &opspec.RAM{Actions: []opspec.RAMAction{{
			Action: action, AccessLevel: level,
			Resources:     []opspec.RAMResource{{Type: "Instance", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instance/{#InstanceId}"}},
			ConditionKeys: []string{"acs:ResourceTag/${TagKey}"},
		}}}
	}
	src := func(name, date string) opspec.Source {
		return opspec.Source{File: "pages/" + name + ".txt", URL: "https://help.example.com/eiam/" + name, LastUpdated: date}
	}
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC, Auth: opspec.AuthAK,
		Operations: []*opspec.Operation{
			{
				Name: "CreateUser", Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("idaas_x")},
					{Name: "Username", In: opspec.InQuery, Required: true, Schema: str("alice")},
					{Name: "ClientToken", In: opspec.InQuery, Schema: str("token-1")},
					{Name: "Tag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: obj(
						prop("Key", str("env")),
						&opspec.Property{Name: "Value", Required: true, Schema: str("prod")},
						prop("Weight", &opspec.Schema{Type: "integer", Format: "int32"}),
						prop("Kind", enum("string", "user", "system")),
					)}},
				},
				Response: obj(prop("RequestId", str("r")), prop("UserId", str("user_1"))),
				RAM:      ram("eiam:CreateUser", "create"),
				Errors:   []opspec.ErrorCode{{HTTPStatus: 400, Code: "InvalidParameter"}},
				Source:   src("CreateUser", "2023-05-01"),
			},
			{
				Name: "GetInstance", Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("idaas_x")},
					{Name: "Mode", In: opspec.InQuery, Schema: enum("string", "basic", "full")},
					{Name: "Size", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
					{Name: "Verbose", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean"}},
				},
				Response: obj(
					prop("RequestId", str("r")),
					prop("Instance", obj(
						prop("InstanceId", str("idaas_x")),
						prop("Status", enum("string", "running", "stopped")),
						prop("Count", &opspec.Schema{Type: "integer", Format: "int32"}),
						prop("CreateTime", &opspec.Schema{Type: "string"}),
						prop("DefaultEndpoint", obj(prop("Endpoint", str("x.example.com")), prop("Status", str("ok")))),
					)),
				),
				RAM: ram("eiam:GetInstance", "get"),
				Errors: []opspec.ErrorCode{
					{HTTPStatus: 400, Code: "InvalidParameter"},
					{HTTPStatus: 404, Code: "EntityNotExists.Instance"},
				},
				Source: src("GetInstance", "2023-10-11"),
			},
			{
				Name: "ListUsers", Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("idaas_x")},
					{Name: "NextToken", In: opspec.InQuery, Schema: str("")},
					{Name: "MaxResults", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
				},
				Response: obj(prop("RequestId", str("r")), prop("NextToken", str("")),
					prop("Users", &opspec.Schema{Type: "array", Items: obj(prop("UserId", str("u")), prop("Username", str("alice")))})),
				RAM:    ram("eiam:ListUsers", "list"),
				Source: src("ListUsers", "2023-06-02"),
			},
		},
	}
}

// roaSpec is a ROA product like RocketMQ 2022-08-01: path and JSON body parameters.
func roaSpec() *opspec.Spec {
	return &opspec.Spec{
		Product: "RocketMQ", Version: "2022-08-01", Style: opspec.ROA,
		Operations: []*opspec.Operation{{
			Name: "CreateInstanceAccount", Method: "POST", Path: "/instances/{instanceId}/accounts",
			Params: []*opspec.Param{
				{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("rmq-cn-x")},
				{Name: "username", In: opspec.InBody, Required: true, Schema: str("alice")},
				{Name: "accountStatus", In: opspec.InBody, Schema: enum("string", "ENABLE", "DISABLE")},
				{Name: "config", In: opspec.InBody, Schema: obj(
					prop("mode", enum("string", "fast", "safe")),
					prop("size", &opspec.Schema{Type: "integer", Format: "int32"}),
				)},
			},
			Response: obj(prop("requestId", str("r")), prop("success", &opspec.Schema{Type: "boolean"}),
				prop("data", obj(prop("username", str("alice"))))),
			Source: opspec.Source{File: "pages/CreateInstanceAccount.txt", LastUpdated: "2023-03-14"},
		}},
	}
}

// fixture is one golden case.
type fixture struct {
	name string // directory under golden/diff; the check ID it exercises, or ID-variant
	roa  bool
	edit func(b, r *opspec.Spec)
	want []string
}

func op(s *opspec.Spec, name string) *opspec.Operation { return s.Operation(name) }

func param(s *opspec.Spec, opName, name string) *opspec.Param {
	for _, p := range op(s, opName).Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// field finds a property by dotted path inside an operation's response (or, with a
// parameter name first, inside a request parameter; "[]" steps into array items).
func field(root *opspec.Schema, path ...string) *opspec.Property {
	s := root
	var found *opspec.Property
	for _, name := range path {
		if name == "[]" {
			s = s.Items
			continue
		}
		found = nil
		for _, p := range s.Properties {
			if p.Name == name {
				found = p
			}
		}
		if found == nil {
			return nil
		}
		s = found.Schema
	}
	return found
}

func removeParam(s *opspec.Spec, opName, name string) {
	o := op(s, opName)
	o.Params = slices.DeleteFunc(o.Params, func(p *opspec.Param) bool { return p.Name == name })
}

func removeProp(parent *opspec.Schema, name string) {
	parent.Properties = slices.DeleteFunc(parent.Properties, func(p *opspec.Property) bool { return p.Name == name })
}

func removeOp(s *opspec.Spec, name string) {
	s.Operations = slices.DeleteFunc(s.Operations, func(o *opspec.Operation) bool { return o.Name == name })
}

func ids(s ...string) []string { return s }

func fixtures() []fixture {
	instance := func(s *opspec.Spec) *opspec.Schema { return field(op(s, "GetInstance").Response, "Instance").Schema }
	tagItem := func(s *opspec.Spec) *opspec.Schema { return param(s, "CreateUser", "Tag").Schema.Items }
	config := func(s *opspec.Spec) *opspec.Schema { return param(s, "CreateInstanceAccount", "config").Schema }
	ramOf := func(s *opspec.Spec) *opspec.RAMAction { return &op(s, "GetInstance").RAM.Actions[0] }
	return []fixture{
		{name: "no-changes", edit: func(b, r *opspec.Spec) {}, want: ids()},

		// spec
		{name: "spec-product-changed", edit: func(b, r *opspec.Spec) { r.Product = "Eiam2" },
			want: ids("spec-product-changed")},
		{name: "spec-version-changed", edit: func(b, r *opspec.Spec) { r.Version = "2022-12-01" },
			want: ids("spec-version-changed")},
		{name: "spec-style-changed", roa: true, edit: func(b, r *opspec.Spec) {
			r.Style = opspec.RPC
			op(r, "CreateInstanceAccount").Path = "/"
			op(r, "CreateInstanceAccount").Params[0].In = opspec.InQuery
		},
			want: ids("spec-style-changed", "api-path-changed", "request-parameter-location-changed")},
		{name: "spec-auth-changed", edit: func(b, r *opspec.Spec) { r.Auth = opspec.AuthBearer },
			want: ids("spec-auth-changed")},
		{name: "spec-endpoint-added", edit: func(b, r *opspec.Spec) {
			r.Endpoints = []opspec.Endpoint{{Region: "cn-hangzhou", Host: "eiam.cn-hangzhou.aliyuncs.com"}}
		}, want: ids("spec-endpoint-added")},
		{name: "spec-endpoint-removed", edit: func(b, r *opspec.Spec) {
			b.Endpoints = []opspec.Endpoint{{Region: "cn-hangzhou", Host: "eiam.cn-hangzhou.aliyuncs.com"}}
		}, want: ids("spec-endpoint-removed")},
		{name: "spec-endpoint-changed", edit: func(b, r *opspec.Spec) {
			// a host changes; a region gets a host other than the pattern; one leaves the map
			// with a host that was not the pattern; one stays the same
			b.Endpoints = []opspec.Endpoint{{Region: "cn-hangzhou", Host: "eiam.aliyuncs.com"}, {Region: "cn-beijing", Host: "eiam-bj.aliyuncs.com"}, {Region: "ap-southeast-1", Host: "eiam.ap-southeast-1.aliyuncs.com"}}
			r.Endpoints = []opspec.Endpoint{{Region: "cn-hangzhou", Host: "eiam-cn-hangzhou.aliyuncs.com"}, {Region: "cn-shanghai", Host: "eiam-sh.aliyuncs.com"}, {Region: "ap-southeast-1", Host: "eiam.ap-southeast-1.aliyuncs.com"}}
		}, want: ids("spec-endpoint-changed", "spec-endpoint-changed", "spec-endpoint-changed")},

		// operations
		{name: "api-added", edit: func(b, r *opspec.Spec) {
			r.Operations = append(r.Operations, &opspec.Operation{Name: "ListWidgets", Method: "POST", Path: "/"})
		}, want: ids("api-added")},
		// A Go break with no documented cause: the new operation's name differs from
		// GetInstance only in case and sorts first, so it takes the method name.
		{name: "go-method-renamed", edit: func(b, r *opspec.Spec) {
			r.Operations = append(r.Operations, &opspec.Operation{Name: "GetINSTANCE", Method: "POST", Path: "/"})
		}, want: ids("api-added", "go-method-renamed")},
		// A new parameter spelled like Mode up to case comes first and takes the field name.
		{name: "request-go-field-changed", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Params = append([]*opspec.Param{{Name: "mode", In: opspec.InQuery, Schema: str("")}}, o.Params...)
		}, want: ids("new-optional-request-parameter", "request-go-field-changed")},
		// Likewise a new response field spelled like Instance.Status.
		{name: "response-go-field-changed", edit: func(b, r *opspec.Spec) {
			in := instance(r)
			in.Properties = append([]*opspec.Property{prop("status", str(""))}, in.Properties...)
		}, want: ids("response-property-added", "response-go-field-changed")},
		{name: "api-removed-without-deprecation", edit: func(b, r *opspec.Spec) { removeOp(r, "ListUsers") },
			want: ids("api-removed-without-deprecation")},
		{name: "api-removed-after-deprecation", edit: func(b, r *opspec.Spec) { op(b, "ListUsers").Deprecated = true; removeOp(r, "ListUsers") },
			want: ids("api-removed-after-deprecation")},
		{name: "api-deprecated", edit: func(b, r *opspec.Spec) { op(r, "ListUsers").Deprecated = true },
			want: ids("api-deprecated")},
		{name: "api-reactivated", edit: func(b, r *opspec.Spec) { op(b, "ListUsers").Deprecated = true },
			want: ids("api-reactivated")},
		{name: "api-details-added", edit: func(b, r *opspec.Spec) {
			removeOp(b, "ListUsers")
			b.Operations = append(b.Operations, &opspec.Operation{Name: "ListUsers", Title: "List users", OverviewOnly: true})
		}, want: ids("api-details-added")},
		{name: "api-details-removed", edit: func(b, r *opspec.Spec) {
			removeOp(r, "ListUsers")
			r.Operations = append(r.Operations, &opspec.Operation{Name: "ListUsers", Title: "List users", OverviewOnly: true})
		}, want: ids("api-details-removed")},
		{name: "api-style-changed", edit: func(b, r *opspec.Spec) {
			o := op(r, "ListUsers")
			o.Style, o.Method, o.Path = opspec.ROA, "GET", "/users"
		}, want: ids("api-style-changed", "api-method-changed", "api-path-changed")},
		{name: "api-method-changed", roa: true, edit: func(b, r *opspec.Spec) { op(r, "CreateInstanceAccount").Method = "PUT" },
			want: ids("api-method-changed")},
		{name: "api-path-changed", roa: true, edit: func(b, r *opspec.Spec) {
			op(r, "CreateInstanceAccount").Path = "/instances/{instanceId}/users"
		}, want: ids("api-path-changed")},
		{name: "api-auth-changed", edit: func(b, r *opspec.Spec) { op(r, "GetInstance").Auth = opspec.AuthBearer },
			want: ids("api-auth-changed")},

		// request parameters
		{name: "new-required-request-parameter", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Params = append(o.Params, &opspec.Param{Name: "RegionId", In: opspec.InQuery, Required: true, Schema: str("cn-hangzhou")})
		}, want: ids("new-required-request-parameter")},
		{name: "new-optional-request-parameter", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Params = append(o.Params, &opspec.Param{Name: "RegionId", In: opspec.InQuery, Schema: str("cn-hangzhou")})
		}, want: ids("new-optional-request-parameter")},
		{name: "request-parameter-removed", edit: func(b, r *opspec.Spec) { removeParam(r, "GetInstance", "Mode") },
			want: ids("request-parameter-removed")},
		{name: "request-parameter-renamed", roa: true, edit: func(b, r *opspec.Spec) {
			o := op(r, "CreateInstanceAccount")
			o.Path = "/instances/{InstanceId}/accounts"
			o.Params[0].Name = "InstanceId"
		}, want: ids("request-parameter-renamed")},
		{name: "request-parameter-renamed-similar", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Verbose").Name = "VerboseMode"
		}, want: ids("request-parameter-renamed")},
		{name: "request-parameter-renamed-not-across-types", edit: func(b, r *opspec.Spec) {
			removeParam(r, "GetInstance", "Size")
			o := op(r, "GetInstance")
			o.Params = append(o.Params, &opspec.Param{Name: "Sizes", In: opspec.InQuery, Schema: str("")})
		}, want: ids("new-optional-request-parameter", "request-parameter-removed")},
		{name: "request-parameter-became-required", edit: func(b, r *opspec.Spec) { param(r, "GetInstance", "Mode").Required = true },
			want: ids("request-parameter-became-required")},
		{name: "request-parameter-became-optional", edit: func(b, r *opspec.Spec) { param(r, "GetInstance", "InstanceId").Required = false },
			want: ids("request-parameter-became-optional")},
		{name: "request-parameter-location-changed", edit: func(b, r *opspec.Spec) { param(r, "CreateUser", "ClientToken").In = opspec.InForm },
			want: ids("request-parameter-location-changed")},
		{name: "request-parameter-type-changed", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Size").Schema = &opspec.Schema{Type: "string"}
		}, want: ids("request-parameter-type-changed")},
		{name: "request-parameter-type-changed-body", roa: true, edit: func(b, r *opspec.Spec) {
			param(r, "CreateInstanceAccount", "username").Schema = &opspec.Schema{Type: "integer", Format: "int64"}
		}, want: ids("request-parameter-type-changed")},
		{name: "request-parameter-style-changed", edit: func(b, r *opspec.Spec) {
			param(r, "CreateUser", "Tag").Schema.Style = opspec.JSONStyle
		}, want: ids("request-parameter-style-changed")},
		{name: "request-parameter-integer-width-changed", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Size").Schema.Format = "int64"
		}, want: ids("request-parameter-integer-width-changed")},
		{name: "request-parameter-format-changed", edit: func(b, r *opspec.Spec) {
			param(b, "GetInstance", "Size").Schema.Format = ""
			param(r, "GetInstance", "Size").Schema.Format = "int64"
		}, want: ids("request-parameter-format-changed")},
		{name: "request-parameter-enum-value-added", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Mode").Schema.Enum = append(param(r, "GetInstance", "Mode").Schema.Enum, opspec.EnumValue{Value: "debug"})
		}, want: ids("request-parameter-enum-value-added")},
		{name: "request-parameter-enum-value-removed", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Mode").Schema.Enum = []opspec.EnumValue{{Value: "basic"}}
		}, want: ids("request-parameter-enum-value-removed")},
		{name: "request-parameter-enum-introduced", edit: func(b, r *opspec.Spec) {
			param(b, "GetInstance", "Mode").Schema.Enum = nil
		}, want: ids("request-parameter-enum-introduced")},
		{name: "request-parameter-enum-dropped", edit: func(b, r *opspec.Spec) {
			param(r, "GetInstance", "Mode").Schema.Enum = nil
		}, want: ids("request-parameter-enum-dropped")},
		{name: "request-parameter-deprecated", edit: func(b, r *opspec.Spec) { param(r, "GetInstance", "Mode").Schema.Deprecated = true },
			want: ids("request-parameter-deprecated")},
		{name: "request-parameter-default-value-added", edit: func(b, r *opspec.Spec) { param(r, "GetInstance", "Size").Schema.Default = 10.0 },
			want: ids("request-parameter-default-value-added")},
		{name: "request-parameter-default-value-changed", edit: func(b, r *opspec.Spec) {
			param(b, "GetInstance", "Mode").Schema.Default = "basic"
			param(r, "GetInstance", "Mode").Schema.Default = "full"
		}, want: ids("request-parameter-default-value-changed")},
		{name: "request-parameter-default-value-removed", edit: func(b, r *opspec.Spec) { param(b, "GetInstance", "Size").Schema.Default = 10.0 },
			want: ids("request-parameter-default-value-removed")},

		// nested request properties
		{name: "new-required-request-property", edit: func(b, r *opspec.Spec) {
			it := tagItem(r)
			it.Properties = append(it.Properties, &opspec.Property{Name: "Owner", Required: true, Schema: str("")})
		}, want: ids("new-required-request-property")},
		{name: "new-optional-request-property", roa: true, edit: func(b, r *opspec.Spec) {
			c := config(r)
			c.Properties = append(c.Properties, prop("zone", str("")))
		}, want: ids("new-optional-request-property")},
		{name: "request-property-removed", edit: func(b, r *opspec.Spec) { removeProp(tagItem(r), "Value") },
			want: ids("request-property-removed")},
		{name: "request-property-became-required", edit: func(b, r *opspec.Spec) { field(tagItem(r), "Key").Required = true },
			want: ids("request-property-became-required")},
		{name: "request-property-became-optional", edit: func(b, r *opspec.Spec) { field(tagItem(r), "Value").Required = false },
			want: ids("request-property-became-optional")},
		{name: "request-property-type-changed", edit: func(b, r *opspec.Spec) {
			field(tagItem(r), "Value").Schema = &opspec.Schema{Type: "integer"}
		}, want: ids("request-property-type-changed")},
		{name: "request-property-style-changed", edit: func(b, r *opspec.Spec) {
			data := func() *opspec.Property {
				return prop("Data", &opspec.Schema{Type: "object", AdditionalProperties: &opspec.Schema{}})
			}
			tagItem(b).Properties = append(tagItem(b).Properties, data())
			d := data()
			d.Schema.Style = opspec.JSONStyle
			tagItem(r).Properties = append(tagItem(r).Properties, d)
		}, want: ids("request-property-style-changed")},
		{name: "request-property-default-value-added", roa: true, edit: func(b, r *opspec.Spec) { field(config(r), "size").Schema.Default = 20.0 },
			want: ids("request-property-default-value-added")},
		{name: "request-property-default-value-changed", roa: true, edit: func(b, r *opspec.Spec) {
			field(config(b), "size").Schema.Default = 20.0
			field(config(r), "size").Schema.Default = 40.0
		}, want: ids("request-property-default-value-changed")},
		{name: "request-property-default-value-removed", roa: true, edit: func(b, r *opspec.Spec) { field(config(b), "size").Schema.Default = 20.0 },
			want: ids("request-property-default-value-removed")},
		{name: "request-property-integer-width-changed", roa: true, edit: func(b, r *opspec.Spec) {
			field(config(r), "size").Schema.Format = "int64"
		}, want: ids("request-property-integer-width-changed")},
		{name: "request-property-format-changed", roa: true, edit: func(b, r *opspec.Spec) {
			field(config(b), "size").Schema.Format = "int64"
			field(config(r), "size").Schema.Format = ""
		}, want: ids("request-property-format-changed")},
		{name: "request-property-enum-value-added", roa: true, edit: func(b, r *opspec.Spec) {
			s := field(config(r), "mode").Schema
			s.Enum = append(s.Enum, opspec.EnumValue{Value: "turbo"})
		}, want: ids("request-property-enum-value-added")},
		{name: "request-property-enum-value-removed", edit: func(b, r *opspec.Spec) {
			field(tagItem(r), "Kind").Schema.Enum = []opspec.EnumValue{{Value: "user"}}
		}, want: ids("request-property-enum-value-removed")},
		{name: "request-property-enum-introduced", roa: true, edit: func(b, r *opspec.Spec) {
			field(config(b), "mode").Schema.Enum = nil
		}, want: ids("request-property-enum-introduced")},
		{name: "request-property-enum-dropped", roa: true, edit: func(b, r *opspec.Spec) {
			field(config(r), "mode").Schema.Enum = nil
		}, want: ids("request-property-enum-dropped")},
		{name: "request-property-deprecated", edit: func(b, r *opspec.Spec) { field(tagItem(r), "Weight").Schema.Deprecated = true },
			want: ids("request-property-deprecated")},

		// idempotency and pagination
		{name: "request-idempotency-token-removed", edit: func(b, r *opspec.Spec) { removeParam(r, "CreateUser", "ClientToken") },
			want: ids("request-idempotency-token-removed", "request-parameter-removed")},
		{name: "request-idempotency-token-added", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Params = append(o.Params, &opspec.Param{Name: "ClientToken", In: opspec.InForm, Schema: str("")})
		}, want: ids("new-optional-request-parameter", "request-idempotency-token-added")},
		{name: "pagination-added", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Params = append(o.Params,
				&opspec.Param{Name: "PageNumber", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}},
				&opspec.Param{Name: "PageSize", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}})
		}, want: ids("new-optional-request-parameter", "pagination-added")},
		{name: "pagination-removed", edit: func(b, r *opspec.Spec) { removeParam(r, "ListUsers", "NextToken") },
			want: ids("pagination-removed", "request-parameter-removed")},
		{name: "pagination-changed", edit: func(b, r *opspec.Spec) {
			param(r, "ListUsers", "NextToken").Name = "PageNumber"
			param(r, "ListUsers", "PageNumber").Schema = &opspec.Schema{Type: "integer"}
			param(r, "ListUsers", "MaxResults").Name = "PageSize"
		}, want: ids("new-optional-request-parameter", "pagination-changed", "request-parameter-removed")},

		// response
		{name: "response-schema-added", edit: func(b, r *opspec.Spec) { op(b, "CreateUser").Response = nil },
			want: ids("response-schema-added")},
		{name: "response-schema-removed", edit: func(b, r *opspec.Spec) { op(r, "CreateUser").Response = nil },
			want: ids("response-schema-removed")},
		{name: "response-header-added", edit: func(b, r *opspec.Spec) {
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "ETag", Schema: str("e1")}}
		}, want: ids("response-header-added")},
		{name: "response-header-removed", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "ETag", Schema: str("e1")}, {Name: "x-acs-trace", Schema: str("t")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "X-ACS-Trace", Schema: str("t")}} // (letter case is no change)
		}, want: ids("response-header-removed")},
		{name: "response-header-type-changed", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "X-Total-Count", Schema: &opspec.Schema{Type: "integer"}}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "X-Total-Count", Schema: str("10")}}
		}, want: ids("response-header-type-changed")},
		{name: "response-header-enum-value-added", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync", "async")}}
		}, want: ids("response-header-enum-value-added")},
		{name: "response-header-integer-width-changed", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "X-Total-Count", Schema: &opspec.Schema{Type: "integer", Format: "int32"}}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "X-Total-Count", Schema: &opspec.Schema{Type: "integer", Format: "int64"}}}
		}, want: ids("response-header-integer-width-changed")},
		{name: "response-header-format-changed", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "Last-Modified", Schema: str("")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "Last-Modified", Schema: &opspec.Schema{Type: "string", Format: "date-time"}}}
		}, want: ids("response-header-format-changed")},
		{name: "response-header-enum-value-removed", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync", "async")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync")}}
		}, want: ids("response-header-enum-value-removed")},
		{name: "response-header-enum-introduced", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: str("sync")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync", "async")}}
		}, want: ids("response-header-enum-introduced")},
		{name: "response-header-enum-dropped", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: enum("string", "sync", "async")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "x-acs-mode", Schema: str("sync")}}
		}, want: ids("response-header-enum-dropped")},
		{name: "response-header-deprecated", edit: func(b, r *opspec.Spec) {
			op(b, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "ETag", Schema: str("e1")}}
			op(r, "CreateUser").ResponseHeaders = []*opspec.Header{{Name: "ETag", Schema: &opspec.Schema{Type: "string", Deprecated: true}}}
		}, want: ids("response-header-deprecated")},
		{name: "response-property-added", edit: func(b, r *opspec.Spec) {
			ep := field(instance(r), "DefaultEndpoint").Schema
			ep.Properties = append(ep.Properties, prop("Port", &opspec.Schema{Type: "integer"}))
		}, want: ids("response-property-added")},
		{name: "response-property-removed", edit: func(b, r *opspec.Spec) { removeProp(field(instance(r), "DefaultEndpoint").Schema, "Endpoint") },
			want: ids("response-property-removed")},
		{name: "response-property-type-changed", edit: func(b, r *opspec.Spec) { field(instance(r), "Count").Schema = str("3") },
			want: ids("response-property-type-changed")},
		{name: "response-property-integer-width-changed", edit: func(b, r *opspec.Spec) { field(instance(r), "Count").Schema.Format = "int64" },
			want: ids("response-property-integer-width-changed")},
		{name: "response-property-format-changed", edit: func(b, r *opspec.Spec) { field(instance(r), "CreateTime").Schema.Format = "date-time" },
			want: ids("response-property-format-changed")},
		{name: "response-property-enum-value-added", edit: func(b, r *opspec.Spec) {
			s := field(instance(r), "Status").Schema
			s.Enum = append(s.Enum, opspec.EnumValue{Value: "upgrading"})
		}, want: ids("response-property-enum-value-added")},
		{name: "response-property-enum-value-removed", edit: func(b, r *opspec.Spec) {
			field(instance(r), "Status").Schema.Enum = []opspec.EnumValue{{Value: "running"}}
		}, want: ids("response-property-enum-value-removed")},
		{name: "response-property-enum-introduced", edit: func(b, r *opspec.Spec) { field(instance(b), "Status").Schema.Enum = nil },
			want: ids("response-property-enum-introduced")},
		{name: "response-property-enum-dropped", edit: func(b, r *opspec.Spec) { field(instance(r), "Status").Schema.Enum = nil },
			want: ids("response-property-enum-dropped")},
		{name: "response-property-deprecated", edit: func(b, r *opspec.Spec) { field(instance(r), "Count").Schema.Deprecated = true },
			want: ids("response-property-deprecated")},

		// RAM
		{name: "ram-authorization-required", edit: func(b, r *opspec.Spec) { op(b, "GetInstance").RAM = &opspec.RAM{None: true} },
			want: ids("ram-authorization-required")},
		{name: "ram-authorization-no-longer-required", edit: func(b, r *opspec.Spec) { op(r, "GetInstance").RAM = &opspec.RAM{None: true} },
			want: ids("ram-authorization-no-longer-required")},
		{name: "ram-action-added", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.RAM.Actions = append(o.RAM.Actions, opspec.RAMAction{Action: "eiam:GetInstanceQuota", AccessLevel: "get"})
		}, want: ids("ram-action-added")},
		{name: "ram-action-removed", edit: func(b, r *opspec.Spec) {
			o := op(b, "GetInstance")
			o.RAM.Actions = append(o.RAM.Actions, opspec.RAMAction{Action: "eiam:GetInstanceQuota", AccessLevel: "get"})
		}, want: ids("ram-action-removed")},
		{name: "ram-action-changed", edit: func(b, r *opspec.Spec) { ramOf(r).Action = "eiam:DescribeInstance" },
			want: ids("ram-action-changed")},
		{name: "ram-access-level-changed", edit: func(b, r *opspec.Spec) { ramOf(r).AccessLevel = "read" },
			want: ids("ram-access-level-changed")},
		{name: "ram-resource-added", edit: func(b, r *opspec.Spec) {
			a := ramOf(r)
			a.Resources = append(a.Resources, opspec.RAMResource{Type: "All Resources", ARN: "*"})
		}, want: ids("ram-resource-added")},
		{name: "ram-resource-removed", edit: func(b, r *opspec.Spec) { ramOf(r).Resources = nil },
			want: ids("ram-resource-removed")},
		{name: "ram-resource-changed", edit: func(b, r *opspec.Spec) {
			ramOf(r).Resources = []opspec.RAMResource{{Type: "Instance", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instances/{#InstanceId}"}}
		}, want: ids("ram-resource-changed")},
		{name: "ram-condition-key-added", edit: func(b, r *opspec.Spec) {
			a := ramOf(r)
			a.ConditionKeys = append(a.ConditionKeys, "eiam:InstanceEdition")
		}, want: ids("ram-condition-key-added")},
		{name: "ram-condition-key-removed", edit: func(b, r *opspec.Spec) { ramOf(r).ConditionKeys = nil },
			want: ids("ram-condition-key-removed")},
		{name: "ram-dependent-action-added", edit: func(b, r *opspec.Spec) { ramOf(r).DependentActions = []string{"eiam:ListInstances"} },
			want: ids("ram-dependent-action-added")},
		{name: "ram-dependent-action-removed", edit: func(b, r *opspec.Spec) { ramOf(b).DependentActions = []string{"eiam:ListInstances"} },
			want: ids("ram-dependent-action-removed")},

		// errors
		{name: "error-code-added", edit: func(b, r *opspec.Spec) {
			o := op(r, "GetInstance")
			o.Errors = append(o.Errors, opspec.ErrorCode{HTTPStatus: 403, Code: "Forbidden.Instance"})
		}, want: ids("error-code-added")},
		{name: "error-code-removed", edit: func(b, r *opspec.Spec) { op(r, "GetInstance").Errors = op(r, "GetInstance").Errors[:1] },
			// the only operation documenting EntityNotExists.Instance: its Go constant goes too
			want: ids("error-code-removed", "go-error-constant-changed")},
		{name: "go-error-constant-changed", edit: func(b, r *opspec.Spec) {
			// "EntityNotExists-Instance" sorts first and takes ErrCodeEntityNotExistsInstance
			op(r, "CreateUser").Errors = append(op(r, "CreateUser").Errors, opspec.ErrorCode{HTTPStatus: 404, Code: "EntityNotExists-Instance"})
		}, want: ids("error-code-added", "go-error-constant-changed")},
		{name: "error-code-status-changed", edit: func(b, r *opspec.Spec) { op(r, "GetInstance").Errors[1].HTTPStatus = 400 },
			want: ids("error-code-status-changed")},
	}
}
