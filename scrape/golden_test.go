package scrape

import (
	"bytes"
	"flag"
	"github.com/acsgen/acsgen/internal/goldentest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCase is one golden: page inputs (repo-relative files or directories), options, and
// the directory under golden/scrape holding spec.yaml and warnings.txt.
type goldenCase struct {
	name   string
	inputs []string
	opts   Options
}

var goldenCases = []goldenCase{
	{"seed-000-CreateInstance", []string{"golden/pages/seed-000-CreateInstance.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"seed-001-GetInstance", []string{"golden/pages/seed-001-GetInstance.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"seed-002-CreateAuthorizationRule", []string{"golden/pages/seed-002-CreateAuthorizationRule.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"seed-003-CreateInstanceAccount", []string{"golden/pages/seed-003-CreateInstanceAccount.txt"}, Options{Product: "RocketMQ", Version: "2022-08-01"}},
	{"seed-004-overview", []string{"golden/pages/seed-004-overview.txt"}, Options{}},
	{"eiam-developerapi", []string{"specs/eiam-developerapi/pages"}, Options{Auth: opspec.AuthBearer}},
	{"glued-traps-UpdateUser", []string{"golden/pages/glued-traps-UpdateUser.txt"}, Options{Version: "2022-08-01"}},
	{"id-rpc-ListUsers", []string{"golden/pages/id-rpc-ListUsers.txt"}, Options{Version: "2021-12-01"}},
	{"legacy-spaced-CreateUser", []string{"golden/pages/legacy-spaced-CreateUser.txt"}, Options{Product: "Ims", Version: "2019-08-15"}},
	{"legacy-spaced-zh-tabs-ListKeys", []string{"golden/pages/legacy-spaced-zh-tabs-ListKeys.txt"}, Options{Product: "Kms", Version: "2016-01-20"}},
	{"markdown-table-json-glued-GetGroup", []string{"golden/pages/markdown-table-json-glued-GetGroup.txt"}, Options{Product: "Org", Version: "2020-03-31"}},
	{"markdown-table-zh-DescribeKey", []string{"golden/pages/markdown-table-zh-DescribeKey.txt"}, Options{Product: "Kms", Version: "2016-01-20"}},
	{"pipe-cells-ListGroups", []string{"golden/pages/pipe-cells-ListGroups.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"pipe-cells-noleading-zh-QueryBalance", []string{"golden/pages/pipe-cells-noleading-zh-QueryBalance.txt"}, Options{Product: "BssOpenApi", Version: "2017-12-14"}},
	{"pipe-cells-tc-lone-close-CreateJob", []string{"golden/pages/pipe-cells-tc-lone-close-CreateJob.txt"}, Options{Product: "pai-dlc", Version: "2020-12-03"}},
	{"pipe-cells-ram-lone-pipe-CreateMember", []string{"golden/pages/pipe-cells-ram-lone-pipe-CreateMember.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"pipe-rows-legacy-DescribeRegions", []string{"golden/pages/pipe-rows-legacy-DescribeRegions.txt"}, Options{Product: "Ecs", Version: "2014-05-26"}},
	{"pipe-rows-ja-CreateNet", []string{"golden/pages/pipe-rows-ja-CreateNet.txt"}, Options{Product: "Cbn", Version: "2017-09-12"}},
	{"pipe-rows-tree-glyphs-DescribeBalancer", []string{"golden/pages/pipe-rows-tree-glyphs-DescribeBalancer.txt"}, Options{Product: "Slb", Version: "2014-05-15"}},
	{"pipe-rows-spill-DeleteRecords", []string{"golden/pages/pipe-rows-spill-DeleteRecords.txt"}, Options{Product: "Alidns", Version: "2015-01-09"}},
	{"trap-hidden-name-CreateUser", []string{"golden/pages/trap-hidden-name-CreateUser.txt"}, Options{}},
	{"trap-no-params-ListRegions", []string{"golden/pages/trap-no-params-ListRegions.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"trap-truncated-CreateApplication", []string{"golden/pages/trap-truncated-CreateApplication.txt"}, Options{Product: "Eiam", Version: "2021-12-01"}},
	{"zh-roa-UpdateTopic", []string{"golden/pages/zh-roa-UpdateTopic.txt"}, Options{Version: "2022-08-01"}},
}

// TestGolden scrapes each case and compares the spec YAML and the warnings byte for byte.
func TestGolden(t *testing.T) {
	runGoldens(t, "scrape", goldenCases)
}

// runGoldens runs golden cases whose outputs live under golden/<area>/<case>/.
func runGoldens(t *testing.T, area string, cases []goldenCase) {
	root := repoRoot(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var warns bytes.Buffer
			s := New(c.opts, func(w page.Warning) {
				w.File = relTo(root, w.File)
				warns.WriteString(w.String() + "\n")
			})
			for _, in := range c.inputs {
				path := filepath.Join(root, in)
				if _, err := os.Stat(path); err != nil {
					t.Skipf("input %s missing: %v", in, err)
				}
				if err := s.AddPath(path); err != nil {
					t.Fatal(err)
				}
			}
			specs, err := s.Specs()
			if err != nil {
				t.Fatal(err)
			}
			if len(specs) != 1 {
				t.Fatalf("%d specs", len(specs))
			}
			if err := specs[0].Validate(); err != nil {
				t.Fatalf("spec does not validate: %v", err)
			}
			got, err := opspec.Marshal(specs[0], "yaml")
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(root, "golden", area, c.name)
			compareGolden(t, filepath.Join(dir, "spec.yaml"), got)
			compareGolden(t, filepath.Join(dir, "warnings.txt"), warns.Bytes())
		})
	}
}

// relTo makes warning paths repo-relative so goldens do not depend on the checkout.
func relTo(root, file string) string {
	if r, err := filepath.Rel(root, filepath.FromSlash(file)); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return file
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldentest.Compare(t, path, got, *update)
}

// TestCommittedSpecs checks that every committed spec loads, passes kin-openapi validation
// (LoadFile validates) and Spec.Validate, and is what scraping its pages gives today.
func TestCommittedSpecs(t *testing.T) {
	root := repoRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "specs", "*", "*.yaml"))
	if len(files) < 3 {
		t.Fatalf("found %d committed specs", len(files))
	}
	opts := map[string]Options{
		"eiam":              {Product: "Eiam", Version: "2021-12-01"},
		"rocketmq":          {Product: "RocketMQ", Version: "2022-08-01"},
		"eiam-developerapi": {Auth: opspec.AuthBearer},
	}
	for _, f := range files {
		spec, err := opspec.LoadFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := spec.Validate(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		key := filepath.Base(filepath.Dir(f))
		o, ok := opts[key]
		if !ok {
			continue
		}
		s := New(o, nil)
		if err := s.AddPath(filepath.Join(filepath.Dir(f), "pages")); err != nil {
			t.Fatal(err)
		}
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 {
			t.Fatalf("%s: %v (%d specs)", key, err, len(specs))
		}
		fresh, err := opspec.Marshal(specs[0], "yaml")
		if err != nil {
			t.Fatal(err)
		}
		committed, _ := os.ReadFile(f)
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s is stale; regenerate it with the commands in specs/README.md:\n%s", f, cmp.Diff(string(committed), string(fresh)))
		}
	}
}
