package mock

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// checkAllResponses answers every operation of every spec with generated parameters
// (twice, so that Create runs before Get/List/Update/Delete see state) and validates
// every successful body against the operation's response schema with kin-openapi.
func checkAllResponses(t *testing.T, specs []*opspec.Spec) {
	t.Helper()
	s, err := New(specs, WithSeed(11))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for round := range 2 {
		for _, rt := range s.t.all {
			r := newRNG(5, rt.op.Name)
			params := map[string]any{}
			for _, p := range rt.params {
				params[p.name] = buildTemplate(p.n, nil, false, r, p.name, 0)
			}
			// Reuse the ID of a created resource so that Get/Update/Delete find it.
			if k := rt.res.kind; k != nil && rt.res.verb != verbCreate {
				for _, e := range s.State() {
					if strings.EqualFold(e.Kind, k.name) {
						if p := rt.param(k.idParam); p != nil {
							params[p.name] = e.ID
						}
						for i, pn := range k.parents {
							if p := rt.param(pn); p != nil && i < len(e.Parent) {
								params[p.name] = e.Parent[i]
							}
						}
					}
				}
			}
			c := &Call{Product: rt.spec.Product, Version: rt.spec.Version, Operation: rt.op.Name, Account: "a", Params: params, RequestID: "R"}
			v, err := s.behave(rt, c)
			if err != nil {
				if round == 1 && rt.res.verb != verbCreate {
					t.Logf("%s: %v", rt.op.Name, err)
				}
				continue
			}
			b, err := encodeJSON(v)
			if err != nil {
				t.Fatal(err)
			}
			var back any
			dec := json.NewDecoder(strings.NewReader(string(b)))
			dec.UseNumber()
			if err := dec.Decode(&back); err != nil {
				t.Fatal(err)
			}
			if err := rt.resp.k.VisitJSON(back); err != nil {
				t.Errorf("%s %s (round %d): response does not fit its schema: %v\n%s", rt.spec.Product, rt.op.Name, round, err, b)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no responses checked")
	}
	t.Logf("%d responses validated", n)
}

func TestResponsesFitSchemas(t *testing.T) { checkAllResponses(t, allSpecs()) }

func TestExampleThatDoesNotFitIsRepaired(t *testing.T) {
	spec := &opspec.Spec{Product: "X", Version: "2020-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{{
		Name: "GetThing", Method: "POST", Path: "/",
		Response: obj(prop("RequestId", str("", "")), prop("Count", &opspec.Schema{Type: "integer"}),
			prop("Name", str("", ""))),
		ResponseExample: `{"RequestId":"r","Count":"many","Name":"documented"}`,
	}}}
	s, err := New([]*opspec.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	rt := s.t.all[0]
	if rt.tmpl["Name"] != "documented" {
		t.Fatalf("valid example part dropped: %v", rt.tmpl)
	}
	if _, ok := rt.tmpl["Count"].(json.Number); !ok {
		t.Fatalf("invalid example part kept: %v", rt.tmpl)
	}
}

// A documented parameter name with a dot (the ECS metadata's required
// "PrivatePoolOptions.Id" string) is found when the SDK sends it as that flat query key,
// which decoding nests; it was reported missing.
func TestDottedParameterName(t *testing.T) {
	spec := &opspec.Spec{Product: "X", Version: "2020-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{{
		Name: "ReleaseThing", Method: "POST", Path: "/",
		Params: []*opspec.Param{
			{Name: "PrivatePoolOptions.Id", In: opspec.InQuery, Required: true, Schema: str("", "")},
			{Name: "Tag.Count", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer"}},
		},
		Response: obj(prop("RequestId", str("", ""))),
	}}}
	var got map[string]any
	s, err := New([]*opspec.Spec{spec}, WithHandler("X", "2020-01-01", "ReleaseThing", func(_ context.Context, c *Call) (any, error) {
		got = c.Params
		return map[string]any{"RequestId": c.RequestID}, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	r := rpc("ReleaseThing", url.Values{"PrivatePoolOptions.Id": {"crp-1"}, "Tag.Count": {"3"}})
	r.Header.Set("x-acs-version", "2020-01-01")
	if a := do(t, s, r); a.status != 200 {
		t.Fatalf("status %d: %s", a.status, a.raw)
	}
	if got["PrivatePoolOptions.Id"] != "crp-1" || fmt.Sprint(got["Tag.Count"]) != "3" {
		t.Fatalf("params %v", got)
	}
	// Still required: absent, it is missing.
	r = rpc("ReleaseThing", url.Values{"PrivatePoolOptions.Other": {"x"}})
	r.Header.Set("x-acs-version", "2020-01-01")
	if a := do(t, s, r); a.status != 400 || a.code() != "MissingPrivatePoolOptions.Id" {
		t.Fatalf("without it: %d %s", a.status, a.raw)
	}
}
