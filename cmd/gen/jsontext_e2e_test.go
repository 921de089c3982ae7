package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// jsonTextE2E is the user's test written into the generated package: the generated client
// takes a map and a list of structs for parameters sent as JSON text (style json), the
// request leaves with each as ONE parameter holding its JSON text (as a recording
// middleware saw it), and the generated mock decodes the text, validates it and journals
// the value.
const jsonTextE2E = `import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	demo "IMPORT"
)

func TestJSONText(t *testing.T) {
	c, srv, sent := recordedClient(t)
	ctx := context.Background()
	req := &demo.EncryptRequest{
		KeyId:             "key-1",
		EncryptionContext: map[string]any{"purpose": "test", "n": 1},
		Items:             []demo.EncryptRequestItem{{Key: "a"}, {Key: "b"}},
	}
	if _, err := c.Encrypt(ctx, req); err != nil {
		t.Fatal(err)
	}
	// the client checks what is inside before sending
	_, err := c.Encrypt(ctx, &demo.EncryptRequest{KeyId: "k", Items: []demo.EncryptRequestItem{{}}})
	var ve *acs.ValidationError
	if !errors.As(err, &ve) {
		t.Errorf("an item without its key: %v", err)
	}
	if len(sent()) != 1 {
		t.Fatalf("%d requests sent, want 1", len(sent()))
	}
	const wantContext = ` + "`" + `{"n":1,"purpose":"test"}` + "`" + `
	const wantItems = ` + "`" + `[{"Key":"a"},{"Key":"b"}]` + "`" + `
	if got := sent()[0]["EncryptionContext"]; len(got) != 1 || got[0] != wantContext {
		t.Errorf("EncryptionContext sent as %q, want the one JSON text %s", got, wantContext)
	}
	if got := sent()[0]["Items"]; len(got) != 1 || got[0] != wantItems {
		t.Errorf("Items sent as %q, want the one JSON text %s", got, wantItems)
	}
	for k := range sent()[0] {
		if strings.HasPrefix(k, "EncryptionContext.") || strings.HasPrefix(k, "Items.") {
			t.Errorf("flattened key %s sent", k)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Status != 200 {
		t.Fatalf("journal: %+v", reqs)
	}
	for name, want := range map[string]string{"EncryptionContext": wantContext, "Items": wantItems} {
		if got, _ := json.Marshal(reqs[0].Params[name]); string(got) != want {
			t.Errorf("journal: %s %s, want the value of %s", name, got, want)
		}
	}
	// the mock wants the JSON text and checks the value inside it (sent by hand)
	h := newByHand(t)
	for _, bad := range []url.Values{
		{"KeyId": {"k"}, "EncryptionContext.purpose": {"test"}},
		{"KeyId": {"k"}, "EncryptionContext": {"purpose=test"}},
		{"KeyId": {"k"}, "Items": {` + "`" + `[{"Value":"v"}]` + "`" + `}},
	} {
		if status, msg := h.rpc("Encrypt", "2024-03-01", bad); status != 400 {
			t.Errorf("%s: status %d, want 400: %s", bad.Encode(), status, msg)
		}
	}
}
`

// TestJSONTextEndToEnd generates client and mock from a hand-made spec whose parameters
// take a structure sent as its JSON text (testdata/jsontext/demo-json.yaml: a map in the
// query, a list in the form body) and runs jsonTextE2E in the generated package.
func TestJSONTextEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	spec := filepath.Join(goldentest.ModuleRoot(t), "cmd", "gen", "testdata", "jsontext", "demo-json.yaml")
	runE2E(t, spec, "example.com/jsontext", "demojson20240301", "jsontext_e2e_test.go", jsonTextE2E, "TestJSONText")
}

// nestedJSONTextE2E is the user's test for fields nested in a flattened parameter that go
// as their JSON text (x-acs-style: json on a property, as KMS UpdateSecret's
// ExtendedConfig.CustomData): the generated client sends each as ONE parameter under its
// flattened name, also inside list items; the generated mock decodes and validates it and
// journals the value; and, as the official SDKs flatten such a map further
// (ExtendedConfig.CustomData.k=v), the mock takes that form too.
const nestedJSONTextE2E = `import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	demo "IMPORT"
)

func TestNestedJSONText(t *testing.T) {
	c, srv, sent := recordedClient(t)
	ctx := context.Background()
	req := &demo.UpdateSecretRequest{
		SecretName: "s1",
		ExtendedConfig: demo.UpdateSecretRequestExtendedConfig{
			CustomData: map[string]any{"DBName": "app", "Port": 3306},
			Rule:       demo.UpdateSecretRequestExtendedConfigRule{Name: "r", Days: 7},
			Tags: []demo.UpdateSecretRequestExtendedConfigTag{
				{Key: "k1", Data: demo.UpdateSecretRequestExtendedConfigTagData{Name: "d"}},
				{Key: "k2"},
			},
		},
	}
	if _, err := c.UpdateSecret(ctx, req); err != nil {
		t.Fatal(err)
	}
	// the client checks what is inside before sending
	bad := &demo.UpdateSecretRequest{SecretName: "s", ExtendedConfig: demo.UpdateSecretRequestExtendedConfig{
		Rule: demo.UpdateSecretRequestExtendedConfigRule{Days: 1}}}
	var ve *acs.ValidationError
	if _, err := c.UpdateSecret(ctx, bad); !errors.As(err, &ve) {
		t.Errorf("a rule without its name: %v", err)
	}
	if len(sent()) != 1 {
		t.Fatalf("%d requests sent, want 1", len(sent()))
	}
	want := map[string]string{
		"ExtendedConfig.CustomData":  ` + "`" + `{"DBName":"app","Port":3306}` + "`" + `,
		"ExtendedConfig.Rule":        ` + "`" + `{"Days":7,"Name":"r"}` + "`" + `,
		"ExtendedConfig.Tags.1.Key":  "k1",
		"ExtendedConfig.Tags.1.Data": ` + "`" + `{"Name":"d"}` + "`" + `,
		"ExtendedConfig.Tags.2.Key":  "k2",
	}
	for k, w := range want {
		if got := sent()[0][k]; len(got) != 1 || got[0] != w {
			t.Errorf("%s sent as %q, want %s", k, got, w)
		}
	}
	for k := range sent()[0] {
		if strings.HasPrefix(k, "ExtendedConfig.") && want[k] == "" {
			t.Errorf("key %s sent", k)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Status != 200 {
		t.Fatalf("journal: %+v", reqs)
	}
	const wantJournal = ` + "`" + `{"CustomData":{"DBName":"app","Port":3306},"Rule":{"Days":7,"Name":"r"},"Tags":[{"Data":{"Name":"d"},"Key":"k1"},{"Key":"k2"}]}` + "`" + `
	if got, _ := json.Marshal(reqs[0].Params["ExtendedConfig"]); string(got) != wantJournal {
		t.Errorf("journal: ExtendedConfig %s, want %s", got, wantJournal)
	}
	// sent by hand: the official SDKs' flattened form is taken; what is not the value is not
	h := newByHand(t)
	for _, tc := range []struct {
		vals   url.Values
		status int
	}{
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.CustomData.DBName": {"app"}, "ExtendedConfig.Rule.Name": {"r"}}, 200},
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.CustomData": {` + "`" + `{"DBName":"app"}` + "`" + `}}, 200},
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.Rule": {"Name=r"}}, 400},
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.Rule": {` + "`" + `{"Days":1}` + "`" + `}}, 400},
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.Tags.1.Data": {` + "`" + `{"Days":1}` + "`" + `}}, 400},
		{url.Values{"SecretName": {"s"}, "ExtendedConfig.Rule": {` + "`" + `{"Name":"r","Days":"x"}` + "`" + `}}, 400},
	} {
		if status, msg := h.rpc("UpdateSecret", "2024-03-01", tc.vals); status != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.vals.Encode(), status, tc.status, msg)
		}
	}
}
`

// TestNestedJSONTextEndToEnd generates client and mock from a hand-made spec whose
// flattened parameter has fields sent as their JSON text (testdata/jsontext/demo-nested.yaml)
// and runs nestedJSONTextE2E in the generated package.
func TestNestedJSONTextEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	spec := filepath.Join(goldentest.ModuleRoot(t), "cmd", "gen", "testdata", "jsontext", "demo-nested.yaml")
	runE2E(t, spec, "example.com/nestedjson", "demonested20240301", "nestedjson_e2e_test.go", nestedJSONTextE2E, "TestNestedJSONText")
}

// pageMapE2E is the user's test for a parameter a page types a map ("String to string map",
// as KMS Encrypt's EncryptionContext): the generated client takes a map and sends it as ONE
// parameter holding its JSON text, as the page's sample request and the official SDKs do,
// and the generated mock reads it as documented: the value journaled, nothing guessed (a
// warning would say the spec wants it flattened).
const pageMapE2E = `import (
	"context"
	"encoding/json"
	"testing"

	demo "IMPORT"
)

func TestPageMap(t *testing.T) {
	c, srv, sent := recordedClient(t)
	req := &demo.SealRequest{KeyId: "key-1", Context: map[string]string{"purpose": "test", "app": "a"}}
	if _, err := c.Seal(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	const want = ` + "`" + `{"app":"a","purpose":"test"}` + "`" + `
	if len(sent()) != 1 {
		t.Fatalf("%d requests sent, want 1", len(sent()))
	}
	if got := sent()[0]["Context"]; len(got) != 1 || got[0] != want {
		t.Errorf("Context sent as %q (all: %v), want the one JSON text %s", got, sent()[0], want)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Status != 200 {
		t.Fatalf("journal: %+v", reqs)
	}
	if got, _ := json.Marshal(reqs[0].Params["Context"]); string(got) != want {
		t.Errorf("journal: Context %s, want the value of %s", got, want)
	}
	if len(reqs[0].Warnings) > 0 {
		t.Errorf("the mock guessed: %q", reqs[0].Warnings)
	}
}
`

// TestPageMapEndToEnd scrapes a page whose parameter is typed a map
// (testdata/jsontext/Seal.md, in the help center's Markdown shape) and checks that client,
// mock and docs agree that it goes as its JSON text: the docs say so, and pageMapE2E runs
// in the generated package.
func TestPageMapEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	page := filepath.Join(goldentest.ModuleRoot(t), "cmd", "gen", "testdata", "jsontext", "Seal.md")
	spec := filepath.Join(t.TempDir(), "demo.yaml")
	if code, _, stderr := runGen("scrape", "-product", "Demomap", "-version", "2024-03-01", "-style", "RPC", "-o", spec, page); code != 0 {
		t.Fatalf("gen scrape: exit %d\n%s", code, stderr)
	}
	docs := t.TempDir()
	if code, _, stderr := runGen("docs", "-spec", spec, "-out", docs); code != 0 {
		t.Fatalf("gen docs: exit %d\n%s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(docs, "demomap", "2024-03-01", "Seal.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "JSON text of") {
		t.Errorf("the docs do not say Context goes as JSON text:\n%s", md)
	}
	runE2E(t, spec, "example.com/pagemap", "demomap20240301", "pagemap_e2e_test.go", pageMapE2E, "TestPageMap")
}
