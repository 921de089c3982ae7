package ir

import "github.com/acsgen/acsgen/opspec"

// Package is a whole generated Go package: one product version.
type Package struct {
	Spec *opspec.Spec
	Name string // the Go package name ("eiam20211201")
	// Ops are the callable operations in name order.
	Ops []*Operation
	// OverviewOnly are operations the overview lists without a page: documented, not
	// callable, so they have no Go names.
	OverviewOnly []*opspec.Operation
	// Structs are the named structs (requests, responses, nested objects) in declaration
	// order; Enums likewise.
	Structs []*Struct
	Enums   []*Enum
	// Errors are the documented error codes (x-acs-errors) of the callable operations, one
	// per code, sorted by code: the client declares each as a string constant.
	Errors []*ErrorCode
	// Endpoints are the documented hosts (x-acs-endpoints) of the regions whose host is not
	// <product>.<region>.aliyuncs.com (acs.ProductEndpoint), in spec order: all the region
	// map data a client needs, since the runtime builds every other host itself.
	// EndpointsVar names the package-level variable the client declares them in; "" when
	// there are none.
	Endpoints    []opspec.Endpoint
	EndpointsVar string
}

// ErrorCode is one documented error code and its Go constant.
type ErrorCode struct {
	Name string // the constant ("ErrCodeEntityNotExistsInstance")
	Code string // the code the service returns (acs.Error.Code)
	// HTTPStatuses are the documented statuses, ascending, without zeros; Message the first
	// documented message; Ops the Go methods that document the code, in method order.
	HTTPStatuses []int
	Message      string
	Ops          []string
}

// Operation is one callable operation and its Go names.
type Operation struct {
	Op *opspec.Operation
	// Name is the Go method ("CreateInstance"); Descriptor the package-level variable
	// holding the operation's static descriptor ("opCreateInstance").
	Name       string
	Descriptor string
	// Endpoint facts, the spec's defaults applied.
	Style      opspec.Style // RPC or ROA
	HTTPMethod string       // upper case; POST when the page does not say
	Path       string       // the request path pattern; "/" for RPC
	Auth       opspec.Auth
	Body       BodyKind // how request values in the body travel
	Idempotent bool     // safe to retry on 5xx and network errors
	// Request and Response are the operation's structs; Response exists even when the page
	// documents no body.
	Request, Response *Struct
	// ClientToken is the request's idempotency token field, when it has one: the client
	// fills it when empty so that retries are idempotent.
	ClientToken *Field
	// Paging is set when the operation gets a pagination iterator.
	Paging *Paging
}

// BodyKind is how an operation's body parameters are encoded.
type BodyKind string

// Body kinds: none, a form (RPC), a JSON document (ROA).
const (
	BodyNone BodyKind = ""
	BodyForm BodyKind = "form"
	BodyJSON BodyKind = "json"
)

// Struct is a named Go struct: a request, a response or a nested object.
type Struct struct {
	Name   string
	Doc    []string
	Fields []*Field
	// InRequest marks structs sent in a request: they get a Validate method.
	InRequest bool
}

// Field is one field of a struct.
type Field struct {
	Name string // Go field name
	Wire string // documented name: JSON key or parameter name
	// JSON is the key encoding/json uses for the field; empty when the field has no JSON
	// form: a ROA request's path, query and header values (the request itself is the JSON
	// body) and documented names that cannot be a struct tag (quotes, commas, backticks).
	JSON  string
	In    opspec.Location // request parameters only: where the value travels
	Param *opspec.Param   // request parameters only: the documented parameter
	// JSONText marks a request parameter, or a field nested in a flattened one, whose
	// structured value (Type a map, struct or slice) goes on the wire as one JSON text
	// (opspec.JSONStyle), under the field's flattened name for a nested one.
	JSONText bool
	Required bool
	Type     *Type
	Schema   *opspec.Schema
}

// Kind is the shape of a Go type.
type Kind int

// Kinds of Go types.
const (
	Scalar     Kind = iota // string, int32, int64, float64, bool
	EnumKind               // a named string or integer type with constants
	StructKind             // a named struct
	Slice
	Map // map[string]Elem
	Any
)

// Type is the Go type of a field, a slice element or a map value.
type Type struct {
	Kind   Kind
	Scalar string  // Scalar: the Go type; EnumKind: the underlying type
	Enum   *Enum   // EnumKind
	Struct *Struct // StructKind
	Elem   *Type   // Slice, Map
	// Pointer marks an optional request value whose zero value is an answer (see the
	// package doc); the field is *T.
	Pointer bool
}

// Enum is a named type with documented values.
type Enum struct {
	Name       string
	Underlying string // string, int32 or int64
	Values     []EnumConst
	Schema     *opspec.Schema
}

// EnumConst is one constant of an enum.
type EnumConst struct {
	Name, Value, Doc string
}

// Paging is how an operation's iterator drives the pages.
type Paging struct {
	Method string // the iterator method ("ListUsersAll")
	Token  bool   // NextToken/MaxResults style; else PageNumber/PageSize
	// Request fields that the loop sets.
	ReqToken, ReqPage, ReqSize *Field
	// Response paths (Go field names) to the items, the total and the next token.
	Items     []string
	ItemType  *Type
	Total     []string
	RespToken []string
}

// String is the type as Go source ("*Mode", "[]GetUserResponseUser", "map[string]any").
// diff compares types by it.
func (t *Type) String() string {
	if t == nil {
		return "any"
	}
	var s string
	switch t.Kind {
	case Scalar:
		s = t.Scalar
	case EnumKind:
		s = t.Enum.Name
	case StructKind:
		s = t.Struct.Name
	case Slice:
		s = "[]" + t.Elem.String()
	case Map:
		s = "map[string]" + t.Elem.String()
	default:
		s = "any"
	}
	if t.Pointer {
		return "*" + s
	}
	return s
}

// Op returns the operation with the documented name, or nil.
func (p *Package) Op(name string) *Operation {
	for _, o := range p.Ops {
		if o.Op.Name == name {
			return o
		}
	}
	return nil
}
