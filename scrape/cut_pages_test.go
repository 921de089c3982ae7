package scrape

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// cutFrom and cutStep place the cuts of TestCutPagesRead: the corpus excerpts are cut at
// about 2,000 bytes, anywhere (inside a row, a cell, a type word, a path template), and pages
// nobody here has seen are cut the same way at other places.
const (
	cutFrom = 900
	cutStep = 11
)

// TestCutPagesRead cuts every operation page of ../shared/corpus/text at many points from
// cutFrom bytes on and scrapes each cut alone: every cut must still read as its operation
// (with what it holds, and warnings), never fail the page. A page that fails loses all its
// fields, so one unlucky cut costs more than any row.
func TestCutPagesRead(t *testing.T) {
	if testing.Short() {
		t.Skip("scrapes a few thousand cut pages")
	}
	dir := filepath.Join(repoRoot(t), "..", "shared", "corpus", "text")
	var pages []accPage
	if !readJSON(t, filepath.Join(dir, "manifest.json"), &pages) {
		t.Skip("../shared/corpus/text is absent")
	}
	cuts, failed := 0, 0
	for _, p := range pages {
		if strings.EqualFold(p.Operation, "Overview") {
			continue // an overview cut before its list has nothing to give
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p.File)))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p.File)
		for n := cutFrom; n < len(data); n += cutStep {
			cut := data[:n]
			for len(cut) > 0 && !utf8.Valid(cut) {
				cut = cut[:len(cut)-1] // a cut inside a character drops the character
			}
			cuts++
			s := New(Options{Product: p.Product, Version: p.Version}, nil)
			s.Add(name, name, cut)
			specs, err := s.Specs()
			if err == nil && (len(specs) != 1 || len(specs[0].Operations) != 1 || specs[0].Operations[0].Name != p.Operation) {
				err = errString(fmt.Sprintf("the spec holds %v, not %s alone", opNames(specs), p.Operation))
			}
			if err != nil {
				failed++
				t.Errorf("%s cut at %d bytes: %v", p.File, n, err)
			}
		}
	}
	t.Logf("%d cuts of %d pages, %d failed", cuts, len(pages), failed)
}

type errString string

func (e errString) Error() string { return string(e) }

func opNames(specs []*opspec.Spec) []string {
	var out []string
	for _, s := range specs {
		for _, o := range s.Operations {
			out = append(out, o.Name)
		}
	}
	return out
}

// TestCutActionRow: an excerpt that ends, without a line break, inside its Action row cuts
// the operation's name ("DescribeSca"); the file name continuing it gives the whole name,
// with a warning. The same row ending in a line break is whole, and wins.
func TestCutActionRow(t *testing.T) {
	const text = "URL: https://example.com/help/doc-detail/25945.htm\n\nXxxx xxxxx.\n\nRequest parameters\n\n" +
		"Name Type Required Description\nRegionId String Yes Xxx xxxxxx.\nAction String Yes Xxx value xx DescribeSca"
	for _, c := range []struct {
		text, want string
		warned     bool
	}{
		{text, "DescribeScalingConfigurations", true},
		{text + "\n", "DescribeSca", false},
	} {
		var warnings []page.Warning
		s := New(Options{Product: "ess", Version: "2014-08-28"}, func(w page.Warning) { warnings = append(warnings, w) })
		s.Add("p/ess-2014-08-28-DescribeScalingConfigurations-spaced.txt", "ess-2014-08-28-DescribeScalingConfigurations-spaced.txt", []byte(c.text))
		specs, err := s.Specs()
		if err != nil {
			t.Fatal(err)
		}
		if got := opNames(specs); len(got) != 1 || got[0] != c.want {
			t.Errorf("operations %v, want %s", got, c.want)
		}
		warned := false
		for _, w := range warnings {
			warned = warned || strings.Contains(w.Msg, "looks cut off by the end of the page")
		}
		if warned != c.warned {
			t.Errorf("%s: warned %v, want %v (%v)", c.want, warned, c.warned, warnings)
		}
	}
}

// TestClippedTitleWarned: a title clipped at the page's edge (a PDF's text: the name wider
// than the page) keeps only the start of the name the file is named by. The page cannot
// tell which is right, so the name is kept and the guess names both; a title the file
// name agrees with, or one that is no start of it, says nothing.
func TestClippedTitleWarned(t *testing.T) {
	const body = "\n\nXxxx xxxxx.\n\nRequest parameters\n\nName Type Required Description\nInstanceId String Yes Xxx xxxxxx.\n"
	for _, c := range []struct{ title, file, want string }{
		{"GetIdentityProviderAdvancedConfiguratio", "eiam-2021-12-01-GetIdentityProviderAdvancedConfiguration-spaced.txt", `operation name "GetIdentityProviderAdvancedConfiguratio" from the title is the start of "GetIdentityProviderAdvancedConfiguration" in the file name`},
		{"GetIdentityProviderAdvancedConfiguration", "eiam-2021-12-01-GetIdentityProviderAdvancedConfiguration-spaced.txt", ""},
		{"GetIdentityProvider", "eiam-2021-12-01-ListIdentityProviders-spaced.txt", ""},
	} {
		var warnings []page.Warning
		s := New(Options{Product: "eiam", Version: "2021-12-01"}, func(w page.Warning) { warnings = append(warnings, w) })
		s.Add("p/"+c.file, c.file, []byte(c.title+body))
		specs, err := s.Specs()
		if err != nil {
			t.Fatal(err)
		}
		if got := opNames(specs); len(got) != 1 || got[0] != c.title {
			t.Errorf("operations %v, want %s", got, c.title)
		}
		var got string
		for _, w := range warnings {
			if strings.Contains(w.Msg, "in the file name") {
				got = w.Msg
			}
		}
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s in %s: warning %q, want %q", c.title, c.file, got, c.want)
		}
	}
}
