package scrape

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
)

// TestOverviewCorpus reads the real overview pages of ../shared/corpus/overviews ("List of
// operations by function": the title is the only list heading, category subheadings, linked
// operation tables, category cells spanning rows) and checks that each gives exactly the
// operations its manifest lists, in page order. The text overview excerpts of
// ../shared/corpus/text (pipe and pipe-row dumps without a list heading) must give every
// operation of the product that they name, with product, version and style. Skips when the
// corpus is absent.
func TestOverviewCorpus(t *testing.T) {
	corpus := filepath.Join(repoRoot(t), "..", "shared", "corpus")
	var entries []struct {
		File, Product, Version string
		Operations             []string
	}
	if !readJSON(t, filepath.Join(corpus, "overviews", "manifest.json"), &entries) {
		t.Skip("../shared/corpus/overviews is absent")
	}
	for _, e := range entries {
		t.Run(strings.TrimSuffix(e.File, ".md"), func(t *testing.T) {
			res := extractFile(t, filepath.Join(corpus, "overviews", e.File))
			got := overviewNames(res)
			if !slices.Equal(got, e.Operations) {
				t.Errorf("got %d operations, the page lists %d\n got: %v\nwant: %v", len(got), len(e.Operations), got, e.Operations)
			}
			if res.Overview != nil && len(res.Overview.Groups) < 2 {
				t.Errorf("%d groups, want the page's categories", len(res.Overview.Groups))
			}
		})
	}

	var pages []accPage
	var truth []accRecord
	if !readJSON(t, filepath.Join(corpus, "text", "manifest.json"), &pages) || !readJSON(t, filepath.Join(corpus, "text", "truth.json"), &truth) {
		return
	}
	for _, p := range pages {
		if p.Operation != "Overview" {
			continue
		}
		t.Run(strings.TrimSuffix(filepath.Base(p.File), ".txt"), func(t *testing.T) {
			file := filepath.Join(corpus, "text", filepath.FromSlash(p.File))
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			toks := map[string]bool{}
			for _, tok := range tokenRE.FindAllString(string(text), -1) {
				toks[tok] = true
			}
			res := extractFile(t, file)
			got := overviewNames(res)
			var want []string
			for _, r := range truth {
				if r.Product == p.Product && toks[r.Operation] {
					want = append(want, r.Operation)
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("got %v\nwant the operations the page names: %v", got, want)
			}
			if !strings.EqualFold(res.Product, p.Product) || res.Version != p.Version || res.Style == "" {
				t.Errorf("product %q version %q style %q, want %s %s and a style", res.Product, res.Version, res.Style, p.Product, p.Version)
			}
		})
	}
}

// extractFile reads and extracts one page.
func extractFile(t *testing.T, file string) *extract.Result {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r, err := builtinFormats().readerFor(file, data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Read(file, data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.Page(p)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// overviewNames lists the operations of an overview in page order.
func overviewNames(res *extract.Result) []string {
	if res.Overview == nil {
		return nil
	}
	var names []string
	for _, op := range res.Overview.Operations {
		names = append(names, op.Name)
	}
	return names
}
