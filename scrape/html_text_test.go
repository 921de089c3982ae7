package scrape

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/acsgen/acsgen/opspec"
)

// TestHTMLMatchesText checks that the HTML rendering of a page and its text dump give the
// same operation: GetInstance (English RPC, nesting shown by data-level) entirely, and
// CreateInstanceAccount (the text dump in English, the HTML in Chinese, ROA, nesting shown
// by padding-left and level-N classes) except for the prose, which is in another language.
// Only where the page came from (file, URL, language) may differ otherwise.
func TestHTMLMatchesText(t *testing.T) {
	root := repoRoot(t)
	source := cmpopts.IgnoreFields(opspec.Source{}, "File", "URL", "Lang")
	prose := cmp.Options{
		cmpopts.IgnoreFields(opspec.Operation{}, "Title", "Summary", "Description"),
		cmpopts.IgnoreFields(opspec.Schema{}, "Description"),
		cmpopts.IgnoreFields(opspec.EnumValue{}, "Description"),
		cmpopts.IgnoreFields(opspec.ErrorCode{}, "Message", "Description"),
	}
	for _, c := range []struct {
		name, text, html string
		opts             Options
		ignore           cmp.Options
	}{
		{"GetInstance", "specs/eiam/pages/GetInstance.txt", "golden/htmlpages/GetInstance.html",
			Options{Product: "Eiam", Version: "2021-12-01"}, nil},
		{"CreateInstanceAccount", "specs/rocketmq/pages/CreateInstanceAccount.txt", "golden/htmlpages/CreateInstanceAccount-zh.html",
			Options{Product: "RocketMQ", Version: "2022-08-01"}, prose},
	} {
		t.Run(c.name, func(t *testing.T) {
			fromText := scrapeOne(t, c.opts, filepath.Join(root, c.text))
			fromHTML := scrapeOne(t, c.opts, filepath.Join(root, c.html))
			if d := cmp.Diff(fromText, fromHTML, source, c.ignore); d != "" {
				t.Errorf("text and HTML give different operations (-text +html):\n%s", d)
			}
		})
	}
}

// scrapeOne scrapes one page file and returns its only operation.
func scrapeOne(t *testing.T, opts Options, path string) *opspec.Operation {
	t.Helper()
	spec, _ := scrapeDir(t, opts, path)
	if len(spec.Operations) != 1 {
		t.Fatalf("%s: %d operations", path, len(spec.Operations))
	}
	return spec.Operations[0]
}
