package scrape

import (
	"regexp"
	"strings"
	"unicode"
)

// splitRespHeading wraps the response heading as the s22seenresplines shape does: at its
// first space, by record "Response" over "parameters", over "Parameters", or with a blank
// line between them (the words after the first alone may be a heading of another kind:
// "Parameters" is the request's); a heading of four Chinese characters and no space
// between its two words ("返回" over "参数"). Any other heading is left.
func (p *truthPage) splitRespHeading() {
	first, rest, ok := strings.Cut(p.w.respParams, " ")
	if r := []rune(p.w.respParams); !ok && len(r) == 4 && !strings.ContainsFunc(p.w.respParams, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) {
		first, rest, ok = string(r[:2]), string(r[2:]), true
	}
	if !ok {
		return
	}
	switch p.seq % 3 {
	case 1:
		rest = strings.ToUpper(rest[:1]) + rest[1:]
	case 2:
		rest = "\n" + rest
	}
	p.w.respParams = first + "\n" + rest
}

// outputRespHeading heads the response "Output parameters" wrapped over two lines as the
// s23seenoutput shape does: "Output" over "parameters", over "Parameters", or with a blank
// line between them (by record), the second line alone a heading of another kind (the
// request's "Parameters"); "输出" over "参数" ("輸出" over "參數") on a Chinese page.
func (p *truthPage) outputRespHeading() {
	first, rest := "Output", "parameters"
	switch p.w.lang {
	case "zh":
		first, rest = "输出", "参数"
	case "tc":
		first, rest = "輸出", "參數"
	}
	switch {
	case p.seq%3 == 1 && p.w.lang != "zh" && p.w.lang != "tc":
		rest = "Parameters"
	case p.seq%3 == 2:
		rest = "\n" + rest
	}
	p.w.respParams = first + "\n" + rest
}

// outputFirst are the first lines of outputRespHeading's wrapped headings.
var outputFirst = regexp.MustCompile(`\n\n+((Output|输出|輸出)\n)`)

// noBlankAbove drops the blank lines above the first line of a response heading wrapped
// by outputRespHeading (the s23seennoblank shape): the heading right under the line
// above it, the end of the request's table.
func noBlankAbove(s string) string { return outputFirst.ReplaceAllString(s, "\n$1") }
