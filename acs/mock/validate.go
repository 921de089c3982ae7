package mock

import (
	"errors"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// validate coerces every raw parameter to its schema type, in place, and checks it with
// kin-openapi; required parameters must be present. The first problem is reported, in page
// order, with the error code the operation documents for it when it documents one (the
// parameters after it keep their raw values).
func (rt *route) validate(params map[string]any) *Error {
	for _, p := range rt.params {
		v, ok := params[p.name]
		if !ok {
			if p.req {
				return rt.missing(p.name)
			}
			continue
		}
		c, err := coerce(v, p.n, p.name, 0)
		if err != nil {
			return rt.invalid(p.name, err.Error())
		}
		if err := p.n.validate(c); err != nil {
			return rt.invalid(p.name, schemaReason(err))
		}
		params[p.name] = c
	}
	return nil
}

// schemaReason shortens a kin-openapi error to "where: why".
func schemaReason(err error) string {
	var se *openapi3.SchemaError
	if errors.As(err, &se) {
		where := ""
		if ptr := se.JSONPointer(); len(ptr) > 0 {
			where = strings.Join(ptr, ".") + ": "
		}
		return where + se.Reason
	}
	var me openapi3.MultiError
	if errors.As(err, &me) && len(me) > 0 {
		return schemaReason(me[0])
	}
	return err.Error()
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

func (rt *route) invalid(name, reason string) *Error {
	def := errInvalid(name, reason)
	if d := rt.documented("Invalid"+name, "InvalidParameter."+name, "InvalidParameter"); d != nil {
		d.Message = def.Message
		return d
	}
	return def
}
