package extract

import (
	"slices"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// untabled warns, naming the section, when a parameter section holds, outside its tables,
// lines of the form "Type: String" (a Type column word of the lexicon, then a type word; or
// the key alone on its line over the type):
// parameters written as key-value lines that the readers could not read as cards
// (page.ReadCards: no name line before them, say), so they are lost. A section that only
// says there is nothing ("This operation has no request parameters") has no such line
// and is left alone.
func (x *extractor) untabled(kinds ...page.SectionKind) {
	for _, s := range x.p.Sections {
		if !slices.Contains(kinds, s.Kind) {
			continue
		}
		var lines []string
		for _, b := range s.Blocks {
			if b.Kind == page.Paragraph || b.Kind == page.List {
				lines = append(append(lines, strings.Split(b.Text, "\n")...), b.Items...)
			}
		}
		n, first := 0, ""
		for k, l := range lines {
			split := k+1 < len(lines) && splitTypeLine(l, lines[k+1])
			if !split && !typeLine(l) {
				continue
			}
			if n++; first == "" {
				first = strings.TrimSpace(l)
				if split {
					first += "\n" + strings.TrimSpace(lines[k+1])
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

// splitTypeLine reports whether l is a Type key alone over next, a type ("Type", then
// "String"; page.SplitKey).
func splitTypeLine(l, next string) bool {
	col, value, ok := page.SplitKey(l, next)
	return ok && col == page.ColType && page.IsType(value)
}
