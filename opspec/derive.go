package opspec

import (
	"slices"
	"strings"
)

// Facts every emitter needs, derived here once so the client, mock and docs agree.

// SortOperations sorts operations by name, the order Spec.Operations keeps.
func SortOperations(ops []*Operation) {
	slices.SortStableFunc(ops, func(a, b *Operation) int { return strings.Compare(a.Name, b.Name) })
}

// ParamsIn returns the operation's parameters in loc, in page order.
func (op *Operation) ParamsIn(loc Location) []*Param {
	var out []*Param
	for _, p := range op.Params {
		if p != nil && p.In == loc {
			out = append(out, p)
		}
	}
	return out
}

// Param returns the parameter named name (compared case-insensitively), or nil. When names
// differ only in location, the first in page order wins.
func (op *Operation) Param(name string) *Param {
	for _, p := range op.Params {
		if p != nil && strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// HasBody reports whether the request has a body: JSON (InBody) or form (InForm) fields,
// or a whole-body parameter (InWholeBody).
func (op *Operation) HasBody() bool { return op.HasJSONBody() || op.HasFormBody() }

// HasJSONBody reports whether any parameter travels in an application/json body, as a
// field of it (InBody) or as all of it (InWholeBody).
func (op *Operation) HasJSONBody() bool {
	return len(op.ParamsIn(InBody)) > 0 || op.WholeBody() != nil
}

// WholeBody returns the parameter that is the whole request body (InWholeBody), or nil.
func (op *Operation) WholeBody() *Param {
	if ps := op.ParamsIn(InWholeBody); len(ps) > 0 {
		return ps[0]
	}
	return nil
}

// HasFormBody reports whether any parameter travels in a form-urlencoded body.
func (op *Operation) HasFormBody() bool { return len(op.ParamsIn(InForm)) > 0 }

// IdempotencyParam returns the ClientToken parameter (any location, any case) that makes
// retries of the operation safe, or nil.
func (op *Operation) IdempotencyParam() *Param { return op.Param("ClientToken") }

// PaginationKind says how an operation pages.
type PaginationKind string

const (
	// PageByToken: NextToken (+ MaxResults) in the request, NextToken in the response.
	PageByToken PaginationKind = "token"
	// PageByNumber: PageNumber + PageSize in the request, TotalCount usually in the response.
	PageByNumber PaginationKind = "number"
)

// Pagination names the fields an operation pages with. Response fields are property
// paths from the response root (["Data", "Items"]); nil when the response does not show
// them.
type Pagination struct {
	Kind PaginationKind
	// Request parameters: TokenParam for PageByToken, NumberParam for PageByNumber; SizeParam
	// (MaxResults or PageSize) when present.
	TokenParam, NumberParam, SizeParam *Param
	// ResponseToken is the next-page token in the response (PageByToken).
	ResponseToken []string
	// Total is the total-count field (TotalCount or Total), when any.
	Total []string
	// Items is the array of results: the single array property at the top level of the
	// response, or else the single one inside a top-level data/Data object.
	Items []string
}

// Pagination detects how the operation pages, or returns nil when it does not. Names are
// compared case-insensitively (NextToken, nextToken).
func (op *Operation) Pagination() *Pagination {
	var pg *Pagination
	if tok := op.Param("NextToken"); tok != nil {
		pg = &Pagination{Kind: PageByToken, TokenParam: tok, SizeParam: op.Param("MaxResults")}
		if pg.SizeParam == nil {
			pg.SizeParam = op.Param("PageSize")
		}
	} else if num, size := op.Param("PageNumber"), op.Param("PageSize"); num != nil && size != nil {
		pg = &Pagination{Kind: PageByNumber, NumberParam: num, SizeParam: size}
	} else {
		return nil
	}
	root := op.Response
	if root == nil {
		return pg
	}
	var data *Property
	for _, p := range root.Properties {
		if p != nil && (p.Name == "data" || p.Name == "Data") {
			data = p
		}
	}
	// Top level first, then inside data/Data.
	levels := [][]string{nil}
	scopes := []*Schema{root}
	if data != nil && data.Schema != nil && data.Schema.Type == "object" {
		levels = append(levels, []string{data.Name})
		scopes = append(scopes, data.Schema)
	}
	for i, sc := range scopes {
		if pg.Items == nil {
			if name, ok := singleArray(sc); ok {
				pg.Items = append(slices.Clone(levels[i]), name)
			}
		}
		if pg.Kind == PageByToken && pg.ResponseToken == nil {
			if p := findProp(sc, "NextToken"); p != "" {
				pg.ResponseToken = append(slices.Clone(levels[i]), p)
			}
		}
		if pg.Total == nil {
			for _, n := range []string{"TotalCount", "Total"} {
				if p := findProp(sc, n); p != "" {
					pg.Total = append(slices.Clone(levels[i]), p)
					break
				}
			}
		}
	}
	return pg
}

// singleArray returns the name of the only array property of s.
func singleArray(s *Schema) (string, bool) {
	name, n := "", 0
	for _, p := range s.Properties {
		if p != nil && p.Schema != nil && p.Schema.Type == "array" {
			name, n = p.Name, n+1
		}
	}
	return name, n == 1
}

// findProp returns the name of s's property matching name case-insensitively, or "".
func findProp(s *Schema, name string) string {
	for _, p := range s.Properties {
		if p != nil && strings.EqualFold(p.Name, name) {
			return p.Name
		}
	}
	return ""
}
