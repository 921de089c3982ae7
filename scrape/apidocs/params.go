package apidocs

import (
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/flatname"
	"github.com/acsgen/acsgen/scrape/page"
)

// parameters reads an operation's parameters in document order.
//
// Locations: query, path and header stay; formData is a form field. A body parameter is
// the whole JSON body (the official SDKs send its value as the body): when its schema is an
// object with properties, those become the body fields (the model's form); otherwise (a
// string holding a JSON text, an array, a map or an object without properties) it is the
// model's whole-body parameter. A second body parameter would be a second whole body: it
// is dropped with a warning.
//
// Styles say how a composite value goes on the wire. The model has no per-parameter style:
// RPC clients flatten composite values (Tag.1.Key=...) and ROA clients join scalar lists
// with commas and JSON-encode the rest. So repeatList and flat (RPC flattening) and simple
// and json on ROA are what the model already means; json on an RPC query, form or header
// parameter, or on a flattened name nested under one (ExtendedConfig.CustomData), keeps the
// value's schema with style json (one JSON text, under the flattened name); simple on RPC
// (a comma-joined list in one parameter) is kept as a string parameter whose doc type says
// what the string holds, so that a client sends what the service reads.
func (r *reader) parameters(op *opspec.Operation, v *page.JSONValue, path string) {
	arr := r.array(v, path)
	if arr == nil {
		return
	}
	seen := map[string]string{}
	wholeBody := false // an InWholeBody parameter was added
	var at []string    // where each parameter of op.Params is declared
	add := func(p *opspec.Param, where string) {
		k := string(p.In) + ":" + p.Name
		if first, dup := seen[k]; dup {
			// The official metadata has such repeats (ECS RunInstances RegionId).
			r.warn(page.Info, where, "%s parameter %q is declared again (first at %s); keeping the first", p.In, p.Name, first)
			return
		}
		seen[k] = where
		op.Params = append(op.Params, p)
		at = append(at, where)
	}
	for i, pv := range arr.Vals {
		p := indexPath(path, i)
		r.object(pv, p, false)
		name := r.str(pv, "name", p)
		if name == "" {
			r.fail(jsonPath(p, "name"), "a parameter needs a name")
		}
		in := r.str(pv, "in", p)
		style := r.str(pv, "style", p)
		switch style {
		case "", "repeatList", "flat", "simple", "json":
		default:
			r.fail(jsonPath(p, "style"), "unknown parameter style %q (known: json, flat, repeatList, simple)", style)
		}
		sp := jsonPath(p, "schema")
		sv := r.object(pv.Get("schema"), sp, false)
		s := r.schema(sv, sp)
		r.defaultOf(s, sv, sp, name)
		required := r.boolean(sv, "required", sp)
		var loc opspec.Location
		switch in {
		case "query":
			loc = opspec.InQuery
		case "path":
			loc = opspec.InPath
		case "header":
			loc = opspec.InHeader
			if strings.EqualFold(name, "Authorization") {
				// The header is how the metadata says an operation takes a bearer token. It
				// stays a documented header parameter, as the page readers keep the row: the
				// runtime sends it from the client's token, so gen/ir leaves it out of the
				// request struct (suppliedByAuth), and the mock checks it.
				op.Auth = opspec.AuthBearer
			}
		case "formData":
			loc = opspec.InForm
		case "body":
			loc = opspec.InBody
		default:
			r.fail(jsonPath(p, "in"), "unknown parameter location %q (known: query, path, header, body, formData)", in)
		}
		if r.style == opspec.RPC && (style == "json" || style == "simple") && (s.Type == "object" || s.Type == "array") {
			// A flattened name (ExtendedConfig.CustomData) becomes a field of an object
			// (nestFlattened) that keeps its style json: it goes as its JSON text under
			// that name, as a page's nested row typed Json does.
			param := loc == opspec.InQuery || loc == opspec.InForm || loc == opspec.InHeader
			s = stringEncoded(s, style, param)
		}
		if loc == opspec.InBody && s.Type == "object" && len(s.Properties) > 0 && !wholeBody {
			wholeBody = true
			for _, prop := range s.Properties {
				add(&opspec.Param{Name: prop.Name, In: opspec.InBody, Required: prop.Required, Schema: prop.Schema},
					jsonPath(jsonPath(sp, "properties"), prop.Name))
			}
			continue
		}
		if loc == opspec.InBody && r.style != opspec.RPC {
			if !wholeBody {
				wholeBody = true
				loc = opspec.InWholeBody
			} else {
				r.warn(page.Drop, p, "a second body parameter %q: the request body is already a parameter; dropping it", name)
				continue
			}
		}
		add(&opspec.Param{Name: name, In: loc, Required: required, Schema: s}, p)
	}
	r.nestFlattened(op, at)
}

// flattens says whether a parameter's name is a flattened name (PrivatePoolOptions.Id,
// Filter.1.Key) that nestFlattened places under a parent: RPC query and form parameters,
// whose names are flattened on the wire. Header and path names are one key each, and ROA
// clients do not flatten a query value.
func flattens(style opspec.Style, loc opspec.Location, name string) bool {
	return style == opspec.RPC && (loc == opspec.InQuery || loc == opspec.InForm) && flatname.Flattened(name)
}

// nestFlattened nests the flattened names of op's parameters (at: where each is declared)
// by flatname.Nest, the rule the page readers follow, so that an operation read from the
// metadata has the shape it has when read from its page: PrivatePoolOptions.Id and
// PrivatePoolOptions.MatchCriteria make an object PrivatePoolOptions, Filter.1.Key and
// Filter.2.Key a list of objects, and SystemDisk.Category joins the fields of a SystemDisk
// parameter (style flat) declared beside it. The wire is the same: RPC clients flatten the
// nested value into the same names.
func (r *reader) nestFlattened(op *opspec.Operation, at []string) {
	if len(op.Params) == 0 {
		return
	}
	rows := make([]flatname.Row, len(op.Params))
	for i, p := range op.Params {
		rows[i] = flatname.Row{Name: p.Name, Schema: p.Schema, Required: p.Required, In: p.In,
			Keep: !flattens(r.style, p.In, p.Name), At: at[i]}
	}
	entries := flatname.Nest(rows, func(i int, kind page.WarnKind, msg string) { r.warn(kind, at[i], "%s", msg) })
	params := make([]*opspec.Param, 0, len(entries))
	for _, e := range entries {
		p := &opspec.Param{Name: e.Name, In: e.In, Required: e.Required, Schema: e.Schema}
		if e.Row >= 0 {
			cp := *op.Params[e.Row]
			cp.Required, cp.Schema = e.Required, e.Schema
			p = &cp
		}
		params = append(params, p)
	}
	op.Params = params
}

// stringEncoded is the parameter schema that carries a composite value as one text: with
// style json the value keeps its schema and style json says it goes as its JSON text; with
// style simple it is a string of comma-joined items. Style json elsewhere than in a query,
// form or header parameter (a body field, which the model cannot mark) stays a string
// holding the JSON text, as before.
func stringEncoded(s *opspec.Schema, style string, param bool) *opspec.Schema {
	if style == "json" && param {
		s.Style = opspec.JSONStyle
		return s
	}
	how := " as JSON"
	if style == "simple" {
		how = " joined by commas"
	}
	return &opspec.Schema{Type: "string", DocType: s.TypeWord() + how, Description: s.Description,
		Example: s.Example, Deprecated: s.Deprecated}
}
