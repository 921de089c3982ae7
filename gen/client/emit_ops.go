package client

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// emitOperations writes operations.go: per operation the static descriptor and the method.
// Every method has the same three statements; all behaviour is in the runtime.
func emitOperations(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.ops {
		f.Add(descriptor(p, o))
		f.Line()
		f.Add(withDoc(methodDoc(p, o), jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(o.name).Add(signature(o)).Block(
			jen.Id("out").Op(":=").New(jen.Id(o.resp.name)),
			jen.If(jen.Id("req").Op("==").Nil()).Block(jen.Id("req").Op("=").New(jen.Id(o.req.name))),
			jen.If(jen.Id("err").Op(":=").Id("c").Dot("invoke").Call(jen.Id("ctx"), jen.Id(o.descVar), jen.Id("req"), jen.Id("out")), jen.Id("err").Op("!=").Nil()).Block(
				jen.Return(jen.Nil(), jen.Id("err"))),
			jen.Return(jen.Id("out"), jen.Nil()),
		)))
		f.Line()
	}
	return f
}

// signature is "(ctx context.Context, req *XRequest) (*XResponse, error)".
func signature(o *opPlan) *jen.Statement {
	return jen.Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("req").Op("*").Id(o.req.name)).
		Params(jen.Op("*").Id(o.resp.name), jen.Error())
}

func descriptor(p *plan, o *opPlan) jen.Code {
	op := o.op
	style := opStyle(p.spec, op)
	var items []jen.Code
	kv := func(k string, v jen.Code) { items = append(items, jen.Line().Id(k).Op(":").Add(v)) }
	kv("Name", jen.Lit(op.Name))
	kv("Version", jen.Lit(p.spec.Version))
	kv("Product", jen.Lit(p.spec.Product))
	if style == opspec.ROA {
		kv("Style", jen.Qual(acsPath, "ROA"))
	} else {
		kv("Style", jen.Qual(acsPath, "RPC"))
	}
	method := strings.ToUpper(op.Method)
	if method == "" {
		method = "POST"
	}
	kv("Method", jen.Lit(method))
	if style == opspec.ROA {
		kv("PathPattern", jen.Lit(op.Path))
	} else {
		kv("PathPattern", jen.Lit("/"))
	}
	switch o.auth {
	case opspec.AuthBearer:
		kv("Auth", jen.Qual(acsPath, "AuthBearer"))
	case opspec.AuthAnonymous:
		kv("Auth", jen.Qual(acsPath, "AuthAnonymous"))
	default:
		kv("Auth", jen.Qual(acsPath, "AuthAK"))
	}
	if bt := bodyType(style, o); bt != "" {
		kv("BodyType", jen.Qual(acsPath, bt))
	}
	if idempotent(op) {
		kv("Idempotent", jen.True())
	}
	items = append(items, jen.Line())
	return jen.Commentf("%s describes %s for the runtime.", o.descVar, op.Name).Line().
		Var().Id(o.descVar).Op("=").Op("&").Qual(acsPath, "Operation").Values(items...)
}

func bodyType(style opspec.Style, o *opPlan) string {
	for _, f := range o.req.fields {
		switch {
		case style == opspec.ROA && f.in == opspec.InBody:
			return "BodyJSON"
		case style == opspec.RPC && (f.in == opspec.InBody || f.in == opspec.InForm):
			return "BodyForm"
		}
	}
	return ""
}

// idempotent marks reads, so the runtime may retry them on 5xx and network errors even
// though RPC reads are POSTs: by RAM access level when the page gives one, else by the
// conventional name prefixes.
func idempotent(op *opspec.Operation) bool {
	if op.RAM != nil && len(op.RAM.Actions) > 0 {
		for _, a := range op.RAM.Actions {
			switch strings.ToLower(a.AccessLevel) {
			case "get", "list", "read":
			default:
				return false
			}
		}
		return true
	}
	for _, pre := range []string{"Get", "List", "Describe", "Query", "Check"} {
		if strings.HasPrefix(op.Name, pre) && len(op.Name) > len(pre) && op.Name[len(pre)] >= 'A' && op.Name[len(pre)] <= 'Z' {
			return true
		}
	}
	return false
}

// methodDoc is the doc comment of an operation's method.
func methodDoc(p *plan, o *opPlan) *docBuilder {
	op := o.op
	d := &docBuilder{}
	first := fmt.Sprintf("%s calls %s", o.name, op.Name)
	if op.Title != "" && op.Title != op.Name {
		first += ": " + strings.TrimRight(op.Title, ". ")
	}
	d.para(first + ".")
	d.para(op.Summary)
	d.para(op.Description)
	style := opStyle(p.spec, op)
	wire := fmt.Sprintf("%s %s", strings.ToUpper(orDefault(op.Method, "POST")), orDefault(op.Path, "/"))
	if style == opspec.RPC {
		wire = "POST / with x-acs-action " + op.Name
	}
	auth := map[opspec.Auth]string{opspec.AuthAK: "AccessKey signature (ACS3-HMAC-SHA256)", opspec.AuthBearer: "bearer token", opspec.AuthAnonymous: "no credentials"}[o.auth]
	d.para(fmt.Sprintf("Wire: %s (%s, version %s); authentication: %s.", wire, style, p.spec.Version, auth))
	if op.RAM != nil && len(op.RAM.Actions) > 0 {
		var acts []string
		for _, a := range op.RAM.Actions {
			acts = append(acts, a.Action)
		}
		d.para("RAM actions: " + strings.Join(acts, ", ") + ".")
	}
	if tok := clientTokenField(o); tok != nil {
		d.para(fmt.Sprintf("An empty %s is filled with a random token, so retries are idempotent.", tok.name))
	}
	if op.Source.URL != "" {
		d.para("Documentation: " + op.Source.URL)
	}
	if op.Deprecated {
		d.para("Deprecated: the documentation marks this operation as deprecated.")
	}
	return d
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
