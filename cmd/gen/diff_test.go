package main

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// update rewrites the golden reports of the CLI tests in this package.
var update = flag.Bool("update", false, "rewrite golden files")

// checkGolden compares got with golden/diff/<name>, rewriting it under -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	goldentest.Compare(t, filepath.Join(goldentest.ModuleRoot(t), "golden", "diff", name), []byte(got), *update)
}

func reportIDs(t *testing.T, out string) []string {
	t.Helper()
	var r struct {
		Changes []struct{ ID string } `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	var ids []string
	for _, c := range r.Changes {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestDiffCLIRealistic diffs an older hand-edited snapshot of two EIAM pages against the
// committed pages, end to end: scraping both directories, diffing, rendering, exit codes.
func TestDiffCLIRealistic(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	old := filepath.Join(root, "golden", "diff", "realistic", "old")
	cur := filepath.Join(root, "specs", "eiam", "pages")
	pv := []string{"--product", "Eiam", "--version", "2021-12-01"}

	// Old to new: a parameter became optional, a field and an operation were added, a
	// response value was dropped: nothing breaking, something changed.
	code, out, errOut := runGen(append([]string{"diff", old, cur, "--fail-on", "breaking"}, pv...)...)
	if code != 0 {
		t.Fatalf("--fail-on breaking: exit %d, want 0\n%s", code, errOut)
	}
	checkGolden(t, "realistic/old-to-new.txt", out)
	if code, _, _ := runGen(append([]string{"diff", old, cur, "--fail-on", "any"}, pv...)...); code != 1 {
		t.Errorf("--fail-on any: exit %d, want 1", code)
	}
	if code, _, _ := runGen(append([]string{"diff", old, cur, "--fail-on", "warning"}, pv...)...); code != 0 {
		t.Errorf("--fail-on warning: exit %d, want 0", code)
	}
	code, out, _ = runGen(append([]string{"diff", "--format", "markdown", old, cur}, pv...)...)
	if code != 0 {
		t.Errorf("default --fail-on none: exit %d, want 0", code)
	}
	checkGolden(t, "realistic/old-to-new.md", out)

	// New to old: the same edits read backwards break callers.
	code, out, errOut = runGen(append([]string{"diff", cur, old, "--fail-on", "breaking"}, pv...)...)
	if code != 1 {
		t.Fatalf("backwards --fail-on breaking: exit %d, want 1\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "--fail-on breaking: 3 breaking") {
		t.Errorf("stderr does not say why it failed:\n%s", errOut)
	}
	checkGolden(t, "realistic/new-to-old.txt", out)

	// One page against one page.
	code, out, errOut = runGen(append([]string{"diff", "--format", "json",
		filepath.Join(old, "GetInstance.txt"), filepath.Join(cur, "GetInstance.txt")}, pv...)...)
	if code != 0 {
		t.Fatalf("page vs page: exit %d\n%s", code, errOut)
	}
	want := []string{"response-property-added", "response-property-enum-value-removed"}
	if diff := cmp.Diff(want, reportIDs(t, out)); diff != "" {
		t.Errorf("page vs page IDs (-want +got):\n%s", diff)
	}
}

// TestDiffCLISpecAgainstPages: pages that do not say their version take the spec's; the
// committed spec is what its pages scrape to, so nothing changed.
func TestDiffCLISpecAgainstPages(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	code, out, errOut := runGen("diff", "--fail-on", "any",
		filepath.Join(root, "specs", "eiam", "2021-12-01.yaml"), filepath.Join(root, "specs", "eiam", "pages"))
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "no changes") {
		t.Errorf("stdout: %s", out)
	}
}

func TestDiffCLIGolden(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	dir := filepath.Join(root, "golden", "diff", "request-parameter-location-changed")
	code, out, _ := runGen("diff", "--format", "json", "--fail-on", "breaking", filepath.Join(dir, "base.yaml"), filepath.Join(dir, "rev.yaml"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if diff := cmp.Diff([]string{"request-parameter-location-changed"}, reportIDs(t, out)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func inGitRepo(t *testing.T, root string) {
	t.Helper()
	cmd := exec.Command("git", "-C", root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	if err := cmd.Run(); err != nil {
		t.Skip("not a git checkout with commits")
	}
}

func TestDiffCLIGitRefs(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	inGitRepo(t, root)
	t.Chdir(root)
	// A spec file at a ref against the working copy of another.
	code, out, errOut := runGen("diff", "--format", "json", "--fail-on", "any",
		"HEAD:golden/diff/api-added/base.yaml", "golden/diff/api-added/rev.yaml")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, errOut)
	}
	if diff := cmp.Diff([]string{"api-added"}, reportIDs(t, out)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A directory of pages at a ref, scraped from git objects.
	code, out, errOut = runGen("diff", "--fail-on", "any", "specs/eiam/2021-12-01.yaml", "HEAD:specs/eiam/pages")
	if code != 0 {
		t.Fatalf("pages at HEAD: exit %d, want 0\n%s%s", code, out, errOut)
	}
}

// TestDiffCLIErrors: bad input exits 2 with a message naming the file or ref.
func TestDiffCLIErrors(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	tmp := t.TempDir()
	bad := filepath.Join(tmp, "broken.yaml")
	if err := os.WriteFile(bad, []byte("openapi: 3.0.3\ninfo: [not, an, object]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	eiam := filepath.Join(root, "specs", "eiam", "2021-12-01.yaml")
	rocket := filepath.Join(root, "specs", "rocketmq", "2022-08-01.yaml")
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"spec does not load", []string{bad, eiam}, []string{"broken.yaml", "does not load"}},
		{"different products", []string{eiam, rocket}, []string{"product Eiam", "product RocketMQ", "one product"}},
		{"missing git ref", []string{"no-such-ref-xyz:specs/eiam/2021-12-01.yaml", eiam}, []string{`git ref "no-such-ref-xyz" does not exist`}},
		{"missing file", []string{filepath.Join(tmp, "nope.yaml"), eiam}, []string{"nope.yaml", "no such file"}},
		{"one input", []string{eiam}, []string{"want two inputs"}},
		{"bad format", []string{"--format", "html", eiam, eiam}, []string{`unknown --format "html"`}},
		{"bad fail-on", []string{"--fail-on", "sometimes", eiam, eiam}, []string{`unknown --fail-on "sometimes"`}},
		{"not a spec or page", []string{filepath.Join(root, "go.mod"), eiam}, []string{"go.mod", "neither a spec"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runGen(append([]string{"diff"}, c.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2\nstdout: %s\nstderr: %s", code, out, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
		})
	}
	t.Run("missing path at a ref", func(t *testing.T) {
		inGitRepo(t, root)
		t.Chdir(root)
		code, _, errOut := runGen("diff", "HEAD:specs/no-such.yaml", eiam)
		if code != 2 || !strings.Contains(errOut, "no specs/no-such.yaml at git ref HEAD") {
			t.Errorf("exit %d, stderr:\n%s", code, errOut)
		}
	})
}

// TestDiffCLIGitTreeOtherXML: a folder of pages at a git ref that also holds other XML files
// (a build file) is scraped as the folder on disk is: the pages read, the build file skipped
// with a warning naming its root element, the diff clean.
func TestDiffCLIGitTreeOtherXML(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	repo := t.TempDir()
	pages := filepath.Join(repo, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(root, "specs", "eiam", "pages")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pages, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pom := "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n"
	if err := os.WriteFile(filepath.Join(pages, "pom.xml"), []byte(pom), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "pages"}} {
		if out, err := exec.Command("git", append([]string{"-C", repo}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	t.Chdir(repo)
	code, out, errOut := runGen("diff", "--fail-on", "any", filepath.Join(root, "specs", "eiam", "2021-12-01.yaml"), "HEAD:pages")
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "pom.xml: skipped: an XML file, but its root element <project>") {
		t.Errorf("no warning naming the build file:\n%s", errOut)
	}
}
