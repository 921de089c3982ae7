package page

import "strings"

// Pipe tables are how Markdown sources and most plain-text dumps lay out parameter tables:
// "| a | b |", rows without the outer pipes ("a | b |"), rows spanning lines. The readers
// of both formats split and count cells with the functions below, so that a cell's
// separators mean the same in each.
//
// A cell separator is a "|" that is neither escaped ("\|", a pipe of the cell's text) nor
// inside a code span that closes on the same line ("`a | b`").

// SplitPipeRow splits a pipe-table record (one line or several) into its cells, without
// the empty cells outside a leading and a trailing "|". The cells are as written: not
// trimmed, escapes kept (see UnescapePipes), so that each reader cleans them its own way.
func SplitPipeRow(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	cells := make([]string, 0, CountPipes(s)+1)
	start := 0
	forEachSeparator(s, func(i int) {
		cells = append(cells, s[start:i])
		start = i + 1
	})
	return append(cells, s[start:])
}

// CountPipes counts the cell separators in s.
func CountPipes(s string) int {
	if strings.IndexByte(s, '|') < 0 {
		return 0
	}
	n := 0
	forEachSeparator(s, func(int) { n++ })
	return n
}

// UnescapePipes turns the escaped pipes of a cell ("\|") into the pipes they stand for.
func UnescapePipes(s string) string {
	if !strings.Contains(s, `\|`) {
		return s
	}
	return strings.ReplaceAll(s, `\|`, "|")
}

// IsPipeSeparator recognises a table's alignment row under its header: "|---|:--:|",
// "---|---|", "| --- | --- |". It has a "|" and a "-" and nothing but "|-: " and tabs, or
// a "+" between two dashes where columns cross in a rule between outer pipes, as org-mode
// rules its tables ("|------+------|").
func IsPipeSeparator(s string) bool {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '|') < 0 || strings.IndexByte(s, '-') < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '-', ':', ' ', '\t':
		case '+':
			if i == 0 || i+1 == len(s) || s[i-1] != '-' || s[i+1] != '-' || s[0] != '|' || s[len(s)-1] != '|' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// forEachSeparator calls f with the index of each cell separator in s.
func forEachSeparator(s string, f func(i int)) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			if end := codeSpanEnd(s, i); end > 0 {
				i = end - 1
			}
		case '|':
			f(i)
		}
	}
}

// codeSpanEnd returns the index just past the code span opening at s[i] == '`' when it
// closes (with a backtick run of the same length) before the end of the line, else -1.
func codeSpanEnd(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	for j := i + n; j < len(s) && s[j] != '\n'; j++ {
		if s[j] != '`' {
			continue
		}
		m := 0
		for j+m < len(s) && s[j+m] == '`' {
			m++
		}
		if m == n {
			return j + m
		}
		j += m - 1
	}
	return -1
}

// CodeSpans returns the contents of the code spans of s (`...`, or “...“ holding a
// backquote), each without its backquotes and the one space that pads it, by the same
// rules the pipe splitter uses to keep a `|` inside a span.
func CodeSpans(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '`' {
			continue
		}
		end := codeSpanEnd(s, i)
		if end < 0 {
			for i+1 < len(s) && s[i+1] == '`' {
				i++ // an unclosed run opens nothing
			}
			continue
		}
		n := 0
		for s[i+n] == '`' {
			n++
		}
		inner := s[i+n : end-n]
		if len(inner) > 2 && inner[0] == ' ' && inner[len(inner)-1] == ' ' {
			inner = inner[1 : len(inner)-1]
		}
		out = append(out, inner)
		i = end - 1
	}
	return out
}

// WholeCode is the text of a cell or paragraph that is one code span and nothing else (a
// name, a type, a value or a request line set in code) without its backticks: marking the
// whole text as code says nothing that extraction needs, and names must match those of the
// samples. Both the HTML and the Markdown reader keep code spans in backticks.
func WholeCode(cell string) string {
	if spans := CodeSpans(cell); len(spans) == 1 && strings.HasPrefix(cell, "`") && strings.HasSuffix(cell, "`") &&
		strings.Trim(cell, "` ") == strings.TrimSpace(spans[0]) && !strings.Contains(cell, "\n") {
		return strings.TrimSpace(spans[0])
	}
	return cell
}

// LinkTargetEnd returns the index just past the ")" that closes a Markdown link target
// whose text starts at s[i] (right after its "("), or -1 when none does: targets may hold
// balanced parentheses ("/API Reference (IMS)/GetUser.md").
func LinkTargetEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
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
