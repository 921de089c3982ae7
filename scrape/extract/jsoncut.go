package extract

// closeCutJSON returns the longest prefix of a JSON text that the input cut off part way
// through, ending at a complete member or element, with the brackets still open closed;
// ok is false when the text is not cut off inside a value (nothing to repair). A cut page
// still shows the first part of its example, and that part holds the tree.
func closeCutJSON(s string) (closed string, ok bool) {
	var stack []byte         // open brackets
	var colon []bool         // per open bracket: an object member's value is expected
	safe, safeDepth := -1, 0 // end of the last complete value or opener, and the depth there
	var safeStack []byte
	mark := func(i int) {
		safe, safeDepth = i, len(stack)
		safeStack = append(safeStack[:0], stack...)
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',':
			i++
		case c == ':':
			if len(colon) > 0 {
				colon[len(colon)-1] = true
			}
			i++
		case c == '{' || c == '[':
			stack, colon = append(stack, c), append(colon, false)
			i++
			mark(i)
		case c == '}' || c == ']':
			if len(stack) == 0 {
				return "", false
			}
			stack, colon = stack[:len(stack)-1], colon[:len(colon)-1]
			i++
			if len(stack) == 0 {
				return "", false // the value is complete: not cut off
			}
			colon[len(colon)-1] = false
			mark(i)
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				i = len(s) // cut inside a string
				continue
			}
			i = j + 1
			if len(stack) > 0 && (stack[len(stack)-1] == '[' || colon[len(colon)-1]) {
				colon[len(colon)-1] = false
				mark(i)
			}
		default: // number or literal
			j := i
			for j < len(s) && !isJSONDelim(s[j]) {
				j++
			}
			if j >= len(s) {
				i = len(s) // cut inside a number: its digits may be missing
				continue
			}
			i = j
			if len(stack) > 0 {
				colon[len(colon)-1] = false
				mark(i)
			}
		}
	}
	if len(stack) == 0 || safe < 0 || safeDepth == 0 {
		return "", false
	}
	out := []byte(s[:safe])
	for k := len(safeStack) - 1; k >= 0; k-- {
		if safeStack[k] == '{' {
			out = append(out, '}')
		} else {
			out = append(out, ']')
		}
	}
	return string(out), true
}

func isJSONDelim(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':'
}
