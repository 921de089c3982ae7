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
				x.unreadTable(s, t, "its header names no error-code column")
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

// unreadTables warns about the tables of the sections whose heading the lexicon does not
// know (page.Other): no rule reads them, and a parameter table there (under "Custom header
// fields", a sibling of "Path parameters") would be lost silently.
func (x *extractor) unreadTables() {
	for _, s := range x.p.SectionsOf(page.Other) {
		if x.claimed[s] {
			continue
		}
		for _, t := range s.Tables() {
			x.unreadTable(s, t, "the lexicon does not know the heading")
		}
	}
}

// unreadTable warns that table t of section s is not read, naming the heading, the header
// and the rows by their error codes or names (the first column when the header names neither).
func (x *extractor) unreadTable(s *page.Section, t *page.Table, why string) {
	if len(t.Rows) == 0 {
		return
	}
	col := t.Col(page.ColErrorCode)
	if col < 0 {
		col = t.NameCol()
	}
	names := make([]string, 0, len(t.Rows))
	for _, r := range t.Rows {
		if col < len(r.Cells) {
			if n := strings.TrimSpace(r.Cells[col]); n != "" {
				names = append(names, n)
			}
		}
	}
	x.drop(t.Line, "table under %q (header %s) not read: %s; rows %s dropped (kept only where the page gives them elsewhere)",
		s.Heading, strings.Join(t.Header, " | "), why, strings.Join(names, ", "))
}
