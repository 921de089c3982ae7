package acs

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Pair is one key/value of a query string, form body or header list.
type Pair struct {
	Key, Value string
}

// Values is an ordered list of parameters, as sent on the wire. Generated code appends to
// it in parameter order; keys may repeat. The zero value is ready to use.
type Values []Pair

// Add appends key=value.
func (v *Values) Add(key, value string) { *v = append(*v, Pair{key, value}) }

// AddInt appends key=<decimal n>.
func (v *Values) AddInt(key string, n int64) { v.Add(key, strconv.FormatInt(n, 10)) }

// AddFloat appends key=<f in the shortest decimal form>.
func (v *Values) AddFloat(key string, f float64) { v.Add(key, formatFloat(f)) }

// AddBool appends key=true or key=false.
func (v *Values) AddBool(key string, b bool) { v.Add(key, strconv.FormatBool(b)) }

// AddFlat appends value under key, flattened the RPC way: a slice becomes key.1, key.2, ...
// (1-based), a struct or map becomes key.Field (map keys sorted), nesting composes
// (Tag.1.Key). Nil pointers, nil slices, nil maps and nil interfaces are left out, so an
// absent optional parameter adds nothing. Struct fields are named by an `acs:"Name"` tag,
// else by their json tag, else by the Go field name; "-" skips a field, and a json
// ",omitempty" zero field is left out. time.Time is written as 2006-01-02T15:04:05Z (UTC).
func (v *Values) AddFlat(key string, value any) {
	flattenValue(v, key, reflect.ValueOf(value))
}

// AddJoined appends a slice as one parameter whose items are joined by sep (the "simple"
// style uses ","). A nil or empty slice adds nothing; a scalar is added as itself.
func (v *Values) AddJoined(key string, value any, sep string) {
	rv := indirect(reflect.ValueOf(value))
	if !rv.IsValid() {
		return
	}
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		if s, ok := scalarString(rv); ok {
			v.Add(key, s)
		}
		return
	}
	if rv.Len() == 0 {
		return
	}
	joined, _ := joinItems(rv, sep)
	v.Add(key, joined)
}

// joinItems joins the scalar items of the slice or array rv with sep, leaving nil items
// out, in one walk that also finds the first item holding sep (bad, else -1): the reader
// of the joined list would split that item in two, so a caller that must not send other
// values than it was given refuses it.
func joinItems(rv reflect.Value, sep string) (joined string, bad int) {
	bad = -1
	parts := make([]string, 0, rv.Len())
	for i := 0; i < rv.Len(); i++ {
		if s, ok := scalarString(indirect(rv.Index(i))); ok {
			if bad < 0 && strings.Contains(s, sep) {
				bad = i
			}
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, sep), bad
}

// AddJSON appends value encoded as JSON (the "json" style of shrink parameters). A nil
// value adds nothing.
func (v *Values) AddJSON(key string, value any) error {
	if !indirect(reflect.ValueOf(value)).IsValid() {
		return nil
	}
	b, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("parameter %s: encode as JSON: %w", key, err)
	}
	v.Add(key, string(b))
	return nil
}

// Get returns the first value of key.
func (v Values) Get(key string) (string, bool) {
	for _, p := range v {
		if p.Key == key {
			return p.Value, true
		}
	}
	return "", false
}

// Encode returns "k=v&k=v" in insertion order with keys and values percent-encoded
// (RFC 3986, space as %20). It is the query string and the form body the client sends.
func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, p := range v {
		n += len(p.Key) + len(p.Value) + 2
	}
	b.Grow(n + n/4)
	for i, p := range v {
		if i > 0 {
			b.WriteByte('&')
		}
		appendPercentEncoded(&b, p.Key)
		b.WriteByte('=')
		appendPercentEncoded(&b, p.Value)
	}
	return b.String()
}

var timeType = reflect.TypeFor[time.Time]()

func indirect(rv reflect.Value) reflect.Value {
	for rv.IsValid() && (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface) {
		if rv.IsNil() {
			return reflect.Value{}
		}
		rv = rv.Elem()
	}
	return rv
}

func flattenValue(v *Values, key string, rv reflect.Value) {
	rv = indirect(rv)
	if !rv.IsValid() {
		return
	}
	if s, ok := scalarString(rv); ok {
		v.Add(key, s)
		return
	}
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return
		}
		for i := 0; i < rv.Len(); i++ {
			flattenValue(v, key+"."+strconv.Itoa(i+1), rv.Index(i))
		}
	case reflect.Map:
		if rv.IsNil() {
			return
		}
		keys := rv.MapKeys()
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = fmt.Sprint(k.Interface())
		}
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool { return names[idx[a]] < names[idx[b]] })
		for _, i := range idx {
			flattenValue(v, key+"."+names[i], rv.MapIndex(keys[i]))
		}
	case reflect.Struct:
		for _, f := range structFields(rv.Type()) {
			fv := rv.FieldByIndex(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			if f.jsonText {
				addJSONText(v, key+"."+f.name, fv)
				continue
			}
			flattenValue(v, key+"."+f.name, fv)
		}
	}
}

// addJSONText adds a nested field sent as its JSON text (acs tag option json) under its
// flattened name: Config.Data={"k":"v"}. An absent value (a nil pointer, map, slice or
// interface) adds nothing; a value encoding/json cannot encode (a channel or func inside
// an any) adds nothing either, since generated types hold none.
func addJSONText(v *Values, key string, rv reflect.Value) {
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		if rv.IsNil() {
			return
		}
	}
	if b, err := json.Marshal(rv.Interface()); err == nil {
		v.Add(key, string(b))
	}
}

// scalarString formats a non-composite value; ok is false for slices, maps and structs
// (time.Time and json.Number excepted).
func scalarString(rv reflect.Value) (string, bool) {
	if !rv.IsValid() {
		return "", false
	}
	if rv.Type() == timeType {
		return rv.Interface().(time.Time).UTC().Format("2006-01-02T15:04:05Z"), true
	}
	switch rv.Kind() {
	case reflect.String:
		return rv.String(), true
	case reflect.Bool:
		return strconv.FormatBool(rv.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10), true
	case reflect.Float32:
		return strconv.FormatFloat(rv.Float(), 'f', -1, 32), true
	case reflect.Float64:
		return formatFloat(rv.Float()), true
	}
	return "", false
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// field is a struct field as the flattener and the lenient decoder see it.
type field struct {
	name      string // acs tag, else json tag, else Go name: the flattened parameter name
	jsonName  string // json tag, else Go name: the response key
	index     []int
	omitEmpty bool
	jsonText  bool // acs tag option json: the value goes as one parameter holding its JSON text
}

// fieldCache maps reflect.Type to []field. It is a pure memo of type information (like
// encoding/json's), not configuration.
var fieldCache sync.Map

func structFields(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	collectFields(t, nil, &fs)
	fieldCache.Store(t, fs)
	return fs
}

func collectFields(t reflect.Type, parent []int, fs *[]field) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		index := append(append([]int(nil), parent...), i)
		name, jsonName, omit, jsonText, skip := fieldName(sf)
		if skip {
			continue
		}
		if sf.Anonymous && name == "" && jsonName == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Struct {
				collectFields(ft, index, fs)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if jsonName == "" {
			jsonName = sf.Name
		}
		if name == "" {
			name = jsonName
		}
		*fs = append(*fs, field{name: name, jsonName: jsonName, index: index, omitEmpty: omit, jsonText: jsonText})
	}
}

// fieldName reads the acs tag (parameter name; option json: sent as its JSON text) and the
// json tag (response key); each name is "" when its tag does not name the field.
func fieldName(sf reflect.StructField) (name, jsonName string, omitEmpty, jsonText, skip bool) {
	if jsonTag, ok := sf.Tag.Lookup("json"); ok {
		n, opts, _ := strings.Cut(jsonTag, ",")
		if n == "-" && opts == "" {
			return "", "", false, false, true
		}
		jsonName = n
		omitEmpty = strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,")
	}
	if acsTag, ok := sf.Tag.Lookup("acs"); ok {
		n, opts, _ := strings.Cut(acsTag, ",")
		if n == "-" {
			return "", "", false, false, true
		}
		name = n
		jsonText = slices.Contains(strings.Split(opts, ","), "json")
	}
	if name == "" {
		name = jsonName
	}
	return name, jsonName, omitEmpty, jsonText, false
}
