package opspec

import "testing"

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
