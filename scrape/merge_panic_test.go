package scrape

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
)

// A panic while merging (a bug) fails only what was being merged: the page that joins a
// spec late, the operation being checked, or the product version being finished. The rest of
// the run is written, and the summary counts the pages lost. The panics are injected the way
// a bug would make them: nil where the merge expects a value, and a validator (kin-openapi's,
// a library) that panics on one operation.
func TestMergePanicsAreIsolated(t *testing.T) {
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, nil)
	s.Add("a/GetThing.md", "GetThing.md", []byte(goodPage))
	s.Add("a/PutThing.md", "PutThing.md", []byte(strings.ReplaceAll(goodPage, "GetThing", "PutThing")))
	s.opts.Version = "2021-01-01"
	s.Add("b/GetThing.md", "GetThing.md", []byte(goodPage))
	s.Add("b/DelThing.md", "DelThing.md", []byte(strings.ReplaceAll(goodPage, "GetThing", "DelThing")))
	if s.pages != 4 || len(s.specs) != 2 {
		t.Fatalf("%d pages, %d product versions before the injection", s.pages, len(s.specs))
	}
	// checking PutThing panics
	s.validate = func(sp *opspec.Spec) error {
		if slices.ContainsFunc(sp.Operations, func(op *opspec.Operation) bool { return op.Name == "PutThing" }) {
			var m map[string]int
			m["x"] = 1 // assignment to a nil map
		}
		return openAPIError(sp)
	}
	// finishing 2021-01-01 panics (a nil operation)
	s.specs["thing/2021-01-01"].ops["Nil"] = nil
	// a page without a version whose merge panics (a result with neither operation nor overview)
	s.pending = append(s.pending, pendingResult{res: &extract.Result{}, file: "a/Odd.md", product: "Thing"})
	s.pages++

	specs, err := s.Specs()
	if len(specs) != 1 || specs[0].Version != "2020-01-01" || len(specs[0].Operations) != 1 || specs[0].Operations[0].Name != "GetThing" {
		t.Fatalf("specs = %v, want 2020-01-01 with GetThing alone", specs)
	}
	if err := specs[0].Validate(); err != nil {
		t.Errorf("spec written: %v", err)
	}
	errs := err.(interface{ Unwrap() []error }).Unwrap()
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := [][]string{
		{"a/Odd.md: the scraper failed merging this page " + panicNote, "at scrape.(*builder).add (merge.go:"},
		{"a/PutThing.md: operation PutThing left out: the scraper failed checking it " + panicNote, "assignment to entry in nil map at scrape.TestMergePanicsAreIsolated.func1 (merge_panic_test.go:"},
		{"spec Thing/2021-01-01: the scraper failed finishing this product version " + panicNote, "at scrape.(*builder).finish (merge.go:",
			"; its pages are left out: b/GetThing.md, b/DelThing.md"},
	}
	if len(got) != len(want) {
		t.Fatalf("errors:\n%s", strings.Join(got, "\n"))
	}
	for i, parts := range want {
		for _, p := range parts {
			if !strings.Contains(got[i], p) {
				t.Errorf("error %d %q lacks %q", i, got[i], p)
			}
		}
	}
	var pe *PageError
	if !errors.As(errs[1], &pe) || pe.File != "a/PutThing.md" {
		t.Errorf("operation error %v is not PutThing.md's *PageError", errs[1])
	}
	if sum := s.Summary(); sum.Read != 1 || sum.Failed != 4 {
		t.Errorf("summary %v, want 1 read and 4 failed (Odd, PutThing and 2021-01-01's two)", sum)
	}
}
