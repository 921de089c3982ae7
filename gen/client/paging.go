package client

import "strings"

// paging is how an operation pages, when it does.
type paging struct {
	method string // the iterator method
	token  bool   // NextToken/MaxResults style; else PageNumber/PageSize
	// request fields
	reqToken, reqPage, reqSize *field
	// response: path of Go field names to the items, to the total and to the next token
	items     []string
	itemType  *gotype
	total     []string
	respToken []string
}

// detectPaging recognises the two paging conventions of Alibaba Cloud APIs: a request
// NextToken (with MaxResults) echoed by a response NextToken, or a request PageNumber and
// PageSize with a response TotalCount. The items are the one array in the response, at the
// top level or inside one nested object (RocketMQ's data.list). Anything ambiguous (two
// candidate arrays, a pointer page number) is not paged: no iterator beats a wrong one.
func detectPaging(o *opPlan) *paging {
	find := func(name string) *field {
		for _, f := range o.req.fields {
			if strings.EqualFold(f.wire, name) && f.in != "body" && f.in != "path" && f.in != "header" {
				return f
			}
		}
		return nil
	}
	pg := &paging{}
	tok, size := find("NextToken"), find("MaxResults")
	num, psize := find("PageNumber"), find("PageSize")
	switch {
	case tok != nil && isPlain(tok.typ, "string"):
		pg.token, pg.reqToken, pg.reqSize = true, tok, size
	case num != nil && psize != nil && isPlainInt(num.typ) && isPlainInt(psize.typ):
		pg.reqPage, pg.reqSize = num, psize
	default:
		return nil
	}
	// Look for the items at the top level, then one level down.
	levels := [][]string{nil}
	for _, f := range o.resp.fields {
		if f.typ.kind == kStruct {
			levels = append(levels, []string{f.name})
		}
	}
	for _, path := range levels {
		st := o.resp
		if len(path) == 1 {
			st = fieldByName(o.resp, path[0]).typ.st
		}
		var arrays []*field
		for _, f := range st.fields {
			if f.typ.kind == kSlice {
				arrays = append(arrays, f)
			}
		}
		if len(arrays) != 1 {
			continue
		}
		pg.items = append(append([]string{}, path...), arrays[0].name)
		pg.itemType = arrays[0].typ.elem
		if pg.token {
			pg.respToken = findPath(o.resp, st, path, "string", "NextToken")
			if pg.respToken == nil {
				return nil
			}
		} else {
			pg.total = findPath(o.resp, st, path, "int", "TotalCount", "Total")
		}
		return pg
	}
	return nil
}

// findPath finds a plain field by wire name beside the items, then at the top level.
func findPath(top, st *structType, path []string, typ string, names ...string) []string {
	try := func(s *structType, prefix []string) []string {
		for _, n := range names {
			for _, f := range s.fields {
				ok := isPlain(f.typ, "string")
				if typ == "int" {
					ok = isPlainInt(f.typ)
				}
				if strings.EqualFold(f.wire, n) && ok {
					return append(append([]string{}, prefix...), f.name)
				}
			}
		}
		return nil
	}
	if p := try(st, path); p != nil {
		return p
	}
	if len(path) > 0 {
		return try(top, nil)
	}
	return nil
}

func fieldByName(st *structType, name string) *field {
	for _, f := range st.fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

func isPlain(t *gotype, scalar string) bool {
	return t.kind == kScalar && !t.ptr && t.scalar == scalar
}

func isPlainInt(t *gotype) bool {
	return t.kind == kScalar && !t.ptr && (t.scalar == "int32" || t.scalar == "int64")
}
