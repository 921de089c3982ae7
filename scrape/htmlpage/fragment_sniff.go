package htmlpage

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Fragment reports whether a file with no telling extension (.txt or none) that does not
// start like an HTML document (<!DOCTYPE html>, <html>) is HTML markup all the same: the
// page's content without the document around it, as pandoc writes HTML without -s or a
// copy of an article's inner HTML keeps it. Its first non-blank byte opens a tag, every
// non-blank text stands inside an element (a text dump that quotes a tag or a Markdown page
// with HTML blocks has text outside them: its headings, its paragraphs) and its headings
// are elements (<h1>…<h6>), as a reference page's content has them (a Markdown page wrapped
// in a <div> writes its own "## " headings). A text page, whose first byte is no '<', is
// answered without reading further.
func Fragment(data []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(t) == 0 || t[0] != '<' {
		return false
	}
	m := scanMarkup(data, true)
	return !m.loose && !m.document && m.heading
}

// markup is what scanMarkup finds in HTML source.
type markup struct {
	loose    bool     // non-blank text outside every element
	document bool     // a doctype or an <html>, <head> or <body> tag: a document, no fragment
	heading  bool     // a heading element (<h1>…<h6>)
	open     []opened // the elements still open at the end of the source
}

// opened is an element whose start tag scanMarkup has read and the line it stands on.
type opened struct {
	name string
	line int
}

// scanMarkup reads HTML source with the tokenizer, keeping the stack of open elements (an
// end tag closes the innermost element of its name and those opened inside it; one with no
// open element is ignored, as the parser does). stopLoose stops at the first loose text, all
// Fragment needs to say no.
func scanMarkup(data []byte, stopLoose bool) markup {
	var m markup
	z := html.NewTokenizer(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return m
		}
		raw := z.Raw()
		switch tt {
		case html.DoctypeToken:
			m.document = true
		case html.TextToken:
			if len(m.open) == 0 && strings.TrimSpace(string(z.Text())) != "" {
				m.loose = true
				if stopLoose {
					return m
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			switch name {
			case "html", "head", "body":
				m.document = true
			case "h1", "h2", "h3", "h4", "h5", "h6":
				m.heading = true
			}
			switch {
			case tt == html.EndTagToken:
				for i := len(m.open) - 1; i >= 0; i-- {
					if m.open[i].name == name {
						m.open = m.open[:i]
						break
					}
				}
			case tt == html.StartTagToken && !voidTags[name]:
				m.open = append(m.open, opened{name, line})
			}
		}
		line += bytes.Count(raw, []byte("\n"))
	}
}

// voidTags are the elements that have no content and no end tag.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// optionalEnd are the elements whose end tag HTML lets a page leave out: one still open at
// the end of a fragment says nothing of a cut.
var optionalEnd = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"thead": true, "tbody": true, "tfoot": true, "caption": true, "colgroup": true, "option": true, "optgroup": true,
	"rb": true, "rt": true, "rtc": true, "rp": true, "html": true, "head": true, "body": true}

// fragmentCut is the cut-off warning of a fragment (no document, so no </body> to miss):
// the outermost element still open at its end whose end tag HTML requires, or "" when
// every such element is closed.
func fragmentCut(m markup) string {
	for _, o := range m.open {
		if !optionalEnd[o.name] {
			return fmt.Sprintf("HTML ends inside <%s> (line %d), which is not closed: the page may be cut off", o.name, o.line)
		}
	}
	return ""
}
