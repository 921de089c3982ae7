package opspec

// richSpec exercises every field of the model: all parameter locations (body and form on
// one operation), nested objects, arrays and maps, typed and untyped enums with
// descriptions, mistyped examples, deprecation, RAM (none and full), errors, changes,
// sources, groups, endpoints, per-operation auth, overview-only operations, odd names and
// response headers (out of name order, typed, with valid values; one with no response body).
func richSpec() *Spec {
	str := func(desc, ex string) *Schema {
		return &Schema{Type: "string", DocType: "string", Description: desc, Example: ex}
	}
	return &Spec{
		Product: "Eiam-developerapi",
		Version: "2022-02-25",
		Style:   ROA,
		Auth:    AuthBearer,
		Title:   "IDaaS developer API",
		Groups: []Group{
			{Name: "Users", Operations: []string{"ListUsers", "PatchUser", "CreateUser"}},
			{Name: "Misc", Operations: []string{"ListRegions", "Describe-Odd.Name{x}"}},
			{Name: "Empty"},
		},
		Endpoints: []Endpoint{
			{Region: "cn-hangzhou", Host: "eiam-developerapi.cn-hangzhou.aliyuncs.com"},
			{Region: "cn-shanghai-finance-1", Host: "eiam-developerapi-share.aliyuncs.com"},
			{Region: "ap-southeast-1", Host: "localhost:8443"},
		},
		Operations: []*Operation{
			{
				Name: "CreateUser", Title: "Create a user", Summary: "Creates a user.",
				Description: "Longer prose.\nSecond line with <html> & \"quotes\" and `backticks` */",
				Style:       ROA, Method: "POST", Path: "/v2/{applicationId}/users",
				RAM: &RAM{Actions: []RAMAction{{
					Action: "eiam:CreateUser", AccessLevel: "create",
					Resources: []RAMResource{
						{Type: "Application", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instance/{#InstanceId}/application/{#ApplicationId}"},
						{Type: "All Resources", ARN: "*"},
					},
					ConditionKeys:    []string{"acs:ResourceTag/${TagKey}", "acs:RequestTag/${TagKey}"},
					DependentActions: []string{"eiam:ListUsers"},
				}, {Action: "eiam:TagResources"}}},
				Params: []*Param{
					{Name: "applicationId", In: InPath, Required: true, Schema: str("The application.", "app_xxx")},
					{Name: "Authorization", In: InHeader, Required: true, Schema: str("Bearer token.", "Bearer xxx")},
					{Name: "username", In: InBody, Required: true, Schema: str("Name.", "alice")},
					{Name: "pageSize", In: InQuery, Schema: &Schema{Type: "integer", Format: "int32", DocType: "integer", Example: "20", Default: 10.0}},
					{Name: "phoneNumber", In: InBody, Schema: &Schema{Type: "string", Example: "12345678901", Deprecated: true, Description: "Deprecated phone."}},
					{Name: "ClientToken", In: InForm, Schema: str("Idempotency token.", "abc-123")},
					{Name: "profile", In: InBody, Schema: &Schema{
						Type: "object", DocType: "object", Description: "Profile.",
						Properties: []*Property{
							{Name: "zeta", Required: true, Schema: &Schema{Type: "string", Example: "z"}},
							{Name: "alpha", Schema: &Schema{Type: "integer", Format: "int64", DocType: "long", Example: "9007199254740993"}},
							{Name: "tags", Schema: &Schema{Type: "array", DocType: "array<string>", Items: &Schema{Type: "string"}}},
							{Name: "labels", Schema: &Schema{Type: "object", DocType: "map", AdditionalProperties: &Schema{Type: "string", Example: "v"}}},
							{Name: "ratio", Schema: &Schema{Type: "number", Format: "double", Example: "0.5", Default: 0.25}},
							{Name: "weight", Schema: &Schema{Type: "number", Format: "float", Example: "1.0"}},
							{Name: "enabled", Schema: &Schema{Type: "boolean", Example: "True", Default: false}},
						},
					}},
					{Name: "Extra", In: InForm, Required: true, Schema: &Schema{Type: "array", Items: &Schema{
						Type: "object", Properties: []*Property{{Name: "Key", Schema: str("", "k")}, {Name: "Value", Schema: str("", "")}},
					}}},
				},
				Response: &Schema{Type: "object", Properties: []*Property{
					{Name: "requestId", Schema: str("Request ID.", "0441BD79-92F3-53AA-8657-F8CE4A2B912A")},
					{Name: "userId", Schema: &Schema{Type: "integer", Example: "not-a-number"}},
				}},
				ResponseExample: "{\n  \"requestId\": \"0441BD79-92F3-53AA-8657-F8CE4A2B912A\",\n  \"userId\": \"user_1\"\n}",
				ResponseHeaders: []*Header{
					{Name: "x-oss-request-id", Schema: str("The request ID.", "5C06A3B67B8B5A3DA422299D")},
					{Name: "ETag", Schema: &Schema{Type: "string", DocType: "String", Description: "Entity tag.", Example: "\"5B3C1A2E\"", Deprecated: true}},
					{Name: "X-Total-Count", Schema: &Schema{Type: "integer", Format: "int32", DocType: "Integer", Example: "not-a-number"}},
					{Name: "x-acs-mode", Schema: &Schema{Type: "string", Enum: []EnumValue{{Value: "sync", Description: "waits"}, {Value: "async"}}}},
					{Name: "Untyped", Schema: &Schema{}},
				},
				Errors: []ErrorCode{
					{HTTPStatus: 400, Code: "InvalidParameter", Message: "The parameter is invalid.", Description: "Check it."},
					{Code: "NoStatus"},
				},
				Changes: []Change{{Date: "2023-01-02", Summary: "Request parameters changed."}, {Date: "2022-05-06"}},
				Source:  Source{File: "pages/CreateUser.txt", URL: "https://example.com/CreateUser", LastUpdated: "2024-03-01", Lang: "en"},
			},
			{
				Name: "DeleteUser", Summary: "Same route as ListUsers up to template names.", Style: ROA, Method: "DELETE", Path: "/v2/{appId}/users",
				Params: []*Param{{Name: "appId", In: InPath, Required: true, Schema: str("", "")}},
			},
			{
				Name: "Describe-Odd.Name{x}", Summary: "Odd name: braces, dot, dash.", Style: RPC, Method: "POST", Path: "/",
				Auth: AuthAK,
				Params: []*Param{
					{Name: "Tag.N.Key", In: InQuery, Schema: str("Flattened.", "env")},
					{Name: "1st param", In: InQuery, Required: true, Schema: &Schema{Type: "integer", Format: "int32", Example: "007"}},
					{Name: "Status", In: InQuery, Schema: &Schema{Type: "integer", Enum: []EnumValue{{Value: "0", Description: "off"}, {Value: "1", Description: "on"}, {Value: "2"}}, Example: "1", Default: 1.0}},
					{Name: "Mode", In: InQuery, Schema: &Schema{Type: "integer", Enum: []EnumValue{{Value: "fast", Description: "mistyped"}, {Value: "1"}}}},
					{Name: "Kind", In: InQuery, Schema: &Schema{Type: "string", Enum: []EnumValue{{Value: "a", Description: "first"}, {Value: "a", Description: "doubled"}}}},
					{Name: "Color", In: InQuery, Schema: &Schema{Type: "string", Enum: []EnumValue{{Value: "red"}, {Value: "true"}, {Value: "10"}}, Example: "blue", Default: "true"}},
					{Name: "Context", In: InQuery, Schema: &Schema{Type: "object", DocType: "Json", Style: JSONStyle, Description: "A map sent as JSON text.", Example: `{"k":"v"}`, AdditionalProperties: &Schema{}}},
					{Name: "Options", In: InForm, Schema: &Schema{Type: "array", Style: JSONStyle, Items: &Schema{Type: "object", Properties: []*Property{{Name: "Key", Required: true, Schema: str("", "")}}}}},
				},
				RAM: &RAM{None: true},
			},
			{
				Name: "GetToken", Summary: "Anonymous token endpoint.", Style: ROA, Method: "POST", Path: "/v2/oauth/token",
				Auth: AuthAnonymous, Deprecated: true,
				Params: []*Param{
					{Name: "grant_type", In: InForm, Required: true, Schema: str("", "client_credentials")},
				},
				ResponseExample: "not json at all",
				ResponseHeaders: []*Header{{Name: "Cache-Control", Schema: &Schema{Type: "string", Example: "no-store"}}},
				RAM:             &RAM{},
			},
			{Name: "ListRegions", Title: "List regions", Summary: "Overview only.", OverviewOnly: true},
			{
				Name: "ListUsers", Style: ROA, Method: "GET", Path: "/v2/{applicationId}/users",
				Params: []*Param{
					{Name: "applicationId", In: InPath, Schema: str("Optional on the page.", "")},
					{Name: "nextToken", In: InQuery, Schema: str("", "")},
					{Name: "maxResults", In: InQuery, Schema: &Schema{Type: "integer", Format: "int32", Example: "20"}},
					{Name: "untyped", In: InQuery, Schema: &Schema{Example: "anything"}},
				},
				Response: &Schema{Type: "object", Properties: []*Property{
					{Name: "nextToken", Schema: &Schema{Type: "string"}},
					{Name: "data", Schema: &Schema{Type: "array", Items: &Schema{Type: "object", Properties: []*Property{
						{Name: "userId", Required: true, Schema: &Schema{Type: "string", Example: "user_1"}},
					}}}},
				}},
				ResponseExample: `{"nextToken":"t","data":[{"userId":"user_1"}]}`,
			},
			{
				Name: "OverviewWithPath", OverviewOnly: true, Method: "GET", Path: "/v2/things/{id}", Style: ROA, Title: "Things",
			},
			{
				Name: "PatchUser", Style: ROA, Method: "PATCH", Path: "/v2/{applicationId}/users/{userId}", Auth: AuthBearer,
				Params: []*Param{
					{Name: "userId", In: InPath, Required: true, Schema: str("", "u1")},
					{Name: "applicationId", In: InPath, Required: true, Schema: str("", "a1")},
					{Name: "body", In: InBody, Schema: &Schema{}},
				},
				Source: Source{Lang: "zh"},
			},
			{
				Name: "PutRawSettings", Style: ROA, Method: "PUT", Path: "/v2/{applicationId}/settings",
				Params: []*Param{
					{Name: "applicationId", In: InPath, Required: true, Schema: str("", "a1")},
					{Name: "body", In: InWholeBody, Required: true, Schema: &Schema{Type: "string", Description: "The settings as a JSON text.", Example: `{"a":1}`}},
				},
			},
			{
				Name: "PutTags", Style: ROA, Method: "POST", Path: "/v2/tags",
				Params: []*Param{
					{Name: "tags", In: InWholeBody, Schema: &Schema{Type: "array", Items: &Schema{Type: "object", Properties: []*Property{
						{Name: "key", Required: true, Schema: &Schema{Type: "string"}},
					}}}},
					{Name: "dryRun", In: InQuery, Schema: &Schema{Type: "boolean"}},
				},
			},
			{
				Name: "SamePathOtherOp", Style: ROA, Method: "POST", Path: "/v2/oauth/token",
				Params: []*Param{{Name: "applicationId", In: InQuery, Required: true, Schema: str("", "")}},
				Response: &Schema{Type: "object", Properties: []*Property{
					{Name: "Data", Schema: &Schema{Type: "object", Properties: []*Property{
						{Name: "Items", Schema: &Schema{Type: "array", Items: &Schema{Type: "string"}}},
						{Name: "Total", Schema: &Schema{Type: "integer"}},
					}}},
				}},
			},
			{
				Name: "中文操作", Summary: "Unicode name.", Style: RPC, Method: "GET", Path: "/",
				Params: []*Param{{Name: "PageNumber", In: InQuery, Schema: &Schema{Type: "integer"}}, {Name: "PageSize", In: InQuery, Schema: &Schema{Type: "integer"}}},
			},
		},
	}
}
