package mock

import (
	"encoding/json"
	"strconv"
	"strings"
)

// This file builds the response templates: one per operation, computed once by New from
// the documented JSON example where it fits the response schema and from the schema
// elsewhere, deterministic under the seed.

// fixedTime is the date-time every generated timestamp uses: generated values must not
// depend on when the mock runs.
const fixedTime = "2023-10-26T10:22:32Z"

// parseExample decodes a documented JSON example; ok is false when it is absent or not JSON.
func parseExample(s string) (any, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	return v, true
}

// buildTemplate returns the value answered for a schema: the example's values wherever
// they are valid for their part of the schema, generated values elsewhere. The result is
// valid against n (generation only produces valid values; example parts are checked).
func buildTemplate(n *node, example any, hasExample bool, r *rng, name string, depth int) any {
	if hasExample && n.typ != "object" && n.typ != "array" {
		if n.validate(example) == nil {
			return example
		}
	}
	switch n.typ {
	case "object":
		ex, _ := example.(map[string]any)
		if len(n.props) == 0 && n.addl == nil {
			if ex != nil && n.validate(ex) == nil {
				return copyValue(ex)
			}
			return map[string]any{}
		}
		out := make(map[string]any, len(n.props))
		if depth >= maxDepth {
			return out
		}
		for _, p := range n.props {
			v, ok := lookupFold(ex, p.name)
			out[p.name] = buildTemplate(p.n, v, ok, r, p.name, depth+1)
		}
		if n.addl != nil && len(n.props) == 0 {
			if len(ex) > 0 {
				for k, v := range ex {
					out[k] = buildTemplate(n.addl, v, true, r, k, depth+1)
				}
			} else {
				out["key"] = buildTemplate(n.addl, nil, false, r, "key", depth+1)
			}
		}
		return out
	case "array":
		ex, _ := example.([]any)
		if depth >= maxDepth {
			return []any{}
		}
		if len(ex) > 0 {
			out := make([]any, len(ex))
			for i, v := range ex {
				out[i] = buildTemplate(n.items, v, true, r, name, depth+1)
			}
			return out
		}
		return []any{buildTemplate(n.items, nil, false, r, name, depth+1)}
	}
	return generateScalar(n, r, name)
}

// generateScalar synthesizes a valid scalar: the first enum value, the schema's own
// example when it parses, else a value shaped by the type, format and name.
func generateScalar(n *node, r *rng, name string) any {
	if len(n.k.Enum) > 0 {
		return n.k.Enum[0]
	}
	if n.s.Example != "" {
		if v, ok := typedScalar(n.s.Example, n.typ); ok && n.validate(v) == nil {
			return v
		}
	}
	switch n.typ {
	case "integer":
		return json.Number(strconv.Itoa(1 + r.intn(100)))
	case "number":
		return json.Number(strconv.Itoa(1+r.intn(100)) + ".5")
	case "boolean":
		return true
	case "", "string":
		switch n.s.Format {
		case "date-time":
			return fixedTime
		case "date":
			return fixedTime[:10]
		}
		low := strings.ToLower(name)
		if strings.HasSuffix(low, "id") && len(low) > 2 {
			return low[:len(low)-2] + "-" + r.word(12)
		}
		return low + "-" + r.word(6)
	}
	return nil
}

// lookupFold finds a key exactly, then case-insensitively (examples and tables disagree
// on case now and then).
func lookupFold(m map[string]any, key string) (any, bool) {
	if m == nil {
		return nil, false
	}
	if v, ok := m[key]; ok {
		return v, true
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

// copyValue deep-copies a decoded JSON value.
func copyValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = copyValue(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = copyValue(e)
		}
		return out
	}
	return v
}

// overlay writes the stored attributes of a resource into a response object wherever a
// property of the same name (case-insensitive) exists and the value is valid for it,
// descending into nested objects (not arrays): GetInstance answers Instance.Description
// with the Description given to CreateInstance.
func overlay(out map[string]any, n *node, attrs map[string]any, depth int) {
	if n == nil || depth > 4 {
		return
	}
	for _, p := range n.props {
		if p.low == "requestid" {
			continue
		}
		if v, ok := attrs[p.low]; ok && p.n.typ != "object" {
			if p.n.validate(v) == nil {
				out[p.name] = copyValue(v)
				continue
			}
		}
		if p.n.typ == "object" {
			child, ok := out[p.name].(map[string]any)
			if !ok {
				continue
			}
			overlay(child, p.n, attrs, depth+1)
		}
	}
}

// setField sets every property named low (lower case) reachable through objects, to
// depth 3, when v is valid for it; it reports whether any was set.
func setField(out map[string]any, n *node, low string, v any, depth int) bool {
	if n == nil || depth > 3 {
		return false
	}
	set := false
	for _, p := range n.props {
		if p.low == low && p.n.validate(v) == nil {
			out[p.name] = v
			set = true
			continue
		}
		if p.n.typ == "object" {
			if child, ok := out[p.name].(map[string]any); ok && setField(child, p.n, low, v, depth+1) {
				set = true
			}
		}
	}
	return set
}

// findField returns the first value of a property named low reachable through objects.
func findField(out map[string]any, n *node, low string, depth int) (any, bool) {
	if n == nil || depth > 3 {
		return nil, false
	}
	for _, p := range n.props {
		if p.low == low {
			v, ok := out[p.name]
			return v, ok
		}
	}
	for _, p := range n.props {
		if p.n.typ == "object" {
			if child, ok := out[p.name].(map[string]any); ok {
				if v, ok := findField(child, p.n, low, depth+1); ok {
					return v, true
				}
			}
		}
	}
	return nil, false
}
