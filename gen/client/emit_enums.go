package client

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// emitEnums writes enums.go: one named type per documented value set, its constants and a
// Valid method that validation calls.
func emitEnums(p *plan) *jen.File {
	f := newFile(p)
	for _, e := range p.enums {
		d := &docBuilder{}
		d.para(fmt.Sprintf("%s is a documented set of values.", e.name))
		if e.schema != nil {
			d.para(e.schema.Description)
		}
		f.Add(withDoc(d, jen.Type().Id(e.name).Id(e.underlying)))
		f.Line()
		if len(e.values) > 0 {
			defs := make([]jen.Code, 0, len(e.values))
			for _, c := range e.values {
				cd := &docBuilder{}
				cd.para(c.doc)
				defs = append(defs, withDoc(cd, jen.Id(c.name).Id(e.name).Op("=").Add(enumLit(e, c.value))))
			}
			f.Const().Defs(defs...)
			f.Line()
		}
		vd := &docBuilder{}
		vd.para("Valid reports whether v is one of the documented values.")
		cases := make([]jen.Code, 0, len(e.values))
		for _, c := range e.values {
			cases = append(cases, jen.Id(c.name))
		}
		var body []jen.Code
		if len(cases) > 0 {
			body = append(body, jen.Switch(jen.Id("v")).Block(jen.Case(cases...).Block(jen.Return(jen.True()))))
		}
		body = append(body, jen.Return(jen.False()))
		f.Add(withDoc(vd, jen.Func().Params(jen.Id("v").Id(e.name)).Id("Valid").Params().Bool().Block(body...)))
		f.Line()
	}
	return f
}

func enumLit(e *enumType, v string) jen.Code {
	if e.underlying == "string" {
		return jen.Lit(v)
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return jen.Lit(int(n))
}
