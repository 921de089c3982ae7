package client

import (
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/gen/naming"
	"github.com/acsgen/acsgen/opspec"
)

// The plan is the emitter's view of a spec: every Go identifier chosen, every type
// resolved, before any code is written. Naming happens here, in one deterministic pass in
// spec order, so the emitters below only print.

// kind is the shape of a Go type in generated code.
type kind int

const (
	kScalar kind = iota // string, int32, int64, float64, bool
	kEnum               // a named string or integer type with consts
	kStruct             // a named struct
	kSlice
	kMap
	kAny
)

// gotype is a Go type of a field.
type gotype struct {
	kind   kind
	scalar string // kScalar: the Go type; kEnum: the underlying type
	enum   *enumType
	st     *structType
	elem   *gotype // kSlice, kMap
	ptr    bool    // an optional value whose zero is meaningful (see package doc)
}

// structType is a named struct: a request, a response or a nested object.
type structType struct {
	name    string
	doc     []string
	fields  []*field
	request bool // part of a request: gets Validate
}

// field is one field of a struct.
type field struct {
	name     string // Go name
	wire     string // documented name
	in       opspec.Location
	required bool
	typ      *gotype
	schema   *opspec.Schema
}

// enumType is a named type with documented values.
type enumType struct {
	name       string
	underlying string // string or int64
	values     []enumConst
	schema     *opspec.Schema
}

type enumConst struct {
	name, value, doc string
}

// opPlan is one callable operation.
type opPlan struct {
	op      *opspec.Operation
	name    string // Go method name
	descVar string // package-level descriptor variable
	auth    opspec.Auth
	req     *structType
	resp    *structType
	paging  *paging
}

// plan is a whole package.
type plan struct {
	spec     *opspec.Spec
	pkg      string
	ops      []*opPlan
	overview []*opspec.Operation
	types    []*structType
	enums    []*enumType
	names    *naming.Scope
	methods  *naming.Scope
	// validates memoizes needsValidate.
	validates map[*structType]bool
}

// reservedPackage are the package-level identifiers the emitters write themselves.
var reservedPackage = []string{
	"Client", "NewClient", "Option", "Options", "API", "ValidationError",
	"WithRegion", "WithEndpoint", "WithCredentials", "WithBearerToken", "WithHTTPClient",
	"WithRetry", "WithMiddleware", "WithUserAgent", "WithRuntimeOptions",
	"Product", "Version", "acs", "context", "errors", "fmt", "iter", "strconv", "json", "http",
}

func newPlan(spec *opspec.Spec, pkg string) *plan {
	p := &plan{spec: spec, pkg: pkg, names: naming.NewScope(reservedPackage...), methods: naming.ClientMethods(), validates: map[*structType]bool{}}
	ops := slices.Clone(spec.Operations)
	slices.SortStableFunc(ops, func(a, b *opspec.Operation) int { return strings.Compare(a.Name, b.Name) })
	for _, op := range ops {
		if op.OverviewOnly {
			p.overview = append(p.overview, op)
			continue
		}
		p.addOp(op)
	}
	for _, o := range p.ops {
		if o.paging = detectPaging(o); o.paging != nil {
			o.paging.method = p.methods.Take(o.name + "All")
		}
	}
	return p
}

func (p *plan) addOp(op *opspec.Operation) {
	base := naming.Method(op.Name)
	// The method, the request and the response share one base name, so reserve the three
	// together: the first base whose three names are all free wins.
	name := base
	for i := 2; ; i++ {
		if !p.methods.Used(name) && !p.names.Used(name+"Request") &&
			!p.names.Used(name+"Response") && !p.names.Used("op"+name) {
			break
		}
		name = base + itoa(i)
	}
	p.methods.Take(name)
	o := &opPlan{op: op, name: name, auth: p.spec.EffectiveAuth(op)}
	o.descVar = p.names.Take("op" + name)
	o.req = &structType{name: p.names.Take(name + "Request"), request: true}
	o.resp = &structType{name: p.names.Take(name + "Response")}
	p.types = append(p.types, o.req, o.resp)
	fs := naming.StructFields()
	for _, prm := range op.Params {
		f := &field{
			name:     fs.Take(naming.ParamField(prm.Name)),
			wire:     prm.Name,
			in:       prm.In,
			required: prm.Required,
			schema:   prm.Schema,
		}
		f.typ = p.typeOf(prm.Schema, o.req.name, f.name, true, prm.Required)
		o.req.fields = append(o.req.fields, f)
	}
	if op.Response != nil {
		p.fillStruct(o.resp, op.Response, false)
	}
	p.ops = append(p.ops, o)
}

// fillStruct adds an object schema's properties as fields.
func (p *plan) fillStruct(st *structType, s *opspec.Schema, request bool) {
	fs := naming.StructFields()
	for _, prop := range s.Properties {
		f := &field{
			name:     fs.Take(naming.PropertyField(prop.Name)),
			wire:     prop.Name,
			required: prop.Required,
			schema:   prop.Schema,
		}
		f.typ = p.typeOf(prop.Schema, st.name, f.name, request, prop.Required)
		st.fields = append(st.fields, f)
	}
}

// typeOf resolves the Go type of a value named field inside parent.
func (p *plan) typeOf(s *opspec.Schema, parent, field string, request, required bool) *gotype {
	if s == nil {
		return &gotype{kind: kScalar, scalar: "string"}
	}
	switch s.Type {
	case "object":
		switch {
		case len(s.Properties) > 0:
			st := &structType{name: p.names.Take(parent + field), request: request}
			p.types = append(p.types, st)
			p.fillStruct(st, s, request)
			return &gotype{kind: kStruct, st: st}
		case s.AdditionalProperties != nil:
			return &gotype{kind: kMap, elem: p.typeOf(s.AdditionalProperties, parent, field+"Value", request, true)}
		}
		return &gotype{kind: kMap, elem: &gotype{kind: kAny}}
	case "array":
		if s.Items == nil {
			return &gotype{kind: kSlice, elem: &gotype{kind: kAny}}
		}
		return &gotype{kind: kSlice, elem: p.typeOf(s.Items, parent, naming.Singular(field), request, true)}
	}
	t := &gotype{kind: kScalar, scalar: scalarType(s)}
	if t.scalar == "" {
		if request {
			t.scalar = "string"
		} else {
			return &gotype{kind: kAny}
		}
	}
	if len(s.Enum) > 0 && (t.scalar == "string" || t.scalar == "int64" || t.scalar == "int32") {
		t = &gotype{kind: kEnum, scalar: t.scalar, enum: p.enumFor(s, parent, field, t.scalar)}
	}
	// Optional request values whose zero value is meaningful are pointers; everything
	// else uses its zero value for "unset" (see the package doc of generated clients).
	if request && !required && zeroMeaningful(s, t) {
		t.ptr = true
	}
	return t
}

// zeroMeaningful reports whether sending the zero value differs from leaving the value out:
// always for booleans (false is a real answer), for numbers when a documented valid value
// is 0.
func zeroMeaningful(s *opspec.Schema, t *gotype) bool {
	switch t.scalar {
	case "bool":
		return true
	case "int32", "int64", "float64":
		for _, e := range s.Enum {
			if strings.TrimSpace(e.Value) == "0" {
				return true
			}
		}
	}
	return false
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

// enumFor names an enum type: the field's own name when free ("Status"), reused when an
// enum of that name already has the same values, else qualified by its parent.
func (p *plan) enumFor(s *opspec.Schema, parent, field, underlying string) *enumType {
	var values []string
	for _, e := range s.Enum {
		if !slices.Contains(values, e.Value) && (underlying == "string" || isInt(e.Value)) {
			values = append(values, e.Value)
		}
	}
	for _, e := range p.enums {
		if e.underlying == underlying && (e.name == field || e.name == parent+field) && slices.Equal(e.valueList(), values) {
			return e
		}
	}
	name := field
	if p.names.Used(name) {
		name = parent + field
	}
	e := &enumType{name: p.names.Take(name), underlying: underlying, schema: s}
	cs := naming.NewScope("Valid", "String")
	seen := map[string]bool{}
	for _, v := range s.Enum {
		if seen[v.Value] {
			continue
		}
		seen[v.Value] = true
		cname := cs.Take(naming.EnumConst(v.Value))
		e.values = append(e.values, enumConst{name: p.names.Take(e.name + cname), value: v.Value, doc: v.Description})
	}
	if underlying != "string" {
		// Integer enums keep only values that parse; the rest are documentation noise.
		kept := e.values[:0]
		for _, c := range e.values {
			if isInt(c.value) {
				kept = append(kept, c)
			}
		}
		e.values = kept
	}
	p.enums = append(p.enums, e)
	return e
}

func (e *enumType) valueList() []string {
	out := make([]string, len(e.values))
	for i, v := range e.values {
		out[i] = v.value
	}
	return out
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

func itoa(i int) string { return strconv.Itoa(i) }
