package textpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// splitWords is the dictionary used to split header lines whose cells run together
// ("ParameterTypeRequiredDescriptionExample") or are separated by single spaces: every
// column word of the lexicon (page.ColumnWords) except splitExclude, so a word added to the
// lexicon is found here too.
var splitWords = buildSplitWords(page.ColumnWords())

// splitExclude are lexicon column words header splitting does not use. "in", "code",
// "date" and "message" are common prose words: with them, ordinary lines would split into
// headers. The other three were never in the reader's dictionary; adding them would change
// which lines read as headers, so that is left for a change with its own golden updates.
var splitExclude = map[string]bool{
	"in": true, "code": true, "date": true, "message": true,
	"required?": true, "status code": true, "是否必需": true,
}

// splitChars are the bytes of the split dictionary (ASCII letters in both cases) and the
// separators: a line with any other byte cannot be split.
var splitChars = func() *byteSet {
	var b strings.Builder
	b.WriteString(" \t")
	for _, ws := range splitWords {
		for _, w := range ws {
			b.WriteString(w)
			b.WriteString(strings.ToUpper(w))
		}
	}
	return newByteSet(b.String())
}()

// splitLast indexes the split dictionary by last byte.
var splitLast = func() (idx [256][]string) {
	for _, ws := range splitWords {
		for _, w := range ws {
			idx[w[len(w)-1]] = append(idx[w[len(w)-1]], w)
		}
	}
	return idx
}()

// endsWithWord reports whether s, without trailing separators, ends with a dictionary word:
// a cheap necessary condition for headerSplit.
func endsWithWord(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, w := range splitLast[c] {
		if len(w) <= len(s) && wordAt(s, len(s)-len(w), w) {
			return true
		}
	}
	return false
}

// buildSplitWords indexes the dictionary by first byte, longest words first.
func buildSplitWords(words []string) [256][]string {
	var idx [256][]string
	for _, w := range words {
		if splitExclude[w] || page.ClassifyColumn(w) == page.ColOther {
			continue
		}
		idx[w[0]] = append(idx[w[0]], w)
	}
	for b := range idx {
		ws := idx[b]
		for i := 1; i < len(ws); i++ {
			for j := i; j > 0 && len(ws[j]) > len(ws[j-1]); j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
	}
	return idx
}

// maxHeaderLine is the longest line read as a header.
const maxHeaderLine = 240

// wordAt reports whether the lower-case dictionary word w occurs in s at p, ignoring ASCII
// case (the dictionary's other characters have no case that matters here).
func wordAt(s string, p int, w string) bool {
	if len(s)-p < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[p+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// splitHeader splits s into column words covering all of it, allowing white space (or none)
// between words. glued reports whether two words touched. ok is false when s is not made of
// column words only.
func splitHeader(s string) (cells []string, glued bool, ok bool) {
	if !headerCandidate(s) {
		return nil, false, false
	}
	var choice [maxHeaderLine + 1]int32
	words, ok := headerSplit(s, &choice)
	if !ok {
		return nil, false, false
	}
	cells = make([]string, 0, words)
	n := len(s)
	for p := 0; p < n; {
		if s[p] == ' ' || s[p] == '\t' {
			p++
			continue
		}
		e := p + int(choice[p])
		cells = append(cells, s[p:e])
		if e < n && s[e] != ' ' && s[e] != '\t' {
			glued = true
		}
		p = e
	}
	return cells, glued, true
}

// headerWords is the number of column words splitHeader finds in s; ok as for splitHeader.
func headerWords(s string) (int, bool) {
	if !headerCandidate(s) {
		return 0, false
	}
	var choice [maxHeaderLine + 1]int32
	return headerSplit(s, &choice)
}

// headerCandidate runs headerSplit's cheap tests: a dictionary word at the start and at the
// end, and no byte the dictionary does not have.
func headerCandidate(s string) bool {
	if s == "" || len(s) > maxHeaderLine {
		return false
	}
	c0 := s[0]
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	prefix := false
	for _, w := range splitWords[c0] {
		if wordAt(s, 0, w) {
			prefix = true
			break
		}
	}
	return prefix && splitChars.only(s) && endsWithWord(s)
}

// headerSplit finds the split of s into the fewest column words: choice[p] is the length of
// the word starting at p (0 at a separator). It returns the number of words. Callers test
// headerCandidate(s) first.
func headerSplit(s string, choice *[maxHeaderLine + 1]int32) (int, bool) {
	n := len(s)
	const inf = 1 << 30
	// best[p] is the fewest words covering s[p:].
	var best [maxHeaderLine + 1]int32
	best[n] = 0
	for p := n - 1; p >= 0; p-- {
		best[p] = inf
		c := s[p]
		if c == ' ' || c == '\t' {
			if p > 0 { // separators only between words
				best[p] = best[p+1]
				choice[p] = 0
			}
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, w := range splitWords[c] {
			e := p + len(w)
			if e <= n && best[e] < inf && best[e]+1 < best[p] && wordAt(s, p, w) {
				best[p] = best[e] + 1
				choice[p] = int32(len(w))
			}
		}
	}
	if best[0] >= inf {
		return 0, false
	}
	return int(best[0]), true
}

// isType is page.IsType for lines up to 40 bytes that start with the first two letters of
// a type word of the lexicon (the "array of X", "array<X>" and "map<...>" forms start like
// "array" and "map"; "set<X>" is in the filter too) or with the "*" or "[" of a Go type ("*string", "[]*CreateUserRequestTag",
// which page.CanonicalType reads). Most lines are not types; two quick filters run first.
func isType(s string) bool {
	if len(s) < typeFilter.minLen || len(s) > maxGoType {
		return false
	}
	if s[0] == '*' || s[0] == '[' {
		return page.IsType(s) || page.IsStructPointer(s)
	}
	if len(s) > 40 {
		return false
	}
	if !typeFilter.has(s[0], s[1]) {
		return false
	}
	// Parameter names share two letters with type words ("InstanceId", "Status") but
	// rarely three. The third byte is not checked when it may lower-case to an ASCII letter
	// (non-ASCII, as the Kelvin sign does) or when the line has a space ("String to string
	// map" may start with any word).
	if c := s[2]; c < utf8.RuneSelf && !typeFilter.has3(s[0], s[1], c) && strings.IndexByte(s, ' ') < 0 {
		return false
	}
	return page.IsType(s)
}

// maxGoType bounds a Go type in a Type cell; the SDK's struct names run long
// ("[]*CreateAutoProvisioningGroupRequestLaunchConfigurationDataDisk", and 178 bytes for
// ECS DescribeResourcesModification's nested conditions). Type words are at most 40 bytes.
const maxGoType = 256

// maxGluedRow bounds a glued row that splitGlued takes apart whole: a name (validName's
// 128 bytes), a type and a Required word; longer lines are read by gluedRest, as rows
// followed by more text.
const maxGluedRow = 128 + maxGoType + 16

// typeEnds holds the lower-cased last bytes of the type words, '>' ("array<...>") and ']'
// ("object []").
var typeEnds = func() (set [256]bool) {
	for _, w := range page.TypeWords() {
		c := w[len(w)-1]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		set[c] = true
	}
	set['>'] = true
	set[']'] = true
	set[')'] = true // "integer(int64)", "Array(String)"
	set['}'] = true // Go's "interface{}"
	return set
}()

// mayEndInType is a cheap pre-check for typeSuffix: false only when no suffix of s can be
// a type. A suffix of an ASCII s without white space is a type only when, lower-cased, it
// is a type word or a bracketed form ("array<...>", "map<...>", "array(string)"; the other
// forms have spaces, and trimming changes nothing), so it ends in a byte of typeEnds; or a
// Go type naming a struct, which has a "*" or "[" ("[]*ListThingsResponseBodyData",
// "[]Tag_"). Other texts are not judged.
func mayEndInType(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexAny(s, "*[") >= 0 {
		return true
	}
	c := s[len(s)-1]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if typeEnds[c] {
		return true
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= utf8.RuneSelf || isASCIISpace(b) {
			return true
		}
	}
	return false
}

// typeFilter holds the case-folded first two bytes of every type word, and the shortest
// type word's length.
var typeFilter = buildTypeFilter(append(page.TypeWords(), "set<")) // "Set<String>" (page.CanonicalType)

type twoBytes struct {
	bits [65536 / 64]uint64
	// third[a][b] has bit c-'a' set when a type word starts with the letters a, b, c,
	// and bit 31 when one starts with a, b and a byte that is not a letter.
	third  [26][26]uint32
	minLen int
}

func buildTypeFilter(words []string) *twoBytes {
	f := &twoBytes{minLen: 1 << 30}
	for _, w := range words {
		if len(w) < 2 {
			continue // would defeat the filter; the lexicon has none
		}
		k := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
		f.bits[k/64] |= 1 << (k % 64)
		f.minLen = min(f.minLen, len(w))
		if len(w) >= 3 && isLower(w[0]|0x20) && isLower(w[1]|0x20) {
			bit := uint32(1) << 31
			if c := w[2] | 0x20; isLower(c) {
				bit = 1 << (c - 'a')
			}
			f.third[w[0]|0x20-'a'][w[1]|0x20-'a'] |= bit
		}
	}
	return f
}

// has3 reports whether a word starts with a, b, c (ASCII case folded).
func (f *twoBytes) has3(a, b, c byte) bool {
	a, b, c = a|0x20, b|0x20, c|0x20
	if !isLower(a) || !isLower(b) {
		return true // not indexed: let page.IsType decide
	}
	bit := uint32(1) << 31
	if isLower(c) {
		bit = 1 << (c - 'a')
	}
	return f.third[a-'a'][b-'a']&bit != 0
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// has reports whether a word starts with a, b (ASCII case folded).
func (f *twoBytes) has(a, b byte) bool {
	k := uint16(a|0x20)<<8 | uint16(b|0x20)
	return f.bits[k/64]&(1<<(k%64)) != 0
}

// containerType reports whether a type holds children (object, array, map, struct, list).
func containerType(t string) bool {
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "object") || strings.HasPrefix(t, "array") || strings.HasPrefix(t, "map") ||
		strings.HasPrefix(t, "struct") || strings.HasPrefix(t, "list") || strings.HasPrefix(t, "json")
}

// validName reports whether s can be a parameter name: ASCII identifier characters, dots
// for flattened names (Tag.N.Key), dashes for headers, starting with a letter, _ or $.
func validName(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	c := s[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$' || c == '@') {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '$' || c == '[' || c == ']') {
			return false
		}
	}
	return s[len(s)-1] != '.' && s[len(s)-1] != '-'
}

// looksLikeValue tells an example value ("rmq-cn-7e22ody****", "alice@example.com") from a
// parameter name.
func looksLikeValue(s string) bool {
	if valueChars.in(s) || s == "true" || s == "false" {
		return true
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	return digits >= 4
}

var valueChars = newByteSet("*@/=+,:")

// badges are markers the site glues to a deprecated parameter's name.
var badges = []string{"deprecated", "Deprecated", "已废弃", "已弃用", "废弃", "tidak digunakan lagi"}

// cutBadge removes a deprecated badge glued to a name ("operatordeprecated"). The site
// writes the English badge in lower case; "Deprecated" with a capital right after a name
// is a hump of the name ("IncludeDeprecated"), a badge only when a space sets it apart.
func cutBadge(name string) (string, bool) {
	for _, b := range badges {
		if strings.HasSuffix(name, b) && len(name) > len(b) {
			if b == "Deprecated" && name[len(name)-len(b)-1] != ' ' {
				continue
			}
			rest := strings.TrimSpace(name[:len(name)-len(b)])
			if validName(rest) {
				return rest, true
			}
		}
	}
	return name, false
}

// badgeInitials are the first bytes a badge can start with in any case: the first bytes of
// every rune that case-folds to a badge's first rune.
var badgeInitials = func() *byteSet {
	var b strings.Builder
	for _, w := range badges {
		r0, _ := utf8.DecodeRuneInString(w)
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			b.WriteRune(r)
			if r == r0 {
				break
			}
		}
	}
	s := b.String()
	var set byteSet
	for _, r := range s {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	return &set
}()

// isBadge reports whether a whole line is a deprecated badge.
func isBadge(t string) bool {
	if t == "" || !badgeInitials[t[0]] {
		return false
	}
	for _, b := range badges {
		if strings.EqualFold(t, b) {
			return true
		}
	}
	return false
}

// isLocation reports whether t is a Position cell of the lexicon ("Query", "路径").
func isLocation(t string) bool {
	_, ok := page.ParseLocation(t)
	return ok
}
