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

// fieldDoc is a field's doc comment: the page's description, then its facts.
func fieldDoc(f *ir.Field, request bool, style opspec.Style) *docBuilder {
	d := &docBuilder{}
	s := f.Schema
	if s != nil {
		d.para(s.Description)
	}
	var facts []string
	if request {
		switch {
		case f.Required:
			facts = append(facts, "Required.")
		case f.Type.Pointer:
			facts = append(facts, "Optional: nil leaves it out.")
		}
		if f.In != "" {
			facts = append(facts, fmt.Sprintf("Sent as %s parameter %s.", locationWord(f.In, style), f.Wire))
		}
	} else if f.Wire != f.Name {
		facts = append(facts, fmt.Sprintf("JSON key %s.", f.Wire))
	}
	if s != nil {
		if s.DocType != "" && !request && !docTypeAgrees(s.DocType, f.Type) {
			facts = append(facts, fmt.Sprintf("Documented type: %s.", s.DocType))
		}
		if s.Example != "" {
			facts = append(facts, "Example: "+s.Example)
		}
	}
	if len(facts) > 0 {
		d.para(strings.Join(facts, "\n"))
	}
	if s != nil && len(s.Enum) > 0 && f.Type.Kind != ir.EnumKind && !listsAll(s.Description, s.Enum) {
		d.para("Valid values:")
		for _, e := range s.Enum {
			d.line(enumLine(e))
		}
	}
	if s != nil && s.Deprecated {
		d.para("Deprecated: the documentation marks this field as deprecated.")
	}
	return d
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

// listsAll reports whether a description already names every documented value, so that
// they are listed once.
func listsAll(desc string, values []opspec.EnumValue) bool {
	for _, v := range values {
		if v.Value == "" || !strings.Contains(desc, v.Value) {
			return false
		}
	}
	return true
}

func enumLine(e opspec.EnumValue) string {
	if e.Description == "" {
		return "  - " + e.Value
	}
	return "  - " + e.Value + ": " + e.Description
}

func locationWord(in opspec.Location, style opspec.Style) string {
	switch in {
	case opspec.InPath:
		return "path"
	case opspec.InHeader:
		return "header"
	case opspec.InBody:
		if style == opspec.RPC {
			return "form"
		}
		return "JSON body"
	case opspec.InForm:
		return "form"
	}
	return "query"
}

// fieldTag is the struct tag of a field: its JSON key (ir.Field.JSON), or "-" when it has
// none (ROA request values outside the body, names that cannot live in a tag).
func fieldTag(f *ir.Field, request bool) map[string]string {
	if f.JSON == "" {
		return map[string]string{"json": "-"}
	}
	opt := ",omitempty"
	switch {
	case f.Required && request:
		opt = ""
	case f.Type.Kind == ir.StructKind && !f.Type.Pointer:
		opt = ",omitzero"
	}
	if opt == "" && f.JSON == f.Name {
		// encoding/json's default key is the field name: the tag would say nothing
		return nil
	}
	return map[string]string{"json": f.JSON + opt}
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
	d := &docBuilder{}
	for _, o := range p.Ops {
		switch st {
		case o.Request:
			d.para(fmt.Sprintf("%s is the input of %s.", st.Name, o.Name))
			d.para(o.Op.Title)
		case o.Response:
			d.para(fmt.Sprintf("%s is the output of %s.", st.Name, o.Name))
			if o.Op.Response == nil {
				d.para("The documentation does not describe the response body.")
			}
		}
	}
	if d.empty() {
		d.para(nestedDoc(p, st))
	}
	for _, l := range st.Doc {
		d.para(l)
	}
	style := p.styleOf(st)
	fields := make([]jen.Code, 0, len(st.Fields))
	for i, fl := range st.Fields {
		fd := fieldDoc(fl, st.InRequest, style)
		if !naming.TagSafe(fl.Wire) && !(st.InRequest && style == opspec.ROA && fl.In != "" && fl.In != opspec.InBody) {
			fd.para(fmt.Sprintf("The documented name %q cannot be a JSON key in Go; this field is not encoded or decoded.", fl.Wire))
		}
		decl := jen.Id(fl.Name).Add(typeCode(fl.Type)).Tag(fieldTag(fl, st.InRequest))
		code := withDoc(fd, decl)
		if i > 0 && !fd.empty() {
			code = jen.Line().Add(code)
		}
		fields = append(fields, code)
	}
	return withDoc(d, jen.Type().Id(st.Name).Struct(fields...))
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
