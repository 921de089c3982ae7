package apidocs

import (
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

const refPrefix = "#/components/schemas/"

// maxSchemas bounds the schemas one file expands to: references can multiply a small file
// (A uses B twice, B uses C twice ...).
const maxSchemas = 500000

// schema reads one schema. A $ref into components.schemas is expanded in place (the model
// is a tree); the referring schema's description, when it has one, wins over the target's.
func (r *reader) schema(v *page.JSONValue, path string) *opspec.Schema {
	r.object(v, path, false)
	r.count++
	if r.count > maxSchemas {
		r.fail(path, "more than %d schemas once references are expanded", maxSchemas)
	}
	if ref := v.Get("$ref"); ref != nil {
		return r.ref(v, ref, path)
	}
	s := &opspec.Schema{
		Description: strings.TrimSpace(r.str(v, "description", path)),
		Example:     r.example(v.Get("example")),
		Deprecated:  r.boolean(v, "deprecated", path),
	}
	if s.Description == "" {
		s.Description = strings.TrimSpace(r.str(v, "title", path))
	}
	if t := v.Get("type"); !isNull(t) && t.Kind != 's' {
		r.fail(jsonPath(path, "type"), "want a string, found %s", kindName(t))
	}
	typ := r.str(v, "type", path)
	s.Format = r.str(v, "format", path)
	props := r.object(v.Get("properties"), jsonPath(path, "properties"), true)
	items := v.Get("items")
	ap := v.Get("additionalProperties")
	if typ == "" {
		switch {
		case props != nil:
			typ = "object"
		case !isNull(items):
			typ = "array"
		}
	}
	switch typ {
	case "string", "integer", "number", "boolean", "object", "array":
		s.Type = typ
	case "any", "":
		s.DocType = typ // untyped: any JSON value
		if typ == "" {
			s.DocType = ""
		}
	default:
		r.fail(jsonPath(path, "type"), "unknown type %q (known: string, integer, number, boolean, object, array, any)", typ)
	}
	if s.Type == "" || s.Type == "object" || s.Type == "array" {
		// formats of composite or untyped values mean nothing to the model
		s.Format = ""
	}
	if s.Type == "integer" && s.Format == "" {
		s.Format = "int32"
	}
	// Constraints the model has no field for: read for their shape only.
	for _, k := range []string{"maxLength", "minLength", "maxItems", "minItems"} {
		if c := v.Get(k); !isNull(c) && c.Kind != 'n' && c.Kind != 's' {
			r.fail(jsonPath(path, k), "want a number, found %s", kindName(c))
		}
	}
	r.str(v, "pattern", path)
	r.enum(s, v, path)
	switch s.Type {
	case "object":
		if props != nil {
			pp := jsonPath(path, "properties")
			for i, name := range props.Keys {
				at := jsonPath(pp, name)
				pv := r.object(props.Vals[i], at, false)
				ps := r.schema(pv, at)
				r.defaultOf(ps, pv, at, name)
				s.Properties = append(s.Properties, &opspec.Property{Name: name, Required: r.boolean(pv, "required", at), Schema: ps})
			}
		}
		switch {
		case isNull(ap):
		case ap.Kind == 'b':
			// additionalProperties: true/false adds nothing the model keeps
		case ap.Kind == 'o':
			s.AdditionalProperties = r.schema(ap, jsonPath(path, "additionalProperties"))
		default:
			r.fail(jsonPath(path, "additionalProperties"), "want a schema or a boolean, found %s", kindName(ap))
		}
	case "array":
		if isNull(items) {
			s.Items = &opspec.Schema{}
		} else {
			s.Items = r.schema(items, jsonPath(path, "items"))
		}
	default:
		if props != nil && len(props.Keys) > 0 {
			r.fail(jsonPath(path, "properties"), "properties on a schema of type %q", typ)
		}
	}
	return s
}

// defaultOf reads the default of the parameter or property name (declared at v, with schema
// s): the metadata writes it as text ("default": "10"), a JSON scalar or an empty object or
// array, read as a value of the schema by opspec.ReadDefault, as the page readers read theirs
// (an object's default is a JSON object, an array's a JSON array). A default the schema
// would reject (empty, "实例的CPU核数。" on an integer) is left out with a note naming the
// parameter, as the page readers do.
func (r *reader) defaultOf(s *opspec.Schema, v *page.JSONValue, path, name string) {
	dv := v.Get("default")
	if isNull(dv) {
		return
	}
	text, ok := scalarText(dv)
	switch {
	case dv.Kind == 'o' && len(dv.Keys) == 0:
		text, ok = "{}", true // an empty object, an object's default as a page writes it
	case dv.Kind == 'a' && len(dv.Vals) == 0:
		text, ok = "[]", true
	}
	if !ok {
		r.warn(page.Drop, jsonPath(path, "default"), "%s: the default is %s, not a value of its type %s; no default kept", name, kindName(dv), s.TypeWord())
		return
	}
	typed, ok := opspec.ReadDefault(s, text)
	if !ok {
		r.warn(page.Drop, jsonPath(path, "default"), "%s: the default %q is not a value of its type %s; no default kept", name, text, s.TypeWord())
		return
	}
	s.Default = typed
}

// example is the example as text (the model keeps examples as the docs write them).
func (r *reader) example(v *page.JSONValue) string {
	t, _ := scalarText(v) // an object or array example gives "": the model keeps examples of scalars
	return t
}

// enum reads enum (values as text) and enumValueTitles (their descriptions).
func (r *reader) enum(s *opspec.Schema, v *page.JSONValue, path string) {
	ev := v.Get("enum")
	if isNull(ev) {
		return
	}
	ep := jsonPath(path, "enum")
	r.array(ev, ep)
	titles := r.object(v.Get("enumValueTitles"), jsonPath(path, "enumValueTitles"), true)
	for i, e := range ev.Vals {
		var text string
		switch e.Kind {
		case 's', 'n', 'b':
			text = e.Text
		default:
			r.fail(indexPath(ep, i), "want an enum value, found %s", kindName(e))
		}
		ev := opspec.EnumValue{Value: text}
		if t := titles.Get(text); t != nil && t.Kind == 's' && t.Text != text {
			ev.Description = strings.TrimSpace(t.Text)
		}
		s.Enum = append(s.Enum, ev)
	}
}

// ref expands a $ref into components.schemas, failing on other targets, dangling names and
// cycles.
func (r *reader) ref(v, ref *page.JSONValue, path string) *opspec.Schema {
	rp := jsonPath(path, "$ref")
	if ref.Kind != 's' {
		r.fail(rp, "want a reference string, found %s", kindName(ref))
	}
	name, ok := strings.CutPrefix(ref.Text, refPrefix)
	if !ok || name == "" || strings.Contains(name, "/") {
		r.fail(rp, "unsupported reference %q (only %s<name> is read)", ref.Text, refPrefix)
	}
	target := r.schemas.Get(name)
	if target == nil {
		r.fail(rp, "reference %q names no schema in components.schemas", ref.Text)
	}
	for i, n := range r.resolving {
		if n == name {
			r.fail(rp, "reference cycle: %s -> %s", strings.Join(r.resolving[i:], " -> "), name)
		}
	}
	r.resolving = append(r.resolving, name)
	s := r.schema(target, jsonPath("$.components.schemas", name))
	r.resolving = r.resolving[:len(r.resolving)-1]
	if d := strings.TrimSpace(r.str(v, "description", path)); d != "" {
		s.Description = d
	}
	return s
}
