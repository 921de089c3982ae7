package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
)

// isPlaceholder reports whether a row name stands for the keys of a map rather than naming
// a field: a name in matching brackets ("{key}", "<key>", "[key]", "${name}") or a lone
// "*".
func isPlaceholder(name string) bool {
	if name == "*" {
		return true
	}
	name = strings.TrimPrefix(name, "$")
	if len(name) < 3 {
		return false
	}
	closeOf := map[byte]byte{'{': '}', '<': '>', '[': ']'}
	c, ok := closeOf[name[0]]
	if !ok || name[len(name)-1] != c {
		return false
	}
	inner := strings.TrimSpace(name[1 : len(name)-1])
	return inner != "" && !strings.ContainsAny(inner, "{}<>[]|")
}

// placeholderMaps turns every object under root that has a placeholder row ("{key}") into a
// map whose values are that row's schema: the placeholder stands for the keys. A
// placeholder typed object with no fields of its own, followed in its object by other rows,
// is the value those rows describe (the pages list the value's fields at the placeholder's
// depth): they become its fields, which is a guess and said. root itself is the parameter
// list or the response, never a map. rows gives the line of each row's schema.
func (x *extractor) placeholderMaps(root *opspec.Schema, what string, rows map[*opspec.Schema]int) {
	for _, p := range root.Properties {
		if isPlaceholder(p.Name) {
			x.guess(rows[p.Schema], "%s %q stands for map keys but has no parent object; kept as a field of that name", what, p.Name)
		}
		x.mapsIn(p.Schema, p.Name, what, rows, 0)
	}
}

func (x *extractor) mapsIn(s *opspec.Schema, path, what string, rows map[*opspec.Schema]int, depth int) {
	if s == nil || depth > maxJSONDepth {
		return
	}
	for _, p := range s.Properties {
		x.mapsIn(p.Schema, path+"."+p.Name, what, rows, depth+1)
	}
	if s.Items != nil { // (a path is a new string: none for what is not there)
		x.mapsIn(s.Items, path+"[]", what, rows, depth+1)
	}
	if s.AdditionalProperties != nil {
		x.mapsIn(s.AdditionalProperties, path+"{}", what, rows, depth+1)
	}
	if s.Type != "object" {
		return
	}
	key := -1
	for i, p := range s.Properties {
		if isPlaceholder(p.Name) {
			if key >= 0 {
				x.warn(rows[p.Schema], "%s %q has two placeholder rows, %q and %q; only the first is read as its keys",
					what, path, s.Properties[key].Name, p.Name)
				continue
			}
			key = i
		}
	}
	if key < 0 {
		return
	}
	ph := s.Properties[key]
	rest := append(append([]*opspec.Property(nil), s.Properties[:key]...), s.Properties[key+1:]...)
	val := ph.Schema
	line := rows[ph.Schema]
	switch {
	case len(rest) > 0 && isEmptyObject(val):
		val.Properties, rest = rest, nil
		x.guess(line, "%s %q is a map: the row %q stands for its keys; its value has no fields of its own, so the rows beside it, %s, are read as the value's fields",
			what, path, ph.Name, propNames(val.Properties))
	case len(rest) > 0:
		x.guess(line, "%s %q is a map: the row %q stands for its keys (values: %s); it also keeps the fixed fields %s",
			what, path, ph.Name, val.WrittenType(), propNames(rest))
	default:
		x.guess(line, "%s %q is a map: the row %q stands for its keys (values: %s)", what, path, ph.Name, val.WrittenType())
	}
	s.AdditionalProperties = val
	s.Properties = rest
}

// propNames lists property names for a message.
func propNames(ps []*opspec.Property) string {
	names := make([]string, 0, len(ps))
	for _, p := range ps {
		names = append(names, p.Name)
	}
	s := strings.Join(names, ", ")
	if utf8.RuneCountInString(s) > 120 {
		s = string([]rune(s)[:117]) + "..."
	}
	return s
}
