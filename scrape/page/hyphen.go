package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A typesetter that fills narrow columns (groff's tbl in a rendered manual page, a PDF
// exporter) breaks long words across lines with a hyphen: "InternetChar‐" over "geType",
// "in‐" over "valid". groff -Tutf8 writes its hyphen as U+2010 (a "-" of the page stays
// "-"), a PDF's text may keep a soft hyphen (U+00AD), and groff -Tascii writes "-", which
// is also the hyphen of a word written with hyphens ("x-acs-" over "request-id", "cn-"
// over "hangzhou": a line may break after it). LineHyphen reads which is which.

// softHyphens are the hyphens only a typesetter's break writes at a line's end.
const softHyphens = "\u00ad\u2010"

// LineHyphen reports whether a, a cell's line that the next line's text b goes on from,
// ends in a word a typesetter broke across the two lines with a hyphen, and returns a
// without that hyphen: a soft hyphen (U+00AD) or groff's U+2010 after a letter or digit,
// before a letter or digit; or "-" after a letter or digit, before a letter, where neither
// the word it ends nor the one b starts has another hyphen ("Re-" over "questId", "Plan-" over "Window-"; a
// word written with hyphens breaks at them, which stay: "x-acs-" over "request-id").
func LineHyphen(a, b string) (string, bool) {
	h, n := utf8.DecodeLastRuneInString(a)
	if h != '-' && !strings.ContainsRune(softHyphens, h) {
		return a, false
	}
	word := a[:len(a)-n]
	word = word[strings.LastIndexAny(word, " \t")+1:]
	next, _, _ := strings.Cut(b, " ")
	before, _ := utf8.DecodeLastRuneInString(word)
	after, _ := utf8.DecodeRuneInString(b)
	switch {
	case !letterOrDigit(before) || !letterOrDigit(after):
		return a, false
	case h == '-' && (!unicode.IsLetter(after) ||
		strings.ContainsAny(word, "-"+softHyphens) || strings.ContainsAny(strings.TrimRight(next, "-"+softHyphens), "-")):
		return a, false
	}
	return a[:len(a)-n], true
}

// letterOrDigit reports whether r is a letter or a digit.
func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// EndsHyphen reports whether s ends with a hyphen, "-" or one only a typesetter's break
// writes (LineHyphen).
func EndsHyphen(s string) bool {
	h, _ := utf8.DecodeLastRuneInString(s)
	return h == '-' || strings.ContainsRune(softHyphens, h)
}

// HyphenWrapped reports whether a cell's text a ends in a word's own hyphen that its line
// broke after, the next line p going on with the word ("cn-" over "hangzhou", "x-acs-" over
// "request-id"; where no typesetter hyphenates, as in a grid's cell, written by hand or cut
// at its width, it is always so): a "-" after a letter or digit, before a letter. The
// lines glue, the hyphen kept.
func HyphenWrapped(a, p string) bool {
	if !strings.HasSuffix(a, "-") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	after, _ := utf8.DecodeRuneInString(p)
	return letterOrDigit(before) && unicode.IsLetter(after)
}
