package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// validValuesLeads are the lexicon's words that announce valid values, in its order (the
// first that matches wins), ASCII in lower case.
var validValuesLeads = page.ValidValuesWords()

// validValuesLinks are the lexicon's words between a lead-in and its colon ("are",
// "は次のとおりです"), in its order.
var validValuesLinks = page.ValidValuesLinks()

// validValuesStems are words every lead-in of validValuesLeads holds (TestValidValuesStems):
// a description with none of them has no lead-in, and validValuesLead tells so without
// searching it for each of the lexicon's lead-ins, as it does a description that has one.
var validValuesStems = []string{"value", "nilai", "值", "値"}

// validValuesConjunctions are the lexicon's words that join the last two values of an
// inline list ("and", "或").
var validValuesConjunctions = page.ValidValuesConjunctions()

// validValuesLead finds the first "Valid values" lead-in of desc: one of validValuesLeads
// (ASCII letters compared without case; where two start at one place, the lexicon's
// first), then an optional link word (validValuesLinks) and colon, white space allowed
// before each. It returns where the lead-in starts and ends.
func validValuesLead(desc string) (start, end int, ok bool) {
	if !mayHold(desc, validValuesStems) {
		return 0, 0, false
	}
	lower := page.LowerASCII(desc) // the same offsets as desc
	start = -1
	for _, w := range validValuesLeads {
		if i := strings.Index(lower, w); i >= 0 && (start < 0 || i < start) {
			start, end = i, i+len(w)
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end = skipSpace(lower, end)
	for _, w := range validValuesLinks {
		if strings.HasPrefix(lower[end:], w) {
			end += len(w)
			break
		}
	}
	end = skipSpace(lower, end)
	for _, colon := range []string{":", "："} {
		if strings.HasPrefix(lower[end:], colon) {
			end += len(colon)
			break
		}
	}
	return start, end, true
}

// mayHold reports whether desc may hold one of words (lower case, written in ASCII or in
// runes ToLower leaves as they are) in its LowerASCII form: whether its strings.ToLower
// form holds one, which it then does (ToLower lowers the ASCII letters LowerASCII lowers,
// and keeps such runes). That lower case is written on the stack (page.AppendLower), so a
// description that holds none, as most do, is not copied: validValuesLead and
// statedDefaults ask it of every row's.
func mayHold(desc string, words []string) bool {
	var buf [512]byte // a longer description spills to the heap
	low := page.AppendLower(buf[:0], desc)
	for _, w := range words {
		var wb [64]byte // ([]byte(w) is a copy on the heap past 32 bytes)
		if bytes.Contains(low, append(wb[:0], w...)) {
			return true
		}
	}
	return false
}

// stems is words without any that holds another of them: a text holds one of words exactly
// when it holds one of these, and mayHold searches the text once for each ("default"
// stands for "the default value", "default value", "defaults" and "nilai default").
func stems(words []string) []string {
	var out []string
	for _, w := range words {
		if !slices.ContainsFunc(words, func(v string) bool { return v != w && strings.Contains(w, v) }) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// skipSpace returns the index of the first byte from i on that is no white space.
func skipSpace(s string, i int) int {
	return len(s) - len(strings.TrimLeft(s[i:], " \t\n\f\r"))
}

// enumValues reads "Valid values" from a description: a bullet list of "value: meaning" or
// "value" lines, or an inline "Valid values: a, b, and c." list. A list doubled by the site
// is read once. Booleans get no enum.
func (x *extractor) enumValues(desc, typ string, line int, name string) []opspec.EnumValue {
	if typ == "boolean" {
		return nil
	}
	start, end, ok := validValuesLead(desc)
	if !ok {
		return nil
	}
	lineStart := strings.LastIndexByte(desc[:start], '\n') + 1
	level := 0 // the list level of the values: 1 under a lead-in inside a list item
	if lead := strings.TrimSpace(desc[lineStart:start]); strings.HasPrefix(lead, "- ") || lead == "-" {
		if !announcesNested(desc, lineStart, end) {
			// A lead-in inside a nested item describes a field of a structured value (a
			// JSON string's "Key" member: "- Key" over "  - Valid values:"), and one
			// that does not end its item over a nested list is prose: neither lists
			// this parameter's values.
			return nil
		}
		level = 1
	}
	return x.valueList(desc, lineStart, end, level, line, name)
}

// valuesCell reads the cell of a Valid values column (page.ColValues: "Valid values",
// 取值范围) as the values a description lists after its lead-in (valueList): a list of
// values, inline ("a, b, c") or one item a line, is the parameter's enum; nil when the cell
// lists none (a range, a sentence, one value), which the caller keeps as text. Lines that
// are each one value, bare or with its meaning in brackets, are the items of a list (a
// cell's <br> or <p> a value, no bullets).
func (x *extractor) valuesCell(cell, typ string, line int, name string) []opspec.EnumValue {
	if typ == "boolean" {
		return nil
	}
	var items []string
	for l := range strings.SplitSeq(cell, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			items = append(items, l)
		}
	}
	if len(items) > 1 && !slices.ContainsFunc(items, func(l string) bool {
		v, _, ok := valueMeaning(l)
		return !isEnumToken(strings.Trim(l, "`'\"")) && !(ok && isEnumToken(v))
	}) {
		cell = "- " + strings.Join(items, "\n- ")
	}
	return x.valueList(cell, 0, 0, 0, line, name)
}

// valueList reads the values desc lists after its lead-in, which ends at end on the line
// that starts at lineStart; level is the list level of the values (1 under a lead-in
// inside a list item).
func (x *extractor) valueList(desc string, lineStart, end, level, line int, name string) []opspec.EnumValue {
	rest := desc[end:]
	var out []opspec.EnumValue
	seen := map[string]bool{}
	add := func(v, d string) bool {
		v = strings.Trim(strings.TrimSpace(v), "`'\"")
		if !isEnumToken(v) {
			return false
		}
		if seen[v] {
			return true // doubled list: keep the first
		}
		seen[v] = true
		out = append(out, opspec.EnumValue{Value: v, Description: trimDefaultMark(d)})
		return true
	}
	lines := strings.Split(rest, "\n")
	listed := false
	var bad []string
	added := 0 // the values the last top-level item added
	for _, l := range lines {
		t := strings.TrimSpace(l)
		item, isItem := page.CutValueBullet(t)
		if !isItem {
			if listed && t != "" && strings.HasPrefix(l, strings.Repeat(page.ListIndent, level+1)) {
				// text indented under a value's item (an HTML <li>'s text after the list
				// in it) describes that value
				for i := len(out) - added; i < len(out); i++ {
					out[i].Description = strings.TrimSpace(out[i].Description + "\n" + t)
				}
				continue
			}
			if listed && t != "" {
				break // prose after the list
			}
			continue
		}
		if level > 0 && !strings.HasPrefix(l, page.ListIndent) {
			break // the next item of the list that holds the lead-in
		}
		if listed && strings.HasPrefix(l, strings.Repeat(page.ListIndent, level+1)) {
			// an item of a list nested in a value's item describes that value (Success,
			// then "One-time execution: ..."), as the reader's depth shows
			for i := len(out) - added; i < len(out); i++ {
				out[i].Description = strings.TrimSpace(out[i].Description + "\n- " + item)
			}
			continue
		}
		listed = true
		n := len(out)
		if !listEntry(item, add) {
			bad = append(bad, item)
		}
		added = len(out) - n
	}
	if level > 0 && !listed {
		return nil // no nested list: the item states one case in prose
	}
	if listed {
		if len(bad) > 0 {
			// A list mixing values and prose is not a closed set: an enum would reject
			// valid input, so none is kept.
			if len(out) > 0 {
				x.warn(line, "%s: valid-values list has an entry that is not a value (%q); no enum kept", name, bad[0])
			}
			return nil
		}
		if others := otherItems(desc, lineStart); level > 0 && others > 0 {
			leadLine, _, _ := strings.Cut(desc[lineStart:], "\n")
			x.guess(line, "%s: valid values read from the list under one of the description's %d items (%q); the others may allow more",
				name, others+1, strings.TrimSpace(leadLine))
		}
		return out
	}
	// Inline: "Valid values: a, b, and c." up to the end of the sentence.
	first := strings.TrimSpace(lines[0])
	if i := strings.Index(first, ". "); i >= 0 {
		first = first[:i]
	}
	if i := strings.Index(first, "。"); i >= 0 {
		first = first[:i] // a CJK full stop ends the sentence, space or not
	}
	first = strings.TrimSuffix(first, ".")
	if first == "" {
		if strings.TrimSpace(rest) == "" {
			x.warn(line, "%s: the description announces valid values but lists none (the page may have dropped them)", name)
		}
		return nil
	}
	// one value, bare or with its meaning in brackets: "a", "a (meaning)", "a（说明）"
	addInline := func(s string) bool {
		if add(s, "") {
			return true
		}
		v, d, ok := valueMeaning(s)
		return ok && add(v, d)
	}
	for _, part := range splitOutsideBrackets(first) {
		part = trimConjunction(strings.TrimSpace(part))
		if part == "" || addInline(part) {
			continue
		}
		// "Year and Month", "AES_256或AES_128": the last two values, joined
		a, b, ok := cutConjunction(part)
		if !ok || !addInline(a) || !addInline(b) {
			return nil // prose, not a list of values
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// announcesNested reports whether the lead-in ending at end, on the top-level list item
// whose line starts at lineStart, announces the list nested in that item: the line ends in
// a colon, right after the lead-in or after words that qualify it with no clause break
// ("- Valid values when the security group is in the classic network:",
// "- 经典网络类型安全组的取值范围："), and the next line that is not blank is an item one
// level deeper.
func announcesNested(desc string, lineStart, end int) bool {
	if strings.HasPrefix(desc[lineStart:], page.ListIndent) {
		return false // a nested item
	}
	lineEnd := len(desc)
	if i := strings.IndexByte(desc[lineStart:], '\n'); i >= 0 {
		lineEnd = lineStart + i
	}
	if end > lineEnd {
		return false // no colon on the lead-in's line (the white space after it ran on)
	}
	line := strings.TrimSpace(desc[lineStart:lineEnd])
	qualifier, colon := strings.CutSuffix(line, ":")
	if !colon {
		qualifier, colon = strings.CutSuffix(line, "：")
	}
	if !colon {
		return false
	}
	if lead := strings.TrimSpace(desc[lineStart:end]); len(lead) < len(line) && strings.ContainsAny(qualifier[len(lead):], ",，;；.。:：") {
		return false // "- 当SecretType取值为Rds时，需要指定如下参数：": a clause, not a qualifier
	}
	for _, l := range strings.Split(desc[lineEnd:], "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		_, isItem := page.CutValueBullet(strings.TrimSpace(l))
		return isItem && strings.HasPrefix(l, page.ListIndent) && !strings.HasPrefix(l, page.ListIndent+page.ListIndent)
	}
	return false
}

// otherItems counts the top-level list items of desc other than the one whose line starts
// at lineStart: the other cases of a description one item of which lists the values.
func otherItems(desc string, lineStart int) int {
	n, at := 0, 0
	for _, l := range strings.SplitAfter(desc, "\n") {
		if at != lineStart && strings.HasPrefix(l, "- ") {
			n++
		}
		at += len(l)
	}
	return n
}

// listEntry reads one item of a valid-values list into add: "value: meaning", "value",
// "value (meaning)" or "value（默认）：meaning" (the bracket right after the value, space or
// not), "a or b: meaning" (two values joined by a conjunction of the lexicon), or the
// list's default stated as an item ("Default value: PostPaid.", a default word of the
// column lexicon before the colon), whose value joins the list (a default is a valid
// value, listed or not). It reports false for an item that is none of these (a range, a
// sentence).
func listEntry(item string, add func(v, d string) bool) bool {
	v, d, found := strings.Cut(item, ": ")
	if !found {
		v, d, _ = strings.Cut(item, ":")
	}
	if strings.ContainsAny(v, "：") {
		v, d, _ = strings.Cut(item, "：")
	}
	if add(v, d) {
		return true
	}
	if page.IsDefaultWord(v) {
		return add(strings.TrimRight(strings.TrimSpace(d), ".。"), "")
	}
	if a, b, ok := cutConjunction(strings.TrimSpace(v)); ok && isEnumToken(a) && isEnumToken(b) {
		return add(a, d) && add(b, d)
	}
	if i := strings.IndexAny(item, "(（"); i > 0 && add(item[:i], item[i:]) {
		return true // "PL1（默认）：...": the value, then its meaning in brackets
	}
	// "value (meaning)" or a sentence: take the first word when it looks like a value.
	w := strings.Fields(item)
	if len(w) == 0 {
		return false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(item, w[0]))
	valueFirst := len(w) == 1 || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") ||
		strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") ||
		len(w) > 1 && strings.HasSuffix(w[0], ".") && isUpperStart(rest) // "Aliyun_KMS. This is the default value."
	return valueFirst && add(strings.TrimRight(w[0], ",.;"), rest)
}

// trimConjunction drops the conjunction word that starts the last value of an inline list
// ("and c" in "a, b, and c").
func trimConjunction(part string) string {
	for _, c := range validValuesConjunctions {
		if page.IsASCII(c) {
			part = strings.TrimPrefix(part, c+" ")
		}
	}
	return part
}

// cutConjunction splits the two values a conjunction joins ("Year and Month",
// "AES_256或AES_128", "postpaid (pay-as-you-go) and prepaid"), at the first conjunction of
// the lexicon that occurs outside brackets.
func cutConjunction(part string) (a, b string, ok bool) {
	for _, c := range validValuesConjunctions {
		if page.IsASCII(c) {
			c = " " + c + " "
		}
		for i := 0; i < len(part); {
			j := strings.Index(part[i:], c)
			if j < 0 {
				break
			}
			if j += i; bracketDepth(part[:j]) == 0 {
				return strings.TrimSpace(part[:j]), strings.TrimSpace(part[j+len(c):]), true
			}
			i = j + len(c)
		}
	}
	return "", "", false
}

// splitOutsideBrackets splits an inline list at its separators (, ， 、) outside brackets:
// a value's meaning in brackets may hold commas ("x-pack (Commercial Edition, paid)").
func splitOutsideBrackets(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth--
		case ',', '，', '、':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + utf8.RuneLen(r)
			}
		}
	}
	return append(parts, s[start:])
}

// bracketDepth returns how many brackets are open at the end of s.
func bracketDepth(s string) int {
	return strings.Count(s, "(") + strings.Count(s, "（") - strings.Count(s, ")") - strings.Count(s, "）")
}

// valueMeaning reads "value (meaning)" or "value（说明）": the value and the meaning, ok
// when the bracket after the value closes at the end.
func valueMeaning(s string) (value, meaning string, ok bool) {
	i := strings.IndexAny(s, "(（")
	if i <= 0 {
		return "", "", false
	}
	depth := 0
	for j, r := range s[i:] {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth--; depth == 0 {
				end := i + j + utf8.RuneLen(r)
				if end != len(s) {
					return "", "", false // more text after the meaning
				}
				_, open := utf8.DecodeRuneInString(s[i:])
				return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+open : i+j]), true
			}
		}
	}
	return "", "", false
}

func isUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
