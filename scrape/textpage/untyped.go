package textpage

import "github.com/acsgen/acsgen/scrape/page"

// rowSeen is what untypedRow needs of the row read before a line: its name (tree glyphs
// and all), its type, and whether it has a cell of text after its type.
type rowSeen struct {
	name, typ string
	text      bool
}

// untypedRow reports whether line i is the name of a row whose type cell the page leaves
// empty, a container ("└Tags" then "The tags of the key pair."; ecs/en/DescribeKeyPairs): a
// name alone on its line, with a named row after it past the lines of its description (a
// name right over a row is an item marker or text: isMarker, itemRow)
// (next tells whether a row starts at a line, and whether it has a name). A name under
// tree glyphs is no description's line; a bare one ("KeyPairs") is taken where the next
// row is one level deep ("└KeyPairName"), or at the top level ("Max", a table that shows no
// tree) where flat says no cell of a row stands alone on a line (the spaced layout: the
// example is on the row's line; in concat it may follow the description), and where the
// row before, prev (nil at the table's start), is no container at the top level, whose
// description the line would be. The row before must have its text already (else
// the line is its example or description). Read as text, such
// a row ran into the row above or out of the table, and no warning named it; extraction
// reads it as an object, with a guess naming it.
func (d *doc) untypedRow(i int, prev *rowSeen, flat, glued bool, next func(k int) (named, ok bool)) bool {
	dep, bare := page.TreeDepth(d.t(i))
	if !validName(bare) || isType(bare) || d.is(i, trType) || d.is(i, trBullet) {
		return false
	}
	if prev != nil {
		pdep, _ := page.TreeDepth(prev.name)
		if !prev.text && !containerType(prev.typ) || dep == 0 && containerType(prev.typ) && pdep == 0 {
			return false
		}
	}
	for k, text := d.nb(i+1), false; k < len(d.lines); k, text = d.nb(k+1), true {
		named, row := next(k)
		switch {
		case row && !text:
			// a row right under the name, no description between: whether its line would
			// also end the table does not matter, and is not asked (a row's line is judged
			// as a heading, header or label nowhere else)
			return false
		case d.endsTable(k):
			return false
		case row:
			ndep, _ := page.TreeDepth(d.t(k)) // the glyphs lead the row's line
			return named && (dep > 0 || ndep == 1 || ndep == 0 && flat) && !(glued && hidesType(bare))
		}
	}
	return false
}

// hidesType reports whether a type word of the vocabulary follows a name's first bytes
// inside s ("paramData", then "any" in "paramDataanysample").
func hidesType(s string) bool {
	for k := 1; k < len(s); k++ {
		for j := k + 2; j <= len(s) && j-k <= 40; j++ {
			if validName(s[:k]) && isType(s[k:j]) {
				return true
			}
		}
	}
	return false
}
