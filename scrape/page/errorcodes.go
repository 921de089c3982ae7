package page

import "strings"

// IsHTTPStatus reports whether t is an HTTP status code (100 to 599), as an error-code
// table's status cell holds.
func IsHTTPStatus(t string) bool {
	return len(t) == 3 && t[0] >= '1' && t[0] <= '5' && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' && t[2] <= '9'
}

// IsErrorCode reports whether w reads as an error code: a letter, then letters, digits and
// the separators codes use ("InvalidParameter", "Forbidden.RAM", "Throttling_User").
func IsErrorCode(w string) bool {
	if len(w) < 2 || !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !ErrorCodeByte(w[k]) {
			return false
		}
	}
	return true
}

// ErrorCodeByte reports whether c may be part of an error code.
func ErrorCodeByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == ':'
}

// SplitErrorCode splits the error code off the start of a glued row's text after the
// status ("NotApplicableThis API is ...", "MissingParameter Xxxx ...", "Forbidden参数"):
// the run of code characters is the code, unless the word after it is an English word that
// does not start a sentence while the run ends in a capitalised word ("This", "Some"): that
// word is the message's first, glued to the code by the copy (a message in another
// language, "InvalidParameter 参数无效", starts after the code). It returns "" when t does not start
// with a code.
func SplitErrorCode(t string) (code, rest string) {
	end := 0
	for end < len(t) && ErrorCodeByte(t[end]) {
		end++
	}
	run := strings.TrimRight(t[:end], ".-")
	if !IsErrorCode(run) {
		return "", t
	}
	rest = t[len(run):]
	next := ""
	if f := strings.Fields(rest); len(f) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
		next = f[0]
	}
	if rest == "" || rest[0] >= 0x80 || next != "" && next[0] >= 0x80 || StartsSentence(next) {
		return run, strings.TrimSpace(rest)
	}
	for k := len(run) - 2; k > 0; k-- {
		if run[k] >= 'A' && run[k] <= 'Z' {
			if StartsSentence(run[k:]) && IsErrorCode(run[:k]) {
				return run[:k], run[k:] + rest
			}
			break
		}
	}
	return run, strings.TrimSpace(rest)
}

// StartsSentence reports whether a word is capitalised like the first word of a sentence.
func StartsSentence(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
