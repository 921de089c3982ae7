package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// errorHeader recognises, in an error-code section, a table whose header is in words the
// lexicon does not know (masked, or another language: "HttpCode 某某某 某某某某 某某") by
// its first row: an HTTP status, then an error code ("400 AddServiceFail ...",
// "400NotApplicableThis API ...", "| 400 | InvalidParameter | ..."). The columns are read
// from the rows as status, code, message and description, with a warning saying so. A
// header the lexicon reads is header's.
func (d *doc) errorHeader(i int) (header, bool) {
	if d.sec.Kind != page.ErrorCodes {
		return header{}, false
	}
	t := d.t(i)
	if len(t) > 160 || statusPrefix(t) || endsSentence(t) {
		return header{}, false
	}
	h := header{start: i, end: i + 1}
	var cells []string
	if strings.IndexByte(t, '|') >= 0 {
		ph, _ := d.pipeHeader(i)
		if len(ph.cells) < 2 {
			return header{}, false
		}
		h.end, h.style, cells = ph.end, ph.style, ph.cells
	}
	j := d.nb(h.end)
	if j < len(d.lines) && separatorLine(d.t(j)) {
		j = d.nb(j + 1)
	}
	if j >= len(d.lines) {
		return header{}, false
	}
	row := d.t(j)
	if cells == nil && !statusPrefix(row) {
		return d.errorCellsHeader(i)
	}
	switch {
	case cells != nil:
		rc := pipeCells(row)
		for len(rc) > 0 && rc[0] == "" {
			rc = rc[1:]
		}
		if len(rc) < 2 || !page.IsHTTPStatus(rc[0]) || !page.IsErrorCode(rc[1]) {
			return header{}, false
		}
	case !statusPrefix(row):
		return header{}, false
	case row[3] == ' ' || row[3] == '\t':
		toks := strings.Fields(row)
		if len(toks) < 2 || !page.IsErrorCode(toks[1]) {
			return header{}, false
		}
		h.style, h.tabs = styleSpaced, strings.IndexByte(t, '\t') >= 0
		if h.tabs {
			cells = splitTrim(t, "\t")
		} else {
			cells = columnPhrases(strings.Fields(t))
		}
	default:
		if code, _ := page.SplitErrorCode(row[3:]); code == "" {
			return header{}, false
		}
		// A glued header does not show where its cells end: the row gives status, code
		// and message, the message taking the rest.
		h.style, cells = styleGlued, []string{t, "", ""}
	}
	return d.errorColumns(h, cells, t)
}

// errorColumns gives header h the cells and the columns errorHeader reads from the rows,
// and warns that it did, quoting the header's text.
func (d *doc) errorColumns(h header, cells []string, text string) (header, bool) {
	if len(cells) < 2 {
		return header{}, false
	}
	h.cells = cells
	h.cols = make([]page.Column, len(cells))
	h.cols[0], h.cols[1] = page.ColHTTPStatus, page.ColErrorCode
	if len(cells) > 2 {
		h.cols[2] = page.ColErrorMessage
	}
	if len(cells) > 3 {
		h.cols[len(cells)-1] = page.ColDescription
	}
	names := make([]string, len(h.cols))
	for k, c := range h.cols {
		names[k] = columnName[c]
	}
	d.p.Guess(d.no(h.start), "error-code table header %q not recognised; columns read from the rows as %s", text, strings.Join(names, ", "))
	return h, true
}

// errorCellsHeader recognises the cell-per-line form of errorHeader's tables: header lines
// from line i up to a line holding an HTTP status alone whose next line is an error code
// ("400", "InvalidParameter", ...). Each row has as many lines as there are from one status
// line to the next (as many as header lines when the table has one row).
func (d *doc) errorCellsHeader(i int) (header, bool) {
	var hdr []string
	k := i
	for ; k < len(d.lines) && len(hdr) <= 6; k = d.nb(k + 1) {
		t := d.t(k)
		if page.IsHTTPStatus(t) {
			break
		}
		if len(t) > 80 || endsSentence(t) || statusPrefix(t) {
			return header{}, false
		}
		hdr = append(hdr, t)
	}
	rowStart := func(k int) bool {
		if k >= len(d.lines) || !page.IsHTTPStatus(d.t(k)) {
			return false
		}
		c := d.nb(k + 1)
		return c < len(d.lines) && page.IsErrorCode(d.t(c))
	}
	if len(hdr) == 0 || !rowStart(k) {
		return header{}, false
	}
	n := len(hdr)
	for m, c := 1, d.nb(k+1); c < len(d.lines) && m <= 6; m, c = m+1, d.nb(c+1) {
		if rowStart(c) {
			n = m
			break
		}
	}
	if n < 2 || n > 6 {
		return header{}, false
	}
	cells := hdr
	if len(hdr) != n {
		cells = make([]string, n)
		cells[0] = strings.Join(hdr, " ")
	}
	return d.errorColumns(header{start: i, end: k, style: styleCells}, cells, strings.Join(hdr, " "))
}

// columnPhrases joins the words of a spaced header that make one column phrase of the
// lexicon ("HTTP status code") into one cell.
func columnPhrases(words []string) []string {
	var out []string
	for k := 0; k < len(words); {
		n := 1
		for m := min(3, len(words)-k); m > 1; m-- {
			if page.ClassifyColumn(strings.Join(words[k:k+m], " ")) != page.ColOther {
				n = m
				break
			}
		}
		out = append(out, strings.Join(words[k:k+n], " "))
		k += n
	}
	return out
}

// statusPrefix reports whether t starts with an HTTP status followed by more text: a space
// or a letter (a glued row, "400NotApplicable...").
func statusPrefix(t string) bool {
	if len(t) < 5 || !page.IsHTTPStatus(t[:3]) {
		return false
	}
	c := t[3]
	return c == ' ' || c == '\t' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}
