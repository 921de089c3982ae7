package client

import (
	"fmt"
	"github.com/acsgen/acsgen/gen/ir"
	"strings"

	"github.com/acsgen/acsgen/gen/naming"
	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// typeCode is the Go type of a field.
func typeCode(t *ir.Type) *jen.Statement {
	var s *jen.Statement
	switch t.Kind {
	case ir.Scalar:
		s = jen.Id(t.Scalar)
	case ir.EnumKind:
		s = jen.Id(t.Enum.Name)
	case ir.StructKind:
		s = jen.Id(t.Struct.Name)
	case ir.Slice:
		s = jen.Index().Add(typeCode(t.Elem))
	case ir.Map:
		s = jen.Map(jen.String()).Add(typeCode(t.Elem))
	default:
		s = jen.Any()
	}
	if t.Pointer {
		return jen.Op("*").Add(s)
	}
	return s
}

// fieldComment is a field's one-line comment, written after the field: the documented
// description shortened to its first sentences (docs/reference has it in full), then
// the facts the declaration does not show (a documented type the Go type does not say,
// values of an unnamed value set, an example). Where a value travels and whether it is
// required is in the field's acs tag.
func fieldComment(f *ir.Field, request bool, style opspec.Style) string {
	s := f.Schema
	if s == nil {
		return ""
	}
	text := shortText(s.Description)
	add := func(fact string) {
		if text != "" && !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "。") {
			text += "."
		}
		if text != "" {
			text += " "
		}
		text += fact
	}
	if s.DocType != "" && !request && !docTypeAgrees(s.DocType, f.Type) {
		add(fmt.Sprintf("Documented type: %s.", oneLine(s.DocType)))
	}
	if len(s.Enum) > 0 && f.Type.Kind != ir.EnumKind && !s.NamesAllValues() {
		vals := make([]string, len(s.Enum))
		for i, e := range s.Enum {
			vals[i] = oneLine(e.Value)
		}
		add("Valid values: " + strings.Join(vals, ", ") + ".")
	}
	if s.Example != "" {
		add("Example: " + shortText(s.Example))
	}
	if !naming.TagSafe(f.Wire) && !(request && style == opspec.ROA && f.In != "" && f.In != opspec.InBody) {
		add(fmt.Sprintf("The documented name %q cannot be a JSON key in Go; this field is not encoded or decoded as JSON.", f.Wire))
	}
	return text
}

// docTypeAgrees reports whether a documented type word says no more than the Go type does
// ("string" of a string, "long" of an int64, "array<object>" of a slice), so that the field
// comment need not repeat it.
func docTypeAgrees(doc string, t *ir.Type) bool {
	doc = strings.ToLower(strings.TrimSpace(doc))
	if i := strings.IndexAny(doc, "<("); i > 0 {
		doc = doc[:i]
	}
	switch t.Kind {
	case ir.Scalar, ir.EnumKind:
		switch t.Scalar {
		case "string":
			return doc == "string"
		case "bool":
			return doc == "boolean" || doc == "bool"
		case "int32", "int64":
			return doc == "integer" || doc == "int" || doc == "long" || doc == "int32" || doc == "int64"
		case "float32", "float64":
			return doc == "float" || doc == "double" || doc == "number"
		}
	case ir.StructKind, ir.Map:
		return doc == "object" || doc == "map"
	case ir.Slice:
		return doc == "array" || doc == "list"
	}
	return false
}

// fieldTag is the struct tag of a field: its JSON key (ir.Field.JSON), or "-" when it has
// none (ROA request values outside the body, names that cannot live in a tag); and for
// request values the acs tag the runtime encodes and validates by (acs.Invoke): the
// parameter's documented name and location for a request's own fields, required and token
// flags, json for a value sent as its JSON text.
func fieldTag(f *ir.Field, request, top bool, style opspec.Style, token *ir.Field) map[string]string {
	tags := map[string]string{}
	if f.JSON == "" {
		tags["json"] = "-"
	} else {
		opt := ",omitempty"
		switch {
		case f.Required && request:
			opt = ""
		case f.Type.Kind == ir.StructKind && !f.Type.Pointer:
			opt = ",omitzero"
		}
		if opt != "" || f.JSON != f.Name {
			// without options encoding/json's default key is the field name: the tag would say nothing
			tags["json"] = f.JSON + opt
		}
	}
	if request {
		var parts []string
		if top {
			parts = append(parts, tagName(f.Wire), tagLocation(f.In, style))
		} else {
			parts = append(parts, "")
		}
		if f.Required {
			parts = append(parts, "required")
		}
		if f == token {
			parts = append(parts, "token")
		}
		if f.JSONText {
			parts = append(parts, "json")
		}
		if len(parts) > 1 || parts[0] != "" {
			tags["acs"] = strings.Join(parts, ",")
		}
	}
	if len(tags) == 0 {
		return nil
	}
	return tags
}

// tagName escapes the characters a name in an acs tag cannot hold (acs.Invoke unescapes).
func tagName(s string) string {
	return strings.NewReplacer("%", "%25", ",", "%2C", `"`, "%22", `\`, "%5C", "`", "%60").Replace(s)
}

// tagLocation is where a request value travels, as the acs tag says it: an RPC operation's
// body values travel in a form.
func tagLocation(in opspec.Location, style opspec.Style) string {
	switch in {
	case opspec.InPath:
		return "path"
	case opspec.InHeader:
		return "header"
	case opspec.InBody:
		if style == opspec.RPC {
			return "form"
		}
		return "body"
	case opspec.InForm:
		return "form"
	case opspec.InWholeBody:
		return "wholebody"
	}
	return "query"
}

// emitTypes writes types.go: requests, responses and their nested types.
func emitTypes(p *plan) *jen.File {
	f := newFile(p)
	for _, st := range p.Structs {
		f.Add(structDecl(p, st))
		f.Line()
	}
	return f
}

func structDecl(p *plan, st *ir.Struct) jen.Code {
	var doc string
	var op *ir.Operation
	for _, o := range p.Ops {
		switch st {
		case o.Request:
			doc, op = fmt.Sprintf("%s is the input of %s.", st.Name, o.Name), o
		case o.Response:
			doc = fmt.Sprintf("%s is the output of %s.", st.Name, o.Name)
			if o.Op.Response == nil {
				doc += " The documentation does not describe the response body."
			}
		}
	}
	if doc == "" {
		doc = nestedDoc(p, st)
	}
	if len(st.Doc) > 0 {
		doc += " " + shortText(strings.Join(st.Doc, "\n"))
	}
	style := p.styleOf(st)
	var token *ir.Field
	if op != nil {
		token = op.ClientToken
	}
	fields := make([]jen.Code, 0, len(st.Fields))
	for _, fl := range st.Fields {
		decl := jen.Id(fl.Name).Add(typeCode(fl.Type)).Tag(fieldTag(fl, st.InRequest, op != nil, style, token))
		if c := fieldComment(fl, st.InRequest, style); c != "" {
			decl.Comment("// " + c)
		}
		if fl.Schema != nil && fl.Schema.Deprecated {
			decl = jen.Comment("// Deprecated: the documentation marks this field as deprecated.").Line().Add(decl)
		}
		fields = append(fields, decl)
	}
	return jen.Comment("// " + oneLine(doc)).Line().Type().Id(st.Name).Struct(fields...)
}

// styleOf is the style of the operation whose request st is (the spec's for other
// structs, where it does not matter).
func (p *plan) styleOf(st *ir.Struct) opspec.Style {
	for _, o := range p.Ops {
		if o.Request == st {
			return o.Style
		}
	}
	return p.Spec.Style
}

// nestedDoc says where a nested struct is used: "X is the value of Parent.Field." (or an
// item, or a map value, of it).
func nestedDoc(p *plan, st *ir.Struct) string {
	for _, parent := range p.Structs {
		for _, f := range parent.Fields {
			role := "the value"
			for t := f.Type; t != nil; t = t.Elem {
				if t.Kind == ir.StructKind && t.Struct == st {
					return fmt.Sprintf("%s is %s of %s.%s.", st.Name, role, parent.Name, f.Name)
				}
				switch t.Kind {
				case ir.Slice:
					role = "an item"
				case ir.Map:
					role = "a map value"
				}
			}
		}
	}
	return fmt.Sprintf("%s is a nested object.", st.Name)
}
