package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/gen/client"
	"github.com/acsgen/acsgen/gen/docs"
	genmock "github.com/acsgen/acsgen/gen/mock"
)

// ownTree is a user's module for the ownership tests: go.mod and the committed EIAM pages.
func ownTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/own\n\ngo 1.26\n")
	copyPages(t, "../../specs/eiam/pages", dir)
	return dir
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// takeOver does what a user does to keep a generated file as their own: deletes its
// first line (the generated header) and edits it. It returns the new content.
func takeOver(t *testing.T, name string) string {
	t.Helper()
	_, rest, _ := strings.Cut(readFile(t, name), "\n")
	mine := rest + "\n// edited by hand\n"
	writeFile(t, name, mine)
	return mine
}

// TestAllFileOwnership is issue 12's promise for `gen all` as a user meets it: the run owns
// exactly the files that start with the generated header. Hand-written files beside
// generated ones stay; a generated file the user took over (header deleted) is neither
// overwritten nor removed, and the run names it; generated files of operations removed from
// the pages are removed (enums.go too, when the last enum goes), each named.
func TestAllFileOwnership(t *testing.T) {
	dir := ownTree(t)
	cfg := filepath.Join(dir, "acsgen.yaml")
	writeFile(t, cfg, "products:\n  - product: Eiam\n    version: \"2021-12-01\"\n    style: RPC\n    pages: [pages]\n")
	if code, _, stderr := runGen("all", "-config", cfg, "-q"); code != 0 {
		t.Fatalf("all exit %d:\n%s", code, stderr)
	}
	pkg := filepath.Join(dir, "generated", "eiam20211201")
	docsRoot := filepath.Join(dir, "docs", "reference")
	docsDir := filepath.Join(docsRoot, "eiam", "2021-12-01")
	removed := []string{
		filepath.Join(pkg, "enums.go"), // only GetInstance and CreateAuthorizationRule have enums
		filepath.Join(docsDir, "GetInstance.md"),
		filepath.Join(docsDir, "CreateAuthorizationRule.md"),
	}
	for _, f := range removed {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("all did not generate %s: %v", f, err)
		}
	}

	// The user's files: hand-written ones beside generated ones, and three generated files
	// taken over (a client file, a mock file, a docs page; the docs catalog replaced).
	hand := map[string]string{
		filepath.Join(pkg, "helper.go"):                   "package eiam20211201\n\n// Helper is hand-written.\nfunc Helper() {}\n",
		filepath.Join(pkg, "client_test.go"):              "package eiam20211201\n",
		filepath.Join(pkg, "mockserver", "seed.go"):       "package mockserver\n\n// Seed is hand-written.\nfunc Seed() {}\n",
		filepath.Join(docsDir, "NOTES.md"):                "# Notes\n",
		filepath.Join(docsRoot, "README.md"):              "# Our API reference\n",
		filepath.Join(dir, "generated", "README.md"):      "what generated/ holds\n",
		filepath.Join(pkg, "mockserver", "extra_test.go"): "package mockserver\n",
	}
	for name, data := range hand {
		writeFile(t, name, data)
	}
	for _, name := range []string{filepath.Join(pkg, "types.go"), filepath.Join(pkg, "mockserver", "server.go"), filepath.Join(docsDir, "CreateInstance.md")} {
		hand[name] = takeOver(t, name)
	}
	// Two operations leave the docs.
	for _, name := range []string{"GetInstance.txt", "CreateAuthorizationRule.txt"} {
		if err := os.Remove(filepath.Join(dir, "pages", name)); err != nil {
			t.Fatal(err)
		}
	}

	code, _, stderr := runGen("all", "-config", cfg, "-q")
	if code != 0 {
		t.Fatalf("all exit %d:\n%s", code, stderr)
	}
	for name, want := range hand {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("all removed the user's %s: %v", name, err)
		} else if string(got) != want {
			t.Errorf("all overwrote the user's %s:\n%s", name, got)
		}
	}
	for _, f := range removed {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("all kept the stale generated %s", f)
		}
		if !strings.Contains(stderr, "removed  "+filepath.ToSlash(f)) {
			t.Errorf("all did not name the removed %s:\n%s", f, stderr)
		}
	}
	for _, f := range []string{"types.go", "mockserver/server.go"} {
		if want := "kept     " + filepath.ToSlash(filepath.Join(pkg, f)) + ": not overwritten"; !strings.Contains(stderr, want) {
			t.Errorf("all does not say it kept the user's %s (%q):\n%s", f, want, stderr)
		}
	}
	for _, f := range []string{filepath.Join(docsDir, "CreateInstance.md"), filepath.Join(docsRoot, "README.md")} {
		if want := "kept     " + filepath.ToSlash(f) + ": not overwritten"; !strings.Contains(stderr, want) {
			t.Errorf("all does not say it kept the user's %s:\n%s", f, stderr)
		}
	}
	// The generated files that are not the user's are all there and current.
	for _, f := range []string{"client.go", "operations.go", "doc.go", "mockserver/handlers.go"} {
		if data := readFile(t, filepath.Join(pkg, f)); !client.IsGenerated(f, []byte(data)) && !genmock.IsGenerated(filepath.Base(f), []byte(data)) {
			t.Errorf("%s is not generated:\n%.200s", f, data)
		}
	}
	if ops := readFile(t, filepath.Join(pkg, "operations.go")); strings.Contains(ops, "GetInstance") || !strings.Contains(ops, "CreateInstance") {
		t.Errorf("operations.go does not follow the pages:\n%s", ops)
	}

	// --check agrees: the user's files are not stale, and it says they were kept.
	code, out, stderr := runGen("all", "-config", cfg, "--check", "-q")
	if code != 0 {
		t.Fatalf("all --check with the user's files: exit %d:\n%s\n%s", code, out, stderr)
	}
	if !strings.Contains(out, "kept: "+filepath.ToSlash(filepath.Join(pkg, "types.go"))) {
		t.Errorf("all --check does not name the kept types.go:\n%s", out)
	}

	// Deleting the taken-over file hands it back: the next run generates it again.
	if err := os.Remove(filepath.Join(pkg, "types.go")); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runGen("all", "-config", cfg, "-q"); code != 0 || !strings.Contains(stderr, "added    "+filepath.ToSlash(filepath.Join(pkg, "types.go"))) {
		t.Fatalf("all after deleting types.go: exit %d:\n%s", code, stderr)
	}
	if data := readFile(t, filepath.Join(pkg, "types.go")); !client.IsGenerated("types.go", []byte(data)) {
		t.Errorf("types.go is not generated again:\n%.200s", data)
	}
}

// TestEmitterCommandsFileOwnership: gen client, gen mock and gen docs keep the same promise
// as gen all, each in its output directory.
func TestEmitterCommandsFileOwnership(t *testing.T) {
	for _, tc := range []struct {
		cmd       string
		sub       string // the package or docs directory under --out
		generated string // a file the command writes, which the user takes over
		stale     string // a generated file it no longer writes
		header    string // the first line of what it generates
	}{
		{"client", "", "types.go", "pagination.go", "// " + client.Header + "\n"},
		{"mock", "", "server.go", "old.go", "// " + genmock.Header + "\n"},
		{"docs", "eiam/2021-12-01", "CreateInstance.md", "DeletedOperation.md", docs.Header + "\n"},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			out := filepath.Join(ownTree(t), "out")
			args := []string{tc.cmd, "--spec", "../../specs/eiam/2021-12-01.yaml", "--out", out}
			if code, _, stderr := runGen(args...); code != 0 {
				t.Fatalf("gen %s exit %d:\n%s", tc.cmd, code, stderr)
			}
			dir := filepath.Join(out, tc.sub)
			handName := filepath.Join(dir, "helper"+filepath.Ext(tc.generated))
			writeFile(t, handName, "hand-written\n")
			mine := takeOver(t, filepath.Join(dir, tc.generated))
			stale := filepath.Join(dir, tc.stale)
			writeFile(t, stale, tc.header+"old\n")

			code, stdout, stderr := runGen(args...)
			if code != 0 {
				t.Fatalf("gen %s exit %d:\n%s", tc.cmd, code, stderr)
			}
			if got := readFile(t, handName); got != "hand-written\n" {
				t.Errorf("hand-written file changed: %q", got)
			}
			if got := readFile(t, filepath.Join(dir, tc.generated)); got != mine {
				t.Errorf("the user's %s was overwritten:\n%s", tc.generated, got)
			}
			if want := "kept     " + filepath.Join(dir, tc.generated) + ": not overwritten"; !strings.Contains(stdout, want) {
				t.Errorf("output does not name the kept file (%q):\n%s", want, stdout)
			}
			if _, err := os.Stat(stale); err == nil {
				t.Errorf("stale generated %s kept", tc.stale)
			}
			if want := "removed  " + stale; !strings.Contains(stdout, want) {
				t.Errorf("output does not name the removed file (%q):\n%s", want, stdout)
			}
		})
	}
}

// TestMockSaysWhenNoClientBeside: whether gen mock's handlers take the client's types
// depends on a generated client in the parent directory at the time it runs (a directive
// for gen mock placed before gen client's finds none after the client was deleted); when
// there is none the run says so instead of deciding silently.
func TestMockSaysWhenNoClientBeside(t *testing.T) {
	dir := ownTree(t)
	pkg := filepath.Join(dir, "eiam20211201")
	spec := "../../specs/eiam/2021-12-01.yaml"
	mockArgs := []string{"mock", "--spec", spec, "--out", filepath.Join(pkg, "mockserver")}
	code, out, stderr := runGen(mockArgs...)
	if code != 0 {
		t.Fatalf("gen mock exit %d:\n%s", code, stderr)
	}
	if want := "note: no generated client in " + pkg + ": the mock declares its own"; !strings.Contains(out, want) {
		t.Errorf("gen mock without a client does not say so (%q):\n%s", want, out)
	}
	if code, _, stderr := runGen("client", "--spec", spec, "--out", pkg); code != 0 {
		t.Fatalf("gen client exit %d:\n%s", code, stderr)
	}
	code, out, stderr = runGen(mockArgs...)
	if code != 0 {
		t.Fatalf("gen mock exit %d:\n%s", code, stderr)
	}
	if strings.Contains(out, "note:") {
		t.Errorf("gen mock beside a client printed a note:\n%s", out)
	}
	if h := readFile(t, filepath.Join(pkg, "mockserver", "handlers.go")); !strings.Contains(h, `"example.com/own/eiam20211201"`) {
		t.Errorf("the mock beside the client does not use its types:\n%.600s", h)
	}
}

// TestAllOrphanedProduct: a product removed from acsgen.yaml leaves generated output no
// product produces. gen all names each such file (by the one rule: it carries the generated
// header) and leaves it; --check fails on it; --prune removes it and the directories that
// leaves empty. Hand-written files beside the orphaned ones, and the removed product's spec
// (which has no header), are never removed; the spec is named.
func TestAllOrphanedProduct(t *testing.T) {
	dir := ownTree(t)
	copyPages(t, "../../specs/rocketmq/pages", filepath.Join(dir, "rmq"))
	cfg := filepath.Join(dir, "acsgen.yaml")
	eiamOnly := "products:\n  - product: Eiam\n    version: \"2021-12-01\"\n    style: RPC\n    pages: [pages]\n"
	writeFile(t, cfg, eiamOnly+"  - product: RocketMQ\n    version: \"2022-08-01\"\n    style: ROA\n    pages: [rmq/pages]\n")
	if code, _, stderr := runGen("all", "-config", cfg, "-q"); code != 0 {
		t.Fatalf("all exit %d:\n%s", code, stderr)
	}
	pkg := filepath.Join(dir, "generated", "rocketmq20220801")
	docsDir := filepath.Join(dir, "docs", "reference", "rocketmq", "2022-08-01")
	spec := filepath.Join(dir, "specs", "rocketmq", "2022-08-01.yaml")
	orphans := []string{
		filepath.Join(pkg, "client.go"),
		filepath.Join(pkg, "operations.go"),
		filepath.Join(pkg, "mockserver", "server.go"),
		filepath.Join(pkg, "mockserver", "handlers.go"),
		filepath.Join(docsDir, "README.md"),
		filepath.Join(docsDir, "CreateInstanceAccount.md"),
	}
	hand := map[string]string{
		filepath.Join(pkg, "helper.go"):                  "package rocketmq20220801\n\n// Helper is hand-written.\nfunc Helper() {}\n",
		filepath.Join(pkg, "mockserver", "seed_test.go"): "package mockserver\n",
		filepath.Join(docsDir, "NOTES.md"):               "# Notes\n",
	}
	for name, data := range hand {
		writeFile(t, name, data)
	}
	eiamClient := filepath.Join(dir, "generated", "eiam20211201", "client.go")
	eiamBefore := readFile(t, eiamClient)

	// The product leaves the config.
	writeFile(t, cfg, eiamOnly)
	code, _, stderr := runGen("all", "-config", cfg, "-q")
	if code != 0 {
		t.Fatalf("all without RocketMQ: exit %d:\n%s", code, stderr)
	}
	for _, f := range orphans {
		if want := "orphaned " + filepath.ToSlash(f) + ": " + orphanWhy; !strings.Contains(stderr, want) {
			t.Errorf("all does not name the orphaned %s (%q):\n%s", f, want, stderr)
		}
		if _, err := os.Stat(f); err != nil {
			t.Errorf("all without --prune removed %s: %v", f, err)
		}
	}
	for name := range hand {
		if strings.Contains(stderr, filepath.ToSlash(name)) {
			t.Errorf("all names the hand-written %s:\n%s", name, stderr)
		}
	}
	if want := "note: " + filepath.ToSlash(spec) + ": no product in " + cfg + " writes this spec"; !strings.Contains(stderr, want) {
		t.Errorf("all does not name the unlisted spec (%q):\n%s", want, stderr)
	}

	// --check fails on the orphans, by path, and tells how to remove them.
	code, out, stderr := runGen("all", "-config", cfg, "--check", "-q")
	if code != 1 {
		t.Fatalf("all --check with orphaned output: exit %d, want 1:\n%s\n%s", code, out, stderr)
	}
	for _, f := range orphans {
		if want := "stale: " + filepath.ToSlash(f) + " (orphaned"; !strings.Contains(out, want) {
			t.Errorf("all --check does not name the orphaned %s:\n%s", f, out)
		}
	}
	if !strings.Contains(stderr, "--prune") {
		t.Errorf("all --check does not say how to remove the orphans:\n%s", stderr)
	}

	// --prune removes exactly the orphaned generated files.
	code, _, stderr = runGen("all", "-config", cfg, "-q", "--prune")
	if code != 0 {
		t.Fatalf("all --prune: exit %d:\n%s", code, stderr)
	}
	for _, f := range orphans {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("all --prune kept the orphaned %s", f)
		}
		if !strings.Contains(stderr, "removed  "+filepath.ToSlash(f)) {
			t.Errorf("all --prune does not name the removed %s:\n%s", f, stderr)
		}
	}
	for name, want := range hand {
		if got, err := os.ReadFile(name); err != nil || string(got) != want {
			t.Errorf("all --prune changed the user's %s: %q, %v", name, got, err)
		}
	}
	if _, err := os.Stat(spec); err != nil {
		t.Errorf("all --prune removed the spec, which has no generated header: %v", err)
	}
	if got := readFile(t, eiamClient); got != eiamBefore {
		t.Errorf("all --prune changed the listed product's client")
	}
	if code, out, stderr := runGen("all", "-config", cfg, "--check", "-q"); code != 0 {
		t.Errorf("all --check after --prune: exit %d:\n%s\n%s", code, out, stderr)
	}

	// With the hand-written files gone too, the pruned directories go.
	for name := range hand {
		os.Remove(name)
	}
	writeFile(t, filepath.Join(pkg, "mockserver", "doc.go"), "// "+genmock.Header+"\npackage mockserver\n")
	if code, _, stderr := runGen("all", "-config", cfg, "-q", "--prune"); code != 0 {
		t.Fatalf("all --prune: exit %d:\n%s", code, stderr)
	}
	if _, err := os.Stat(pkg); err == nil {
		t.Errorf("all --prune left the emptied %s", pkg)
	}
	if _, err := os.Stat(filepath.Join(dir, "generated", "eiam20211201")); err != nil {
		t.Errorf("the generated root lost a listed product: %v", err)
	}
}

// TestAllProductFailureSparesOthers: issue 11's "one bad page never takes the rest of a run
// down" for gen all: a product whose pages make no spec at all is named, the other
// products are generated, its own outputs are rendered from the spec last written (so none
// reads as orphaned or changes), and the run exits 1. With no spec written before, its
// outputs are left out and the message says so.
func TestAllProductFailureSparesOthers(t *testing.T) {
	dir := ownTree(t)
	copyPages(t, "../../specs/rocketmq/pages", filepath.Join(dir, "rmq"))
	cfg := filepath.Join(dir, "acsgen.yaml")
	writeFile(t, cfg, "products:\n  - product: RocketMQ\n    version: \"2022-08-01\"\n    style: ROA\n    pages: [rmq/pages]\n"+
		"  - product: Eiam\n    version: \"2021-12-01\"\n    style: RPC\n    pages: [pages]\n")
	if code, _, stderr := runGen("all", "-config", cfg, "-q"); code != 0 {
		t.Fatalf("all exit %d:\n%s", code, stderr)
	}
	rmqClient := filepath.Join(dir, "generated", "rocketmq20220801", "client.go")
	rmqBefore := readFile(t, rmqClient)
	eiamTypes := filepath.Join(dir, "generated", "eiam20211201", "types.go")
	os.Remove(eiamTypes) // the good product must still be generated after the bad one

	// RocketMQ's pages turn into something that is no page.
	pages, _ := filepath.Glob(filepath.Join(dir, "rmq", "pages", "*"))
	for _, p := range pages {
		os.Remove(p)
	}
	writeFile(t, filepath.Join(dir, "rmq", "pages", "notes.txt"), "Nothing here is an API page.\n")
	code, _, stderr := runGen("all", "-config", cfg, "-q")
	if code != 1 {
		t.Fatalf("all with a product that makes no spec: exit %d, want 1:\n%s", code, stderr)
	}
	for _, want := range []string{"RocketMQ 2022-08-01: ", "its outputs are rendered from the spec last written", "1 of 2 product versions made no spec from their pages (RocketMQ 2022-08-01)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "orphaned") {
		t.Errorf("the failed product's outputs read as orphaned:\n%s", stderr)
	}
	if _, err := os.Stat(eiamTypes); err != nil {
		t.Errorf("the product after the failed one was not generated: %v", err)
	}
	if got := readFile(t, rmqClient); got != rmqBefore {
		t.Errorf("the failed product's client changed")
	}
	if code, _, stderr := runGen("all", "-config", cfg, "-q", "--check"); code != 1 || !strings.Contains(stderr, "made no spec") {
		t.Errorf("all --check: exit %d, want 1 naming the product:\n%s", code, stderr)
	}

	// No spec to fall back on: the product is left out, named.
	os.Remove(filepath.Join(dir, "specs", "rocketmq", "2022-08-01.yaml"))
	code, _, stderr = runGen("all", "-config", cfg, "-q")
	if code != 1 || !strings.Contains(stderr, "no spec to render its outputs from") {
		t.Errorf("all with no spec to fall back on: exit %d, want 1 and the product named:\n%s", code, stderr)
	}
}
