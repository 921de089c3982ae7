package extract

import (
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// accountRows is the safety net under the tree builders: every named row of a parameter
// table must end up in the tree (root) under its name, or as the items of the array row
// just before it (an item row: "EgressAddresses | array" then "EgressAddress | string"), or
// have been warned about as dropped. A row that is none of these (lost, or swallowed as the
// nameless items of another row) is named in a drop warning, so that no field is ever lost
// silently, whatever the nesting rules did with it. what is "request parameter" or
// "response field".
func (x *extractor) accountRows(fields []field, root *opspec.Schema, what string) {
	names := map[string]bool{}
	items := map[*opspec.Schema]bool{}
	treeNames(root, names, items, 0)
	dropped := map[int]bool{} // lines already named by a drop warning
	for _, w := range x.res.Warnings {
		if w.Kind == page.Drop {
			dropped[w.Line] = true
		}
	}
	var lost []string
	line := 0
	for i, f := range fields {
		if f.marker || f.name == "" || dropped[f.line] {
			continue
		}
		leaf := leafName(f.name)
		if leaf == "" || names[leaf] || names[f.name] || isPlaceholder(leaf) {
			// (a placeholder row is a map's value: placeholderMaps said so)
			continue
		}
		if items[f.schema] && i > 0 && (isItemMarker(fields[i-1], f.name) || page.ItemWord(f.name)) {
			continue
		}
		if i > 0 && dropped[fields[i-1].line] && page.ItemWord(f.name) {
			continue // the item row of a row dropped by name went with it
		}
		lost = append(lost, f.name)
		if line == 0 {
			line = f.line
		}
	}
	if len(lost) > 0 {
		x.drop(line, "%sthe tree could not place their rows", page.Lost(what+"s", lost))
	}
}

// leafName is the last segment of a row name that names a field ("Key" of "Tag.N.Key").
func leafName(name string) string {
	for rest := name; ; {
		dot := strings.LastIndexByte(rest, '.')
		if s := rest[dot+1:]; s != "" && s != "N" && strings.Trim(s, "0123456789") != "" {
			return s
		}
		if dot < 0 {
			return ""
		}
		rest = rest[:dot] // the segments before, last first
	}
}

// treeNames adds the name of every property anywhere in s to names, and every array's item
// schema to items.
func treeNames(s *opspec.Schema, names map[string]bool, items map[*opspec.Schema]bool, depth int) {
	if s == nil || depth > opspec.MaxDepth {
		return
	}
	for _, p := range s.Properties {
		names[p.Name] = true
		treeNames(p.Schema, names, items, depth+1)
	}
	if s.Items != nil {
		items[s.Items] = true
		treeNames(s.Items, names, items, depth+1)
	}
	treeNames(s.AdditionalProperties, names, items, depth+1)
}
