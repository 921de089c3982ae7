// Package opspec holds the normalized model of one Alibaba Cloud product version: the one
// model in the middle of acsgen. The scraper produces it, the OpenAPI file is its serialized
// form (see openapi.go), and every emitter (client, mock, docs) and the differ read only it.
//
// The model keeps what the documentation says, in the documentation's order, so that docs
// and generated code follow the pages; nothing here is OpenAPI-specific.
package opspec

// Style is the API style of a product version or operation.
type Style string

const (
	// RPC operations share POST / and are named by Action and Version.
	RPC Style = "RPC"
	// ROA operations are addressed by METHOD /path/{param}.
	ROA Style = "ROA"
)

// Auth says how a caller authenticates.
type Auth string

const (
	// AuthAK signs requests with an AccessKey pair (ACS3-HMAC-SHA256). It is the default.
	AuthAK Auth = "ak"
	// AuthBearer sends "Authorization: Bearer <token>" and no AccessKey signature.
	AuthBearer Auth = "bearer"
	// AuthAnonymous sends no credentials at all (token endpoints, for example).
	AuthAnonymous Auth = "anonymous"
)

// Location is where a request parameter travels.
type Location string

const (
	InPath   Location = "path"
	InQuery  Location = "query"
	InHeader Location = "header"
	// InBody is a top-level property of a JSON request body (ROA).
	InBody Location = "body"
	// InForm is a field of an application/x-www-form-urlencoded body (RPC ClientToken, for
	// example); nested values are flattened like query parameters.
	InForm Location = "form"
	// InWholeBody is the whole request body (ROA): the operation's one such parameter is
	// sent as the entire body, not as a field of it. A string is sent as it is (a JSON text
	// the caller wrote; application/json), any other value as its JSON. An operation with a
	// whole-body parameter has no InBody or InForm parameters.
	InWholeBody Location = "wholebody"
)

// Spec is one product version.
type Spec struct {
	// Product is the product code as the docs write it ("Eiam", "RocketMQ",
	// "Eiam-developerapi"); Key() gives the lower-case form used for directories.
	Product string
	Version string // "2021-12-01"
	Style   Style
	// Auth is the default authentication of the product's operations.
	Auth Auth
	// Title is a human name of the product ("Identity as a Service"), when the pages give one.
	Title string
	// Groups are the operation groups of the overview page, in page order; empty when the
	// overview does not group operations.
	Groups []Group
	// Endpoints are the documented hosts by region (the metadata's region map), in document
	// order; empty when the sources do not say. A region not listed is reached at
	// <product>.<region>.aliyuncs.com.
	Endpoints []Endpoint
	// Operations are sorted by Name.
	Operations []*Operation
}

// Group is a named group of operations on an overview page.
type Group struct {
	Name       string
	Operations []string // operation names, in page order
}

// Endpoint is the host that serves a product version in one region.
type Endpoint struct {
	Region string // region ID: "cn-hangzhou"
	Host   string // host name, no scheme: "ecs-cn-hangzhou.aliyuncs.com"
}

// Operation is one API operation.
type Operation struct {
	Name        string // documented operation name, also operationId and x-acs-action
	Title       string // short title (overview "Title" column or page heading)
	Summary     string // first sentence(s) under the page title or the overview description
	Description string // further prose, when any
	Style       Style  // usually the spec's style
	Method      string // upper case; "POST" for RPC
	// Path is the ROA path template ("/instances/{instanceId}/accounts"); "/" for RPC.
	Path string
	// Auth overrides Spec.Auth for this operation when set.
	Auth       Auth
	Deprecated bool
	// OverviewOnly marks an operation known only from an overview page: name, title and
	// summary, nothing callable.
	OverviewOnly bool

	RAM    *RAM     // nil when the page does not say; RAM.None when it says "no authorization"
	Params []*Param // request parameters in page order (body children are top-level InBody params)
	// Response is the schema of the 200 response body (an object), nil if unknown.
	Response *Schema
	// ResponseExample is the JSON example of a successful response, as written on the page.
	ResponseExample string
	// ResponseHeaders are the headers of the 200 response the page documents ("Response
	// headers", "响应头"), in page order: no fields of the body, so kept apart from Response.
	ResponseHeaders []*Header
	Errors          []ErrorCode
	Changes         []Change
	Source          Source
}

// Param is one request parameter.
type Param struct {
	Name     string
	In       Location
	Required bool
	Schema   *Schema // type, format, description, example, enum, nesting
}

// Header is one documented header of the 200 response (ETag, x-oss-request-id). Its
// Schema holds type, format, description, example and valid values; the name is matched
// in any letter case, as HTTP does.
type Header struct {
	Name   string
	Schema *Schema
}

// Schema describes a value: a parameter, a response field or an array item.
type Schema struct {
	// Type is one of string, integer, number, boolean, object, array.
	Type string
	// Format refines Type: int32, int64, float, double, date-time, binary ... or "".
	Format string
	// DocType is the type word as the docs wrote it ("long", "array<object>", "Struct"),
	// kept for docs and diagnostics.
	DocType     string
	Description string
	Example     string
	// Default is the value the service takes when a request leaves the parameter out, as
	// encoding/json decodes JSON (string, float64, bool, or a map or slice of them; nil: no
	// default documented). Written as the OpenAPI schema's `default` only when the schema
	// accepts it (type, enum).
	Default    any
	Enum       []EnumValue
	Deprecated bool
	// Properties are an object's fields in page order.
	Properties []*Property
	// Items is an array's element schema.
	Items *Schema
	// AdditionalProperties is a map's value schema.
	AdditionalProperties *Schema
	// Style is how a parameter's value goes on the wire when that is not the plain
	// flattening of its type: JSONStyle (an object, map or array sent as one parameter
	// whose value is its JSON text), or "". It is meaningful on a parameter's schema and on
	// a property of a flattened (query, form or header) parameter's value, which then goes
	// as one parameter under its flattened name (Config.Data={...}, Tag.1.Data={...}).
	Style string
}

// JSONStyle is the Schema.Style of a parameter whose structured value is sent as JSON text.
const JSONStyle = "json"

// JSONText reports whether the parameter's value is a structure sent as one JSON text.
func (p *Param) JSONText() bool { return p != nil && p.Schema != nil && p.Schema.Style == JSONStyle }

// Property is a named field of an object schema.
type Property struct {
	Name     string
	Required bool
	Schema   *Schema
}

// EnumValue is one documented valid value.
type EnumValue struct {
	Value       string
	Description string
}

// RAM is the RAM authorization of an operation.
type RAM struct {
	// None is true when the page says the operation needs no authorization.
	None    bool
	Actions []RAMAction
}

// RAMAction is one row of the RAM authorization table.
type RAMAction struct {
	Action           string // "eiam:CreateInstance"
	AccessLevel      string // create, get, list, update, delete, read, write ...
	Resources        []RAMResource
	ConditionKeys    []string
	DependentActions []string
}

// RAMResource is a resource type with its ARN template.
type RAMResource struct {
	Type     string // "Instance" or "All Resources"
	Required bool   // marked with * on the page
	ARN      string // "acs:eiam:{#regionId}:{#accountId}:instance/*"
}

// ErrorCode is one row of an operation's error-code table.
type ErrorCode struct {
	HTTPStatus  int
	Code        string
	Message     string
	Description string
}

// Change is one row of an operation's change history.
type Change struct {
	Date    string // YYYY-MM-DD
	Summary string
}

// Source says where an operation's facts came from.
type Source struct {
	File        string // path relative to the scrape root, slash-separated
	URL         string
	LastUpdated string // YYYY-MM-DD
	Lang        string // en, zh, id ...
}
