package client

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// goName turns a documented name (a parameter, an operation, an enum value) into an
// exported Go identifier. Only ASCII letters and digits survive; every other rune (space,
// dash, dot, quote, backtick, non-ASCII letter) separates words, and each word starts
// upper case ("instance-id" → "InstanceId", "Tag.N.Key" → "TagNKey"). A name that would
// start with a digit gets the prefix "N"; a name with nothing left is fallback. The result
// is never a keyword (exported names cannot be) and always a valid identifier.
func goName(s, fallback string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if upper {
				r = unicode.ToUpper(r)
				upper = false
			}
			b.WriteRune(r)
		default:
			upper = true
		}
	}
	out := b.String()
	if out == "" {
		return fallback
	}
	if out[0] >= '0' && out[0] <= '9' {
		out = "N" + out
	}
	if !token.IsIdentifier(out) || !token.IsExported(out) {
		return fallback
	}
	return out
}

// lowerFirst makes an unexported identifier from an exported one.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	out := strings.ToLower(s[:1]) + s[1:]
	if token.IsKeyword(out) {
		out += "_"
	}
	return out
}

// scope hands out unique identifiers within one namespace (the package, or one struct's
// fields). Uniqueness is by case-folded name, so two documented names that differ only in
// case ("userId", "UserId") never produce identifiers a reader would confuse; the second
// gets a numeric suffix. Reserved names are taken from the start.
type scope struct {
	used map[string]bool
}

func newScope(reserved ...string) *scope {
	s := &scope{used: map[string]bool{}}
	for _, r := range reserved {
		s.used[strings.ToLower(r)] = true
	}
	return s
}

// take returns name, or name2, name3, ... whichever is free first, and marks it used.
func (s *scope) take(name string) string {
	cand := name
	for i := 2; s.used[strings.ToLower(cand)]; i++ {
		cand = name + strconv.Itoa(i)
	}
	s.used[strings.ToLower(cand)] = true
	return cand
}

// singular makes an array item's type name from the array's ("Users" → "User",
// "Policies" → "Policy"); names that do not look plural get "Item".
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 3:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "xes"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") && !strings.HasSuffix(s, "is") && len(s) > 1:
		return s[:len(s)-1]
	case strings.HasSuffix(s, "List") && len(s) > 4:
		return s[:len(s)-4]
	}
	return s + "Item"
}

// tagSafe reports whether a wire name can be written into a struct tag and understood by
// encoding/json as a key (its isValidTag rules, minus the characters that would end a
// tag).
func tagSafe(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case c == '"' || c == '\\' || c == ',' || c == '`':
			return false
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
