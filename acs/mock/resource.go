package mock

import (
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// This file infers, once per spec, the resources that Create*/Get*/List*/Update*/Delete*
// operations share: the kind from the operation name, the ID parameter from the ops that
// address one resource, the parent parameters that scope it, and the response field that
// carries a new ID.

// verb is what an operation does to its kind.
type verb int

const (
	verbNone verb = iota
	verbCreate
	verbGet
	verbList
	verbUpdate
	verbDelete
	verbAction // Enable*/Disable*/Start*/Stop*...: needs the resource to exist
)

var verbPrefixes = []struct {
	prefix string
	v      verb
}{
	{"Create", verbCreate},
	{"Get", verbGet},
	{"Describe", verbGet}, // becomes verbList below when it addresses no single resource
	{"Query", verbGet},
	{"List", verbList},
	{"Update", verbUpdate},
	{"Modify", verbUpdate},
	{"Patch", verbUpdate},
	{"Set", verbUpdate},
	{"Delete", verbDelete},
	{"Remove", verbDelete},
	{"Enable", verbAction},
	{"Disable", verbAction},
	{"Start", verbAction},
	{"Stop", verbAction},
	{"Restart", verbAction},
}

// splitOpName splits "CreateInstanceAccount" into (verbCreate, "InstanceAccount");
// plural kinds of List/Describe are singularized and Attribute(s) suffixes dropped.
func splitOpName(name string) (verb, string) {
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
		return p.v, rest
	}
	return verbNone, ""
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
	// parents are lower-case parameter names scoping the resource (its instance, say).
	parents []string
	create  *route
}

// opResource links a route to its kind.
type opResource struct {
	verb verb
	kind *kind
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

// idParamOf guesses which parameter of op addresses one resource of kindName: the ROA
// path's last segment when it is a parameter, else <Kind>Id, else a *Id parameter whose
// stem ends the kind name ("AccountId" for InstanceAccount), else "Id".
func idParamOf(op *opspec.Operation, kindName string) string {
	if op.Style == opspec.ROA || strings.Contains(op.Path, "{") {
		segs := strings.Split(strings.TrimSuffix(op.Path, "/"), "/")
		if last := segs[len(segs)-1]; strings.HasPrefix(last, "{") && strings.HasSuffix(last, "}") {
			return strings.ToLower(last[1 : len(last)-1])
		}
	}
	lk := strings.ToLower(kindName)
	best := ""
	for _, p := range op.Params {
		ln := strings.ToLower(p.Name)
		if ln == lk+"id" {
			return ln
		}
		if stem, ok := strings.CutSuffix(ln, "id"); ok && stem != "" && strings.HasSuffix(lk, stem) && len(ln) > len(best) {
			best = ln
		}
	}
	if best != "" {
		return best
	}
	for _, p := range op.Params {
		if strings.EqualFold(p.Name, "id") {
			return "id"
		}
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

// inferKinds links the routes of one spec to resource kinds. Only kinds with a Create
// operation are stateful: without one nothing could ever exist.
func inferKinds(routes []*route) {
	byKind := map[string][]*route{}
	for _, rt := range routes {
		v, k := splitOpName(rt.op.Name)
		if v == verbNone {
			continue
		}
		rt.res.verb = v
		if v == verbList || v == verbGet && strings.HasPrefix(rt.op.Name, "Describe") {
			if s := singular(k); s != k {
				k = s
				rt.res.verb = verbList
			}
		}
		byKind[k] = append(byKind[k], rt)
	}
	kinds := map[string]*kind{}
	names := make([]string, 0, len(byKind))
	for k := range byKind {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		rts := byKind[name]
		var create, ref *route
		for _, rt := range rts {
			switch rt.res.verb {
			case verbCreate:
				if create == nil {
					create = rt
				}
			case verbGet, verbDelete, verbUpdate, verbAction:
				if ref == nil {
					ref = rt
				}
			}
		}
		if create == nil {
			continue // maybe a part of another kind, see below
		}
		k := &kind{name: name, create: create}
		kinds[name] = k
		if ref != nil {
			k.idParam = idParamOf(ref.op, name)
			cs, rs := scopeParams(create.op), scopeParams(ref.op)
			for p := range rs {
				if p != k.idParam && cs[p] {
					k.parents = append(k.parents, p)
				}
			}
			sort.Strings(k.parents)
		}
		if k.idParam == "" {
			k.idParam = strings.ToLower(name) + "id"
		}
		for _, rt := range rts {
			rt.res.kind = k
			// A Get that does not take the ID is a list (DescribeInstances without an ID).
			if rt.res.verb == verbGet && rt.param(k.idParam) == nil {
				rt.res.verb = verbList
			}
			if (rt.res.verb == verbUpdate || rt.res.verb == verbDelete || rt.res.verb == verbAction) && rt.param(k.idParam) == nil {
				rt.res = opResource{} // cannot address a resource: stateless
			}
		}
	}
	// UpdateInstanceDescription, GetInstanceQuota: an op on a part of a stateful kind
	// (the longest CamelCase prefix that is one) addresses that resource, when it takes
	// the kind's ID. Deletes are not attached: DeleteInstanceTag must not delete the instance.
	for _, rt := range routes {
		if rt.res.kind != nil || rt.res.verb == verbNone || rt.res.verb == verbCreate || rt.res.verb == verbDelete || rt.res.verb == verbList {
			continue
		}
		_, k := splitOpName(rt.op.Name)
		words := camelWords(k)
		for i := len(words) - 1; i >= 1; i-- {
			if pk := kinds[strings.Join(words[:i], "")]; pk != nil && rt.param(pk.idParam) != nil {
				rt.res.kind = pk
				break
			}
		}
		if rt.res.kind == nil {
			rt.res = opResource{}
		}
	}
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
