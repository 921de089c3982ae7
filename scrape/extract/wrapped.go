package extract

import (
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// warnUnwrappedLists names the response lists that are read as plain lists while the JSON
// example shows a list in the legacy wrapper: a sibling of the same object wrapped
// ({"AvailableDiskCategories": {"DiskCategories": [...]}}, ECS DescribeZones; a list of
// objects too: {"RegionStatuses": {"RegionStatus": [{...}]}} beside "Tags", typed "object
// []" in a concat table and cut from the example), or, where no example shows the list's
// object at all, a list of scalars wrapped anywhere on the page (DescribeZones'
// ResourcesInfo lists, in a struct no example shows). The page's convention says these may
// be wrapped too, but no example or row names their wrapper key, so the plain list is a
// guess, and a client may not decode the real answer into it. Where the page shows no
// wrapped list at all (or no example: vod GetVideoInfo's "Snapshots | List", cut before
// its example), an RPC response's list of scalars that no example shows and whose row
// gives its items no type (no item word, no item row) is such a guess too: it is how the
// legacy tables write a list the JSON wraps, while the newer pages write a plain list
// with its items typed (ens "ListenerPorts | array" over "| string"). ex is nil where the
// page has no JSON example.
func (x *extractor) warnUnwrappedLists(rows map[*opspec.Schema]int, root *opspec.Schema, ex *page.JSONValue, rpc bool) {
	w := &unwrapped{x: x, rows: rows, rpc: rpc}
	w.page, w.pageInner, _ = firstWrappedList(root, ex, 0)
	w.walk(root, ex, 0)
}

// unwrapped carries warnUnwrappedLists' walk: the rows' lines, the first wrapped list of
// scalars the example shows, and whether the operation is RPC.
type unwrapped struct {
	x               *extractor
	rows            map[*opspec.Schema]int
	page, pageInner string
	rpc             bool
}

func (w *unwrapped) walk(s *opspec.Schema, ex *page.JSONValue, depth int) {
	if s == nil || depth > opspec.MaxDepth {
		return
	}
	switch s.Type {
	case "array":
		if ex != nil && ex.Kind == 'o' {
			w.walk(s.Items, ex, depth+1) // one element shown for the list
			return
		}
		w.walk(s.Items, ex.Elem(), depth+1)
		return
	case "object":
	default:
		return
	}
	if ex != nil && ex.Kind != 'o' {
		ex = nil
	}
	wrapper, inner := siblingWrapper(s, ex, false)
	isWrapper := listWrapper(s, false) != "" // its list is the wrapped one: no guess
	for _, p := range s.Properties {
		if p == nil || p.Schema == nil {
			continue
		}
		if !isWrapper && ex.GetFold(p.Name) == nil && p.Schema.Type == "array" && p.Schema.Items != nil {
			switch {
			case wrapper != "":
				w.x.guess(w.rows[p.Schema], "%s %q (%s) is read as a plain list: no example shows it, while the JSON example shows its sibling list %q wrapped ({%q: {%q: [...]}}) and no row names a wrapper key for it",
					responseField, p.Name, p.Schema.WrittenType(), wrapper, wrapper, inner)
			case ex == nil && w.page != "":
				w.x.guess(w.rows[p.Schema], "%s %q (%s) is read as a plain list: no example shows it or its object, while the JSON example shows the list %q wrapped ({%q: {%q: [...]}}) and no row names a wrapper key for it",
					responseField, p.Name, p.Schema.WrittenType(), w.page, w.page, w.pageInner)
			case ex == nil && w.rpc && w.untypedItems(p.Schema):
				w.x.guess(w.rows[p.Schema], "%s %q (%s) is read as a plain list: no example shows it or its object, and its row gives the items no type, as legacy RPC tables write a list the JSON wraps ({%q: {...: [...]}}) under a key no row names",
					responseField, p.Name, p.Schema.WrittenType(), p.Name)
			}
		}
		w.walk(p.Schema, ex.GetFold(p.Name), depth+1)
	}
}

// untypedItems reports whether the list s is a row's list of scalars whose type word gives
// no item type ("List", "array") and whose items no item row types.
func (w *unwrapped) untypedItems(s *opspec.Schema) bool {
	if _, row := w.rows[s]; !row || s.Items == nil || isContainer(s) {
		return false
	}
	if _, itemRow := w.rows[s.Items]; itemRow {
		return false
	}
	t, ok := page.ReadType(s.DocType)
	return ok && t.Elem == nil
}

// siblingWrapper returns the first field of the object s that the example ex shows as a
// wrapped list (of scalars only, when scalars is set), and the wrapper's key, or "".
func siblingWrapper(s *opspec.Schema, ex *page.JSONValue, scalars bool) (wrapper, inner string) {
	for _, p := range s.Properties {
		if p == nil || p.Schema == nil || ex.GetFold(p.Name) == nil {
			continue
		}
		if k := listWrapper(p.Schema, scalars); k != "" && ex.GetFold(p.Name).GetFold(k) != nil {
			return p.Name, k
		}
	}
	return "", ""
}

// firstWrappedList returns the first wrapped list of scalars (siblingWrapper) that the
// example ex shows anywhere in s, depth first: the page-wide evidence, where no example
// shows a list's object, is taken from lists of scalars alone, as a list of objects
// wrapped is the legacy convention of more pages than a list of scalars wrapped.
func firstWrappedList(s *opspec.Schema, ex *page.JSONValue, depth int) (wrapper, inner string, ok bool) {
	if s == nil || ex == nil || depth > opspec.MaxDepth {
		return "", "", false
	}
	switch s.Type {
	case "array":
		if ex.Kind == 'o' {
			return firstWrappedList(s.Items, ex, depth+1)
		}
		return firstWrappedList(s.Items, ex.Elem(), depth+1)
	case "object":
		if ex.Kind != 'o' {
			return "", "", false
		}
	default:
		return "", "", false
	}
	if wrapper, inner = siblingWrapper(s, ex, true); wrapper != "" {
		return wrapper, inner, true
	}
	for _, p := range s.Properties {
		if p != nil && p.Schema != nil {
			if wrapper, inner, ok = firstWrappedList(p.Schema, ex.GetFold(p.Name), depth+1); ok {
				return wrapper, inner, true
			}
		}
	}
	return "", "", false
}

// listWrapper returns the key of the one list (of scalars only, when scalars is set) that
// the object s wraps, or "".
func listWrapper(s *opspec.Schema, scalars bool) string {
	if s.Type != "object" || len(s.Properties) != 1 || s.Properties[0] == nil {
		return ""
	}
	in := s.Properties[0].Schema
	if in == nil || in.Type != "array" || in.Items == nil || scalars && isContainer(in) {
		return ""
	}
	return s.Properties[0].Name
}
