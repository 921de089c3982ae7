package extract

import (
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// errorCodes reads the error-code tables.
func (x *extractor) errorCodes() []opspec.ErrorCode {
	var out []opspec.ErrorCode
	for _, s := range x.p.SectionsOf(page.ErrorCodes) {
		for _, t := range s.Tables() {
			if t.Col(page.ColErrorCode) < 0 {
				continue
			}
			for _, r := range t.Rows {
				e := opspec.ErrorCode{
					Code:        strings.TrimSpace(r.Cell(t, page.ColErrorCode)),
					Message:     strings.TrimSpace(r.Cell(t, page.ColErrorMessage)),
					Description: strings.TrimSpace(r.Cell(t, page.ColDescription)),
				}
				if e.Code == "" {
					continue
				}
				if st := strings.TrimSpace(r.Cell(t, page.ColHTTPStatus)); st != "" {
					n, err := strconv.Atoi(st)
					if err != nil || n < 100 || n > 599 {
						x.warn(r.Line, "error %s: HTTP status %q is not a status code", e.Code, st)
					} else {
						e.HTTPStatus = n
					}
				}
				out = append(out, e)
			}
		}
	}
	return out
}

// changes reads the change-history tables.
func (x *extractor) changes() []opspec.Change {
	var out []opspec.Change
	for _, s := range x.p.SectionsOf(page.ChangeHistory) {
		for _, t := range s.Tables() {
			if t.Col(page.ColDate) < 0 {
				continue
			}
			for _, r := range t.Rows {
				raw := strings.TrimSpace(r.Cell(t, page.ColDate))
				if raw == "" {
					continue
				}
				d, ok := normalizeDate(raw)
				if !ok {
					x.warn(r.Line, "change history date %q is not a date", raw)
				}
				out = append(out, opspec.Change{Date: d, Summary: strings.TrimSpace(r.Cell(t, page.ColSummary))})
			}
		}
	}
	return out
}
