package mock

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
)

// This file is the generated behaviour: stateful resources over the response templates
// (docs/MOCK-BEHAVIOUR.md describes it for users).

// listPlan says where a List response holds its items.
type listPlan struct {
	path []string // property names from the top object to the array
	item *node
	tmpl map[string]any // one item as answered before the stored attributes are laid on it
	tags []tagArray     // where an item shows tags
}

// filter is one request parameter of a list operation that selects resources.
type filter struct {
	param string // parameter name as sent
	attr  string // lower-case attribute it compares with; "" for the identifier
	set   bool   // the parameter lists several values, any of which matches
	tags  bool   // the parameter lists tags the resource must have
	// structured: the parameter lists {"Key": attribute, "Values": [...]} conditions
	// (KMS ListSecrets Filters).
	structured bool
}

// statePlan is what a state verb does: set the status attribute to a value.
type statePlan struct {
	attr  string
	value string
}

// childPlan is what an add/remove operation changes: entries of a list attribute.
type childPlan struct {
	attr   string            // lower-case name of the list attribute ("permission")
	fields map[string]string // request parameter (lower case) → entry field name
	// list: a parameter carrying several entries ("Permissions.N.*"); its item fields by
	// lower-case name map to entry fields as well.
	list   string
	listOf map[string]string
}

// finishResources precompiles, for the routes of one spec, what each verb needs: plans,
// error answers, and templates that show only what the service generates.
func finishResources(routes []*route, stateless bool) {
	inferTagRoutes(routes)
	for _, rt := range routes { // lists first: state and child plans read their items
		if rt.res.kind != nil && rt.res.verb == verbList {
			rt.finishResource()
		}
	}
	for _, rt := range routes {
		if rt.res.kind == nil || rt.res.verb != verbList {
			rt.finishResource()
		}
	}
	inferErrors(routes)
	inferRefs(routes)
	if stateless {
		return
	}
	for _, rt := range routes {
		if k := rt.res.kind; k != nil && !k.open && !(rt.res.byPath && rt.res.verb != verbUpdate) {
			// open kinds: nobody knows what was set; routes placed by path alone do not
			// answer the resource
			rt.blankTemplate(k)
		}
	}
}

// finishResource precompiles what the route's verb needs.
func (rt *route) finishResource() {
	k := rt.res.kind
	if k == nil {
		return
	}
	kindLow := strings.ToLower(k.name)
	rt.tagArrays = findTagArrays(rt.resp, nil, "", 0)
	switch rt.res.verb {
	case verbList:
		rt.list = findList(rt.resp, rt.tmpl, kindLow)
		if rt.list != nil {
			rt.list.tags = findTagArrays(rt.list.item, nil, "", 0)
		}
		rt.filters = listFilters(rt, k)
	case verbCreate:
		rt.idPrefix = kindLow + "-"
		if v, ok := findField(rt.tmpl, rt.resp, k.idParam, 0); ok {
			if s, ok := v.(string); ok {
				if i := strings.LastIndexAny(s, "_-"); i > 0 && i < 24 {
					rt.idPrefix, rt.idPrefixDoc = s[:i+1], true
				}
			}
		}
	case verbState:
		rt.state = statePlanOf(rt, k)
	case verbAdd, verbRemove:
		rt.child = childPlanOf(rt, k)
		if rt.child != nil {
			k.settable[rt.child.attr] = true
		}
	}
}

// blankTemplate removes from the route's template (and its list item) what a caller can
// set: an answer shows such a field only when the resource has it. Lists become empty.
// Required fields keep their documented value so that answers stay valid.
func (rt *route) blankTemplate(k *kind) {
	if rt.tmpl != nil {
		blank(rt.tmpl, rt.resp, k, 0)
		showTags(rt.tmpl, rt.tagArrays, nil)
	}
	if lp := rt.list; lp != nil && rt.tmpl != nil {
		cur := rt.tmpl
		for _, name := range lp.path[:len(lp.path)-1] {
			if cur, _ = cur[name].(map[string]any); cur == nil {
				return
			}
		}
		if arr, ok := cur[lp.path[len(lp.path)-1]].([]any); ok && len(arr) > 0 {
			if item, ok := arr[0].(map[string]any); ok {
				lp.tmpl = copyValue(item).(map[string]any)
				blank(lp.tmpl, lp.item, k, 0)
				showTags(lp.tmpl, lp.tags, nil)
			}
		}
	}
}

func blank(out map[string]any, n *node, k *kind, depth int) {
	if n == nil || depth > 4 {
		return
	}
	for _, p := range n.props {
		switch {
		case p.n.typ == "object":
			if child, ok := out[p.name].(map[string]any); ok {
				blank(child, p.n, k, depth+1)
			}
		case k.settable[p.low] && !slices.Contains(n.k.Required, p.name):
			if p.n.typ == "array" {
				out[p.name] = []any{}
			} else {
				delete(out, p.name)
			}
		}
	}
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

// listFilters are the parameters of a list route that select stored resources: the
// identifier (one or a list), and any parameter named like an attribute the kind stores.
func listFilters(rt *route, k *kind) []filter {
	known := map[string]bool{}
	for a := range k.settable {
		known[a] = true
	}
	if k.create != nil {
		for _, p := range scalarProps(k.create.resp, 0) {
			known[p] = true
		}
	}
	for _, r := range k.routes {
		if r.res.verb == verbState {
			if sp := statePlanOf(r, k); sp != nil {
				known[sp.attr] = true
			}
		}
	}
	var out []filter
	for _, p := range rt.params {
		if notSettable[p.low] || contains(k.parents, p.low) {
			continue
		}
		switch {
		case p.low == "tag" || p.low == "tags":
			out = append(out, filter{param: p.name, tags: true})
		case (p.low == "filters" || p.low == "filter") && !known[p.low]:
			out = append(out, filter{param: p.name, structured: true})
		case p.low == k.idParam:
			out = append(out, filter{param: p.name, set: p.n.typ == "array"})
		case p.low == k.idParam+"s":
			out = append(out, filter{param: p.name, set: true})
		case known[p.low]:
			out = append(out, filter{param: p.name, attr: p.low, set: p.n.typ == "array" && p.n.items != nil && p.n.items.typ != "object"})
		case strings.HasSuffix(p.low, "s") && known[strings.TrimSuffix(p.low, "s")]:
			out = append(out, filter{param: p.name, attr: strings.TrimSuffix(p.low, "s"), set: true})
		}
	}
	return out
}

// scalarProps lists the lower-case names of scalar properties reachable through objects.
func scalarProps(n *node, depth int) []string {
	if n == nil || depth > 3 {
		return nil
	}
	var out []string
	for _, p := range n.props {
		switch p.n.typ {
		case "object":
			out = append(out, scalarProps(p.n, depth+1)...)
		case "array":
		default:
			if p.low != "requestid" {
				out = append(out, p.low)
			}
		}
	}
	return out
}

// stateWords are the status values a state verb sets, most likely first; the first that
// the status field documents wins.
var stateWords = map[string][]string{
	"Enable":     {"Enabled", "Enable", "Active", "Available", "Normal", "On"},
	"Disable":    {"Disabled", "Disable", "Inactive", "Unavailable", "Off"},
	"Start":      {"Running", "Started", "Start", "Active"},
	"Stop":       {"Stopped", "Stop", "Inactive"},
	"Attach":     {"Attached", "InUse", "In_use", "Bound", "Bind"},
	"Detach":     {"Detached", "Available", "Unbound"},
	"Activate":   {"Active", "Activated", "Enabled"},
	"Deactivate": {"Inactive", "Deactivated", "Disabled"},
}

// statePlanOf finds the kind's status attribute (a string field named <kind>Status,
// <kind>State, Status, State or *Status/*State in what the kind's operations answer) and
// the value the verb sets: the documented enum value that fits the verb, else the verb's
// word styled like the documented example ("Enabled" → "Disabled"); nil when the kind has
// no status or the enum has no fitting value.
func statePlanOf(rt *route, k *kind) *statePlan {
	words := stateWords[rt.res.prefix]
	if len(words) == 0 {
		return nil
	}
	lk := strings.ToLower(k.name)
	var best *propNode
	var bestTmpl map[string]any
	bestScore := 0
	for _, r := range k.routes {
		if r.res.part || r.res.verb == verbDelete || r.res.verb == verbList && r.list == nil {
			continue
		}
		n := r.resp
		if r.res.verb == verbList {
			n = r.list.item
		}
		walkProps(n, 0, func(p *propNode) {
			if p.n.typ != "string" && p.n.typ != "" {
				return
			}
			s := 0
			switch {
			case p.low == lk+"status" || p.low == lk+"state":
				s = 4
			case p.low == "status" || p.low == "state":
				s = 3
			case strings.HasSuffix(p.low, "status") || strings.HasSuffix(p.low, "state"):
				s = 1
			}
			if s > bestScore {
				best, bestScore, bestTmpl = p, s, r.tmpl
			}
		})
	}
	if best == nil {
		return nil
	}
	norm := func(s string) string {
		return strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToLower(s))
	}
	if enum := best.n.s.Enum; len(enum) > 0 {
		for _, w := range words {
			for _, e := range enum {
				if norm(e.Value) == norm(w) {
					return &statePlan{attr: best.low, value: e.Value}
				}
			}
		}
		return nil
	}
	v := words[0]
	if ex, _ := findValue(bestTmpl, best.low, 0).(string); ex != "" {
		switch {
		case ex == strings.ToLower(ex):
			v = strings.ToLower(v)
		case ex == strings.ToUpper(ex):
			v = strings.ToUpper(v)
		}
	}
	return &statePlan{attr: best.low, value: v}
}

// walkProps calls f on every property reachable through objects (to depth 3).
func walkProps(n *node, depth int, f func(*propNode)) {
	if n == nil || depth > 3 {
		return
	}
	for _, p := range n.props {
		f(p)
		if p.n.typ == "object" {
			walkProps(p.n, depth+1, f)
		}
	}
}

// findValue finds the value of a key (lower case) in a decoded template, through objects.
func findValue(m map[string]any, low string, depth int) any {
	if m == nil || depth > 3 {
		return nil
	}
	for k, v := range m {
		if strings.ToLower(k) == low {
			return v
		}
	}
	for _, v := range m {
		if c, ok := v.(map[string]any); ok {
			if f := findValue(c, low, depth+1); f != nil {
				return f
			}
		}
	}
	return nil
}

// childPlanOf finds the list attribute an add/remove route changes: the array of objects,
// in what the kind's reads answer, whose item fields best match the route's parameters.
func childPlanOf(rt *route, k *kind) *childPlan {
	var best *childPlan
	bestN := 0
	for _, r := range k.routes {
		if r.res.verb != verbGet && r.res.verb != verbList || r.res.part {
			continue
		}
		n := r.resp
		if r.res.verb == verbList && r.list != nil {
			n = r.list.item
		}
		walkProps(n, 0, func(p *propNode) {
			if p.n.typ != "array" || p.n.items == nil || p.n.items.typ != "object" {
				return
			}
			cp := &childPlan{attr: p.low, fields: map[string]string{}}
			for _, q := range rt.params {
				if q.low == k.idParam || contains(k.parents, q.low) || notSettable[q.low] {
					continue
				}
				if ip := p.n.items.prop(q.low); ip != nil {
					cp.fields[q.low] = ip.name
				} else if q.n.typ == "array" && q.n.items != nil && q.n.items.typ == "object" {
					m := map[string]string{}
					for _, f := range q.n.items.props {
						if ip := p.n.items.prop(f.low); ip != nil {
							m[f.low] = ip.name
						}
					}
					if len(m) > len(cp.listOf) {
						cp.list, cp.listOf = q.name, m
					}
				}
			}
			if n := max(len(cp.fields), len(cp.listOf)); n > bestN {
				best, bestN = cp, n
			}
		})
	}
	return best
}

// behave computes the generated answer of a call.
func (s *Server) behave(rt *route, c *Call) (any, error) {
	if c.srv == nil { // a Call made outside ServeHTTP (tests)
		c.srv, c.rt = s, rt
	}
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
	if s.cfg.stateless {
		return out, nil
	}
	if k == nil {
		if rt.tags != nil {
			return s.tagCall(rt, c, out)
		}
		return out, nil
	}
	sc, parent, id := rt.locate(c, attrs)
	if id == "" && rt.res.verb != verbCreate && rt.res.verb != verbList {
		id = s.byAlias(sc, parent, k, attrs)
		if id == "" && rt.res.batch == "" {
			for _, a := range k.aliases {
				if v := scalarString(attrs[a]); v != "" {
					return nil, rt.withID(rt.notFound, k, v, "does not exist")
				}
			}
			// the identifier is optional here and not given (DescribeInstanceHistoryEvents
			// without InstanceId): nothing to address
			return out, nil
		}
	}
	if k.open {
		return s.behaveOpen(rt, c, out, attrs, sc, parent, id)
	}
	switch rt.res.verb {
	case verbCreate:
		if id == "" {
			id = rt.idPrefix + s.ids.word(20)
			attrs[k.idParam] = id
		}
		for _, a := range k.aliases {
			if v := scalarString(attrs[a]); v != "" && s.byAlias(sc, parent, k, map[string]any{a: v}) != "" {
				return nil, rt.withID(rt.exists, k, v, "already exists")
			}
		}
		if !setField(out, rt.resp, k.idParam, id, 0) {
			setField(out, rt.resp, strings.ToLower(k.name)+"id", id, 0)
		}
		if !s.cfg.noRefs {
			if err := s.checkRefs(rt, c, attrs); err != nil {
				return nil, err
			}
		}
		storeTags(attrs)
		overlay(out, rt.resp, attrs, 0)
		harvest(out, rt.resp, attrs, k, 0)
		showTags(out, rt.tagArrays, attrs)
		if !s.store.put(sc, newResource(parent, id, attrs)) {
			return nil, rt.withID(rt.exists, k, id, "already exists")
		}
	case verbGet, verbAction:
		for _, one := range rt.ids(c, id) {
			res, ok := s.store.get(sc, parent, one)
			if !ok {
				return nil, rt.withID(rt.notFound, k, one, "does not exist")
			}
			if !rt.res.byPath { // GET .../{InstanceId}/nodes answers nodes, not the instance
				rt.show(out, res.Attrs())
			}
		}
	case verbState:
		for _, one := range rt.ids(c, id) {
			res, e := s.store.modify(sc, parent, one, func(old map[string]any) (map[string]any, *Error) {
				if rt.state == nil {
					return nil, nil
				}
				if cur, _ := old[rt.state.attr].(string); cur == rt.state.value && rt.badState != nil {
					return nil, rt.withID(rt.badState, k, one, "is already "+cur)
				}
				return map[string]any{rt.state.attr: rt.state.value}, nil
			})
			if e != nil {
				return nil, e
			}
			if res == nil {
				return nil, rt.withID(rt.notFound, k, one, "does not exist")
			}
			rt.show(out, res.Attrs())
		}
	case verbUpdate:
		upd, newID := updates(k, attrs)
		res, ok := s.store.update(sc, parent, id, upd)
		if !ok {
			return nil, rt.withID(rt.notFound, k, id, "does not exist")
		}
		if newID != "" && newID != id {
			if !s.store.rename(sc, parent, id, newID, k.idParam) {
				return nil, rt.withID(rt.exists, k, newID, "already exists")
			}
			res, _ = s.store.get(sc, parent, newID)
		}
		rt.show(out, res.Attrs())
	case verbAdd, verbRemove:
		res, e := s.store.modify(sc, parent, id, func(old map[string]any) (map[string]any, *Error) {
			if rt.child == nil {
				return nil, nil
			}
			return map[string]any{rt.child.attr: rt.child.apply(old[rt.child.attr], attrs, rt.res.verb == verbAdd)}, nil
		})
		if e != nil {
			return nil, e
		}
		if res == nil {
			return nil, rt.withID(rt.notFound, k, id, "does not exist")
		}
	case verbDelete:
		ids := rt.ids(c, id)
		for _, one := range ids { // all or nothing
			if _, ok := s.store.get(sc, parent, one); !ok {
				return nil, rt.withID(rt.notFound, k, one, "does not exist")
			}
		}
		if !s.cfg.noRefs && len(rt.blockers) > 0 && !rt.forced(attrs) {
			for _, one := range ids {
				if e, d, did := s.blockedBy(rt, c, one); e != nil {
					return nil, dependencyMessage(e, k, one, d, did)
				}
			}
		}
		for _, one := range ids {
			s.store.delete(sc, parent, one)
		}
	case verbList:
		items := s.store.list(sc, parent)
		if len(rt.filters) > 0 {
			kept := items[:0]
			for _, r := range items {
				if rt.selects(c, r) {
					kept = append(kept, r)
				}
			}
			items = kept
		}
		fillList(out, rt, items, attrs)
	}
	return out, nil
}

// updates are the attributes an update call sets, and the new identifier it gives.
func updates(k *kind, attrs map[string]any) (map[string]any, string) {
	upd := make(map[string]any, len(attrs))
	newID := ""
	for key, v := range attrs {
		if key == k.idParam || key == "clienttoken" || contains(k.parents, key) || notSettable[key] || contains(k.aliases, key) {
			continue // these name the resource
		}
		a := settableName(key)
		switch {
		case a == k.idParam:
			newID = scalarString(v)
		case a != key:
			upd[a] = v // NewDisplayName sets DisplayName, whatever else the call gives
		default:
			if _, set := upd[a]; !set {
				upd[a] = v
			}
		}
	}
	return upd, newID
}

// behaveOpen answers for an open kind (no create): a resource the mock never saw reads as
// documented; updates and state verbs store what they set; a deleted one is gone; lists
// answer as documented.
func (s *Server) behaveOpen(rt *route, c *Call, out, attrs map[string]any, sc scope, parent []string, id string) (any, error) {
	k := rt.res.kind
	if rt.res.verb == verbList || rt.res.verb == verbCreate {
		return out, nil
	}
	ids := rt.ids(c, id)
	for _, one := range ids {
		if s.store.isGone(sc, parent, one) {
			return nil, rt.withID(rt.notFound, k, one, "does not exist")
		}
	}
	for _, one := range ids {
		switch rt.res.verb {
		case verbDelete:
			s.store.delete(sc, parent, one)
			s.store.markGone(sc, parent, one)
		case verbUpdate, verbState:
			var upd map[string]any
			if rt.res.verb == verbState {
				if rt.state == nil {
					continue
				}
				upd = map[string]any{rt.state.attr: rt.state.value}
			} else {
				upd, _ = updates(k, attrs) // an open kind is not renamed
			}
			s.store.put(sc, newResource(parent, one, map[string]any{k.idParam: one})) // first sight
			if res, ok := s.store.update(sc, parent, one, upd); ok {
				rt.show(out, res.Attrs())
			}
		default:
			if res, ok := s.store.get(sc, parent, one); ok {
				rt.show(out, res.Attrs())
			}
		}
	}
	return out, nil
}

// byAlias finds the identifier of the resource whose alias attribute has the value the
// call gives ("" when none does).
func (s *Server) byAlias(sc scope, parent []string, k *kind, attrs map[string]any) string {
	for _, a := range k.aliases {
		v := scalarString(attrs[a])
		if v == "" {
			continue
		}
		for _, r := range s.store.list(sc, parent) {
			if scalarString(r.Attrs()[a]) == v {
				return r.id()
			}
		}
		return ""
	}
	return ""
}

// show lays a resource's attributes on an answer.
func (rt *route) show(out map[string]any, attrs map[string]any) {
	overlay(out, rt.resp, attrs, 0)
	if len(rt.tagArrays) > 0 {
		showTags(out, rt.tagArrays, attrs)
	}
}

// harvest keeps, in a new resource's attributes, what its create answer generated
// (scalar fields through objects, not what a caller could have set), so that reads answer
// the same Arn, fingerprint or creation time.
func harvest(out map[string]any, n *node, attrs map[string]any, k *kind, depth int) {
	if n == nil || depth > 3 {
		return
	}
	for _, p := range n.props {
		v, ok := out[p.name]
		if !ok {
			continue
		}
		switch p.n.typ {
		case "object":
			if m, ok := v.(map[string]any); ok {
				harvest(m, p.n, attrs, k, depth+1)
			}
		case "array":
		default:
			if _, have := attrs[p.low]; !have && !k.settable[p.low] && p.low != "requestid" {
				attrs[p.low] = v
			}
		}
	}
}

// ids are the identifiers a call addresses: its batch parameter's (a list, a JSON array
// or comma-separated text) or the one it names.
func (rt *route) ids(c *Call, id string) []string {
	if rt.res.batch == "" {
		return []string{id}
	}
	p := rt.param(rt.res.batch)
	return idList(c.Params[p.name])
}

func idList(v any) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if s := scalarString(e); s != "" {
				out = append(out, s)
			}
		}
	case string:
		t := strings.TrimSpace(x)
		if strings.HasPrefix(t, "[") {
			if d, ok := decodeJSONValue(t); ok {
				return idList(d)
			}
		}
		for part := range strings.SplitSeq(t, ",") {
			if s := strings.TrimSpace(part); s != "" {
				out = append(out, s)
			}
		}
	default:
		if s := scalarString(v); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// selects reports whether a stored resource passes every filter the call gives.
func (rt *route) selects(c *Call, r resource) bool {
	var attrs map[string]any
	for _, f := range rt.filters {
		v, ok := c.Params[f.param]
		if !ok {
			continue
		}
		if f.structured {
			if attrs == nil {
				attrs = r.Attrs()
			}
			if !rt.matchesConditions(v, r.id(), attrs) {
				return false
			}
			continue
		}
		if f.tags {
			want, ok := tagList(v)
			if !ok || len(want) == 0 {
				continue
			}
			if attrs == nil {
				attrs = r.Attrs()
			}
			if !hasTags(attrs[tagsAttr], want) {
				return false
			}
			continue
		}
		var have any
		if f.attr == "" {
			have = r.id()
		} else {
			if attrs == nil {
				attrs = r.Attrs()
			}
			have = attrs[f.attr]
		}
		want := []string{scalarString(v)}
		if f.set {
			want = idList(v)
			if len(want) == 0 {
				continue
			}
		} else if want[0] == "" {
			continue
		}
		hs := scalarString(have)
		if !slices.ContainsFunc(want, func(w string) bool { return valueMatches(hs, w) }) {
			return false
		}
	}
	return true
}

// matchesConditions applies structured filters, a list of {"Key": name, "Values": [...]}
// (or Name/Value) objects or its JSON text: every condition must hold, a condition holds
// when the attribute (or the identifier) matches one of its values. A condition on an
// attribute the kind does not store is ignored.
func (rt *route) matchesConditions(v any, id string, attrs map[string]any) bool {
	if s, isText := v.(string); isText {
		d, ok := decodeJSONValue(strings.TrimSpace(s))
		if !ok {
			return true
		}
		v = d
	}
	conds, _ := v.([]any)
	k := rt.res.kind
	for _, c := range conds {
		m, _ := c.(map[string]any)
		var key string
		var values []string
		for name, x := range m {
			switch strings.ToLower(name) {
			case "key", "name":
				key = strings.ToLower(scalarString(x))
			case "values", "value":
				values = idList(x)
			}
		}
		if key == "" || len(values) == 0 {
			continue
		}
		have := ""
		switch {
		case key == k.idParam:
			have = id
		case k.settable[key] || attrs[key] != nil:
			have = scalarString(attrs[key])
		default:
			continue
		}
		if !slices.ContainsFunc(values, func(w string) bool { return valueMatches(have, w) }) {
			return false
		}
	}
	return true
}

// valueMatches compares a stored value with a filter value; "*" in the filter matches any
// run of characters ("*Finance*").
func valueMatches(have, want string) bool {
	if strings.Contains(want, "*") {
		ok, err := path.Match(strings.NewReplacer("[", "\\[", "?", "\\?", "\\", "\\\\").Replace(want), have)
		return err == nil && ok
	}
	return have == want
}

// apply adds the call's entry (or entries) to a list attribute, or removes the entries
// that match every field the call gives.
func (cp *childPlan) apply(old any, attrs map[string]any, add bool) []any {
	list, _ := old.([]any)
	var entries []map[string]any
	one := map[string]any{}
	for q, f := range cp.fields {
		if v, ok := attrs[q]; ok {
			one[f] = v
		}
	}
	if len(one) > 0 {
		entries = append(entries, one)
	}
	if cp.list != "" {
		items, _ := attrs[strings.ToLower(cp.list)].([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			e := map[string]any{}
			for k, v := range m {
				if f, ok := cp.listOf[strings.ToLower(k)]; ok {
					e[f] = v
				}
			}
			if len(e) > 0 {
				entries = append(entries, e)
			}
		}
	}
	out := make([]any, 0, len(list)+len(entries))
	if add {
		out = append(out, list...)
		for _, e := range entries {
			if !slices.ContainsFunc(out, func(x any) bool { return entryMatches(x, e) && entryMatches(e, x) }) {
				out = append(out, e)
			}
		}
		return out
	}
	for _, x := range list {
		if !slices.ContainsFunc(entries, func(e map[string]any) bool { return entryMatches(x, e) }) {
			out = append(out, x)
		}
	}
	return out
}

// entryMatches: every field of want that have has is equal (as text, case-insensitive),
// and at least one is.
func entryMatches(have any, want any) bool {
	h, _ := have.(map[string]any)
	w, _ := want.(map[string]any)
	if h == nil || w == nil {
		return false
	}
	n := 0
	for k, wv := range w {
		hv, ok := h[k]
		if !ok {
			continue
		}
		if !strings.EqualFold(scalarString(hv), scalarString(wv)) {
			return false
		}
		n++
	}
	return n > 0
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
	if msg == "" || strings.Contains(msg, "%s") {
		msg = fmt.Sprintf("The specified %s %q %s.", k.name, id, what)
	} else {
		msg = fmt.Sprintf("%s (%s %q)", strings.TrimRight(msg, " "), k.idName, id)
	}
	return &Error{Status: e.Status, Code: e.Code, Message: msg}
}

// fillList replaces the list array with the stored resources (a page of them when the
// request asks for one) and sets the total, page and next-token fields.
func fillList(out map[string]any, rt *route, items []resource, attrs map[string]any) {
	total := len(items)
	start, size := 0, total
	page := 1
	var token string // the next page's token, by whichever scheme the call uses
	if n, ok := intParam(attrs, "maxresults"); ok && n > 0 {
		size = n
		if t, ok := intParam(attrs, "nexttoken"); ok && t > 0 {
			start = t
		}
	} else if n, ok := intParam(attrs, "maxitems"); ok && n > 0 {
		size = n
		if t, ok := intParam(attrs, "marker"); ok && t > 0 {
			start = t
		}
	} else if n, ok := intParam(attrs, "pagesize"); ok && n > 0 {
		size = n
		if p, ok := intParam(attrs, "pagenumber"); ok && p > 1 {
			start = (p - 1) * n
			page = p
		}
	} else if n, ok := intParam(attrs, "size"); ok && n > 0 && rt.param("page") != nil { // Elasticsearch
		size = n
		if p, ok := intParam(attrs, "page"); ok && p > 1 {
			start = (p - 1) * n
			page = p
		}
	}
	start = min(start, total)
	end := min(start+size, total)
	if end < total {
		token = strconv.Itoa(end)
	}
	num := func(n int) json.Number { return json.Number(strconv.Itoa(n)) }
	setField(out, rt.resp, "totalcount", num(total), 0)
	setField(out, rt.resp, "total", num(total), 0)
	setField(out, rt.resp, "x-total-count", num(total), 0) // Elasticsearch: Headers.X-Total-Count
	setField(out, rt.resp, "pagenumber", num(page), 0)
	setField(out, rt.resp, "pagesize", num(max(size, 1)), 0)
	setField(out, rt.resp, "maxresults", num(max(size, 1)), 0)
	setField(out, rt.resp, "nexttoken", token, 0)
	setField(out, rt.resp, "marker", token, 0)
	setField(out, rt.resp, "istruncated", token != "", 0)
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
	itemTmpl := lp.tmpl
	if itemTmpl == nil {
		if arr, ok := cur[arrName].([]any); ok && len(arr) > 0 {
			itemTmpl, _ = arr[0].(map[string]any)
		}
	}
	list := make([]any, 0, end-start)
	for _, res := range items[start:end] {
		item := map[string]any{}
		if itemTmpl != nil {
			item = copyValue(itemTmpl).(map[string]any)
		}
		attrs := res.Attrs()
		overlay(item, lp.item, attrs, 0)
		if len(lp.tags) > 0 {
			showTags(item, lp.tags, attrs)
		}
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
