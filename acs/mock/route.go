package mock

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// route is one operation compiled for serving.
type route struct {
	spec    *opspec.Spec
	op      *opspec.Operation
	product string // lower-case product key
	// hosts maps the spec's documented endpoint hosts to their regions (opspec.HostRegions),
	// shared by the routes of one spec.
	hosts   map[string]string
	style   opspec.Style
	auth    opspec.Auth
	method  string
	segs    []string // ROA path segments; "{name}" segments are parameters
	nParams int      // number of parameter segments

	params     []*param
	byName     map[string]*param // exact name
	byLow      map[string]*param // lower-case name
	resp       *node
	tmpl       map[string]any // response template (object); nil when the response is not an object
	tmplAny    any
	reqIDField string // response property carrying the request ID, "" when none
	// header holds the documented response headers of a successful answer (responseHeaders).
	header http.Header

	res         opResource
	clientToken *param
	// whole is the parameter that is the whole request body (InWholeBody), or nil.
	whole    *param
	handler  Handler
	list     *listPlan
	idPrefix string
	// idPrefixDoc: idPrefix is the documented example's ("sg-"), not the default.
	idPrefixDoc bool
	filters     []filter
	tags        *tagPlan   // a tag operation (TagResources...)
	tagArrays   []tagArray // where the answer shows the resource's tags
	state       *statePlan
	child       *childPlan
	notFound    *Error    // answer for an unknown resource ID
	exists      *Error    // answer for a Create whose chosen ID is taken
	badState    *Error    // answer for a state verb on a resource already in that state; nil: accepted
	refs        []ref     // create parameters naming resources of other kinds (resource_refs.go)
	blockers    []blocker // delete: references to the resource that block it (resource_refs.go)
}

// param is one request parameter compiled for decoding and validation.
type param struct {
	name string
	low  string
	in   opspec.Location
	req  bool
	n    *node
	json bool // the value travels as its JSON text (opspec.JSONStyle)
	// lists: how its lists arrive when one comes as a single value
	lists listForm
}

func (rt *route) param(low string) *param { return rt.byLow[low] }

// lowerKey is a product key as used in routing and state ("eiam-developerapi").
func lowerKey(product string) string { return strings.ToLower(product) }

// splitPath splits a URL path into its segments, decoding each (paths as sent are
// percent-encoded per segment, so "a%2Fb" stays one segment).
func splitPath(raw string) ([]string, error) {
	raw = strings.TrimPrefix(raw, "/")
	if raw == "" {
		return nil, nil
	}
	parts := strings.Split(raw, "/")
	for i, p := range parts {
		if strings.IndexByte(p, '%') < 0 {
			continue
		}
		d, err := url.PathUnescape(p)
		if err != nil {
			return nil, fmt.Errorf("path segment %q: %w", p, err)
		}
		parts[i] = d
	}
	return parts, nil
}

// match reports whether segs fit the route's template and returns the path parameters.
func (rt *route) match(segs []string) (map[string]string, bool) {
	if len(segs) != len(rt.segs) {
		return nil, false
	}
	for i, s := range rt.segs {
		if strings.HasPrefix(s, "{") {
			if segs[i] == "" {
				return nil, false
			}
			continue
		}
		if s != segs[i] {
			return nil, false
		}
	}
	if rt.nParams == 0 {
		return nil, true
	}
	out := make(map[string]string, rt.nParams)
	for i, s := range rt.segs {
		if strings.HasPrefix(s, "{") {
			out[s[1:len(s)-1]] = segs[i]
		}
	}
	return out, true
}

// table is the precompiled routing table of a Server.
type table struct {
	rpc      map[string]map[string][]*route // version → action → routes
	roa      map[string][]*route            // method → routes, literal-heavy first
	versions map[string]bool
	all      []*route
	actions  []string // every operation name, sorted, for "nearest operation"
}

func newTable() *table {
	return &table{rpc: map[string]map[string][]*route{}, roa: map[string][]*route{}, versions: map[string]bool{}}
}

func (t *table) add(rt *route) {
	t.all = append(t.all, rt)
	t.versions[rt.spec.Version] = true
	if rt.style == opspec.RPC {
		m := t.rpc[rt.spec.Version]
		if m == nil {
			m = map[string][]*route{}
			t.rpc[rt.spec.Version] = m
		}
		m[rt.op.Name] = append(m[rt.op.Name], rt)
		return
	}
	t.roa[rt.method] = append(t.roa[rt.method], rt)
}

func (t *table) finish() {
	for _, rts := range t.roa {
		// More literal segments first, so /users/_/actions/x beats /users/{id}/actions/x.
		sort.SliceStable(rts, func(i, j int) bool {
			li, lj := len(rts[i].segs)-rts[i].nParams, len(rts[j].segs)-rts[j].nParams
			return li > lj
		})
	}
	seen := map[string]bool{}
	for _, rt := range t.all {
		if !seen[rt.op.Name] {
			seen[rt.op.Name] = true
			t.actions = append(t.actions, rt.op.Name)
		}
	}
	sort.Strings(t.actions)
}

// pick chooses among routes that match a request by product version, then by action.
func pick(cands []*route, version, action string) []*route {
	if version != "" {
		var v []*route
		for _, rt := range cands {
			if rt.spec.Version == version {
				v = append(v, rt)
			}
		}
		cands = v
	}
	if action != "" && len(cands) > 1 {
		var a []*route
		for _, rt := range cands {
			if rt.op.Name == action {
				a = append(a, rt)
			}
		}
		if len(a) > 0 {
			cands = a
		}
	}
	return cands
}

// hostProduct guesses the product key from an endpoint host ("eiam.cn-hangzhou.aliyuncs.com").
func hostProduct(host string) string {
	h, _, _ := strings.Cut(host, ":")
	first, _, _ := strings.Cut(h, ".")
	return strings.ToLower(first)
}

// byHost keeps the routes of the product named by the host, or whose spec documents the
// host, when that decides anything.
func byHost(cands []*route, host string) []*route {
	if len(cands) < 2 {
		return cands
	}
	p := hostProduct(host)
	h, _, _ := strings.Cut(strings.ToLower(host), ":")
	var out []*route
	for _, rt := range cands {
		if _, documented := rt.hosts[h]; rt.product == p || documented {
			out = append(out, rt)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}
