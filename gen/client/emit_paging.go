package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"

	"github.com/dave/jennifer/jen"
)

// emitPagination writes pagination.go: for each paged operation an iterator over the items
// of every page. Token paging stops when the next token is empty or repeats; page-number
// paging stops at TotalCount, on an empty page, or on a short page when PageSize is set.
func emitPagination(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.Ops {
		if o.Paging == nil {
			continue
		}
		f.Add(iterator(p, o))
		f.Line()
	}
	return f
}

func path(root string, names []string) *jen.Statement {
	s := jen.Id(root)
	for _, n := range names {
		s = s.Dot(n)
	}
	return s
}

func iterator(p *plan, o *ir.Operation) jen.Code {
	pg := o.Paging
	name := pg.Method
	item := typeCode(pg.ItemType)
	ptrItem := pg.ItemType.Kind == ir.StructKind
	if ptrItem {
		item = jen.Op("*").Add(item)
	}
	yieldItem := jen.Id("items").Index(jen.Id("i"))
	if ptrItem {
		yieldItem = jen.Op("&").Add(yieldItem)
	}
	var body []jen.Code
	body = append(body,
		jen.Var().Id("r").Id(o.Request.Name),
		jen.If(jen.Id("req").Op("!=").Nil()).Block(jen.Id("r").Op("=").Op("*").Id("req")),
	)
	var loop []jen.Code
	loop = append(loop,
		jen.List(jen.Id("resp"), jen.Id("err")).Op(":=").Id("c").Dot(o.Name).Call(jen.Id("ctx"), jen.Op("&").Id("r")),
		jen.If(jen.Id("err").Op("!=").Nil()).Block(
			jen.Var().Id("zero").Add(item.Clone()),
			jen.Id("yield").Call(jen.Id("zero"), jen.Id("err")),
			jen.Return(),
		),
		jen.Id("items").Op(":=").Add(path("resp", pg.Items)),
		jen.For(jen.Id("i").Op(":=").Range().Id("items")).Block(
			jen.If(jen.Op("!").Id("yield").Call(yieldItem, jen.Nil())).Block(jen.Return()),
		),
	)
	d := &docBuilder{}
	if pg.Token {
		next := path("resp", pg.RespToken)
		loop = append(loop,
			jen.If(next.Clone().Op("==").Lit("").Op("||").Add(next.Clone()).Op("==").Id("r").Dot(pg.ReqToken.Name)).Block(jen.Return()),
			jen.Id("r").Dot(pg.ReqToken.Name).Op("=").Add(next.Clone()),
		)
		d.para(fmt.Sprintf("%s iterates over the items of every page of %s, following %s until the service returns none. It stops at the first error, which it yields.", name, o.Name, pg.ReqToken.Wire))
	} else {
		num := jen.Id("r").Dot(pg.ReqPage.Name)
		body = append(body,
			jen.If(num.Clone().Op("<=").Lit(0)).Block(num.Clone().Op("=").Lit(1)),
			jen.Var().Id("seen").Int64(),
		)
		loop = append(loop, jen.Id("seen").Op("+=").Int64().Call(jen.Len(jen.Id("items"))))
		stop := jen.Len(jen.Id("items")).Op("==").Lit(0)
		if pg.Total != nil {
			total := jen.Int64().Call(path("resp", pg.Total))
			stop = stop.Op("||").Parens(total.Clone().Op(">").Lit(0).Op("&&").Id("seen").Op(">=").Add(total))
		}
		size := jen.Id("r").Dot(pg.ReqSize.Name)
		stop = stop.Op("||").Parens(size.Clone().Op(">").Lit(0).Op("&&").Len(jen.Id("items")).Op("<").Int().Call(size.Clone()))
		loop = append(loop,
			jen.If(stop).Block(jen.Return()),
			num.Clone().Op("++"),
		)
		d.para(fmt.Sprintf("%s iterates over the items of every page of %s, from %s (default 1) on. It stops after the last page and at the first error, which it yields.", name, o.Name, pg.ReqPage.Wire))
	}
	body = append(body, jen.For().Block(loop...))
	return withDoc(d, jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(name).
		Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("req").Op("*").Id(o.Request.Name)).
		Qual("iter", "Seq2").Types(item, jen.Error()).
		Block(jen.Return(jen.Func().Params(jen.Id("yield").Func().Params(item.Clone(), jen.Error()).Bool()).Block(body...))))
}
