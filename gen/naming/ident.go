package naming

import (
	"go/token"
	"strings"
	"unicode"
)

// Fallbacks for names with nothing usable left (all non-ASCII, all punctuation).
const (
	fallbackOperation = "Operation"
	fallbackParam     = "Param"
	fallbackField     = "Field"
	fallbackValue     = "Value"
)

// GoName turns a documented name (a parameter, an operation, an enum value) into an
// exported Go identifier. Only ASCII letters and digits survive; every other rune (space,
// dash, dot, quote, backtick, non-ASCII letter) separates words, and each word starts
// upper case ("instance-id" → "InstanceId", "Tag.N.Key" → "TagNKey"). A name that would
// start with a digit gets the prefix "N"; a name with nothing left is fallback. The result
// is never a keyword (exported names cannot be) and always a valid identifier.
func GoName(s, fallback string) string {
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

// Package is the default Go package name of a product version's client: the lower-case
// ASCII letters and digits of product and version ("eiam-developerapi", "2022-02-25" →
// "eiamdeveloperapi20220225"); "api" goes in front of a name that would be empty or
// start with a digit.
func Package(product, version string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(product + version) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		name = "api" + name
	}
	return name
}

// Method is the base Go name of an operation's method (before numbering on clashes).
func Method(op string) string { return GoName(op, fallbackOperation) }

// ParamField is the base Go field name of a request parameter.
func ParamField(param string) string { return GoName(param, fallbackParam) }

// PropertyField is the base Go field name of an object property.
func PropertyField(prop string) string { return GoName(prop, fallbackField) }

// EnumConst is the suffix of an enum value's constant, appended to the enum type's name
// ("ENABLE" → "Enable" in StatusEnable). A value starting with a digit loses GoName's "N"
// prefix, since the type name already starts the identifier ("1" → StatusCode1).
func EnumConst(value string) string {
	c := GoName(value, fallbackValue)
	if strings.HasPrefix(c, "N") && value != "" && value[0] >= '0' && value[0] <= '9' {
		c = c[1:]
	}
	return c
}

// Singular makes an array item's type name from the array's ("Users" → "User",
// "Policies" → "Policy"); names that do not look plural get "Item".
func Singular(s string) string {
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

// TagSafe reports whether a wire name can be written into a struct tag and understood by
// encoding/json as a key (its isValidTag rules, minus the characters that would end a
// tag).
func TagSafe(s string) bool {
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
