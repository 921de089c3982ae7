package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// Each scraping warning that drops or guesses something says so on its line, so that the
// summary's "1 drop" can be found; info warnings keep the plain file:line: message form.
func TestScrapeWarningKindsPrinted(t *testing.T) {
	dir := t.TempDir()
	pg := "# GetThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|ThingId|String|Yes|t-1|Xxxx.|\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|RequestId|String|r-1|Xxxx.|\n|Name|String|n|Xxxx.|\n|Name|Integer|1|Xxxx.|\n\n## Examples\n\n```\n{\"RequestId\": \"r-1\", \"Name\": \"n\", \"Extra\": 1}\n```\n"
	file := filepath.Join(dir, "GetThing.md")
	if err := os.WriteFile(file, []byte(pg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runGen("scrape", "--product", "Thing", "--version", "2020-01-01", "-o", filepath.Join(dir, "thing.yaml"), file)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{
		file + `:15: drop: duplicate response field "Name"`,
		file + ":19: guess: response field Extra is in the JSON example but not in the table",
		"warnings: 1 drop, 1 guess, 0 info",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, file+":15: guess:") {
		t.Errorf("the duplicate row is also said to be placed (guess), though it is dropped:\n%s", stderr)
	}
}

// A -o file whose extension names no spec format is a bad command line, said before any
// page is read.
func TestScrapeOutputExtensionFirst(t *testing.T) {
	out := filepath.Join(t.TempDir(), "spec.txt")
	code, _, stderr := runGen("scrape", "--product", "P", "--version", "2020-01-01", "-o", out, filepath.Join(t.TempDir(), "missing"))
	if code != 2 || !strings.Contains(stderr, "-o "+out+": unknown spec file extension") || strings.Contains(stderr, "pages read") {
		t.Errorf("exit %d, want 2 naming -o before scraping; stderr:\n%s", code, stderr)
	}
}

// Pages checked against the metadata of another product make every page operation "not in
// the metadata": that is bad input (exit 2) saying so, not a list of differences.
func TestCheckOtherProductsMetadata(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	meta := filepath.Join(root, "golden", "metadata", "demo-rpc", "api-docs.json")
	code, stdout, stderr := runGen("check", "--against", meta, filepath.Join(root, "specs", "eiam", "pages"))
	if code != 2 || !strings.Contains(stderr, "none of the 3 page operations") || !strings.Contains(stderr, "(Demo 2024-01-01)") || stdout != "" {
		t.Errorf("exit %d, want 2 naming the mismatch\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// Official metadata or a page given where a spec is wanted is named as such, with the
// command that makes a spec of it (not "value of openapi must be a non-empty string").
func TestSpecFlagGivenMetadataOrPage(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	meta := filepath.Join(root, "golden", "metadata", "demo-rpc", "api-docs.json")
	pg := filepath.Join(root, "specs", "eiam", "pages", "GetInstance.txt")
	for _, c := range []struct{ cmd, file, want string }{
		{"client", meta, "is official metadata (api-docs.json), not a spec: make one with `gen scrape -o spec.yaml " + meta + "`"},
		{"mock", pg, "is a documentation page, not a spec: make one with `gen scrape -o spec.yaml " + pg + "`"},
		{"docs", meta, "is official metadata"},
		{"serve", meta, "is official metadata"},
	} {
		args := []string{c.cmd, "--spec", c.file, "--out", t.TempDir()}
		if c.cmd == "serve" {
			args = []string{c.cmd, "--spec", c.file, "--addr", "127.0.0.1:0"}
		}
		code, _, stderr := runGen(args...)
		if code != 1 || !strings.Contains(stderr, c.file+" "+c.want) {
			t.Errorf("gen %s --spec %s: exit %d\n%s", c.cmd, c.file, code, stderr)
		}
	}
}

// --spec and --specs together are a bad command line: --specs would be ignored.
func TestSpecAndSpecsTogether(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	spec := filepath.Join(root, "specs", "eiam", "2021-12-01.yaml")
	for _, cmd := range []string{"client", "mock", "docs"} {
		code, _, stderr := runGen(cmd, "--spec", spec, "--specs", filepath.Join(root, "specs"), "--out", t.TempDir())
		if code != 2 || !strings.Contains(stderr, "--specs is searched only without --spec") {
			t.Errorf("gen %s: exit %d, want 2\n%s", cmd, code, stderr)
		}
	}
}
