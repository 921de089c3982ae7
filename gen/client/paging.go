package client

import (
	"github.com/acsgen/acsgen/opspec"
)

// paging is how an operation pages, when it does.
type paging struct {
	method string // the iterator method
	token  bool   // NextToken/MaxResults style; else PageNumber/PageSize
	// request fields
	reqToken, reqPage, reqSize *field
	// response: paths of Go field names to the items, the total and the next token
	items     []string
	itemType  *gotype
	total     []string
	respToken []string
}

// detectPaging maps opspec's pagination detection (Operation.Pagination: NextToken with
// MaxResults, or PageNumber with PageSize and TotalCount; items the single array at the
// top or inside data) onto the generated fields. It gives up, so no iterator is
// generated, when a field has a type the loop cannot drive (a pointer page number, a
// non-string token) or the response does not show the items: no iterator beats a wrong one.
func detectPaging(o *opPlan) *paging {
	pg := o.op.Pagination()
	if pg == nil || pg.Items == nil {
		return nil
	}
	out := &paging{token: pg.Kind == opspec.PageByToken}
	if out.token {
		out.reqToken = reqField(o, pg.TokenParam)
		if out.reqToken == nil || !isPlain(out.reqToken.typ, "string") || out.reqToken.in == opspec.InPath {
			return nil
		}
		var t *gotype
		if out.respToken, t = respPath(o.resp, pg.ResponseToken); out.respToken == nil || !isPlain(t, "string") {
			return nil
		}
	} else {
		out.reqPage, out.reqSize = reqField(o, pg.NumberParam), reqField(o, pg.SizeParam)
		if out.reqPage == nil || out.reqSize == nil || !isPlainInt(out.reqPage.typ) || !isPlainInt(out.reqSize.typ) {
			return nil
		}
		if pg.Total != nil {
			var t *gotype
			if out.total, t = respPath(o.resp, pg.Total); out.total == nil || !isPlainInt(t) {
				out.total = nil
			}
		}
	}
	var t *gotype
	if out.items, t = respPath(o.resp, pg.Items); out.items == nil || t.kind != kSlice {
		return nil
	}
	out.itemType = t.elem
	return out
}

// reqField is the request field of a parameter.
func reqField(o *opPlan, p *opspec.Param) *field {
	if p == nil {
		return nil
	}
	for _, f := range o.req.fields {
		if f.wire == p.Name && f.in == p.In {
			return f
		}
	}
	return nil
}

// respPath turns a path of wire names into Go field names, with the last field's type.
func respPath(st *structType, wire []string) ([]string, *gotype) {
	if len(wire) == 0 {
		return nil, nil
	}
	var names []string
	var t *gotype
	for i, w := range wire {
		if st == nil {
			return nil, nil
		}
		var found *field
		for _, f := range st.fields {
			if f.wire == w {
				found = f
				break
			}
		}
		if found == nil {
			return nil, nil
		}
		names = append(names, found.name)
		t = found.typ
		st = nil
		if i < len(wire)-1 && t.kind == kStruct {
			st = t.st
		}
	}
	return names, t
}

func isPlain(t *gotype, scalar string) bool {
	return t != nil && t.kind == kScalar && !t.ptr && t.scalar == scalar
}

func isPlainInt(t *gotype) bool {
	return t != nil && t.kind == kScalar && !t.ptr && (t.scalar == "int32" || t.scalar == "int64")
}
