package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// errorCodes reads the error-code tables. A table whose header names no error-code column
// is read by its rows when they show an HTTP status column and an error-code column
// (errorColumns), and warned unread otherwise; lines outside any table that read as
// error rows are warned by code (looseErrorRows).
func (x *extractor) errorCodes() []opspec.ErrorCode {
	var out []opspec.ErrorCode
	for _, s := range x.p.SectionsOf(page.ErrorCodes) {
		start := len(out)
		for _, t := range s.Tables() {
			if t.Col(page.ColErrorCode) < 0 {
				cols, ok := errorColumns(t)
				if !ok {
					x.unreadTable(s, t, "its header names no error-code column")
					continue
				}
				rt := *t
				rt.Columns = cols
				t = &rt
				// the columns are read from the rows and the message's from its place: a guess
				msg := "no column taken as the message"
				if m := t.Col(page.ColErrorMessage); m >= 0 {
					msg = "column " + strconv.Itoa(m+1) + " taken as the message"
				}
				x.guess(t.Line, "error-code table header %s names no error-code column; its rows show an HTTP status in column %d and an error code in column %d, %s: read so",
					strings.Join(t.Header, " | "), t.Col(page.ColHTTPStatus)+1, t.Col(page.ColErrorCode)+1, msg)
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
		x.looseErrorRows(s, out[start:])
	}
	return out
}

// errorColumns returns the columns of an error-code table whose header names no error-code
// column, read from its rows where the header does not name them: the header's HTTP status
// column or else the first column holding an HTTP status in every row, the first other
// column holding an error code in every row, the first other column after the first of the
// two the message (older pages order code, message, status, description), and the last
// other column after the message the description. ok is false when the rows show no such
// two columns.
func errorColumns(t *page.Table) ([]page.Column, bool) {
	w := t.Width()
	cols := make([]page.Column, w)
	copy(cols, t.Columns) // what the header names stands
	every := func(k int, test func(string) bool) bool {
		n := 0
		for _, r := range t.Rows {
			if k >= len(r.Cells) || !test(strings.TrimSpace(r.Cells[k])) {
				return false
			}
			n++
		}
		return n > 0
	}
	free := func(k int) bool { return cols[k] == page.ColOther }
	firstFree := func(test func(string) bool) int {
		for k := 0; k < w; k++ {
			if free(k) && every(k, test) {
				return k
			}
		}
		return -1
	}
	status := slices.Index(cols, page.ColHTTPStatus)
	if status < 0 {
		if status = firstFree(page.IsHTTPStatus); status < 0 {
			return nil, false
		}
		cols[status] = page.ColHTTPStatus
	}
	code := firstFree(page.IsErrorCode)
	if code < 0 {
		return nil, false
	}
	cols[code] = page.ColErrorCode
	msg := slices.Index(cols, page.ColErrorMessage)
	for k := min(status, code) + 1; k < w && msg < 0; k++ {
		if free(k) {
			msg, cols[k] = k, page.ColErrorMessage
		}
	}
	if msg >= 0 && !slices.Contains(cols, page.ColDescription) {
		for k := w - 1; k > msg; k-- {
			if free(k) {
				cols[k] = page.ColDescription
				break
			}
		}
	}
	return cols, true
}

// looseErrorRows warns about the lines of error-code section s, outside any table, that read
// as an error-code row ("400 InvalidParameter ...", "400InvalidParameter...", or "400" and
// "InvalidParameter" on lines of their own) of a code its tables did not give (read): a
// table whose header the reader did not recognise, whose codes would be lost silently.
func (x *extractor) looseErrorRows(s *page.Section, read []opspec.ErrorCode) {
	type textLine struct {
		text string
		line int
	}
	var lines []textLine
	for _, b := range s.Blocks {
		if b.Kind == page.Paragraph {
			for l := range strings.SplitSeq(b.Text, "\n") {
				lines = append(lines, textLine{strings.TrimSpace(l), b.Line})
			}
		}
	}
	var codes []string
	line, header := 0, ""
	for k, l := range lines {
		code := errorRowCode(l.text)
		if code == "" && page.IsHTTPStatus(l.text) && k+1 < len(lines) && page.IsErrorCode(lines[k+1].text) {
			code = lines[k+1].text
		}
		if code == "" || slices.ContainsFunc(read, func(e opspec.ErrorCode) bool { return e.Code == code }) {
			continue
		}
		if line == 0 {
			line = l.line
			if k > 0 {
				header = lines[k-1].text
			}
		}
		codes = append(codes, code)
	}
	if len(codes) > 0 {
		x.drop(line, "error codes %s not read: no table holds their rows (header %q)", strings.Join(codes, ", "), header)
	}
}

// errorRowCode returns the error code of a line that starts with an HTTP status and a code,
// spaced ("400 Forbidden.RAM ...", the code a word of its own) or glued
// ("400NotApplicableThis API ...", page.SplitErrorCode), or "".
func errorRowCode(l string) string {
	if len(l) < 5 || !page.IsHTTPStatus(l[:3]) {
		return ""
	}
	if c := l[3]; c != ' ' && c != '\t' && c != '|' {
		code, _ := page.SplitErrorCode(l[3:])
		return code
	}
	rest := strings.TrimLeft(l[3:], " \t|")
	end := 0
	for end < len(rest) && page.ErrorCodeByte(rest[end]) {
		end++
	}
	if code := rest[:end]; page.IsErrorCode(code) {
		return code
	}
	return ""
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
// know (page.Other), and the parameter tables (a name and a type column) before any heading
// (page.Intro): no rule reads them, and a parameter table there (under "Custom header
// fields", a sibling of "Path parameters"; under a heading the reader did not see as one)
// would be lost silently.
func (x *extractor) unreadTables() {
	for _, s := range x.p.SectionsOf(page.Other) {
		if x.claimed[s] {
			continue
		}
		for _, t := range s.Tables() {
			x.unreadTable(s, t, "the lexicon does not know the heading")
		}
	}
	for _, s := range x.p.SectionsOf(page.Intro) {
		for _, t := range s.Tables() {
			if t.Col(page.ColName) >= 0 && t.Col(page.ColType) >= 0 {
				// a parameter table before any heading the page's reader knew as one
				x.unreadTable(s, t, "no section heading comes before it")
			}
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
