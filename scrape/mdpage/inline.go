package mdpage

import "strings"

// cleanInline removes inline Markdown that carries no meaning for the model: escapes
// (`\*` → `*`), links (`[DescribeRegions](~~25609~~)` → `DescribeRegions`), bold and italic
// markers, and `<br>` line breaks (→ newline). Code spans are kept with their backticks, so
// placeholders like `<username>` survive. A no-break space (pages exported from HTML
// write &nbsp; as U+00A0) is a space, as the HTML and text readers read it: "Array of X"
// is a type either way.
func cleanInline(s string) string {
	if strings.Contains(s, "\u00a0") {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	if !strings.ContainsAny(s, "\\[*_<") {
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
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~\"'", s[i+1]) >= 0:
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
