package mock

import (
	"github.com/dave/jennifer/jen"

	"github.com/acsgen/acsgen/gen/ir"
	"github.com/acsgen/acsgen/gen/naming"
)

// plan is what the mock's files say, read off the Go model (gen/ir): method, type and
// field names and Go types are the client's, never decided here. With Config.Client the
// handlers take and return the client package's own request and response types; without
// it the mock declares the model's structs itself (enum fields as their underlying type).
type plan struct {
	client string // import path of the client package, or ""
	ops    []*opPlan
	types  []*typeDecl
}

type opPlan struct {
	name, method, doc string
	req, resp         jen.Code // the handler's request and response types (pointed to)
	// params is the unexported type the validated parameters are decoded into, then
	// converted to the client's request type; empty when they decode into req directly.
	params string
}

type typeDecl struct {
	name, doc string
	def       jen.Code
}

func newPlan(model *ir.Package, client string) *plan {
	p := &plan{client: client}
	declared := map[*ir.Struct]bool{}
	for _, o := range model.Ops {
		op := &opPlan{name: o.Op.Name, method: o.Name, doc: comment(firstNonEmpty(o.Op.Title, o.Op.Summary))}
		p.ops = append(p.ops, op)
		op.req = p.named(o.Request.Name)
		if client != "" && needsParams(o.Request) {
			op.params = "params" + o.Name
			p.types = append(p.types, &typeDecl{name: op.params,
				doc: op.params + " decodes the validated parameters of " + o.Op.Name + ", all under their wire names, for " + o.Request.Name + ".",
				def: p.structOf(o.Request, true)})
		}
		if o.Op.Response == nil {
			// No documented body: the handler answers any JSON object.
			op.resp = jen.Id(o.Response.Name)
			p.types = append(p.types, &typeDecl{name: o.Response.Name, doc: o.Response.Name + " is the response body of " + o.Op.Name + ". The docs give no schema.",
				def: jen.Map(jen.String()).Any()})
			declared[o.Response] = true
		} else {
			op.resp = p.named(o.Response.Name)
		}
		if client == "" {
			p.types = append(p.types, &typeDecl{name: o.Request.Name, doc: o.Request.Name + " holds the validated parameters of " + o.Op.Name + ".", def: p.structOf(o.Request, true)})
			declared[o.Request] = true
			if !declared[o.Response] {
				p.types = append(p.types, &typeDecl{name: o.Response.Name, doc: o.Response.Name + " is the response body of " + o.Op.Name + ".", def: p.structOf(o.Response, false)})
				declared[o.Response] = true
			}
		}
	}
	if client == "" {
		for _, st := range model.Structs {
			if !declared[st] {
				p.types = append(p.types, &typeDecl{name: st.Name, def: p.structOf(st, st.InRequest)})
			}
		}
	}
	return p
}

// needsParams reports whether a request's JSON form leaves out a parameter that has a wire
// name the mock can decode (the client's ROA requests keep path, query and header values
// out of their JSON body).
func needsParams(st *ir.Struct) bool {
	for _, f := range st.Fields {
		if f.JSON != f.Wire && naming.TagSafe(f.Wire) {
			return true
		}
	}
	return false
}

// named is a struct type of the model: the client's when there is one, else the mock's.
func (p *plan) named(name string) jen.Code {
	if p.client != "" {
		return jen.Qual(p.client, name)
	}
	return jen.Id(name)
}

// goType is the Go code of a model type. Without a client package, enums are their
// underlying type (the mock has no constants to offer).
func (p *plan) goType(t *ir.Type) jen.Code {
	var c *jen.Statement
	switch t.Kind {
	case ir.Scalar:
		c = jen.Id(t.Scalar)
	case ir.EnumKind:
		if p.client != "" {
			c = jen.Qual(p.client, t.Enum.Name)
		} else {
			c = jen.Id(t.Scalar)
		}
	case ir.StructKind:
		c = jen.Add(p.named(t.Struct.Name))
	case ir.Slice:
		c = jen.Index().Add(p.goType(t.Elem))
	case ir.Map:
		c = jen.Map(jen.String()).Add(p.goType(t.Elem))
	default:
		c = jen.Any()
	}
	if t.Pointer {
		return jen.Op("*").Add(c)
	}
	return c
}

// structOf declares a model struct with wire names as JSON keys. A request's fields are
// all decoded from the validated parameters, whatever their location; fields whose name
// cannot be a tag are kept (as "-") so that the struct converts to the client's.
func (p *plan) structOf(st *ir.Struct, request bool) jen.Code {
	var out []jen.Code
	for _, f := range st.Fields {
		if f.Schema != nil && f.Schema.Description != "" {
			out = append(out, jen.Comment(comment(fieldDoc(f, request))))
		}
		tag := "-"
		switch {
		case !naming.TagSafe(f.Wire):
		case f.Type.Kind == ir.StructKind && !f.Type.Pointer:
			tag = f.Wire + ",omitzero"
		default:
			tag = f.Wire + ",omitempty"
		}
		out = append(out, jen.Id(f.Name).Add(p.goType(f.Type)).Tag(map[string]string{"json": tag}))
	}
	return jen.Struct(out...)
}

func fieldDoc(f *ir.Field, request bool) string {
	d := f.Wire
	if request && f.In != "" {
		d += " (" + string(f.In) + ")"
	}
	if request && f.Required {
		d += ", required"
	}
	return d + ": " + f.Schema.Description
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
