package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// defaultWords and defaultLinks are the lexicon's words that announce a default value and
// may stand between such a word and the value, in its order (ASCII in lower case).
var (
	defaultWords = page.DefaultWords()
	defaultLinks = page.DefaultLinks()
)

// defaultValue reads the default a request parameter's row states: its Default cell; the
// note of its Required cell (required: the cell, when page.Table.RequiredCell reads a default
// noted after its word: "No (default: 10)", "否（默认值：10）"); a sentence of its description
// that starts with a default word, a link or a colon, then the value up to the end of the
// sentence or clause ("Default value: 10.", "The default value is 10.", "Defaults to 10.", "默认值：10，最小值：1",
// "默认为false。", "デフォルト値：1。", "Nilai default: 1."); a value marked by a default word
// in brackets right after it ("PostPaid（默认）：按量付费", "false (default)"); a list item
// claiming its value is the default (claimedDefaults). A default must read as a value of the
// schema: an integer, number or boolean of its type, one of its valid values, or else one
// token of a string; what does not ("the current time", "null", "空", a sentence), or two
// defaults that disagree, sets none and is noted naming the parameter and the text. The
// description stays as written.
func (x *extractor) defaultValue(s *opspec.Schema, cell, required string, line int, name string) any {
	var stated []string
	if c := strings.TrimSpace(cell); c != "" && !page.BlankCell(c) {
		stated = append(stated, c)
	}
	if i := strings.IndexAny(required, "(（,，;；"); i >= 0 {
		// the note after the Required word starts a sentence of its own
		stated = append(stated, statedDefaults(strings.Trim(required[i:], " \t.,;:()（），。；：-–—"), s.Enum)...)
	}
	stated = append(stated, statedDefaults(s.Description, s.Enum)...)
	var (
		value any
		text  string
	)
	for _, t := range stated {
		v, ok := readDefault(s, t)
		switch {
		case t == "":
			x.warn(line, "%s: the default is stated in the lines after its lead (one per case?); no default kept", name)
		case !ok:
			x.warn(line, "%s: the default %q is not a value of its type %s; no default kept", name, t, s.TypeWord())
		case value == nil:
			value, text = v, t
		case fmt.Sprint(v) != fmt.Sprint(value):
			x.guess(line, "%s: the page states two defaults, %q and %q (one per case?); no default kept", name, text, t)
			return nil
		}
	}
	return value
}

// readDefault reads the text of a stated default as a value of schema s (see defaultValue):
// the text without the quotes a page may put around it, read by opspec.ReadDefault. A blank
// or "null" states none, and a string's default, unless listed, is one token: prose after a
// default word ("the current time") is no value.
func readDefault(s *opspec.Schema, text string) (any, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "`'\"*“”「」"))
	if page.BlankCell(t) || strings.EqualFold(t, "null") {
		return nil, false
	}
	if len(s.Enum) == 0 && (s.Type == "string" || s.Type == "") && !isEnumToken(t) {
		return nil, false
	}
	return opspec.ReadDefault(s, t)
}

// statedDefaults returns the texts desc states as its default: the value after each lead
// (defaultLead) and each value a bracketed default word marks (markedDefaults). A lead that
// is one of the listed values is that value's item, no lead ("- default: does not associate
// the instance", where "default" is a value).
func statedDefaults(desc string, enum []opspec.EnumValue) []string {
	var out []string
	lower := page.LowerASCII(desc) // once for every lead: defaultLead searches it
	for i := 0; i < len(desc); {
		start, end, ok := defaultLead(desc, lower, i)
		if !ok {
			break
		}
		i = max(end, start+1)
		lead := strings.TrimRight(desc[start:end], " \t:：")
		if slices.ContainsFunc(enum, func(e opspec.EnumValue) bool { return strings.EqualFold(e.Value, lead) }) {
			continue
		}
		out = append(out, leadValue(desc[end:])) // "" when the line ends at the lead
	}
	out = append(out, markedDefaults(desc)...)
	return append(out, claimedDefaults(desc)...)
}

// claimedDefaults returns the values of valid-values list items whose meaning says the value
// is the default in a sentence of its own: a short subject, a link word and a default word
// ("- false: This is the default value.", "- Aliyun_KMS. This is the default value.",
// "- false：此为默认值。"), the item read as listEntry reads it.
func claimedDefaults(desc string) []string {
	var out []string
	for l := range strings.SplitSeq(desc, "\n") {
		item, ok := page.CutValueBullet(strings.TrimSpace(l))
		if !ok || !claimsDefault(item) {
			continue
		}
		value := ""
		listEntry(item, func(v, _ string) bool {
			v = strings.Trim(strings.TrimSpace(v), "`'\"")
			if !isEnumToken(v) {
				return false
			}
			if value == "" {
				value = v
			}
			return true
		})
		if value != "" {
			out = append(out, value)
		}
	}
	return out
}

// claimsDefault reports whether a sentence of item is a default claim: at most two words (or
// four CJK characters) of subject, the item's value and its colon counted, a link word, a
// default word ("false: This is the default value", "This is the default value", "此为默认值").
func claimsDefault(item string) bool {
	sentences := strings.FieldsFunc(item, func(r rune) bool { return strings.ContainsRune(".。!！;；", r) })
	for _, s := range sentences {
		s = page.LowerASCII(strings.TrimSpace(s))
		for _, w := range defaultWords {
			for _, l := range defaultLinks {
				sep := " "
				if !page.IsASCII(l) {
					sep = ""
				}
				subject, ok := strings.CutSuffix(s, sep+l+sep+w)
				if !ok || subject == "" {
					continue
				}
				if sep == " " && len(strings.Fields(subject)) <= 2 || sep == "" && utf8.RuneCountInString(subject) <= 4 {
					return true
				}
			}
		}
	}
	return false
}

// defaultLead finds the first lead of a stated default in desc from byte from on: a default
// word (ASCII letters compared without case, not inside a longer word) that starts a
// sentence, a line or a list item, then a link word, a colon or both, white space allowed
// around each ("Default value:", "The default value is", "默认为", "デフォルト値は"). A word
// with neither is no lead ("Default settings", "默认情况下"), nor is one inside a sentence
// ("For I/O optimized instances, the default value is cloud_efficiency": a default of some
// cases only). lower is page.LowerASCII(desc). It returns where the lead starts and ends.
func defaultLead(desc, lower string, from int) (start, end int, ok bool) {
	// next[k] is where defaultWords[k] next occurs in lower (-1: nowhere): the positions
	// where no word starts are skipped, and at each other one the words are tried in their
	// order, longest first
	next := make([]int, len(defaultWords))
	for k, w := range defaultWords {
		next[k] = indexFrom(lower, w, from)
	}
	for {
		i := -1
		for _, n := range next {
			if n >= 0 && (i < 0 || n < i) {
				i = n
			}
		}
		if i < 0 {
			return 0, 0, false
		}
		for k, w := range defaultWords {
			if next[k] != i || !wordEdge(lower, i, i+len(w)) || !sentenceStart(desc[:i]) {
				continue
			}
			if e, ok := leadEnd(lower, i+len(w)); ok {
				return i, e, true
			}
			break // the longest word that matches here is no lead; shorter ones are not either
		}
		for k, w := range defaultWords {
			if next[k] == i {
				next[k] = indexFrom(lower, w, i+1)
			}
		}
	}
}

// leadEnd reads what follows a default word at byte e of lower: a link word, a colon or
// both, white space allowed around each; it returns where the value starts, and false when
// neither follows (no lead).
func leadEnd(lower string, e int) (int, bool) {
	e = skipBlank(lower, e)
	linked := false
	for _, l := range defaultLinks {
		if strings.HasPrefix(lower[e:], l) && wordEdge(lower, e, e+len(l)) {
			e, linked = skipBlank(lower, e+len(l)), true
			break
		}
	}
	for _, c := range []string{":", "："} {
		if strings.HasPrefix(lower[e:], c) {
			return skipBlank(lower, e+len(c)), true
		}
	}
	return e, linked
}

// indexFrom returns the index of the first w in s at or after byte from, or -1.
func indexFrom(s, w string, from int) int {
	if from > len(s) {
		return -1
	}
	if k := strings.Index(s[from:], w); k >= 0 {
		return from + k
	}
	return -1
}

// skipBlank returns the index of the first byte from i on that is no space or tab: a lead's
// value is on its line.
func skipBlank(s string, i int) int {
	return len(s) - len(strings.TrimLeft(s[i:], " \t"))
}

// wordEdge reports whether desc[i:j] stands as a word: an ASCII letter does not run on into
// it from before or after (a CJK word needs no spaces).
func wordEdge(desc string, i, j int) bool {
	asciiLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	if i > 0 && asciiLetter(desc[i-1]) && asciiLetter(desc[i]) {
		return false
	}
	return j >= len(desc) || !asciiLetter(desc[j-1]) || !asciiLetter(desc[j])
}

// sentenceStart reports whether text before a word leaves the word at the start of a
// sentence: nothing, a line start (marks allowed: a list bullet, ※), or a sentence's end
// (. 。 ; ； ! ！), emphasis marks (**) and white space aside.
func sentenceStart(before string) bool {
	b := strings.TrimRight(before, " \t*")
	if b == "" || strings.HasSuffix(b, "\n") {
		return true
	}
	// a line opened by marks only: a list bullet, a note mark (※)
	if line := b[strings.LastIndexByte(b, '\n')+1:]; !strings.ContainsFunc(line, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return strings.ContainsRune(".。;；!！", r)
}

// leadValue reads the value after a lead: the text up to the end of its sentence or clause
// (a full stop followed by a space or the end, 。 ， , ； ; 、, a line end, or a bracket that
// opens a note on it: "10 (seconds)", "2592000秒（即30天）").
func leadValue(rest string) string {
	end := len(rest)
	for i, r := range rest {
		stop := strings.ContainsRune("\n。，,；;、(（", r)
		if r == '.' {
			next, _ := utf8.DecodeRuneInString(rest[i+1:])
			stop = i+1 == len(rest) || unicode.IsSpace(next)
		}
		if stop {
			end = i
			break
		}
	}
	return strings.TrimSpace(rest[:end])
}

// markedDefaults returns the values desc marks as the default with a default word in
// brackets right after them, space or not ("PostPaid（默认）：", "false (default)",
// "REDUCED (デフォルト)"): the run of value characters (enumTokenRe's) before the bracket.
func markedDefaults(desc string) []string {
	var out []string
	for i := 0; i < len(desc); {
		j := strings.IndexAny(desc[i:], "(（")
		if j < 0 {
			break
		}
		open := i + j
		_, size := utf8.DecodeRuneInString(desc[open:])
		closeAt := strings.IndexAny(desc[open+size:], ")）")
		if closeAt < 0 {
			break
		}
		word := desc[open+size : open+size+closeAt]
		i = open + size
		if !markedDefault(word) {
			continue
		}
		before := strings.TrimRight(desc[:open], " `")
		k := len(before)
		for k > 0 && isEnumToken(before[k-1:k]) {
			k--
		}
		if v := strings.Trim(before[k:], ":*"); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// markedDefault reports whether the text in brackets after a value marks it as the default:
// a default word, alone or as the last part of a list ("version upgrade, default").
func markedDefault(word string) bool {
	parts := strings.FieldsFunc(word, func(r rune) bool { return strings.ContainsRune(",，、;；", r) })
	return len(parts) > 0 && page.IsDefaultWord(parts[len(parts)-1])
}

// trimDefaultMark cuts a default word in brackets, and the colon after it, from the start
// of a valid value's meaning ("（默认）：按量付费" → "按量付费", "(default)" → ""), or a meaning
// that is only a default word ("默认", from "intranet（默认）"): the value is the schema's
// Default now, which the spec and the docs show.
func trimDefaultMark(d string) string {
	d = strings.TrimSpace(d)
	if page.IsDefaultWord(d) {
		return ""
	}
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		rest, ok := strings.CutPrefix(d, br[0])
		if !ok {
			continue
		}
		word, after, ok := strings.Cut(rest, br[1])
		if !ok || !page.IsDefaultWord(word) {
			continue
		}
		after = strings.TrimSpace(after)
		for _, c := range []string{":", "：", "-", "–"} {
			after = strings.TrimPrefix(after, c)
		}
		return strings.TrimSpace(after)
	}
	return d
}
