package mdpage

import (
	"html"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// markdownEscapes are the characters a backslash escapes.
const markdownEscapes = "\\`*_{}[]()#+-.!|<>~\"'&"

// cleanInline removes inline Markdown that carries no meaning for the model: escapes
// (`\*` → `*`), links (`[DescribeRegions](~~25609~~)` → `DescribeRegions`), bold and italic
// markers (`*String*`, `_String_`), and inline HTML (`<br>` and `<p>` → newline, `<li>` →
// "- ", `<code>` → a code span, formatting tags → nothing); and decodes HTML entities (`&gt;` → `>`,
// `&#124;` → `|`), which Markdown allows anywhere but in code, as CommonMark does. Code
// spans are kept with their backticks, so placeholders like `<username>` survive. A
// no-break or other Unicode space, as `&nbsp;` or as the character (pages exported from
// HTML write it so), is a space and an invisible character (`&#8203;`) nothing, as the HTML
// and text readers read them (page.PlainSpaces): "Array of X" is a type either way (the
// indentation it makes is read from the raw cell, page.IndentOf).
func cleanInline(s string) string {
	s = page.PlainSpaces(s)
	if !strings.ContainsAny(s, "\\[*_<&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inCode, tags := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			inCode = !inCode
			b.WriteByte(c)
		case inCode:
			b.WriteByte(c)
		case c == '\\' && i+1 < len(s) && strings.IndexByte(markdownEscapes, s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i++
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			// image: drop it entirely
			if end := linkEnd(s, i+1); end > 0 {
				i = end - 1
			} else {
				b.WriteByte(c)
			}
		case c == '[':
			if end := linkEnd(s, i); end > 0 {
				text := s[i+1 : strings.Index(s[i:], "](")+i]
				b.WriteString(cleanInline(text))
				i = end - 1
			} else {
				b.WriteByte(c)
			}
		case c == '*' && i+1 < len(s) && s[i+1] == '*':
			i++
		case (c == '*' || c == '_') && emphasisEnd(s, i) > 0:
			end := emphasisEnd(s, i)
			b.WriteString(cleanInline(s[i+1 : end]))
			i = end
		case c == '&':
			n := entityLen(s[i:])
			b.WriteString(page.PlainSpaces(html.UnescapeString(s[i : i+n])))
			i += n - 1
		case c == '<':
			if n, text := inlineTag(s[i:]); n > 0 {
				b.WriteString(text)
				i += n - 1
				tags = true
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	if tags {
		return tidyLines(b.String())
	}
	return strings.TrimSpace(b.String())
}

// htmlTags are the HTML elements that Markdown cells and paragraphs hold inline, by what
// they become in the page model: a code span's backtick, a line break, a list item, or
// nothing (formatting). Other text in angle brackets stays: placeholders (<InstanceId>).
var htmlTags = map[string]string{
	"code": "`", "kbd": "`", "samp": "`", "tt": "`",
	"br": "\n", "p": "\n", "div": "\n", "ul": "\n", "ol": "\n", "li": "\n- ",
	"b": "", "strong": "", "i": "", "em": "", "span": "", "a": "", "sup": "", "sub": "", "u": "",
	"s": "", "del": "", "ins": "", "mark": "", "small": "", "font": "", "abbr": "", "cite": "",
	"img": "", "label": "", "var": "",
}

// inlineTag reads the HTML tag of htmlTags that s starts with ("<code>", "</strong>",
// `<span class="x">`, "<br/>"): its length, 0 when s starts with none, and what it stands
// for in the page model (an opening <li> starts an item, the closing one ends the line).
func inlineTag(s string) (n int, text string) {
	j := 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > j && s[k] >= '0' && s[k] <= '9') {
		k++
	}
	name := strings.ToLower(s[j:k])
	text, ok := htmlTags[name]
	if !ok && (name != "input" || j != 1) || k == j {
		return 0, ""
	}
	end := strings.IndexAny(s[k:], "<>\n")
	if end < 0 || s[k+end] != '>' || end > 0 && s[k] != ' ' && s[k] != '/' {
		return 0, ""
	}
	if name == "input" {
		// a checkbox in a Required cell: its mark, as the HTML reader reads it
		return k + end + 1, htmlpage.InputText(s[:k+end+1])
	}
	if text == "\n- " && j == 2 {
		text = "\n" // </li>
	}
	return k + end + 1, text
}

// trimTags drops the inline HTML tags (inlineTag) that s starts with, white space around
// them kept only after the last: a name cell's indentation inside its wrappers
// ("<p><span>&nbsp;&nbsp;Name</span></p>").
func trimTags(s string) string {
	for t := strings.TrimLeft(s, " \t"); strings.HasPrefix(t, "<"); t = strings.TrimLeft(s, " \t") {
		n, _ := inlineTag(t)
		if n == 0 {
			break
		}
		s = t[n:]
	}
	return s
}

// tidyLines trims the lines of text that tags broke and drops the empty ones.
func tidyLines(s string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "-" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// linkEnd returns the index just past "[text](target)" starting at s[i] == '[', or -1.
func linkEnd(s string, i int) int {
	mid := strings.Index(s[i:], "](")
	if mid < 0 || strings.IndexByte(s[i+1:i+mid], ']') >= 0 {
		return -1
	}
	return page.LinkTargetEnd(s, i+mid+2)
}

// linkTargets lists the targets of the links in s, in order.
func linkTargets(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		if end := linkEnd(s, i); end > 0 {
			mid := strings.Index(s[i:], "](") + i
			out = append(out, strings.TrimSpace(s[mid+2:end-1]))
			i = end - 1
		}
	}
	return out
}

// entityLen is the length of the HTML entity or character reference that s starts with
// ("&gt;", "&#124;", "&#x7C;"), or 1 when s starts with a plain '&': a decoded entity is
// text, never read as Markdown again (`&lt;br&gt;` is no line break).
func entityLen(s string) int {
	for j := 1; j < len(s) && j <= 32; j++ {
		c := s[j]
		switch {
		case c == ';':
			if j > 1 && html.UnescapeString(s[:j+1]) != s[:j+1] {
				return j + 1
			}
			return 1
		case c == '#' && j == 1, c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return 1
		}
	}
	return 1
}

// emphasisEnd returns the index of the '*' or '_' that closes the emphasis opening at
// s[i], or -1: as in CommonMark, the opener is followed by a letter, a digit, an escape or
// a '[' (not by other punctuation, so RAM resources "acs:ecs:*:*:instance/*" stay) and, for '_', is not
// inside a word (snake_case_name); the closer, on the same text, is not preceded by a space
// and not followed by a letter or digit. So a lone "*" (a required mark), a Go pointer
// type ("[]*string") and "a * b" stay as written.
func emphasisEnd(s string, i int) int {
	c := s[i]
	if i+1 >= len(s) || !isWordByte(s[i+1]) && s[i+1] != '\\' && s[i+1] != '[' || c == '_' && i > 0 && isWordByte(s[i-1]) {
		return -1
	}
	for j := i + 2; j < len(s); j++ {
		switch {
		case s[j] == '`' || s[j] == '\n':
			return -1
		case s[j] == c && s[j-1] != ' ' && s[j-1] != '\\' && (j+1 == len(s) || !isWordByte(s[j+1]) && s[j+1] != c):
			return j
		}
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
