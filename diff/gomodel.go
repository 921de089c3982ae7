package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/gen/ir"
	"github.com/acsgen/acsgen/opspec"
)

// The Go side of a diff. Whether a change breaks Go code is not guessed from the spec: both
// specs are turned into their Go models (gen/ir, the same model gen/client prints), and the
// models are compared field by field. A Go difference that a spec-level change already
// explains (a removed field, a type change, a rename whose Go name changed) refines that
// change's Breaks.Go; one that nothing explains (a name that moved because another name
// took its place) is reported on its own, so no Go break goes unreported.

// goModel is a spec's Go model, or nil when it has none (Build refuses only a nil spec or
// a bad package name, neither of which Compare passes).
func goModel(s *opspec.Spec) *ir.Package {
	p, err := ir.Build(s, "api")
	if err != nil {
		return nil
	}
	return p
}

// goRefinable are the spec-level checks whose Breaks.Go is left to the model comparison:
// the spec says the wire changed, only the models say whether the Go field did.
var goRefinable = map[string]bool{
	"request-parameter-renamed":         true,
	"request-parameter-became-required": true,
	"request-parameter-became-optional": true,
	"request-property-became-required":  true,
	"request-property-became-optional":  true,
}

// goCompare compares the Go models of one operation present on both sides. pairs are the
// request parameters the spec comparison matched (same, moved or renamed), keyed by the
// path the spec-level changes use (the revision's name).
func (o *opDiff) goCompare(pairs []paramPair) {
	if o.d.goBase == nil || o.d.goRev == nil {
		return
	}
	gb, gr := o.d.goBase.Op(o.name), o.d.goRev.Op(o.name)
	if gb == nil || gr == nil {
		return
	}
	if gb.Name != gr.Name {
		o.goBreak("go-method-renamed", SectionOperation, "",
			fmt.Sprintf("the Go method of %s was renamed from %s to %s", o.name, gb.Name, gr.Name), attrs("from", gb.Name, "to", gr.Name))
	}
	for _, p := range pairs {
		bf, rf := paramField(gb, p.b), paramField(gr, p.r)
		if bf != nil && rf != nil {
			o.goField(SectionRequest, p.r.Name, bf, rf)
		}
	}
	o.goFields(SectionResponse, "", gb.Response, gr.Response)
}

// paramPair is a request parameter matched across the two specs.
type paramPair struct{ b, r *opspec.Param }

// paramField is the request field of parameter p (by identity: a page may list two
// parameters of one name).
func paramField(o *ir.Operation, p *opspec.Param) *ir.Field {
	for _, f := range o.Request.Fields {
		if f.Param == p {
			return f
		}
	}
	return nil
}

// goFields compares the fields of two structs, matched by documented name.
func (o *opDiff) goFields(sec Section, path string, bs, rs *ir.Struct) {
	if bs == nil || rs == nil {
		return
	}
	rf := map[string]*ir.Field{}
	for _, f := range rs.Fields {
		if rf[f.Wire] == nil {
			rf[f.Wire] = f
		}
	}
	seen := map[string]bool{}
	for _, bf := range bs.Fields {
		if seen[bf.Wire] || rf[bf.Wire] == nil {
			continue
		}
		seen[bf.Wire] = true
		p := bf.Wire
		if path != "" {
			p = path + "." + bf.Wire
		}
		o.goField(sec, p, bf, rf[bf.Wire])
	}
}

// goField compares one field: its Go name, then its type.
func (o *opDiff) goField(sec Section, path string, bf, rf *ir.Field) {
	if bf.Name != rf.Name {
		o.goFieldBreak(sec, path, fmt.Sprintf("Go field %s became %s", bf.Name, rf.Name), attrs("field-from", bf.Name, "field-to", rf.Name))
	}
	o.goType(sec, path, bf.Type, rf.Type)
}

// goType compares two Go types of the value at path: shape, pointer and scalar first, then
// the names of named types and enum constants, then what is inside.
func (o *opDiff) goType(sec Section, path string, bt, rt *ir.Type) {
	if bt == nil || rt == nil {
		return
	}
	if bt.Kind != rt.Kind || bt.Pointer != rt.Pointer || (bt.Kind == ir.Scalar || bt.Kind == ir.EnumKind) && bt.Scalar != rt.Scalar {
		o.goFieldBreak(sec, path, fmt.Sprintf("Go type %s became %s", bt, rt), attrs("from", bt.String(), "to", rt.String()))
		return
	}
	switch bt.Kind {
	case ir.EnumKind:
		if bt.Enum.Name != rt.Enum.Name {
			o.goFieldBreak(sec, path, fmt.Sprintf("Go type %s was renamed to %s", bt.Enum.Name, rt.Enum.Name), attrs("from", bt.Enum.Name, "to", rt.Enum.Name))
		}
		for _, bc := range bt.Enum.Values {
			for _, rc := range rt.Enum.Values {
				if bc.Value == rc.Value && bc.Name != rc.Name {
					o.goFieldBreak(sec, path, fmt.Sprintf("Go constant %s of value %s was renamed to %s", bc.Name, bc.Value, rc.Name),
						attrs("from", bc.Name, "to", rc.Name, "value", bc.Value))
				}
			}
		}
	case ir.StructKind:
		if bt.Struct.Name != rt.Struct.Name {
			o.goFieldBreak(sec, path, fmt.Sprintf("Go type %s was renamed to %s", bt.Struct.Name, rt.Struct.Name), attrs("from", bt.Struct.Name, "to", rt.Struct.Name))
		}
		o.goFields(sec, path, bt.Struct, rt.Struct)
	case ir.Slice:
		o.goType(sec, path+"[]", bt.Elem, rt.Elem)
	case ir.Map:
		o.goType(sec, path+"{}", bt.Elem, rt.Elem)
	}
}

func (o *opDiff) goFieldBreak(sec Section, path, what string, a map[string]string) {
	id, noun := "response-go-field-changed", "response field"
	if sec == SectionRequest {
		id, noun = "request-go-field-changed", "request field"
	}
	o.goBreak(id, sec, path, fmt.Sprintf("%s %s: %s", noun, path, what), a)
}

// goBreak records a Go difference at path: nothing when a change of the operation already
// says it breaks Go there or above (a renamed method renames every type named after it);
// the Go half of a refinable change at path; else a change of its own.
func (o *opDiff) goBreak(id string, sec Section, path, text string, a map[string]string) {
	out := o.d.out[o.start:]
	for i := range out {
		c := &out[i]
		if c.ID == "go-method-renamed" || c.Section == sec && c.Breaks.Go && covers(c.Path, path) {
			return
		}
	}
	for i := range out {
		if c := &out[i]; c.Section == sec && c.Path == path && goRefinable[c.ID] {
			c.Breaks.Go = true
			return
		}
	}
	o.d.emit(o, id, path, text, a, nil)
}

// covers reports whether a change at p is about the value at path or one containing it
// ("Tag" covers "Tag[].Key", not "Tags"). Operation-level changes (empty path) cover
// operation-level Go differences only.
func covers(p, path string) bool {
	if p == "" || p == path {
		return p == path
	}
	rest, ok := strings.CutPrefix(path, p)
	return ok && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "[]") || strings.HasPrefix(rest, "{}"))
}

// goErrors compares the error-code constants of the two Go models (one per documented code,
// package-wide). A base constant the revision lacks breaks code that names it, unless no
// operation that documented the code is left (api-removed and its kin already say so); a
// constant whose code now has another name (a new code folded to the same name first)
// breaks too.
func (d *differ) goErrors() {
	if d.goBase == nil || d.goRev == nil {
		return
	}
	rev := map[string]*ir.ErrorCode{}
	for _, e := range d.goRev.Errors {
		rev[e.Code] = e
	}
	for _, be := range d.goBase.Errors {
		re := rev[be.Code]
		switch {
		case re == nil:
			if !d.callableInRev(be.Ops) {
				continue
			}
			d.emit(nil, "go-error-constant-changed", be.Code,
				fmt.Sprintf("Go constant %s of error code %s is gone: no operation documents the code any more", be.Name, be.Code),
				attrs("from", be.Name), nil)
		case re.Name != be.Name:
			d.emit(nil, "go-error-constant-changed", be.Code,
				fmt.Sprintf("Go constant %s of error code %s was renamed to %s", be.Name, be.Code, re.Name),
				attrs("from", be.Name, "to", re.Name), nil)
		}
	}
}

// callableInRev reports whether any of the base's Go methods still names a callable
// operation of the revision.
func (d *differ) callableInRev(methods []string) bool {
	for _, o := range d.goBase.Ops {
		if slices.Contains(methods, o.Name) && d.goRev.Op(o.Op.Name) != nil {
			return true
		}
	}
	return false
}
