package page

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
