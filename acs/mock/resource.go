package mock

import (
	"slices"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// This file infers, once per spec, the resources the operations share (docs/MOCK-BEHAVIOUR.md
// says how, for users): the kind and verb from the operation name, the identifier (an ID or
// a name) from what the operations addressing one resource take, the parent parameters that
// scope it, and the batch parameter of operations that address several at once.

// verb is what an operation does to its kind.
type verb int

const (
	verbNone verb = iota
	verbCreate
	verbGet
	verbList
	verbUpdate
	verbDelete
	verbState  // Enable*/Disable*/Start*/Stop*/Attach*/Detach*: sets the status attribute
	verbAction // Restart*/Reboot*: needs the resource to exist, changes nothing
	verbAdd    // Authorize*, Add*To*: adds an entry to a list attribute of the resource
	verbRemove // Revoke*, Remove*From*: removes entries from it
)

// verbPrefixes are the operation-name prefixes, longest alternatives first where one is a
// prefix of another (Deregister before a future De...).
var verbPrefixes = []struct {
	prefix string
	v      verb
}{
	{"Create", verbCreate},
	{"Import", verbCreate},
	{"Allocate", verbCreate},
	{"Register", verbCreate},
	{"Add", verbCreate}, // Add<A>To<B> is verbAdd, see splitOpName
	{"Get", verbGet},
	{"Describe", verbGet}, // becomes verbList when it addresses no single resource
	{"Query", verbGet},
	{"List", verbList},
	{"Update", verbUpdate},
	{"Modify", verbUpdate},
	{"Patch", verbUpdate},
	{"Put", verbUpdate},
	{"Set", verbUpdate},
	{"Delete", verbDelete},
	{"Release", verbDelete},
	{"Remove", verbDelete}, // Remove<A>From<B> is verbRemove
	{"Deregister", verbDelete},
	{"Enable", verbState},
	{"Disable", verbState},
	{"Start", verbState},
	{"Stop", verbState},
	{"Attach", verbState},
	{"Detach", verbState},
	{"Activate", verbState},
	{"Deactivate", verbState},
	{"Restart", verbAction},
	{"Reboot", verbAction},
	{"Authorize", verbAdd},
	{"Revoke", verbRemove},
}

// opName is an operation name read as verb and kind.
type opName struct {
	verb   verb
	prefix string // "Disable"
	kind   string // "Key", possibly plural or with a suffix ("KeyPairs", "SecurityGroupAttribute")
}

// splitOpName splits "CreateInstanceAccount" into (verbCreate, "InstanceAccount");
// Attribute(s) suffixes are dropped; Add<A>To<B> and Remove<A>From<B> address B.
func splitOpName(name string) opName {
	name = upperFirst(name) // Elasticsearch documents "createInstance"
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(name, p.prefix)
		if !ok || rest == "" || !(rest[0] >= 'A' && rest[0] <= 'Z') {
			continue
		}
		for _, suf := range []string{"Attributes", "Attribute"} {
			if r, ok := strings.CutSuffix(rest, suf); ok && r != "" {
				rest = r
			}
		}
		v := p.v
		words := camelWords(rest)
		for i := 1; i < len(words)-1; i++ {
			if p.prefix == "Add" && words[i] == "To" || p.prefix == "Remove" && words[i] == "From" {
				rest = strings.Join(words[i+1:], "")
				v = verbAdd
				if p.prefix == "Remove" {
					v = verbRemove
				}
				break
			}
		}
		return opName{v, p.prefix, rest}
	}
	return opName{}
}

func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 3:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"):
		// Addresses, Boxes, VSwitches, Meshes
		return s[:len(s)-2]
	case strings.HasSuffix(s, "ss"):
		return s
	case strings.HasSuffix(s, "s") && len(s) > 1:
		return s[:len(s)-1]
	}
	return s
}

// kind is one resource type of a spec.
type kind struct {
	name    string // "InstanceAccount"
	idParam string // lower-case name of the parameter addressing one resource ("username")
	idName  string // that parameter as documented ("UserName")
	// named: the caller chooses the identifier (a create operation takes it), so a second
	// create with it is a conflict; otherwise the mock generates it.
	named bool
	// open: no operation creates the kind (its resources are made elsewhere), but some
	// update or delete it: an unknown resource reads as documented, updates store what
	// they set, a deleted one is gone, and lists answer as documented.
	open bool
	// aliases are other identifiers callers may give instead (lower case): required
	// create parameters that the operations addressing one resource take as an
	// alternative to an optional identifier (IMS GetUser: UserId or UserPrincipalName).
	aliases []string
	// parents are lower-case parameter names scoping the resource (its instance, say).
	parents []string
	create  *route
	routes  []*route // every route addressing the kind
	// settable are the lower-case names of what callers can set (parameters of create,
	// update and add operations): answers show them only when they were set.
	settable map[string]bool
	// dependants are the kinds whose resources refer to this kind's (resource_refs.go).
	dependants []dependant
}

// opResource links a route to its kind.
type opResource struct {
	verb   verb
	prefix string // the verb as named ("Disable")
	kind   *kind
	// batch is the lower-case name of a parameter listing several identifiers
	// ("keypairnames", "instanceid" typed as a list), "" when the route takes one.
	batch string
	// part: the route addresses a part of the kind (UpdateInstanceDescription, GetSecretValue).
	part bool
	// byPath: an ROA route placed by its path alone (POST /instances/{InstanceId}/actions/renew
	// under GET /instances/{InstanceId}): the resource must exist; an update changes and
	// answers it like any update, other verbs answer their own template untouched.
	byPath bool
}

// pathParams lists the {name} segments of an ROA path in order.
func pathParams(path string) []string {
	var out []string
	for seg := range strings.SplitSeq(path, "/") {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			out = append(out, seg[1:len(seg)-1])
		}
	}
	return out
}

// idScore says how well a lower-case parameter name fits as the identifier of a kind
// (lower-case): <kind>id, <kind>name, a *id or *name whose stem ends the kind name
// ("AccountId" for InstanceAccount), then id and name; 0 when it does not fit.
func idScore(ln, lk string) int {
	switch {
	case ln == lk+"id":
		return 60
	case ln == lk+"name":
		return 50
	}
	for _, suf := range []string{"id", "name"} {
		if stem, ok := strings.CutSuffix(ln, suf); ok && stem != "" && strings.HasSuffix(lk, stem) {
			s := 20 + len(stem)
			if suf == "id" {
				s += 10
			}
			return min(s, 49)
		}
	}
	switch ln {
	case "id":
		return 2
	case "name":
		return 1
	}
	return 0
}

// idCandidates scores the parameters of a route that may identify the kind (a plural
// counts for its singular); ROA routes: the last path parameter.
func idCandidates(rt *route, lk string) map[string]int {
	out := map[string]int{}
	if rt.style == opspec.ROA || strings.Contains(rt.op.Path, "{") {
		if ps := pathParams(rt.op.Path); len(ps) > 0 && strings.HasSuffix(strings.TrimSuffix(rt.op.Path, "/"), "}") {
			out[strings.ToLower(ps[len(ps)-1])] = 100
			return out
		}
	}
	for _, p := range rt.params {
		if s := idScore(p.low, lk); s > 0 {
			out[p.low] = max(out[p.low], s)
		} else if one, ok := strings.CutSuffix(p.low, "s"); ok {
			if s := idScore(one, lk); s > 0 {
				out[one] = max(out[one], s)
			}
		}
	}
	return out
}

// batchParam is the parameter of rt listing several identifiers of the kind: the
// identifier itself typed as a list ("InstanceId.N"), or its plural ("KeyPairNames",
// "InstanceIds": a JSON array or comma-separated text).
func batchParam(rt *route, idParam string) string {
	if p := rt.param(idParam); p != nil {
		if p.n.typ == "array" {
			return p.low
		}
		return ""
	}
	if p := rt.param(idParam + "s"); p != nil {
		return p.low
	}
	return ""
}

// scopeParams are the parameters of op that may scope a resource: ROA path parameters,
// and RPC required parameters named *Id.
func scopeParams(op *opspec.Operation) map[string]bool {
	out := map[string]bool{}
	for _, p := range pathParams(op.Path) {
		out[strings.ToLower(p)] = true
	}
	for _, p := range op.Params {
		ln := strings.ToLower(p.Name)
		if p.In == opspec.InPath || p.Required && strings.HasSuffix(ln, "id") && ln != "regionid" {
			out[ln] = true
		}
	}
	return out
}

// notSettable are parameters that never become attributes shown in answers.
var notSettable = map[string]bool{
	"regionid": true, "clienttoken": true, "dryrun": true, "pagenumber": true, "pagesize": true,
	"nexttoken": true, "maxresults": true, "marker": true, "maxitems": true, "acceptlanguage": true, "page": true, "size": true,
	"resourceownerid": true, "resourceowneraccount": true, "ownerid": true, "owneraccount": true,
}

// inferKinds links the routes of one spec to resource kinds. Only kinds with a create-like
// operation are stateful: without one nothing could ever exist.
func inferKinds(routes []*route) {
	type named struct {
		rt *route
		n  opName
	}
	var ops []named
	kinds := map[string]*kind{}
	var kindNames []string
	var unnamed []*route
	for _, rt := range routes {
		n := splitOpName(rt.op.Name)
		if n.verb == verbNone {
			unnamed = append(unnamed, rt)
			continue
		}
		ops = append(ops, named{rt, n})
	}
	mentioned := map[string]bool{}
	for _, o := range ops {
		mentioned[o.n.kind] = true
	}
	for _, o := range ops {
		k := o.n.kind
		if o.n.verb != verbCreate || k == "Tag" || k == "Tags" { // tags: see tags.go
			continue
		}
		// a create of a plural ("AllocateDedicatedHosts") makes the singular's kind when
		// other operations name the singular (ReleaseDedicatedHost)
		if s := singular(k); s != k && mentioned[s] {
			k = s
		}
		if kinds[k] == nil {
			kinds[k] = &kind{name: k}
			kindNames = append(kindNames, k)
		}
	}
	// kinds nobody creates but some operation updates or deletes (Eiam-developerapi users:
	// PatchUser, GetUser) are open kinds
	created := map[string]bool{}
	for k := range kinds {
		created[k] = true
	}
	// the single-resource paths of created kinds (GET /openapi/instances/{InstanceId}):
	// an ROA operation under one (PATCH .../{InstanceId}/description) addresses that
	// resource, whatever its name says
	var resPaths []resPath
	for _, o := range ops {
		k := kinds[o.n.kind]
		if k == nil {
			k = kinds[singular(o.n.kind)]
		}
		switch o.n.verb {
		case verbGet, verbUpdate, verbDelete:
			if k != nil && strings.HasSuffix(strings.TrimSuffix(o.rt.op.Path, "/"), "}") {
				resPaths = append(resPaths, resPath{pathKey(o.rt.op.Path), k})
			}
		}
	}
	for _, o := range ops {
		k := o.n.kind
		if o.n.verb != verbUpdate && o.n.verb != verbDelete || kinds[k] != nil || created[singular(k)] || k == "Tag" || k == "Tags" {
			continue
		}
		words, part := camelWords(k), false
		for i := len(words) - 1; i >= 1 && !part; i-- {
			part = created[strings.Join(words[:i], "")] // UpdateInstanceDescription: a part of Instance
		}
		if !part && underResource(o.rt, resPaths) == nil {
			kinds[k] = &kind{name: k, open: true}
			kindNames = append(kindNames, k)
		}
	}
	sort.Strings(kindNames)
	for _, rt := range unnamed { // RenewInstance, ActivateZones: under an instance's path
		if rp := underResource(rt, resPaths); rp != nil {
			rt.res = opResource{verb: verbAction, kind: rp.kind, part: true, byPath: true}
			rp.kind.routes = append(rp.kind.routes, rt)
		}
	}
	// attach every operation to a kind: its own name, its singular (DescribeKeyPairs,
	// DeleteKeyPairs), or the longest CamelCase prefix that is a kind (GetSecretValue,
	// AuthorizeSecurityGroupEgress) for operations on a part of one.
	for _, o := range ops {
		rt, n := o.rt, o.n
		k := kinds[n.kind]
		plural := false
		if k == nil && n.verb == verbCreate {
			k = kinds[singular(n.kind)] // AllocateDedicatedHosts
		}
		if k == nil {
			if s := singular(n.kind); s != n.kind && kinds[s] != nil {
				k, plural = kinds[s], true
			}
		}
		part := false
		if k == nil && n.verb != verbCreate && n.verb != verbList && n.verb != verbDelete {
			words := camelWords(n.kind)
			for i := len(words) - 1; i >= 1; i-- {
				if pk := kinds[strings.Join(words[:i], "")]; pk != nil && !pk.open {
					k, part = pk, true
					break
				}
			}
		}
		byPath := false
		if k == nil {
			if rp := underResource(rt, resPaths); rp != nil {
				k, part, byPath = rp.kind, true, true
			}
		}
		if k == nil {
			continue
		}
		v := n.verb
		if byPath && v != verbUpdate {
			v = verbAction // only an update changes the resource it is under
		}
		if part && v == verbState {
			v = verbAction // EnableKeyRotation does not enable the key
		}
		if plural && v == verbGet {
			v = verbList
		}
		rt.res = opResource{verb: v, prefix: n.prefix, kind: k, part: part, byPath: byPath}
		k.routes = append(k.routes, rt)
	}
	for _, name := range kindNames {
		k := kinds[name]
		if k == nil {
			continue
		}
		finishKind(k)
	}
	// a route its name places on a kind it cannot address (DELETE
	// /openapi/instances/{InstanceId}/snapshot-repos: DeleteSnapshotRepo without a repo
	// identifier) still addresses the resource its path is under
	for _, o := range ops {
		rt := o.rt
		if rt.res.kind != nil {
			continue
		}
		if rp := underResource(rt, resPaths); rp != nil && rp.kind.idParam != "" && rt.param(rp.kind.idParam) != nil {
			rt.res = opResource{verb: verbAction, prefix: o.n.prefix, kind: rp.kind, part: true, byPath: true}
			rp.kind.routes = append(rp.kind.routes, rt)
		}
	}
}

// resPath is the path of an ROA operation addressing one resource of a kind.
type resPath struct {
	segs []string // lower-case segments ("openapi", "instances", "{instanceid}")
	kind *kind
}

func pathKey(path string) []string {
	return strings.Split(strings.Trim(strings.ToLower(path), "/"), "/")
}

// underResource is the resource path that rt's ROA path extends by at least one segment
// naming no further parameter (the longest when several do), nil when none does:
// DELETE .../{InstanceId}/vpc-endpoints/{EndpointId} addresses an endpoint, not the instance.
func underResource(rt *route, paths []resPath) *resPath {
	if !strings.Contains(rt.op.Path, "{") {
		return nil
	}
	segs := pathKey(rt.op.Path)
	var best *resPath
	for i, rp := range paths {
		if len(rp.segs) < len(segs) && slices.Equal(rp.segs, segs[:len(rp.segs)]) &&
			!strings.Contains(strings.Join(segs[len(rp.segs):], "/"), "{") && (best == nil || len(rp.segs) > len(best.segs)) {
			best = &paths[i]
		}
	}
	return best
}

// finishKind picks the kind's identifier, parents and create route, and settles each
// route's verb: a Get that cannot address one resource is a list, an update or delete that
// cannot is stateless.
func finishKind(k *kind) {
	lk := strings.ToLower(k.name)
	scores := map[string]int{}
	var ref *route
	for _, rt := range k.routes {
		switch rt.res.verb {
		case verbCreate:
			if k.create == nil || rt.op.Name == "Create"+k.name && k.create.op.Name != rt.op.Name {
				k.create = rt
			}
		case verbGet, verbDelete, verbUpdate, verbState, verbAction, verbAdd, verbRemove:
			if rt.res.part {
				continue
			}
			for p, s := range idCandidates(rt, lk) {
				scores[p] += s*10 + 1 // the best name first, then the most operations
			}
			if ref == nil {
				ref = rt
			}
		}
	}
	best := ""
	for p, s := range scores {
		if s > scores[best] || s == scores[best] && p < best {
			best = p
		}
	}
	if best == "" && k.create != nil {
		// no operation addresses one: the create response's identifier, if it has one
		for _, cand := range []string{lk + "id", lk + "name"} {
			if k.create.resp.prop(cand) != nil || findProp(k.create.resp, cand, 0) != nil {
				best = cand
				break
			}
		}
	}
	if best == "" {
		best = lk + "id"
	}
	k.idParam = best
	k.idName = best
	switch best {
	case lk + "id":
		k.idName = k.name + "Id"
	case lk + "name":
		k.idName = k.name + "Name"
	}
	for _, rt := range k.routes {
		if p := rt.param(best); p != nil {
			k.idName = p.name
			break
		}
		if p := findProp(rt.resp, best, 0); p != nil {
			k.idName = p.name
		}
	}
	if k.create != nil {
		if p := k.create.param(best); p != nil && p.req {
			k.named = true
		}
	}
	if k.create != nil && !k.named {
		for _, cp := range k.create.params {
			if !cp.req || cp.low == best || notSettable[cp.low] || cp.n.typ == "array" || cp.n.typ == "object" {
				continue
			}
			alt, n := true, 0
			for _, rt := range k.routes {
				switch rt.res.verb {
				case verbGet, verbDelete, verbUpdate, verbState, verbAction:
					if rt.res.part {
						continue
					}
					id := rt.param(best)
					if id == nil || id.req || rt.param(cp.low) == nil {
						alt = false
					}
					n++
				}
			}
			if alt && n > 0 {
				k.aliases = append(k.aliases, cp.low)
			}
		}
	}
	if ref != nil && k.create != nil {
		cs, rs := scopeParams(k.create.op), scopeParams(ref.op)
		for p := range rs {
			if p != k.idParam && cs[p] {
				k.parents = append(k.parents, p)
			}
		}
		sort.Strings(k.parents)
	}
	if k.open && ref != nil {
		// parents: what every operation addressing one resource takes as a scope
		common := scopeParams(ref.op)
		for _, rt := range k.routes {
			if rt.res.part || rt.res.verb == verbList || rt.param(best) == nil {
				continue
			}
			sc := scopeParams(rt.op)
			for p := range common {
				if !sc[p] {
					delete(common, p)
				}
			}
		}
		for p := range common {
			if p != k.idParam {
				k.parents = append(k.parents, p)
			}
		}
		sort.Strings(k.parents)
	}
	k.settable = map[string]bool{}
	for _, rt := range k.routes {
		if rt.res.verb == verbGet && rt.param(k.idParam) == nil && !rt.res.part {
			rt.res.verb = verbList
		}
		switch rt.res.verb {
		case verbUpdate, verbDelete, verbState, verbAction, verbAdd, verbRemove, verbGet:
			if rt.param(k.idParam) == nil || rt.param(k.idParam).n.typ == "array" {
				rt.res.batch = batchParam(rt, k.idParam)
				if rt.res.batch == "" || rt.res.verb == verbGet || rt.res.verb == verbUpdate || rt.res.verb == verbAdd || rt.res.verb == verbRemove {
					rt.res = opResource{} // cannot address a resource: stateless
					continue
				}
			}
		}
		switch rt.res.verb {
		case verbCreate, verbUpdate, verbAdd:
			for _, p := range rt.params {
				if !notSettable[p.low] && p.low != k.idParam {
					k.settable[settableName(p.low)] = true
				}
			}
		}
	}
	live := k.routes[:0]
	for _, rt := range k.routes {
		if rt.res.kind == k {
			live = append(live, rt)
		}
	}
	k.routes = live
}

// settableName is the attribute a parameter sets: "newdisplayname" (UpdateUser) sets
// "displayname".
func settableName(low string) string {
	if rest, ok := strings.CutPrefix(low, "new"); ok && len(rest) > 2 {
		return rest
	}
	return low
}

// findProp finds a property named low reachable through objects (to depth 3).
func findProp(n *node, low string, depth int) *propNode {
	if n == nil || depth > 3 {
		return nil
	}
	if p := n.prop(low); p != nil {
		return p
	}
	for _, p := range n.props {
		if p.n.typ == "object" {
			if f := findProp(p.n, low, depth+1); f != nil {
				return f
			}
		}
	}
	return nil
}

// camelWords splits "InstanceDescription" into ["Instance", "Description"].
func camelWords(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			out = append(out, s[start:i])
			start = i
		}
	}
	if s != "" {
		out = append(out, s[start:])
	}
	return out
}
