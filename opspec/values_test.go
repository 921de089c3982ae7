package opspec

import (
	"reflect"
	"testing"
)

// TestReadDefault: the one typing of a stated default, the metadata's and a page's. A
// listed value is matched exactly, else in other letter case (the listed value is kept); a
// boolean reads in any case; other texts read by TypedValue (a string or untyped default
// as written); an object's JSON object and an array's JSON array are theirs; "", a value
// not listed, a number not of its type, and other texts of an object or array are none.
func TestReadDefault(t *testing.T) {
	listed := []EnumValue{{Value: "Linux"}, {Value: "linux-arm"}, {Value: "Windows"}}
	for _, c := range []struct {
		s    *Schema
		text string
		want any // nil: none
	}{
		{&Schema{Type: "string", Enum: listed}, "Windows", "Windows"},
		{&Schema{Type: "string", Enum: listed}, "linux", "Linux"},
		{&Schema{Type: "string", Enum: []EnumValue{{Value: "A"}, {Value: "a"}}}, "a", "a"}, // exact first
		{&Schema{Type: "string", Enum: listed}, "Mac", nil},
		{&Schema{Type: "integer", Enum: []EnumValue{{Value: "1"}, {Value: "2"}}}, "2", 2.0},
		{&Schema{Type: "boolean"}, "True", true},
		{&Schema{Type: "boolean"}, "false", false},
		{&Schema{Type: "boolean"}, "yes", nil},
		{&Schema{Type: "integer"}, "10", 10.0},
		{&Schema{Type: "integer"}, "1.5", nil},
		{&Schema{Type: "integer"}, "实例的CPU核数。", nil},
		{&Schema{Type: "number"}, "0.5", 0.5},
		{&Schema{Type: "string"}, "two words", "two words"},
		{&Schema{}, "10", "10"},
		{&Schema{Type: "string"}, "", nil},
		{&Schema{Type: "array"}, "a", nil},
		{&Schema{Type: "object"}, "{}", map[string]any{}},
		{&Schema{Type: "object"}, `{"a": 1}`, map[string]any{"a": 1.0}},
		{&Schema{Type: "array"}, "[]", []any{}},
		{&Schema{Type: "object"}, "[]", nil},
		{&Schema{Type: "array"}, "{}", nil},
		{&Schema{Type: "object"}, "空", nil},
	} {
		got, ok := ReadDefault(c.s, c.text)
		if ok != (c.want != nil) || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ReadDefault(%s %v, %q) = %#v, %v; want %#v", c.s.Type, c.s.Enum, c.text, got, ok, c.want)
		}
	}
}
