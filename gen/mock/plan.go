package mock

import (
	"github.com/dave/jennifer/jen"

	"github.com/acsgen/acsgen/gen/naming"
	"github.com/acsgen/acsgen/opspec"
)

// plan names every generated identifier once, before any file is rendered.
type plan struct {
	ops   []*opPlan
	types []*typeDecl
	names *naming.Scope
}

type opPlan struct {
	name, method, req, resp, doc string
}

type typeDecl struct {
	name, doc string
	def       jen.Code
}

var reserved = []string{"Handlers", "UnimplementedHandlers", "HandlerOptions", "New", "NewWithHandlers",
	"NewTestServer", "Spec", "Product", "Version"}

func newPlan(spec *opspec.Spec) *plan {
	p := &plan{names: naming.NewScope(reserved...)}
	methods := naming.NewScope()
	for _, op := range spec.Operations {
		if op == nil || op.OverviewOnly || op.Name == "" {
			continue
		}
		base := naming.Method(op.Name)
		o := &opPlan{name: op.Name, method: methods.Take(base), doc: comment(firstNonEmpty(op.Title, op.Summary))}
		o.req = p.names.Take(o.method + "Request")
		o.resp = p.names.Take(o.method + "Response")
		p.ops = append(p.ops, o)

		fields := naming.NewScope()
		var reqFields []jen.Code
		for _, prm := range op.Params {
			if prm == nil || !naming.TagSafe(prm.Name) {
				continue
			}
			fn := fields.Take(naming.ParamField(prm.Name))
			t := p.goType(prm.Schema, o.req+naming.ParamField(prm.Name), 0)
			c := jen.Comment(fieldDoc(prm.Name, string(prm.In), prm.Required, prm.Schema))
			reqFields = append(reqFields, c, jen.Id(fn).Add(t).Tag(map[string]string{"json": prm.Name + ",omitempty"}))
		}
		p.types = append(p.types, &typeDecl{name: o.req, doc: o.req + " holds the validated parameters of " + op.Name + ".", def: jen.Struct(reqFields...)})
		respDoc := o.resp + " is the response body of " + op.Name + "."
		if op.Response == nil {
			p.types = append(p.types, &typeDecl{name: o.resp, doc: respDoc + " The docs give no schema.", def: jen.Map(jen.String()).Any()})
		} else {
			p.types = append(p.types, &typeDecl{name: o.resp, doc: respDoc, def: p.structOf(op.Response, o.resp, 0)})
		}
	}
	return p
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func fieldDoc(name, in string, required bool, s *opspec.Schema) string {
	d := name
	if in != "" {
		d += " (" + in + ")"
	}
	if required {
		d += ", required"
	}
	if s != nil && s.Description != "" {
		d += ": " + comment(s.Description)
	}
	return d
}

// goType maps a schema to a Go type, declaring named structs for objects with properties.
func (p *plan) goType(s *opspec.Schema, name string, depth int) jen.Code {
	if s == nil || depth > 12 {
		return jen.Any()
	}
	switch s.Type {
	case "string":
		return jen.String()
	case "integer":
		if s.Format == "int32" {
			return jen.Int32()
		}
		return jen.Int64()
	case "number":
		if s.Format == "float" {
			return jen.Float32()
		}
		return jen.Float64()
	case "boolean":
		return jen.Bool()
	case "array":
		return jen.Index().Add(p.goType(s.Items, name+"Item", depth+1))
	case "object":
		if len(s.Properties) == 0 {
			if s.AdditionalProperties != nil {
				return jen.Map(jen.String()).Add(p.goType(s.AdditionalProperties, name+"Value", depth+1))
			}
			return jen.Map(jen.String()).Any()
		}
		tn := p.names.Take(name)
		p.types = append(p.types, &typeDecl{name: tn, def: p.structOf(s, tn, depth+1)})
		return jen.Op("*").Id(tn)
	}
	return jen.Any()
}

func (p *plan) structOf(s *opspec.Schema, name string, depth int) jen.Code {
	if s.Type != "object" || len(s.Properties) == 0 {
		return p.goType(s, name+"Value", depth)
	}
	fields := naming.NewScope()
	var out []jen.Code
	for _, pr := range s.Properties {
		if pr == nil || !naming.TagSafe(pr.Name) {
			continue
		}
		fn := fields.Take(naming.PropertyField(pr.Name))
		if pr.Schema != nil && pr.Schema.Description != "" {
			out = append(out, jen.Comment(comment(pr.Schema.Description)))
		}
		out = append(out, jen.Id(fn).Add(p.goType(pr.Schema, name+naming.PropertyField(pr.Name), depth+1)).Tag(map[string]string{"json": pr.Name + ",omitempty"}))
	}
	return jen.Struct(out...)
}
