package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// emitOperations writes operations.go: per operation the static descriptor and the method.
// Every method is the same one statement; all behaviour is in the runtime (acs.Invoke),
// driven by the descriptor and the request's struct tags.
func emitOperations(p *plan) *jen.File {
	f := newFile(p)
	for _, o := range p.Ops {
		f.Add(descriptor(o))
		f.Line()
		f.Add(withDoc(methodDoc(p, o), jen.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(o.Name).Add(signature(o)).Block(
			jen.Return(jen.Qual(acsPath, "Invoke").Types(jen.Id(o.Response.Name)).Call(jen.Id("ctx"), jen.Id("c").Dot("rt"), jen.Id(o.Descriptor), jen.Id("req"))),
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

// descriptor is the operation's static descriptor, on one line.
func descriptor(o *ir.Operation) jen.Code {
	op := o.Op
	style := o.Style
	var items []jen.Code
	kv := func(k string, v jen.Code) { items = append(items, jen.Id(k).Op(":").Add(v)) }
	kv("Name", jen.Lit(op.Name))
	kv("Version", jen.Id("Version"))
	kv("Product", jen.Id("Product"))
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
	return jen.Var().Id(o.Descriptor).Op("=").Op("&").Qual(acsPath, "Operation").Values(items...)
}

// headline is the first sentence of an operation method's doc: the method's name, then the
// page's title (or summary) as a predicate when it starts with a verb ("Creates an
// instance." → "CreateInstance creates an instance."), else after a colon. Empty when the
// page has neither; the method doc then starts with the wire line. rest is what the
// headline left of the summary, when it was made from the summary.
func headline(o *ir.Operation) (line, rest string) {
	text := o.Op.Title
	fromSummary := false
	if text == "" || text == o.Op.Name {
		text, fromSummary = o.Op.Summary, true
	}
	text = strings.Join(cleanText(text), " ")
	if text == "" || text == o.Op.Name {
		return "", ""
	}
	// only the first sentence: the rest of a summary is a paragraph of its own
	if i := strings.Index(text, ". "); i > 0 {
		if fromSummary {
			rest = strings.TrimSpace(text[i+2:])
		}
		text = text[:i]
	}
	text = strings.TrimRight(text, ". ")
	word, _, _ := strings.Cut(text, " ")
	if len(word) > 2 && word[0] >= 'A' && word[0] <= 'Z' && strings.HasSuffix(word, "s") && strings.ToLower(word[1:]) == word[1:] {
		return o.Name + " " + strings.ToLower(text[:1]) + text[1:] + ".", rest
	}
	return o.Name + ": " + text + ".", rest
}

// wireLine says how an operation travels and authenticates, starting with the method name.
func wireLine(p *plan, o *ir.Operation) string {
	wire := o.HTTPMethod + " " + o.Path
	if o.Style == opspec.RPC {
		wire = "POST / with x-acs-action " + o.Op.Name
	}
	auth := map[opspec.Auth]string{opspec.AuthAK: "AccessKey signature (ACS3-HMAC-SHA256)", opspec.AuthBearer: "bearer token", opspec.AuthAnonymous: "no credentials"}[o.Auth]
	return fmt.Sprintf("%s sends %s (%s, version %s); authentication: %s.", o.Name, wire, o.Style, p.Spec.Version, auth)
}

// methodDoc is the doc comment of an operation's method: the page's title (or the start of
// its description, else how the operation travels) on one line, the documentation page,
// the deprecation. docs/reference has the whole description.
func methodDoc(p *plan, o *ir.Operation) *docBuilder {
	op := o.Op
	d := &docBuilder{}
	first, _ := headline(o)
	if first == "" {
		if t := shortText(op.Description); t != "" {
			first = o.Name + ": " + t
		} else {
			first = wireLine(p, o)
		}
	}
	d.lines = append(d.lines, oneLine(first))
	if op.Source.URL != "" {
		d.lines = append(d.lines, "Documentation: "+oneLine(op.Source.URL))
	}
	if op.Deprecated {
		d.para("Deprecated: the documentation marks this operation as deprecated.")
	}
	return d
}
