package docs

import (
	"bytes"
	"strings"
)

// tidy makes template output regular whatever the template's whitespace: outside fenced
// code blocks it drops trailing blanks and collapses runs of blank lines into one; inside
// them it keeps every byte. The result has no leading blank lines and ends in one newline.
func tidy(src []byte) []byte {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(src))
	fence := "" // the open fence, if any
	blank := false
	for _, line := range strings.Split(string(src), "\n") {
		if fence != "" {
			out.WriteString(line)
			out.WriteByte('\n')
			if closesFence(line, fence) {
				fence = ""
			}
			continue
		}
		line = strings.TrimRight(line, " \t")
		if line == "" {
			blank = out.Len() > 0
			continue
		}
		if blank {
			out.WriteByte('\n')
			blank = false
		}
		out.WriteString(line)
		out.WriteByte('\n')
		fence = opensFence(line)
	}
	return out.Bytes()
}

// opensFence returns the fence a line opens (``` or ~~~, three or more), or "".
func opensFence(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && strings.Contains(t[n:], "`")) {
		return ""
	}
	return t[:n]
}

// closesFence reports whether line closes the open fence.
func closesFence(line, fence string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return false
	}
	t = strings.TrimRight(t, " \t")
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}
