package scrape

import "testing"

// TestTextMarkupAsHTML scrapes HTML golden pages saved as markup under a plain-text name:
// HTML without the document around it (pandoc -t html5 and html4 without -s, an
// <article>'s inner HTML: htmlpage.Fragment) and LaTeX (pandoc -t latex, with --listings,
// and -s as .tex: texpage), and requires each one's spec to be its HTML page's, and its
// warnings the same but for their lines. The source's URL and last-updated date are left
// out: the HTML pages give them in <head> metadata, which these forms do not have.
func TestTextMarkupAsHTML(t *testing.T) { requireHTMLPagesSpec(t, "golden/txtmarkup", 6, "markup") }
