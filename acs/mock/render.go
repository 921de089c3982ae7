package mock

import (
	"slices"
	"strings"
)

// This file answers the generated behaviour's reads without building the answer: for
// Get/Update/Delete/Enable-style calls (and every call of a stateless mock or of an
// operation without a resource) the answer is the response template with the call's
// attributes, then the stored resource's, overlaid, plus the request ID. Copying the
// template tree to overlay it was the largest part of a validated request; renderJSON
// writes the bytes encodeJSON would write for that overlaid copy, straight from the
// template. TestRenderMatchesBehave compares the two on every operation.

// behaveJSON is encodeJSON(behave(rt, c)) with behave's errors as *Error, using
// renderJSON where the answer is an overlaid template.
func (s *Server) behaveJSON(rt *route, c *Call) ([]byte, *Error) {
	k := rt.res.kind
	fast := rt.tmpl != nil && (k == nil || s.cfg.stateless ||
		rt.res.verb == verbGet || rt.res.verb == verbAction || rt.res.verb == verbUpdate || rt.res.verb == verbDelete)
	if !fast {
		v, err := s.behave(rt, c)
		if err != nil {
			return nil, asError(err)
		}
		b, err := encodeJSON(v)
		if err != nil {
			return nil, errInternal()
		}
		return b, nil
	}
	attrs := rt.attrs(c)
	layers := [2]map[string]any{attrs}
	nl := 1
	if k != nil && !s.cfg.stateless { // the same state operations as behave, in the same order
		sc, parent, id := rt.locate(c, attrs)
		switch rt.res.verb {
		case verbGet, verbAction:
			res, ok := s.store.get(sc, parent, id)
			if !ok {
				return nil, rt.withID(rt.notFound, k, id, "does not exist")
			}
			layers[1], nl = res.Attrs, 2
		case verbUpdate:
			upd := make(map[string]any, len(attrs))
			for key, v := range attrs {
				if key != k.idParam && key != "clienttoken" && !contains(k.parents, key) {
					upd[key] = v
				}
			}
			res, ok := s.store.update(sc, parent, id, upd)
			if !ok {
				return nil, rt.withID(rt.notFound, k, id, "does not exist")
			}
			layers[1], nl = res.Attrs, 2
		case verbDelete:
			if !s.store.delete(sc, parent, id) {
				return nil, rt.withID(rt.notFound, k, id, "does not exist")
			}
		}
	}
	b, err := renderJSON(make([]byte, 0, 512), rt.tmpl, rt.resp, layers[:nl], rt.reqIDField, c.RequestID, 0)
	if err != nil {
		return nil, errInternal()
	}
	return b, nil
}

// renderItem is one member of an object being rendered.
type renderItem struct {
	key  string
	val  any
	kind uint8 // itemPlain: encode val; itemChild: render the template map val under prop
	prop *propNode
}

const (
	itemPlain uint8 = iota
	itemChild
)

// renderJSON appends the JSON of template object m (schema n, at overlay depth depth)
// as behave would answer it: a copy with reqField set to reqID (top level only) and then
// overlay(copy, n, layer, 0) for each layer in turn, encoded by encodeJSON. The template
// is only read.
func renderJSON(dst []byte, m map[string]any, n *node, layers []map[string]any, reqField, reqID string, depth int) ([]byte, error) {
	if n == nil || depth > 4 { // overlay goes no deeper: the template as it is
		return appendJSON(dst, m, depth)
	}
	var buf [32]renderItem
	items := buf[:0]
	// Scalar properties that a layer overlays: the last layer with a valid value wins,
	// as when the layers are applied one after the other.
	for _, p := range n.props {
		if p.low == "requestid" || p.n.typ == "object" {
			continue
		}
		var val any
		found := false
		for _, l := range layers {
			if v, ok := l[p.low]; ok && p.n.validate(v) == nil {
				val, found = v, true
			}
		}
		if found {
			items = append(items, renderItem{key: p.name, val: val})
		}
	}
	overlaid := len(items)
	if depth == 0 && reqField != "" {
		items = append(items, renderItem{key: reqField, val: reqID})
	}
	for k, v := range m {
		if depth == 0 && k == reqField || isOverlaid(items[:overlaid], k) {
			continue
		}
		it := renderItem{key: k, val: v}
		if p := n.byName[k]; p != nil && p.n.typ == "object" {
			if _, isMap := v.(map[string]any); isMap {
				it.kind, it.prop = itemChild, p
			}
		}
		items = append(items, it)
	}
	slices.SortFunc(items, func(a, b renderItem) int { return strings.Compare(a.key, b.key) })
	dst = append(dst, '{')
	for i, it := range items {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, it.key)
		dst = append(dst, ':')
		var err error
		if it.kind == itemChild {
			dst, err = renderJSON(dst, it.val.(map[string]any), it.prop.n, layers, "", "", depth+1)
		} else {
			dst, err = appendJSON(dst, it.val, depth+1)
		}
		if err != nil {
			return nil, err
		}
	}
	return append(dst, '}'), nil
}

func isOverlaid(items []renderItem, key string) bool {
	for _, it := range items {
		if it.key == key {
			return true
		}
	}
	return false
}
