package mock

import (
	"strings"
)

// Behaviour hooks: what the documentation cannot say (an Encrypt/Decrypt round trip, a
// computed field) is added with Handlers. A Handler answers one operation; it may start
// from the generated answer (Call.Default), read and change stored resources
// (Call.Resource, Call.UpdateResource) and answer the product's own errors
// (Call.NotFound). A Behaviour groups the handlers of one product, for any version;
// New applies the built-in ones (BuiltinBehaviours) unless WithoutBuiltinBehaviours.
// docs/MOCK-BEHAVIOUR.md has the worked example.

// Behaviour is a set of handlers adding to a product what its documentation cannot say.
type Behaviour struct {
	Name    string // short name, shown by gen serve ("kms-crypto")
	Product string // product code, compared case-insensitively ("Kms")
	// Handlers by operation name; operations the served specs lack are skipped.
	Handlers map[string]Handler
}

// WithBehaviour applies a behaviour to every served version of its product. Handlers
// registered with WithHandler take precedence over it; it takes precedence over the
// built-in behaviours.
func WithBehaviour(b Behaviour) Option {
	return func(c *config) { c.behaviours = append(c.behaviours, b) }
}

// WithoutBuiltinBehaviours leaves out the built-in behaviours (BuiltinBehaviours): every
// operation gets the generated behaviour unless a handler is registered for it.
func WithoutBuiltinBehaviours() Option { return func(c *config) { c.noBuiltins = true } }

// BuiltinBehaviours are the behaviours New applies by default.
func BuiltinBehaviours() []Behaviour { return []Behaviour{kmsCrypto()} }

// Behaviours lists the names of the behaviours that answer at least one served operation.
func (s *Server) Behaviours() []string { return s.behaviours }

// applyBehaviours sets route handlers from the behaviours, user ones first.
func (s *Server) applyBehaviours() {
	all := s.cfg.behaviours
	if !s.cfg.noBuiltins {
		all = append(append([]Behaviour(nil), all...), BuiltinBehaviours()...)
	}
	for _, b := range all {
		used := false
		for _, rt := range s.t.all {
			if rt.handler != nil || !strings.EqualFold(rt.spec.Product, b.Product) {
				continue
			}
			if h := b.Handlers[rt.op.Name]; h != nil {
				rt.handler = h
				used = true
			}
		}
		if used && !contains(s.behaviours, b.Name) {
			s.behaviours = append(s.behaviours, b.Name)
		}
	}
}

// Param returns a request parameter by name, compared case-insensitively.
func (c *Call) Param(name string) (any, bool) { return lookupFold(c.Params, name) }

// String returns a scalar request parameter as text ("" when absent).
func (c *Call) String(name string) string {
	v, _ := c.Param(name)
	return scalarString(v)
}

// kind finds a stateful kind of the call's product version by name (case-insensitive).
func (c *Call) kind(name string) *kind {
	if c.srv == nil || c.rt == nil {
		return nil
	}
	for _, rt := range c.srv.t.all {
		if rt.spec == c.rt.spec && rt.res.kind != nil && strings.EqualFold(rt.res.kind.name, name) {
			return rt.res.kind
		}
	}
	return nil
}

// Stateful reports whether the mock stores resources of the kind for the call's product
// version (some create operation makes them).
func (c *Call) Stateful(kind string) bool { return c.kind(kind) != nil }

// find locates a stored resource of the call's account and region by kind and identifier
// (or alias), whatever its parents.
func (c *Call) find(k *kind, id string) (scope, resource, bool) {
	sc := scope{c.Account, c.Region, c.rt.product, k.name}
	if len(k.parents) == 0 {
		if r, ok := c.srv.store.get(sc, nil, id); ok {
			return sc, r, true
		}
	}
	for _, r := range c.srv.store.list(sc, nil) {
		if r.id() == id {
			return sc, r, true
		}
		for _, a := range k.aliases {
			if scalarString(r.Attrs()[a]) == id {
				return sc, r, true
			}
		}
	}
	return sc, resource{}, false
}

// Resource returns the stored attributes (by lower-case name) of a resource of the call's
// product, account and region: kind as the mock names it (the operation name without its
// verb: "Key" for CreateKey, "SecurityGroup"), id its identifier or name. The map is a
// copy.
func (c *Call) Resource(kind, id string) (map[string]any, bool) {
	k := c.kind(kind)
	if k == nil || id == "" {
		return nil, false
	}
	_, r, ok := c.find(k, id)
	if !ok {
		return nil, false
	}
	return copyValue(r.Attrs()).(map[string]any), true
}

// UpdateResource merges attributes (names compared case-insensitively) into a stored
// resource; false when there is no such resource.
func (c *Call) UpdateResource(kind, id string, attrs map[string]any) bool {
	k := c.kind(kind)
	if k == nil || id == "" {
		return false
	}
	sc, r, ok := c.find(k, id)
	if !ok {
		return false
	}
	low := make(map[string]any, len(attrs))
	for key, v := range attrs {
		low[strings.ToLower(key)] = v
	}
	_, ok = c.srv.store.update(sc, r.parents(), r.id(), low)
	return ok
}

// NotFound is the error the mock answers for an unknown resource of the kind: the code the
// product documents for it when there is one.
func (c *Call) NotFound(kind, id string) *Error {
	k := c.kind(kind)
	if k == nil {
		return Errorf(404, "EntityNotExists."+kind, "The specified %s %q does not exist.", kind, id)
	}
	for _, rt := range k.routes {
		if rt.notFound != nil {
			return rt.withID(rt.notFound, k, id, "does not exist")
		}
	}
	return Errorf(404, "EntityNotExists."+k.name, "The specified %s %q does not exist.", k.name, id)
}

// Documented returns the operation's documented error with the given code (compared
// case-insensitively) and the message given, or def when the operation does not document
// it.
func (c *Call) Documented(code string, def *Error) *Error {
	if c.rt != nil {
		if e := c.rt.documented(code); e != nil {
			if def != nil && def.Message != "" {
				e.Message = def.Message
			}
			return e
		}
	}
	return def
}
