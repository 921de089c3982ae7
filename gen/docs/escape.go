package docs

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from the documentation (names, descriptions, examples) is data, not Markdown: a pipe
// must not split a table cell, a newline must not end a row, a backtick must not open a code
// span and "<script>" must not become HTML. The functions here make it literal; templates
// call them through the names in funcMap.

// inlineEscape backslash-escapes the characters that start inline Markdown constructs and
// turns the HTML-significant ones into entities. Intraword underscores stay as they are:
// GFM never reads them as emphasis, and ids such as instance_for_test stay readable.
func inlineEscape(b *strings.Builder, s string) {
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '_':
			if wordAt(s, i-1, true) && wordAt(s, i+1, false) {
				b.WriteByte('_')
			} else {
				b.WriteString(`\_`)
			}
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\t':
			b.WriteByte(' ')
		default:
			if r < ' ' || r == 0x7f {
				continue // other control characters carry nothing readable
			}
			b.WriteRune(r)
		}
	}
}

// wordAt reports whether the rune ending (before) or starting (after) at byte i is a letter
// or digit.
func wordAt(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// normalizeNewlines turns CRLF and CR into LF, tabs into spaces, invalid UTF-8 into
// U+FFFD, drops other control characters and trims the ends.
func normalizeNewlines(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r == '\n':
			return r
		case r < ' ' || r == 0x7f:
			return -1 // other control characters carry nothing readable
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// paragraphs splits text into paragraphs (runs of non-blank lines), each a list of trimmed
// lines.
func paragraphs(s string) [][]string {
	var out [][]string
	var cur []string
	for _, line := range strings.Split(normalizeNewlines(s), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// Cell makes text safe in a GFM table cell: inline Markdown and HTML are escaped, line
// breaks become <br> (paragraph breaks <br><br>), so the row stays one line.
func Cell(s string) string {
	var b strings.Builder
	for i, para := range paragraphs(s) {
		if i > 0 {
			b.WriteString("<br><br>")
		}
		for j, line := range para {
			if j > 0 {
				b.WriteString("<br>")
			}
			inlineEscape(&b, line)
		}
	}
	return b.String()
}

// Text makes prose safe as Markdown paragraphs: inline Markdown and HTML are escaped, and
// lines that Markdown would read as headings, quotes, setext underlines, thematic breaks or
// ordered-list starts are escaped too. Paragraph breaks are kept; lines within a paragraph
// become hard line breaks. Dash bullets ("- item") stay lists, as the docs mean them.
func Text(s string) string {
	var b strings.Builder
	for i, para := range paragraphs(s) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for j, line := range para {
			if j > 0 {
				if strings.HasPrefix(line, "- ") {
					b.WriteByte('\n') // a bullet starts its own item
				} else {
					b.WriteString("\\\n") // hard line break, as on the page
				}
			}
			if item, ok := bullet(line); ok {
				// Keep the bullet; its content must not open another block.
				b.WriteString("- ")
				line = item
				if blockStart(line) || strings.HasPrefix(line, "- ") {
					b.WriteByte('\\')
				}
			} else if blockStart(line) {
				b.WriteByte('\\')
			}
			inlineEscape(&b, line)
		}
	}
	return b.String()
}

// bullet splits a dash-bullet line ("- item") into its content.
func bullet(line string) (string, bool) {
	if !strings.HasPrefix(line, "- ") || strings.Trim(line, "- ") == "" {
		return "", false
	}
	return strings.TrimLeft(line[2:], " "), true
}

// blockStart reports whether a line would open a block construct other than a dash list.
func blockStart(line string) bool {
	switch line[0] {
	case '#', '>', '=', '+':
		return true
	case '-':
		// "- item" is a list the docs meant; "---" or "-x" is a break or an underline.
		return !strings.HasPrefix(line, "- ") || strings.Trim(line, "- ") == ""
	}
	// "1. " or "1) " starts an ordered list the docs did not mean (numbers in prose).
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')')
}

// dropControls turns tabs and newlines into spaces and drops other control characters,
// which carry nothing readable in a code span.
func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return ' '
		case r < ' ' || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// Code renders s as an inline code span for prose: the fence is one backtick longer than
// any run inside, and newlines become spaces. Use CellCode inside tables.
func Code(s string) string {
	s = strings.Join(strings.Fields(dropControls(normalizeNewlines(s))), " ")
	if s == "" {
		return ""
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// CellCode renders s as a code span inside a table cell: like Code, with pipes escaped
// (GFM removes the backslash inside the cell before it reads the span).
func CellCode(s string) string {
	return strings.ReplaceAll(Code(s), "|", `\|`)
}

// Fence renders s as a fenced code block whose fence is longer than any backtick run in s.
// The info string is reduced to letters and digits.
func Fence(lang, s string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	s = strings.TrimRight(strings.ReplaceAll(s, "\r", "\n"), " \t\n")
	s = strings.TrimLeft(s, "\n")
	fence := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	lang = strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, lang)
	return fence + lang + "\n" + s + "\n" + fence
}

// Link renders a link to an http(s) URL with escaped text; any other URL (javascript:,
// relative, unparsable) is not linked and only the text is rendered.
func Link(text, raw string) string {
	label := Cell(text)
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return label
	}
	if label == "" {
		label = Cell(u.String())
	}
	return "[" + label + "](<" + linkDest(u.String()) + ">)"
}

// linkDest percent-encodes what an angle-bracket link destination may not hold.
func linkDest(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<' || r == '>' || r == ' ' || r == '|' || r == '\\' || r == '`' || r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
