package acs

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// DecodeWarning is one value the lenient decoder had to convert because the wire type
// disagreed with the documented one (a number sent as a string, a bool as "true", ...).
type DecodeWarning struct {
	Field   string // path in the response, like Data.Users[0].Age
	Message string
}

// DecodeJSON decodes a JSON document into out (a non-nil pointer). It first tries
// encoding/json; when that fails on a type mismatch only, it decodes again leniently:
// numbers sent as strings and the reverse, bools sent as "true"/"false"/0/1, scalars where
// a string is documented, and "" where an array or object is documented are accepted and
// reported through warn, and so is a list sent wrapped in an object of one key. Values
// that cannot be converted (an object where a number is documented, "abc" for an integer)
// are errors naming the field.
func DecodeJSON(body []byte, out any, warn func(DecodeWarning)) error {
	err := json.Unmarshal(body, out)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("response is not JSON (%v): %q", se, excerpt(body, 200))
		}
		return err
	}
	rv := reflect.ValueOf(out)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("decode target must be a non-nil pointer, got %T", out)
	}
	var raw any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("response is not JSON (%v): %q", err, excerpt(body, 200))
	}
	if warn == nil {
		warn = func(DecodeWarning) {}
	}
	d := lenient{warn: warn}
	elem := rv.Elem()
	elem.SetZero()
	return d.assign(elem, raw, "")
}

type lenient struct {
	warn func(DecodeWarning)
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func (d *lenient) mismatch(dst reflect.Value, src any, path string) error {
	where := path
	if where == "" {
		where = "(top level)"
	}
	return fmt.Errorf("field %s: documented as %s, got JSON %s %s", where, dst.Type(), jsonKind(src), excerpt([]byte(fmt.Sprint(src)), 60))
}

func (d *lenient) warnf(path, format string, args ...any) {
	d.warn(DecodeWarning{Field: path, Message: fmt.Sprintf(format, args...)})
}

func (d *lenient) assign(dst reflect.Value, src any, path string) error {
	if src == nil {
		return nil
	}
	if dst.Kind() != reflect.Pointer && dst.CanAddr() && dst.Addr().Type().Implements(unmarshalerType) {
		b, err := json.Marshal(src)
		if err != nil {
			return fmt.Errorf("field %s: %w", path, err)
		}
		if err := dst.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(b); err != nil {
			return fmt.Errorf("field %s: %w", path, err)
		}
		return nil
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		return d.assign(dst.Elem(), src, path)
	case reflect.Interface:
		if dst.NumMethod() != 0 {
			return d.mismatch(dst, src, path)
		}
		dst.Set(reflect.ValueOf(plain(src)))
		return nil
	case reflect.String:
		switch v := src.(type) {
		case string:
			dst.SetString(v)
		case json.Number:
			d.warnf(path, "documented as string, sent as number %s", v)
			dst.SetString(v.String())
		case bool:
			d.warnf(path, "documented as string, sent as bool %t", v)
			dst.SetString(strconv.FormatBool(v))
		default:
			b, _ := json.Marshal(src)
			d.warnf(path, "documented as string, sent as JSON %s; kept as JSON text", jsonKind(src))
			dst.SetString(string(b))
		}
		return nil
	case reflect.Bool:
		switch v := src.(type) {
		case bool:
			dst.SetBool(v)
			return nil
		case string:
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "true", "1":
				d.warnf(path, "documented as bool, sent as string %q", v)
				dst.SetBool(true)
				return nil
			case "false", "0", "":
				d.warnf(path, "documented as bool, sent as string %q", v)
				dst.SetBool(false)
				return nil
			}
		case json.Number:
			switch v.String() {
			case "1":
				d.warnf(path, "documented as bool, sent as number 1")
				dst.SetBool(true)
				return nil
			case "0":
				d.warnf(path, "documented as bool, sent as number 0")
				dst.SetBool(false)
				return nil
			}
		}
		return d.mismatch(dst, src, path)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return d.assignNumber(dst, src, path)
	case reflect.Slice:
		switch v := src.(type) {
		case []any:
			s := reflect.MakeSlice(dst.Type(), len(v), len(v))
			for i, e := range v {
				if err := d.assign(s.Index(i), e, path+"["+strconv.Itoa(i)+"]"); err != nil {
					return err
				}
			}
			dst.Set(s)
			return nil
		case string:
			if dst.Type().Elem().Kind() == reflect.Uint8 {
				b, err := base64.StdEncoding.DecodeString(v)
				if err != nil {
					return fmt.Errorf("field %s: bytes are not base64: %w", path, err)
				}
				dst.SetBytes(b)
				return nil
			}
			if strings.TrimSpace(v) == "" {
				d.warnf(path, "documented as array, sent as empty string; left empty")
				return nil
			}
		case map[string]any:
			// Legacy RPC answers wrap a list in an object of one key ({"InstanceTypes":
			// [...]}), which pages often document as the list itself ("List").
			if len(v) == 1 {
				for k, inner := range v {
					if list, ok := inner.([]any); ok {
						d.warnf(path, "documented as array, sent wrapped in an object {%q: [...]}; the list inside is read", k)
						return d.assign(dst, list, path)
					}
				}
			}
		}
		return d.mismatch(dst, src, path)
	case reflect.Map:
		m, err := d.object(dst, src, path)
		if m == nil {
			return err
		}
		if dst.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("field %s: map key type %s is not supported", path, dst.Type().Key())
		}
		out := reflect.MakeMapWithSize(dst.Type(), len(m))
		for k, e := range m {
			ev := reflect.New(dst.Type().Elem()).Elem()
			if err := d.assign(ev, e, joinPath(path, k)); err != nil {
				return err
			}
			out.SetMapIndex(reflect.ValueOf(k).Convert(dst.Type().Key()), ev)
		}
		dst.Set(out)
		return nil
	case reflect.Struct:
		m, err := d.object(dst, src, path)
		if m == nil {
			return err
		}
		for _, f := range structFields(dst.Type()) {
			v, found := m[f.jsonName]
			if !found {
				for k, kv := range m {
					if strings.EqualFold(k, f.jsonName) {
						v, found = kv, true
						break
					}
				}
			}
			if !found {
				continue
			}
			fv, err := fieldByIndexAlloc(dst, f.index)
			if err != nil {
				return err
			}
			if err := d.assign(fv, v, joinPath(path, f.jsonName)); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("field %s: Go type %s cannot be decoded", path, dst.Type())
}

// object returns src, sent where dst's object (a map or struct) is documented, as a JSON
// object; nil with no error for an empty string, which leaves dst empty with a warning, and
// nil with a mismatch for anything else.
func (d *lenient) object(dst reflect.Value, src any, path string) (map[string]any, error) {
	if m, ok := src.(map[string]any); ok {
		return m, nil
	}
	if s, isStr := src.(string); isStr && strings.TrimSpace(s) == "" {
		d.warnf(path, "documented as object, sent as empty string; left empty")
		return nil, nil
	}
	return nil, d.mismatch(dst, src, path)
}

// fieldByIndexAlloc is FieldByIndex that allocates nil embedded pointers on the way.
func fieldByIndexAlloc(v reflect.Value, index []int) (reflect.Value, error) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

func (d *lenient) assignNumber(dst reflect.Value, src any, path string) error {
	var text string
	switch v := src.(type) {
	case json.Number:
		text = v.String()
	case string:
		text = strings.TrimSpace(v)
		if text == "" {
			d.warnf(path, "documented as %s, sent as empty string; left 0", dst.Type())
			return nil
		}
		d.warnf(path, "documented as %s, sent as string %q", dst.Type(), v)
	case bool:
		return d.mismatch(dst, src, path)
	default:
		return d.mismatch(dst, src, path)
	}
	switch dst.Kind() {
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, dst.Type().Bits())
		if err != nil {
			return d.mismatch(dst, src, path)
		}
		dst.SetFloat(f)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return setWhole(d, dst, src, path, text, strconv.ParseInt, dst.OverflowInt, dst.SetInt)
	default: // unsigned
		return setWhole(d, dst, src, path, text, strconv.ParseUint, dst.OverflowUint, dst.SetUint)
	}
}

// setWhole sets dst, an integer of T's sign, to text read as a whole number: its digits
// (parse), or a number with a fraction or an exponent that still names a whole number of T
// ("3.0", "1e3"), as servers sometimes send integers. Text that names none of T ("abc",
// "1.5", "-1" for an unsigned field) is a mismatch; a whole number of T too large for dst
// (300 for a uint8) is an error saying so.
func setWhole[T int64 | uint64](d *lenient, dst reflect.Value, src any, path, text string,
	parse func(string, int, int) (T, error), overflows func(T) bool, set func(T)) error {
	n, err := parse(text, 10, 64)
	if err != nil {
		// T's range as float64: [-2^63, 2^63) signed, [0, 2^64) unsigned
		lo, hi := 0.0, math.Exp2(64)
		if minus := T(0) - 1; minus < 0 {
			lo, hi = -math.Exp2(63), math.Exp2(63)
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil || f != math.Trunc(f) || f < lo || f >= hi {
			return d.mismatch(dst, src, path)
		}
		n = T(f)
	}
	if overflows(n) {
		return fmt.Errorf("field %s: %s overflows %s", path, text, dst.Type())
	}
	set(n)
	return nil
}

// plain converts json.Number to float64 inside a decoded tree, as encoding/json would for
// an interface{} target.
func plain(v any) any {
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		if err != nil {
			return x.String()
		}
		return f
	case []any:
		for i := range x {
			x[i] = plain(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = plain(x[k])
		}
	}
	return v
}
