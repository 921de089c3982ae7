package extract

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// untabled warns, naming the section, when a parameter section holds, outside its tables,
// lines of the form "Type: String" (a Type column word of the lexicon, then a type word):
// parameters written as key-value lines that the readers could not read as cards
// (page.ReadCards: no name line before them, say), so they are lost. A section that only
// says there is nothing ("This operation has no request parameters") has no such line
// and is left alone.
func (x *extractor) untabled(kinds ...page.SectionKind) {
	for _, s := range x.p.Sections {
		if !containsKind(kinds, s.Kind) {
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
			x.drop(s.Line, "%s section: %d of its lines outside tables read like %q, yet no parameter card holds them: the %s described so are not read",
				page.RowsOf(s.Kind), n, first, page.RowsOf(s.Kind))
		}
	}
}

// typeLine reports whether l is a "Type: String" line: a Type key (page.CardKey) and a type.
func typeLine(l string) bool {
	col, _, value, ok := page.CardKey(l)
	return ok && col == page.ColType && page.IsType(value)
}
