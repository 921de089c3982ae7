package opspec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// MaxDepth bounds schema nesting: a schema below a parameter or the response nests at most
// this many levels. No API comes near it. FromOpenAPI refuses deeper schemas, so that a
// recursive $ref in a hand-written document is an error rather than endless recursion;
// Lint refuses them in a spec, which could otherwise be written but not read back (and
// encoding/json stops writing at 10,000 levels); readers drop what would nest deeper.
const MaxDepth = 64

// FromOpenAPI converts an OpenAPI 3 document in the form ToOpenAPI writes back into a spec.
// x-acs-* extensions are authoritative where they exist; documents without them (written
// by hand or by other tools) are read from the standard fields. Errors name the operation,
// parameter and JSON path concerned.
func FromOpenAPI(doc *openapi3.T) (*Spec, error) {
	if doc == nil {
		return nil, errors.New("opspec: nil OpenAPI document")
	}
	s := &Spec{}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	ext := doc.Extensions
	var product, version, style, auth, title string
	hasProduct, err := getExt(ext, extProduct, &product)
	add(err)
	hasVersion, err := getExt(ext, extVersion, &version)
	add(err)
	_, err = getExt(ext, extStyle, &style)
	add(err)
	_, err = getExt(ext, extAuth, &auth)
	add(err)
	_, err = getExt(ext, extTitle, &title)
	add(err)
	s.Product, s.Version, s.Style, s.Auth, s.Title = product, version, Style(style), Auth(auth), title
	if !hasVersion && doc.Info != nil {
		s.Version = doc.Info.Version
	}
	if !hasProduct && !hasVersion && doc.Info != nil && s.Title == "" {
		s.Title = doc.Info.Title
	}
	var groups []xGroup
	_, err = getExt(ext, extGroups, &groups)
	add(err)
	for _, g := range groups {
		s.Groups = append(s.Groups, Group{Name: g.Name, Operations: nilIfEmpty(g.Operations)})
	}
	var eps []xEndpoint
	_, err = getExt(ext, extEndpoints, &eps)
	add(err)
	for _, e := range eps {
		s.Endpoints = append(s.Endpoints, Endpoint{Region: e.Region, Host: e.Host})
	}

	r := reader{spec: s}
	if doc.Paths != nil {
		keys := doc.Paths.Keys()
		slices.Sort(keys)
		for _, key := range keys {
			item := doc.Paths.Value(key)
			if item == nil {
				continue
			}
			ops := item.Operations()
			methods := make([]string, 0, len(ops))
			for m := range ops {
				methods = append(methods, m)
			}
			slices.Sort(methods)
			for _, m := range methods {
				where := fmt.Sprintf("paths.%s.%s", key, strings.ToLower(m)) + lineOf(ops[m].Origin)
				op, err := r.operation(ops[m], item.Parameters)
				if err != nil {
					add(fmt.Errorf("%s (operation %q): %w", where, ops[m].OperationID, err))
					continue
				}
				op.Method = strings.ToUpper(m)
				if _, hasPath := ops[m].Extensions[extPath]; !hasPath {
					op.Path = key
				}
				s.Operations = append(s.Operations, op)
			}
		}
	}
	var overview []json.RawMessage
	_, err = getExt(ext, extOverviewOps, &overview)
	add(err)
	for i, raw := range overview {
		where := fmt.Sprintf("%s[%d]", extOverviewOps, i)
		var o openapi3.Operation
		if err := json.Unmarshal(raw, &o); err != nil {
			add(fmt.Errorf("%s: %w", where, err))
			continue
		}
		op, err := r.operation(&o, nil)
		if err != nil {
			add(fmt.Errorf("%s (operation %q): %w", where, o.OperationID, err))
			continue
		}
		op.OverviewOnly = true
		_, err = getExt(o.Extensions, extMethod, &op.Method)
		add(err)
		s.Operations = append(s.Operations, op)
	}
	slices.SortStableFunc(s.Operations, func(a, b *Operation) int { return strings.Compare(a.Name, b.Name) })
	for i := 1; i < len(s.Operations); i++ {
		if s.Operations[i].Name == s.Operations[i-1].Name {
			add(fmt.Errorf("operation %q: defined more than once", s.Operations[i].Name))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// reader carries the document-level facts operations are checked against.
type reader struct{ spec *Spec }

func (r *reader) operation(o *openapi3.Operation, shared openapi3.Parameters) (*Operation, error) {
	if o.OperationID == "" {
		return nil, errors.New("operationId is required")
	}
	op := &Operation{
		Name: o.OperationID, Summary: o.Summary, Description: o.Description, Deprecated: o.Deprecated,
	}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	var action, product, version, style, auth string
	if ok, err := getExt(o.Extensions, extAction, &action); err != nil || (ok && action != op.Name) {
		add(errors.Join(err, fmt.Errorf("%s %q differs from operationId", extAction, action)))
	}
	if ok, err := getExt(o.Extensions, extProduct, &product); err != nil || (ok && product != r.spec.Product) {
		add(errors.Join(err, fmt.Errorf("%s %q differs from the document's %q", extProduct, product, r.spec.Product)))
	}
	if ok, err := getExt(o.Extensions, extVersion, &version); err != nil || (ok && version != r.spec.Version) {
		add(errors.Join(err, fmt.Errorf("%s %q differs from the document's %q", extVersion, version, r.spec.Version)))
	}
	_, err := getExt(o.Extensions, extStyle, &style)
	add(err)
	_, err = getExt(o.Extensions, extAuth, &auth)
	add(err)
	op.Style, op.Auth = Style(style), Auth(auth)
	_, err = getExt(o.Extensions, extTitle, &op.Title)
	add(err)
	_, err = getExt(o.Extensions, extPath, &op.Path)
	add(err)
	var ram xRAM
	if ok, err := getExt(o.Extensions, extRAM, &ram); err != nil {
		add(err)
	} else if ok {
		op.RAM = ramFromExt(ram)
	}
	var src xSource
	_, err = getExt(o.Extensions, extSource, &src)
	add(err)
	op.Source = Source(src)
	var xerrs []xError
	_, err = getExt(o.Extensions, extErrors, &xerrs)
	add(err)
	for _, e := range xerrs {
		op.Errors = append(op.Errors, ErrorCode(e))
	}
	var xch []xChange
	_, err = getExt(o.Extensions, extChanges, &xch)
	add(err)
	for _, c := range xch {
		op.Changes = append(op.Changes, Change(c))
	}
	add(r.params(o, shared, op))
	add(readResponse(o, op))
	return op, errors.Join(errs...)
}

func ramFromExt(x xRAM) *RAM {
	r := &RAM{None: x.None}
	for _, a := range x.Actions {
		ra := RAMAction{
			Action: a.Action, AccessLevel: a.AccessLevel,
			ConditionKeys: nilIfEmpty(a.ConditionKeys), DependentActions: nilIfEmpty(a.DependentActions),
		}
		for _, res := range a.Resources {
			ra.Resources = append(ra.Resources, RAMResource(res))
		}
		r.Actions = append(r.Actions, ra)
	}
	return r
}

func (r *reader) params(o *openapi3.Operation, shared openapi3.Parameters, op *Operation) error {
	var errs []error
	all := slices.Concat(shared, o.Parameters)
	for i, ref := range all {
		if ref == nil || ref.Value == nil {
			errs = append(errs, fmt.Errorf("parameters[%d]: unresolved", i))
			continue
		}
		p := ref.Value
		where := fmt.Sprintf("param %q (%s)", p.Name, p.In)
		loc := Location(p.In)
		if loc != InPath && loc != InQuery && loc != InHeader {
			errs = append(errs, fmt.Errorf("%s: unsupported location", where))
			continue
		}
		sch, err := parameterSchema(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		required := p.Required
		var optional bool
		if ok, err := getExt(p.Extensions, extDocOptional, &optional); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
		} else if ok && optional {
			required = false
		}
		op.Params = append(op.Params, &Param{Name: p.Name, In: loc, Required: required, Schema: sch})
	}
	if o.RequestBody != nil && o.RequestBody.Value != nil {
		medias := make([]string, 0, len(o.RequestBody.Value.Content))
		for m := range o.RequestBody.Value.Content {
			medias = append(medias, m)
		}
		slices.Sort(medias)
		var wholeName string
		hasWhole, err := getExt(o.RequestBody.Value.Extensions, extBodyParam, &wholeName)
		if err != nil {
			errs = append(errs, fmt.Errorf("requestBody: %w", err))
		}
		byLoc := map[Location][]*Param{}
		for _, m := range medias {
			mt := o.RequestBody.Value.Content[m]
			var loc Location
			switch strings.ToLower(m) {
			case mediaJSON:
				loc = InBody
			case mediaForm:
				loc = InForm
			default:
				errs = append(errs, fmt.Errorf("requestBody: unsupported media type %q", m))
				continue
			}
			if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
				continue
			}
			body, err := schemaFromOAS(mt.Schema.Value, nil)
			if err != nil {
				errs = append(errs, fmt.Errorf("requestBody %s: %w", m, err))
				continue
			}
			if loc == InBody && (hasWhole || wholeBodySchema(body)) {
				// the body itself is the parameter: x-acs-body-param names it, a body of
				// another OpenAPI file that is not an object with properties is "body"
				if wholeName == "" {
					wholeName = "body"
				}
				byLoc[InWholeBody] = append(byLoc[InWholeBody], &Param{Name: wholeName, In: InWholeBody, Required: o.RequestBody.Value.Required, Schema: body})
				continue
			}
			for _, p := range body.Properties {
				byLoc[loc] = append(byLoc[loc], &Param{Name: p.Name, In: loc, Required: p.Required, Schema: p.Schema})
			}
		}
		op.Params = slices.Concat(op.Params, byLoc[InBody], byLoc[InWholeBody], byLoc[InForm])
	}
	var order []string
	if ok, err := getExt(o.Extensions, extParamOrder, &order); err != nil {
		errs = append(errs, err)
	} else if ok {
		if err := reorderParams(op, order); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// parameterSchema reads the schema of a parameter or header object (a header is one
// without name and location), with the description, deprecation and example that
// ToOpenAPI moves onto the object, or that another tool wrote there.
func parameterSchema(p *openapi3.Parameter) (*Schema, error) {
	sch := &Schema{}
	if p.Schema != nil && p.Schema.Value != nil {
		var err error
		if sch, err = schemaFromOAS(p.Schema.Value, nil); err != nil {
			return nil, err
		}
	}
	if p.Description != "" {
		sch.Description = p.Description
	}
	sch.Deprecated = sch.Deprecated || p.Deprecated
	if sch.Example == "" && p.Example != nil {
		if v, err := valueString(p.Example); err == nil {
			sch.Example = v
		}
	}
	return sch, nil
}

// wholeBodySchema reports whether a JSON request body without x-acs-body-param is one
// value rather than a set of fields: not an object, or a map (Schema.IsMap).
func wholeBodySchema(s *Schema) bool {
	switch s.Type {
	case "", "object":
		return s.IsMap()
	}
	return true
}

// reorderParams puts the parameters in the order x-acs-param-order names ("in:name").
func reorderParams(op *Operation, order []string) error {
	byKey := make(map[string]*Param, len(op.Params))
	for _, p := range op.Params {
		byKey[string(p.In)+":"+p.Name] = p
	}
	if len(order) != len(op.Params) {
		return fmt.Errorf("%s lists %d parameters, the operation has %d", extParamOrder, len(order), len(op.Params))
	}
	out := make([]*Param, 0, len(order))
	for _, k := range order {
		p, ok := byKey[k]
		if !ok {
			return fmt.Errorf("%s: no parameter %q (or listed twice)", extParamOrder, k)
		}
		delete(byKey, k)
		out = append(out, p)
	}
	op.Params = out
	return nil
}

func readResponse(o *openapi3.Operation, op *Operation) error {
	if o.Responses == nil {
		return nil
	}
	ref := o.Responses.Value("200")
	if ref == nil || ref.Value == nil {
		return nil
	}
	if err := readResponseHeaders(ref.Value, op); err != nil {
		return fmt.Errorf("response 200: %w", err)
	}
	mt := ref.Value.Content.Get(mediaJSON)
	if mt == nil {
		return nil
	}
	if mt.Schema != nil && mt.Schema.Value != nil {
		sch, err := schemaFromOAS(mt.Schema.Value, nil)
		if err != nil {
			return fmt.Errorf("response 200: %w", err)
		}
		op.Response = sch
	}
	ok, err := getExt(mt.Extensions, extExample, &op.ResponseExample)
	if err != nil {
		return fmt.Errorf("response 200: %w", err)
	}
	if !ok && mt.Example != nil {
		b, err := json.MarshalIndent(mt.Example, "", "  ")
		if err != nil {
			return fmt.Errorf("response 200 example: %w", err)
		}
		op.ResponseExample = string(b)
	}
	return nil
}

// readResponseHeaders reads the response's header objects back, in the order x-acs-order
// lists them (by name without it); description, deprecation and example on the header
// object go to the schema, as for a parameter.
func readResponseHeaders(r *openapi3.Response, op *Operation) error {
	if len(r.Headers) == 0 {
		return nil
	}
	names, err := ordered(r.Extensions, slices.Sorted(maps.Keys(r.Headers)), "headers")
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	for _, n := range names {
		ref := r.Headers[n]
		if ref == nil || ref.Value == nil {
			errs = append(errs, fmt.Errorf("header %q: unresolved", n))
			continue
		}
		sch, err := parameterSchema(&ref.Value.Parameter)
		if err != nil {
			errs = append(errs, fmt.Errorf("header %q: %w", n, err))
			continue
		}
		op.ResponseHeaders = append(op.ResponseHeaders, &Header{Name: n, Schema: sch})
	}
	return errors.Join(errs...)
}

// ordered puts sorted names (of properties or headers: what) in the order the x-acs-order
// of ext lists them; without it, or when it does not list exactly names (an error), they
// stay sorted.
func ordered(ext map[string]any, names []string, what string) ([]string, error) {
	var order []string
	ok, err := getExt(ext, extOrder, &order)
	switch {
	case err != nil:
		return names, err
	case !ok:
		return names, nil
	case !slices.Equal(slices.Sorted(slices.Values(order)), names):
		return names, fmt.Errorf("%s %v does not list exactly the %s %v", extOrder, order, what, names)
	}
	return order, nil
}

// schemaFromOAS converts a schema back. stack holds the schemas being converted above
// this one: the model is a tree, so a $ref cycle is an error, reported where it closes.
func schemaFromOAS(o *openapi3.Schema, stack []*openapi3.Schema) (*Schema, error) {
	if slices.Contains(stack, o) {
		return nil, errors.New("recursive schema ($ref cycle): the model has no references")
	}
	if len(stack) > MaxDepth {
		return nil, fmt.Errorf("schema nested deeper than %d levels", MaxDepth)
	}
	stack = append(stack, o)
	s := &Schema{Format: o.Format, Description: o.Description, Deprecated: o.Deprecated}
	if o.Type != nil {
		ts := slices.DeleteFunc(slices.Clone(*o.Type), func(t string) bool { return t == "null" })
		switch len(ts) {
		case 0:
		case 1:
			s.Type = ts[0]
		default:
			return nil, fmt.Errorf("type %v: more than one type is not supported", *o.Type)
		}
	}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	_, err := getExt(o.Extensions, extDocType, &s.DocType)
	add(err)
	_, err = getExt(o.Extensions, extStyle, &s.Style)
	add(err)
	if ok, err := getExt(o.Extensions, extExample, &s.Example); err != nil {
		add(err)
	} else if !ok && o.Example != nil {
		s.Example, err = valueString(o.Example)
		add(err)
	}
	add(readEnum(o, s))
	if o.Default != nil {
		s.Default, err = jsonTrip(o.Default)
		add(err)
	}
	if len(o.Properties) > 0 {
		names, err := ordered(o.Extensions, slices.Sorted(maps.Keys(o.Properties)), "properties")
		add(err)
		for _, n := range names {
			ref := o.Properties[n]
			ps := &Schema{}
			if ref != nil && ref.Value != nil {
				if ps, err = schemaFromOAS(ref.Value, stack); err != nil {
					add(fmt.Errorf("property %q: %w", n, err))
					continue
				}
			}
			s.Properties = append(s.Properties, &Property{Name: n, Required: slices.Contains(o.Required, n), Schema: ps})
		}
	}
	if o.Items != nil {
		s.Items = &Schema{}
		if o.Items.Value != nil {
			if s.Items, err = schemaFromOAS(o.Items.Value, stack); err != nil {
				add(fmt.Errorf("items: %w", err))
			}
		}
	}
	if ap := o.AdditionalProperties; ap.Schema != nil || (ap.Has != nil && *ap.Has) {
		s.AdditionalProperties = &Schema{}
		if ap.Schema != nil && ap.Schema.Value != nil {
			if s.AdditionalProperties, err = schemaFromOAS(ap.Schema.Value, stack); err != nil {
				add(fmt.Errorf("additionalProperties: %w", err))
			}
		}
	}
	return s, errors.Join(errs...)
}

func readEnum(o *openapi3.Schema, s *Schema) error {
	var xs []xEnumValue
	if ok, err := getExt(o.Extensions, extEnum, &xs); err != nil {
		return err
	} else if ok {
		for _, x := range xs {
			s.Enum = append(s.Enum, EnumValue(x))
		}
		return nil
	}
	var descs map[string]string
	if _, err := getExt(o.Extensions, extEnumDesc, &descs); err != nil {
		return err
	}
	for _, v := range o.Enum {
		str, err := valueString(v)
		if err != nil {
			return fmt.Errorf("enum: %w", err)
		}
		s.Enum = append(s.Enum, EnumValue{Value: str, Description: descs[str]})
	}
	return nil
}

// getExt decodes extension key into dst through JSON, which accepts both the typed values
// ToOpenAPI stores and the generic maps a loader produces. Unknown fields are an error, so
// a misspelt key in a hand-edited spec is reported rather than dropped.
func getExt(ext map[string]any, key string, dst any) (bool, error) {
	v, ok := ext[key]
	if !ok {
		return false, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return true, fmt.Errorf("%s: %w", key, err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return true, fmt.Errorf("%s: %w", key, err)
	}
	return true, nil
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// lineOf gives " (line N)" when the loader recorded where an element starts.
func lineOf(o *openapi3.Origin) string {
	if o == nil || o.Key == nil || o.Key.Line == 0 {
		return ""
	}
	return fmt.Sprintf(" (line %d)", o.Key.Line)
}
