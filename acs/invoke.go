package acs

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Invoke is what every generated operation method does: it validates req (a pointer to a
// generated request struct; nil means an empty request) against the rules its struct tags
// state, encodes it into a Request as the tags say, lets the Client sign, send, retry and
// decode, and returns the decoded reply.
//
// A request field is a parameter when it has an acs tag `acs:"Name,in[,required][,token][,json]"`:
// Name is the documented parameter name (percent-escaped where it holds one of % , " \ or a
// backquote), in is where the value travels (query, form, header, path; body: the
// struct is the operation's JSON body, its json tags say which fields are in it;
// wholebody: the field's value is the whole body, a string as it is (a JSON text the
// caller wrote), any other value as its JSON, and an absent optional value sends no body). A
// field of a nested request struct may say `acs:",required"` (its name is its JSON key).
// The json option sends a query, form or header value (a map, struct or slice) as one
// parameter holding its JSON text instead of flattening it (the documentation's style json,
// opspec.JSONStyle).
//
// Encoding: an absent optional value is not sent: a nil pointer, slice, map or interface,
// an empty string, a zero number or struct that is not required; a bool that is not a
// pointer is always sent. Composite values are flattened the RPC way (AddFlat) in RPC operations and
// form bodies; in ROA query and header values a list of scalars is joined with commas (an
// item holding a comma is a *ValidationError: it would arrive as two) and anything else is
// sent as JSON, as the official SDKs' "shrink" parameters are. An empty
// token field is filled with a random token (NewClientToken) once per call, so the
// Client's retries repeat it and the service can deduplicate them.
//
// Validation (before any network call; the error is a *ValidationError): a required
// value must be present (required numbers and bools cannot be told from zero and are not
// checked; token fields are filled, not checked), every value whose type has a
// `Valid() bool` method (generated enums) must be valid unless it is empty, and list
// items must all be valid; nested request structs that are required or not zero (a zero
// optional one is absent) are checked the same way, their fields named Parent.Field, list
// items Parent[i].
func Invoke[Resp any](ctx context.Context, c *Client, op *Operation, req any) (*Resp, error) {
	out := new(Resp)
	if err := c.Invoke(ctx, op, req, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Invoke is the non-generic form of the function Invoke: it decodes the reply into out (a
// pointer; nil discards it).
func (c *Client) Invoke(ctx context.Context, op *Operation, req, out any) error {
	if op == nil {
		return errors.New("acs: nil Operation")
	}
	rv, err := requestValue(req)
	if err != nil {
		return fmt.Errorf("acs: %s: %w", op.Name, err)
	}
	if err := validateStruct(rv, ""); err != nil {
		var ve *ValidationError
		if errors.As(err, &ve) {
			ve.Operation = op.Name
		}
		return err
	}
	var in Request
	if err := encodeRequest(op, rv, &in); err != nil {
		return fmt.Errorf("acs: %s: encode request: %w", op.Name, err)
	}
	return c.Do(ctx, op, &in, out)
}

// ValidateRequest checks req (a pointer to a generated request struct) the way Invoke does
// before sending; the error is a *ValidationError without an Operation.
func ValidateRequest(req any) error {
	rv, err := requestValue(req)
	if err != nil {
		return err
	}
	return validateStruct(rv, "")
}

// EncodeRequest puts req's parameters (a pointer to a generated request struct) into in
// the way Invoke does, without validating them.
func EncodeRequest(op *Operation, req any, in *Request) error {
	rv, err := requestValue(req)
	if err != nil {
		return err
	}
	return encodeRequest(op, rv, in)
}

// requestValue is the addressable struct req points to (a new zero one when req is a nil
// pointer, so that a JSON body is {} and not null).
func requestValue(req any) (reflect.Value, error) {
	rv := reflect.ValueOf(req)
	if rv.Kind() != reflect.Pointer || rv.Type().Elem().Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("request must be a pointer to a struct, got %T", req)
	}
	if rv.IsNil() {
		rv = reflect.New(rv.Type().Elem())
	}
	return rv.Elem(), nil
}

// ValidationError is returned before any network call when a request breaks a rule the
// documentation states: a required parameter is missing or a value is not one of the
// documented values. Field is the documented name, dotted for nested values.
type ValidationError struct {
	// Operation is the operation name (empty when ValidateRequest is called directly).
	Operation string
	Field     string
	Reason    string
}

func (e *ValidationError) Error() string {
	s := "acs: "
	if e.Operation != "" {
		s += e.Operation + ": "
	}
	return s + "invalid request: " + e.Field + ": " + e.Reason
}

// NewClientToken returns a random idempotency token (32 hex digits).
func NewClientToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// param is one tagged field of a request struct.
type param struct {
	index    int
	name     string // documented name: parameter name, else JSON key, else Go name
	in       string // query, form, header, path, body, wholebody; "" for fields of nested structs
	required bool
	token    bool
	jsonText bool // the value goes as one parameter holding its JSON text
}

var paramCache sync.Map // reflect.Type → []param: a memo of type information

// params reads the acs (and json) tags of a request struct's fields.
func params(t reflect.Type) ([]param, error) {
	if ps, ok := paramCache.Load(t); ok {
		return ps.([]param), nil
	}
	var ps []param
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		p := param{index: i, name: sf.Name}
		if j, ok := sf.Tag.Lookup("json"); ok {
			if n, _, _ := strings.Cut(j, ","); n != "" && n != "-" {
				p.name = n
			}
		}
		if tag, ok := sf.Tag.Lookup("acs"); ok {
			parts := strings.Split(tag, ",")
			if parts[0] == "-" {
				continue
			}
			if parts[0] != "" || len(parts) > 1 && location(parts[1]) {
				// a parameter's documented name is the tag's, even when empty
				n, err := tagName(parts[0])
				if err != nil {
					return nil, fmt.Errorf("%s.%s: acs tag %q: %w", t, sf.Name, tag, err)
				}
				p.name = n
			}
			for k, opt := range parts[1:] {
				switch opt {
				case "query", "form", "header", "path", "body", "wholebody":
					if k != 0 {
						return nil, fmt.Errorf("%s.%s: acs tag %q: the location comes right after the name", t, sf.Name, tag)
					}
					p.in = opt
				case "required":
					p.required = true
				case "token":
					p.token = true
				case "json":
					p.jsonText = true
				default:
					return nil, fmt.Errorf("%s.%s: acs tag %q: unknown option %q", t, sf.Name, tag, opt)
				}
			}
		}
		ps = append(ps, p)
	}
	paramCache.Store(t, ps)
	return ps, nil
}

// location reports whether an acs tag option is a location.
func location(opt string) bool {
	switch opt {
	case "query", "form", "header", "path", "body", "wholebody":
		return true
	}
	return false
}

// tagName decodes the percent-escapes of a name in an acs tag.
func tagName(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	return url.PathUnescape(s)
}

// encodeRequest puts the tagged fields of the struct rv into in.
func encodeRequest(op *Operation, rv reflect.Value, in *Request) error {
	ps, err := params(rv.Type())
	if err != nil {
		return err
	}
	var whole, field string // a wholebody field's name and a body field's, once seen
	for _, p := range ps {
		v := rv.Field(p.index)
		var vals *Values
		switch p.in {
		case "":
			continue
		case "body", "wholebody":
			if p.in == "body" {
				field = p.name
			}
			if whole != "" || p.in == "wholebody" && field != "" {
				return fmt.Errorf("wholebody field %s must be the only body field (%s is one too)", cmp.Or(whole, p.name), cmp.Or(field, p.name))
			}
			if p.in == "body" {
				in.Body = rv.Addr().Interface()
				continue
			}
			whole = p.name
			wholeBody(v, in)
			continue
		case "path":
			v = indirect(v)
			if !v.IsValid() {
				continue // ExpandPath names the missing value
			}
			s, ok := scalarString(v)
			if !ok {
				return fmt.Errorf("path parameter %s: %s is not a scalar", p.name, v.Type())
			}
			if in.Path == nil {
				in.Path = map[string]string{}
			}
			in.Path[p.name] = s
			continue
		case "header":
			vals = &in.Header
		case "form":
			vals = &in.Form
		default:
			vals = &in.Query
		}
		if p.token && v.Kind() == reflect.String {
			tok := v.String()
			if tok == "" {
				tok = NewClientToken()
			}
			vals.Add(p.name, tok)
			continue
		}
		if p.jsonText {
			if err := encodeJSONText(p, v, vals); err != nil {
				return err
			}
			continue
		}
		if err := encodeParam(op, p, v, vals); err != nil {
			return err
		}
	}
	return nil
}

// wholeBody makes v, a wholebody field's value, the request body: a string is sent as it
// is, anything else as its JSON; an absent value (a nil pointer, slice, map or interface,
// an empty string) sends an empty body.
func wholeBody(v reflect.Value, in *Request) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			in.RawBody = []byte{}
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		in.RawBody = []byte(v.String())
		return
	case reflect.Slice, reflect.Map:
		if v.IsNil() {
			in.RawBody = []byte{}
			return
		}
	}
	in.Body = v.Interface()
}

// encodeJSONText adds a query, form or header parameter whose value is sent as its JSON
// text (the acs tag's json option): an absent value (a nil pointer, map, slice or
// interface; a zero struct that is not required) sends nothing.
func encodeJSONText(p param, v reflect.Value, vals *Values) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		if v.IsNil() {
			return nil
		}
	case reflect.Struct:
		if !p.required && v.IsZero() {
			return nil
		}
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return fmt.Errorf("parameter %s: encoding its JSON text: %w", p.name, err)
	}
	vals.Add(p.name, string(b))
	return nil
}

// encodeParam adds one query, form or header parameter.
func encodeParam(op *Operation, p param, v reflect.Value, vals *Values) error {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		if s, ok := scalarString(v.Elem()); ok {
			vals.Add(p.name, s)
			return nil
		}
	}
	if s, ok := scalarString(v); ok {
		switch {
		case v.Kind() == reflect.String && s == "":
		case v.Kind() != reflect.Bool && v.Kind() != reflect.String && !p.required && v.IsZero():
		default:
			vals.Add(p.name, s)
		}
		return nil
	}
	// composite values; a zero struct that is not required is absent, as an empty string is
	if v.Kind() == reflect.Struct && !p.required && v.IsZero() {
		return nil
	}
	if op.Style != ROA || p.in == "form" {
		vals.AddFlat(p.name, v.Interface())
		return nil
	}
	if k := v.Kind(); k == reflect.Slice || k == reflect.Array {
		if _, ok := scalarString(reflect.New(v.Type().Elem()).Elem()); ok {
			if v.Len() == 0 {
				return nil
			}
			// the service reads an item holding a comma as two: refuse it rather than
			// send other values than the caller's
			joined, bad := joinItems(v, ",")
			if bad >= 0 {
				return &ValidationError{Field: fmt.Sprintf("%s[%d]", p.name, bad),
					Reason: "holds a comma, which a comma-joined list (a ROA query or header list) cannot carry"}
			}
			vals.Add(p.name, joined)
			return nil
		}
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		if v.Len() == 0 {
			return nil
		}
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
	default:
		if !p.required && v.IsZero() {
			return nil
		}
	}
	return vals.AddJSON(p.name, v.Interface())
}

// valider is what generated enum types implement.
type valider interface{ Valid() bool }

var validerType = reflect.TypeFor[valider]()

// validateStruct checks the fields of the request struct rv; prefix names rv in errors.
func validateStruct(rv reflect.Value, prefix string) error {
	ps, err := params(rv.Type())
	if err != nil {
		return err
	}
	for _, p := range ps {
		v := rv.Field(p.index)
		name := p.name
		if prefix != "" {
			name = prefix + "." + name
		}
		if p.required && !p.token && missing(v) {
			return &ValidationError{Field: name, Reason: "required parameter is missing"}
		}
		if p.required && v.Kind() == reflect.Struct && v.Type() != timeType {
			// a required struct is sent even when zero: its required fields must be there
			if err := validateStruct(v, name); err != nil {
				return err
			}
			continue
		}
		if err := validateValue(v, name, false); err != nil {
			return err
		}
	}
	return nil
}

// missing reports whether a required value is visibly absent.
func missing(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	case reflect.String, reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return false
}

// validateValue checks one value: an enum must be valid (unless it is empty and not a
// list item), a struct's fields are checked, a list's items.
func validateValue(v reflect.Value, name string, item bool) error {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		return validateValue(v.Elem(), name, true)
	}
	if v.Type().Implements(validerType) {
		if (item || !v.IsZero()) && !v.Interface().(valider).Valid() {
			return &ValidationError{Field: name, Reason: fmt.Sprintf("%v is not one of the documented values", v.Interface())}
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == timeType || !item && v.IsZero() {
			return nil // a zero struct is absent: nothing to check
		}
		return validateStruct(v, name)
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := validateValue(v.Index(i), name+"["+strconv.Itoa(i)+"]", true); err != nil {
				return err
			}
		}
	}
	return nil
}
