package client

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/gen/naming"
	"github.com/acsgen/acsgen/opspec"
	"github.com/dave/jennifer/jen"
)

// typeCode is the Go type of a field.
func typeCode(t *gotype) *jen.Statement {
	var s *jen.Statement
	switch t.kind {
	case kScalar:
		s = jen.Id(t.scalar)
	case kEnum:
		s = jen.Id(t.enum.name)
	case kStruct:
		s = jen.Id(t.st.name)
	case kSlice:
		s = jen.Index().Add(typeCode(t.elem))
	case kMap:
		s = jen.Map(jen.String()).Add(typeCode(t.elem))
	default:
		s = jen.Any()
	}
	if t.ptr {
		return jen.Op("*").Add(s)
	}
	return s
}

// fieldDoc is a field's doc comment: the page's description, then its facts.
func fieldDoc(f *field, request bool, style opspec.Style) *docBuilder {
	d := &docBuilder{}
	s := f.schema
	if s != nil {
		d.para(s.Description)
	}
	var facts []string
	if request {
		switch {
		case f.required:
			facts = append(facts, "Required.")
		case f.typ.ptr:
			facts = append(facts, "Optional: nil leaves it out.")
		}
		if f.in != "" {
			facts = append(facts, fmt.Sprintf("Sent as %s parameter %s.", locationWord(f.in, style), f.wire))
		}
	} else if f.wire != f.name {
		facts = append(facts, fmt.Sprintf("JSON key %s.", f.wire))
	}
	if s != nil {
		if s.DocType != "" && !request {
			facts = append(facts, fmt.Sprintf("Documented type: %s.", s.DocType))
		}
		if s.Example != "" {
			facts = append(facts, "Example: "+s.Example)
		}
	}
	if len(facts) > 0 {
		d.para(strings.Join(facts, "\n"))
	}
	if s != nil && len(s.Enum) > 0 && f.typ.kind != kEnum {
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

// fieldTag is the struct tag of a field. Request fields of ROA operations that do not go in
// the JSON body are "-", so the request itself can be the body. Names that cannot live in a
// tag (quotes, commas, backticks) are "-" too, with a comment saying so.
func fieldTag(f *field, request bool, style opspec.Style) map[string]string {
	if request && style == opspec.ROA && f.in != "" && f.in != opspec.InBody {
		return map[string]string{"json": "-"}
	}
	if !naming.TagSafe(f.wire) {
		return map[string]string{"json": "-"}
	}
	opt := ",omitempty"
	switch {
	case f.required && request:
		opt = ""
	case f.typ.kind == kStruct && !f.typ.ptr:
		opt = ",omitzero"
	}
	return map[string]string{"json": f.wire + opt}
}

// emitTypes writes types.go: requests, responses and their nested types.
func emitTypes(p *plan) *jen.File {
	f := newFile(p)
	for _, st := range p.types {
		f.Add(structDecl(p, st))
		f.Line()
	}
	return f
}

func structDecl(p *plan, st *structType) jen.Code {
	d := &docBuilder{}
	for _, o := range p.ops {
		switch st {
		case o.req:
			d.para(fmt.Sprintf("%s is the input of %s.", st.name, o.name))
			d.para(o.op.Title)
		case o.resp:
			d.para(fmt.Sprintf("%s is the output of %s.", st.name, o.name))
			if o.op.Response == nil {
				d.para("The documentation does not describe the response body.")
			}
		}
	}
	if d.empty() {
		d.para(fmt.Sprintf("%s is a nested object.", st.name))
	}
	for _, l := range st.doc {
		d.para(l)
	}
	style := p.styleOf(st)
	fields := make([]jen.Code, 0, len(st.fields))
	for i, fl := range st.fields {
		fd := fieldDoc(fl, st.request, style)
		if !naming.TagSafe(fl.wire) && !(st.request && style == opspec.ROA && fl.in != "" && fl.in != opspec.InBody) {
			fd.para(fmt.Sprintf("The documented name %q cannot be a JSON key in Go; this field is not encoded or decoded.", fl.wire))
		}
		decl := jen.Id(fl.name).Add(typeCode(fl.typ)).Tag(fieldTag(fl, st.request, style))
		code := withDoc(fd, decl)
		if i > 0 && !fd.empty() {
			code = jen.Line().Add(code)
		}
		fields = append(fields, code)
	}
	return withDoc(d, jen.Type().Id(st.name).Struct(fields...))
}

// styleOf is the style of the operation a struct belongs to (the spec's for nested types,
// where it does not matter).
func (p *plan) styleOf(st *structType) opspec.Style {
	for _, o := range p.ops {
		if o.req == st {
			return opStyle(p.spec, o.op)
		}
	}
	return p.spec.Style
}

func opStyle(s *opspec.Spec, op *opspec.Operation) opspec.Style {
	if op.Style != "" {
		return op.Style
	}
	if s.Style != "" {
		return s.Style
	}
	return opspec.RPC
}
