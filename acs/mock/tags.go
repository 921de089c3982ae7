package mock

import (
	"strings"
)

// Tags: given at create (Tag.N.Key/Value, Tags=[{"TagKey":..}]), added and removed by
// TagResource(s)/UntagResource(s), read by ListResourceTags and shown wherever an answer has
// a list of key/value objects named after tags (Tags.Tag[].TagKey). They are stored under
// one attribute, as {"Key","Value"} objects, whatever names the operations use.

const tagsAttr = "tags"

// tagArray is where an answer (or a list item) shows tags.
type tagArray struct {
	path       []string
	key, value string // item field names ("TagKey", "TagValue")
}

// tagFields finds the key and value fields of an object schema of tags.
func tagFields(n *node) (key, value string) {
	if n == nil || n.typ != "object" {
		return "", ""
	}
	for _, p := range n.props {
		switch p.low {
		case "key", "tagkey":
			key = p.name
		case "value", "tagvalue":
			value = p.name
		}
	}
	if key == "" || value == "" {
		return "", ""
	}
	return key, value
}

// findTagArrays lists the arrays of tag objects reachable through objects whose own name
// or whose holder's name says tag.
func findTagArrays(n *node, path []string, holder string, depth int) []tagArray {
	if n == nil || depth > 3 {
		return nil
	}
	var out []tagArray
	for _, p := range n.props {
		pp := append(append([]string(nil), path...), p.name)
		switch p.n.typ {
		case "array":
			if !strings.Contains(p.low, "tag") && !strings.Contains(holder, "tag") {
				continue
			}
			if k, v := tagFields(p.n.items); k != "" {
				out = append(out, tagArray{pp, k, v})
			}
		case "object":
			out = append(out, findTagArrays(p.n, pp, p.low, depth+1)...)
		}
	}
	return out
}

// tagList reads tags as operations send them: a list of objects or its JSON text, with
// Key/Value or TagKey/TagValue fields. ok is false when v is not such a list.
func tagList(v any) ([]any, bool) {
	if s, isText := v.(string); isText {
		d, ok := decodeJSONValue(strings.TrimSpace(s))
		if !ok {
			return nil, false
		}
		v = d
	}
	items, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]any, 0, len(items))
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			return nil, false
		}
		var key, value any
		for k, x := range m {
			switch strings.ToLower(k) {
			case "key", "tagkey":
				key = x
			case "value", "tagvalue":
				value = x
			}
		}
		if key == nil {
			return nil, false
		}
		if value == nil {
			value = ""
		}
		out = append(out, map[string]any{"Key": scalarString(key), "Value": scalarString(value)})
	}
	return out, true
}

// storeTags moves a create's tag parameter (tag or tags) into the tags attribute.
func storeTags(attrs map[string]any) {
	for _, name := range []string{"tag", "tags"} {
		if v, ok := attrs[name]; ok {
			if tags, ok := tagList(v); ok {
				delete(attrs, name)
				attrs[tagsAttr] = tags
			}
		}
	}
}

// showTags writes the stored tags into every tag array of an answer (empty when none).
func showTags(out map[string]any, arrays []tagArray, attrs map[string]any) {
	tags, _ := attrs[tagsAttr].([]any)
	for _, ta := range arrays {
		cur := out
		for _, name := range ta.path[:len(ta.path)-1] {
			next, ok := cur[name].(map[string]any)
			if !ok {
				next = map[string]any{}
				cur[name] = next
			}
			cur = next
		}
		list := make([]any, 0, len(tags))
		for _, t := range tags {
			m, _ := t.(map[string]any)
			list = append(list, map[string]any{ta.key: m["Key"], ta.value: m["Value"]})
		}
		cur[ta.path[len(ta.path)-1]] = list
	}
}

// hasTags reports whether stored tags include every wanted one (an empty wanted value
// matches any value).
func hasTags(stored any, want []any) bool {
	have, _ := stored.([]any)
	for _, w := range want {
		wm, _ := w.(map[string]any)
		found := false
		for _, h := range have {
			hm, _ := h.(map[string]any)
			if hm["Key"] == wm["Key"] && (wm["Value"] == "" || hm["Value"] == wm["Value"]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// mergeTags adds tags (a key given again takes the new value) or removes keys (all when
// keys is nil and all is set).
func mergeTags(old any, add []any, keys []string, all bool) []any {
	cur, _ := old.([]any)
	out := make([]any, 0, len(cur)+len(add))
	for _, t := range cur {
		m, _ := t.(map[string]any)
		k := scalarString(m["Key"])
		drop := all || contains(keys, k)
		for _, a := range add {
			if am, _ := a.(map[string]any); scalarString(am["Key"]) == k {
				drop = true
			}
		}
		if !drop {
			out = append(out, t)
		}
	}
	return append(out, add...)
}

// tagPlan is a tag operation: which parameters name the resources and carry the tags.
type tagPlan struct {
	op      verb             // verbAdd, verbRemove or verbGet
	byParam map[string]*kind // parameter name → kind it identifies (KeyId, SecretName)
	typ, id string           // ResourceType and ResourceId parameter names
	kinds   map[string]*kind // lower-case kind name → kind, for ResourceType values
	tags    string           // Tag / Tags parameter name
	keys    string           // TagKey / TagKeys
	all     string           // All
	arrays  []tagArray       // where a read answers the tags
}

// inferTagRoutes gives the stateless routes named Tag*/Untag*/List*Tags a tag plan when
// their parameters name resources of the spec's kinds.
func inferTagRoutes(routes []*route) {
	kinds := map[string]*kind{}
	byID := map[string]*kind{}
	for _, rt := range routes {
		if k := rt.res.kind; k != nil {
			kinds[strings.ToLower(k.name)] = k
			byID[k.idParam] = k
			for _, a := range k.aliases {
				byID[a] = k
			}
		}
	}
	for _, rt := range routes {
		if rt.res.kind != nil {
			continue
		}
		name := rt.op.Name
		tp := &tagPlan{byParam: map[string]*kind{}, kinds: kinds}
		switch {
		case strings.HasPrefix(name, "Untag"):
			tp.op = verbRemove
		case strings.HasPrefix(name, "Tag"):
			tp.op = verbAdd
		case strings.HasPrefix(name, "List") && strings.HasSuffix(name, "Tags"):
			tp.op = verbGet
		default:
			continue
		}
		for _, p := range rt.params {
			switch {
			case byID[p.low] != nil:
				tp.byParam[p.name] = byID[p.low]
			case p.low == "resourcetype":
				tp.typ = p.name
			case p.low == "resourceid" || p.low == "resourceids":
				tp.id = p.name
			case p.low == "tag" || p.low == "tags":
				tp.tags = p.name
			case p.low == "tagkey" || p.low == "tagkeys":
				tp.keys = p.name
			case p.low == "all":
				tp.all = p.name
			}
		}
		if len(tp.byParam) == 0 && (tp.typ == "" || tp.id == "") {
			continue
		}
		switch tp.op {
		case verbAdd:
			if tp.tags == "" {
				continue
			}
		case verbRemove:
			if tp.keys == "" && tp.all == "" {
				continue
			}
		case verbGet:
			tp.arrays = findTagArrays(rt.resp, nil, "", 0)
			if len(tp.arrays) == 0 || len(tp.byParam) == 0 {
				continue
			}
		}
		rt.tags = tp
	}
}

// tagCall answers a tag operation: every named resource must exist.
func (s *Server) tagCall(rt *route, c *Call, out map[string]any) (any, error) {
	tp := rt.tags
	type target struct {
		k  *kind
		id string
	}
	var targets []target
	for p, k := range tp.byParam {
		if id := scalarString(c.Params[p]); id != "" {
			targets = append(targets, target{k, id})
		}
	}
	if tp.typ != "" {
		if k := tp.kinds[strings.ToLower(c.String(tp.typ))]; k != nil {
			for _, id := range idList(c.Params[tp.id]) {
				targets = append(targets, target{k, id})
			}
		}
	}
	var add []any
	if tp.tags != "" {
		add, _ = tagList(c.Params[tp.tags])
	}
	keys := idList(c.Params[tp.keys])
	all, _ := c.Params[tp.all].(bool)
	for _, t := range targets {
		sc, r, ok := c.find(t.k, t.id)
		if !ok {
			return nil, c.NotFound(t.k.name, t.id)
		}
		if tp.op == verbGet {
			showTags(out, tp.arrays, r.Attrs())
			continue
		}
		s.store.modify(sc, r.parents(), r.id(), func(old map[string]any) (map[string]any, *Error) {
			if tp.op == verbAdd {
				return map[string]any{tagsAttr: mergeTags(old[tagsAttr], add, nil, false)}, nil
			}
			return map[string]any{tagsAttr: mergeTags(old[tagsAttr], nil, keys, all)}, nil
		})
	}
	return out, nil
}
