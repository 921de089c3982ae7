package mock

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// This file is the generated behaviour: stateful CRUD over the response templates.

// listPlan says where a List response holds its items.
type listPlan struct {
	path []string // property names from the top object to the array
	item *node
	tmpl any // one item as generated
}

// finishResource precompiles what the route's verb needs: error answers, the ID prefix,
// the list array.
func (rt *route) finishResource() {
	k := rt.res.kind
	if k == nil {
		return
	}
	kindLow := strings.ToLower(k.name)
	rt.notFound = rt.findDocumented([]string{"notexist", "notfound"}, kindLow)
	if rt.notFound == nil {
		rt.notFound = &Error{Status: http.StatusNotFound, Code: "EntityNotExists." + k.name}
	}
	rt.exists = rt.findDocumented([]string{"alreadyexist", "duplicate"}, kindLow)
	if rt.exists == nil {
		rt.exists = &Error{Status: http.StatusConflict, Code: "EntityAlreadyExists." + k.name}
	}
	if rt.res.verb == verbList {
		rt.list = findList(rt.resp, rt.tmpl, kindLow)
	}
	if rt.res.verb == verbCreate {
		rt.idPrefix = kindLow + "-"
		if v, ok := findField(rt.tmpl, rt.resp, k.idParam, 0); ok {
			if s, ok := v.(string); ok {
				if i := strings.LastIndexAny(s, "_-"); i > 0 && i < 24 {
					rt.idPrefix = s[:i+1]
				}
			}
		}
	}
}

// findDocumented picks a documented error whose code contains one of the markers,
// preferring one that names the kind.
func (rt *route) findDocumented(markers []string, kindLow string) *Error {
	var any *Error
	for _, e := range rt.op.Errors {
		lc := strings.ToLower(e.Code)
		for _, m := range markers {
			if !strings.Contains(lc, m) || m == "alreadyexist" && strings.Contains(lc, "notexist") {
				continue
			}
			st := e.HTTPStatus
			if st == 0 {
				st = http.StatusNotFound
			}
			cand := &Error{Status: st, Code: e.Code, Message: e.Message}
			if strings.Contains(lc, kindLow) {
				return cand
			}
			if any == nil {
				any = cand
			}
		}
	}
	return any
}

// findList locates the array of objects in a List response: the one named after the
// kind when there is one, else the first, breadth-first through objects.
func findList(n *node, tmpl map[string]any, kindLow string) *listPlan {
	type step struct {
		n    *node
		path []string
	}
	var first *listPlan
	queue := []step{{n, nil}}
	for len(queue) > 0 && len(queue[0].path) < 4 {
		st := queue[0]
		queue = queue[1:]
		for _, p := range st.n.props {
			path := append(append([]string(nil), st.path...), p.name)
			switch p.n.typ {
			case "array":
				if p.n.items == nil || p.n.items.typ != "object" {
					continue
				}
				lp := &listPlan{path: path, item: p.n.items}
				if strings.Contains(p.low, kindLow) || strings.Contains(kindLow, singular(p.low)) {
					return lp
				}
				if first == nil {
					first = lp
				}
			case "object":
				queue = append(queue, step{p.n, path})
			}
		}
	}
	return first
}

// behave computes the generated answer of a call.
func (s *Server) behave(rt *route, c *Call) (any, error) {
	if rt.tmpl == nil {
		return copyValue(rt.tmplAny), nil
	}
	out := copyValue(rt.tmpl).(map[string]any)
	if rt.reqIDField != "" {
		out[rt.reqIDField] = c.RequestID
	}
	attrs := rt.attrs(c)
	overlay(out, rt.resp, attrs, 0)
	k := rt.res.kind
	if k == nil || s.cfg.stateless {
		return out, nil
	}
	sc, parent, id := rt.locate(c, attrs)
	switch rt.res.verb {
	case verbCreate:
		if id == "" {
			id = rt.idPrefix + s.ids.word(20)
			attrs[k.idParam] = id
		}
		if !s.store.put(sc, newResource(parent, id, attrs)) {
			return nil, rt.withID(rt.exists, k, id, "already exists")
		}
		if !setField(out, rt.resp, k.idParam, id, 0) {
			setField(out, rt.resp, strings.ToLower(k.name)+"id", id, 0)
		}
		overlay(out, rt.resp, attrs, 0)
	case verbGet, verbAction:
		res, ok := s.store.get(sc, parent, id)
		if !ok {
			return nil, rt.withID(rt.notFound, k, id, "does not exist")
		}
		overlay(out, rt.resp, res.Attrs(), 0)
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
		overlay(out, rt.resp, res.Attrs(), 0)
	case verbDelete:
		if !s.store.delete(sc, parent, id) {
			return nil, rt.withID(rt.notFound, k, id, "does not exist")
		}
	case verbList:
		fillList(out, rt, s.store.list(sc, parent), attrs)
	}
	return out, nil
}

// attrs are a call's parameters by lower-case name: what overlays and the store use.
func (rt *route) attrs(c *Call) map[string]any {
	attrs := make(map[string]any, len(c.Params))
	for k, v := range c.Params {
		if p := rt.byName[k]; p != nil {
			attrs[p.low] = v // p.low is strings.ToLower(p.name), computed once
		} else {
			attrs[strings.ToLower(k)] = v
		}
	}
	return attrs
}

// locate is where a call's resource lives: its scope, parent IDs and ID (rt.res.kind set).
func (rt *route) locate(c *Call, attrs map[string]any) (scope, []string, string) {
	k := rt.res.kind
	parent := make([]string, len(k.parents))
	for i, p := range k.parents {
		parent[i] = scalarString(attrs[p])
	}
	return scope{c.Account, c.Region, rt.product, k.name}, parent, scalarString(attrs[k.idParam])
}

func (rt *route) withID(e *Error, k *kind, id, what string) *Error {
	msg := e.Message
	if msg == "" {
		msg = fmt.Sprintf("The specified %s %q %s.", k.name, id, what)
	} else {
		msg = fmt.Sprintf("%s (%s %q)", strings.TrimRight(msg, " "), k.name, id)
	}
	return &Error{Status: e.Status, Code: e.Code, Message: msg}
}

// fillList replaces the list array with the stored resources (a page of them when the
// request asks for one) and sets total and next-token fields.
func fillList(out map[string]any, rt *route, items []resource, attrs map[string]any) {
	total := len(items)
	start, size := 0, total
	if n, ok := intParam(attrs, "maxresults"); ok && n > 0 {
		size = n
		if t, ok := intParam(attrs, "nexttoken"); ok && t > 0 {
			start = t
		}
	} else if n, ok := intParam(attrs, "pagesize"); ok && n > 0 {
		size = n
		if p, ok := intParam(attrs, "pagenumber"); ok && p > 1 {
			start = (p - 1) * n
		}
	}
	start = min(start, total)
	end := min(start+size, total)
	setField(out, rt.resp, "totalcount", json.Number(strconv.Itoa(total)), 0)
	setField(out, rt.resp, "total", json.Number(strconv.Itoa(total)), 0)
	next := ""
	if end < total {
		next = strconv.Itoa(end)
	}
	setField(out, rt.resp, "nexttoken", next, 0)
	lp := rt.list
	if lp == nil {
		return
	}
	cur := out
	for _, name := range lp.path[:len(lp.path)-1] {
		m, ok := cur[name].(map[string]any)
		if !ok {
			return
		}
		cur = m
	}
	arrName := lp.path[len(lp.path)-1]
	var itemTmpl map[string]any
	if arr, ok := cur[arrName].([]any); ok && len(arr) > 0 {
		itemTmpl, _ = arr[0].(map[string]any)
	}
	list := make([]any, 0, end-start)
	for _, res := range items[start:end] {
		item := map[string]any{}
		if itemTmpl != nil {
			item = copyValue(itemTmpl).(map[string]any)
		}
		overlay(item, lp.item, res.Attrs(), 0)
		list = append(list, item)
	}
	cur[arrName] = list
}

func intParam(attrs map[string]any, key string) (int, bool) {
	switch v := attrs[key].(type) {
	case json.Number:
		n, err := strconv.Atoi(string(v))
		return n, err == nil
	case string:
		n, err := strconv.Atoi(v)
		return n, err == nil
	}
	return 0, false
}

func scalarString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
