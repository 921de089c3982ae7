package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// emitEnums writes enums.go: one named type per documented value set, its constants and a
// Valid method that validation calls.
func emitEnums(p *plan) *jen.File {
	f := newFile(p)
	for _, e := range p.Enums {
		d := &docBuilder{}
		d.para(fmt.Sprintf("%s is a documented set of values.", e.Name))
		if e.Schema != nil {
			d.para(e.Schema.Description)
		}
		f.Add(withDoc(d, jen.Type().Id(e.Name).Id(e.Underlying)))
		f.Line()
		if len(e.Values) > 0 {
			defs := make([]jen.Code, 0, len(e.Values))
			for _, c := range e.Values {
				cd := &docBuilder{}
				cd.para(c.Doc)
				defs = append(defs, withDoc(cd, jen.Id(c.Name).Id(e.Name).Op("=").Add(enumLit(e, c.Value))))
			}
			f.Const().Defs(defs...)
			f.Line()
		}
		vd := &docBuilder{}
		vd.para("Valid reports whether v is one of the documented values.")
		cases := make([]jen.Code, 0, len(e.Values))
		for _, c := range e.Values {
			cases = append(cases, jen.Id(c.Name))
		}
		var body []jen.Code
		if len(cases) > 0 {
			body = append(body, jen.Switch(jen.Id("v")).Block(jen.Case(cases...).Block(jen.Return(jen.True()))))
		}
		body = append(body, jen.Return(jen.False()))
		f.Add(withDoc(vd, jen.Func().Params(jen.Id("v").Id(e.Name)).Id("Valid").Params().Bool().Block(body...)))
		f.Line()
	}
	return f
}

func enumLit(e *ir.Enum, v string) jen.Code {
	if e.Underlying == "string" {
		return jen.Lit(v)
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return jen.Lit(int(n))
}
