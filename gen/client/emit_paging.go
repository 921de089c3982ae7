package client

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// emitPagination writes pagination.go: for each paged operation an iterator over the items
// of every page. Token paging stops when the next token is empty or repeats; page-number
// paging stops at TotalCount, on an empty page, or on a short page when PageSize is set.
func emitPagination(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.ops {
		if o.paging == nil {
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

func iterator(p *plan, o *opPlan) jen.Code {
	pg := o.paging
	name := pg.method
	item := typeCode(pg.itemType)
	ptrItem := pg.itemType.kind == kStruct
	if ptrItem {
		item = jen.Op("*").Add(item)
	}
	yieldItem := jen.Id("items").Index(jen.Id("i"))
	if ptrItem {
		yieldItem = jen.Op("&").Add(yieldItem)
	}
	var body []jen.Code
	body = append(body,
		jen.Var().Id("r").Id(o.req.name),
		jen.If(jen.Id("req").Op("!=").Nil()).Block(jen.Id("r").Op("=").Op("*").Id("req")),
	)
	var loop []jen.Code
	loop = append(loop,
		jen.List(jen.Id("resp"), jen.Id("err")).Op(":=").Id("c").Dot(o.name).Call(jen.Id("ctx"), jen.Op("&").Id("r")),
		jen.If(jen.Id("err").Op("!=").Nil()).Block(
			jen.Var().Id("zero").Add(item.Clone()),
			jen.Id("yield").Call(jen.Id("zero"), jen.Id("err")),
			jen.Return(),
		),
		jen.Id("items").Op(":=").Add(path("resp", pg.items)),
		jen.For(jen.Id("i").Op(":=").Range().Id("items")).Block(
			jen.If(jen.Op("!").Id("yield").Call(yieldItem, jen.Nil())).Block(jen.Return()),
		),
	)
	d := &docBuilder{}
	if pg.token {
		next := path("resp", pg.respToken)
		loop = append(loop,
			jen.If(next.Clone().Op("==").Lit("").Op("||").Add(next.Clone()).Op("==").Id("r").Dot(pg.reqToken.name)).Block(jen.Return()),
			jen.Id("r").Dot(pg.reqToken.name).Op("=").Add(next.Clone()),
		)
		d.para(fmt.Sprintf("%s iterates over the items of every page of %s, following %s until the service returns none. It stops at the first error, which it yields.", name, o.name, pg.reqToken.wire))
	} else {
		num := jen.Id("r").Dot(pg.reqPage.name)
		body = append(body,
			jen.If(num.Clone().Op("<=").Lit(0)).Block(num.Clone().Op("=").Lit(1)),
			jen.Var().Id("seen").Int64(),
		)
		loop = append(loop, jen.Id("seen").Op("+=").Int64().Call(jen.Len(jen.Id("items"))))
		stop := jen.Len(jen.Id("items")).Op("==").Lit(0)
		if pg.total != nil {
			total := jen.Int64().Call(path("resp", pg.total))
			stop = stop.Op("||").Parens(total.Clone().Op(">").Lit(0).Op("&&").Id("seen").Op(">=").Add(total))
		}
		size := jen.Id("r").Dot(pg.reqSize.name)
		stop = stop.Op("||").Parens(size.Clone().Op(">").Lit(0).Op("&&").Len(jen.Id("items")).Op("<").Int().Call(size.Clone()))
		loop = append(loop,
			jen.If(stop).Block(jen.Return()),
			num.Clone().Op("++"),
		)
		d.para(fmt.Sprintf("%s iterates over the items of every page of %s, from %s (default 1) on. It stops after the last page and at the first error, which it yields.", name, o.name, pg.reqPage.wire))
	}
	body = append(body, jen.For().Block(loop...))
	return withDoc(d, jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(name).
		Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("req").Op("*").Id(o.req.name)).
		Qual("iter", "Seq2").Types(item, jen.Error()).
		Block(jen.Return(jen.Func().Params(jen.Id("yield").Func().Params(item.Clone(), jen.Error()).Bool()).Block(body...))))
}
