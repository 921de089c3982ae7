package opspec

import (
	"bytes"
	"math"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/google/go-cmp/cmp"
)

// marshalDocJSON's own paths (floats, strings needing escapes, nil kin pointers, and the
// json.Marshal fallback for types it does not know) give kin's bytes; the spec-shaped
// documents are compared in kinJSON (emit_test.go).
func TestMarshalDocJSONMatchesKin(t *testing.T) {
	doc, err := ToOpenAPI(richSpec())
	if err != nil {
		t.Fatal(err)
	}
	doc.Extensions["x-test"] = map[string]any{
		"floats": []any{1e-7, 1e-6, 1e21, 1e20, 123.456, math.Copysign(0, -1), float64(1 << 53), 5e-324, math.MaxFloat64, -2.5e-10},
		"struct": struct {
			A string `json:"a"`
		}{"<&>"},
		"nil":     (*openapi3.Schema)(nil),
		"schema":  &openapi3.Schema{Description: "x<y", Extensions: map[string]any{"x-k": []string{"a&b"}}},
		"ints":    []any{uint64(math.MaxUint64), int64(math.MinInt64), int8(-3), uint16(7), float32(0.1)},
		"strings": []string{"a<", "\u2028\u2029\ufffd\x00\x1f\x7fé<>&\"\\\t\n\r\b\f", "\xff\xfe bad utf8"},
		"map":     map[string]int{"b": 1, "a": 2},
		"nilmap":  map[string]any(nil),
		"nilany":  []any(nil),
		"nilstrs": []string(nil),
		"bools":   []any{true, false, nil},
	}
	want, err := doc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	got, err := marshalDocJSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("differs (-kin +new):\n%s", cmp.Diff(string(want), string(got)))
	}

	doc.Extensions["x-test"] = math.NaN()
	if _, err := doc.MarshalJSON(); err == nil {
		t.Fatal("kin marshals NaN")
	}
	if _, err := marshalDocJSON(doc); err == nil {
		t.Error("marshalDocJSON marshals NaN; kin refuses it")
	}
}
