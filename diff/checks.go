package diff

import "sort"

// Check describes one kind of change: its stable ID, default level and what it usually
// breaks. A change may refine Breaks (a type change in a query string is not a type change
// on a JSON wire), never the level: one ID, one level, so that gates and overrides are
// predictable.
type Check struct {
	ID      string  `json:"id"`
	Level   Level   `json:"level"`
	Section Section `json:"section"`
	Breaks  Breaks  `json:"breaks"`
	Summary string  `json:"summary"`
}

// checkTable is every check this package reports. IDs follow oasdiff's where the meaning is
// the same (new-required-request-parameter, request-parameter-became-required,
// response-property-enum-value-added, api-removed-without-deprecation ...).
func checkTable() []Check {
	var (
		none   = Breaks{}
		wire   = Breaks{Wire: true}
		goOnly = Breaks{Go: true}
		both   = Breaks{Wire: true, Go: true}
		policy = Breaks{Policy: true}
	)
	return []Check{
		// spec
		{"spec-product-changed", Breaking, SectionSpec, both, "the two specs describe different products"},
		{"spec-version-changed", Info, SectionSpec, none, "the API version changed"},
		{"spec-style-changed", Breaking, SectionSpec, wire, "the product's API style changed (RPC/ROA)"},
		{"spec-auth-changed", Breaking, SectionSpec, both, "the product's default authentication changed"},
		{"spec-endpoint-added", Info, SectionSpec, none, "a region is documented at the host clients already used (<product>.<region>.aliyuncs.com)"},
		{"spec-endpoint-removed", Info, SectionSpec, none, "a region is no longer documented; clients keep using <product>.<region>.aliyuncs.com, its documented host"},
		{"spec-endpoint-changed", Warning, SectionSpec, wire, "the host a region's calls go to changed (documented host or <product>.<region>.aliyuncs.com)"},

		// operations
		{"api-added", Info, SectionOperation, none, "an operation was added"},
		{"api-removed-without-deprecation", Breaking, SectionOperation, both, "an operation was removed without being deprecated first"},
		{"api-removed-after-deprecation", Warning, SectionOperation, both, "a deprecated operation was removed"},
		{"api-deprecated", Warning, SectionOperation, none, "an operation was deprecated"},
		{"api-reactivated", Info, SectionOperation, none, "an operation is no longer deprecated"},
		{"api-details-added", Info, SectionOperation, none, "an operation known only from the overview is now documented"},
		{"api-details-removed", Warning, SectionOperation, goOnly, "an operation is now known only from the overview; no method is generated for it"},
		{"api-style-changed", Breaking, SectionOperation, wire, "an operation's style changed (RPC/ROA)"},
		{"api-method-changed", Breaking, SectionOperation, wire, "an operation's HTTP method changed"},
		{"api-path-changed", Breaking, SectionOperation, wire, "an operation's path changed"},
		{"api-auth-changed", Breaking, SectionOperation, both, "an operation's authentication changed"},

		// request parameters
		{"new-required-request-parameter", Breaking, SectionRequest, wire, "a required request parameter was added"},
		{"new-optional-request-parameter", Info, SectionRequest, none, "an optional request parameter was added"},
		{"request-parameter-removed", Breaking, SectionRequest, both, "a request parameter was removed"},
		{"request-parameter-renamed", Breaking, SectionRequest, both, "a request parameter was renamed (a removed and an added parameter of the same type and location with similar names)"},
		{"request-parameter-became-required", Breaking, SectionRequest, wire, "a request parameter became required"},
		{"request-parameter-became-optional", Info, SectionRequest, none, "a request parameter became optional"},
		{"request-parameter-location-changed", Breaking, SectionRequest, wire, "a request parameter moved between path, query, header, body and form"},
		{"request-parameter-type-changed", Breaking, SectionRequest, both, "a request parameter's type changed"},
		{"request-parameter-style-changed", Breaking, SectionRequest, wire, "a request parameter's value is now sent as one JSON text instead of flattened, or the other way round"},
		{"request-parameter-integer-width-changed", Breaking, SectionRequest, goOnly, "a request parameter's integer width changed (int32/int64)"},
		{"request-parameter-format-changed", Info, SectionRequest, none, "a request parameter's format changed without changing its Go type"},
		{"request-parameter-enum-value-added", Info, SectionRequest, none, "a valid value was added to a request parameter"},
		{"request-parameter-enum-value-removed", Breaking, SectionRequest, both, "a valid value was removed from a request parameter"},
		{"request-parameter-enum-introduced", Breaking, SectionRequest, both, "a request parameter now has a closed list of valid values"},
		{"request-parameter-enum-dropped", Info, SectionRequest, goOnly, "a request parameter no longer lists valid values"},
		{"request-parameter-deprecated", Warning, SectionRequest, none, "a request parameter was deprecated"},
		{"request-parameter-default-value-added", Info, SectionRequest, none, "a request parameter now documents its default value"},
		{"request-parameter-default-value-changed", Warning, SectionRequest, wire, "a request parameter's default value changed: callers that leave it out get the new behaviour"},
		{"request-parameter-default-value-removed", Warning, SectionRequest, wire, "a request parameter no longer documents its default value: callers that leave it out may not get the old behaviour"},

		// nested request properties (inside body or object parameters)
		{"new-required-request-property", Breaking, SectionRequest, wire, "a required property was added inside a request parameter"},
		{"new-optional-request-property", Info, SectionRequest, none, "an optional property was added inside a request parameter"},
		{"request-property-removed", Breaking, SectionRequest, both, "a property was removed from a request parameter"},
		{"request-property-became-required", Breaking, SectionRequest, wire, "a request property became required"},
		{"request-property-became-optional", Info, SectionRequest, none, "a request property became optional"},
		{"request-property-type-changed", Breaking, SectionRequest, both, "a request property's type changed"},
		{"request-property-style-changed", Breaking, SectionRequest, wire, "a request property's value is now sent as one JSON text under its flattened name instead of flattened further, or the other way round"},
		{"request-property-integer-width-changed", Breaking, SectionRequest, goOnly, "a request property's integer width changed (int32/int64)"},
		{"request-property-format-changed", Info, SectionRequest, none, "a request property's format changed without changing its Go type"},
		{"request-property-enum-value-added", Info, SectionRequest, none, "a valid value was added to a request property"},
		{"request-property-enum-value-removed", Breaking, SectionRequest, both, "a valid value was removed from a request property"},
		{"request-property-enum-introduced", Breaking, SectionRequest, both, "a request property now has a closed list of valid values"},
		{"request-property-enum-dropped", Info, SectionRequest, goOnly, "a request property no longer lists valid values"},
		{"request-property-deprecated", Warning, SectionRequest, none, "a request property was deprecated"},
		{"request-property-default-value-added", Info, SectionRequest, none, "a request property now documents its default value"},
		{"request-property-default-value-changed", Warning, SectionRequest, wire, "a request property's default value changed: callers that leave it out get the new behaviour"},
		{"request-property-default-value-removed", Warning, SectionRequest, wire, "a request property no longer documents its default value: callers that leave it out may not get the old behaviour"},

		// idempotency and pagination (Alibaba conventions)
		{"request-idempotency-token-removed", Breaking, SectionRequest, both, "the ClientToken idempotency parameter was removed: retries are no longer safe"},
		{"request-idempotency-token-added", Info, SectionRequest, none, "a ClientToken idempotency parameter was added"},
		{"pagination-added", Info, SectionPagination, none, "the operation now pages (NextToken/MaxResults or PageNumber/PageSize)"},
		{"pagination-removed", Breaking, SectionPagination, both, "the operation no longer pages; generated iterators disappear"},
		{"pagination-changed", Breaking, SectionPagination, both, "the operation switched pagination style"},

		// response
		{"response-schema-added", Info, SectionResponse, none, "the response body is now documented"},
		{"response-schema-removed", Warning, SectionResponse, both, "the response body is no longer documented"},
		{"response-property-added", Info, SectionResponse, none, "a response field was added"},
		{"response-property-removed", Breaking, SectionResponse, both, "a response field was removed"},
		{"response-property-type-changed", Breaking, SectionResponse, both, "a response field's type changed"},
		{"response-property-integer-width-changed", Breaking, SectionResponse, goOnly, "a response field's integer width changed (int32/int64)"},
		{"response-property-format-changed", Info, SectionResponse, none, "a response field's format changed without changing its Go type"},
		{"response-property-enum-value-added", Warning, SectionResponse, wire, "a value was added to a response field: clients may not know it"},
		{"response-property-enum-value-removed", Info, SectionResponse, goOnly, "a value was removed from a response field (its Go constant disappears)"},
		{"response-property-enum-introduced", Info, SectionResponse, goOnly, "a response field now has a closed list of values"},
		{"response-property-enum-dropped", Warning, SectionResponse, both, "a response field no longer lists its values"},
		{"response-property-deprecated", Warning, SectionResponse, none, "a response field was deprecated"},

		// response headers (generated clients do not decode them: nothing breaks in Go)
		{"response-header-added", Info, SectionResponse, none, "a response header was documented"},
		{"response-header-removed", Breaking, SectionResponse, wire, "a response header is no longer documented: clients that read it break"},
		{"response-header-type-changed", Breaking, SectionResponse, wire, "a response header's type changed"},
		{"response-header-integer-width-changed", Warning, SectionResponse, wire, "a response header's integer width changed (int32/int64): clients that parse it may overflow"},
		{"response-header-format-changed", Info, SectionResponse, none, "a response header's format changed"},
		{"response-header-enum-value-added", Warning, SectionResponse, wire, "a value was added to a response header: clients may not know it"},
		{"response-header-enum-value-removed", Info, SectionResponse, none, "a value was removed from a response header"},
		{"response-header-enum-introduced", Info, SectionResponse, none, "a response header now has a closed list of values"},
		{"response-header-enum-dropped", Warning, SectionResponse, none, "a response header no longer lists its values"},
		{"response-header-deprecated", Warning, SectionResponse, none, "a response header was deprecated"},

		// Go: differences between the two Go models (gen/ir) that no change above explains
		{"go-method-renamed", Breaking, SectionOperation, goOnly, "the operation's Go method was renamed (another operation's name took its place)"},
		{"request-go-field-changed", Breaking, SectionRequest, goOnly, "a request field's Go name or type changed (a field, type or constant name taken by another, a pointer rule)"},
		{"response-go-field-changed", Breaking, SectionResponse, goOnly, "a response field's Go name or type changed (a field, type or constant name taken by another)"},

		// RAM authorization
		{"ram-authorization-required", Breaking, SectionRAM, policy, "the operation now needs RAM authorization"},
		{"ram-authorization-no-longer-required", Info, SectionRAM, none, "the operation no longer needs RAM authorization"},
		{"ram-action-added", Breaking, SectionRAM, policy, "the operation needs an additional RAM action"},
		{"ram-action-removed", Info, SectionRAM, none, "the operation no longer needs a RAM action"},
		{"ram-action-changed", Breaking, SectionRAM, policy, "the operation's RAM action was renamed"},
		{"ram-access-level-changed", Info, SectionRAM, none, "a RAM action's access level changed"},
		{"ram-resource-added", Warning, SectionRAM, policy, "a RAM action applies to an additional resource type"},
		{"ram-resource-removed", Warning, SectionRAM, policy, "a RAM action no longer lists a resource type"},
		{"ram-resource-changed", Warning, SectionRAM, policy, "a RAM resource's ARN template changed"},
		{"ram-condition-key-added", Info, SectionRAM, none, "a RAM condition key was added"},
		{"ram-condition-key-removed", Warning, SectionRAM, policy, "a RAM condition key was removed: policies using it stop matching"},
		{"ram-dependent-action-added", Warning, SectionRAM, policy, "a RAM action now depends on another action"},
		{"ram-dependent-action-removed", Info, SectionRAM, none, "a RAM action no longer depends on another action"},

		// error codes
		{"error-code-added", Info, SectionErrors, none, "an error code was documented"},
		{"error-code-removed", Warning, SectionErrors, none, "an error code is no longer documented: code matching on it may be dead"},
		{"error-code-status-changed", Warning, SectionErrors, wire, "an error code's HTTP status changed"},
		{"go-error-constant-changed", Breaking, SectionErrors, goOnly, "an error code's Go constant is gone (no remaining operation documents the code) or was renamed (another code took its name)"},
	}
}

// Checks lists every check, sorted by ID.
func Checks() []Check {
	cs := checkTable()
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	return cs
}

// checkIndex maps IDs to checks; built once per Compare (no package state).
func checkIndex() map[string]Check {
	m := map[string]Check{}
	for _, c := range checkTable() {
		m[c.ID] = c
	}
	return m
}
