package acs

// Style is the API style of an operation.
type Style string

const (
	// RPC operations are POST / with the name in x-acs-action and parameters in the query.
	RPC Style = "RPC"
	// ROA operations are REST-like: method, path parameters, query, headers, JSON body.
	ROA Style = "ROA"
)

// AuthType says how a call authenticates. The values equal opspec.Auth's.
type AuthType string

const (
	// AuthAK signs with an AccessKey (ACS3-HMAC-SHA256, or V2 for RPC if configured). The
	// zero value means AuthAK.
	AuthAK AuthType = "ak"
	// AuthBearer sends "Authorization: Bearer <token>" and no AccessKey signature.
	AuthBearer AuthType = "bearer"
	// AuthAnonymous sends no credentials.
	AuthAnonymous AuthType = "anonymous"
)

// BodyType says how the request body is encoded.
type BodyType string

const (
	// BodyNone sends no body, unless Request.Form has values (then a form body).
	BodyNone BodyType = ""
	// BodyJSON sends Request.Body as JSON (content-type application/json; charset=utf-8);
	// a nil Body is sent as {}.
	BodyJSON BodyType = "json"
	// BodyForm sends Request.Form as application/x-www-form-urlencoded.
	BodyForm BodyType = "form"
)

// Operation is the static description of one API operation. Generated code declares one
// per method as a package-level variable and never modifies it.
type Operation struct {
	Name    string // x-acs-action, e.g. "CreateUser"
	Version string // x-acs-version, e.g. "2021-12-01"
	// Product is the product code that names the endpoint ("eiam" →
	// eiam.<region>.aliyuncs.com); it is lower-cased.
	Product string
	Style   Style
	// Method is the HTTP method; empty means POST.
	Method string
	// PathPattern is the ROA path with {name} placeholders; RPC uses "/" (empty means "/").
	PathPattern string
	Auth        AuthType
	BodyType    BodyType
	// Idempotent marks an operation safe to repeat (a read), so network errors and 5xx
	// replies are retried even on POST.
	Idempotent bool
}

// Request carries one call's parameter values. Generated code fills it from the typed
// input; absent optional values are simply not added.
type Request struct {
	// Path holds ROA path parameter values by placeholder name (unencoded).
	Path map[string]string
	// Query is sent in the query string (RPC operation parameters go here even on POST).
	Query Values
	// Form is sent as an application/x-www-form-urlencoded body.
	Form Values
	// Header holds header parameters. For AuthBearer operations an "Authorization" header
	// here is the token ("Bearer " is added when missing) and overrides Options.BearerToken.
	Header Values
	// Body is marshalled as the JSON body (BodyJSON operations).
	Body any
	// RawBody, when not nil, is the JSON body as it is sent (BodyJSON operations whose whole
	// body is one string parameter); empty means no body. It wins over Body.
	RawBody []byte
}
