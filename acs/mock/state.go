package mock

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// store holds the resources created through the mock, per account, region and product,
// as moto's BackendDict[account][region] does. Resources are maps of attributes keyed by
// lower-case name (request parameters plus the ID), so any response field of the same
// name can show them.
type store struct {
	mu   sync.RWMutex
	data map[scope]map[string]*resource // scope → parent\x00id → resource
	seq  uint64
}

type scope struct{ account, region, product, kind string }

// resource is one stored resource, kept compact because a long-running mock may hold
// hundreds of thousands: its key (parents and ID) is one string that id and parent point
// into, and its attributes are one JSON object in a string (packed) whenever they are
// plain JSON values (strings, json.Number, bool, nil, maps and slices of them), so that
// the collector has almost no pointers to follow (150,000 stored RocketMQ accounts: 11
// heap objects each before, 3 now). Other attributes (Seed may be given any Go value)
// stay as the map. Nothing refers to the request's buffers.
type resource struct {
	key    string   // resKey(parent, id)
	id     string   // within key
	parent []string // within key
	packed string   // JSON object of the attributes, keys sorted ("" when attrs is used)
	attrs  map[string]any
	seq    uint64
}

// newResource copies parent, id and attrs into a resource; attrs must not change after.
func newResource(parent []string, id string, attrs map[string]any) *resource {
	n := len(id) + 1
	for _, p := range parent {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	offs := make([]int, 0, len(parent)+1)
	for i, p := range parent {
		if i > 0 {
			b = append(b, 0)
		}
		offs = append(offs, len(b))
		b = append(b, p...)
	}
	b = append(b, 1)
	b = append(b, id...)
	key := string(b)
	r := &resource{key: key, id: key[len(key)-len(id):]}
	if len(parent) > 0 {
		r.parent = make([]string, len(parent))
		for i, p := range parent {
			r.parent[i] = key[offs[i] : offs[i]+len(p)]
		}
	}
	if plainJSON(attrs, 0) {
		if enc, err := appendJSON(nil, attrs, 0); err == nil {
			r.packed = string(enc)
			return r
		}
	}
	r.attrs = attrs
	return r
}

// Attrs are the resource's attributes: a new map each call when they are packed.
func (r *resource) Attrs() map[string]any {
	if r.packed == "" {
		return r.attrs
	}
	if m, ok := parseJSONObject([]byte(r.packed)); ok {
		return m
	}
	v, _ := decodeJSONValue(r.packed) // escapes and the like: what parseJSONObject leaves
	m, _ := v.(map[string]any)
	return m
}

// plainJSON reports whether v encodes to JSON and decodes back (with UseNumber) to an
// equal value: only those attributes are packed.
func plainJSON(v any, depth int) bool {
	if depth > 100 {
		return false
	}
	switch x := v.(type) {
	case nil, bool:
		return true
	case string:
		return utf8.ValidString(x)
	case json.Number:
		return isValidNumber(string(x))
	case map[string]any:
		if x == nil {
			return depth > 0
		}
		for k, e := range x {
			if !utf8.ValidString(k) || !plainJSON(e, depth+1) {
				return false
			}
		}
		return true
	case []any:
		if x == nil {
			return false // encodes as null, decodes as nil
		}
		for _, e := range x {
			if !plainJSON(e, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

func newStore() *store { return &store{data: map[scope]map[string]*resource{}} }

func resKey(parent []string, id string) string {
	return strings.Join(parent, "\x00") + "\x01" + id
}

func (s *store) get(sc scope, parent []string, id string) (*resource, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.data[sc][resKey(parent, id)]
	return r, ok
}

// put stores a new resource; false when one with the key exists already.
func (s *store) put(sc scope, r *resource) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.data[sc]
	if m == nil {
		m = map[string]*resource{}
		s.data[sc] = m
	}
	if _, dup := m[r.key]; dup {
		return false
	}
	s.seq++
	r.seq = s.seq
	m[r.key] = r
	return true
}

// update merges attrs into a resource and returns a copy of the result.
func (s *store) update(sc scope, parent []string, id string, attrs map[string]any) (*resource, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.data[sc][resKey(parent, id)]
	if !ok {
		return nil, false
	}
	old := r.Attrs()
	n := make(map[string]any, len(old)+len(attrs))
	for k, v := range old {
		n[k] = v
	}
	for k, v := range attrs {
		n[k] = v
	}
	nr := newResource(r.parent, r.id, n)
	nr.seq = r.seq
	s.data[sc][nr.key] = nr // copy-on-write: readers keep a consistent old one
	return nr, true
}

func (s *store) delete(sc scope, parent []string, id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := resKey(parent, id)
	if _, ok := s.data[sc][k]; !ok {
		return false
	}
	delete(s.data[sc], k)
	return true
}

// list returns the resources of a scope whose parents match the given filter (empty
// filter values match anything), in creation order.
func (s *store) list(sc scope, parent []string) []*resource {
	s.mu.RLock()
	var out []*resource
	for _, r := range s.data[sc] {
		if parentMatch(r.parent, parent) {
			out = append(out, r)
		}
	}
	s.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	return out
}

func parentMatch(have, want []string) bool {
	for i, w := range want {
		if w != "" && (i >= len(have) || have[i] != w) {
			return false
		}
	}
	return true
}

func (s *store) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.data)
}

// StateEntry is one stored resource in a state dump or seed.
type StateEntry struct {
	Account string         `json:"account"`
	Region  string         `json:"region"`
	Product string         `json:"product"`
	Kind    string         `json:"kind"`
	ID      string         `json:"id"`
	Parent  []string       `json:"parent,omitempty"`
	Attrs   map[string]any `json:"attributes"`
}

// dump lists every resource, sorted so that dumps are comparable.
func (s *store) dump() []StateEntry {
	s.mu.RLock()
	out := []StateEntry{}
	for sc, m := range s.data {
		for _, r := range m {
			out = append(out, StateEntry{sc.account, sc.region, sc.product, sc.kind, r.id, r.parent, r.Attrs()})
		}
	}
	s.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		for _, c := range [][2]string{{a.Account, b.Account}, {a.Region, b.Region}, {a.Product, b.Product}, {a.Kind, b.Kind}, {strings.Join(a.Parent, "/"), strings.Join(b.Parent, "/")}, {a.ID, b.ID}} {
			if c[0] != c[1] {
				return c[0] < c[1]
			}
		}
		return false
	})
	return out
}
