package client

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// emitClient writes client.go: the Client, its options, the API interface and the one
// private helper every method calls.
func emitClient(p *plan) *jen.File {
	f := newFile(p)
	name := p.Spec.Product + " " + p.Spec.Version

	f.Commentf("Product and Version name the API this package calls.")
	f.Const().Defs(
		jen.Id("Product").Op("=").Lit(p.Spec.Product),
		jen.Id("Version").Op("=").Lit(p.Spec.Version),
	)
	f.Line()

	d := &docBuilder{}
	d.para(fmt.Sprintf("Client calls %s. It is safe for concurrent use; create one with NewClient and share it.", name))
	f.Add(withDoc(d, jen.Type().Id("Client").Struct(jen.Id("rt").Op("*").Qual(acsPath, "Client"))))
	f.Line()

	f.Comment("Option configures a Client; it edits the runtime's options, so anything acs.Options offers")
	f.Comment("is reachable (see WithRuntimeOptions).")
	f.Type().Id("Option").Func().Params(jen.Op("*").Qual(acsPath, "Options"))
	f.Line()

	opt := func(doc, fn string, params []jen.Code, body ...jen.Code) {
		for _, l := range strings.Split(doc, "\n// ") {
			f.Comment(l)
		}
		f.Func().Id(fn).Params(params...).Id("Option").Block(
			jen.Return(jen.Func().Params(jen.Id("o").Op("*").Qual(acsPath, "Options")).Block(body...)),
		)
		f.Line()
	}
	o := jen.Id("o")
	regionDoc := "WithRegion sets the region the endpoint is built from (<product>.<region>.aliyuncs.com)."
	if p.EndpointsVar != "" {
		regionDoc = "WithRegion sets the region; calls go to the host the API documents for it, else <product>.<region>.aliyuncs.com."
	}
	opt(regionDoc, "WithRegion",
		[]jen.Code{jen.Id("region").String()}, o.Clone().Dot("Region").Op("=").Id("region"))
	opt("WithEndpoint sets the endpoint: host[:port] (https) or http(s)://host[:port] (tests, mocks).", "WithEndpoint",
		[]jen.Code{jen.Id("endpoint").String()}, o.Clone().Dot("Endpoint").Op("=").Id("endpoint"))
	if p.usesAuth(opspec.AuthAK) {
		opt("WithCredentials sets the AccessKey source; the default reads the environment, then the aliyun CLI profile.", "WithCredentials",
			[]jen.Code{jen.Id("p").Qual(acsPath, "Provider")}, o.Clone().Dot("Credentials").Op("=").Id("p"))
	}
	if p.usesAuth(opspec.AuthBearer) {
		opt("WithBearerToken sets the token source of bearer-authenticated operations (a request's own\n// Authorization parameter, when it has one, wins).", "WithBearerToken",
			[]jen.Code{jen.Id("token").Func().Params(jen.Qual("context", "Context")).Params(jen.String(), jen.Error())},
			o.Clone().Dot("BearerToken").Op("=").Id("token"))
	}
	opt("WithHTTPClient sets the HTTP client requests are sent with.", "WithHTTPClient",
		[]jen.Code{jen.Id("hc").Op("*").Qual("net/http", "Client")}, o.Clone().Dot("HTTPClient").Op("=").Id("hc"))
	opt("WithRetry sets the retry policy (attempts, backoff, jitter).", "WithRetry",
		[]jen.Code{jen.Id("p").Qual(acsPath, "RetryPolicy")}, o.Clone().Dot("Retry").Op("=").Id("p"))
	opt("WithMiddleware wraps the transport (logging, tracing, metrics); the first is outermost.", "WithMiddleware",
		[]jen.Code{jen.Id("m").Op("...").Qual(acsPath, "Middleware")},
		o.Clone().Dot("Middleware").Op("=").Append(o.Clone().Dot("Middleware"), jen.Id("m").Op("...")))
	opt("WithUserAgent appends to the User-Agent header.", "WithUserAgent",
		[]jen.Code{jen.Id("ua").String()}, o.Clone().Dot("UserAgent").Op("=").Id("ua"))
	opt("WithRuntimeOptions edits the runtime options directly (timeouts, signature version, clock, ...).", "WithRuntimeOptions",
		[]jen.Code{jen.Id("edit").Func().Params(jen.Op("*").Qual(acsPath, "Options"))}, jen.Id("edit").Call(o.Clone()))

	newOpts := jen.Var().Id("o").Qual(acsPath, "Options")
	if p.EndpointsVar != "" {
		f.Commentf("%s are the documented hosts of the regions not served at", p.EndpointsVar)
		f.Commentf("%s.<region>.aliyuncs.com.", strings.ToLower(p.Spec.Product))
		hosts := make([]jen.Code, len(p.Endpoints))
		for i, e := range p.Endpoints {
			hosts[i] = jen.Line().Lit(e.Region).Op(":").Lit(e.Host)
		}
		f.Var().Id(p.EndpointsVar).Op("=").Map(jen.String()).String().Values(append(hosts, jen.Line())...)
		f.Line()
		newOpts = jen.Id("o").Op(":=").Qual(acsPath, "Options").Values(jen.Id("Endpoints").Op(":").Id(p.EndpointsVar))
	}
	f.Comment("NewClient returns a Client. A region (WithRegion or $ALIBABA_CLOUD_REGION_ID) or an endpoint is")
	f.Comment("required; credentials are resolved at each call, not here.")
	f.Func().Id("NewClient").Params(jen.Id("opts").Op("...").Id("Option")).Params(jen.Op("*").Id("Client"), jen.Error()).Block(
		newOpts,
		jen.For(jen.List(jen.Id("_"), jen.Id("opt")).Op(":=").Range().Id("opts")).Block(
			jen.If(jen.Id("opt").Op("!=").Nil()).Block(jen.Id("opt").Call(jen.Op("&").Id("o"))),
		),
		jen.List(jen.Id("rt"), jen.Id("err")).Op(":=").Qual(acsPath, "New").Call(jen.Id("o")),
		jen.If(jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit(p.Name+": %w"), jen.Id("err")))),
		jen.Return(jen.Op("&").Id("Client").Values(jen.Dict{jen.Id("rt"): jen.Id("rt")}), jen.Nil()),
	)
	f.Line()

	f.Comment("Runtime returns the runtime client, for calls this package does not describe.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("Runtime").Params().Op("*").Qual(acsPath, "Client").Block(
		jen.Return(jen.Id("c").Dot("rt")))
	f.Line()

	// API interface.
	ad := &docBuilder{}
	ad.para(fmt.Sprintf("API lists the operations of %s, so callers can substitute the Client (with a fake, a recorder, a wrapper).", name))
	methods := make([]jen.Code, 0, len(p.Ops))
	for _, op := range p.Ops {
		md := &docBuilder{}
		first, _ := headline(op) // none when the page gives no title or summary
		md.para(first)
		methods = append(methods, withDoc(md, jen.Id(op.Name).Add(signature(op))))
	}
	f.Add(withDoc(ad, jen.Type().Id("API").Interface(methods...)))
	f.Line()
	f.Var().Id("_").Id("API").Op("=").Parens(jen.Op("*").Id("Client")).Parens(jen.Nil())
	f.Line()

	f.Comment("request is what every generated request type implements.")
	f.Type().Id("request").Interface(
		jen.Id("Validate").Params().Error(),
		jen.Id("encode").Params(jen.Op("*").Qual(acsPath, "Request")).Error(),
	)
	f.Line()
	f.Comment("invoke validates and encodes req, then lets the runtime sign, send, retry and decode.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("invoke").Params(
		jen.Id("ctx").Qual("context", "Context"), jen.Id("op").Op("*").Qual(acsPath, "Operation"),
		jen.Id("req").Id("request"), jen.Id("out").Any(),
	).Error().Block(
		jen.If(jen.Id("err").Op(":=").Id("req").Dot("Validate").Call(), jen.Id("err").Op("!=").Nil()).Block(
			jen.If(jen.List(jen.Id("ve"), jen.Id("ok")).Op(":=").Id("err").Assert(jen.Op("*").Id("ValidationError")), jen.Id("ok")).Block(
				jen.Id("ve").Dot("Operation").Op("=").Id("op").Dot("Name"),
			),
			jen.Return(jen.Id("err")),
		),
		jen.Var().Id("in").Qual(acsPath, "Request"),
		jen.If(jen.Id("err").Op(":=").Id("req").Dot("encode").Call(jen.Op("&").Id("in")), jen.Id("err").Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(p.Name+": %s: encode request: %w"), jen.Id("op").Dot("Name"), jen.Id("err")))),
		jen.Return(jen.Id("c").Dot("rt").Dot("Do").Call(jen.Id("ctx"), jen.Id("op"), jen.Op("&").Id("in"), jen.Id("out"))),
	)
	if p.needsClientToken() {
		f.Line()
		f.Comment("newClientToken returns a random idempotency token (32 hex digits).")
		f.Func().Id("newClientToken").Params().String().Block(
			jen.Var().Id("b").Index(jen.Lit(16)).Byte(),
			jen.List(jen.Id("_"), jen.Id("_")).Op("=").Qual("crypto/rand", "Read").Call(jen.Id("b").Index(jen.Empty(), jen.Empty())),
			jen.Return(jen.Qual("encoding/hex", "EncodeToString").Call(jen.Id("b").Index(jen.Empty(), jen.Empty()))),
		)
	}
	return f
}

func (p *plan) usesAuth(a opspec.Auth) bool {
	for _, o := range p.Ops {
		if o.Auth == a {
			return true
		}
	}
	return false
}

func (p *plan) needsClientToken() bool {
	for _, o := range p.Ops {
		if o.ClientToken != nil {
			return true
		}
	}
	return false
}
