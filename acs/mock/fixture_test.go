package mock

import (
	"github.com/acsgen/acsgen/opspec"
)

// Specs built in Go, shaped like the seed pages: EIAM 2021-12-01 (RPC), RocketMQ
// 2022-08-01 (ROA, lower-case envelopes) and Eiam-developerapi 2022-02-25 (ROA, bearer).

func str(desc, ex string) *opspec.Schema {
	return &opspec.Schema{Type: "string", Description: desc, Example: ex}
}

func obj(props ...*opspec.Property) *opspec.Schema {
	return &opspec.Schema{Type: "object", Properties: props}
}

func prop(name string, s *opspec.Schema) *opspec.Property {
	return &opspec.Property{Name: name, Schema: s}
}

func q(name string, req bool, s *opspec.Schema) *opspec.Param {
	return &opspec.Param{Name: name, In: opspec.InQuery, Required: req, Schema: s}
}

func eiamSpec() *opspec.Spec {
	instance := obj(
		prop("InstanceId", str("", "idaas_abt3pfwojojcq323si6g5xxxxx")),
		prop("CreateTime", &opspec.Schema{Type: "integer", Format: "int64", Example: "1550115455000"}),
		prop("Status", &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "creating"}, {Value: "running"}}}),
		prop("Description", str("", "test_description")),
	)
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC,
		Operations: []*opspec.Operation{
			{
				Name: "CreateInstance", Style: opspec.RPC, Method: "POST", Path: "/",
				Params:          []*opspec.Param{q("Description", false, str("", "desc"))},
				Response:        obj(prop("RequestId", str("", "")), prop("InstanceId", str("", "idaas_abt3pfwojojcq323si6g5xxxxx"))),
				ResponseExample: `{"RequestId":"0441BD79-92F3-53AA-8657-F8CE4A2B912A","InstanceId":"idaas_abt3pfwojojcq323si6g5xxxxx"}`,
			},
			{
				Name: "GetInstance", Style: opspec.RPC, Method: "POST", Path: "/",
				Params:   []*opspec.Param{q("InstanceId", true, str("", "idaas_x"))},
				Response: obj(prop("RequestId", str("", "")), prop("Instance", instance)),
				ResponseExample: `{"RequestId":"0441BD79","Instance":{"InstanceId":"idaas_abt3pfwojojcq323si6g5xxxxx",
					"CreateTime":1550115455000,"Status":"running","Description":"test_description"}}`,
				Errors: []opspec.ErrorCode{{HTTPStatus: 404, Code: "EntityNotExists.Instance", Message: "The instance does not exist."}},
			},
			{
				Name: "ListInstances", Style: opspec.RPC, Method: "POST", Path: "/",
				Params: []*opspec.Param{
					q("PageNumber", false, &opspec.Schema{Type: "integer", Format: "int64"}),
					q("PageSize", false, &opspec.Schema{Type: "integer", Format: "int64"}),
				},
				Response: obj(prop("RequestId", str("", "")),
					prop("TotalCount", &opspec.Schema{Type: "integer", Format: "int64"}),
					prop("Instances", &opspec.Schema{Type: "array", Items: instance})),
			},
			{
				Name: "UpdateInstanceDescription", Style: opspec.RPC, Method: "POST", Path: "/",
				Params:   []*opspec.Param{q("InstanceId", true, str("", "")), q("Description", true, str("", ""))},
				Response: obj(prop("RequestId", str("", ""))),
			},
			{
				Name: "DeleteInstance", Style: opspec.RPC, Method: "POST", Path: "/",
				Params:   []*opspec.Param{q("InstanceId", true, str("", ""))},
				Response: obj(prop("RequestId", str("", ""))),
			},
			{
				Name: "CreateUser", Style: opspec.RPC, Method: "POST", Path: "/",
				Params: []*opspec.Param{
					q("InstanceId", true, str("", "")),
					q("Username", true, str("", "")),
					q("OrganizationalUnitIds", false, &opspec.Schema{Type: "array", Items: str("", "ou_1")}),
					q("CustomFields", false, &opspec.Schema{Type: "array", Items: obj(
						&opspec.Property{Name: "FieldName", Required: true, Schema: str("", "")},
						prop("FieldValue", str("", "")))}),
					q("PasswordInitializationConfig", false, obj(
						prop("PasswordInitializationType", &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "random"}}}),
						prop("UserNotificationChannels", &opspec.Schema{Type: "array", Items: str("", "email")}))),
					q("Age", false, &opspec.Schema{Type: "integer", Format: "int32"}),
				},
				Response: obj(prop("RequestId", str("", "")), prop("UserId", str("", "user_d6sbsuumeta4h66ec3il7yxxxx"))),
			},
			{
				Name: "GetUser", Style: opspec.RPC, Method: "POST", Path: "/",
				Params: []*opspec.Param{q("InstanceId", true, str("", "")), q("UserId", true, str("", ""))},
				Response: obj(prop("RequestId", str("", "")), prop("User", obj(
					prop("UserId", str("", "")), prop("Username", str("", "")), prop("InstanceId", str("", ""))))),
			},
			{
				Name: "CreateAuthorizationRule", Style: opspec.RPC, Method: "POST", Path: "/",
				Params: []*opspec.Param{
					q("InstanceId", true, str("", "")),
					q("AuthorizationRuleName", true, str("", "")),
					{Name: "ClientToken", In: opspec.InForm, Schema: str("", "")},
				},
				Response: obj(prop("RequestId", str("", "")), prop("AuthorizationRuleId", str("", "arrule_01"))),
				Errors: []opspec.ErrorCode{
					{HTTPStatus: 400, Code: "OperationConflict.Busy", Message: "The operation conflicts."},
					{HTTPStatus: 503, Code: "ServiceUnavailable", Message: "Service unavailable."},
				},
			},
		},
	}
}

func rocketmqSpec() *opspec.Spec {
	p := func(name string) *opspec.Param {
		return &opspec.Param{Name: name, In: opspec.InPath, Required: true, Schema: str("", "rmq-cn-7e22ody****")}
	}
	b := func(name string, req bool) *opspec.Param {
		return &opspec.Param{Name: name, In: opspec.InBody, Required: req, Schema: str("", "")}
	}
	result := obj(prop("requestId", str("", "")), prop("success", &opspec.Schema{Type: "boolean"}),
		prop("data", &opspec.Schema{Type: "boolean"}), prop("code", str("", "")), prop("message", str("", "")))
	return &opspec.Spec{
		Product: "RocketMQ", Version: "2022-08-01", Style: opspec.ROA,
		Operations: []*opspec.Operation{
			{
				Name: "CreateInstanceAccount", Style: opspec.ROA, Method: "POST", Path: "/instances/{instanceId}/accounts",
				Params:   []*opspec.Param{p("instanceId"), b("username", true), b("password", true), b("remark", false)},
				Response: result,
				ResponseExample: `{"requestId":"3AE0999C","success":true,"data":true,"code":"MissingInstanceId",
					"message":"The instance cannot be found.","httpStatusCode":200}`,
			},
			{
				Name: "ListInstanceAccount", Style: opspec.ROA, Method: "GET", Path: "/instances/{instanceId}/accounts",
				Params: []*opspec.Param{p("instanceId"),
					{Name: "pageNumber", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}},
					{Name: "pageSize", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}}},
				Response: obj(prop("requestId", str("", "")), prop("success", &opspec.Schema{Type: "boolean"}),
					prop("data", obj(prop("totalCount", &opspec.Schema{Type: "integer"}),
						prop("list", &opspec.Schema{Type: "array", Items: obj(prop("username", str("", "")), prop("remark", str("", "")))})))),
			},
			{
				Name: "UpdateInstanceAccount", Style: opspec.ROA, Method: "PATCH", Path: "/instances/{instanceId}/account/{username}",
				Params:   []*opspec.Param{p("instanceId"), p("username"), b("remark", false)},
				Response: result,
			},
			{
				Name: "DeleteInstanceAccount", Style: opspec.ROA, Method: "DELETE", Path: "/instances/{instanceId}/account/{username}",
				Params:   []*opspec.Param{p("instanceId"), p("username")},
				Response: result,
			},
			{
				Name: "GetInstance", Style: opspec.ROA, Method: "GET", Path: "/instances/{instanceId}",
				Params:   []*opspec.Param{p("instanceId")},
				Response: obj(prop("requestId", str("", "")), prop("data", obj(prop("instanceId", str("", "rmq-cn-x"))))),
			},
		},
	}
}

func developerSpec() *opspec.Spec {
	p := func(name string) *opspec.Param {
		return &opspec.Param{Name: name, In: opspec.InPath, Required: true, Schema: str("", "")}
	}
	return &opspec.Spec{
		Product: "Eiam-developerapi", Version: "2022-02-25", Style: opspec.ROA, Auth: opspec.AuthBearer,
		Operations: []*opspec.Operation{
			{
				Name: "CreateGroup", Style: opspec.ROA, Method: "POST", Path: "/v2/{instanceId}/{applicationId}/groups",
				Params: []*opspec.Param{p("instanceId"), p("applicationId"),
					{Name: "Authorization", In: opspec.InHeader, Required: true, Schema: str("", "Bearer AT8csE2seYxxxxxij")},
					{Name: "groupName", In: opspec.InBody, Required: true, Schema: str("", "")},
					{Name: "groupExternalId", In: opspec.InBody, Schema: str("", "")}},
				Response: obj(prop("groupId", str("", "group_miu8e4t4d7i4u7uwezgr54xxxx"))),
			},
			{
				Name: "GetGroup", Style: opspec.ROA, Method: "GET", Path: "/v2/{instanceId}/{applicationId}/groups/{groupId}",
				Params:   []*opspec.Param{p("instanceId"), p("applicationId"), p("groupId")},
				Response: obj(prop("groupId", str("", "")), prop("groupName", str("", "")), prop("groupExternalId", str("", ""))),
			},
			{
				Name: "PatchGroup", Style: opspec.ROA, Method: "PATCH", Path: "/v2/{instanceId}/{applicationId}/groups/{groupId}",
				Params: []*opspec.Param{p("instanceId"), p("applicationId"), p("groupId"),
					{Name: "groupName", In: opspec.InBody, Required: true, Schema: str("", "")}},
			},
			{
				Name: "DeleteGroup", Style: opspec.ROA, Method: "DELETE", Path: "/v2/{instanceId}/{applicationId}/groups/{groupId}",
				Params: []*opspec.Param{p("instanceId"), p("applicationId"), p("groupId")},
			},
			{
				Name: "GenerateToken", Style: opspec.ROA, Method: "POST", Path: "/v2/{instanceId}/{applicationId}/oauth2/token",
				Auth:   opspec.AuthAnonymous,
				Params: []*opspec.Param{p("instanceId"), p("applicationId"), {Name: "grant_type", In: opspec.InQuery, Required: true, Schema: str("", "client_credentials")}},
				Response: obj(prop("access_token", str("", "")), prop("token_type", str("", "Bearer")),
					prop("expires_in", &opspec.Schema{Type: "integer", Format: "int64"})),
			},
		},
	}
}

func allSpecs() []*opspec.Spec { return []*opspec.Spec{eiamSpec(), rocketmqSpec(), developerSpec()} }
