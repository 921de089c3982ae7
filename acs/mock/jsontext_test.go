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
