package textpage

import (
	"regexp"
	"strings"
)

// Textile (Redmine's wiki, pandoc -t textile) opens a block with a signature before its
// text: the block's tag, its attributes and a dot, "bc. GET /path HTTP/1.1",
// "bc(json). {", "p(note). Text", "pre.. " (two dots: an extended block, which runs on
// over blank lines up to the next signature). The signature says how the block is laid
// out, never what it says: left in, the request line "bc. POST /x HTTP/1.1" was no request
// line (the operation read as RPC, its path parameters as query ones) and the JSON
// example's "bc(json). {" hid its opening brace (a sketch read for its tree).

// textileAttrs are a textile signature's attributes, any number of them between the tag
// and its dot: a class or id "(json)", "(#id)", a style "{color:red}", a language "[en]",
// an alignment or padding ("<", ">", "=", "<>", "(" and ")" alone are padding).
const textileAttrs = `(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~]+)*`

// textileBlockRE is a line opening a textile block of text: a code block (bc), a
// preformatted one (pre), a paragraph (p), a quote (bq) or one left unformatted
// (notextile), its signature's dot or two and the blank after it; the text after is the
// block's first line (none where the signature stands alone).
var textileBlockRE = regexp.MustCompile(`^(?:bc|pre|p|bq|notextile)` + textileAttrs + `\.\.?(?:\s+(.*))?$`)

// textileBlock is line t's text without the textile block signature opening it, and true;
// t and false where it opens with none.
func textileBlock(t string) (string, bool) {
	if !strings.HasPrefix(t, "bc") && !strings.HasPrefix(t, "p") && !strings.HasPrefix(t, "bq") && !strings.HasPrefix(t, "notextile") {
		return t, false
	}
	m := textileBlockRE.FindStringSubmatch(t)
	if m == nil {
		return t, false
	}
	return m[1], true
}
