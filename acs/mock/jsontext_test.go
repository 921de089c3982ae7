package mock

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/acsgen/acsgen/opspec"
)

// jsonTextSpec has one operation with parameters sent as JSON text (style json): an
// untyped map and a list of objects.
func jsonTextSpec() *opspec.Spec {
	return &opspec.Spec{
		Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC,
		Operations: []*opspec.Operation{{
			Name: "Tagged", Style: opspec.RPC, Method: "POST", Path: "/",
			Params: []*opspec.Param{
				{Name: "Context", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Style: opspec.JSONStyle, AdditionalProperties: &opspec.Schema{}}},
				{Name: "Items", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Style: opspec.JSONStyle, Items: &opspec.Schema{
					Type: "object", Properties: []*opspec.Property{{Name: "N", Required: true, Schema: &opspec.Schema{Type: "integer", Format: "int32"}}},
				}}},
			},
			Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}}}},
		}},
	}
}

func TestJSONTextParams(t *testing.T) {
	var got map[string]any
	s, err := New([]*opspec.Spec{jsonTextSpec()}, WithClock(func() time.Time { return testNow }),
		WithHandler("Eiam", "2021-12-01", "Tagged", func(ctx context.Context, c *Call) (any, error) {
			got = c.Params
			return c.Default()
		}))
	if err != nil {
		t.Fatal(err)
	}
	a := do(t, s, rpc("Tagged", url.Values{"Context": {`{"k":"v","n":1}`}, "Items": {`[{"N":2}]`}}))
	if a.status != 200 {
		t.Fatalf("%d %s", a.status, a.raw)
	}
	if m, ok := got["Context"].(map[string]any); !ok || m["k"] != "v" {
		t.Errorf("Context decoded to %#v, want the map its JSON text holds", got["Context"])
	}
	if l, ok := got["Items"].([]any); !ok || len(l) != 1 {
		t.Errorf("Items decoded to %#v, want a one-element list", got["Items"])
	}
	for _, c := range []struct {
		q    url.Values
		want string
	}{
		{url.Values{"Context.k": {"v"}}, "JSON text"},        // flattened, not JSON text
		{url.Values{"Context": {"k=v"}}, "not JSON text"},    // not JSON
		{url.Values{"Context": {`["k"]`}}, "Context"},        // JSON, but a list
		{url.Values{"Items": {`[{"N":"x"}]`}}, "Items[0].N"}, // the schema inside the text
		{url.Values{"Items": {`[{}]`}}, "Items[0]"},          // a required field missing
	} {
		a := do(t, s, rpc("Tagged", c.q))
		if a.status != 400 || !strings.Contains(a.raw, c.want) {
			t.Errorf("%s: got %d %s, want 400 naming %q", c.q.Encode(), a.status, a.raw, c.want)
		}
	}
}

// TestNestedJSONTextFields: a field of a flattened parameter sent as its JSON text
// (Config.Data={...}, Config.Names=[...]) is decoded and validated; the official SDKs'
// further flattening (Config.Data.k=v) is the same value; text that is no JSON is an error
// naming the field, not a comma-joined list.
func TestNestedJSONTextFields(t *testing.T) {
	spec := jsonTextSpec()
	spec.Operations[0].Params = []*opspec.Param{{Name: "Config", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "Data", Schema: &opspec.Schema{Type: "object", Style: opspec.JSONStyle, AdditionalProperties: &opspec.Schema{}}},
		{Name: "Names", Schema: &opspec.Schema{Type: "array", Style: opspec.JSONStyle, Items: &opspec.Schema{Type: "string"}}},
	}}}}
	var got map[string]any
	s, err := New([]*opspec.Spec{spec}, WithClock(func() time.Time { return testNow }),
		WithHandler("Eiam", "2021-12-01", "Tagged", func(ctx context.Context, c *Call) (any, error) {
			got = c.Params
			return c.Default()
		}))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []url.Values{
		{"Config.Data": {`{"k":"v"}`}, "Config.Names": {`["a","b"]`}},
		{"Config.Data.k": {"v"}, "Config.Names.1": {"a"}, "Config.Names.2": {"b"}},
	} {
		a := do(t, s, rpc("Tagged", q))
		if a.status != 200 {
			t.Fatalf("%s: %d %s", q.Encode(), a.status, a.raw)
		}
		cfg, _ := got["Config"].(map[string]any)
		data, _ := cfg["Data"].(map[string]any)
		names, _ := cfg["Names"].([]any)
		if data["k"] != "v" || len(names) != 2 || names[1] != "b" {
			t.Errorf("%s: Config decoded to %#v", q.Encode(), got["Config"])
		}
	}
	for _, c := range []struct {
		q    url.Values
		want string
	}{
		{url.Values{"Config.Names": {"a,b"}}, "Config.Names: value is not JSON text"},
		{url.Values{"Config.Data": {"k=v"}}, "Config.Data: value is not JSON text"},
		{url.Values{"Config.Names": {`[1]`}}, "Config"},
	} {
		a := do(t, s, rpc("Tagged", c.q))
		if a.status != 400 || !strings.Contains(a.raw, c.want) {
			t.Errorf("%s: got %d %s, want 400 naming %q", c.q.Encode(), a.status, a.raw, c.want)
		}
	}
}
