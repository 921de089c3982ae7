package client

import (
	"github.com/acsgen/acsgen/gen/ir"

	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

const acsPath = "github.com/acsgen/acsgen/acs"

// emitEncode writes encode.go: per request, the method that puts its values where the
// operation's style says (RPC: flattened query and form; ROA: path, query, headers, the
// request itself as the JSON body). Absent optional values are not sent.
func emitEncode(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.Ops {
		f.Add(encodeMethod(p, o))
		f.Line()
	}
	return f
}

func encodeMethod(p *plan, o *ir.Operation) jen.Code {
	style := o.Style
	var body []jen.Code
	var path []jen.Code
	hasBody := false
	tok := o.ClientToken
	for _, fl := range o.Request.Fields {
		v := jen.Id("r").Dot(fl.Name)
		in := fl.In
		if style == opspec.RPC && in == opspec.InBody {
			in = opspec.InForm
		}
		switch in {
		case opspec.InPath:
			path = append(path, jen.Lit(fl.Wire).Op(":").Add(scalarText(fl.Type, v)))
			continue
		case opspec.InBody:
			hasBody = true
			continue
		}
		target := map[opspec.Location]string{opspec.InHeader: "Header", opspec.InForm: "Form"}[in]
		if target == "" {
			target = "Query"
		}
		vals := jen.Id("in").Dot(target)
		if fl == tok {
			// Idempotency: an empty token is filled once per call, so the runtime's retries
			// repeat the same token and the service can deduplicate them.
			body = append(body,
				jen.Id("token").Op(":=").Add(v.Clone()),
				jen.If(jen.Id("token").Op("==").Lit("")).Block(jen.Id("token").Op("=").Id("newClientToken").Call()),
				vals.Clone().Dot("Add").Call(jen.Lit(fl.Wire), jen.Id("token")),
			)
			continue
		}
		body = append(body, encodeValue(fl, v, vals, style, in)...)
	}
	if len(path) > 0 {
		body = append([]jen.Code{jen.Id("in").Dot("Path").Op("=").Map(jen.String()).String().Values(path...)}, body...)
	}
	if hasBody {
		body = append(body, jen.Id("in").Dot("Body").Op("=").Id("r"))
	}
	body = append(body, jen.Return(jen.Nil()))
	return jen.Func().Params(jen.Id("r").Op("*").Id(o.Request.Name)).Id("encode").
		Params(jen.Id("in").Op("*").Qual(acsPath, "Request")).Error().Block(body...)
}

// scalarText is the text form of a scalar value (path parameters).
func scalarText(t *ir.Type, v *jen.Statement) jen.Code {
	if t.Pointer {
		v = jen.Op("*").Add(v)
	}
	switch {
	case t.Scalar == "string" && t.Kind == ir.Scalar:
		return v
	case t.Scalar == "string":
		return jen.String().Call(v)
	case t.Scalar == "int32" || t.Scalar == "int64":
		return jen.Qual("strconv", "FormatInt").Call(jen.Int64().Call(v), jen.Lit(10))
	case t.Scalar == "float64":
		return jen.Qual("strconv", "FormatFloat").Call(v, jen.LitRune('f'), jen.Lit(-1), jen.Lit(64))
	case t.Scalar == "bool":
		return jen.Qual("strconv", "FormatBool").Call(v)
	}
	return jen.Qual("fmt", "Sprint").Call(v)
}

// encodeValue adds one query, form or header value.
func encodeValue(fl *ir.Field, v *jen.Statement, vals *jen.Statement, style opspec.Style, in opspec.Location) []jen.Code {
	t := fl.Type
	key := jen.Lit(fl.Wire)
	if t.Kind == ir.Scalar || t.Kind == ir.EnumKind {
		var add *jen.Statement
		val := v.Clone()
		if t.Pointer {
			val = jen.Op("*").Add(v.Clone())
		}
		switch t.Scalar {
		case "string":
			if t.Kind == ir.EnumKind {
				val = jen.String().Call(val)
			}
			add = vals.Clone().Dot("Add").Call(key, val)
		case "int32", "int64":
			add = vals.Clone().Dot("AddInt").Call(key, jen.Int64().Call(val))
		case "float64":
			add = vals.Clone().Dot("AddFloat").Call(key, val)
		case "bool":
			add = vals.Clone().Dot("AddBool").Call(key, val)
		}
		switch {
		case t.Pointer:
			return []jen.Code{jen.If(v.Clone().Op("!=").Nil()).Block(add)}
		case t.Scalar == "string":
			return []jen.Code{jen.If(v.Clone().Op("!=").Lit("")).Block(add)}
		case fl.Required || t.Scalar == "bool":
			return []jen.Code{add}
		default:
			return []jen.Code{jen.If(v.Clone().Op("!=").Lit(0)).Block(add)}
		}
	}
	// Composite values: RPC flattens them (Key.1, Key.Sub); ROA joins scalar lists with
	// commas and JSON-encodes the rest, as the official SDKs' "shrink" parameters do.
	if style == opspec.RPC || in == opspec.InForm {
		return []jen.Code{vals.Clone().Dot("AddFlat").Call(key, v.Clone())}
	}
	if t.Kind == ir.Slice && (t.Elem.Kind == ir.Scalar || t.Elem.Kind == ir.EnumKind) {
		return []jen.Code{vals.Clone().Dot("AddJoined").Call(key, v.Clone(), jen.Lit(","))}
	}
	cond := jen.Len(v.Clone()).Op(">").Lit(0)
	if t.Kind == ir.StructKind {
		cond = v.Clone().Op("!=").Parens(jen.Id(t.Struct.Name).Values())
		if hasIncomparable(t.Struct, map[*ir.Struct]bool{}) {
			cond = jen.True()
		}
	}
	if t.Kind == ir.Any {
		cond = v.Clone().Op("!=").Nil()
	}
	return []jen.Code{jen.If(cond).Block(
		jen.If(jen.Id("err").Op(":=").Add(vals.Clone()).Dot("AddJSON").Call(key, v.Clone()), jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Id("err"))))}
}

// hasIncomparable reports whether == cannot compare values of st.
func hasIncomparable(st *ir.Struct, seen map[*ir.Struct]bool) bool {
	if seen[st] {
		return false
	}
	seen[st] = true
	for _, f := range st.Fields {
		switch f.Type.Kind {
		case ir.Slice, ir.Map, ir.Any:
			return true
		case ir.StructKind:
			if hasIncomparable(f.Type.Struct, seen) {
				return true
			}
		}
	}
	return false
}
