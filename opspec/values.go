package opspec

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// maxExactInt is the largest integer a float64 (what JSON and YAML loaders decode numbers
// into) holds exactly; larger documented integers stay strings so nothing is rounded.
const maxExactInt = 1 << 53

// TypedValue returns the JSON value that the documented text s stands for in a schema of
// type typ, and whether writing it typed is lossless: reading it back from a file (where
// numbers come back as float64) and formatting it with valueString gives exactly s.
// Objects and arrays are never typed: their documented text is kept verbatim instead.
func TypedValue(typ, s string) (any, bool) {
	var v any
	switch typ {
	case "string", "":
		return s, true
	case "integer":
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n > maxExactInt || n < -maxExactInt {
			return nil, false
		}
		v = n
	case "number":
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, false
		}
		v = f
	case "boolean":
		switch s {
		case "true":
			v = true
		case "false":
			v = false
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	back, err := jsonTrip(v)
	if err != nil {
		return nil, false
	}
	if got, err := valueString(back); err != nil || got != s {
		return nil, false
	}
	return back, true
}

// ReadDefault reads text, a default as a page or the metadata states it, as a value of
// schema s: when s lists valid values, one of them (the listed one when text differs from it
// in letter case only, "linux" for Linux: a spec's default must be a listed value, and case
// is the one way the two sources write a listed value otherwise); else a value of its type
// (TypedValue; a boolean in any case, "True"). An object's default is a JSON object and an
// array's a JSON array ("{}", "[]": an empty one is a valid OpenAPI default, which the docs
// and the differ write as its JSON text); any other text of theirs, and "", is none. The one
// typing of defaults: scrape/apidocs' and the page extraction's readers, which only clean a
// page's text before.
func ReadDefault(s *Schema, text string) (any, bool) {
	if text == "" {
		return nil, false
	}
	if s.Type == "object" || s.Type == "array" {
		var v any
		if err := json.Unmarshal([]byte(text), &v); err != nil {
			return nil, false
		}
		_, obj := v.(map[string]any)
		_, arr := v.([]any)
		if s.Type == "object" && obj || s.Type == "array" && arr {
			return v, true
		}
		return nil, false
	}
	if len(s.Enum) > 0 {
		i := slices.IndexFunc(s.Enum, func(e EnumValue) bool { return e.Value == text })
		if i < 0 {
			i = slices.IndexFunc(s.Enum, func(e EnumValue) bool { return strings.EqualFold(e.Value, text) })
		}
		if i < 0 {
			return nil, false
		}
		return TypedValue(s.Type, s.Enum[i].Value)
	}
	if s.Type == "boolean" {
		text = strings.ToLower(text)
	}
	return TypedValue(s.Type, text)
}

// jsonTrip returns v as a JSON decoder would give it back (numbers become float64).
func jsonTrip(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// valueString formats a decoded JSON value (an example or enum value) as the model's text.
func valueString(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case float64:
		return formatFloat(x), nil
	case float32:
		return formatFloat(float64(x)), nil
	case int:
		return strconv.Itoa(x), nil
	case int32:
		return strconv.FormatInt(int64(x), 10), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case uint64:
		return strconv.FormatUint(x, 10), nil
	case json.Number:
		return x.String(), nil
	default:
		b, err := json.Marshal(x)
		if err != nil {
			return "", fmt.Errorf("value %v: %w", x, err)
		}
		return string(b), nil
	}
}

// formatFloat writes integral values without a fraction and others in the shortest form.
func formatFloat(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) <= maxExactInt {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
