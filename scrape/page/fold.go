package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexicon is asked about most lines of every page, so its lookups must not allocate:
// they lower-case into a caller's stack buffer and index the maps with string(buf), which
// the compiler does without a copy. The result is byte for byte what NormalizeHeading and
// strings.ToLower produce (unicode.ToLower per rune, invalid UTF-8 as U+FFFD); the lexicon
// tests check this against the plain definitions.

// keyBuf is large enough for every lexicon key; a longer normalised text is not a key.
type keyBuf [64]byte

// appendLower appends s lower-cased as strings.ToLower does. It stops and reports false as
// soon as the output would exceed max bytes.
func appendLower(dst []byte, s string, max int) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if len(dst) >= max {
				return dst, false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if len(dst)+utf8.UTFMax > max {
			return dst, false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst, true
}

// normalizeKey writes NormalizeHeading(s) into buf and returns it; ok is false when the
// result would not fit, in which case it is no lexicon key.
func normalizeKey(buf *keyBuf, s string) ([]byte, bool) {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "#"))
	s = trimColons(s)
	out := buf[:0]
	// strings.Fields then strings.Join(" "): runs of unicode.IsSpace become one space.
	for i := 0; i < len(s); {
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] == 0 {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] != 0 {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if len(out) > 0 {
			if len(out) >= len(buf) {
				return out, false
			}
			out = append(out, ' ')
		}
		var ok bool
		if out, ok = appendLower(out, s[i:j], len(buf)); !ok {
			return out, false
		}
		i = j
	}
	return out, true
}

// trimColons is strings.TrimRight(s, ":：") without the generic cut-set path (the
// full-width colon makes the cut set non-ASCII, which is slow).
func trimColons(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, ":"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "："):
			s = s[:len(s)-len("：")]
		default:
			return s
		}
	}
}

// lowerTrimmed writes strings.ToLower(strings.TrimSpace(s)) into buf; ok is false when it
// does not fit.
func lowerTrimmed(buf *keyBuf, s string) ([]byte, bool) {
	return appendLower(buf[:0], strings.TrimSpace(s), len(buf))
}

// asciiSpace is unicode.IsSpace for ASCII, as strings.Fields uses it.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// initials is the set of first bytes of a map's keys. Most text a reader asks about is no
// key, and the first byte of its normalised form rules it out before the normalising.
type initials [256]bool

func initialsOf[V any](m map[string]V) *initials {
	var in initials
	for k := range m {
		if k != "" {
			in[k[0]] = true
		}
	}
	return &in
}

var (
	headingInitials  = initialsOf(headingWords)
	columnInitials   = initialsOf(columnWords)
	requiredInitials = initialsOf(requiredWords)
)

// mayStart reports whether NormalizeHeading(s) may start with one of the initials: it
// looks at the first byte after the white space and '#' NormalizeHeading drops, lower-cased
// when ASCII. Text starting with a non-ASCII byte always may (lower-casing can change it).
func (in *initials) mayStart(s string) bool { return in.mayStartPast(s, '#') }

// mayStartTrimmed is mayStart for strings.ToLower(strings.TrimSpace(s)): only white space
// is skipped.
func (in *initials) mayStartTrimmed(s string) bool { return in.mayStartPast(s, ' ') }

// mayStartPast is mayStart past leading white space and bytes skip (a space skips only
// white space).
func (in *initials) mayStartPast(s string, skip byte) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == skip || asciiSpace[c] != 0:
			continue
		case c >= utf8.RuneSelf:
			return true
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		return in[c]
	}
	return true // empty after trimming: let the lookup decide
}
