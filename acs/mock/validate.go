package mock

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// validate coerces every raw parameter to its schema type, in place, and checks it with
// kin-openapi; required parameters must be present. The first problem is reported, in page
// order, with the error code the operation documents for it when it documents one (the
// parameters after it keep their raw values). What coercion had to guess is appended to
// *notes.
func (rt *route) validate(params map[string]any, notes *[]string) *Error {
	for _, p := range rt.params {
		v, ok := params[p.name]
		if !ok {
			if p.req {
				return rt.missing(p.name)
			}
			continue
		}
		how := coercion{form: p.lists, notes: notes}
		if p.json {
			d, err := jsonText(v)
			if err != nil {
				return rt.invalid(p.name, "", err.Error())
			}
			v, how.form = d, listsJSON
		}
		c, err := coerce(v, p.n, p.name, 0, how)
		if err != nil {
			return rt.invalid(p.name, "", err.Error())
		}
		if err := p.n.validate(c); err != nil {
			where, why := schemaReason(err)
			return rt.invalid(p.name, where, why)
		}
		params[p.name] = c
	}
	return nil
}

// jsonText decodes the value of a parameter sent as its JSON text (style json): one
// parameter whose value is a JSON object or list, not flattened keys (Name.key=...) nor
// other text.
func jsonText(v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, errors.New("want one parameter holding the value's JSON text, got flattened keys")
	}
	d, ok := decodeJSONValue(s)
	if !ok {
		return nil, errors.New("value is not JSON text")
	}
	return d, nil
}

// schemaReason shortens a kin-openapi error to where it is inside the value, written as
// a Go-like path ("[0].key", ".Tag[1]"; "" at the value itself), and why.
func schemaReason(err error) (where, why string) {
	var se *openapi3.SchemaError
	if errors.As(err, &se) {
		var b strings.Builder
		for _, e := range se.JSONPointer() {
			if _, nerr := strconv.Atoi(e); nerr == nil {
				b.WriteString("[" + e + "]")
			} else {
				b.WriteString("." + e)
			}
		}
		return b.String(), se.Reason
	}
	var me openapi3.MultiError
	if errors.As(err, &me) && len(me) > 0 {
		return schemaReason(me[0])
	}
	return "", err.Error()
}

// documented finds an error code the operation documents, by exact code (case-insensitive).
func (rt *route) documented(codes ...string) *Error {
	for _, e := range rt.op.Errors {
		for _, c := range codes {
			if strings.EqualFold(e.Code, c) {
				st := e.HTTPStatus
				if st == 0 {
					st = http.StatusBadRequest
				}
				return &Error{Status: st, Code: e.Code, Message: e.Message}
			}
		}
	}
	return nil
}

func (rt *route) missing(name string) *Error {
	def := errMissing(name)
	if d := rt.documented("Missing" + name); d != nil {
		d.Message = def.Message
		return d
	}
	return def
}

// invalid is the error for a value of parameter name that its schema rejects at where
// ("[0].key", "" for the value itself): the operation's documented Invalid code for
// that parameter when it has one, else InvalidParameter; the message names name+where.
func (rt *route) invalid(name, where, reason string) *Error {
	def := errInvalid(name+where, reason)
	if d := rt.documented("Invalid"+name, "InvalidParameter."+name, "InvalidParameter"); d != nil {
		d.Message = def.Message
		return d
	}
	return def
}
