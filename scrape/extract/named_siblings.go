package extract

import (
	"regexp"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/flatname"
)

// dottedRe matches dotted words in running text (Tag.N.Value, DataDisk.1.Category, and a
// sentence's full stop after one, which flatPaths trims).
var dottedRe = regexp.MustCompile(`[A-Za-z]\w*(?:\.\w+)+`)

// flatPaths returns the flattened parameter paths that text names: dotted words standing
// alone (no dot or word before them) with an index segment before a field name.
func flatPaths(text string) []string {
	var out []string
	for _, m := range dottedRe.FindAllStringIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] == '.' {
			continue
		}
		if name := text[m[0]:m[1]]; listPrefix(name) != "" {
			out = append(out, name)
		}
	}
	return out
}

// namedSiblings returns the request rows that the descriptions of the table's flattened
// rows name and no row lists: a description of Tag.N.Key that says to give "the Tag.N.Value
// parameter" too names a member of the same flattened list, in the form the rows have,
// which a table cut off after its first member (or one that leaves it out) does not list.
// Only a name whose list prefix (Tag.N.) is the prefix of a row on the page is taken; each
// is a string with a guess naming it and the row that names it. A name spelt as a row in
// other letter case is that row.
func (x *extractor) namedSiblings(fields []field) []field {
	prefixes := map[string]field{} // a flattened row's list prefix ("Tag.N.") and its first row
	listed := map[string]bool{}    // every row's name, case-folded
	for _, f := range fields {
		listed[foldCase(f.name)] = true
		if p := listPrefix(f.name); p != "" && f.depth < 0 {
			if _, ok := prefixes[p]; !ok {
				prefixes[p] = f
			}
		}
	}
	if len(prefixes) == 0 {
		return nil
	}
	var out []field
	for _, f := range fields {
		if f.schema == nil || f.depth >= 0 {
			continue
		}
		for _, name := range flatPaths(f.schema.Description) {
			family, ok := prefixes[listPrefix(name)]
			if !ok || listed[foldCase(name)] {
				continue
			}
			listed[foldCase(name)] = true
			x.guess(f.line, "request parameter %q is in no row: the description of %q names it, in the form of the rows of that list (%s…); added as a string",
				name, f.name, listPrefix(name))
			out = append(out, field{name: name, line: f.line, depth: -1, loc: family.loc, unmarked: family.unmarked,
				schema: &opspec.Schema{Type: "string"}})
		}
	}
	return out
}

// listPrefix returns a flattened name's part up to and with its last index segment and
// the dot after it ("Tag.N." of "Tag.N.Key"), when a field name follows; else "".
func listPrefix(name string) string {
	segs := strings.Split(name, ".")
	for i := len(segs) - 2; i > 0; i-- {
		if flatname.IsIndex(segs[i]) {
			return strings.Join(segs[:i+1], ".") + "."
		}
	}
	return ""
}
