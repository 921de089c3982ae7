package main

import (
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// wholeBodyE2E is the user's test written into the generated package: the generated client
// calls the generated mock over HTTP; a JSON text the caller wrote and a list are each the
// entire request body, byte for byte as a recording middleware saw it leave, and the mock's
// journal holds them as the parameters' values. The mock checks the V3 signature, which
// covers the body.
const wholeBodyE2E = `import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	demo "IMPORT"
	"IMPORT/mockserver"
)

func TestWholeBody(t *testing.T) {
	h := &handlers{}
	ts, srv := newMock(t, mockserver.HandlerOptions(h)...)
	var bodies []string
	record := func(next http.RoundTripper) http.RoundTripper {
		return roundTrip(func(r *http.Request) (*http.Response, error) {
			b := []byte{}
			if r.Body != nil {
				b, _ = io.ReadAll(r.Body)
				r.Body = io.NopCloser(bytes.NewReader(b))
			}
			bodies = append(bodies, r.Header.Get("Content-Type")+" "+string(b))
			return next.RoundTrip(r)
		})
	}
	c := newClient(t, demo.WithEndpoint(ts.URL), demo.WithMiddleware(record))
	ctx := context.Background()
	const text = "{\"refresh_interval\": \"1s\",\n \"replicas\": [1, 2]}"
	if _, err := c.PutSettings(ctx, &demo.PutSettingsRequest{InstanceId: "es-1", Settings: text}); err != nil {
		t.Fatal(err)
	}
	tags := []demo.AddTagsRequestBodyItem{{Key: "env", Value: "prod"}, {Key: "team"}}
	if _, err := c.AddTags(ctx, &demo.AddTagsRequest{Body: tags}); err != nil {
		t.Fatal(err)
	}
	// the client checks the items before sending
	_, err := c.AddTags(ctx, &demo.AddTagsRequest{Body: []demo.AddTagsRequestBodyItem{{Value: "v"}}})
	var ve *acs.ValidationError
	if !errors.As(err, &ve) {
		t.Errorf("an item without key: %v", err)
	}
	want := []string{
		"application/json; charset=utf-8 " + text,
		"application/json; charset=utf-8 " + ` + "`" + `[{"key":"env","value":"prod"},{"key":"team"}]` + "`" + `,
	}
	if !reflect.DeepEqual(bodies, want) {
		t.Errorf("bodies sent:\n%q\nwant\n%q", bodies, want)
	}
	// the mock checks a body against the parameter's schema: not a list, an item without
	// its required key (sent by hand, to a mock that does not check signatures)
	plain := newByHand(t)
	for _, bad := range []string{` + "`" + `{"key":"k"}` + "`" + `, ` + "`" + `[{"value":"v"}]` + "`" + `} {
		if status, msg := plain.postJSON("/tags", bad); status != 400 || !strings.Contains(msg, "key") {
			t.Errorf("%s: status %d, want 400: %s", bad, status, msg)
		}
	}
	if n := len(plain.srv.Requests()); n != 2 {
		t.Errorf("second mock's journal has %d requests, want 2", n)
	}
	// typed handlers get the values too
	if h.settings != text || len(h.tags) != 2 || h.tags[1].Key != "team" {
		t.Errorf("handlers got settings %q, tags %+v", h.settings, h.tags)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("journal has %d requests, want 2", len(reqs))
	}
	if got := reqs[0].Params["settings"]; got != text {
		t.Errorf("journal: settings %#v, want the text as sent", got)
	}
	if got, _ := json.Marshal(reqs[1].Params["body"]); string(got) != ` + "`" + `[{"key":"env","value":"prod"},{"key":"team"}]` + "`" + ` {
		t.Errorf("journal: body %s", got)
	}
}

// handlers record what the typed handlers receive and leave the answer to the mock.
type handlers struct {
	mockserver.UnimplementedHandlers
	settings string
	tags     []demo.AddTagsRequestBodyItem
}

func (h *handlers) PutSettings(_ context.Context, req *demo.PutSettingsRequest) (*demo.PutSettingsResponse, error) {
	h.settings = req.Settings
	return nil, nil
}

func (h *handlers) AddTags(_ context.Context, req *demo.AddTagsRequest) (*demo.AddTagsResponse, error) {
	h.tags = req.Body
	return nil, nil
}
`

// TestWholeBodyEndToEnd generates client and mock from a hand-made spec whose operations
// take their whole request body as one parameter (testdata/wholebody/demo-body.yaml: a JSON
// text and a list) and runs wholeBodyE2E in the generated package.
func TestWholeBodyEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	spec := filepath.Join(goldentest.ModuleRoot(t), "cmd", "gen", "testdata", "wholebody", "demo-body.yaml")
	runE2E(t, spec, "example.com/wholebody", "demobody20240301", "wholebody_e2e_test.go", wholeBodyE2E, "TestWholeBody")
}
