package textpage

import (
	"strings"
)

// A page rendered as a manual page (man, groff -man -Tutf8 of a page converted to roff)
// opens with a running header, the page's name and section at both ends ("CreateAlias(1)
// General Commands Manual CreateAlias(1)"; a long name overprinted by the middle text),
// and closes with a running footer ending with them again. They name no heading: left in,
// the header is the page's title and the operation's name.

// dropManFrame blanks a manual page's running header and footer: the page's first and
// last lines that are not blank both end with the same word, a name and its section in
// brackets (manSection: "X(1)", "Center()"), set off from the rest of the page by a blank
// line. An info warning says so.
func (d *doc) dropManFrame() {
	first, last := d.nb(0), len(d.lines)-1
	for last > first && d.blank(last) {
		last--
	}
	if last <= first+1 || !d.blank(first+1) || !d.blank(last-1) {
		return
	}
	head, foot := d.t(first), d.t(last)
	w := foot[strings.LastIndexAny(foot, " \t")+1:]
	if !manSection(w) || !strings.HasSuffix(head, w) || len(head) == len(w) {
		return
	}
	d.p.Warn(d.no(first), "the page is a rendered manual page: its running header %q and footer %q left out", head, foot)
	for _, i := range []int{first, last} {
		l := &d.lines[i]
		l.re, l.ts, l.te = l.rs, l.rs, l.rs
	}
}

// manSection reports whether w is a manual page's name and section as its running header
// and footer write them: text, then the section (a few letters or digits, or none) in
// brackets ("ls(1)", "X(3p)", "Title()").
func manSection(w string) bool {
	open := strings.LastIndexByte(w, '(')
	if open <= 0 || !strings.HasSuffix(w, ")") {
		return false
	}
	sec := w[open+1 : len(w)-1]
	if len(sec) > 8 {
		return false
	}
	for _, c := range sec {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
