package mock

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStoreMatchesModel runs random puts, gets, updates, deletes, lists and resets on the
// slab store and on a plain map of the same resources: every answer, the list order
// (creation order, also after deleted slots are reused) and the dump agree.
func TestStoreMatchesModel(t *testing.T) {
	type entry struct {
		parent []string
		id     string
		attrs  map[string]any
		seq    int
	}
	r := rand.New(rand.NewPCG(1, 2))
	s := newStore()
	model := map[scope]map[string]*entry{}
	seq := 0
	scopes := []scope{{"a", "r", "p", "K"}, {"a", "r2", "p", "K"}, {"b", "r", "p", "J"}}
	parentsOf := map[string]int{"K": 0, "J": 2}
	vals := []string{"", "x", "p\x00q", "id\x01", "é", "long-" + fmt.Sprint(make([]int, 30))}
	attrsOf := func() map[string]any {
		m := map[string]any{"name": vals[r.IntN(len(vals))]}
		if r.IntN(3) == 0 {
			m["n"] = r.IntN(5) // not plain JSON: kept as the map
		}
		return m
	}
	for step := range 20000 {
		sc := scopes[r.IntN(len(scopes))]
		parent := make([]string, parentsOf[sc.kind])
		for i := range parent {
			parent[i] = vals[r.IntN(3)]
		}
		id := fmt.Sprint("id", r.IntN(40))
		key := resKey(parent, id)
		m := model[sc]
		if m == nil {
			m = map[string]*entry{}
			model[sc] = m
		}
		switch op := r.IntN(20); {
		case op < 6:
			attrs := attrsOf()
			ok := s.put(sc, newResource(parent, id, attrs))
			if _, dup := m[key]; ok == dup {
				t.Fatalf("step %d: put %q = %v, model has it: %v", step, key, ok, dup)
			}
			if ok {
				seq++
				m[key] = &entry{parent, id, attrs, seq}
			}
		case op < 10:
			res, ok := s.get(sc, parent, id)
			e := m[key]
			if ok != (e != nil) {
				t.Fatalf("step %d: get %q = %v", step, key, ok)
			}
			if ok && (res.id() != id || !cmp.Equal(res.parents(), e.parent, cmp.Comparer(func(a, b []string) bool { return fmt.Sprint(a) == fmt.Sprint(b) })) || !cmp.Equal(normal(res.Attrs()), normal(e.attrs))) {
				t.Fatalf("step %d: get %q = %q %q %v, want %v", step, key, res.id(), res.parents(), res.Attrs(), e.attrs)
			}
		case op < 13:
			upd := attrsOf()
			_, ok := s.update(sc, parent, id, upd)
			e := m[key]
			if ok != (e != nil) {
				t.Fatalf("step %d: update %q = %v", step, key, ok)
			}
			if ok {
				n := map[string]any{}
				for k, v := range e.attrs {
					n[k] = v
				}
				for k, v := range upd {
					n[k] = v
				}
				e.attrs = n
			}
		case op < 17:
			ok := s.delete(sc, parent, id)
			if ok != (m[key] != nil) {
				t.Fatalf("step %d: delete %q = %v", step, key, ok)
			}
			delete(m, key)
		case op < 19:
			var filter []string
			if len(parent) > 0 && r.IntN(2) == 0 {
				filter = []string{parent[0]}
			}
			var got, want []string
			for _, res := range s.list(sc, filter) {
				got = append(got, res.key())
			}
			var es []*entry
			for _, e := range m {
				if parentMatch(e.parent, filter) {
					es = append(es, e)
				}
			}
			for len(es) > 0 { // by seq
				min := 0
				for i, e := range es {
					if e.seq < es[min].seq {
						min = i
					}
				}
				want = append(want, resKey(es[min].parent, es[min].id))
				es = append(es[:min], es[min+1:]...)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("step %d: list %v (-model +store):\n%s", step, filter, d)
			}
		default:
			if r.IntN(20) == 0 {
				s.reset()
				clear(model)
			}
		}
	}
	n := 0
	for _, e := range s.dump() {
		m := model[scope{e.Account, e.Region, e.Product, e.Kind}]
		me := m[resKey(e.Parent, e.ID)]
		if me == nil || !cmp.Equal(normal(e.Attrs), normal(me.attrs)) {
			t.Fatalf("dump entry %+v not in the model (%v)", e, me)
		}
		n++
	}
	total := 0
	for _, m := range model {
		total += len(m)
	}
	if n != total || n == 0 {
		t.Fatalf("dump has %d entries, model %d", n, total)
	}
}

// normal compares attributes whatever way they were stored (packed JSON reads back
// numbers as json.Number).
func normal(m map[string]any) string { return fmt.Sprint(m) }
