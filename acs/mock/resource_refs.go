package mock

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// This file links kinds through their identifiers (docs/MOCK-BEHAVIOUR.md, References):
// a create parameter named exactly like another created kind's identifier (CreateVSwitch
// VpcId) refers to a resource of that kind, which must exist; a delete of a resource that
// live resources refer to (DeleteVpc with a VSwitch in it) is a dependency error.

// ref is a create parameter naming a resource of another kind.
type ref struct {
	param    string  // lower-case parameter name
	kind     *kind   // the kind referred to (named by the parameter)
	kinds    []*kind // every kind whose identifier the parameter names (kind among them)
	example  string  // the parameter's documented example: accepted without a check
	notFound *Error
}

// dependant is a kind whose resources refer to resources of another through an attribute.
type dependant struct {
	kind     *kind
	attr     string // lower-case attribute (the create parameter) holding the reference
	required bool   // the create requires the reference (a VSwitch is always in a VPC)
}

// blocker is a dependant that blocks a delete route, with the error it answers.
type blocker struct {
	dependant
	err *Error
}

// inferRefs sets the references of create routes and the dependants of kinds. A
// parameter refers to kind K when it is named exactly as K's identifier (<K>Id or
// <K>Name); other kinds whose identifier has that name too (Elasticsearch Logstash:
// InstanceId) are alternatives, and any of them holding the ID satisfies the reference.
// When one of those kinds is open (nobody creates it), nothing is checked.
func inferRefs(routes []*route) {
	byID := map[string][]*kind{}
	named := map[string]*kind{}
	seen := map[*kind]bool{}
	for _, rt := range routes {
		k := rt.res.kind
		if k == nil || seen[k] {
			continue
		}
		seen[k] = true
		byID[k.idParam] = append(byID[k.idParam], k)
		if lk := strings.ToLower(k.name); k.idParam == lk+"id" || k.idParam == lk+"name" {
			named[k.idParam] = k
		}
	}
	for p := range named {
		for _, alt := range byID[p] {
			if alt.open || alt.create == nil {
				delete(named, p) // resources the mock cannot know
				break
			}
		}
	}
	for _, rt := range routes {
		c := rt.res.kind
		if c == nil || c.open || rt.res.verb != verbCreate {
			continue
		}
		for _, p := range rt.params {
			k := named[p.low]
			if k == nil || p.low == c.idParam || p.n.typ == "array" || p.n.typ == "object" || rt.refersTo(p.low) {
				continue
			}
			r := ref{param: p.low, kind: k, kinds: byID[p.low], notFound: refNotFound(rt.op, k)}
			if p.n.s != nil {
				r.example = p.n.s.Example
			}
			if !k.named && k.create != nil && k.create.idPrefixDoc && r.example != "" && !strings.HasPrefix(r.example, k.create.idPrefix) {
				// the documented example is not shaped like the IDs the create answers
				// (CreateInstance ImageId aliyun_2_1903_x64... against CreateImage's m-...):
				// the parameter takes resources made elsewhere (public images), not checked
				continue
			}
			rt.refs = append(rt.refs, r)
			for _, alt := range r.kinds {
				if alt != c && !hasDependant(alt.dependants, c, p.low) {
					alt.dependants = append(alt.dependants, dependant{kind: c, attr: p.low, required: p.req})
				}
			}
		}
	}
	for _, rt := range routes {
		k := rt.res.kind
		if k == nil || k.open || rt.res.verb != verbDelete || rt.res.part {
			continue
		}
		for _, d := range k.dependants {
			if e := dependencyError(rt.op, d); e != nil {
				rt.blockers = append(rt.blockers, blocker{d, e})
			}
		}
	}
}

func (rt *route) refersTo(low string) bool {
	for _, r := range rt.refs {
		if r.param == low {
			return true
		}
	}
	return false
}

func hasDependant(ds []dependant, k *kind, attr string) bool {
	for _, d := range ds {
		if d.kind == k && d.attr == attr {
			return true
		}
	}
	return false
}

// refNotFound is the not-found answer for a reference to kind k in op: a code op
// documents naming k (CreateVSwitch InvalidVpcId.NotFound; one answered with HTTP 404
// before others, as Forbidden.VpcNotFound), else k's own not-found.
func refNotFound(op *opspec.Operation, k *kind) *Error {
	if doc := documentedFor(op, notFoundMarkers, k, http.StatusNotFound, true); doc != nil {
		return doc
	}
	var any *Error
	for _, r := range k.routes {
		if r.notFound == nil || r.res.part {
			continue
		}
		if r.res.verb == verbGet || r.res.verb == verbDelete {
			return r.notFound
		}
		if any == nil {
			any = r.notFound
		}
	}
	if any == nil {
		any = &Error{Status: http.StatusNotFound, Code: "EntityNotExists." + k.name}
	}
	return any
}

// dependencyError is the answer of a delete (op) of a resource that a resource of the
// dependant's kind refers to, nil when that does not block the delete. The operation's
// documentation decides: a dependency code naming the kind (DeleteVpc
// DependencyViolation.VSwitch; a code naming the end of the kind's name counts:
// DependencyViolation.GatewayEndpoint for VpcGatewayEndpoint), else its plain
// DependencyViolation; a delete documenting errors but neither is not blocked (ECS
// DeleteInstance documents DependencyViolation.RouteEntry, not images made from the
// instance). A delete documenting no error at all is blocked by a dependant whose create
// requires the reference (it lives in the resource), with DependencyViolation.<Kind> (400).
func dependencyError(op *opspec.Operation, d dependant) *Error {
	ld := strings.ToLower(d.kind.name)
	var plain *Error
	for _, e := range op.Errors {
		lc := strings.ToLower(e.Code)
		marker := ""
		for _, m := range []string{"dependencyviolation", "dependentresource", "dependency", "dependent"} {
			if strings.Contains(lc, m) {
				marker = m
				break
			}
		}
		if marker == "" {
			continue
		}
		st := e.HTTPStatus
		if st == 0 {
			st = http.StatusBadRequest
		}
		cand := &Error{Status: st, Code: e.Code, Message: e.Message}
		rem := strings.Trim(strings.Replace(lc, marker, "", 1), ".-_")
		switch {
		case rem == "":
			if plain == nil {
				plain = cand
			}
		case rem == ld || rem == ld+"s" || rem == ld+"es" || len(rem) > 2 && strings.HasSuffix(ld, rem):
			return cand
		}
	}
	switch {
	case plain != nil:
		return plain
	case len(op.Errors) == 0 && d.required:
		return &Error{Status: http.StatusBadRequest, Code: "DependencyViolation." + d.kind.name}
	}
	return nil
}

// checkRefs answers not-found when a create names a resource of a tracked kind that does
// not exist in the caller's account, region and product (a documented example ID is
// accepted: flows built from examples keep working).
func (s *Server) checkRefs(rt *route, c *Call, attrs map[string]any) error {
	for _, r := range rt.refs {
		v := scalarString(attrs[r.param])
		if v == "" || v == r.example {
			continue
		}
		found := false
		for _, k := range r.kinds {
			found = found || s.exists(k, c, rt.product, attrs, v)
		}
		if !found {
			return rt.withID(r.notFound, r.kind, v, "does not exist")
		}
	}
	return nil
}

// exists reports whether a resource of kind k with identifier id is stored, under the
// parents the call names (any parent where it names none).
func (s *Server) exists(k *kind, c *Call, product string, attrs map[string]any, id string) bool {
	sc := scope{c.Account, c.Region, product, k.name}
	parent := make([]string, len(k.parents))
	whole := true
	for i, p := range k.parents {
		parent[i] = scalarString(attrs[p])
		whole = whole && parent[i] != ""
	}
	if whole {
		_, ok := s.store.get(sc, parent, id)
		return ok
	}
	for _, r := range s.store.list(sc, parent) {
		if r.id() == id {
			return true
		}
	}
	return false
}

// blockedBy finds a live resource whose reference to resource id blocks the delete: the
// error to answer, its kind and identifier (nil when none does).
func (s *Server) blockedBy(rt *route, c *Call, id string) (*Error, *kind, string) {
	for _, b := range rt.blockers {
		sc := scope{c.Account, c.Region, rt.product, b.kind.name}
		for _, r := range s.store.list(sc, nil) {
			if scalarString(r.Attrs()[b.attr]) == id {
				return b.err, b.kind, r.id()
			}
		}
	}
	return nil, nil, ""
}

// forced reports whether a delete call asks to delete the resource whatever depends on it
// (a true parameter named Force or Force*: DeleteVpc ForceDelete, DeleteImage Force).
func (rt *route) forced(attrs map[string]any) bool {
	for _, p := range rt.params {
		if strings.HasPrefix(p.low, "force") && scalarString(attrs[p.low]) == "true" {
			return true
		}
	}
	return false
}

// dependencyMessage names the resource and what depends on it.
func dependencyMessage(e *Error, k *kind, id string, d *kind, did string) *Error {
	msg := fmt.Sprintf("The specified %s %q has a dependent %s %q.", k.name, id, d.name, did)
	if e.Message != "" && !strings.Contains(e.Message, "%s") {
		msg = fmt.Sprintf("%s (%s %q: %s %q)", strings.TrimRight(e.Message, " "), k.idName, id, d.name, did)
	}
	return &Error{Status: e.Status, Code: e.Code, Message: msg}
}
