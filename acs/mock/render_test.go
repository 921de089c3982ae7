package mock

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/google/go-cmp/cmp"
)

// overlayNames collects the lower-case property names of a response tree, where layers
// can hit them.
func overlayNames(n *node, depth int, into map[string]bool) {
	if n == nil || depth > 6 {
		return
	}
	for _, p := range n.props {
		into[p.low] = true
		overlayNames(p.n, depth+1, into)
	}
	overlayNames(n.items, depth+1, into)
}

// randomLayer gives some of the names values of every kind: valid strings, numbers and
// booleans, and objects and arrays that most schemas refuse.
func randomLayer(r *rand.Rand, names []string) map[string]any {
	vals := []any{"v", "", "running", json.Number("7"), json.Number("2.5"), true, false, nil,
		map[string]any{"Endpoint": "e"}, []any{"a", json.Number("1")}, "2023-10-26T10:22:32Z",
		"q\"u\\o\nte \u00e9 <&> \u2028", json.Number("-1e+3"), map[string]any{"k\"ey": []any{map[string]any{}}}}
	out := map[string]any{}
	for _, n := range names {
		if r.IntN(2) == 0 {
			out[n] = vals[r.IntN(len(vals))]
		}
	}
	return out
}

// TestRenderMatchesBehave: renderPlan writes exactly what encodeJSON writes for the copy
// of the template that behave builds (request ID, then each layer overlaid), for every
// operation of the committed specs and the test fixtures, with random layers.
func TestRenderMatchesBehave(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for _, specs := range [][]*opspec.Spec{committedSpecs(t), allSpecs(), {deepSpec()}} {
		s, err := New(specs)
		if err != nil {
			t.Fatal(err)
		}
		for _, rt := range s.t.all {
			if rt.tmpl == nil {
				continue
			}
			set := map[string]bool{}
			overlayNames(rt.resp, 0, set)
			var names []string
			for n := range set {
				names = append(names, n)
			}
			for i := range 60 {
				layers := make([]map[string]any, 1+i%2)
				for j := range layers {
					layers[j] = randomLayer(r, names)
				}
				out := copyValue(rt.tmpl).(map[string]any)
				if rt.reqIDField != "" {
					out[rt.reqIDField] = "REQ-ID"
				}
				for _, l := range layers {
					overlay(out, rt.resp, l, 0)
				}
				want, werr := encodeJSON(out)
				// The second layer is a stored resource: packed JSON when it can be.
				ls := make([]attrLayer, len(layers))
				for j, l := range layers {
					ls[j] = attrLayer{m: l}
					if j == 1 {
						ls[j] = layerOf(newResource(nil, "id", l))
					}
				}
				got, gerr := renderPlan(nil, rt.plan, rt.resp, ls, rt.reqIDField, "REQ-ID", 0)
				if (werr != nil) != (gerr != nil) || !bytes.Equal(got, want) {
					t.Fatalf("%s %s layers %v:\n got %s %v\nwant %s %v", rt.product, rt.op.Name, layers, got, gerr, want, werr)
				}
			}
		}
	}
}

// TestBehaveJSONMatchesBehave runs whole calls both ways on twin servers (same seed, same
// calls): the answers and the stored state are the same.
func TestBehaveJSONMatchesBehave(t *testing.T) {
	for _, stateless := range []bool{false, true} {
		var opts []Option
		if stateless {
			opts = append(opts, WithStateless())
		}
		fast, slow := newServer(t, opts...), newServer(t, opts...)
		calls := []struct {
			op     string
			params map[string]any
		}{
			{"CreateInstance", map[string]any{"Description": "one"}},
			{"GetInstance", map[string]any{"InstanceId": "missing"}},
			{"UpdateInstanceDescription", map[string]any{"InstanceId": "missing", "Description": "x"}},
			{"DeleteInstance", map[string]any{"InstanceId": "missing"}},
			{"CreateAuthorizationRule", map[string]any{"InstanceId": "i", "AuthorizationRuleName": "r"}},
		}
		var id string
		for round := range 3 {
			for _, cl := range calls {
				var rt *route
				for _, x := range fast.t.all {
					if x.op.Name == cl.op && x.product == "eiam" {
						rt = x
					}
				}
				if rt == nil {
					continue
				}
				p := map[string]any{}
				for k, v := range cl.params {
					p[k] = v
				}
				if _, ok := p["InstanceId"]; ok && id != "" && round > 0 {
					p["InstanceId"] = id
				}
				c := &Call{Product: "Eiam", Version: rt.spec.Version, Operation: cl.op, Account: "a", Region: "r", RequestID: "R", Params: p}
				got, gerr := fast.behaveJSON(rt, c)
				var want []byte
				var werr *Error
				if v, err := slow.behave(rt, c); err != nil {
					werr = asError(err)
				} else {
					want, _ = encodeJSON(v)
				}
				if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) || gerr != nil && (gerr.Status != werr.Status || gerr.Code != werr.Code || gerr.Message != werr.Message) {
					t.Fatalf("stateless=%v %s %v:\n got %s %v\nwant %s %v", stateless, cl.op, p, got, gerr, want, werr)
				}
				if cl.op == "CreateInstance" && !stateless {
					var m map[string]any
					json.Unmarshal(got, &m)
					id, _ = m["InstanceId"].(string)
				}
			}
		}
		if a, b := fast.State(), slow.State(); len(a) != len(b) {
			t.Fatalf("state differs: %d vs %d resources", len(a), len(b))
		}
	}
}

// deepSpec has a response nested past the depth overlays reach, with the same property
// names at every level, an array of objects and an untyped property.
func deepSpec() *opspec.Spec {
	level := &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "Name", Schema: &opspec.Schema{Type: "string"}},
		{Name: "Count", Schema: &opspec.Schema{Type: "integer"}},
		{Name: "Any", Schema: &opspec.Schema{}},
		{Name: "Items", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
			{Name: "Name", Schema: &opspec.Schema{Type: "string"}}}}}},
	}}
	for range 7 {
		level = &opspec.Schema{Type: "object", Properties: append([]*opspec.Property{{Name: "Next", Schema: level}}, level.Properties[:4]...)}
	}
	level.Properties = append(level.Properties, &opspec.Property{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}})
	return &opspec.Spec{Product: "Deep", Version: "2020-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "GetThing", Style: opspec.RPC, Method: "POST", Path: "/", Response: level},
		{Name: "DescribeThing", Style: opspec.RPC, Method: "POST", Path: "/", Response: level,
			ResponseExample: `{"Next":{"Name":"n1","Next":{"Any":{"x":1},"Next":{"Next":{"Next":{"Name":"deep"}}}}}}`},
	}}
}

// TestPackedResource: a stored resource's packed attributes read back (whole, and one by
// one with packedGet) equal to what was stored, for random attribute sets.
func TestPackedResource(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	names := []string{"a", "description", "tag", "x\"y", "n", "b"}
	packed := 0
	for range 2000 {
		attrs := randomLayer(r, names)
		res := newResource([]string{"p1", "p\x002"}, "id\x01", attrs)
		if res.id() != "id\x01" || len(res.parents()) != 2 || res.parents()[1] != "p\x002" || res.key() != resKey([]string{"p1", "p\x002"}, "id\x01") {
			t.Fatalf("key parts: id %q parent %q", res.id(), res.parents())
		}
		if res.packedLen == 0 {
			continue
		}
		packed++
		if d := cmp.Diff(attrs, res.Attrs()); d != "" {
			t.Fatalf("Attrs() of %s (-stored +read):\n%s", res.packed(), d)
		}
		for _, k := range append(names, "missing") {
			want, wok := attrs[k]
			got, gok := packedGet(res.packed(), k)
			if wok != gok || !cmp.Equal(want, got) {
				t.Fatalf("packedGet(%s, %q) = %#v %v, want %#v %v", res.packed(), k, got, gok, want, wok)
			}
		}
	}
	if packed < 1000 {
		t.Fatalf("only %d of 2000 attribute sets packed", packed)
	}
}

// TestCreateRenderMatchesBehave runs every stateful Create of the committed specs and the
// fixtures on twin servers (same seed): behaveJSON (behaveCreate, rendered) against behave
// then encodeJSON, with random attributes under the response's and the parameters' names
// and the ID absent, given, empty, non-scalar or already taken. Answers, errors and the
// stored state are identical.
func TestCreateRenderMatchesBehave(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, specs := range [][]*opspec.Spec{committedSpecs(t), allSpecs(), {createSpec()}} {
		fast, err := New(specs, WithSeed(11))
		if err != nil {
			t.Fatal(err)
		}
		slow, _ := New(specs, WithSeed(11))
		tested := 0
		for i, rt := range fast.t.all {
			srt := slow.t.all[i]
			k := rt.res.kind
			if k == nil || rt.res.verb != verbCreate {
				continue
			}
			if !rt.createRender {
				t.Logf("%s %s: not rendered", rt.product, rt.op.Name)
				continue
			}
			tested++
			// One name per lower-case name (attrs lower-cases them: two would race).
			set := map[string]bool{}
			overlayNames(rt.resp, 0, set)
			name := func(low string) string {
				if p := rt.param(low); p != nil {
					return p.name
				}
				return low
			}
			var names []string
			for n := range set {
				if rt.param(n) == nil {
					names = append(names, n)
				}
			}
			for _, p := range rt.params {
				names = append(names, p.name)
			}
			idName := name(k.idParam)
			for j := range 40 {
				p := randomLayer(r, names)
				switch j % 5 {
				case 0:
					delete(p, idName)
				case 1:
					p[idName] = "given-" + strconv.Itoa(j%10) // repeats: already taken
				case 2:
					p[idName] = ""
				case 3:
					p[idName] = map[string]any{"x": "y"}
				}
				for _, par := range k.parents {
					if j%2 == 0 {
						p[name(par)] = "parent"
					}
				}
				c := &Call{Product: rt.product, Version: rt.spec.Version, Operation: rt.op.Name, Account: "a", Region: "r", RequestID: "R", Params: p}
				c2 := *c
				c2.Params = map[string]any{}
				for key, v := range p {
					c2.Params[key] = v
				}
				got, gerr := fast.behaveJSON(rt, c)
				var want []byte
				var werr *Error
				if v, err := slow.behave(srt, &c2); err != nil {
					werr = asError(err)
				} else if want, err = encodeJSON(v); err != nil {
					werr = errInternal()
				}
				if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) || gerr != nil && (gerr.Status != werr.Status || gerr.Code != werr.Code || gerr.Message != werr.Message) {
					t.Fatalf("%s %s %v:\n got %s %v\nwant %s %v", rt.product, rt.op.Name, p, got, gerr, want, werr)
				}
			}
		}
		if tested == 0 {
			t.Fatal("no rendered Create tested")
		}
		if d := cmp.Diff(slow.State(), fast.State()); d != "" {
			t.Fatalf("state differs (-slow +fast):\n%s", d)
		}
	}
}

// createSpec has a Create whose ID property (ThingName, untyped, format date-time) accepts
// objects but not the generated ID, so the ID goes to the ThingId properties instead:
// one at the top and one at depth 4, past setField's reach but within overlay's.
func createSpec() *opspec.Spec {
	s := func() *opspec.Schema { return &opspec.Schema{Type: "string"} }
	deep := &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "ThingId", Schema: s()}, {Name: "Note", Schema: s()}}}
	for _, n := range []string{"D", "C", "B", "A"} {
		deep = &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: n, Schema: deep}, {Name: "ThingId", Schema: s()}}}
	}
	resp := &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "RequestId", Schema: s()}, {Name: "ThingName", Schema: &opspec.Schema{Format: "date-time"}},
		{Name: "ThingId", Schema: s()}, {Name: "Note", Schema: s()}, {Name: "Deep", Schema: deep}}}
	name := &opspec.Param{Name: "ThingName", In: opspec.InPath, Required: true, Schema: s()}
	return &opspec.Spec{Product: "Thing", Version: "2020-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{
		{Name: "CreateThing", Style: opspec.ROA, Method: "POST", Path: "/things", Response: resp,
			Params: []*opspec.Param{{Name: "ThingName", In: opspec.InBody, Schema: &opspec.Schema{}}, {Name: "Note", In: opspec.InBody, Schema: s()}}},
		{Name: "GetThing", Style: opspec.ROA, Method: "GET", Path: "/things/{ThingName}", Params: []*opspec.Param{name}, Response: resp},
	}}
}
