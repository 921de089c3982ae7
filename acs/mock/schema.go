package mock

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/acsgen/acsgen/opspec"
)

// maxDepth bounds recursion over schemas and decoded values: documentation trees are
// shallow, and a bound keeps hostile or cyclic input from costing more than it should.
const maxDepth = 16

// node is a model schema compiled once: its kin-openapi form for validation and an index
// of its properties by exact and lower-case name for decoding and overlaying.
type node struct {
	s      *opspec.Schema
	k      *openapi3.Schema
	typ    string
	props  []*propNode
	byLow  map[string]*propNode
	byName map[string]*propNode // exact name (names are unique among props)
	items  *node
	addl   *node
	// anyString: every string is valid (type string or none, no enum, no format), so
	// validate need not ask kin-openapi about a string value.
	anyString bool
}

type propNode struct {
	name string
	low  string
	n    *node
}

// compileSchema turns a model schema into a node; nil gives an empty (anything goes) node.
func compileSchema(s *opspec.Schema) *node { return compileDepth(s, 0) }

func compileDepth(s *opspec.Schema, depth int) *node {
	if s == nil || depth > maxDepth {
		return &node{s: &opspec.Schema{}, k: &openapi3.Schema{}}
	}
	n := &node{s: s, typ: s.Type}
	k := &openapi3.Schema{Format: s.Format}
	if s.Type != "" {
		k.Type = &openapi3.Types{s.Type}
	}
	for _, e := range s.Enum {
		if v, ok := typedScalar(e.Value, s.Type); ok {
			k.Enum = append(k.Enum, v)
		}
	}
	if len(k.Enum) != len(s.Enum) { // an enum value that is not of the type: do not enforce
		k.Enum = nil
	}
	switch s.Type {
	case "object":
		if len(s.Properties) > 0 {
			k.Properties = openapi3.Schemas{}
			n.byLow = make(map[string]*propNode, len(s.Properties))
			n.byName = make(map[string]*propNode, len(s.Properties))
		}
		for _, p := range s.Properties {
			if p == nil || p.Name == "" {
				continue
			}
			if _, dup := k.Properties[p.Name]; dup {
				continue
			}
			c := compileDepth(p.Schema, depth+1)
			pn := &propNode{name: p.Name, low: strings.ToLower(p.Name), n: c}
			n.props = append(n.props, pn)
			n.byName[pn.name] = pn
			if _, dup := n.byLow[pn.low]; !dup {
				n.byLow[pn.low] = pn
			}
			k.Properties[p.Name] = openapi3.NewSchemaRef("", c.k)
			if p.Required {
				k.Required = append(k.Required, p.Name)
			}
		}
		if s.AdditionalProperties != nil {
			n.addl = compileDepth(s.AdditionalProperties, depth+1)
			k.AdditionalProperties = openapi3.AdditionalProperties{Schema: openapi3.NewSchemaRef("", n.addl.k)}
		}
	case "array":
		n.items = compileDepth(s.Items, depth+1)
		k.Items = openapi3.NewSchemaRef("", n.items.k)
	}
	n.k = k
	n.anyString = (s.Type == "string" || s.Type == "") && s.Format == "" && len(k.Enum) == 0
	return n
}

// prop finds a property by exact name, then case-insensitively.
func (n *node) prop(name string) *propNode {
	if n == nil || n.byLow == nil {
		return nil
	}
	p := n.byLow[strings.ToLower(name)]
	return p
}

// validate checks a decoded value against the compiled schema.
func (n *node) validate(v any) error {
	if _, isString := v.(string); isString && n.anyString {
		return nil // what VisitJSON answers for it, without its per-call allocations
	}
	return n.k.VisitJSON(v)
}

// typedScalar converts a documented string value (an enum value or an example) to the JSON
// value of a scalar type; ok is false when it does not parse.
func typedScalar(s, typ string) (any, bool) {
	switch typ {
	case "integer":
		if _, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err != nil {
			return nil, false
		}
		return json.Number(strings.TrimSpace(s)), true
	case "number":
		if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err != nil {
			return nil, false
		}
		return json.Number(strings.TrimSpace(s)), true
	case "boolean":
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
		return nil, false
	case "string", "":
		return s, true
	}
	return nil, false
}
