package extract

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// untabled warns, naming the section, when a parameter section holds no table but lines of
// the form "Type: String" (a Type column word of the lexicon, then a type word): parameters
// written as cards or key-value lines, which no reader takes as rows, so they are lost. A
// section that only says there is nothing ("This operation has no request parameters")
// has no such line and is left alone.
func (x *extractor) untabled(kinds ...page.SectionKind) {
	for _, s := range x.p.Sections {
		if !containsKind(kinds, s.Kind) || len(s.Tables()) > 0 {
			continue
		}
		n, first := 0, ""
		for _, b := range s.Blocks {
			if b.Kind != page.Paragraph && b.Kind != page.List {
				continue
			}
			for _, l := range append(strings.Split(b.Text, "\n"), b.Items...) {
				if typeLine(l) {
					if n++; first == "" {
						first = strings.TrimSpace(l)
					}
				}
			}
		}
		if n > 0 {
			x.drop(s.Line, "%s section has no table, yet %d of its lines read like %q: the %s described so are not read",
				page.RowsOf(s.Kind), n, first, page.RowsOf(s.Kind))
		}
	}
}

// typeLine reports whether l is a "Type: String" line: a Type column word, a colon, a type.
func typeLine(l string) bool {
	l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "-*•"))
	k := strings.IndexAny(l, ":：")
	if k <= 0 {
		return false
	}
	label := strings.TrimSpace(l[:k])
	value := strings.TrimSpace(strings.TrimLeft(l[k:], ":："))
	return page.ClassifyColumn(label) == page.ColType && page.IsType(value)
}
