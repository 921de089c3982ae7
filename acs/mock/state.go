package mock

import (
	"sort"
	"strings"
	"sync"
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

type resource struct {
	ID     string         `json:"id"`
	Parent []string       `json:"parent,omitempty"`
	Attrs  map[string]any `json:"attributes"`
	seq    uint64
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
	k := resKey(r.Parent, r.ID)
	if _, dup := m[k]; dup {
		return false
	}
	s.seq++
	r.seq = s.seq
	m[k] = r
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
	n := make(map[string]any, len(r.Attrs)+len(attrs))
	for k, v := range r.Attrs {
		n[k] = v
	}
	for k, v := range attrs {
		n[k] = v
	}
	nr := &resource{ID: r.ID, Parent: r.Parent, Attrs: n, seq: r.seq}
	s.data[sc][resKey(parent, id)] = nr // copy-on-write: readers keep a consistent old one
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
		if parentMatch(r.Parent, parent) {
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
			out = append(out, StateEntry{sc.account, sc.region, sc.product, sc.kind, r.ID, r.Parent, r.Attrs})
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
