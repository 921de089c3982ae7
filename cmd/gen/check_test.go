package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/crosscheck"
	"github.com/acsgen/acsgen/internal/goldentest"
)

// TestCheckDrift runs `gen check --format json --against` the official metadata (June 2024)
// over the English pages (2021) of ECS, KMS, IMS and Elasticsearch in ../shared and
// summarizes the drift it finds (-v), request defaults apart (docs/ACCURACY.md, "Defaults").
func TestCheckDrift(t *testing.T) {
	for _, c := range []struct{ dir, meta, product string }{
		{"ecs", "ecs/2014-05-26", "Ecs"}, {"kms", "kms/2016-01-20", "Kms"},
		{"ims", "ims/2019-08-15", "Ims"}, {"elasticsearch", "elasticsearch/2017-06-13", "elasticsearch"},
	} {
		t.Run(c.dir, func(t *testing.T) {
			pages := goldentest.Shared(t, "corpus", "products", c.dir, "en")
			meta := goldentest.Shared(t, "corpus", "metadata", c.meta, "api-docs.json")
			code, stdout, stderr := runGen("check", "--format", "json", "--against", meta, pages)
			if code != 1 {
				t.Fatalf("exit %d (want 1: the pages are three years older)\n%s", code, lastLine(stderr))
			}
			var rep crosscheck.Report
			if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Product != c.product || rep.Compared < 40 {
				t.Errorf("product %s, %d operations compared", rep.Product, rep.Compared)
			}
			counts := rep.Counts()
			var kinds []string
			for k := range counts {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			var sum []string
			for _, k := range kinds {
				sum = append(sum, k+" "+itoa(counts[k]))
			}
			ops := map[string]bool{}
			var disagree, pageOnly, metaOnly int
			for _, f := range rep.Findings {
				ops[f.Operation] = true
				switch {
				case f.Kind != crosscheck.DefaultDiffers:
				case f.Metadata == "":
					pageOnly++
				case f.Page == "":
					metaOnly++
				default:
					disagree++
				}
			}
			t.Logf("%s request defaults: %d agree, %d disagree, %d on the page only, %d in the metadata only",
				c.product, rep.DefaultsAgree, disagree, pageOnly, metaOnly)
			t.Logf("%s en pages vs metadata: %d operations compared (%d with differences), %d in the metadata only; %d differences: %s",
				c.product, rep.Compared, len(ops), rep.MetadataOnly, len(rep.Findings), strings.Join(sum, ", "))
			if counts[crosscheck.MissingOnPage] == 0 {
				t.Error("no field the pages lack: the 2024 metadata has many")
			}
		})
	}
	// The text report says the same.
	pages := goldentest.Shared(t, "corpus", "products", "ecs", "en")
	meta := goldentest.Shared(t, "corpus", "metadata", "ecs", "2014-05-26", "api-docs.json")
	code, text, _ := runGen("check", "--against", meta, filepath.Join(pages, "RunInstances.md"))
	if code != 1 || !strings.HasPrefix(text, "Ecs 2014-05-26: 1 operations compared") || !strings.Contains(text, "\nRunInstances (") {
		t.Errorf("exit %d\n%s", code, text)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestCheckUsage(t *testing.T) {
	if code, _, stderr := runGen("check", "x.md"); code != 2 || !strings.Contains(stderr, "--against") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if code, _, stderr := runGen("check", "--against", filepath.Join(t.TempDir(), "none.json"), "x.md"); code != 2 || !strings.Contains(stderr, "none.json") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
