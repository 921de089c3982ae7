package main

import (
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// dottedE2E is the user's test written into the package generated from metadata whose RPC
// parameters have flattened names (golden/metadata/demo-rpc, CreateWidget: Pool.Id,
// Pool.MatchCriteria, Disk.Category and Disk.Size beside a Disk parameter of style flat,
// Rule.1.Key, Rule.2.Key, Rule.1.Value, Config.Data): the client takes them nested, as the
// page readers make them, and the request leaves with the metadata's names (as a recording
// middleware saw it; Config.Data, of style json, a map sent as its JSON text); the
// generated mock reads them back into the nested value and wants Pool.Id, required in a Pool
// that is sent.
const dottedE2E = `import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	demo "IMPORT"
)

func TestDottedNames(t *testing.T) {
	c, srv, sent := recordedClient(t)
	ctx := context.Background()
	yes := true
	req := &demo.CreateWidgetRequest{
		Spec:   demo.CreateWidgetRequestSpec{Size: 1},
		Pool:   demo.CreateWidgetRequestPool{Id: "pool-1", MatchCriteria: demo.CreateWidgetRequestPoolMatchCriteriaTarget},
		Disk:   demo.CreateWidgetRequestDisk{Category: "cloud_ssd", Size: 40, Encrypted: &yes},
		Rule:   []demo.CreateWidgetRequestRuleItem{{Key: "k1", Value: "v1"}, {Key: "k2"}},
		Config: demo.CreateWidgetRequestConfig{Data: map[string]string{"a": "b"}},
	}
	if _, err := c.CreateWidget(ctx, req); err != nil {
		t.Fatal(err)
	}
	// the client checks the required field of a Pool it sends before sending (Pool itself is
	// optional: the metadata marks only Pool.Id required)
	_, err := c.CreateWidget(ctx, &demo.CreateWidgetRequest{Spec: demo.CreateWidgetRequestSpec{Size: 1},
		Pool: demo.CreateWidgetRequestPool{MatchCriteria: demo.CreateWidgetRequestPoolMatchCriteriaOpen}})
	var ve *acs.ValidationError
	if !errors.As(err, &ve) || !strings.Contains(err.Error(), "Pool") {
		t.Errorf("no Pool.Id: %v", err)
	}
	if len(sent()) != 1 {
		t.Fatalf("%d requests sent, want 1", len(sent()))
	}
	want := map[string]string{
		"Pool.Id": "pool-1", "Pool.MatchCriteria": "Target",
		"Disk.Category": "cloud_ssd", "Disk.Size": "40", "Disk.Encrypted": "true",
		"Rule.1.Key": "k1", "Rule.1.Value": "v1", "Rule.2.Key": "k2",
		"Config.Data": ` + "`" + `{"a":"b"}` + "`" + `, "Spec.Size": "1",
	}
	for k, v := range want {
		if got := sent()[0][k]; len(got) != 1 || got[0] != v {
			t.Errorf("%s sent as %q, want %q", k, got, v)
		}
	}
	for k := range sent()[0] {
		if k == "Pool" || k == "Disk" || k == "Rule" || k == "Config" {
			t.Errorf("unflattened key %s sent", k)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Status != 200 {
		t.Fatalf("journal: %+v", reqs)
	}
	for name, want := range map[string]string{
		"Pool": ` + "`" + `{"Id":"pool-1","MatchCriteria":"Target"}` + "`" + `,
		"Rule": ` + "`" + `[{"Key":"k1","Value":"v1"},{"Key":"k2"}]` + "`" + `,
		"Config": ` + "`" + `{"Data":{"a":"b"}}` + "`" + `,
	} {
		if got, _ := json.Marshal(reqs[0].Params[name]); string(got) != want {
			t.Errorf("journal: %s %s, want %s", name, got, want)
		}
	}
	// the mock wants Pool.Id (sent by hand without it)
	bad := url.Values{"Spec.Size": {"1"}, "Pool.MatchCriteria": {"Open"}}
	if status, msg := newByHand(t).rpc("CreateWidget", "2024-01-01", bad); status != 400 || !strings.Contains(msg, "Pool.Id") {
		t.Errorf("without Pool.Id: status %d: %s", status, msg)
	}
}
`

// TestMetadataDottedNamesEndToEnd imports golden/metadata/demo-rpc (RPC parameters with
// flattened names), generates client and mock, and runs dottedE2E in the generated package:
// the nested value goes on the wire under the metadata's flattened names.
func TestMetadataDottedNamesEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	spec := scrapeMetadata(t, filepath.Join(goldentest.ModuleRoot(t), "golden", "metadata", "demo-rpc", "api-docs.json"))
	runE2E(t, spec, "example.com/dotted", "demo20240101", "dotted_e2e_test.go", dottedE2E, "TestDottedNames")
}
