package client

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// emitErrors writes errors.go: one string constant per documented error code (ir.Package
// Errors), to compare with acs.Error's Code through acs.HasCode.
func emitErrors(p *plan) *jen.File {
	f := newFile(p)
	var consts []jen.Code
	for i, e := range p.Errors {
		d := &docBuilder{}
		var facts []string
		if len(e.HTTPStatuses) > 0 {
			st := make([]string, len(e.HTTPStatuses))
			for i, s := range e.HTTPStatuses {
				st[i] = strconv.Itoa(s)
			}
			facts = append(facts, "HTTP "+strings.Join(st, ", "))
		}
		facts = append(facts, "documented by "+strings.Join(e.Ops, ", "))
		first := fmt.Sprintf("%s: %s.", e.Name, strings.Join(facts, "; "))
		if e.Message != "" {
			first += " " + e.Message
		}
		d.para(first)
		c := withDoc(d, jen.Id(e.Name).Op("=").Lit(e.Code))
		if i > 0 {
			c = jen.Line().Add(c)
		}
		consts = append(consts, c)
	}
	f.Comment("Error codes the documentation lists for this API: the Code of the *acs.Error a call")
	f.Comment("returns. Test for one with acs.HasCode(err, ErrCode...); the service may return others.")
	f.Const().Defs(consts...)
	return f
}
