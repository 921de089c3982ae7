package opspec

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/http/httpguts"
)

// Problem is one finding of Lint: where it is and what is wrong.
type Problem struct {
	Operation string // "" for the spec itself
	Where     string // parameter, schema path or field inside the operation; may be ""
	Message   string
	// Warning marks findings the tools cope with (odd names are escaped by the emitters,
	// for example) but a human should look at. Validate ignores them.
	Warning bool
}

func (p Problem) Error() string {
	var b strings.Builder
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.Operation != "" {
		fmt.Fprintf(&b, "operation %q: ", p.Operation)
	}
	if p.Where != "" {
		b.WriteString(p.Where + ": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Validate returns every error-level problem Lint finds, joined, or nil. A spec that
// passes is one the converters and emitters handle without guessing.
func (s *Spec) Validate() error {
	var errs []error
	for _, p := range s.Lint() {
		if !p.Warning {
			errs = append(errs, p)
		}
	}
	return errors.Join(errs...)
}

// Lint checks the model for what would make a silently wrong spec or surprising generated
// code, and returns all findings, errors and warnings, in a stable order.
func (s *Spec) Lint() []Problem {
	l := &linter{spec: s}
	l.spec1()
	return l.out
}

var (
	identRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)
	dateRE  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	// regionRE is a region ID ("cn-hangzhou", "cn-shanghai-finance-1"); hostRE a DNS host
	// name, optionally with a port.
	regionRE  = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)+$`)
	hostRE    = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$`)
	formatsOf = map[string][]string{
		"integer": {"", "int32", "int64"},
		"number":  {"", "float", "double"},
	}
)

type linter struct {
	spec *Spec
	out  []Problem
}

func (l *linter) errf(op, where, format string, args ...any) {
	l.out = append(l.out, Problem{Operation: op, Where: where, Message: fmt.Sprintf(format, args...)})
}

func (l *linter) warnf(op, where, format string, args ...any) {
	l.out = append(l.out, Problem{Operation: op, Where: where, Message: fmt.Sprintf(format, args...), Warning: true})
}

func (l *linter) spec1() {
	s := l.spec
	if s == nil {
		l.errf("", "", "nil spec")
		return
	}
	if s.Product == "" {
		l.errf("", "Product", "empty product code")
	}
	if s.Version == "" {
		l.errf("", "Version", "empty version")
	}
	if s.Style != RPC && s.Style != ROA {
		l.errf("", "Style", "style %q is neither RPC nor ROA", s.Style)
	}
	if err := checkAuth(s.Auth); err != nil {
		l.errf("", "Auth", "%v", err)
	}
	l.endpoints()
	names := map[string]bool{}
	for i, op := range s.Operations {
		if op == nil {
			l.errf("", fmt.Sprintf("Operations[%d]", i), "nil operation")
			continue
		}
		if names[op.Name] {
			l.errf(op.Name, "", "operation name is not unique")
		}
		names[op.Name] = true
		if i > 0 && s.Operations[i-1] != nil && s.Operations[i-1].Name > op.Name {
			l.errf(op.Name, "", "operations are not sorted by name (call SortOperations)")
		}
		l.operation(op)
	}
	for _, g := range s.Groups {
		if g.Name == "" {
			l.warnf("", "Groups", "group without a name")
		}
		for _, n := range g.Operations {
			if !names[n] {
				l.warnf("", "group "+strconv.Quote(g.Name), "lists unknown operation %q", n)
			}
		}
	}
}

// endpoints checks the region map: region IDs and host names, one host per region.
func (l *linter) endpoints() {
	seen := map[string]bool{}
	for i, e := range l.spec.Endpoints {
		where := fmt.Sprintf("Endpoints[%d]", i)
		if err := e.Check(); err != nil {
			l.errf("", where, "%v", err)
		}
		if seen[e.Region] {
			l.errf("", where, "region %q is listed twice", e.Region)
		}
		seen[e.Region] = true
	}
}

// Check reports whether e is a region ID and a host name (with an optional port, no scheme).
func (e Endpoint) Check() error {
	if !regionRE.MatchString(e.Region) {
		return fmt.Errorf("region %q is not a region ID (like cn-hangzhou)", e.Region)
	}
	if !hostRE.MatchString(e.Host) || len(e.Host) > 253 {
		return fmt.Errorf("host %q of region %q is not a host name (like ecs.cn-hangzhou.aliyuncs.com)", e.Host, e.Region)
	}
	return nil
}

func (l *linter) operation(op *Operation) {
	n := op.Name
	switch {
	case n == "":
		l.errf(n, "", "empty operation name")
	case !identRE.MatchString(n):
		l.warnf(n, "", "operation name is not an identifier")
	}
	style := op.Style
	if style == "" {
		style = l.spec.Style
	}
	if op.Style != "" && op.Style != RPC && op.Style != ROA {
		l.errf(n, "Style", "style %q is neither RPC nor ROA", op.Style)
	}
	if err := checkAuth(op.Auth); err != nil {
		l.errf(n, "Auth", "%v", err)
	}
	if !op.OverviewOnly {
		switch {
		case op.Method == "":
			l.errf(n, "Method", "no HTTP method")
		case !slices.Contains(httpMethods, op.Method):
			l.errf(n, "Method", "%q is not an upper-case HTTP method", op.Method)
		case style == RPC && op.Method != "POST":
			l.warnf(n, "Method", "RPC operation uses %s, not POST", op.Method)
		}
		switch {
		case style == RPC && op.Path != "/":
			l.errf(n, "Path", "RPC operation path is %q, not \"/\"", op.Path)
		case op.Path == "":
			l.errf(n, "Path", "no path")
		case !strings.HasPrefix(op.Path, "/"):
			l.errf(n, "Path", "path %q does not start with /", op.Path)
		}
	}
	l.params(op, style)
	if op.Response != nil {
		if op.Response.Type != "object" && op.Response.Type != "" {
			l.warnf(n, "Response", "response type is %q, not object", op.Response.Type)
		}
		l.schema(n, "Response", op.Response)
	}
	l.responseHeaders(op)
	if op.ResponseExample != "" {
		if _, ok := parseJSONExample(op.ResponseExample); !ok {
			l.warnf(n, "ResponseExample", "not valid JSON")
		}
	}
	if op.RAM != nil {
		if op.RAM.None && len(op.RAM.Actions) > 0 {
			l.errf(n, "RAM", "says no authorization is needed and lists actions")
		}
		for i, a := range op.RAM.Actions {
			if a.Action == "" {
				l.errf(n, fmt.Sprintf("RAM.Actions[%d]", i), "empty action")
			}
		}
	}
	for i, e := range op.Errors {
		if e.Code == "" {
			l.errf(n, fmt.Sprintf("Errors[%d]", i), "empty error code")
		}
		if e.HTTPStatus != 0 && (e.HTTPStatus < 100 || e.HTTPStatus > 599) {
			l.errf(n, fmt.Sprintf("Errors[%d]", i), "HTTP status %d out of range", e.HTTPStatus)
		}
	}
	for i, c := range op.Changes {
		if !dateRE.MatchString(c.Date) {
			l.warnf(n, fmt.Sprintf("Changes[%d]", i), "date %q is not YYYY-MM-DD", c.Date)
		}
	}
	if d := op.Source.LastUpdated; d != "" && !dateRE.MatchString(d) {
		l.warnf(n, "Source.LastUpdated", "date %q is not YYYY-MM-DD", d)
	}
}

// responseHeaders checks the documented response headers: HTTP header names (tokens),
// each once in any letter case, each with a schema.
func (l *linter) responseHeaders(op *Operation) {
	n := op.Name
	seen := map[string]bool{}
	for i, h := range op.ResponseHeaders {
		if h == nil {
			l.errf(n, fmt.Sprintf("ResponseHeaders[%d]", i), "nil response header")
			continue
		}
		where := fmt.Sprintf("response header %q", h.Name)
		if !httpguts.ValidHeaderFieldName(h.Name) {
			l.errf(n, where, "not an HTTP header name")
		}
		if low := strings.ToLower(h.Name); seen[low] {
			l.errf(n, where, "duplicate response header (header names are matched in any letter case)")
		} else {
			seen[low] = true
		}
		if h.Schema == nil {
			l.errf(n, where, "no schema")
			continue
		}
		l.schema(n, where, h.Schema)
	}
}

func (l *linter) params(op *Operation, style Style) {
	n := op.Name
	seen := map[string]bool{}
	inPath := map[string]bool{}
	for i, p := range op.Params {
		if p == nil {
			l.errf(n, fmt.Sprintf("Params[%d]", i), "nil parameter")
			continue
		}
		where := fmt.Sprintf("param %q (%s)", p.Name, p.In)
		switch p.In {
		case InPath, InQuery, InHeader, InBody, InForm:
		case InWholeBody:
			if style == RPC {
				l.errf(n, where, "whole-body parameter on an RPC operation")
			}
			if others := len(op.ParamsIn(InWholeBody)) + len(op.ParamsIn(InBody)) + len(op.ParamsIn(InForm)); others > 1 {
				l.errf(n, where, "a whole-body parameter must be the only body parameter (the operation has %d)", others)
			}
		default:
			l.errf(n, where, "unknown location %q", p.In)
		}
		switch {
		case p.Name == "":
			l.errf(n, where, "empty parameter name")
		case !identRE.MatchString(p.Name):
			l.warnf(n, where, "parameter name is not an identifier")
		}
		key := string(p.In) + ":" + p.Name
		if seen[key] {
			l.errf(n, where, "duplicate parameter")
		}
		seen[key] = true
		if p.In == InPath {
			inPath[p.Name] = true
			if !p.Required {
				l.warnf(n, where, "path parameter not marked required")
			}
		}
		if style == RPC && p.In == InBody {
			l.warnf(n, where, "JSON body parameter on an RPC operation")
		}
		if p.Schema == nil {
			l.errf(n, where, "no schema")
			continue
		}
		switch {
		case p.Schema.Style == "":
		case p.Schema.Style != JSONStyle:
			l.errf(n, where, "style %q is not %q", p.Schema.Style, JSONStyle)
		case p.In != InQuery && p.In != InForm && p.In != InHeader:
			l.errf(n, where, "style %q on a %s parameter (only query, form and header values are JSON text)", JSONStyle, p.In)
		case p.Schema.Type != "object" && p.Schema.Type != "array":
			l.errf(n, where, "style %q on a %q schema (only an object, map or array is sent as JSON text)", JSONStyle, p.Schema.Type)
		}
		// a flattened parameter's nested fields may be JSON text themselves (Config.Data={...})
		flat := p.Schema.Style == "" && (p.In == InQuery || p.In == InForm || p.In == InHeader)
		// depth 1: a body or form parameter is a property of the body's schema
		l.schemaIn(n, where, p.Schema, flat, 1)
	}
	if op.OverviewOnly || style == RPC {
		if style == RPC && len(inPath) > 0 {
			l.errf(n, "Params", "RPC operation has path parameters %v", slices.Sorted(maps.Keys(inPath)))
		}
		return
	}
	tmpl, ok := pathTemplateNames(op.Path)
	if !ok {
		l.errf(n, "Path", "malformed path template %q", op.Path)
		return
	}
	for _, t := range tmpl {
		if !inPath[t] {
			l.errf(n, "Path", "template {%s} has no path parameter", t)
		}
		delete(inPath, t)
	}
	for _, p := range slices.Sorted(maps.Keys(inPath)) {
		l.errf(n, "Path", "path parameter %q is not in the path template %q", p, op.Path)
	}
}

// schema checks a response schema and everything nested in it; where grows with the
// property path.
func (l *linter) schema(op, where string, s *Schema) { l.schemaIn(op, where, s, false, 0) }

// schemaIn is schema for s at depth levels below the top of its OpenAPI schema, where flat
// says s is flattened onto the wire (a query, form or header parameter's value, or an
// object or list item inside one): its properties may then carry JSONStyle, each sent as
// one parameter holding its JSON text under its flattened name. A schema deeper than
// MaxDepth is an error, and what is below it is not looked at.
func (l *linter) schemaIn(op, where string, s *Schema, flat bool, depth int) {
	if depth > MaxDepth {
		l.errf(op, where, "schema nested deeper than %d levels", MaxDepth)
		return
	}
	for _, c := range schemaChildren(s) {
		if c.Style == "" || flat && isProperty(s, c) {
			continue
		}
		l.errf(op, where, "style %q inside a value (only a parameter or a field of a flattened parameter is sent as JSON text)", c.Style)
	}
	if !slices.Contains(types, s.Type) {
		l.errf(op, where, "type %q is not one of string, integer, number, boolean, object, array", s.Type)
	}
	if allowed, ok := formatsOf[s.Type]; ok && !slices.Contains(allowed, s.Format) {
		l.warnf(op, where, "format %q does not fit type %s", s.Format, s.Type)
	}
	if s.Type == "array" && s.Items == nil {
		l.errf(op, where, "array without items")
	}
	if s.Items != nil && s.Type != "array" {
		l.errf(op, where, "items on a %q schema", s.Type)
	}
	if (len(s.Properties) > 0 || s.AdditionalProperties != nil) && s.Type != "object" {
		l.errf(op, where, "properties on a %q schema", s.Type)
	}
	seen := map[string]bool{}
	for i, p := range s.Properties {
		if p == nil {
			l.errf(op, fmt.Sprintf("%s.Properties[%d]", where, i), "nil property")
			continue
		}
		pw := where + "." + p.Name
		if p.Name == "" {
			l.errf(op, pw, "empty property name")
		}
		if seen[p.Name] {
			l.errf(op, pw, "duplicate property")
		}
		seen[p.Name] = true
		if p.Schema == nil {
			l.errf(op, pw, "no schema")
			continue
		}
		if flat {
			switch {
			case p.Schema.Style == "":
			case p.Schema.Style != JSONStyle:
				l.errf(op, pw, "style %q is not %q", p.Schema.Style, JSONStyle)
			case p.Schema.Type != "object" && p.Schema.Type != "array":
				l.errf(op, pw, "style %q on a %q schema (only an object, map or array is sent as JSON text)", JSONStyle, p.Schema.Type)
			}
		}
		l.schemaIn(op, pw, p.Schema, flat && p.Schema.Style == "", depth+1)
	}
	if s.Items != nil {
		l.schemaIn(op, where+"[]", s.Items, flat, depth+1)
	}
	if s.AdditionalProperties != nil {
		l.schemaIn(op, where+"{}", s.AdditionalProperties, false, depth+1)
	}
	values := map[string]bool{}
	for _, e := range s.Enum {
		if values[e.Value] {
			l.warnf(op, where, "enum value %q listed twice", e.Value)
		}
		values[e.Value] = true
		if !parses(s.Type, e.Value) {
			l.warnf(op, where, "enum value %q is not a %s", e.Value, s.Type)
		}
	}
	if s.Default != nil {
		if o, err := schemaToOAS(&Schema{Type: s.Type, Format: s.Format, Enum: s.Enum}); err == nil {
			if _, ok := fittingDefault(s.Default, o); !ok {
				l.warnf(op, where, "default %s is not a value of the schema (not written to the spec)", s.DefaultText())
			}
		}
	}
	if s.Example != "" && !parses(s.Type, s.Example) {
		l.warnf(op, where, "example %q is not a %s", s.Example, s.Type)
	}
}

// parses reports whether text is a value of a scalar type; non-scalar types accept anything.
func parses(typ, text string) bool {
	var err error
	switch typ {
	case "integer":
		_, err = strconv.ParseInt(strings.TrimSpace(text), 10, 64)
	case "number":
		_, err = strconv.ParseFloat(strings.TrimSpace(text), 64)
	case "boolean":
		_, err = strconv.ParseBool(strings.ToLower(strings.TrimSpace(text)))
	}
	return err == nil
}

// schemaChildren returns the schemas directly nested in s.
// isProperty reports whether c is the schema of one of s's properties.
func isProperty(s, c *Schema) bool {
	return slices.ContainsFunc(s.Properties, func(p *Property) bool { return p != nil && p.Schema == c })
}

func schemaChildren(s *Schema) []*Schema {
	var cs []*Schema
	for _, p := range s.Properties {
		if p != nil && p.Schema != nil {
			cs = append(cs, p.Schema)
		}
	}
	for _, c := range []*Schema{s.Items, s.AdditionalProperties} {
		if c != nil {
			cs = append(cs, c)
		}
	}
	return cs
}
