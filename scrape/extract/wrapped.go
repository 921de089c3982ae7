package extract

import "github.com/acsgen/acsgen/opspec"

// warnUnwrappedLists names the response lists of scalars that are read as plain lists while
// the JSON example shows a sibling list of the same object in the legacy wrapper
// ({"AvailableDiskCategories": {"DiskCategories": [...]}}, ECS DescribeZones): the page's
// convention says these may be wrapped too, but no example or row names their wrapper key,
// so the plain list is a guess, and a client may not decode the real answer into it.
func (x *extractor) warnUnwrappedLists(rows map[*opspec.Schema]int, s *opspec.Schema, ex *jval, depth int) {
	if s == nil || depth > opspec.MaxDepth {
		return
	}
	switch s.Type {
	case "array":
		if ex != nil && ex.kind == 'o' {
			x.warnUnwrappedLists(rows, s.Items, ex, depth+1) // one element shown for the list
			return
		}
		x.warnUnwrappedLists(rows, s.Items, ex.elem(), depth+1)
		return
	case "object":
	default:
		return
	}
	if ex != nil && ex.kind != 'o' {
		ex = nil
	}
	wrapper, inner := "", ""
	for _, p := range s.Properties {
		if p == nil || p.Schema == nil || ex.get(p.Name) == nil {
			continue
		}
		if k := scalarListWrapper(p.Schema); k != "" && ex.get(p.Name).get(k) != nil {
			wrapper, inner = p.Name, k
			break
		}
	}
	for _, p := range s.Properties {
		if p == nil || p.Schema == nil {
			continue
		}
		if wrapper != "" && ex.get(p.Name) == nil && p.Schema.Type == "array" && p.Schema.Items != nil && !isContainer(p.Schema) {
			x.guess(rows[p.Schema], "%s %q (%s) is read as a plain list: no example shows it, while the JSON example shows its sibling list %q wrapped ({%q: {%q: [...]}}) and no row names a wrapper key for it",
				responseField, p.Name, p.Schema.WrittenType(), wrapper, wrapper, inner)
		}
		x.warnUnwrappedLists(rows, p.Schema, ex.get(p.Name), depth+1)
	}
}

// scalarListWrapper returns the key of the one list of scalars that the object s wraps, or "".
func scalarListWrapper(s *opspec.Schema) string {
	if s.Type != "object" || len(s.Properties) != 1 || s.Properties[0] == nil {
		return ""
	}
	in := s.Properties[0].Schema
	if in == nil || in.Type != "array" || in.Items == nil || isContainer(in) {
		return ""
	}
	return s.Properties[0].Name
}
