package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/gen/docs"

	"github.com/acsgen/acsgen/opspec"
)

// docsTestSpec writes a small spec to dir/specs/<key>/<version>.yaml and returns its path.
func docsTestSpec(t *testing.T, dir, product string) string {
	t.Helper()
	s := &opspec.Spec{
		Product: product, Version: "2022-08-01", Style: opspec.ROA, Auth: opspec.AuthAK,
		Operations: []*opspec.Operation{{
			Name: "CreateInstanceAccount", Title: "Create an account", Summary: "Creates an account.",
			Style: opspec.ROA, Method: "POST", Path: "/instances/{instanceId}/accounts",
			Params: []*opspec.Param{
				{Name: "instanceId", In: opspec.InPath, Required: true, Schema: &opspec.Schema{Type: "string", Description: "The ID | of the instance.", Example: "rmq-cn-x"}},
				{Name: "username", In: opspec.InBody, Schema: &opspec.Schema{Type: "string", Description: "The user name."}},
			},
			Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "requestId", Schema: &opspec.Schema{Type: "string"}},
			}},
		}},
	}
	file := filepath.Join(dir, "specs", s.Key(), s.Version+".yaml")
	if err := opspec.WriteFile(file, s); err != nil {
		t.Fatalf("write spec: %v", err)
	}
	return file
}

func runDocsCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), stdio{out: &out, err: &errb}, append([]string{"docs"}, args...))
	return code, out.String(), errb.String()
}

func TestDocsCommand(t *testing.T) {
	dir := t.TempDir()
	docsTestSpec(t, dir, "RocketMQ")
	docsTestSpec(t, dir, "Eiam")
	outDir := filepath.Join(dir, "out")
	specs := filepath.Join(dir, "specs")

	code, stdout, stderr := runDocsCmd("--specs", specs, "--out", outDir, "--import-prefix", "example.com/me/gen")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page := filepath.Join(outDir, "rocketmq", "2022-08-01", "CreateInstanceAccount.md")
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatalf("%v\nstdout: %s", err, stdout)
	}
	if !strings.Contains(string(b), `"example.com/me/gen/rocketmq20220801"`) {
		t.Errorf("page does not import the client from the --import-prefix:\n%s", b)
	}
	if _, err := os.Stat(filepath.Join(outDir, "eiam", "2022-08-01", "README.md")); err != nil {
		t.Errorf("second spec not rendered: %v", err)
	}
	if !strings.Contains(stdout, "4 files") || !strings.Contains(stdout, "4 changed") {
		t.Errorf("summary: %q", stdout)
	}

	// A re-run changes nothing; a stale page (it carries the generated marker) is removed,
	// a hand-written one is kept.
	stale := filepath.Join(outDir, "rocketmq", "2022-08-01", "Gone.md")
	if err := os.WriteFile(stale, []byte(docs.Header+"\nold\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	hand := filepath.Join(outDir, "rocketmq", "2022-08-01", "Notes.md")
	if err := os.WriteFile(hand, []byte("# Notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runDocsCmd("--specs", specs, "--out", outDir, "--import-prefix", "example.com/me/gen")
	if code != 0 {
		t.Fatalf("re-run: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "1 changed") || !strings.Contains(stdout, "removed") {
		t.Errorf("re-run should only remove the stale page: %q", stdout)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale page kept: %v", err)
	}
	if _, err := os.Stat(hand); err != nil {
		t.Errorf("hand-written page removed: %v", err)
	}

	// --spec renders one spec.
	one := filepath.Join(dir, "one")
	code, _, stderr = runDocsCmd("--spec", filepath.Join(specs, "eiam", "2022-08-01.yaml"), "--out", one)
	if code != 0 {
		t.Fatalf("--spec: exit %d: %s", code, stderr)
	}
	if ents, _ := os.ReadDir(one); len(ents) != 1 || ents[0].Name() != "eiam" {
		t.Errorf("--spec wrote %v, want only eiam/", ents)
	}
}

func TestDocsCommandTemplates(t *testing.T) {
	dir := t.TempDir()
	spec := docsTestSpec(t, dir, "RocketMQ")
	tmpl := filepath.Join(dir, "tmpl")
	if err := os.MkdirAll(tmpl, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(tmpl, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.md.tmpl", "# {{text .Spec.Product}}\n")

	code, _, stderr := runDocsCmd("--spec", spec, "--out", filepath.Join(dir, "out"), "--templates", tmpl)
	if code != 1 || !strings.Contains(stderr, "missing template operation.md.tmpl") || !strings.Contains(stderr, tmpl) {
		t.Errorf("missing template: exit %d, stderr %q", code, stderr)
	}

	write("operation.md.tmpl", "# {{.Op.Name}}\n{{.Op.NoSuchField}}\n")
	code, _, stderr = runDocsCmd("--spec", spec, "--out", filepath.Join(dir, "out"), "--templates", tmpl)
	if code != 1 || !strings.Contains(stderr, "operation.md.tmpl:2") || !strings.Contains(stderr, "operation CreateInstanceAccount") {
		t.Errorf("execution error: exit %d, stderr %q", code, stderr)
	}

	write("operation.md.tmpl", "# {{code .Op.Name}} in {{.Spec.Product}}\n")
	out := filepath.Join(dir, "out")
	code, _, stderr = runDocsCmd("--spec", spec, "--out", out, "--templates", tmpl)
	if code != 0 {
		t.Fatalf("custom templates: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "rocketmq", "2022-08-01", "CreateInstanceAccount.md"))
	if string(b) != docs.Header+"\n# `CreateInstanceAccount` in RocketMQ\n" {
		t.Errorf("custom template output %q", b)
	}
}

func TestDocsCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("openapi: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--spec", bad, "--out", dir}, 1, bad},
		{[]string{"--spec", filepath.Join(dir, "nope.yaml")}, 1, "nope.yaml"},
		{[]string{"--specs", filepath.Join(dir, "empty")}, 1, "no specs in"},
		{[]string{"--templates", filepath.Join(dir, "notthere"), "--spec", bad}, 1, "notthere"},
		{[]string{"--bogus"}, 2, "flag provided but not defined"},
		{[]string{"stray"}, 2, "unexpected argument"},
	}
	for _, c := range cases {
		code, _, stderr := runDocsCmd(c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("gen docs %v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, stderr, c.code, c.want)
		}
	}
}
