package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// emitOperations writes operations.go: per operation the static descriptor and the method.
// Every method has the same three statements; all behaviour is in the runtime.
func emitOperations(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.Ops {
		f.Add(descriptor(p, o))
		f.Line()
		f.Add(withDoc(methodDoc(p, o), jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(o.Name).Add(signature(o)).Block(
			jen.Id("out").Op(":=").New(jen.Id(o.Response.Name)),
			jen.If(jen.Id("req").Op("==").Nil()).Block(jen.Id("req").Op("=").New(jen.Id(o.Request.Name))),
			jen.If(jen.Id("err").Op(":=").Id("c").Dot("invoke").Call(jen.Id("ctx"), jen.Id(o.Descriptor), jen.Id("req"), jen.Id("out")), jen.Id("err").Op("!=").Nil()).Block(
				jen.Return(jen.Nil(), jen.Id("err"))),
			jen.Return(jen.Id("out"), jen.Nil()),
		)))
		f.Line()
	}
	return f
}

// signature is "(ctx context.Context, req *XRequest) (*XResponse, error)".
func signature(o *ir.Operation) *jen.Statement {
	return jen.Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("req").Op("*").Id(o.Request.Name)).
		Params(jen.Op("*").Id(o.Response.Name), jen.Error())
}

func descriptor(p *plan, o *ir.Operation) jen.Code {
	op := o.Op
	style := o.Style
	var items []jen.Code
	kv := func(k string, v jen.Code) { items = append(items, jen.Line().Id(k).Op(":").Add(v)) }
	kv("Name", jen.Lit(op.Name))
	kv("Version", jen.Lit(p.Spec.Version))
	kv("Product", jen.Lit(p.Spec.Product))
	if style == opspec.ROA {
		kv("Style", jen.Qual(acsPath, "ROA"))
	} else {
		kv("Style", jen.Qual(acsPath, "RPC"))
	}
	kv("Method", jen.Lit(o.HTTPMethod))
	kv("PathPattern", jen.Lit(o.Path))
	switch o.Auth {
	case opspec.AuthBearer:
		kv("Auth", jen.Qual(acsPath, "AuthBearer"))
	case opspec.AuthAnonymous:
		kv("Auth", jen.Qual(acsPath, "AuthAnonymous"))
	default:
		kv("Auth", jen.Qual(acsPath, "AuthAK"))
	}
	switch o.Body {
	case ir.BodyJSON:
		kv("BodyType", jen.Qual(acsPath, "BodyJSON"))
	case ir.BodyForm:
		kv("BodyType", jen.Qual(acsPath, "BodyForm"))
	}
	if o.Idempotent {
		kv("Idempotent", jen.True())
	}
	items = append(items, jen.Line())
	return jen.Commentf("%s describes %s for the runtime.", o.Descriptor, op.Name).Line().
		Var().Id(o.Descriptor).Op("=").Op("&").Qual(acsPath, "Operation").Values(items...)
}

// methodDoc is the doc comment of an operation's method.
func methodDoc(p *plan, o *ir.Operation) *docBuilder {
	op := o.Op
	d := &docBuilder{}
	first := fmt.Sprintf("%s calls %s", o.Name, op.Name)
	if op.Title != "" && op.Title != op.Name {
		first += ": " + strings.TrimRight(op.Title, ". ")
	}
	d.para(first + ".")
	d.para(op.Summary)
	d.para(op.Description)
	style := o.Style
	wire := o.HTTPMethod + " " + o.Path
	if style == opspec.RPC {
		wire = "POST / with x-acs-action " + op.Name
	}
	auth := map[opspec.Auth]string{opspec.AuthAK: "AccessKey signature (ACS3-HMAC-SHA256)", opspec.AuthBearer: "bearer token", opspec.AuthAnonymous: "no credentials"}[o.Auth]
	d.para(fmt.Sprintf("Wire: %s (%s, version %s); authentication: %s.", wire, style, p.Spec.Version, auth))
	if op.RAM != nil && len(op.RAM.Actions) > 0 {
		var acts []string
		for _, a := range op.RAM.Actions {
			acts = append(acts, a.Action)
		}
		d.para("RAM actions: " + strings.Join(acts, ", ") + ".")
	}
	if tok := o.ClientToken; tok != nil {
		d.para(fmt.Sprintf("An empty %s is filled with a random token, so retries are idempotent.", tok.Name))
	}
	if op.Source.URL != "" {
		d.para("Documentation: " + op.Source.URL)
	}
	if op.Deprecated {
		d.para("Deprecated: the documentation marks this operation as deprecated.")
	}
	return d
}
