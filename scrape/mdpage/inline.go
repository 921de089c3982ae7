package mdpage

import (
	"html"
	"strings"
)

// cleanInline removes inline Markdown that carries no meaning for the model: escapes
// (`\*` → `*`), links (`[DescribeRegions](~~25609~~)` → `DescribeRegions`), bold and italic
// markers (`*String*`, `_String_`), and `<br>` line breaks (→ newline); and decodes HTML entities (`&gt;` → `>`,
// `&#124;` → `|`, `&nbsp;` → a no-break space), which Markdown allows anywhere but in code,
// as CommonMark does. Code spans are kept with their backticks, so placeholders like
// `<username>` survive.
func cleanInline(s string) string {
	if !strings.ContainsAny(s, "\\[*_<&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inCode := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '`':
			inCode = !inCode
			b.WriteByte(c)
		case inCode:
			b.WriteByte(c)
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~\"'&", s[i+1]) >= 0:
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
			b.WriteString(html.UnescapeString(s[i : i+n]))
			i += n - 1
		case c == '<' && hasPrefixFold(s[i:], "<br"):
			if j := strings.IndexByte(s[i:], '>'); j > 0 {
				b.WriteByte('\n')
				i += j
			} else {
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(b.String())
}

// linkEnd returns the index just past "[text](target)" starting at s[i] == '[', or -1.
func linkEnd(s string, i int) int {
	mid := strings.Index(s[i:], "](")
	if mid < 0 || strings.IndexByte(s[i+1:i+mid], ']') >= 0 {
		return -1
	}
	// The target ends at the ')' that balances the opening one: targets may hold balanced
	// parentheses ("/API Reference (IMS)/GetUser.md").
	depth := 0
	for j := i + mid + 2; j < len(s); j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return j + 1
			}
			depth--
		}
	}
	return -1
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

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
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
