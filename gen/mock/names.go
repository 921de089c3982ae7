package mock

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// goName turns a documented name into an exported Go identifier: ASCII letters and digits
// survive, anything else separates words that start upper case ("instance-id" →
// "InstanceId"); a leading digit gets "N"; nothing left gives fallback.
func goName(s, fallback string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if upper {
				r = unicode.ToUpper(r)
				upper = false
			}
			b.WriteRune(r)
			continue
		}
		upper = true
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

// scope hands out identifiers unique by case-folded name within one namespace.
type scope struct{ used map[string]bool }

func newScope(reserved ...string) *scope {
	s := &scope{used: map[string]bool{}}
	for _, r := range reserved {
		s.used[strings.ToLower(r)] = true
	}
	return s
}

func (s *scope) take(name string) string {
	cand := name
	for i := 2; s.used[strings.ToLower(cand)]; i++ {
		cand = name + strconv.Itoa(i)
	}
	s.used[strings.ToLower(cand)] = true
	return cand
}

// tagSafe reports whether a wire name can be a json struct tag key that encoding/json
// accepts (its isValidTag rules) and that cannot end the tag early.
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

// comment makes documentation text safe and short for a Go comment: one line, no
// comment terminators.
func comment(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "*/", "* /")
	if len(s) > 200 {
		cut := 200
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
