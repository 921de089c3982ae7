package client

import "github.com/acsgen/acsgen/opspec"

func str(desc, example string) *opspec.Schema {
	return &opspec.Schema{Type: "string", Description: desc, Example: example}
}

// eiamFixture looks like EIAM 2021-12-01: RPC, AccessKey, flattened arrays, ClientToken in
// the form, nested response objects, an enum, NextToken and PageNumber paging.
func eiamFixture() *opspec.Spec {
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC, Auth: opspec.AuthAK, Title: "IDaaS",
		Operations: []*opspec.Operation{
			{
				Name: "CreateAuthorizationRule", Title: "Creates an authorization rule.", Method: "POST", Path: "/",
				RAM: &opspec.RAM{Actions: []opspec.RAMAction{{Action: "eiam:CreateAuthorizationRule", AccessLevel: "create"}}},
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("The instance ID.", "idaas_ue2jvisn35ea5lmthk267xxxxx")},
					{Name: "AuthorizationRuleName", In: opspec.InQuery, Required: true, Schema: str("The rule name.", "rule")},
					{Name: "AuthorizationResourceScope", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Description: "The scope.", Enum: []opspec.EnumValue{{Value: "global", Description: "all"}, {Value: "custom"}}}},
					{Name: "UserIds", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: str("", "")}},
					{Name: "Enabled", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean"}},
					{Name: "ClientToken", In: opspec.InForm, Schema: str("Idempotency token.", "")},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "RequestId", Schema: str("", "0441BD79-92F3-53AA-8657-F8CE4A2B912A")},
					{Name: "AuthorizationRuleId", Schema: str("", "")},
				}},
				Source: opspec.Source{URL: "https://www.alibabacloud.com/help/en/idaas/developer-reference/api-eiam-2021-12-01-createauthorizationrule"},
			},
			{
				Name: "GetInstance", Title: "Queries an instance.", Method: "POST", Path: "/",
				Params: []*opspec.Param{{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("The instance ID.", "")}},
				Errors: []opspec.ErrorCode{
					{HTTPStatus: 404, Code: "EntityNotExists.Instance", Message: "The instance does not exist."},
					{HTTPStatus: 400, Code: "MissingParameter"},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "RequestId", Schema: str("", "")},
					{Name: "Instance", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "InstanceId", Schema: str("", "")},
						{Name: "Status", Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "creating"}, {Value: "running"}}}},
						{Name: "DefaultEndpoint", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
							{Name: "Endpoint", Schema: str("", "")},
							{Name: "EndpointStatus", Schema: str("", "")},
						}}},
						{Name: "CreateTime", Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
					}}},
				}},
			},
			{
				Name: "ListUsers", Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("", "")},
					{Name: "PageNumber", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
					{Name: "PageSize", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
					{Name: "UserIds", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: str("", "")}},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "RequestId", Schema: str("", "")},
					{Name: "TotalCount", Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
					{Name: "Users", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "UserId", Schema: str("", "")},
						{Name: "Username", Schema: str("", "")},
					}}}},
				}},
			},
			{
				Name: "ListApplications", Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("", "")},
					{Name: "NextToken", In: opspec.InQuery, Schema: str("", "")},
					{Name: "MaxResults", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "NextToken", Schema: str("", "")},
					{Name: "Applications", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "ApplicationId", Schema: str("", "")},
					}}}},
				}},
			},
			{Name: "DeleteUser", OverviewOnly: true, Title: "Deletes a user."},
		},
	}
}

// rocketmqFixture looks like RocketMQ 2022-08-01: ROA, AccessKey, path and JSON body.
func rocketmqFixture() *opspec.Spec {
	return &opspec.Spec{
		Product: "RocketMQ", Version: "2022-08-01", Style: opspec.ROA, Auth: opspec.AuthAK,
		Endpoints: []opspec.Endpoint{
			{Region: "cn-qingdao", Host: "rocketmq.cn-qingdao.aliyuncs.com"},
			{Region: "cn-hangzhou", Host: "rocketmq-cn-hangzhou.aliyuncs.com"},
			{Region: "cn-hangzhou-finance", Host: "rocketmq.aliyuncs.com"},
		},
		Operations: []*opspec.Operation{
			{
				Name: "CreateInstanceAccount", Method: "POST", Path: "/instances/{instanceId}/accounts",
				Params: []*opspec.Param{
					{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("", "rmq-cn-7e22ody****")},
					{Name: "username", In: opspec.InBody, Required: true, Schema: str("", "")},
					{Name: "password", In: opspec.InBody, Required: true, Schema: str("", "")},
					{Name: "accountStatus", In: opspec.InBody, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "DISABLE"}, {Value: "ENABLE"}}}},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "requestId", Schema: str("", "")},
					{Name: "success", Schema: &opspec.Schema{Type: "boolean"}},
					{Name: "data", Schema: &opspec.Schema{Type: "boolean"}},
				}},
			},
			{
				Name: "ListInstances", Method: "GET", Path: "/instances",
				Params: []*opspec.Param{
					{Name: "pageNumber", In: opspec.InQuery, Required: true, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
					{Name: "pageSize", In: opspec.InQuery, Required: true, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
					{Name: "seriesCodes", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: str("", "")}},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "requestId", Schema: str("", "")},
					{Name: "data", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "pageNumber", Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
						{Name: "totalCount", Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
						{Name: "list", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
							{Name: "instanceId", Schema: str("", "")},
						}}}},
					}}},
				}},
			},
			{
				Name: "CreateConsumerGroup", Method: "POST", Path: "/instances/{instanceId}/consumerGroups/{consumerGroupId}",
				Params: []*opspec.Param{
					{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "consumerGroupId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "consumeRetryPolicy", In: opspec.InBody, Required: true, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "retryPolicy", Required: true, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "DefaultRetryPolicy"}, {Value: "FixedRetryPolicy"}}}},
						{Name: "maxRetryTimes", Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
					}}},
					{Name: "deliveryOrderType", In: opspec.InBody, Required: true, Schema: str("", "")},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "requestId", Schema: str("", "")}}},
			},
		},
	}
}

// developerFixture looks like Eiam-developerapi 2022-02-25: ROA with bearer tokens and
// mostly overview-only operations.
func developerFixture() *opspec.Spec {
	return &opspec.Spec{
		Product: "Eiam-developerapi", Version: "2022-02-25", Style: opspec.ROA, Auth: opspec.AuthBearer,
		Operations: []*opspec.Operation{
			{
				Name: "GetUser", Method: "GET", Path: "/v2/{instanceId}/{applicationId}/users/{userId}",
				Params: []*opspec.Param{
					{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "applicationId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "userId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "Authorization", In: opspec.InHeader, Schema: str("Bearer token", "Bearer xxx")},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "userId", Schema: str("", "")},
					{Name: "displayName", Schema: str("", "")},
				}},
			},
			{
				Name: "PatchUser", Method: "PATCH", Path: "/v2/{instanceId}/{applicationId}/users/{userId}",
				Params: []*opspec.Param{
					{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "applicationId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "userId", In: opspec.InPath, Required: true, Schema: str("", "")},
					{Name: "displayName", In: opspec.InBody, Schema: str("", "")},
				},
			},
			{Name: "CreateUser", OverviewOnly: true, Title: "Creates a user."},
			{Name: "GenerateToken", OverviewOnly: true},
		},
	}
}

// hostileFixture has every kind of name and text the docs can throw at a generator.
func hostileFixture() *opspec.Spec {
	evil := "Ends a comment */ then /* opens one, `backticks`, \"quotes\", \\ backslash,\r\nnew line\u2028and a separator; // slashes\n/* at line start"
	return &opspec.Spec{
		Product: "Hostile-Product", Version: "2020-01-01", Style: opspec.RPC,
		Operations: []*opspec.Operation{
			{Name: "type", Title: evil, Summary: evil, Method: "POST", Path: "/",
				Params: []*opspec.Param{
					{Name: "func", In: opspec.InQuery, Required: true, Schema: str(evil, evil)},
					{Name: "Func", In: opspec.InQuery, Schema: str("", "")},
					{Name: "1stValue", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}},
					{Name: "名称", In: opspec.InQuery, Schema: str("Unicode name", "")},
					{Name: "ñame-ü", In: opspec.InQuery, Schema: str("", "")},
					{Name: "Validate", In: opspec.InQuery, Schema: str("clashes with the method", "")},
					{Name: "with`tick\"quote,comma", In: opspec.InQuery, Schema: str("", "")},
					{Name: "", In: opspec.InQuery, Schema: str("hidden name", "")},
					{Name: "Tag.N.Key", In: opspec.InQuery, Schema: str("", "")},
					{Name: "Mode", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{
						{Value: "a b"}, {Value: "A-B"}, {Value: "1x"}, {Value: "*/"}, {Value: "a b"}, {Value: "ümlaut"}, {Value: ""}, {Value: "Valid"},
					}}},
					{Name: "Level", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Enum: []opspec.EnumValue{{Value: "0"}, {Value: "1"}, {Value: "high"}}}},
					{Name: "ClientToken", In: opspec.InQuery, Schema: str("", "")},
					{Name: "Nested", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
						{Name: "range", Required: true, Schema: str("", "")},
						{Name: "Range", Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "x"}}}},
						{Name: "deep", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
							{Name: "k", Required: true, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "v"}}}},
						}}}},
					}}},
					{Name: "Map", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", AdditionalProperties: str("", "")}},
					{Name: "Untyped", In: opspec.InQuery, Schema: &opspec.Schema{}},
				},
				Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
					{Name: "Mode", Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "a b"}}}},
					{Name: "any", Schema: &opspec.Schema{}},
					{Name: "list", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "x", Schema: str("", "")}}}}}},
				}},
				Deprecated: true,
			},
			{Name: "Type", Method: "POST", Path: "/", Params: []*opspec.Param{{Name: "x", In: opspec.InQuery, Schema: str("", "")}}},
			{Name: "TypeRequest", Method: "POST", Path: "/"},
			{Name: "Client", Method: "POST", Path: "/"},
			{Name: "NewClient", Method: "POST", Path: "/"},
			{Name: "Runtime", Method: "POST", Path: "/"},
			{Name: "invoke", Method: "POST", Path: "/"},
			{Name: "ListThings", Method: "POST", Path: "/", Params: []*opspec.Param{
				{Name: "NextToken", In: opspec.InQuery, Schema: str("", "")},
				{Name: "ListThingsAll", In: opspec.InQuery, Schema: str("", "")},
			}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "NextToken", Schema: str("", "")},
				{Name: "Things", Schema: &opspec.Schema{Type: "array", Items: str("", "")}},
			}}},
			{Name: "ListThingsAll", Method: "POST", Path: "/"},
			{Name: "ROAThing", Style: opspec.ROA, Method: "put", Path: "/things/{id}/{n}", Params: []*opspec.Param{
				{Name: "id", In: opspec.InPath, Required: true, Schema: str("", "")},
				{Name: "n", In: opspec.InPath, Required: true, Schema: &opspec.Schema{Type: "integer"}},
				{Name: "flag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean"}},
				{Name: "obj", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "a", Schema: &opspec.Schema{Type: "array", Items: str("", "")}}}}},
				{Name: "h", In: opspec.InHeader, Schema: &opspec.Schema{Type: "integer"}},
				{Name: "b", In: opspec.InBody, Schema: &opspec.Schema{Type: "number"}},
			}},
			{Name: "💥", Method: "POST", Path: "/"},
			{Name: "Overview */ only", OverviewOnly: true, Title: evil},
		},
	}
}
