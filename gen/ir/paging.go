package ir

import (
	"github.com/acsgen/acsgen/opspec"
)

// detectPaging maps opspec's pagination detection (Operation.Pagination: NextToken with
// MaxResults, or PageNumber with PageSize and TotalCount; items the single array at the
// top or inside data) onto the generated fields. It gives up, so no iterator is
// generated, when a field has a type the loop cannot drive (a pointer page number, a
// non-string token) or the response does not show the items: no iterator beats a wrong one.
func detectPaging(o *Operation) *Paging {
	pg := o.Op.Pagination()
	if pg == nil || pg.Items == nil {
		return nil
	}
	out := &Paging{Token: pg.Kind == opspec.PageByToken}
	if out.Token {
		out.ReqToken = reqField(o, pg.TokenParam)
		if out.ReqToken == nil || !isPlain(out.ReqToken.Type, "string") || out.ReqToken.In == opspec.InPath {
			return nil
		}
		var t *Type
		if out.RespToken, t = respPath(o.Response, pg.ResponseToken); out.RespToken == nil || !isPlain(t, "string") {
			return nil
		}
	} else {
		out.ReqPage, out.ReqSize = reqField(o, pg.NumberParam), reqField(o, pg.SizeParam)
		if out.ReqPage == nil || out.ReqSize == nil || !isPlainInt(out.ReqPage.Type) || !isPlainInt(out.ReqSize.Type) {
			return nil
		}
		if pg.Total != nil {
			var t *Type
			if out.Total, t = respPath(o.Response, pg.Total); out.Total == nil || !isPlainInt(t) {
				out.Total = nil
			}
		}
	}
	var t *Type
	if out.Items, t = respPath(o.Response, pg.Items); out.Items == nil || t.Kind != Slice {
		return nil
	}
	out.ItemType = t.Elem
	return out
}

// reqField is the request field of a parameter.
func reqField(o *Operation, p *opspec.Param) *Field {
	if p == nil {
		return nil
	}
	for _, f := range o.Request.Fields {
		if f.Wire == p.Name && f.In == p.In {
			return f
		}
	}
	return nil
}

// respPath turns a path of wire names into Go field names, with the last field's type.
func respPath(st *Struct, wire []string) ([]string, *Type) {
	if len(wire) == 0 {
		return nil, nil
	}
	var names []string
	var t *Type
	for i, w := range wire {
		if st == nil {
			return nil, nil
		}
		var found *Field
		for _, f := range st.Fields {
			if f.Wire == w {
				found = f
				break
			}
		}
		if found == nil {
			return nil, nil
		}
		names = append(names, found.Name)
		t = found.Type
		st = nil
		if i < len(wire)-1 && t.Kind == StructKind {
			st = t.Struct
		}
	}
	return names, t
}

func isPlain(t *Type, scalar string) bool {
	return t != nil && t.Kind == Scalar && !t.Pointer && t.Scalar == scalar
}

func isPlainInt(t *Type) bool {
	return t != nil && t.Kind == Scalar && !t.Pointer && (t.Scalar == "int32" || t.Scalar == "int64")
}
