package diff

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// schemaCmp compares two schemas of the same value: a request parameter (and what is
// nested in it), a response field tree or a response header.
type schemaCmp struct {
	o       *opDiff
	request bool
	// header is true while comparing a response header: "response-header-" IDs, and no Go
	// break (generated clients do not decode headers).
	header bool
	// top is true while comparing a request parameter itself (and its array items), false
	// for properties nested in it; it picks "request-parameter-" or "request-property-" IDs.
	top bool
	// jsonWire is true when the value travels as JSON (ROA body, every response); false for
	// query, path, header and form values, where a number and a string look the same.
	jsonWire bool
}

// kind is the ID prefix and the noun of messages.
func (c schemaCmp) kind() (prefix, noun string) {
	switch {
	case c.header:
		return "response-header-", "response header"
	case !c.request:
		return "response-property-", "response field"
	case c.top:
		return "request-parameter-", "request parameter"
	}
	return "request-property-", "request property"
}

func (c schemaCmp) emit(suffix, path, text string, a map[string]string, b *Breaks) {
	prefix, _ := c.kind()
	if c.header && b != nil {
		nb := *b
		nb.Go = false
		b = &nb
	}
	c.o.d.emit(c.o, prefix+suffix, path, text, a, b)
}

// compare compares b and r at path. Unknown schemas (nil) on either side are not compared.
func (c schemaCmp) compare(path string, b, r *opspec.Schema) {
	if b == nil || r == nil {
		return
	}
	_, noun := c.kind()
	bt, rt := schemaType(b), schemaType(r)
	if bt != "" && rt != "" && bt != rt {
		// a string holding JSON text and a structure sent as its JSON text (style json)
		// are the same on the wire; only the Go type differs
		textual := c.request && (bt == "string" && r.Style == opspec.JSONStyle || rt == "string" && b.Style == opspec.JSONStyle)
		c.emit("type-changed", path, fmt.Sprintf("%s %s changed type from %s to %s", noun, path, styledWord(b), styledWord(r)),
			attrs("from", styledWord(b), "to", styledWord(r)),
			&Breaks{Wire: !textual && c.typeBreaksWire(bt, rt), Go: true})
		return
	}
	if c.request && b.Style != r.Style {
		c.emit("style-changed", path, fmt.Sprintf("%s %s is now sent %s (was %s)", noun, path, styleWords(r.Style), styleWords(b.Style)),
			attrs("from", b.Style, "to", r.Style), nil)
	}
	if bt == "integer" && intWidth(b) != intWidth(r) {
		wb, wr := intWidth(b), intWidth(r)
		widened := wr == "int64"
		// A wider request value accepts every old one; a wider response value may overflow
		// an old client's int32.
		wireBreak := widened != c.request
		c.emit("integer-width-changed", path, fmt.Sprintf("%s %s changed from %s to %s", noun, path, wb, wr),
			attrs("from", wb, "to", wr), &Breaks{Wire: wireBreak, Go: true})
	} else if b.Format != r.Format && bt != "" {
		c.emit("format-changed", path, fmt.Sprintf("%s %s changed format from %s to %s", noun, path, q(b.Format), q(r.Format)),
			attrs("from", b.Format, "to", r.Format), nil)
	}
	c.enum(path, b, r)
	if c.request && !c.header {
		c.defaultValue(path, b, r)
	}
	if !b.Deprecated && r.Deprecated {
		c.emit("deprecated", path, fmt.Sprintf("%s %s was deprecated", noun, path), nil, nil)
	}
	switch {
	case bt == "array" || (b.Items != nil && r.Items != nil):
		c.compare(path+"[]", b.Items, r.Items)
	case b.AdditionalProperties != nil && r.AdditionalProperties != nil:
		c.compare(path+"{}", b.AdditionalProperties, r.AdditionalProperties)
	}
	if len(b.Properties) > 0 || len(r.Properties) > 0 {
		c.properties(path, b, r)
	}
}

// properties compares the fields of two objects by name.
func (c schemaCmp) properties(path string, b, r *opspec.Schema) {
	child := c
	child.top = false
	_, noun := child.kind()
	join := func(name string) string {
		if path == "" {
			return name
		}
		return path + "." + name
	}
	rprops := map[string]*opspec.Property{}
	for _, p := range r.Properties {
		if rprops[p.Name] == nil {
			rprops[p.Name] = p
		}
	}
	bnames := map[string]bool{}
	for _, bp := range b.Properties {
		if bnames[bp.Name] {
			continue
		}
		bnames[bp.Name] = true
		p := join(bp.Name)
		rp := rprops[bp.Name]
		if rp == nil {
			child.emit("removed", p, fmt.Sprintf("%s %s was removed", noun, p), nil, nil)
			continue
		}
		if c.request {
			switch {
			case !bp.Required && rp.Required:
				child.emit("became-required", p, fmt.Sprintf("%s %s became required", noun, p), nil,
					&Breaks{Wire: true}) // Go: goCompare, from the models
			case bp.Required && !rp.Required:
				child.emit("became-optional", p, fmt.Sprintf("%s %s became optional", noun, p), nil,
					&Breaks{}) // Go: goCompare, from the models
			}
		}
		child.compare(p, bp.Schema, rp.Schema)
	}
	for _, rp := range r.Properties {
		if bnames[rp.Name] {
			continue
		}
		bnames[rp.Name] = true
		p := join(rp.Name)
		switch {
		case !c.request:
			c.o.emit("response-property-added", p, fmt.Sprintf("response field %s was added", p), nil)
		case rp.Required:
			c.o.emit("new-required-request-property", p, fmt.Sprintf("required request property %s was added", p), nil)
		default:
			c.o.emit("new-optional-request-property", p, fmt.Sprintf("optional request property %s was added", p), nil)
		}
	}
}

// enum compares documented values as sets; one change per value.
func (c schemaCmp) enum(path string, b, r *opspec.Schema) {
	_, noun := c.kind()
	bv, rv := enumSet(b), enumSet(r)
	switch {
	case len(bv) == 0 && len(rv) == 0:
		return
	case len(bv) == 0:
		c.emit("enum-introduced", path, fmt.Sprintf("%s %s now lists valid values: %s", noun, path, strings.Join(rv, ", ")),
			attrs("values", strings.Join(rv, ",")), nil)
		return
	case len(rv) == 0:
		c.emit("enum-dropped", path, fmt.Sprintf("%s %s no longer lists valid values (had %s)", noun, path, strings.Join(bv, ", ")),
			attrs("values", strings.Join(bv, ",")), nil)
		return
	}
	in := func(set []string, v string) bool {
		for _, s := range set {
			if s == v {
				return true
			}
		}
		return false
	}
	for _, v := range bv {
		if !in(rv, v) {
			c.emit("enum-value-removed", path, fmt.Sprintf("value %s was removed from %s %s", v, noun, path), attrs("value", v), nil)
		}
	}
	for _, v := range rv {
		if !in(bv, v) {
			c.emit("enum-value-added", path, fmt.Sprintf("value %s was added to %s %s", v, noun, path), attrs("value", v), nil)
		}
	}
}

// defaultValue compares the documented defaults of a request value. A changed or removed
// default is a warning that breaks the wire: a caller that leaves the value out gets other
// behaviour (or behaviour no longer documented), though its code and its requests stay
// valid, as when a region's host changes.
func (c schemaCmp) defaultValue(path string, b, r *opspec.Schema) {
	_, noun := c.kind()
	bd, rd := b.DefaultText(), r.DefaultText()
	switch {
	case bd == rd:
	case bd == "":
		c.emit("default-value-added", path, fmt.Sprintf("%s %s now documents default %s", noun, path, rd), attrs("to", rd), nil)
	case rd == "":
		c.emit("default-value-removed", path, fmt.Sprintf("%s %s no longer documents a default (was %s)", noun, path, bd), attrs("from", bd), nil)
	default:
		c.emit("default-value-changed", path, fmt.Sprintf("%s %s changed default from %s to %s", noun, path, bd, rd), attrs("from", bd, "to", rd), nil)
	}
}

// typeBreaksWire says whether a type change breaks existing callers on the wire. On JSON
// every type change does; in a query string, path, header or form an integer sent as text
// looks like a string, so a request value whose new type accepts every old value is safe.
func (c schemaCmp) typeBreaksWire(from, to string) bool {
	if c.jsonWire || !c.request || !scalar(from) || !scalar(to) {
		return true
	}
	switch to {
	case "string":
		return false
	case "number":
		return from != "integer"
	}
	return true
}

func scalar(t string) bool {
	switch t {
	case "string", "integer", "number", "boolean":
		return true
	}
	return false
}

func schemaType(s *opspec.Schema) string {
	if s == nil {
		return ""
	}
	return s.Type
}

// intWidth is the Go integer type of an integer (gen/ir: int32 only for format int32).
func intWidth(s *opspec.Schema) string {
	if s.Format == "int32" {
		return "int32"
	}
	return "int64"
}

func typeWord(s *opspec.Schema) string {
	switch {
	case s == nil:
		return "unknown"
	case s.Type == "array" && s.Items != nil:
		return "array<" + typeWord(s.Items) + ">"
	case s.Format != "":
		return s.Type + "(" + s.Format + ")"
	case s.Type == "":
		return "untyped"
	}
	return s.Type
}

func enumSet(s *opspec.Schema) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range s.Enum {
		v := strings.TrimSpace(e.Value)
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// styledWord is typeWord, prefixed "JSON text of" for a value sent as its JSON text.
func styledWord(s *opspec.Schema) string {
	if s.Style == opspec.JSONStyle {
		return "JSON text of " + typeWord(s)
	}
	return typeWord(s)
}

// styleWords says how a request parameter's value travels.
func styleWords(style string) string {
	if style == opspec.JSONStyle {
		return "as one JSON text"
	}
	return "flattened"
}
