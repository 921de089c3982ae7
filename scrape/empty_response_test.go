package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A response section with nothing under it and no response example anywhere gives a
// response of no fields, which may be wrong (the page lost what followed the heading): a
// guess says so. A section that says so in words is the page's own word, and no section
// at all was already warned. Before, the empty section made an empty response silently.
func TestEmptyResponseSectionWarned(t *testing.T) {
	const head = "GetThing\nGets a thing.\n\nRequest parameters\n| Parameter | Type | Required | Description |\n|---|---|---|---|\n| Name | String | Yes | The name. |\n"
	for name, c := range map[string]struct {
		tail string
		warn bool
	}{
		"empty":    {"Response parameters\nError codes\nNone.\n", true},
		"in words": {"Response parameters\nThis operation returns no response body.\nError codes\nNone.\n", false},
	} {
		_, warns := scrapeSource(t, Options{Product: "Thing", Version: "2020-01-01"}, "GetThing.txt", head+c.tail)
		warned := false
		for _, w := range warns {
			warned = warned || w.Kind == page.Guess && strings.Contains(w.Msg, "the response section is empty")
		}
		if warned != c.warn {
			t.Errorf("%s: warned %v, want %v: %v", name, warned, c.warn, warns)
		}
	}
}
