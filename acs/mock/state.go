package mock

import (
	"encoding/binary"
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
	data map[scope]*scopeData
	seq  uint64
}

type scope struct{ account, region, product, kind string }

// scopeData holds the resources of one scope in a slab, so that a mock holding hundreds
// of thousands of them gives the collector few objects to mark: each resource is one
// string (its record), the slab is one array, and the index's keys are substrings of the
// records (150,000 stored RocketMQ accounts: 11 heap objects each at first, 4 with packed
// attributes, 1 now). Deleted slots are reused.
type scopeData struct {
	index map[string]int32 // resKey(parent, id) → slot
	slots []resource       // seq 0: a free slot
	free  []int32
	gone  map[string]bool // resKey(parent, id) of deleted resources of open kinds
}

// resource is one stored resource: its record is the key (resKey(parent, id)), then its
// attributes as one JSON object (packed) whenever they are plain JSON values (strings,
// json.Number, bool, nil, maps and slices of them), then the number and lengths of the
// parents as uvarints. Other attributes (Seed may be given any Go value) stay as the map.
// Nothing refers to the request's buffers, and records never change: an update stores a
// new one, so readers keep a consistent old one.
type resource struct {
	rec       string
	keyLen    uint32
	packedLen uint32
	attrs     map[string]any // when packedLen is 0
	seq       uint64
}

// newResource copies parent, id and attrs into a resource; attrs must not change after.
func newResource(parent []string, id string, attrs map[string]any) resource {
	var packed []byte
	if plainJSON(attrs, 0) {
		if enc, err := encodeJSON(attrs); err == nil {
			packed = enc
		}
	}
	n := len(id) + 1 + len(packed) + binary.MaxVarintLen64*(len(parent)+1)
	for _, p := range parent {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	b = appendKey(b, parent, id)
	keyLen := len(b)
	b = append(b, packed...)
	b = binary.AppendUvarint(b, uint64(len(parent)))
	for _, p := range parent {
		b = binary.AppendUvarint(b, uint64(len(p)))
	}
	r := resource{rec: string(b), keyLen: uint32(keyLen), packedLen: uint32(len(packed))}
	if packed == nil {
		r.attrs = attrs
	}
	return r
}

// appendKey appends resKey(parent, id).
func appendKey(b []byte, parent []string, id string) []byte {
	for i, p := range parent {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, p...)
	}
	b = append(b, 1)
	return append(b, id...)
}

func (r resource) key() string    { return r.rec[:r.keyLen] }
func (r resource) packed() string { return r.rec[r.keyLen : r.keyLen+r.packedLen] }

// parents are the resource's parent IDs (substrings of its record).
func (r resource) parents() []string {
	tail := r.rec[r.keyLen+r.packedLen:]
	n, w := binary.Uvarint([]byte(tail[:min(len(tail), binary.MaxVarintLen64)]))
	tail = tail[w:]
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	off := 0
	for i := range out {
		l, w := binary.Uvarint([]byte(tail[:min(len(tail), binary.MaxVarintLen64)]))
		tail = tail[w:]
		out[i] = r.rec[off : off+int(l)]
		off += int(l) + 1 // and the separator
	}
	return out
}

// id is the resource's ID: the key after the parents and the \x01 separator.
func (r resource) id() string {
	ps := r.parents()
	off := max(len(ps), 1) // the separators
	for _, p := range ps {
		off += len(p)
	}
	return r.rec[off:r.keyLen]
}

// Attrs are the resource's attributes: a new map each call when they are packed.
func (r resource) Attrs() map[string]any {
	if r.packedLen == 0 {
		return r.attrs
	}
	v, _ := decodeJSONValue(r.packed())
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
		// a JSON number literal (json.Number may hold any string)
		return x != "" && (x[0] == '-' || '0' <= x[0] && x[0] <= '9') && json.Valid([]byte(x))
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

func newStore() *store { return &store{data: map[scope]*scopeData{}} }

func resKey(parent []string, id string) string {
	return strings.Join(parent, "\x00") + "\x01" + id
}

// slot finds a resource's slot (read lock held); -1 when there is none.
func (s *store) slot(sc scope, parent []string, id string) (*scopeData, int32) {
	d := s.data[sc]
	if d == nil {
		return nil, -1
	}
	var buf [128]byte
	i, ok := d.index[string(appendKey(buf[:0], parent, id))] // no copy for the lookup
	if !ok {
		return d, -1
	}
	return d, i
}

func (s *store) get(sc scope, parent []string, id string) (resource, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, i := s.slot(sc, parent, id)
	if i < 0 {
		return resource{}, false
	}
	return d.slots[i], true
}

// scopeData is the data of scope sc, made when it has none yet (s.mu held).
func (s *store) scopeData(sc scope) *scopeData {
	d := s.data[sc]
	if d == nil {
		d = &scopeData{index: map[string]int32{}}
		s.data[sc] = d
	}
	return d
}

// put stores a new resource; false when one with the key exists already.
func (s *store) put(sc scope, r resource) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.scopeData(sc)
	k := r.key()
	if _, dup := d.index[k]; dup {
		return false
	}
	delete(d.gone, k)
	s.seq++
	r.seq = s.seq
	var i int32
	if n := len(d.free); n > 0 {
		i = d.free[n-1]
		d.free = d.free[:n-1]
		d.slots[i] = r
	} else {
		i = int32(len(d.slots))
		d.slots = append(d.slots, r)
	}
	d.index[k] = i
	return true
}

// update merges attrs into a resource and returns the result.
func (s *store) update(sc scope, parent []string, id string, attrs map[string]any) (resource, bool) {
	r, _ := s.modify(sc, parent, id, func(map[string]any) (map[string]any, *Error) { return attrs, nil })
	if r == nil {
		return resource{}, false
	}
	return *r, true
}

// modify merges into a resource the attributes f computes from its current ones, under
// the store's lock; nil when there is no such resource. An error from f changes nothing.
func (s *store) modify(sc scope, parent []string, id string, f func(old map[string]any) (map[string]any, *Error)) (*resource, *Error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, i := s.slot(sc, parent, id)
	if i < 0 {
		return nil, nil
	}
	r := d.slots[i]
	old := r.Attrs()
	attrs, e := f(old)
	if e != nil {
		return nil, e
	}
	if len(attrs) == 0 {
		return &r, nil
	}
	n := make(map[string]any, len(old)+len(attrs))
	for k, v := range old {
		n[k] = v
	}
	for k, v := range attrs {
		n[k] = v
	}
	nr := newResource(r.parents(), r.id(), n)
	nr.seq = r.seq
	d.slots[i] = nr
	delete(d.index, r.key()) // the same key, now a substring of the new record
	d.index[nr.key()] = i
	return &nr, nil
}

// rename gives a resource a new identifier (stored as attribute idAttr too), keeping its
// place in lists; false when the new one is taken or the resource is gone.
func (s *store) rename(sc scope, parent []string, id, newID, idAttr string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, i := s.slot(sc, parent, id)
	if i < 0 {
		return false
	}
	if _, j := s.slot(sc, parent, newID); j >= 0 {
		return false
	}
	r := d.slots[i]
	n := map[string]any{}
	for k, v := range r.Attrs() {
		n[k] = v
	}
	n[idAttr] = newID
	nr := newResource(r.parents(), newID, n)
	nr.seq = r.seq
	d.slots[i] = nr
	delete(d.index, r.key())
	d.index[nr.key()] = i
	return true
}

// markGone remembers that a resource of an open kind was deleted.
func (s *store) markGone(sc scope, parent []string, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.scopeData(sc)
	if d.gone == nil {
		d.gone = map[string]bool{}
	}
	d.gone[resKey(parent, id)] = true
}

// isGone reports whether a resource of an open kind was deleted.
func (s *store) isGone(sc scope, parent []string, id string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d := s.data[sc]
	return d != nil && d.gone[resKey(parent, id)]
}

func (s *store) delete(sc scope, parent []string, id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, i := s.slot(sc, parent, id)
	if i < 0 {
		return false
	}
	delete(d.index, d.slots[i].key())
	d.slots[i] = resource{}
	d.free = append(d.free, i)
	return true
}

// list returns the resources of a scope whose parents match the given filter (empty
// filter values match anything), in creation order.
func (s *store) list(sc scope, parent []string) []resource {
	s.mu.RLock()
	var out []resource
	if d := s.data[sc]; d != nil {
		for _, r := range d.slots {
			if r.seq != 0 && parentMatch(r.parents(), parent) {
				out = append(out, r)
			}
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
	for sc, d := range s.data {
		for _, r := range d.slots {
			if r.seq != 0 {
				// secret attributes (an instance's admin password, a secret's data) are
				// redacted like the journal's parameters
				out = append(out, StateEntry{sc.account, sc.region, sc.product, sc.kind, r.id(), r.parents(), redactParams(r.Attrs())})
			}
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
