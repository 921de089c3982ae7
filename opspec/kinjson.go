package opspec

import (
	"encoding/json"
	"fmt"
	"github.com/acsgen/acsgen/internal/jsonstr"
	"math"
	"reflect"
	"slices"
	"strconv"

	"github.com/getkin/kin-openapi/openapi3"
)

// marshalDocJSON writes exactly doc.MarshalJSON()'s bytes without its cost. kin's
// MarshalJSON methods are all json.Marshal(x.MarshalYAML()), so each nested kin value is
// re-encoded, by reflection, and re-compacted by every level above it. Here the trees
// MarshalYAML returns are walked once: maps with sorted keys, slices, strings escaped as
// encoding/json escapes them (HTML included), numbers formatted as it formats them; kin
// values are expanded through their MarshalYAML, and any other type goes to json.Marshal,
// so unexpected values still come out as kin would write them. kinjson_test.go compares it
// with doc.MarshalJSON over the same documents as the writers' differential tests.
func marshalDocJSON(doc *openapi3.T) ([]byte, error) {
	w := &kinJSONWriter{out: make([]byte, 0, 64<<10)}
	if err := w.value(doc); err != nil {
		return nil, err
	}
	return w.out, nil
}

type kinJSONWriter struct {
	out  []byte
	keys []string // reused for sorting one map's keys at a time
}

// yamlMarshaler is what every kin-openapi type with a MarshalJSON also has.
type yamlMarshaler interface {
	MarshalYAML() (any, error)
}

var kinPkg = reflect.TypeFor[openapi3.T]().PkgPath()

// expandsViaYAML reports whether v's MarshalJSON is json.Marshal(v.MarshalYAML()): true for
// kin-openapi's types except FieldLocations (origins, which Marshal never records).
func expandsViaYAML(v any) bool {
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == kinPkg && t != reflect.TypeFor[openapi3.FieldLocations]()
}

func (w *kinJSONWriter) value(v any) error {
	switch x := v.(type) {
	case nil:
		w.out = append(w.out, "null"...)
	case string:
		w.out = appendJSONStringHTML(w.out, x)
	case bool:
		w.out = strconv.AppendBool(w.out, x)
	case int:
		w.out = strconv.AppendInt(w.out, int64(x), 10)
	case int64:
		w.out = strconv.AppendInt(w.out, x, 10)
	case uint64:
		w.out = strconv.AppendUint(w.out, x, 10)
	case float64:
		return w.float(x)
	case []string:
		if x == nil {
			w.out = append(w.out, "null"...)
			return nil
		}
		w.out = append(w.out, '[')
		for i, s := range x {
			if i > 0 {
				w.out = append(w.out, ',')
			}
			w.out = appendJSONStringHTML(w.out, s)
		}
		w.out = append(w.out, ']')
	case []any:
		if x == nil {
			w.out = append(w.out, "null"...)
			return nil
		}
		w.out = append(w.out, '[')
		for i, e := range x {
			if i > 0 {
				w.out = append(w.out, ',')
			}
			if err := w.value(e); err != nil {
				return err
			}
		}
		w.out = append(w.out, ']')
	case map[string]any:
		if x == nil {
			w.out = append(w.out, "null"...)
			return nil
		}
		return w.object(x)
	case json.Marshaler:
		y, ok := v.(yamlMarshaler)
		if !ok || !expandsViaYAML(v) {
			return w.fallback(v)
		}
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			w.out = append(w.out, "null"...) // encoding/json does not call nil pointers' methods
			return nil
		}
		inner, err := y.MarshalYAML()
		if err != nil {
			return fmt.Errorf("json: error calling MarshalJSON for type %T: %w", v, err)
		}
		return w.value(inner)
	default:
		return w.reflectValue(v)
	}
	return nil
}

// reflectValue writes maps with string keys and slices of other types (kin's Schemas,
// Content, Parameters, ...) element by element, and leaves the rest to encoding/json.
func (w *kinJSONWriter) reflectValue(v any) error {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return w.fallback(v)
		}
		if rv.IsNil() {
			w.out = append(w.out, "null"...)
			return nil
		}
		start := len(w.keys)
		for it := rv.MapRange(); it.Next(); {
			w.keys = append(w.keys, it.Key().String())
		}
		keys := w.keys[start:]
		slices.Sort(keys)
		w.out = append(w.out, '{')
		kt := rv.Type().Key()
		for i, k := range keys {
			if i > 0 {
				w.out = append(w.out, ',')
			}
			w.out = appendJSONStringHTML(w.out, k)
			w.out = append(w.out, ':')
			if err := w.value(rv.MapIndex(reflect.ValueOf(k).Convert(kt)).Interface()); err != nil {
				return err
			}
		}
		w.out = append(w.out, '}')
		w.keys = w.keys[:start]
		return nil
	case reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return w.fallback(v) // base64, or a Marshaler element type
		}
		if rv.IsNil() {
			w.out = append(w.out, "null"...)
			return nil
		}
		w.out = append(w.out, '[')
		for i := range rv.Len() {
			if i > 0 {
				w.out = append(w.out, ',')
			}
			if err := w.value(rv.Index(i).Interface()); err != nil {
				return err
			}
		}
		w.out = append(w.out, ']')
		return nil
	}
	return w.fallback(v)
}

// object writes a map with its keys sorted, as encoding/json does.
func (w *kinJSONWriter) object(m map[string]any) error {
	start := len(w.keys)
	for k := range m {
		w.keys = append(w.keys, k)
	}
	keys := w.keys[start:]
	slices.Sort(keys)
	w.out = append(w.out, '{')
	for i, k := range keys {
		if i > 0 {
			w.out = append(w.out, ',')
		}
		w.out = appendJSONStringHTML(w.out, k)
		w.out = append(w.out, ':')
		if err := w.value(m[k]); err != nil {
			return err
		}
	}
	w.out = append(w.out, '}')
	w.keys = w.keys[:start]
	return nil
}

// float formats like encoding/json's float64 encoder.
func (w *kinJSONWriter) float(f float64) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return w.fallback(f) // encoding/json's UnsupportedValueError
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	start := len(w.out)
	w.out = strconv.AppendFloat(w.out, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9.
		b := w.out[start:]
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			w.out = w.out[:len(w.out)-1]
		}
	}
	return nil
}

// fallback hands a value of an unexpected type to encoding/json, which writes it as it
// would inside kin's document.
func (w *kinJSONWriter) fallback(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.out = append(w.out, b...)
	return nil
}

// appendJSONStringHTML is encoding/json's appendString with HTML escaping (<, >, & as
// \u003c, \u003e, \u0026), as json.Marshal writes strings.
func appendJSONStringHTML(dst []byte, src string) []byte {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= 0x80 {
			return jsonstr.Append(dst, src, true)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, src...)
	return append(dst, '"')
}
