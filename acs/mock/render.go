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
// writes the bytes encodeJSON would write for that overlaid copy, straight from a plan
// of the template made once by New (sorted keys, values already encoded). TestRenderMatchesBehave compares the two on every operation.

// behaveJSON is encodeJSON(behave(rt, c)) with behave's errors as *Error, using
// renderJSON where the answer is an overlaid template.
func (s *Server) behaveJSON(rt *route, c *Call) ([]byte, *Error) {
	k := rt.res.kind
	if k != nil && !s.cfg.stateless && rt.res.verb == verbCreate && rt.createRender {
		return s.behaveCreate(rt, c)
	}
	fast := rt.plan != nil && (k == nil || s.cfg.stateless ||
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
	layers := [2]attrLayer{{m: attrs}}
	nl := 1
	if k != nil && !s.cfg.stateless { // the same state operations as behave, in the same order
		sc, parent, id := rt.locate(c, attrs)
		switch rt.res.verb {
		case verbGet, verbAction:
			res, ok := s.store.get(sc, parent, id)
			if !ok {
				return nil, rt.withID(rt.notFound, k, id, "does not exist")
			}
			layers[1], nl = layerOf(res), 2
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
			layers[1], nl = layerOf(res), 2
		case verbDelete:
			if !s.store.delete(sc, parent, id) {
				return nil, rt.withID(rt.notFound, k, id, "does not exist")
			}
		}
	}
	b, err := renderPlan(make([]byte, 0, 512), rt.plan, rt.resp, layers[:nl], rt.reqIDField, c.RequestID, 0)
	if err != nil {
		return nil, errInternal()
	}
	return b, nil
}

// behaveCreate is behaveJSON for a stateful Create. behave overlays the call's attributes
// (before the ID is generated), stores the resource, sets the ID fields with setField
// (depth ≤ 3), then overlays the attributes (with the ID) again; as layers that is
// [attributes before, ID (shallow), attributes after], and the first layer changes
// nothing when it equals the last one (the last valid value wins).
func (s *Server) behaveCreate(rt *route, c *Call) ([]byte, *Error) {
	k := rt.res.kind
	attrs := rt.attrs(c)
	sc, parent, id := rt.locate(c, attrs)
	var layers [3]attrLayer
	nl := 0
	if id == "" {
		if _, had := attrs[k.idParam]; had { // an empty or non-scalar ID was given
			pre := make(map[string]any, len(attrs))
			for key, v := range attrs {
				pre[key] = v
			}
			layers[0], nl = attrLayer{m: pre}, 1
		}
		id = rt.idPrefix + s.ids.word(20)
		attrs[k.idParam] = id
	}
	if !s.store.put(sc, newResource(parent, id, attrs)) {
		return nil, rt.withID(rt.exists, k, id, "already exists")
	}
	field := strings.ToLower(k.name) + "id"
	for _, n := range rt.idSites {
		if n.validate(id) == nil {
			field = k.idParam
			break
		}
	}
	layers[nl] = attrLayer{one: field, oneVal: id, shallow: true}
	layers[nl+1] = attrLayer{m: attrs}
	nl += 2
	b, err := renderPlan(make([]byte, 0, 512), rt.plan, rt.resp, layers[:nl], rt.reqIDField, c.RequestID, 0)
	if err != nil {
		return nil, errInternal()
	}
	return b, nil
}

// tmplPlan is a response template object prepared for rendering: its keys sorted, each
// plain value already encoded, and the objects that overlays descend into planned too.
// Templates never change after New, so the plan stays true to them.
type tmplPlan struct {
	keys  []string
	enc   [][]byte    // JSON of the value, when child is nil
	child []*tmplPlan // plan of an object property's object value (overlay descends)
	node  []*node     // that property's schema
}

// planTemplate prepares m (schema n, overlay depth depth); nil when a value does not
// encode, in which case calls take the copy-and-encode path and report the error there.
func planTemplate(m map[string]any, n *node, depth int) *tmplPlan {
	p := &tmplPlan{}
	for k := range m {
		p.keys = append(p.keys, k)
	}
	slices.Sort(p.keys)
	p.enc = make([][]byte, len(p.keys))
	p.child = make([]*tmplPlan, len(p.keys))
	p.node = make([]*node, len(p.keys))
	for i, k := range p.keys {
		v := m[k]
		if depth < 4 && n != nil {
			if pn := n.byName[k]; pn != nil && pn.n.typ == "object" {
				if cm, ok := v.(map[string]any); ok {
					if p.child[i] = planTemplate(cm, pn.n, depth+1); p.child[i] == nil {
						return nil
					}
					p.node[i] = pn.n
					continue
				}
			}
		}
		b, err := appendJSON(nil, v, depth+1)
		if err != nil {
			return nil
		}
		p.enc[i] = b
	}
	return p
}

// renderItem is a member that the overlays (or the request ID) give a value.
type renderItem struct {
	key string
	val any
}

// renderPlan appends the JSON of a planned template object as behave would answer it: a
// copy with reqField set to reqID (top level only), then overlay(copy, n, layer, 0) for
// each layer in turn, encoded by encodeJSON. overlay stops below depth 4, as the plan does.
func renderPlan(dst []byte, p *tmplPlan, n *node, layers []attrLayer, reqField, reqID string, depth int) ([]byte, error) {
	var buf [16]renderItem
	items := buf[:0]
	// Scalar properties that a layer overlays: the last layer with a valid value wins,
	// as when the layers are applied one after the other.
	var props []*propNode
	if n != nil {
		props = n.props
	}
	for _, pn := range props {
		if pn.low == "requestid" || pn.n.typ == "object" {
			continue
		}
		var val any
		found := false
		for _, l := range layers {
			if l.shallow && depth > 3 {
				continue
			}
			if v, ok := l.get(pn.low); ok && pn.n.validate(v) == nil {
				val, found = v, true
			}
		}
		if found {
			items = append(items, renderItem{pn.name, val})
		}
	}
	if depth == 0 && reqField != "" {
		items = append(items, renderItem{reqField, reqID})
	}
	if len(items) > 1 {
		slices.SortFunc(items, func(a, b renderItem) int { return strings.Compare(a.key, b.key) })
	}
	dst = append(dst, '{')
	first := true
	sep := func() {
		if !first {
			dst = append(dst, ',')
		}
		first = false
	}
	i := 0 // next item
	for j, k := range p.keys {
		for i < len(items) && items[i].key < k {
			sep()
			var err error
			if dst, err = appendMember(dst, items[i]); err != nil {
				return nil, err
			}
			i++
		}
		if i < len(items) && items[i].key == k { // overlaid: the item replaces the template value
			sep()
			var err error
			if dst, err = appendMember(dst, items[i]); err != nil {
				return nil, err
			}
			i++
			continue
		}
		sep()
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		if c := p.child[j]; c != nil {
			var err error
			if dst, err = renderPlan(dst, c, p.node[j], layers, "", "", depth+1); err != nil {
				return nil, err
			}
			continue
		}
		dst = append(dst, p.enc[j]...)
	}
	for ; i < len(items); i++ {
		sep()
		var err error
		if dst, err = appendMember(dst, items[i]); err != nil {
			return nil, err
		}
	}
	return append(dst, '}'), nil
}

func appendMember(dst []byte, it renderItem) ([]byte, error) {
	dst = appendJSONString(dst, it.key)
	dst = append(dst, ':')
	return appendJSON(dst, it.val, 1)
}
