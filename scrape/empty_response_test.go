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

// A parameter table before any heading the reader knew as one (a site that sets its
// headings in <div>s) is not read, and a drop warning names its rows; before, they were
// lost with only "page has no request parameter table".
func TestIntroParameterTableWarned(t *testing.T) {
	src := `<html><head><title>GetThing</title></head><body><h1>GetThing</h1><p>Gets a thing.</p>
<div class="section-title">Request parameter list</div>
<table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>RegionId</td><td>String</td><td>Yes</td><td>The region.</td></tr></table></body></html>`
	_, warns := scrapeSource(t, Options{Product: "Thing", Version: "2020-01-01"}, "GetThing.html", src)
	warned := false
	for _, w := range warns {
		warned = warned || w.Kind == page.Drop && strings.Contains(w.Msg, "rows RegionId dropped")
	}
	if !warned {
		t.Errorf("no drop warning names RegionId: %v", warns)
	}
}
