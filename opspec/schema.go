package opspec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// types is the set of Schema.Type values; "" means untyped.
var types = []string{"", "string", "integer", "number", "boolean", "object", "array"}

// schemaToOAS converts a schema. A nil schema becomes the empty schema (read back as
// &Schema{}). Errors name the property path inside the schema.
func schemaToOAS(s *Schema) (*openapi3.Schema, error) {
	if s == nil {
		return &openapi3.Schema{}, nil
	}
	if !slices.Contains(types, s.Type) {
		return nil, fmt.Errorf("type %q is not one of string, integer, number, boolean, object, array", s.Type)
	}
	o := &openapi3.Schema{
		Format:      s.Format,
		Description: s.Description,
		Deprecated:  s.Deprecated,
		Extensions:  map[string]any{},
	}
	if s.Type != "" {
		o.Type = &openapi3.Types{s.Type}
	}
	setExt(o.Extensions, extDocType, s.DocType)
	setExt(o.Extensions, extStyle, s.Style)
	var errs []error
	if len(s.Properties) > 0 {
		o.Properties = make(openapi3.Schemas, len(s.Properties))
		order := make([]string, 0, len(s.Properties))
		for i, p := range s.Properties {
			if p == nil {
				errs = append(errs, fmt.Errorf("property #%d is nil", i+1))
				continue
			}
			if _, dup := o.Properties[p.Name]; dup {
				errs = append(errs, fmt.Errorf("property %q: duplicate name", p.Name))
				continue
			}
			ps, err := schemaToOAS(p.Schema)
			if err != nil {
				errs = append(errs, fmt.Errorf("property %q: %w", p.Name, err))
				continue
			}
			o.Properties[p.Name] = &openapi3.SchemaRef{Value: ps}
			order = append(order, p.Name)
			if p.Required {
				o.Required = append(o.Required, p.Name)
			}
		}
		if len(order) > 1 {
			o.Extensions[extOrder] = order
		}
	}
	if s.Items != nil || s.Type == "array" {
		items, err := schemaToOAS(s.Items)
		if err != nil {
			errs = append(errs, fmt.Errorf("items: %w", err))
		} else {
			o.Items = &openapi3.SchemaRef{Value: items}
		}
	}
	if s.AdditionalProperties != nil {
		ap, err := schemaToOAS(s.AdditionalProperties)
		if err != nil {
			errs = append(errs, fmt.Errorf("additionalProperties: %w", err))
		} else {
			o.AdditionalProperties = openapi3.AdditionalProperties{Schema: &openapi3.SchemaRef{Value: ap}}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	writeEnum(s, o)
	if s.Default != nil {
		if v, ok := fittingDefault(s.Default, o); ok {
			o.Default = v
		} // else not written: Validate names it
	}
	if s.Example != "" {
		if v, ok := TypedValue(s.Type, s.Example); ok && o.VisitJSON(v) == nil {
			o.Example = v
		} else {
			o.Extensions[extExample] = s.Example
		}
	}
	if len(o.Extensions) == 0 {
		o.Extensions = nil
	}
	return o, nil
}

// writeEnum writes the valid values as a typed enum with descriptions beside it when every
// value converts losslessly and once; otherwise (mistyped or repeated values, as pages
// have) it keeps the documented list verbatim in x-acs-enum and writes no enum.
func writeEnum(s *Schema, o *openapi3.Schema) {
	if len(s.Enum) == 0 {
		return
	}
	typed := make([]any, 0, len(s.Enum))
	seen := map[string]bool{}
	descs := map[string]string{}
	ok := true
	for _, e := range s.Enum {
		v, good := TypedValue(s.Type, e.Value)
		if !good || seen[e.Value] || o.VisitJSON(v) != nil {
			ok = false
			break
		}
		seen[e.Value] = true
		typed = append(typed, v)
		if e.Description != "" {
			descs[e.Value] = e.Description
		}
	}
	if ok {
		o.Enum = typed
		if len(descs) > 0 {
			o.Extensions[extEnumDesc] = descs
		}
		return
	}
	xs := make([]xEnumValue, len(s.Enum))
	for i, e := range s.Enum {
		xs[i] = xEnumValue(e)
	}
	o.Extensions[extEnum] = xs
}

// fittingDefault returns def as the JSON value a file gives back, and whether o, the
// schema's OpenAPI form, accepts it: the one test of whether a default is written, which
// Validate warns by.
func fittingDefault(def any, o *openapi3.Schema) (any, bool) {
	v, err := jsonTrip(def)
	return v, err == nil && o.VisitJSON(v) == nil
}

// DefaultText is the schema's default as the docs and the differ write it: a string as it
// is, a number or boolean as its JSON text; "" when there is none.
func (s *Schema) DefaultText() string {
	if s == nil {
		return ""
	}
	t, err := valueString(s.Default)
	if err != nil {
		return fmt.Sprint(s.Default)
	}
	return t
}

// parseJSONExample decodes a response example; ok is false when it is not one JSON value.
func parseJSONExample(s string) (any, bool) {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err == nil {
		return nil, false // trailing data
	}
	return v, true
}

// IsMap reports whether s is a map: an object whose only description of its keys is
// additionalProperties (no named fields), which the docs write map and send as one value.
func (s *Schema) IsMap() bool {
	return s != nil && s.Type == "object" && len(s.Properties) == 0 && s.AdditionalProperties != nil
}

// WrittenType is the type as the page wrote it (DocType), else the schema's type: the word
// scraping warnings quote, so that a reader finds it on the page.
func (s *Schema) WrittenType() string {
	if s.DocType != "" {
		return s.DocType
	}
	return s.Type
}

// NamesAllValues reports whether the description already names every documented value (as
// most pages do: "Valid values: - creating - running"), so that the emitters (the Go
// client's field comments, the docs) list the values once.
func (s *Schema) NamesAllValues() bool {
	for _, v := range s.Enum {
		if v.Value == "" || !strings.Contains(s.Description, v.Value) {
			return false
		}
	}
	return true
}

// TypeWord is the schema's type as the docs write it: string, integer, long, float, double,
// number, boolean, object, map, array<...>, any. The metadata reader and the cross-check use it.
func (s *Schema) TypeWord() string {
	if s == nil {
		return "any"
	}
	switch s.Type {
	case "integer":
		if s.Format == "int64" {
			return "long"
		}
		return "integer"
	case "number":
		if s.Format != "" {
			return s.Format
		}
		return "number"
	case "array":
		return "array<" + s.Items.TypeWord() + ">"
	case "object":
		if s.IsMap() {
			return "map"
		}
		return "object"
	case "":
		return "any"
	}
	return s.Type
}
