package textpage

import (
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/scrape/page"
)

// A page rendered as a manual page (man, groff -man -Tutf8 of a page converted to roff)
// opens with a running header, the page's name and section at both ends ("CreateAlias(1)
// General Commands Manual CreateAlias(1)"; a long name overprinted by the middle text),
// and closes with a running footer ending with them again. They name no heading: left in,
// the header is the page's title and the operation's name.

// dropManFrame blanks a manual page's running header and footer: the page's first and
// last lines that are not blank both end with the same word, a name and its section in
// brackets (manSection: "X(1)", "Center()"), set off from the rest of the page by a blank
// line. An info warning says so; the page is then typeset (a "-" ending a cell's line may
// be groff's hyphen: lineHyphen).
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
	name, _, _ := strings.Cut(foot, " ")
	if !manSection(w) || !(strings.HasSuffix(head, w) || overprinted(head, name, w)) || len(head) == len(w) {
		return
	}
	d.typeset = true
	d.p.Warn(d.no(first), "the page is a rendered manual page: its running header %q and footer %q left out", head, foot)
	for _, i := range []int{first, last} {
		l := &d.lines[i]
		l.re, l.ts, l.te = l.rs, l.rs, l.rs
	}
}

// overprinted reports whether head is a running header whose name, too long for the line,
// man overprinted with the text beside it and the name again at its right end: where the
// two overlap the saved text keeps both characters (man -l: "ModifyTimee--ECSS--...",
// groff -Tascii: "RevokeResourceServerScopesFromUsere- EIAMA- ..."), so the header no
// longer ends with the footer's last word w but with its section's closing bracket
// doubled ("Center())") or the brackets twice ("Center()()"), or it still opens with the
// footer's first word, the page's name, and ends with a bracket.
func overprinted(head, name, w string) bool {
	last := head[strings.LastIndexAny(head, " \t")+1:]
	if strings.HasSuffix(last, "))") && manSection(last[:len(last)-1]) {
		return true
	}
	return name != w && strings.HasPrefix(head, name) && strings.HasSuffix(head, ")")
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

// lineHyphen reads a hyphen ending a cell's line a, which the next line's text b goes on
// from (page.LineHyphen), as the page writes its words: drop reports a typesetter's break
// (cut is a without it), keep a "-" of a word written with it that a line broke after
// ("cn-" over "hangzhou": the lines glue with it). A soft hyphen or groff's U+2010 is a
// break; a "-" that LineHyphen would take for one is only where the page says so, as
// only a typesetter that hyphenates words (groff -Tascii) writes "-" for its breaks: the
// word is written whole elsewhere on the page ("InternetChargeType"), or, written with
// the hyphen nowhere ("cn-hangzhou"), the page is a rendered manual page (typeset).
// Before, every such "-" went: a hand-wrapped "cn-" over "hangzhou" read "cnhangzhou".
// A "-" LineHyphen takes for none, of a word written with hyphens ("x-acs-" over
// "request-id": page.HyphenWrapped), is kept so too; before, a blank parted the pieces.
func (d *doc) lineHyphen(a, b string) (cut string, drop, keep bool) {
	cut, ok := page.LineHyphen(a, b)
	if !ok && !page.HyphenWrapped(a, b) || !strings.HasSuffix(a, "-") {
		return cut, ok, false
	}
	base := a[:len(a)-1]
	w1 := base[strings.LastIndexFunc(base, notWordRune)+1:]
	w2 := b
	if n := strings.IndexFunc(b, notWordRune); n >= 0 {
		w2 = b[:n]
	}
	switch {
	case ok && strings.Contains(d.text, w1+w2):
		return base, true, false
	case strings.Contains(d.text, w1+"-"+w2) || !d.typeset:
		return a, false, true
	case ok:
		return base, true, false
	}
	return a, false, false
}

// notWordRune reports whether r is no letter or digit (lineHyphen's words).
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// A rendered manual page piped through col -b (as `man page | col -b` saves it) has its
// runs of blanks written as tabs to the terminal's tab stops, every 8th column, and
// blanks after them to reach a column between stops: "Type\t Required". Its tabs part no
// cells, as a tab-separated page's do; they only align the columns the page draws.

// tabStopLines is how many lines must hold a tab followed by a blank for the page's tabs
// to be read as tab stops (one such line may be a tab-separated cell opening with a blank).
const tabStopLines = 2

// expandTabStops expands the tabs of a page whose tabs are a terminal's tab stops (lines
// holding a tab followed by a blank, as col -b and unexpand write gaps that end between
// stops) into the blanks they stand for, to the next 8th column (a wide character two
// columns), so that the page's columns align as the terminal showed them. A page of
// other tabs is left as it is; ok reports whether the tabs were expanded.
func expandTabStops(text string) (string, bool) {
	n := 0
	for k := strings.Index(text, "\t "); k >= 0 && n < tabStopLines; {
		n++
		end := strings.IndexByte(text[k:], '\n')
		if end < 0 {
			break
		}
		next := strings.Index(text[k+end:], "\t ")
		if next < 0 {
			break
		}
		k += end + next
	}
	if n < tabStopLines {
		return text, false
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	col := 0
	for _, r := range text {
		switch r {
		case '\t':
			w := 8 - col%8
			b.WriteString("        "[:w])
			col += w
			continue
		case '\n':
			col = 0
		default:
			col += page.RuneWidth(r)
		}
		b.WriteRune(r)
	}
	return b.String(), true
}
