package scrape

import "strings"

// splitRespHeading wraps the response heading at its first space as the s22seenresplines
// shape does, by record: "Response" over "parameters", over "Parameters", or with a blank
// line between them (the words after the first alone may be a heading of another kind:
// "Parameters" is the request's). A heading of one word is left.
func (p *truthPage) splitRespHeading() {
	first, rest, ok := strings.Cut(p.w.respParams, " ")
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
