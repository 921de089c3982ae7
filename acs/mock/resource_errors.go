package mock

import (
	"net/http"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// This file chooses the error answers of stateful routes: not found, already exists and
// invalid state, with the codes the product documents. A route takes a code it documents
// for its kind; else one another route of the kind documents; else the product's pattern
// for another kind, renamed ("InvalidSecurityGroupId.NotFound" gives
// "InvalidKeyPairName.NotFound"); else a consistent default.

var (
	notFoundMarkers = []string{"notfound", "notexists", "notexist", "nonexist"}
	existsMarkers   = []string{"alreadyexists", "alreadyexist", "resourceexists", "resourceexist", "exists", "exist", "duplicate"}
	stateMarkers    = []string{"incorrect", "invalid"}
	// genericWords say nothing about which resource a code is about.
	genericWords = []string{"invalidparameter", "invalid", "forbidden", "rejected", "resource", "entity", "specified",
		"parameter", "param", "operation", "already", "the", "error", "not", "found"}
)

// codeFits reports whether a documented code is an error of the given markers about kind
// k (or about no resource in particular), and whether it names k.
func codeFits(code string, markers []string, k *kind) (fits, names bool) {
	lc := strings.ToLower(code)
	hit := ""
	for _, m := range markers {
		if strings.Contains(lc, m) {
			hit = m
			break
		}
	}
	if hit == "" {
		return false, false
	}
	if !contains(markers, "notfound") { // "exist" is in "NotExist"
		for _, m := range notFoundMarkers {
			if strings.Contains(lc, m) {
				return false, false
			}
		}
	}
	rem := strings.Replace(lc, hit, "", 1)
	lk := strings.ToLower(k.name)
	names = strings.Contains(rem, k.idParam) || strings.Contains(rem, lk)
	rem = strings.ReplaceAll(rem, k.idParam, "")
	rem = strings.ReplaceAll(rem, lk, "")
	for _, w := range genericWords {
		rem = strings.ReplaceAll(rem, w, "")
	}
	rem = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, rem)
	return rem == "" || rem == "id" || rem == "name", names
}

// stateFits: an invalid-state code ("IncorrectInstanceStatus", "InvalidStatus.KeyState").
func stateFits(code string) bool {
	lc := strings.ToLower(code)
	if !strings.Contains(lc, "status") && !strings.Contains(lc, "state") {
		return false
	}
	for _, m := range stateMarkers {
		if strings.Contains(lc, m) {
			return true
		}
	}
	return false
}

// documentedFor picks a code of the operation fitting the markers and the kind. A code
// naming the kind comes first, and of those one answered with status (a 404
// InvalidVpcId.NotFound before a 403 Forbidden.VpcNotFound); else, unless named is set,
// the first code about no resource in particular. status is also the answer's status when
// the operation documents none for the code.
func documentedFor(op *opspec.Operation, markers []string, k *kind, status int, named bool) *Error {
	var naming, generic *Error
	for _, e := range op.Errors {
		fits, names := codeFits(e.Code, markers, k)
		if !fits || named && !names {
			continue
		}
		st := e.HTTPStatus
		if st == 0 {
			st = status
		}
		cand := &Error{Status: st, Code: e.Code, Message: e.Message}
		switch {
		case names && st == status:
			return cand
		case names && naming == nil:
			naming = cand
		case !names && generic == nil:
			generic = cand
		}
	}
	if naming != nil {
		return naming
	}
	return generic
}

// pattern is a documented code with the kind's name or identifier replaced by a hole.
type pattern struct {
	before, after string
	id            bool // the hole held the identifier's name ("SecurityGroupId"), else the kind's
	status        int
	message       string
}

func (p pattern) apply(k *kind) *Error {
	name := k.name
	if p.id {
		name = k.idName
		if name != "" {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
	}
	return &Error{Status: p.status, Code: p.before + name + p.after, Message: p.message}
}

// patternOf turns a code naming kind k into a pattern, if it names it.
func patternOf(e *Error, k *kind) (pattern, bool) {
	lc := strings.ToLower(e.Code)
	for _, cand := range []struct {
		low string
		id  bool
	}{{k.idParam, true}, {strings.ToLower(k.name), false}} {
		if i := strings.Index(lc, cand.low); i >= 0 && cand.low != "" {
			return pattern{before: e.Code[:i], after: e.Code[i+len(cand.low):], id: cand.id, status: e.Status}, true
		}
	}
	return pattern{}, false
}

// inferErrors sets notFound, exists and badState on every stateful route of one spec.
func inferErrors(routes []*route) {
	type choice struct {
		markers []string
		status  int
		get     func(*route) **Error
		def     func(*kind) *Error
	}
	choices := []choice{
		{notFoundMarkers, http.StatusNotFound, func(rt *route) **Error { return &rt.notFound },
			func(k *kind) *Error {
				return &Error{Status: http.StatusNotFound, Code: "EntityNotExists." + k.name}
			}},
		{existsMarkers, http.StatusConflict, func(rt *route) **Error { return &rt.exists },
			func(k *kind) *Error {
				return &Error{Status: http.StatusConflict, Code: "EntityAlreadyExists." + k.name}
			}},
	}
	kinds := map[*kind]bool{}
	var order []*kind
	for _, rt := range routes {
		if k := rt.res.kind; k != nil && !kinds[k] {
			kinds[k] = true
			order = append(order, k)
		}
	}
	for _, ch := range choices {
		// per route, then per kind
		perKind := map[*kind]*Error{}
		counts := map[pattern]int{}
		for _, k := range order {
			byCode := map[string]int{}
			seen := map[pattern]bool{} // a pattern counts once per kind
			var best *Error
			for _, rt := range k.routes {
				e := documentedFor(rt.op, ch.markers, k, ch.status, false)
				*ch.get(rt) = e
				if e == nil {
					continue
				}
				byCode[e.Code]++
				if best == nil || byCode[e.Code] > byCode[best.Code] {
					best = e
				}
				if p, ok := patternOf(e, k); ok && !seen[p] {
					seen[p] = true
					counts[p]++
				}
			}
			perKind[k] = best
		}
		var pats []pattern
		for p := range counts {
			pats = append(pats, p)
		}
		sort.Slice(pats, func(i, j int) bool {
			a, b := pats[i], pats[j]
			if counts[a] != counts[b] {
				return counts[a] > counts[b]
			}
			return a.before+"\x00"+a.after < b.before+"\x00"+b.after
		})
		for _, k := range order {
			fallback := perKind[k]
			if fallback == nil && len(pats) > 0 {
				fallback = pats[0].apply(k)
			}
			if fallback == nil {
				fallback = ch.def(k)
			}
			for _, rt := range k.routes {
				if p := ch.get(rt); *p == nil {
					*p = fallback
				}
			}
		}
	}
	for _, rt := range routes {
		if rt.res.verb != verbState {
			continue
		}
		for _, e := range rt.op.Errors {
			if stateFits(e.Code) {
				st := e.HTTPStatus
				if st == 0 {
					st = http.StatusForbidden
				}
				rt.badState = &Error{Status: st, Code: e.Code, Message: e.Message}
				break
			}
		}
	}
}
