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
	// a row-number column: the text readers read no row's number ("No." is a Required cell
	// too, and "#" opens a Markdown heading)
	"no.": true, "#": true, "序号": true, "序號": true,
	"required?": true, "status code": true, "是否必需": true,
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

// longestSplitWord is the length in bytes of the longest word of splitWords.
var longestSplitWord = func() int {
	n := 0
	for _, ws := range splitWords {
		for _, w := range ws {
			n = max(n, len(w))
		}
	}
	return n
}()

// splitFrom[b][m] is the index in splitWords[b] of the first word of m bytes or fewer (the
// words go longest first): headerSplit compares with s[p:] only the words that fit in it.
var splitFrom = func() (idx [256][]uint16) {
	for b, ws := range splitWords {
		idx[b] = make([]uint16, longestSplitWord+1)
		for m := range idx[b] {
			i := 0
			for i < len(ws) && len(ws[i]) > m {
				i++
			}
			idx[b][m] = uint16(i)
		}
	}
	return idx
}()

// headerEnds holds the last bytes of splitWords' words, in every case their last letter
// takes (wordAt: strings.EqualFold), and of the separators (headerSep): a header line ends
// in one, and most lines that are none (a sentence's ".", a JSON line's ",") are told so
// before headerSplit sets up its tables.
var headerEnds = func() (set [256]bool) {
	var buf [utf8.UTFMax]byte
	for _, ws := range splitWords {
		for _, w := range ws {
			last, _ := utf8.DecodeLastRuneInString(w)
			for r := last; ; {
				set[buf[utf8.EncodeRune(buf[:], r)-1]] = true
				if r = unicode.SimpleFold(r); r == last {
					break
				}
			}
		}
	}
	for _, sep := range []string{" ", "\t", ":", "："} {
		set[sep[len(sep)-1]] = true
	}
	return set
}()

// maxHeaderLine is the longest line read as a header.
const maxHeaderLine = 240

// wordAt reports whether the lower-case dictionary word w occurs in s at p, in any case.
func wordAt(s string, p int, w string) bool {
	return len(s)-p >= len(w) && strings.EqualFold(s[p:p+len(w)], w)
}

// splitHeader splits s into column words covering all of it, allowing white space (or none)
// between words. glued reports whether two words touched. ok is false when s is not made of
// column words only. Of the splits, it takes one that names a parameter column where there
// is one (headerSplit).
func splitHeader(s string) (cells []string, glued bool, ok bool) {
	cells, glued, _, ok = splitHeaderFewest(s)
	return cells, glued, ok
}

// splitHeaderFewest is splitHeader that also returns the number of words in the split of s
// into the fewest (headerWords), which the same tables tell.
func splitHeaderFewest(s string) (cells []string, glued bool, fewest int, ok bool) {
	var choice [maxHeaderLine + 1]uint8
	words, fewest, ok := headerSplit(s, &choice, true)
	if !ok {
		return nil, false, 0, false
	}
	cells = make([]string, 0, words)
	n := len(s)
	for p := 0; p < n; {
		if k := headerSep(s, p); k > 0 {
			p += k
			continue
		}
		e := p + int(choice[p])
		cells = append(cells, s[p:e])
		if e < n && headerSep(s, e) == 0 {
			glued = true
		}
		p = e
	}
	return cells, glued, fewest, true
}

// headerSep is the length of the separator at s[p] in a header line, 0 where none is: a
// space (an ideographic one, of Japanese and Chinese text, is one since page.PlainSpaces),
// a tab, or the colon a column word may end with as a label does ("例:", "例：" in a
// Japanese spaced header, vpc AllocateEipAddressPro-spaced-ja) where a separator or the
// line's end follows.
func headerSep(s string, p int) int {
	switch c := s[p]; {
	case c == ' ' || c == '\t':
		return 1
	case c != ':' && c != 0xef: // the first bytes of ":" and "："
		return 0
	}
	for _, colon := range []string{":", "："} {
		if e := p + len(colon); p > 0 && strings.HasPrefix(s[p:], colon) && (e == len(s) || headerSep(s, e) > 0) {
			return len(colon)
		}
	}
	return 0
}

// headerWords is the number of column words in the split of s into the fewest; ok as for
// splitHeader.
func headerWords(s string) (int, bool) {
	var choice [maxHeaderLine + 1]uint8
	_, fewest, ok := headerSplit(s, &choice, false)
	return fewest, ok
}

// splitKinds are, in the order of splitWords, the columns each word names that a parameter
// table's header must have: nameCol, typeCol, both or neither.
var splitKinds = func() (idx [256][]uint8) {
	for b, ws := range splitWords {
		for _, w := range ws {
			k := uint8(0)
			switch page.ClassifyColumn(w) {
			case page.ColName:
				k = nameCol
			case page.ColType:
				k = typeCol
			}
			idx[b] = append(idx[b], k)
		}
	}
	return idx
}()

// nameCol and typeCol are the bits of splitKinds; paramHeader is both.
const (
	nameCol uint8 = 1 << iota
	typeCol
	paramHeader = nameCol | typeCol
)

// headerSplit finds the split of s into the fewest column words, longer words first where
// splits tie: choice[p] is the length of the word starting at p on the split's path (0 at a
// separator). With params, it takes the fewest words among the splits of three words or
// more that name a parameter and a type column where there is one: a phrase of the lexicon
// may be two column words side by side ("Parameter type" is a Type column, and "Parameter
// Type Required" a Name, a Type and a Required column; "参数类型" a Type column, and
// "参数类型是否必选" 参数, 类型 and 是否必选), and a parameter table's header names both. It
// returns the number of words; ok is false when s is empty, longer than maxHeaderLine or not
// made of column words only. fewest is the number of words of the split into the fewest.
func headerSplit(s string, choice *[maxHeaderLine + 1]uint8, params bool) (words, fewest int, ok bool) {
	n := len(s)
	if n == 0 || n > maxHeaderLine || !headerEnds[s[n-1]] {
		return 0, 0, false
	}
	// best[p][h] is the fewest words covering s[p:] in a split naming the columns h (bits of
	// splitKinds); pick[p][h] is the length of its word at p, via[p][h] the columns of the
	// split it continues with. Bytes, a position's four side by side: the tables are
	// zeroed on every call (3 KB; they were 12 KB of int32 before), and a position is set
	// to none or tested for any split in one step.
	const inf = 1<<8 - 1 // no split; a count of words is at most maxHeaderLine, a word's length longestSplitWord
	none := [4]uint8{inf, inf, inf, inf}
	var best, pick, via [maxHeaderLine + 1][4]uint8
	best[n] = [4]uint8{0, inf, inf, inf}
	next := n // the first position after p where a split of the rest starts
	for p := n - 1; p >= 0; p-- {
		if next-p > longestSplitWord {
			// no word from p on reaches next, so neither p nor any position before it
			// starts a split: the line is no header
			return 0, 0, false
		}
		best[p] = none
		c := s[p]
		if k := headerSep(s, p); k > 0 {
			if p > 0 { // separators only between words
				best[p], pick[p], via[p] = best[p+k], [4]uint8{}, [4]uint8{0, 1, 2, 3}
			}
		} else {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			for i := int(splitFrom[c][min(n-p, longestSplitWord)]); i < len(splitWords[c]); i++ {
				w := splitWords[c][i]
				e := p + len(w)
				if e < next {
					break // this word and the shorter ones after it end before any split of the rest starts
				}
				// a word ending at e is compared with s only where a split of s[e:] exists
				if best[e] == none || !wordAt(s, p, w) {
					continue
				}
				for he := range best[e] {
					h := he | int(splitKinds[c][i])
					if best[e][he] < inf && best[e][he]+1 < best[p][h] {
						best[p][h], pick[p][h], via[p][h] = best[e][he]+1, uint8(len(w)), uint8(he)
					}
				}
			}
		}
		if best[p] != none {
			next = p
		}
	}
	h := -1 // the columns of the split into the fewest words
	for k := range best[0] {
		if best[0][k] < inf && (h < 0 || best[0][k] < best[0][h]) {
			h = k
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	fewest = int(best[0][h])
	if params && best[0][paramHeader] >= 3 && best[0][paramHeader] < inf {
		h = int(paramHeader)
	}
	words = int(best[0][h])
	for p := 0; p < n; {
		if k := headerSep(s, p); k > 0 && p > 0 {
			p += k
			continue
		}
		choice[p] = pick[p][h]
		p, h = p+int(pick[p][h]), int(via[p][h])
	}
	return words, fewest, true
}

// isType is page.IsType for lines that may hold a type (mayBeType). gluedRest asks it of
// every split of a glued row, thousands per line: the shape keeps most of them from the
// lexicon, which keeps BenchmarkScrape inside issue 11's bound.
func isType(s string) bool { return mayBeType(s) && page.IsType(s) }

// gluedType is isType for a type split off a glued row (page.IsGluedType): another
// language's word ("Short", "Hash") ends a name there only when required, as a Required
// word glued after it makes it.
func gluedType(s string, required bool) bool { return mayBeType(s) && page.IsGluedType(s, required) }

// mayBeType reports whether s is shaped as a type may be: text that starts like a type
// word (typeWordStart) and ends like one (mayEndAsType), or a form that need not: a Go type
// ("*string", "[]*CreateUserRequestTag", which page.CanonicalType reads), a list of a
// struct ("Tag[]", "KeyVersion的数组", anything with "[]" or outside ASCII), or text whose
// start the lexicon trims or reads past (white space, a Markdown escape or code span:
// " string", "`Tag[]`"). It never says no to a type the lexicon reads, up to maxGoType
// bytes (the longest SDK struct name is 178): TestMayBeType.
func mayBeType(s string) bool {
	switch {
	case len(s) < 2 || len(s) > maxGoType:
		return false
	case typeWordStart(s):
		return mayEndAsType(s)
	}
	return s[0] == '*' || s[0] == '[' || byteClass[s[0]]&space != 0 || strings.Contains(s, "[]") || !page.IsASCII(s) ||
		strings.ContainsAny(s, "\\`")
}

// typeWordStart reports whether s starts with the first two letters of a type word of the
// lexicon, as every type word does and every form built on one (the "array of X",
// "array<X>" and "map<...>" forms start like "array" and "map", "Set<X>" like "set<"); a
// list named by a suffix does not ("KeyVersion的数组"), and is never split off a glued word.
func typeWordStart(s string) bool {
	return len(s) >= 2 && typeInitials[s[0]][s[1]]
}

// typeInitials are the first two bytes of the lexicon's type words (lower case), in every
// ASCII case ("st", "St", "sT", "ST"), as a table of byte pairs: the lexicon's are folded
// once here rather than each text's on every call. A word outside ASCII ("字符串",
// "文字列") has no case: its pair is its first two bytes in UTF-8, which a few dozen
// characters share (the lexicon tells them apart), and lower-casing leaves it as it is.
var typeInitials = func() (set [256][256]bool) {
	for _, w := range append(page.TypeWords(), "set<") { // "Set<String>" (page.CanonicalType)
		for _, a := range []byte{w[0], upperASCII(w[0])} {
			for _, b := range []byte{w[1], upperASCII(w[1])} {
				set[a][b] = true
			}
		}
	}
	return set
}()

// upperASCII returns c in upper case when it is an ASCII letter, else c.
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
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
// "[]Tag_"); or holds a mark the lexicon reads past or rewrites at, as mayEndAsType
// names them: an OpenAPI format after "/" ("integer/int8", "string/password": any word
// may end it) or a Markdown escape or code span ("int64\\"). Other texts are not judged.
func mayEndInType(s string) bool {
	if s == "" {
		return false
	}
	if strings.IndexAny(s, "*[/\\`") >= 0 {
		return true
	}
	c := s[len(s)-1]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return typeEnds[c] || !plainASCII(s)
}

// mayEndAsType is a cheap pre-check for the lexicon (page.IsType, page.IsGluedType): false
// only when s is no type. ASCII text is read trimmed and lower-cased, runs of white space
// as one space, unless it holds a mark the lexicon reads past or rewrites at: a Go type's
// "*" or "[", an OpenAPI format after "/" ("integer/int64"; "string/password" is a
// string), a Markdown escape or code span ("\\", "`"), a note after a comma where the
// text before it may be a type ("string, max 64"; noteMayFollow), or ends in a bracket
// ("array<string>", "Array(String)", "interface{}"). Else it is a type word, or a form
// whose first or last word is one ("Array of Tag", "List of X", "String array", "String to
// string map"). Text with a character outside ASCII
// ("字符串", "String（字符串）") ends as the lexicon's words outside ASCII end
// (mayEndOutsideASCII). gluedRest and typeSuffix put every split of a glued row to it,
// dozens per name.
func mayEndAsType(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	first, last := len(s), 0 // where the first word ends and the last starts
	other := false           // a byte outside ASCII
	comma := -1              // the first comma
	for i := 0; i < len(s); i++ {
		switch c := byteClass[s[i]]; {
		case c&typeMark != 0:
			return true
		case c&nonASCII != 0:
			other = true
		case c&space != 0:
			first, last = min(first, i), i+1
		case s[i] == ',' && comma < 0:
			comma = i
		}
	}
	if comma >= 0 && noteMayFollow(s, comma) {
		return true
	}
	if other {
		return mayEndOutsideASCII(s)
	}
	if byteClass[s[len(s)-1]]&closing != 0 {
		return true
	}
	return typeWordFold(s[:first]) || typeWordFold(s[last:])
}

// noteMayFollow reports whether the comma at s[comma] may set a note off the type before it
// ("string, max 64", "[]*Tag, optional"), which the lexicon reads as that type: only when
// the text before it may be a type (mayEndAsType), or s has a bracket, in which the comma
// may stand ("map<string, string>") before the one that parts the note. A description's
// comma ("Returns the ID, if one exists") sends no glued split to the lexicon.
func noteMayFollow(s string, comma int) bool {
	return strings.ContainsAny(s, "<([{") || mayEndAsType(s[:comma])
}

// mayEndOutsideASCII is mayEndAsType for trimmed text with a character outside ASCII: the
// lexicon reads it as a type only where it ends as a type word in another script ends
// ("字符串", "String数组", "Array of 文字列") or in a full-width bracket ("Long（必填）"), holds
// a full-width comma it reads as a note's ("String，必填"), or ends in ASCII or a
// character that lower-cases to it (the Kelvin sign): those it judges no further.
func mayEndOutsideASCII(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return typeEndRunes[r] || unicode.ToLower(r) < utf8.RuneSelf || strings.Contains(s, "，")
}

// typeEndRunes are the last characters of the lexicon's type words outside ASCII, and the
// full-width closing bracket of a note.
var typeEndRunes = func() map[rune]bool {
	set := map[rune]bool{'）': true}
	for _, w := range page.TypeWords() {
		if r, _ := utf8.DecodeLastRuneInString(w); r >= utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// typeWordFold reports whether w is one of the lexicon's type words in any ASCII case.
func typeWordFold(w string) bool {
	var low [40]byte // a type word is at most 40 bytes
	if len(w) > len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return typeWordSet[string(low[:len(w)])]
}

// typeWordSet holds the lexicon's type words (page.TypeWords), lower case.
var typeWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range page.TypeWords() {
		m[w] = true
	}
	return m
}()

// byteClass sorts the bytes for the type pre-checks: nonASCII, every byte outside ASCII
// (text the lexicon trims, rewrites or reads in another script); space, ASCII white space;
// typeMark, the marks the lexicon reads past or rewrites at ("*", "[", "/", "\\", "`");
// closing, the brackets that end its bracketed forms.
var byteClass = func() (class [256]uint8) {
	for c := utf8.RuneSelf; c < len(class); c++ {
		class[c] |= nonASCII
	}
	for _, c := range []byte(" \t\n\v\f\r") {
		class[c] |= space
	}
	for _, c := range []byte("*[/\\`") {
		class[c] |= typeMark
	}
	for _, c := range []byte(")>]}") {
		class[c] |= closing
	}
	return class
}()

const (
	nonASCII uint8 = 1 << iota
	space
	typeMark
	closing
)

// plainASCII reports whether s is ASCII without white space: text the lexicon reads as it
// is, lower-cased, but for the marks the pre-checks name.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if byteClass[s[i]]&(nonASCII|space) != 0 {
			return false
		}
	}
	return true
}

// containerType reports whether a type holds children (object, array, map, struct, list),
// also as the Go types of SDK-style tables write them: a pointer to a struct
// ("*CreateNetworkInterfaceResponseBodyIpv4PrefixSets", page.IsStructPointer) or a slice
// ("[]*...Ipv4PrefixSet"), also with a note after it ("*...Result（类型）", page.ReadType).
// Such a row has no example: the line after its description is the next row's name, even
// one with digits ("Ipv4PrefixSet"), which read as its example.
func containerType(t string) bool {
	if page.IsStructPointer(t) || strings.HasPrefix(t, "[]") {
		return true
	}
	if ty, ok := page.ReadType(t); ok {
		switch ty.Word { // the words below in any script ("结构体", "陣列", "オブジェクト")
		case "object", "array", "map", "struct", "list", "json":
			return true
		}
	}
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "object") || strings.HasPrefix(t, "array") || strings.HasPrefix(t, "map") ||
		strings.HasPrefix(t, "struct") || strings.HasPrefix(t, "list") || strings.HasPrefix(t, "json")
}

// validName reports whether s can be a parameter name (page.IsParamName).
func validName(s string) bool { return page.IsParamName(s) }

// cellName reports whether s, a cell the layout sets apart (a pipe-rows name alone on its
// line, a numbered row's first word), can be a row's name: a parameter name, or one in
// round brackets ("(body)"), as pages name the row of a whole request or response body,
// which the layouts that delimit their cells (pipe, Markdown tables) read as any row and
// extraction keeps, warned as no identifier.
func cellName(s string) bool {
	inner, ok := strings.CutPrefix(s, "(")
	if inner, ok = strings.CutSuffix(inner, ")"); ok {
		s = inner
	}
	return validName(s)
}

// rowName reports whether s can be the name cell of a table's row: a parameter name, one
// in round brackets ("(body)", cellName), or "[]", the name some tables give a list's item
// row (page.ItemWord), which extraction reads as the list's items. Read as no name, such a
// row ran into the row above ("└[]" became its example, a spaced "[] string" ended the
// table, "(body) Map" was the description's).
func rowName(s string) bool { return cellName(s) || s == "[]" }

// translatedName reports whether s may be a parameter name the page translated into its
// language ("帯域幅", "説明", "パラメーター名" on the Japanese site): one word of at most 16
// letters, none of them Latin. Readers take it for a row's name only where a type word and a
// Required word follow it; extraction drops such a row by name, warned (it has no wire
// name), rather than the row's text running into the row above's description unsaid.
func translatedName(s string) bool {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 16
}

// looksLikeValue tells an example value ("rmq-cn-7e22ody****", "alice@example.com") from a
// parameter name.
func looksLikeValue(s string) bool {
	if strings.ContainsAny(s, valueChars) || s == "true" || s == "false" {
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

const valueChars = "*@/=+,:"

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

// isBadge reports whether a whole line is a deprecated badge.
func isBadge(t string) bool {
	return badgeWords.has(t)
}

// badgeWords are the badges, to tell a line that is one (isBadge).
var badgeWords = newFoldSet(badges)

// foldSet is a few words a line is compared with in any case (strings.EqualFold), and their
// lengths in runes. Case folding maps each rune to one rune, so only the words of as many
// runes as the line are compared, and a line of more bytes than UTFMax times the longest
// word's runes is none: most lines asked are no such word, and a word outside ASCII takes
// EqualFold's slower path.
type foldSet struct {
	words []string
	runes []int
	most  int // the most runes of a word
}

func newFoldSet(words []string) foldSet {
	s := foldSet{words: words}
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		s.runes = append(s.runes, n)
		s.most = max(s.most, n)
	}
	return s
}

// has reports whether t is one of the words in any case.
func (s foldSet) has(t string) bool {
	if len(t) > utf8.UTFMax*s.most {
		return false
	}
	n := utf8.RuneCountInString(t)
	for k, w := range s.words {
		if s.runes[k] == n && strings.EqualFold(t, w) {
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
