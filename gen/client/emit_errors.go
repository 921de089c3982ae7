package client

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// emitErrors writes errors.go: one string constant per documented error code (ir.Package
// Errors), to compare with acs.Error's Code through acs.HasCode; each on one line, with
// the documented statuses, operations and message after it.
func emitErrors(p *plan) *jen.File {
	f := newFile(p)
	var consts []jen.Code
	for _, e := range p.Errors {
		var facts []string
		if len(e.HTTPStatuses) > 0 {
			st := make([]string, len(e.HTTPStatuses))
			for i, s := range e.HTTPStatuses {
				st[i] = strconv.Itoa(s)
			}
			facts = append(facts, "HTTP "+strings.Join(st, ", "))
		}
		facts = append(facts, "documented by "+strings.Join(e.Ops, ", "))
		text := strings.Join(facts, "; ") + "."
		if e.Message != "" {
			text += " " + shortText(e.Message)
		}
		consts = append(consts, jen.Id(e.Name).Op("=").Lit(e.Code).Comment("// "+oneLine(text)))
	}
	f.Comment("Error codes the documentation lists for this API: the Code of the *acs.Error a call")
	f.Comment("returns. Test for one with acs.HasCode(err, ErrCode...); the service may return others.")
	f.Const().Defs(consts...)
	return f
}
