package page

// IsOperationName reports whether s is shaped as an API operation name: an identifier
// (^[A-Za-z][A-Za-z0-9_]*$) with a NameHump, verb and noun run together ("RunInstances",
// "createInstance"). Overview tables and lists are read by this one rule, in the text
// reader and in extraction.
func IsOperationName(s string) bool { return IsIdent(s) && NameHump(s) }

// CamelHump reports whether s has a lower-case letter followed by an upper-case one, as
// camel-case names have ("InstanceId", "userId") and words of prose and headings do not.
func CamelHump(s string) bool { return hump(s, false) }

// NameHump is CamelHump where a digit before the upper-case letter counts too
// ("Ipv6Address").
func NameHump(s string) bool { return hump(s, true) }

func hump(s string, digits bool) bool {
	for i := 1; i < len(s); i++ {
		c := s[i-1]
		if s[i] >= 'A' && s[i] <= 'Z' && (c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
			return true
		}
	}
	return false
}

// IsIdent is ^[A-Za-z][A-Za-z0-9_]*$.
func IsIdent(s string) bool {
	if s == "" || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
