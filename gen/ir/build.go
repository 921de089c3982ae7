package ir

import (
	"errors"
	"fmt"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/gen/naming"
	"github.com/acsgen/acsgen/opspec"
)

// reservedPackage are the package-level identifiers the client emitter writes itself, which
// documented names must not take.
var reservedPackage = []string{
	"Client", "NewClient", "Option", "Options", "API", "ValidationError",
	"WithRegion", "WithEndpoint", "WithCredentials", "WithBearerToken", "WithHTTPClient",
	"WithRetry", "WithMiddleware", "WithUserAgent", "WithRuntimeOptions",
	"Product", "Version", "regionEndpoints", "acs", "context", "errors", "fmt", "iter", "strconv", "json", "http",
}

// PackageName is the default Go package name of a spec's client (naming.Package):
// "eiam-developerapi", "2022-02-25" → "eiamdeveloperapi20220225".
func PackageName(s *opspec.Spec) string { return naming.Package(s.Product, s.Version) }

// builder holds the name scopes while a Package is built.
type builder struct {
	p       *Package
	names   *naming.Scope // package-level identifiers
	methods *naming.Scope // the Client's methods
}

// Build decides the Go view of spec. pkg is the package name; empty means PackageName.
// It fails, without panicking, on a nil spec or a package name that is not an identifier.
// A spec without product or version still has a Go view (diff compares such specs); the
// client emitter refuses them because its descriptors need both.
func Build(spec *opspec.Spec, pkg string) (*Package, error) {
	if spec == nil {
		return nil, errors.New("nil spec")
	}
	if pkg == "" {
		pkg = PackageName(spec)
	}
	if !token.IsIdentifier(pkg) || pkg == "_" {
		return nil, fmt.Errorf("package name %q is not a Go identifier", pkg)
	}
	b := &builder{
		p:       &Package{Spec: spec, Name: pkg},
		names:   naming.NewScope(reservedPackage...),
		methods: naming.ClientMethods(),
	}
	ops := slices.Clone(spec.Operations)
	ops = slices.DeleteFunc(ops, func(op *opspec.Operation) bool { return op == nil })
	slices.SortStableFunc(ops, func(a, b *opspec.Operation) int { return strings.Compare(a.Name, b.Name) })
	for _, op := range ops {
		if op.OverviewOnly {
			b.p.OverviewOnly = append(b.p.OverviewOnly, op)
			continue
		}
		b.addOp(op)
	}
	for _, o := range b.p.Ops {
		if o.Paging = detectPaging(o); o.Paging != nil {
			o.Paging.Method = b.methods.Take(o.Name + "All")
		}
	}
	b.errorCodes()
	b.endpoints()
	return b.p, nil
}

// endpoints keeps the documented hosts the runtime would not build itself.
func (b *builder) endpoints() {
	for _, e := range b.p.Spec.Endpoints {
		if h, err := acs.ProductEndpoint(b.p.Spec.Product, e.Region); err == nil && h == e.Host {
			continue
		}
		b.p.Endpoints = append(b.p.Endpoints, e)
	}
	if len(b.p.Endpoints) > 0 {
		b.p.EndpointsVar = "regionEndpoints"
	}
}

// errorCodes collects the operations' documented error codes, one constant per code
// ("EntityNotExists.Instance" → ErrCodeEntityNotExistsInstance). Codes are named in code
// order after every other package-level name, so a new code never renames a type, and a
// new operation renames a constant only if it documents a code that folds to the same name.
func (b *builder) errorCodes() {
	byCode := map[string]*ErrorCode{}
	for _, o := range b.p.Ops {
		for _, e := range o.Op.Errors {
			code := strings.TrimSpace(e.Code)
			if code == "" {
				continue
			}
			ec := byCode[code]
			if ec == nil {
				ec = &ErrorCode{Code: code, Message: strings.TrimSpace(e.Message)}
				byCode[code] = ec
				b.p.Errors = append(b.p.Errors, ec)
			}
			if ec.Message == "" {
				ec.Message = strings.TrimSpace(e.Message)
			}
			if e.HTTPStatus > 0 && !slices.Contains(ec.HTTPStatuses, e.HTTPStatus) {
				ec.HTTPStatuses = append(ec.HTTPStatuses, e.HTTPStatus)
			}
			if !slices.Contains(ec.Ops, o.Name) {
				ec.Ops = append(ec.Ops, o.Name)
			}
		}
	}
	slices.SortFunc(b.p.Errors, func(x, y *ErrorCode) int { return strings.Compare(x.Code, y.Code) })
	for _, ec := range b.p.Errors {
		slices.Sort(ec.HTTPStatuses)
		ec.Name = b.names.Take("ErrCode" + naming.GoName(ec.Code, "Unnamed"))
	}
}

func (b *builder) addOp(op *opspec.Operation) {
	base := naming.Method(op.Name)
	// The method, the request and the response share one base name, so reserve them
	// together: the first base whose names are all free wins.
	name := base
	for i := 2; ; i++ {
		if !b.methods.Used(name) && !b.names.Used(name+"Request") &&
			!b.names.Used(name+"Response") && !b.names.Used("op"+name) {
			break
		}
		name = base + strconv.Itoa(i)
	}
	b.methods.Take(name)
	spec := b.p.Spec
	o := &Operation{Op: op, Name: name, Auth: spec.EffectiveAuth(op), Style: styleOf(spec, op)}
	o.HTTPMethod = strings.ToUpper(op.Method)
	if o.HTTPMethod == "" {
		o.HTTPMethod = "POST"
	}
	o.Path = "/"
	if o.Style == opspec.ROA && op.Path != "" {
		o.Path = op.Path
	}
	o.Idempotent = idempotent(op)
	o.Descriptor = b.names.Take("op" + name)
	o.Request = &Struct{Name: b.names.Take(name + "Request"), InRequest: true}
	o.Response = &Struct{Name: b.names.Take(name + "Response")}
	b.p.Structs = append(b.p.Structs, o.Request, o.Response)
	var named []fieldName
	for _, prm := range op.Params {
		if prm != nil && !suppliedByAuth(o, prm) {
			named = append(named, fieldName{naming.ParamField(prm.Name), prm.Schema != nil && prm.Schema.Deprecated})
		}
	}
	goNames := fieldNames(named)
	for _, prm := range op.Params {
		if prm == nil || suppliedByAuth(o, prm) {
			continue
		}
		f := &Field{
			Name:     goNames[0],
			Wire:     prm.Name,
			In:       prm.In,
			Param:    prm,
			JSONText: prm.JSONText(),
			Required: prm.Required,
			Schema:   prm.Schema,
		}
		if naming.TagSafe(prm.Name) && !(o.Style == opspec.ROA && prm.In != "" && prm.In != opspec.InBody) {
			f.JSON = prm.Name
		}
		goNames = goNames[1:]
		f.Type = b.typeOf(prm.Schema, o.Request.Name, f.Name, true, prm.Required, 0)
		o.Request.Fields = append(o.Request.Fields, f)
	}
	if op.Response != nil {
		b.fillStruct(o.Response, op.Response, false, 0)
	}
	o.Body = bodyKind(o)
	o.ClientToken = clientToken(o)
	b.p.Ops = append(b.p.Ops, o)
}

// fieldName is a field's base Go name and whether the documentation marks it deprecated.
type fieldName struct {
	base       string
	deprecated bool
}

// fieldNames gives the fields of one struct their unique Go names, in order. Current
// fields choose first, so that where a page documents one wire name twice in two letter
// cases ("Value" and the deprecated "value"), the current one is Value and the old one
// ValueDeprecated, not Value2: the name says which is which whatever the page's row order.
// Other clashes keep the numeric suffixes of naming.Scope.
func fieldNames(fields []fieldName) []string {
	fs := naming.StructFields()
	out := make([]string, len(fields))
	for i, f := range fields {
		if !f.deprecated {
			out[i] = fs.Take(f.base)
		}
	}
	for i, f := range fields {
		if f.deprecated {
			name := f.base
			if fs.Used(name) {
				name += "Deprecated"
			}
			out[i] = fs.Take(name)
		}
	}
	return out
}

// maxDepth bounds nesting, so that a pathological spec cannot make the build recurse
// without end; deeper values are `any`.
const maxDepth = 32

// fillStruct adds an object schema's properties as fields.
func (b *builder) fillStruct(st *Struct, s *opspec.Schema, request bool, depth int) {
	var named []fieldName
	for _, prop := range s.Properties {
		if prop != nil {
			named = append(named, fieldName{naming.PropertyField(prop.Name), prop.Schema != nil && prop.Schema.Deprecated})
		}
	}
	goNames := fieldNames(named)
	for _, prop := range s.Properties {
		if prop == nil {
			continue
		}
		f := &Field{
			Name:     goNames[0],
			Wire:     prop.Name,
			JSONText: request && prop.Schema != nil && prop.Schema.Style == opspec.JSONStyle,
			Required: prop.Required,
			Schema:   prop.Schema,
		}
		if naming.TagSafe(prop.Name) {
			f.JSON = prop.Name
		}
		goNames = goNames[1:]
		f.Type = b.typeOf(prop.Schema, st.Name, f.Name, request, prop.Required, depth+1)
		st.Fields = append(st.Fields, f)
	}
}

// typeOf resolves the Go type of a value named field inside the struct parent. Named types
// take parent+field as their name: their own place, never another operation's.
func (b *builder) typeOf(s *opspec.Schema, parent, field string, request, required bool, depth int) *Type {
	if s == nil {
		return &Type{Kind: Scalar, Scalar: "string"}
	}
	if depth > maxDepth {
		return &Type{Kind: Any}
	}
	switch s.Type {
	case "object":
		switch {
		case len(s.Properties) > 0:
			st := &Struct{Name: b.names.Take(parent + field), InRequest: request}
			b.p.Structs = append(b.p.Structs, st)
			b.fillStruct(st, s, request, depth)
			return &Type{Kind: StructKind, Struct: st}
		case s.AdditionalProperties != nil && untyped(s.AdditionalProperties):
			// a map of any values ("Json", additionalProperties: {})
			return &Type{Kind: Map, Elem: &Type{Kind: Any}}
		case s.AdditionalProperties != nil:
			return &Type{Kind: Map, Elem: b.typeOf(s.AdditionalProperties, parent, field+"Value", request, true, depth+1)}
		}
		return &Type{Kind: Map, Elem: &Type{Kind: Any}}
	case "array":
		if s.Items == nil {
			return &Type{Kind: Slice, Elem: &Type{Kind: Any}}
		}
		return &Type{Kind: Slice, Elem: b.typeOf(s.Items, parent, naming.Singular(field), request, true, depth+1)}
	}
	t := &Type{Kind: Scalar, Scalar: scalarType(s)}
	if t.Scalar == "" {
		if !request {
			return &Type{Kind: Any}
		}
		t.Scalar = "string"
	}
	if len(s.Enum) > 0 && (t.Scalar == "string" || t.Scalar == "int64" || t.Scalar == "int32") {
		t = &Type{Kind: EnumKind, Scalar: t.Scalar, Enum: b.enum(s, parent+field, t.Scalar)}
	}
	if request && !required && zeroIsAnswer(t) {
		t.Pointer = true
	}
	return t
}

// untyped reports whether s says nothing of its value's type (an empty schema).
func untyped(s *opspec.Schema) bool {
	return s.Type == "" && len(s.Properties) == 0 && s.Items == nil && s.AdditionalProperties == nil
}

// zeroIsAnswer reports whether an optional value of type t needs a pointer to be left out:
// booleans (false is an answer) and integer enums (0 may be a documented value today or
// tomorrow). It looks at the Go type only, so documenting one more value never changes it.
func zeroIsAnswer(t *Type) bool {
	return t.Kind == Scalar && t.Scalar == "bool" || t.Kind == EnumKind && t.Scalar != "string"
}

func scalarType(s *opspec.Schema) string {
	switch s.Type {
	case "string":
		return "string"
	case "integer":
		if s.Format == "int32" {
			return "int32"
		}
		return "int64"
	case "number":
		return "float64"
	case "boolean":
		return "bool"
	}
	return ""
}

// enum declares the enum type of one place. Integer enums keep only the values that parse;
// the rest are documentation noise. Duplicate values are listed once.
func (b *builder) enum(s *opspec.Schema, name, underlying string) *Enum {
	e := &Enum{Name: b.names.Take(name), Underlying: underlying, Schema: s}
	cs := naming.NewScope("Valid", "String")
	seen := map[string]bool{}
	for _, v := range s.Enum {
		if seen[v.Value] || underlying != "string" && !isInt(v.Value) {
			continue
		}
		seen[v.Value] = true
		cname := cs.Take(naming.EnumConst(v.Value))
		e.Values = append(e.Values, EnumConst{Name: b.names.Take(e.Name + cname), Value: v.Value, Doc: v.Description})
	}
	b.p.Enums = append(b.p.Enums, e)
	return e
}

func isInt(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || len(s) > 18 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// styleOf is an operation's style: its own, else the spec's, else RPC.
func styleOf(s *opspec.Spec, op *opspec.Operation) opspec.Style {
	if op.Style != "" {
		return op.Style
	}
	if s.Style != "" {
		return s.Style
	}
	return opspec.RPC
}

// bodyKind is how the request's body parameters travel: a JSON document for ROA (its
// fields, or all of it for a whole-body parameter), a form for RPC; none when no parameter
// goes in the body.
func bodyKind(o *Operation) BodyKind {
	for _, f := range o.Request.Fields {
		switch {
		case o.Style == opspec.ROA && (f.In == opspec.InBody || f.In == opspec.InWholeBody):
			return BodyJSON
		case o.Style == opspec.RPC && (f.In == opspec.InBody || f.In == opspec.InForm):
			return BodyForm
		}
	}
	return BodyNone
}

// clientToken is the request's idempotency token: a plain string named ClientToken that is
// not part of the path.
func clientToken(o *Operation) *Field {
	for _, f := range o.Request.Fields {
		if strings.EqualFold(f.Wire, "ClientToken") && isPlain(f.Type, "string") && f.In != opspec.InPath {
			return f
		}
	}
	return nil
}

// idempotent marks reads, so the runtime may retry them on 5xx and network errors even
// though RPC reads are POSTs: by RAM access level when the page gives one, else by the
// conventional name prefixes.
func idempotent(op *opspec.Operation) bool {
	if op.RAM != nil && len(op.RAM.Actions) > 0 {
		for _, a := range op.RAM.Actions {
			switch strings.ToLower(a.AccessLevel) {
			case "get", "list", "read":
			default:
				return false
			}
		}
		return true
	}
	for _, pre := range []string{"Get", "List", "Describe", "Query", "Check"} {
		if strings.HasPrefix(op.Name, pre) && len(op.Name) > len(pre) && op.Name[len(pre)] >= 'A' && op.Name[len(pre)] <= 'Z' {
			return true
		}
	}
	return false
}

// suppliedByAuth reports a documented parameter that the runtime fills from the client's
// credentials: the Authorization header of a bearer-token operation ("Bearer
// ${access_token}"). It stays in the spec (the page documents it, and mocks check it) but
// is no field of the request struct: the client's bearer token option sends it.
func suppliedByAuth(o *Operation, prm *opspec.Param) bool {
	return o.Auth == opspec.AuthBearer && prm.In == opspec.InHeader && strings.EqualFold(prm.Name, "Authorization")
}
