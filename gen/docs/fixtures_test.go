package docs

import (
	"fmt"

	"github.com/acsgen/acsgen/opspec"
)

// fixtures are the specs the golden and Markdown tests render, built in Go so they cover
// what the committed specs may not: every layout of the index, nesting, recursion, hostile
// strings.
func fixtures() map[string]*opspec.Spec {
	return map[string]*opspec.Spec{
		"rpc-grouped": rpcGrouped(),
		"roa-bearer":  roaBearer(),
		"hostile":     hostile(),
	}
}

func str(desc, example string) *opspec.Schema {
	return &opspec.Schema{Type: "string", DocType: "string", Description: desc, Example: example}
}

// rpcGrouped is an EIAM-like RPC product: grouped overview, an ungrouped operation, an
// overview-only operation, nested parameters, RAM resources and conditions, errors and
// change history.
func rpcGrouped() *opspec.Spec {
	create := &opspec.Operation{
		Name:    "CreateInstance",
		Title:   "Create an instance",
		Summary: "Creates an instance based on which all capabilities of IDaaS EIAM are provided.",
		Style:   opspec.RPC, Method: "POST", Path: "/",
		RAM: &opspec.RAM{Actions: []opspec.RAMAction{{
			Action: "eiam:CreateInstance", AccessLevel: "create",
			Resources:        []opspec.RAMResource{{Type: "Instance", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instance/*"}},
			ConditionKeys:    []string{"acs:ResourceTag/${TagKey}", "acs:RequestTag/${TagKey}"},
			DependentActions: []string{"ram:CreateServiceLinkedRole"},
		}}},
		Params: []*opspec.Param{
			{Name: "Description", In: opspec.InQuery, Schema: str("The description of the instance. The description can be up to 128 characters in length.", "instance_for_test")},
			{Name: "ChargeType", In: opspec.InQuery, Required: true, Schema: &opspec.Schema{
				Type: "string", Description: "The billing method.", Example: "PostPaid",
				Enum: []opspec.EnumValue{{Value: "PrePaid", Description: "subscription"}, {Value: "PostPaid", Description: "pay-as-you-go"}},
			}},
			{Name: "Capacity", In: opspec.InQuery, Required: true, Schema: &opspec.Schema{Type: "integer", Format: "int32", DocType: "integer", Description: "Number of users.", Example: "500"}},
			{Name: "Tag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", DocType: "array<object>", Description: "The tags.", Items: &opspec.Schema{
				Type: "object", Properties: []*opspec.Property{
					{Name: "Key", Schema: str("The tag key.", "env")},
					{Name: "Value", Schema: str("The tag value.", "prod")},
				}}}},
			{Name: "UserIds", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Description: "Users to add.", Items: &opspec.Schema{Type: "string"}}},
			{Name: "ClientToken", In: opspec.InForm, Schema: str("Idempotency token.", "client-token-1")},
		},
		Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
			{Name: "RequestId", Schema: str("The request ID.", "0441BD79-92F3-53AA-8657-F8CE4A2B912A")},
			{Name: "InstanceId", Schema: str("The instance ID.", "idaas_ue2jvisn35ea5lmthk267xxxxx")},
		}},
		ResponseExample: "{\n  \"RequestId\": \"0441BD79-92F3-53AA-8657-F8CE4A2B912A\",\n  \"InstanceId\": \"idaas_ue2jvisn35ea5lmthk267xxxxx\"\n}",
		Errors: []opspec.ErrorCode{
			{HTTPStatus: 400, Code: "InvalidParameter.Capacity", Message: "The specified capacity is invalid.", Description: "Check the capacity."},
			{HTTPStatus: 403, Code: "Forbidden", Message: "User not authorized to operate on the specified resource."},
		},
		Changes: []opspec.Change{{Date: "2023-05-10", Summary: "The request parameters of the API changed."}},
		Source: opspec.Source{
			File: "eiam/CreateInstance.txt", URL: "https://www.alibabacloud.com/help/en/idaas/eiam/developer-reference/api-eiam-2021-12-01-createinstance",
			LastUpdated: "2026-02-10", Lang: "en",
		},
	}
	get := &opspec.Operation{
		Name: "GetInstance", Title: "Query an instance", Summary: "Queries the information of an instance.",
		Style: opspec.RPC, Method: "POST", Path: "/",
		RAM: &opspec.RAM{Actions: []opspec.RAMAction{{
			Action: "eiam:GetInstance", AccessLevel: "get",
			Resources: []opspec.RAMResource{
				{Type: "Instance", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instance/{#InstanceId}"},
				{Type: "All Resources", ARN: "*"},
			},
		}}},
		Params: []*opspec.Param{{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("The instance ID.", "idaas_ue2jvisn35ea5lmthk267xxxxx")}},
		Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
			{Name: "RequestId", Schema: str("The request ID.", "0441BD79")},
			{Name: "Instance", Schema: &opspec.Schema{Type: "object", Description: "The instance.", Properties: []*opspec.Property{
				{Name: "InstanceId", Schema: str("The instance ID.", "idaas_x")},
				{Name: "Status", Schema: &opspec.Schema{Type: "string", Description: "The status.", Example: "running",
					Enum: []opspec.EnumValue{{Value: "creating"}, {Value: "running"}}}},
				{Name: "CreateTime", Schema: &opspec.Schema{Type: "integer", Format: "int64", DocType: "long", Description: "Creation time, UNIX ms.", Example: "1649830226000"}},
				{Name: "DefaultEndpoint", Schema: &opspec.Schema{Type: "object", Description: "The default endpoint.", Properties: []*opspec.Property{
					{Name: "Endpoint", Schema: str("The endpoint address.", "example-xxx.aliyunidaas.com")},
					{Name: "Status", Schema: str("The endpoint status.", "resolved")},
				}}},
				{Name: "DomainConfig", Schema: &opspec.Schema{Type: "object", Description: "Extra settings.",
					AdditionalProperties: &opspec.Schema{Type: "string"}}},
			}}},
		}},
		Source: opspec.Source{File: "eiam/GetInstance.txt", LastUpdated: "2024-09-02", Lang: "en"},
	}
	del := &opspec.Operation{
		Name: "DeleteInstance", Title: "Delete an instance", Summary: "Deletes an instance.",
		Deprecated: true, Style: opspec.RPC, Method: "POST", Path: "/",
		Params: []*opspec.Param{{Name: "InstanceId", In: opspec.InQuery, Required: true, Schema: str("The instance ID.", "")}},
		RAM:    &opspec.RAM{Actions: []opspec.RAMAction{{Action: "eiam:DeleteInstance", AccessLevel: "delete"}}},
	}
	tagOnly := &opspec.Operation{Name: "TagResources", Title: "Add tags", Summary: "Adds tags to resources.", OverviewOnly: true}
	ungrouped := &opspec.Operation{Name: "ListRegions", Summary: "Lists the regions.", Style: opspec.RPC, Method: "POST", Path: "/"}
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC, Auth: opspec.AuthAK,
		Title: "Identity as a Service",
		Groups: []opspec.Group{
			{Name: "Instances", Operations: []string{"CreateInstance", "GetInstance", "DeleteInstance"}},
			{Name: "Tags", Operations: []string{"TagResources"}},
		},
		Operations: []*opspec.Operation{create, del, get, ungrouped, tagOnly},
	}
}

// roaBearer is an Eiam-developerapi-like ROA product with bearer auth and no groups: path,
// header, query and body parameters, "no authorization", a response known only from its
// JSON example, an operation without parameters and one that overrides the auth.
func roaBearer() *opspec.Spec {
	getUser := &opspec.Operation{
		Name: "GetUser", Title: "Query an account", Summary: "Retrieves the details of an EIAM account.",
		Style: opspec.ROA, Method: "GET", Path: "/v2/{instanceId}/{applicationId}/users/{userId}",
		RAM: &opspec.RAM{None: true},
		Params: []*opspec.Param{
			{Name: "Authorization", In: opspec.InHeader, Required: true, Schema: str("The authentication information. Format: Bearer ${access_token}.", "Bearer AT8csE2seYxxxxxij")},
			{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("The instance ID.", "idaas_ue2jvisn35ea5lmthk267xxxxx")},
			{Name: "applicationId", In: opspec.InPath, Required: true, Schema: str("The application ID.", "app_mkv7rgt4d7i4u7zqtzev2mxxxx")},
			{Name: "userId", In: opspec.InPath, Required: true, Schema: str("The account ID.", "user_d6sbsuumeta4h66ec3il7yxxxx")},
		},
		ResponseExample: "{\n  \"userId\": \"user_d6sbsuumeta4h66ec3il7yxxxx\",\n  \"status\": \"enabled\"\n}",
		ResponseHeaders: []*opspec.Header{
			{Name: "ETag", Schema: str("The entity tag of the account | its version.", `"5B3C1A2E"`)},
			{Name: "X-RateLimit-Remaining", Schema: &opspec.Schema{Type: "integer", Format: "int32", Description: "Calls left in this minute."}},
		},
		Source: opspec.Source{URL: "https://www.alibabacloud.com/help/en/idaas/eiam/developer-reference/api-eiam-developerapi-2022-02-25-getuser", LastUpdated: "2026-11-24", Lang: "en"},
	}
	createGroup := &opspec.Operation{
		Name: "CreateGroup", Title: "Create a group", Summary: "Creates a group.",
		Style: opspec.ROA, Method: "POST", Path: "/v2/{instanceId}/{applicationId}/groups",
		Params: []*opspec.Param{
			{Name: "instanceId", In: opspec.InPath, Required: true, Schema: str("The instance ID.", "idaas_x")},
			{Name: "applicationId", In: opspec.InPath, Required: true, Schema: str("The application ID.", "app_x")},
			{Name: "dryRun", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean", Description: "Only check the request.", Example: "false"}},
			{Name: "groupName", In: opspec.InBody, Required: true, Schema: str("The group name.", "group_a")},
			{Name: "members", In: opspec.InBody, Schema: &opspec.Schema{Type: "array", DocType: "array<object>", Description: "Members.", Items: &opspec.Schema{
				Type: "object", Description: "A member.", Properties: []*opspec.Property{
					{Name: "userId", Required: true, Schema: str("The account ID.", "user_x")},
					{Name: "roles", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "owner"}, {Value: "member"}}}}},
				}}}},
			{Name: "limits", In: opspec.InBody, Required: true, Schema: &opspec.Schema{Type: "object", Description: "Quotas.", Properties: []*opspec.Property{
				{Name: "maxMembers", Schema: &opspec.Schema{Type: "integer", Format: "int64", Example: "100"}},
			}}},
		},
		Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "groupId", Schema: str("The group ID.", "group_x")}}},
		Errors:   []opspec.ErrorCode{{HTTPStatus: 409, Code: "GroupNameExists", Message: "The group name already exists."}},
		ResponseHeaders: []*opspec.Header{{Name: "x-acs-mode", Schema: &opspec.Schema{
			Type: "string", Description: "How the group was created.", Deprecated: true, Example: "sync",
			Enum: []opspec.EnumValue{{Value: "sync", Description: "at once"}, {Value: "async"}},
		}}},
		Source: opspec.Source{File: "CreateGroup.txt", LastUpdated: "2025-01-01"},
	}
	token := &opspec.Operation{
		Name: "GenerateToken", Title: "Generate a token", Summary: "Obtains an access token.",
		Style: opspec.ROA, Method: "POST", Path: "/v2/oauth/token", Auth: opspec.AuthAnonymous,
		RAM: &opspec.RAM{None: true},
	}
	return &opspec.Spec{
		Product: "Eiam-developerapi", Version: "2022-02-25", Style: opspec.ROA, Auth: opspec.AuthBearer,
		Operations: []*opspec.Operation{createGroup, token, getUser},
	}
}

// nasty is a string with everything that breaks Markdown tables and pages.
const nasty = "a | b `c` <script>alert(1)</script> *em* _u_ [x](javascript:alert(1)) & &amp; ~~s~~ \\ end\nsecond line\r\n\n# not a heading\n---\n1. not a list\n    indented code?\n- real bullet"

// hostile puts hostile strings everywhere a documentation string can go, plus a recursive
// schema, an operation name that is not a safe file name, and empty bits.
func hostile() *opspec.Spec {
	rec := &opspec.Schema{Type: "object", Description: "A tree node."}
	rec.Properties = []*opspec.Property{
		{Name: "name", Schema: str("Node | name", "n`1`")},
		{Name: "children", Schema: &opspec.Schema{Type: "array", Items: rec}},
	}
	op := &opspec.Operation{
		Name: "Weird|Op`Name", Title: "Title with | pipe and `code`", Summary: nasty, Description: nasty,
		Style: opspec.ROA, Method: "put", Path: "/things/{id}|x",
		RAM: &opspec.RAM{Actions: []opspec.RAMAction{{
			Action: "svc:Weird|Op", AccessLevel: "write|read",
			Resources:        []opspec.RAMResource{{Type: "Thing | all", ARN: "acs:svc:*:*:thing/`x`|y"}},
			ConditionKeys:    []string{"svc:Key|1"},
			DependentActions: []string{"svc:`Other`"},
		}}},
		Params: []*opspec.Param{
			{Name: "id|x", In: opspec.InPath, Required: true, Schema: &opspec.Schema{Type: "string", Description: nasty, Example: "``` |",
				Enum: []opspec.EnumValue{{Value: "a|b", Description: "pipe | value"}, {Value: "`tick`", Description: "line\nbreak"}}}},
			{Name: "tree", In: opspec.InBody, Schema: rec},
			{Name: "nilSchema", In: opspec.InQuery},
			nil,
		},
		Response:        &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "x|y", Schema: str(nasty, "e|x")}}}},
		ResponseExample: "{\"fence\": \"```\", \"pipe\": \"a|b\"}\n````\n",
		Errors:          []opspec.ErrorCode{{Code: "Bad|Code", Message: nasty, Description: "<b>bold</b>"}},
		Changes:         []opspec.Change{{Date: "2020-01-01", Summary: nasty}},
		Source:          opspec.Source{URL: "javascript:alert(1)", File: "dir/we`ird|file.txt", LastUpdated: "2020-01-01"},
	}
	ops := []*opspec.Operation{{Name: "Empty"}}
	for i := 0; i < 3; i++ {
		ops = append(ops, &opspec.Operation{Name: fmt.Sprintf("Op%d", i), Summary: fmt.Sprintf("Pipe %d | and\nnewline", i)})
	}
	ops = append(ops, op) // Operations are sorted by name
	return &opspec.Spec{
		Product: "Hostile", Version: "2020-01-01", Style: opspec.ROA, Title: "Ti|tle <i>x</i>",
		Groups: []opspec.Group{
			{Name: "Group | one", Operations: []string{"Weird|Op`Name", "Missing"}},
			{Name: "# Group two", Operations: []string{"Empty", "Op0"}},
			{Name: "Empty group"},
		},
		Endpoints: []opspec.Endpoint{
			{Region: "cn-hangzhou", Host: "hostile.cn-hangzhou.aliyuncs.com"},
			{Region: "cn-shanghai-finance-1", Host: "hostile|pipe`.aliyuncs.com"},
		},
		Operations: ops,
	}
}
