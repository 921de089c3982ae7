package scrape

import (
	"strings"
	"testing"
)

// TestWrappedSummary: a text page wrapped at its width (pandoc's plain text, a rendered
// manual page) breaks the summary's paragraph over lines ("… (API version" over
// "2014-05-26)."); the lines are one summary. Before, the summary was the first line and
// the operation's description "2014-05-26).". A line under a summary that opens as a
// paragraph does (a capital) stays a paragraph of its own, as real dumps put site chrome
// there.
func TestWrappedSummary(t *testing.T) {
	page := func(intro string) []byte {
		return []byte("DescribeThings\n\n" + intro + "\n\nRequest parameters\n\n" +
			"Parameter  Type    Required  Description\nRegionId   String  Yes       The region.\n\n")
	}
	for _, c := range []struct{ intro, summary, description string }{
		{"Calls the DescribeThings operation of ecs (API version\n2014-05-26).",
			"summary: Calls the DescribeThings operation of ecs (API version 2014-05-26).", ""},
		{"Calls the DescribeThings operation of ecs, which lists the\nthings of a region that the caller owns, newest first, a page\n(paged).",
			"summary: Calls the DescribeThings operation of ecs, which lists the things of a region that the caller owns, newest first, a page (paged).", ""},
		{"Calls the DescribeThings operation of ecs (API version\nAlibaba Cloud Toolkit",
			"summary: Calls the DescribeThings operation of ecs (API version", "description: Alibaba Cloud Toolkit"},
		{"Lists things.\nthings are listed by region.",
			"summary: Lists things.", "description: things are listed by region."},
	} {
		y, _ := scrapeYAML(t, "ecs-2014-05-26-DescribeThings.txt", Options{}, page(c.intro))
		if !strings.Contains(y, c.summary) {
			t.Errorf("%q: want %q in\n%s", c.intro, c.summary, y)
		}
		if c.description != "" && !strings.Contains(y, c.description) {
			t.Errorf("%q: description, want %q in\n%s", c.intro, c.description, y)
		}
		if c.description == "" && (strings.Contains(y, "description: 2014-05-26).") || strings.Contains(y, "description: (paged).")) {
			t.Errorf("%q: a wrapped line read as the description:\n%s", c.intro, y)
		}
	}
}
