package opspec

import (
	"context"
	"strings"
	"testing"
)

// IsMap and TypeWord agree on what a map is: an object of no named fields whose values
// additionalProperties describes; an object with fields or without additionalProperties
// is none, nor is anything that is no object.
func TestSchemaIsMap(t *testing.T) {
	for _, c := range []struct {
		s    *Schema
		want bool
		word string
	}{
		{nil, false, "any"},
		{&Schema{Type: "object", AdditionalProperties: &Schema{Type: "string"}}, true, "map"},
		{&Schema{Type: "object", AdditionalProperties: &Schema{}}, true, "map"},
		{&Schema{Type: "object"}, false, "object"},
		{&Schema{Type: "object", Properties: []*Property{{Name: "A", Schema: &Schema{Type: "string"}}},
			AdditionalProperties: &Schema{}}, false, "object"},
		{&Schema{Type: "string", AdditionalProperties: &Schema{}}, false, "string"},
		{&Schema{AdditionalProperties: &Schema{}}, false, "any"},
	} {
		if got := c.s.IsMap(); got != c.want {
			t.Errorf("%+v: IsMap() = %v, want %v", c.s, got, c.want)
		}
		if got := c.s.TypeWord(); got != c.word {
			t.Errorf("%+v: TypeWord() = %q, want %q", c.s, got, c.word)
		}
	}
}

// A default the schema does not accept (another type, a value the enum does not list) never
// reaches the OpenAPI document, which kin-openapi then validates, and Lint names it; one it
// accepts is written typed.
func TestDefaultWrittenOnlyWhenValid(t *testing.T) {
	for _, c := range []struct {
		s    *Schema
		want any // nil: not written
	}{
		{&Schema{Type: "integer", Format: "int32", Default: 10.0}, 10.0},
		{&Schema{Type: "integer", Default: "10"}, nil},
		{&Schema{Type: "integer", Format: "int32", Default: 1e12}, nil},
		{&Schema{Type: "boolean", Default: true}, true},
		{&Schema{Type: "boolean", Default: "yes"}, nil},
		{&Schema{Type: "string", Enum: []EnumValue{{Value: "a"}, {Value: "b"}}, Default: "b"}, "b"},
		{&Schema{Type: "string", Enum: []EnumValue{{Value: "a"}, {Value: "b"}}, Default: "c"}, nil},
	} {
		spec := &Spec{Product: "P", Version: "2020-01-01", Style: RPC, Operations: []*Operation{{
			Name: "Op", Style: RPC, Method: "POST", Path: "/",
			Params: []*Param{{Name: "P", In: InQuery, Schema: c.s}},
		}}}
		doc, err := ToOpenAPI(spec)
		if err != nil {
			t.Fatal(err)
		}
		if err := doc.Validate(context.Background()); err != nil {
			t.Errorf("default %#v: the document does not validate: %v", c.s.Default, err)
		}
		var got any
		for _, pi := range doc.Paths.Map() {
			got = pi.Post.Parameters[0].Value.Schema.Value.Default
		}
		if got != c.want {
			t.Errorf("default %#v of a %s: written %#v, want %#v", c.s.Default, c.s.Type, got, c.want)
		}
		named := false
		for _, p := range spec.Lint() {
			named = named || strings.Contains(p.Error(), "default")
		}
		if named != (c.want == nil) {
			t.Errorf("default %#v of a %s: Lint names it %v, want %v", c.s.Default, c.s.Type, named, c.want == nil)
		}
	}
}

// WrittenType is the page's word when there is one; NamesAllValues holds when the
// description names every value (no values: nothing to list), and not for an empty value.
func TestSchemaWrittenTypeAndValues(t *testing.T) {
	if got := (&Schema{Type: "integer", DocType: "Long"}).WrittenType(); got != "Long" {
		t.Errorf("WrittenType = %q, want Long", got)
	}
	if got := (&Schema{Type: "integer"}).WrittenType(); got != "integer" {
		t.Errorf("WrittenType = %q, want integer", got)
	}
	vals := []EnumValue{{Value: "creating"}, {Value: "running"}}
	for _, c := range []struct {
		desc string
		enum []EnumValue
		want bool
	}{
		{"Valid values: - creating - running", vals, true},
		{"Valid values: - creating", vals, false},
		{"Anything.", nil, true},
		{"Anything.", []EnumValue{{Value: ""}}, false},
	} {
		if got := (&Schema{Description: c.desc, Enum: c.enum}).NamesAllValues(); got != c.want {
			t.Errorf("%q %v: NamesAllValues = %v, want %v", c.desc, c.enum, got, c.want)
		}
	}
}
