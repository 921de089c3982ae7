package opspec

import (
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// OpenAPIVersion is the OpenAPI version of the documents ToOpenAPI writes.
const OpenAPIVersion = "3.0.3"

// rpcPathPrefix starts the pseudo path key of an operation that OpenAPI cannot address by
// its wire path (every RPC operation shares POST /). x-acs-path carries the real path.
const rpcPathPrefix = "/#Action="

// ToOpenAPI converts a spec to its OpenAPI 3 form: standard fields where OpenAPI has them,
// x-acs-* extensions for the rest, so that FromOpenAPI gives the same spec back. The
// conventions are described in docs/SPEC-FORMAT.md. It returns every problem it finds,
// naming the operation and parameter.
func ToOpenAPI(s *Spec) (*openapi3.T, error) {
	if s == nil {
		return nil, errors.New("opspec: nil spec")
	}
	doc := &openapi3.T{
		OpenAPI:    OpenAPIVersion,
		Info:       &openapi3.Info{Title: infoTitle(s), Version: s.Version},
		Paths:      openapi3.NewPaths(),
		Extensions: map[string]any{extProduct: s.Product, extVersion: s.Version},
	}
	if doc.Info.Version == "" {
		doc.Info.Version = "unversioned"
	}
	setExt(doc.Extensions, extStyle, string(s.Style))
	setExt(doc.Extensions, extAuth, string(s.Auth))
	setExt(doc.Extensions, extTitle, s.Title)
	var errs []error
	if len(s.Groups) > 0 {
		groups := make([]xGroup, len(s.Groups))
		for i, g := range s.Groups {
			groups[i] = xGroup{Name: g.Name, Operations: g.Operations}
		}
		doc.Extensions[extGroups] = groups
		doc.Tags = groupTags(s.Groups)
	}
	if len(s.Endpoints) > 0 {
		eps := make([]xEndpoint, len(s.Endpoints))
		for i, e := range s.Endpoints {
			eps[i] = xEndpoint{Region: e.Region, Host: e.Host}
		}
		doc.Extensions[extEndpoints] = eps
	}
	if err := checkAuth(s.Auth); err != nil {
		errs = append(errs, fmt.Errorf("spec auth: %w", err))
	}

	w := &writer{spec: s, taken: map[string]string{}, norms: map[string]string{}, auths: map[Auth]bool{s.effectiveSpecAuth(): true}}
	var overview []*openapi3.Operation
	names := map[string]bool{}
	for _, op := range s.Operations {
		if op == nil {
			errs = append(errs, errors.New("nil operation"))
			continue
		}
		if names[op.Name] {
			errs = append(errs, fmt.Errorf("operation %q: duplicate operation name", op.Name))
			continue
		}
		names[op.Name] = true
		o, err := w.operation(op)
		if err != nil {
			errs = append(errs, fmt.Errorf("operation %q: %w", op.Name, err))
			continue
		}
		if op.OverviewOnly {
			setExt(o.Extensions, extMethod, op.Method)
			overview = append(overview, o)
			continue
		}
		key, err := w.pathKey(op)
		if err != nil {
			errs = append(errs, fmt.Errorf("operation %q: %w", op.Name, err))
			continue
		}
		if key != op.Path {
			o.Extensions[extPath] = op.Path // the wire path, even when empty
		}
		item := doc.Paths.Value(key)
		if item == nil {
			item = &openapi3.PathItem{}
			doc.Paths.Set(key, item)
		}
		item.SetOperation(op.Method, o)
	}
	if len(overview) > 0 {
		doc.Extensions[extOverviewOps] = overview
	}
	doc.Components = securityComponents(w.auths)
	if req := securityRequirement(s.effectiveSpecAuth()); req != nil {
		doc.Security = *req
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return doc, nil
}

// effectiveSpecAuth is the product's default authentication.
func (s *Spec) effectiveSpecAuth() Auth {
	if s.Auth == "" {
		return AuthAK
	}
	return s.Auth
}

func infoTitle(s *Spec) string {
	if s.Title != "" {
		return s.Title
	}
	if t := strings.TrimSpace(s.Product + " " + s.Version); t != "" {
		return t
	}
	return "untitled"
}

// setExt stores a string extension only when it is not empty.
func setExt(ext map[string]any, key, value string) {
	if value != "" {
		ext[key] = value
	}
}

func checkAuth(a Auth) error {
	switch a {
	case "", AuthAK, AuthBearer, AuthAnonymous:
		return nil
	}
	return fmt.Errorf("unknown auth %q (want %q, %q or %q)", a, AuthAK, AuthBearer, AuthAnonymous)
}

// groupTags lists the named groups as OpenAPI tags, for generic tools; x-acs-groups is
// what FromOpenAPI reads.
func groupTags(groups []Group) openapi3.Tags {
	var tags openapi3.Tags
	seen := map[string]bool{}
	for _, g := range groups {
		if g.Name == "" || seen[g.Name] {
			continue
		}
		seen[g.Name] = true
		tags = append(tags, &openapi3.Tag{Name: g.Name})
	}
	return tags
}

func securityComponents(auths map[Auth]bool) *openapi3.Components {
	schemes := openapi3.SecuritySchemes{}
	if auths[AuthAK] {
		schemes[secAccessKey] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
			Type: "apiKey", In: "header", Name: "Authorization",
			Description: "ACS3-HMAC-SHA256 AccessKey signature (x-acs-auth: ak).",
		}}
	}
	if auths[AuthBearer] {
		schemes[secBearer] = &openapi3.SecuritySchemeRef{Value: &openapi3.SecurityScheme{
			Type: "http", Scheme: "bearer",
			Description: "Authorization: Bearer <token> (x-acs-auth: bearer).",
		}}
	}
	if len(schemes) == 0 {
		return nil
	}
	return &openapi3.Components{SecuritySchemes: schemes}
}

// securityRequirement is the OpenAPI form of an authentication; anonymous is the empty list.
func securityRequirement(a Auth) *openapi3.SecurityRequirements {
	switch a {
	case AuthAK:
		return &openapi3.SecurityRequirements{{secAccessKey: []string{}}}
	case AuthBearer:
		return &openapi3.SecurityRequirements{{secBearer: []string{}}}
	case AuthAnonymous:
		return &openapi3.SecurityRequirements{}
	}
	return nil
}

// writer carries what converting one operation needs to know about the others.
type writer struct {
	spec  *Spec
	taken map[string]string // "METHOD key" → the operation that has it
	norms map[string]string // normalized path → the paths key that has it
	auths map[Auth]bool     // authentications in use, for components.securitySchemes
}

var httpMethods = []string{
	http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete,
	http.MethodPatch, http.MethodHead, http.MethodOptions, http.MethodTrace,
}

// pathKey chooses the paths key of a callable operation (see docs/SPEC-FORMAT.md):
//   - its own path, for a ROA operation whose path OpenAPI can address and that no other
//     operation already holds (same method and path, or a path differing only in template
//     names, which OpenAPI calls conflicting);
//   - otherwise the pseudo path /#Action=<Name>, followed by the real path when the
//     operation has path parameters (OpenAPI wants them as templates in the key).
//
// x-acs-path always carries the real path.
func (w *writer) pathKey(op *Operation) (string, error) {
	if !slices.Contains(httpMethods, op.Method) {
		return "", fmt.Errorf("method %q is not an upper-case HTTP method", op.Method)
	}
	style := op.Style
	if style == "" {
		style = w.spec.Style
	}
	pathParams := map[string]bool{}
	for _, p := range op.Params {
		if p != nil && p.In == InPath {
			pathParams[p.Name] = true
		}
	}
	ok := addressable(op.Path, pathParams)
	if style != RPC && ok {
		norm := normalizePath(op.Path)
		if owner := w.norms[norm]; (owner == "" || owner == op.Path) && w.taken[op.Method+" "+op.Path] == "" {
			w.norms[norm] = op.Path
			w.taken[op.Method+" "+op.Path] = op.Name
			return op.Path, nil
		}
	}
	key := rpcPathPrefix + escapeName(op.Name)
	if len(pathParams) > 0 {
		if !ok {
			return "", fmt.Errorf("path parameters %v do not match path template %q", slices.Sorted(maps.Keys(pathParams)), op.Path)
		}
		if style == RPC {
			return "", fmt.Errorf("RPC operation with path parameters %v", slices.Sorted(maps.Keys(pathParams)))
		}
		key += op.Path
	}
	if w.taken[op.Method+" "+key] != "" {
		return "", fmt.Errorf("duplicate operation name")
	}
	w.taken[op.Method+" "+key] = op.Name
	return key, nil
}

// normalizePath blanks template names: OpenAPI treats /a/{x} and /a/{y} as one path.
func normalizePath(path string) string {
	var b strings.Builder
	in := false
	for _, r := range path {
		switch {
		case r == '{':
			in = true
			b.WriteString("{}")
		case r == '}':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// addressable reports whether path can be an OpenAPI paths key whose templates are exactly
// the given path parameters.
func addressable(path string, params map[string]bool) bool {
	if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, "#?") {
		return false
	}
	names, ok := pathTemplateNames(path)
	if !ok || len(names) != len(params) {
		return false
	}
	for _, n := range names {
		if !params[n] {
			return false
		}
	}
	return true
}

// pathTemplateNames returns the {name}s of a path template; ok is false when braces do not
// pair up, a name is empty or repeated.
func pathTemplateNames(path string) (names []string, ok bool) {
	rest := path
	for {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			return names, true
		}
		if rest[open] == '}' {
			return nil, false
		}
		end := strings.IndexAny(rest[open+1:], "{}")
		if end < 0 || rest[open+1+end] == '{' || end == 0 {
			return nil, false
		}
		name := rest[open+1 : open+1+end]
		if slices.Contains(names, name) {
			return nil, false
		}
		names = append(names, name)
		rest = rest[open+1+end+1:]
	}
}

// escapeName percent-encodes every byte of an operation name outside [A-Za-z0-9._~-], so
// that any name gives a distinct, template-free paths key.
func escapeName(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("._~-", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// operation converts everything but the placement (method and paths key) of op.
func (w *writer) operation(op *Operation) (*openapi3.Operation, error) {
	o := &openapi3.Operation{
		OperationID: op.Name,
		Summary:     op.Summary,
		Description: op.Description,
		Deprecated:  op.Deprecated,
		Extensions:  map[string]any{extAction: op.Name},
		Tags:        w.tags(op.Name),
	}
	if op.Name == "" {
		return nil, errors.New("empty operation name")
	}
	setExt(o.Extensions, extStyle, string(op.Style))
	setExt(o.Extensions, extProduct, w.spec.Product)
	setExt(o.Extensions, extVersion, w.spec.Version)
	setExt(o.Extensions, extTitle, op.Title)
	setExt(o.Extensions, extPath, op.Path)
	setExt(o.Extensions, extAuth, string(op.Auth))
	var errs []error
	if err := checkAuth(op.Auth); err != nil {
		errs = append(errs, err)
	}
	if op.Auth != "" {
		w.auths[op.Auth] = true
		o.Security = securityRequirement(op.Auth)
	}
	if op.RAM != nil {
		o.Extensions[extRAM] = ramExt(op.RAM)
	}
	if op.Source != (Source{}) {
		o.Extensions[extSource] = xSource(op.Source)
	}
	if len(op.Errors) > 0 {
		xs := make([]xError, len(op.Errors))
		for i, e := range op.Errors {
			xs[i] = xError(e)
		}
		o.Extensions[extErrors] = xs
	}
	if len(op.Changes) > 0 {
		xs := make([]xChange, len(op.Changes))
		for i, c := range op.Changes {
			xs[i] = xChange(c)
		}
		o.Extensions[extChanges] = xs
	}
	if err := w.params(op, o); err != nil {
		errs = append(errs, err)
	}
	resp, err := response(op)
	if err != nil {
		errs = append(errs, err)
	}
	o.Responses = openapi3.NewResponses(openapi3.WithStatus(200, &openapi3.ResponseRef{Value: resp}))
	return o, errors.Join(errs...)
}

// tags are the names of the groups that list the operation, in group order.
func (w *writer) tags(name string) []string {
	var tags []string
	for _, g := range w.spec.Groups {
		if g.Name != "" && slices.Contains(g.Operations, name) && !slices.Contains(tags, g.Name) {
			tags = append(tags, g.Name)
		}
	}
	return tags
}

func ramExt(r *RAM) xRAM {
	x := xRAM{None: r.None}
	for _, a := range r.Actions {
		xa := xRAMAction{
			Action: a.Action, AccessLevel: a.AccessLevel,
			ConditionKeys: a.ConditionKeys, DependentActions: a.DependentActions,
		}
		for _, res := range a.Resources {
			xa.Resources = append(xa.Resources, xRAMResource(res))
		}
		x.Actions = append(x.Actions, xa)
	}
	return x
}

// params writes path, query and header parameters as OpenAPI parameters (in page order),
// body parameters as the properties of an application/json request body and form
// parameters as those of an application/x-www-form-urlencoded one, and a whole-body
// parameter as the application/json request body itself (its schema is the body's,
// x-acs-body-param names it). When that regrouping changes the page order,
// x-acs-param-order records it.
func (w *writer) params(op *Operation, o *openapi3.Operation) error {
	var errs []error
	var plain, body, whole, form []*Param
	seen := map[string]bool{}
	for i, p := range op.Params {
		if p == nil {
			errs = append(errs, fmt.Errorf("param #%d is nil", i+1))
			continue
		}
		key := string(p.In) + ":" + p.Name
		if seen[key] {
			errs = append(errs, fmt.Errorf("param %q (%s): duplicate name in the same location", p.Name, p.In))
			continue
		}
		seen[key] = true
		switch p.In {
		case InPath, InQuery, InHeader:
			plain = append(plain, p)
		case InBody:
			body = append(body, p)
		case InWholeBody:
			whole = append(whole, p)
		case InForm:
			form = append(form, p)
		default:
			errs = append(errs, fmt.Errorf("param %q: unknown location %q", p.Name, p.In))
		}
	}
	for _, p := range plain {
		param, err := parameter(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("param %q (%s): %w", p.Name, p.In, err))
			continue
		}
		o.Parameters = append(o.Parameters, &openapi3.ParameterRef{Value: param})
	}
	if len(whole) > 0 {
		if n := len(whole) + len(body) + len(form); n > 1 {
			errs = append(errs, fmt.Errorf("param %q (%s): a whole-body parameter must be the only body parameter (the operation has %d)", whole[0].Name, InWholeBody, n))
		}
		p := whole[0]
		sch, err := schemaToOAS(p.Schema)
		if err != nil {
			errs = append(errs, fmt.Errorf("param %q (%s): %w", p.Name, p.In, err))
		} else {
			o.RequestBody = &openapi3.RequestBodyRef{Value: &openapi3.RequestBody{
				Required:   p.Required,
				Content:    openapi3.Content{mediaJSON: &openapi3.MediaType{Schema: &openapi3.SchemaRef{Value: sch}}},
				Extensions: map[string]any{extBodyParam: p.Name},
			}}
		}
	} else if len(body)+len(form) > 0 {
		rb := &openapi3.RequestBody{Content: openapi3.Content{}}
		for _, part := range []struct {
			media  string
			params []*Param
		}{{mediaJSON, body}, {mediaForm, form}} {
			if len(part.params) == 0 {
				continue
			}
			props := make([]*Property, len(part.params))
			for i, p := range part.params {
				props[i] = &Property{Name: p.Name, Required: p.Required, Schema: p.Schema}
				rb.Required = rb.Required || p.Required
			}
			sch, err := schemaToOAS(&Schema{Type: "object", Properties: props})
			if err != nil {
				errs = append(errs, fmt.Errorf("%s body: %w", part.media, err))
				continue
			}
			rb.Content[part.media] = &openapi3.MediaType{Schema: &openapi3.SchemaRef{Value: sch}}
		}
		o.RequestBody = &openapi3.RequestBodyRef{Value: rb}
	}
	canonical := slices.Concat(plain, body, whole, form)
	if !slices.Equal(canonical, op.Params) && len(canonical) == len(op.Params) {
		order := make([]string, len(op.Params))
		for i, p := range op.Params {
			order[i] = string(p.In) + ":" + p.Name
		}
		o.Extensions[extParamOrder] = order
	}
	return errors.Join(errs...)
}

// parameter converts a path, query or header parameter. The description and deprecation
// move from the schema to the parameter, where OpenAPI tools look for them.
func parameter(p *Param) (*openapi3.Parameter, error) {
	sch, err := schemaToOAS(p.Schema)
	if err != nil {
		return nil, err
	}
	param := &openapi3.Parameter{
		Name: p.Name, In: string(p.In), Required: p.Required,
		Description: sch.Description, Deprecated: sch.Deprecated,
		Schema: &openapi3.SchemaRef{Value: sch},
	}
	sch.Description, sch.Deprecated = "", false
	if p.In == InPath && !p.Required {
		// OpenAPI requires path parameters; keep what the page said.
		param.Required = true
		param.Extensions = map[string]any{extDocOptional: true}
	}
	return param, nil
}

// response is the 200 response: the response schema, the page's JSON example and the
// documented response headers.
func response(op *Operation) (*openapi3.Response, error) {
	resp := openapi3.NewResponse().WithDescription("OK")
	if err := responseHeaders(op, resp); err != nil {
		return nil, err
	}
	if op.Response == nil && op.ResponseExample == "" {
		return resp, nil
	}
	mt := &openapi3.MediaType{}
	if op.Response != nil {
		sch, err := schemaToOAS(op.Response)
		if err != nil {
			return nil, fmt.Errorf("response: %w", err)
		}
		mt.Schema = &openapi3.SchemaRef{Value: sch}
	}
	if op.ResponseExample != "" {
		mt.Extensions = map[string]any{extExample: op.ResponseExample}
		if v, ok := parseJSONExample(op.ResponseExample); ok && (mt.Schema == nil || mt.Schema.Value.VisitJSON(v) == nil) {
			mt.Example = v
		}
	}
	resp.Content = openapi3.Content{mediaJSON: mt}
	return resp, nil
}

// responseHeaders writes the documented response headers as OpenAPI header objects, the
// description and deprecation on the header as on a parameter. They are converted as the
// properties of one object, which checks their names and gives the x-acs-order that keeps
// the page order the headers map loses.
func responseHeaders(op *Operation, resp *openapi3.Response) error {
	if len(op.ResponseHeaders) == 0 {
		return nil
	}
	props := make([]*Property, len(op.ResponseHeaders))
	for i, h := range op.ResponseHeaders {
		if h != nil {
			props[i] = &Property{Name: h.Name, Schema: h.Schema}
		}
	}
	obj, err := schemaToOAS(&Schema{Type: "object", Properties: props})
	if err != nil {
		return fmt.Errorf("response headers: %w", err)
	}
	resp.Headers = make(openapi3.Headers, len(obj.Properties))
	for name, ref := range obj.Properties {
		sch := ref.Value
		resp.Headers[name] = &openapi3.HeaderRef{Value: &openapi3.Header{Parameter: openapi3.Parameter{
			Description: sch.Description, Deprecated: sch.Deprecated, Schema: ref,
		}}}
		sch.Description, sch.Deprecated = "", false
	}
	if order, ok := obj.Extensions[extOrder]; ok {
		resp.Extensions = map[string]any{extOrder: order}
	}
	return nil
}
