package extract

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// defaultWords and defaultLinks are the lexicon's words that announce a default value and
// may stand between such a word and the value, in its order (ASCII in lower case);
// selfAfterDefault, the words that may name the parameter between the two;
// trailingDefaultWords and leadingDefaultWords, the words that end or open a sentence
// stating a default ("by default", "By default,"); selfWords, the words that name the
// parameter as a subject. Copied from the lexicon once, not per description read.
var (
	defaultWords         = page.DefaultWords()
	defaultLinks         = page.DefaultLinks()
	selfAfterDefault     = page.SelfAfterDefault()
	trailingDefaultWords = page.TrailingDefaultWords()
	leadingDefaultWords  = page.LeadingDefaultWords()
	selfWords            = page.SelfWords()
	// defaultStems are the defaultWords statedDefaults asks mayHold for (stems).
	defaultStems = stems(defaultWords)
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
// token of a string; what does not ("the current time", a sentence), or two defaults that
// disagree, sets none and is noted naming the parameter and the text. A statement that there
// is none ("Default value: null", "默认值：无", "empty by default": page.IsNoDefault) sets
// none unnoted: nothing the page states is lost. The description stays as written.
func (x *extractor) defaultValue(s *opspec.Schema, cell, required string, line int, name string) any {
	var stated []statedDefault
	if c := strings.TrimSpace(cell); c != "" && !page.BlankCell(c) {
		stated = append(stated, statedDefault{text: c})
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
	for _, d := range stated {
		t := d.text
		if d.unread != "" {
			x.warn(line, "%s: %q states a default %s; no default kept", name, d.unread, d.why)
			continue
		}
		v, ok := readDefault(s, t, d.marked)
		switch {
		case t == "":
			x.warn(line, "%s: the default is stated in the lines after its lead (one per case?); no default kept", name)
		case !ok && page.IsNoDefault(t):
			// "Default value: null", "默认值：无", "empty by default": no value is stated, so
			// none is lost or guessed; no note
		case !ok && referredName(t) != "":
			x.warn(line, "%s: the default %q is the value of %s, not a literal; no default kept", name, t, referredName(t))
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

// statedDefault is a default a row states: its text, or, when unread is set, the sentence
// that states it where it is not read, and why (under a condition: one case's default).
type statedDefault struct {
	text, unread, why string
	// marked is false for the value before a trailing default word ("X by default"), where
	// a bare word is as often the sentence's verb ("is used by default") as a value: only a
	// value the type or the listed values tell, or one set apart as code, is read
	marked bool
}

// defaultOnlyNote reports whether a Required cell's note states a default and nothing else:
// a lead at its start and a value that ends it ("No (default: 10)", "是，默认为10"; not "No
// (default: 10 (seconds))" nor "No (default: 10, at most 100)").
func defaultOnlyNote(cell string) bool {
	i := strings.IndexAny(cell, "(（,，;；")
	if i < 0 {
		return false
	}
	note := strings.Trim(cell[i:], " \t.,;:()（），。；：-–—")
	start, end, ok := defaultLead(note, page.LowerASCII(note), 0)
	if !ok || start != 0 {
		return false
	}
	v := leadValue(note[end:])
	return v != "" && v == strings.TrimSpace(note[end:])
}

// readDefault reads the text of a stated default as a value of schema s (see defaultValue):
// the text without the quotes a page may put around it, read by opspec.ReadDefault. A listed
// value is read as such, even one named like a blank ("None"); else a statement of none
// (page.IsNoDefault: "null", "空", "empty") is no value, and a string's default is one
// token: prose after a default word ("the current time") is no value. marked is false for a
// value that came with no mark of one (see statedDefault): a string's then must be listed or
// set apart as code. A number with a unit word of the lexicon ("10 seconds", "30 分钟") is
// its number for a numeric parameter, unless the description names another unit of the
// same measure ("Unit: milliseconds": unitNumber). An object's default (a Json-typed
// string's too) is a JSON object, an array's a JSON array ("{}", "空`{}`": opspec.ReadDefault).
func readDefault(s *opspec.Schema, text string, marked bool) (any, bool) {
	raw := strings.TrimSpace(text)
	t := strings.TrimSpace(strings.Trim(raw, "`'\"*“”「」"))
	if len(s.Enum) > 0 {
		return opspec.ReadDefault(s, t) // a listed value, even one named like none ("None")
	}
	if s.Type == "object" || s.Type == "array" || s.Type == "string" && strings.EqualFold(strings.TrimSpace(s.DocType), "json") {
		// a JSON value: "{}", "`[]`", or code after a word of none ("空`{}`", "empty `{}`");
		// a Json-typed parameter's is the object jsonValue makes of it
		if i, j := strings.IndexByte(raw, '`'), strings.LastIndexByte(raw, '`'); i >= 0 && j > i && strings.TrimSpace(raw[j+1:]) == "" &&
			(strings.TrimSpace(raw[:i]) == "" || page.IsNoDefault(raw[:i])) {
			t = strings.TrimSpace(raw[i+1 : j])
		}
		js := s
		if s.Type == "string" {
			js = &opspec.Schema{Type: "object"}
		}
		return opspec.ReadDefault(js, t)
	}
	if page.IsNoDefault(t) {
		return nil, false
	}
	if (s.Type == "string" || s.Type == "") && (!isEnumToken(t) || !marked && t == raw) {
		return nil, false
	}
	if s.Type == "integer" || s.Type == "number" {
		if n, ok := unitNumber(t, s.Description); ok {
			t = n
		}
	}
	return opspec.ReadDefault(s, t)
}

// unitNumber returns the number of t when t is a number and a unit word of the lexicon
// ("10 seconds", "30分钟", "5 Mbit/s"), and desc (the parameter's description) names no
// other unit of that measure: a default of "10 seconds" is no value of a parameter counted
// in milliseconds.
func unitNumber(t, desc string) (string, bool) {
	num, unit, measure, ok := quantity(t)
	if !ok {
		return "", false
	}
	desc = withoutGlosses(desc)
	words := strings.FieldsFunc(page.LowerASCII(desc), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:()（），。；：、", r)
	})
	for _, w := range page.UnitWords() {
		// a CJK text writes its unit inside a word ("单位为秒"): a unit of two characters or
		// more, or 秒, is looked for anywhere (one character such as 分 or 日 is in too
		// many other words)
		if !page.IsASCII(w) && (utf8.RuneCountInString(w) >= 2 || w == "秒") && strings.Contains(desc, w) {
			words = append(words, w)
		}
	}
	for _, w := range words {
		if m, ok := page.UnitMeasure(w); ok && m == measure && !sameUnit(w, unit) {
			return "", false
		}
	}
	return num, true
}

// quantity reads t as a number and a unit word of the lexicon ("10 seconds", "30分钟"):
// the number, the unit and what it measures.
func quantity(t string) (num, unit, measure string, ok bool) {
	t = strings.TrimSpace(t)
	k := strings.IndexFunc(t, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == '-') })
	if k <= 0 {
		return "", "", "", false
	}
	unit = strings.TrimSpace(t[k:])
	measure, ok = page.UnitMeasure(unit)
	return t[:k], unit, measure, ok
}

// glossWords may open a bracket that restates a quantity in another unit ("1200秒（即20分钟）",
// "(about 20 minutes)"). Lower case.
var glossWords = []string{"即", "约", "約", "大约", "大約", "i.e.", "about", "approximately", "approx.", "that is"}

// withoutGlosses returns desc without the brackets that restate a quantity in another unit
// ("默认1200秒（20分钟）", "Default value: 1200 seconds (20 minutes)."): a number and a unit
// word alone, a gloss word before them allowed. Such a bracket glosses the value before it;
// its unit is not the one the parameter counts in (unitNumber), and a default that came with
// it was noted as no value of its type.
func withoutGlosses(desc string) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(desc, "(（")
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(desc[i:])
		j := strings.IndexAny(desc[i+size:], ")）")
		if j < 0 {
			break
		}
		inner := strings.TrimSpace(desc[i+size : i+size+j])
		for _, w := range glossWords {
			if rest, ok := strings.CutPrefix(page.LowerASCII(inner), w); ok {
				inner = strings.TrimLeft(rest, " ,，:：")
				break
			}
		}
		_, csize := utf8.DecodeRuneInString(desc[i+size+j:])
		b.WriteString(desc[:i])
		if _, _, _, ok := quantity(inner); !ok {
			b.WriteString(desc[i : i+size+j+csize])
		}
		desc = desc[i+size+j+csize:]
	}
	b.WriteString(desc)
	return b.String()
}

// sameUnit reports whether two unit words name one unit: alike but for case and a plural s.
func sameUnit(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || a+"s" == b || a == b+"s"
}

// statedDefaults returns the defaults desc states: the value after each lead (valueLead) that
// states the parameter's own default, at the start of a sentence or of a clause of its own
// ("是否忽略实例状态，默认为false", "最大值：100，默认值：10": caseLead), the value of each
// sentence ending in a trailing default word ("This parameter is set to 10 by default.":
// byDefault), and each value a bracketed default word marks (markedDefaults). A lead that
// states one case's default (caseLead: "For VPC instances, the default value is X",
// "I/O优化实例的默认值为cloud") is returned unread, to be noted. Each of these ways holds a
// default word (every leading and trailing one holds one: TestDefaultWordsInPhrases), so a
// description with none, as most are, states no default.
func statedDefaults(desc string, enum []opspec.EnumValue) []statedDefault {
	if !mayHold(desc, defaultStems) {
		return nil
	}
	lower := page.LowerASCII(desc) // once for every lead: defaultLead searches it
	var out []statedDefault
	for i := 0; ; {
		start, end, ok := valueLead(desc, lower, i, enum)
		if !ok {
			break
		}
		i = max(end, start+1)
		before := sentenceBefore(desc, start)
		if why := caseLead(desc, before, start, enum); why != "" {
			if strings.TrimSpace(before) == "" {
				// a sentence of a list item: the note quotes the item (its case or name)
				before = desc[strings.LastIndexByte(desc[:start], '\n')+1 : start]
			}
			out = append(out, unreadDefault(before+leadSentence(desc[start:]), why))
			continue
		}
		out = append(out, statedDefault{text: leadValue(desc[end:]), marked: true}) // "" when the line ends at the lead
	}
	out = append(out, byDefault(desc, lower)...)
	out = append(out, leadingByDefault(desc, lower)...)
	out = append(out, sameAsDefaults(desc)...)
	out = append(out, markedDefaults(desc, enum)...)
	for _, v := range claimedDefaults(desc) {
		out = append(out, statedDefault{text: v, marked: true})
	}
	out = append(out, claimedInSentences(desc)...)
	return out
}

// claimedInSentences returns the values that a clause outside list items names as the
// default, the value its subject: one token, a link word, a default word, nothing else
// ("true为默认值，表示返回；false表示不返回", "`fast` is the default value."). A value so
// claimed is no value set apart (statedDefault.marked false): a bare word must be one the
// type or the listed values tell. A pronoun or the parameter itself as the subject ("This
// is the default value", "it is the default") claims nothing.
func claimedInSentences(desc string) []statedDefault {
	var out []statedDefault
	for l := range strings.SplitSeq(desc, "\n") {
		if _, item := page.CutValueBullet(strings.TrimSpace(l)); item {
			continue // claimedDefaults reads an item's claim
		}
		for _, c := range strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(".。!！;；,，", r) }) {
			c = strings.TrimSpace(c)
			if subject := claimSubject(c); subject != "" {
				out = append(out, statedDefault{text: subject})
			}
		}
	}
	return out
}

// claimSubject returns the subject of a clause that is a default claim, "subject link
// default-word" (cutClaim, claimsDefault's shape) with one token for its subject, after "the
// value of" (valueOf) if any, as written (quotes and code marks kept); "" when the clause is
// none or its subject is a pronoun or the parameter (page.IsSelfReference).
func claimSubject(clause string) string {
	subject, _, ok := cutClaim(page.LowerASCII(clause))
	if !ok {
		return ""
	}
	written := strings.TrimSpace(clause[:len(subject)])
	for _, p := range valueOf {
		if len(written) > len(p) && page.LowerASCII(written[:len(p)]) == p {
			written = strings.TrimSpace(written[len(p):]) // "The value of true is the default value"
			break
		}
	}
	bare := strings.Trim(written, "`'\"*“”「」")
	if !isEnumToken(bare) || page.IsSelfReference(bare) || slices.Contains(pronouns, page.LowerASCII(bare)) {
		return ""
	}
	return written
}

// cutClaim cuts a link word and a default word from the end of lower, a clause in lower
// case (" is the default value", "为默认值"), and returns the subject before them and whether
// the link is CJK (written with no spaces around it). Only a default word that ends lower
// is tried with each link: most clauses end in none.
func cutClaim(lower string) (subject string, cjk, ok bool) {
	for _, w := range defaultWords {
		if !strings.HasSuffix(lower, w) {
			continue
		}
		for _, l := range defaultLinks {
			sep := " "
			if !page.IsASCII(l) {
				sep = ""
			}
			if subject, ok := strings.CutSuffix(lower, sep+l+sep+w); ok && subject != "" {
				return subject, sep == "", true
			}
		}
	}
	return "", false, false
}

// valueOf may open a default claim's subject before the value it names ("The value of
// true is the default value"). Lower case.
var valueOf = []string{"the value of ", "a value of ", "the value "}

// pronouns may stand as a default claim's subject and name no value ("This is the default
// value", "That is the default"). Lower case.
var pronouns = []string{"this", "that", "which", "these", "those"}

// byDefault returns the defaults of the sentences of desc that end in a trailing default
// word ("by default"), a clause after it allowed ("This parameter is empty by default, which
// indicates ..."): the value is what follows the sentence's last link word ("is", "to": "set
// to 10 by default"), or the whole sentence when it has none ("10 by default."). After a
// condition ("For Linux instances, the root username is used by default") the sentence is
// returned unread. lower is page.LowerASCII(desc).
func byDefault(desc, lower string) []statedDefault {
	var out []statedDefault
	for k, i := range wordsAt(lower, trailingDefaultWords) {
		after := strings.TrimLeft(desc[i:], " \t")
		if r, _ := utf8.DecodeRuneInString(after); after != "" && !strings.ContainsRune(".。;；!！,，\n", r) || strings.HasPrefix(after, ".") && len(after) > 1 && !unicode.IsSpace(rune(after[1])) {
			continue // the words go on: "by default settings"
		}
		before := sentenceBefore(desc, k)
		head := clauseHead(before)
		if oneCase(head) {
			out = append(out, unreadDefault(before+desc[k:i], whyCondition))
			continue
		}
		if kindCase(desc, before, k) {
			out = append(out, unreadDefault(before+desc[k:i], whyKind))
			continue
		}
		value := strings.TrimSpace(strings.TrimLeft(before[len(head):], ",，:：、"))
		cut := 0 // after the last link word
		for _, l := range []string{" is ", " are ", " to ", " adalah "} {
			if j := strings.LastIndex(page.LowerASCII(value), l); j >= 0 {
				cut = max(cut, j+len(l))
			}
		}
		value = strings.TrimSpace(value[cut:])
		if value != "" {
			out = append(out, statedDefault{text: value})
		}
	}
	return out
}

// leadingByDefault returns the defaults of the sentences of desc that open with a leading
// default word and a clause mark and go on with the parameter as the subject and a link
// ("By default, this parameter is set to 10.", "默认情况下，该参数为false。"): the value after
// the link, to the end of its clause (leadValue). A sentence whose subject is anything else
// ("By default, all ENIs are queried") states a behaviour, no value, and gives none. lower
// is page.LowerASCII(desc).
func leadingByDefault(desc, lower string) []statedDefault {
	var out []statedDefault
	for k, i := range wordsAt(lower, leadingDefaultWords) {
		if !sentenceStart(desc[:k]) {
			continue
		}
		rest := strings.TrimLeft(lower[i:], " \t")
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(",，、", r) {
			continue
		}
		at := len(lower) - len(rest) + size
		if e, ok := selfLinked(lower, at); ok {
			out = append(out, statedDefault{text: leadValue(desc[e:]), marked: true})
		}
	}
	return out
}

// sameAsDefaults returns the defaults of desc that a CJK default word states the same as
// something else, with no link or colon after it ("默认与参数InstanceName的值一致",
// "默认和InstanceId相同"): the default word opens its sentence or clause, a word of
// comparison (与, 和, 同, 跟) follows it, and the sentence says alike (一致, 相同, 相等). The
// text is no value (readDefault), to be noted naming what it refers to (referredName);
// under a condition it is one case's. Such a sentence has no lead, and went unsaid.
func sameAsDefaults(desc string) []statedDefault {
	var out []statedDefault
	for _, w := range defaultWords {
		if page.IsASCII(w) {
			continue
		}
		for i := 0; ; {
			k := indexFrom(desc, w, i)
			if k < 0 {
				break
			}
			i = k + len(w)
			r, _ := utf8.DecodeRuneInString(desc[i:])
			before := sentenceBefore(desc, k)
			if b := strings.TrimRight(before, " \t"); !strings.ContainsRune("与與和同跟", r) || b != "" && !strings.HasSuffix(b, ",") && !strings.HasSuffix(b, "，") {
				continue // no comparison, or inside a clause of another subject
			}
			sentence := leadSentence(desc[i:])
			if !strings.Contains(sentence, "一致") && !strings.Contains(sentence, "相同") && !strings.Contains(sentence, "相等") {
				continue
			}
			if oneCase(clauseHead(before)) {
				out = append(out, unreadDefault(before+desc[k:i]+sentence, whyCondition))
				continue
			}
			out = append(out, statedDefault{text: sentence, marked: true})
		}
	}
	return out
}

// referredName returns the parameter (or field) a default's text names as where its value
// comes from, rather than giving a value ("the value of InstanceName", "InstanceName的值",
// "实例的InstanceId", "与参数`Name`的值一致", "same as PageSize"): a word of the text set
// apart as code or shaped as a name (a capital inside it after a lower-case letter, a dot,
// an underscore), with a word that refers (value, same, equal, 值, 的, 一致, 相同, 相等). ""
// when there is none.
func referredName(text string) string {
	lower := page.LowerASCII(text)
	if !slices.ContainsFunc([]string{"value", "same", "equal", "值", "的", "一致", "相同", "相等"}, func(w string) bool {
		return strings.Contains(lower, w)
	}) {
		return ""
	}
	if i := strings.IndexByte(text, '`'); i >= 0 {
		if j := strings.IndexByte(text[i+1:], '`'); j > 0 && page.IsParamName(text[i+1:i+1+j]) {
			return text[i+1 : i+1+j]
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_'))
	}) {
		w = strings.Trim(w, ".")
		if len(w) < 2 || !page.IsParamName(w) || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		inner := strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 && strings.IndexFunc(w, unicode.IsLower) >= 0 && strings.IndexFunc(w, unicode.IsLower) < len(w)-1
		if inner || strings.ContainsAny(w, "._") {
			return w
		}
	}
	return ""
}

// selfLinked reads, from byte at of lower, the parameter named as a subject
// (page.SelfWords) and one or more link words ("is set to", "为", "は"); it returns where
// the value starts, and false when either is missing.
func selfLinked(lower string, at int) (int, bool) {
	at = skipBlank(lower, at)
	subject := 0
	for _, w := range selfWords {
		if strings.HasPrefix(lower[at:], w) && page.WordEdge(lower, at, at+len(w)) && len(w) > subject {
			subject = len(w)
		}
	}
	if subject == 0 {
		return 0, false
	}
	e, linked := skipBlank(lower, at+subject), false
	links := slices.Concat(defaultLinks, []string{"set"}) // "is set to"
	for more := true; more; {
		more = false
		for _, l := range links {
			if strings.HasPrefix(lower[e:], l) && page.WordEdge(lower, e, e+len(l)) {
				e, linked, more = skipBlank(lower, e+len(l)), true, true
				break
			}
		}
	}
	return e, linked
}

// unreadDefault is a default stated inside sentence (its text from its start, a list
// marker left out) that is not read, and why (caseLead; whyCondition).
func unreadDefault(sentence, why string) statedDefault {
	return statedDefault{unread: strings.TrimSpace(page.TrimLineMarks(sentence)), why: why}
}

// oneCase reports whether clauses, the part of a sentence before a stated default, limit it
// to some cases (page.IsCondition), other than the one where the parameter itself is left
// out (page.IsAbsence: "如不设置，默认为false", "If it is not set, the default value is
// cloud"), which is what a default is: the value a call without the parameter gets.
func oneCase(clauses string) bool {
	return page.IsCondition(clauses) && !page.IsAbsence(clauses)
}

// whyCondition is why a default under a condition is not read (statedDefault.why).
const whyCondition = "under a condition (one case's default)"

// valueLead returns the next lead of desc from byte from on (defaultLead) that is no listed
// value: a lead that is one of them is that value's item ("- default: does not associate
// the instance", where "default" is a value). lower is page.LowerASCII(desc).
func valueLead(desc, lower string, from int, enum []opspec.EnumValue) (start, end int, ok bool) {
	for from < len(desc) {
		start, end, ok = defaultLead(desc, lower, from)
		if !ok {
			return 0, 0, false
		}
		lead := strings.TrimRight(desc[start:end], " \t:：")
		if !listed(enum, lead) {
			return start, end, true
		}
		from = max(end, start+1)
	}
	return 0, 0, false
}

// caseLead tells whether the lead at byte start of desc, after before (its sentence's text
// before it: sentenceBefore), states one case's default rather than the parameter's, and
// why ("" when it states the parameter's). One case's is a lead
//   - after a condition in its sentence (page.IsCondition): "For VPC instances, the default
//     value is X", "如不设置，默认为false", "其余情况下默认为X";
//   - inside a list item's sentence: an item names a value or a case ("- 普通云盘：5~2000GiB，
//     默认为5"), unless the lead starts it;
//   - in a sentence that states another default: the sentence sets cases side by side
//     ("已停售的实例规格实例默认值是none，其他实例规格默认值是optimized");
//   - or inside a clause after words of another subject ("I/O优化实例的默认值为cloud",
//     "由于`PriceUnit`默认值为`Hour`");
//   - after a clause that restricts a noun to a kind, outside the description's first
//     sentence (kindCase: "专有网络VPC类型安全组规则无需设置网卡类型，默认为intranet");
//   - starting a sentence of a list item that is a case or names a field (itemCase:
//     "- 当...时：1~10。默认值：10", "- **IkeMode**：协商模式。默认值：main").
//
// A lead that opens a clause of its own (after a clause mark, a joining word: "which defaults
// to", or a "label: value" pair and a space: "起始值：1 默认值：1"), or whose subject is the
// parameter itself (page.IsSelfReference: "This parameter defaults to 10", "该参数默认为10")
// states the parameter's.
func caseLead(desc, before string, start int, enum []opspec.EnumValue) string {
	if oneCase(before) {
		return whyCondition
	}
	if kindCase(desc, before, start) {
		return whyKind
	}
	sentence := before + leadSentence(desc[start:])
	lower := page.LowerASCII(sentence)
	if s, e, ok := valueLead(sentence, lower, 0, enum); ok {
		if _, _, again := valueLead(sentence, lower, max(e, s+1), enum); again {
			return "in a sentence that states another (one case's each)"
		}
	}
	if sentenceStart(desc[:start]) {
		return itemCase(desc, start, enum)
	}
	line := desc[strings.LastIndexByte(desc[:start], '\n')+1 : start]
	if _, item := page.CutValueBullet(strings.TrimSpace(line)); item {
		return "inside a list item (one case's default)"
	}
	head := clauseHead(before)
	tail := strings.TrimSpace(strings.TrimLeft(before[len(head):], ",，:：、"))
	if tail == "" || page.IsDefaultJoiner(tail) || page.IsSelfReference(tail) || labelValue(before, head, tail) {
		return ""
	}
	return "inside a sentence"
}

// kindCase reports whether the sentence of a stated default, before (its text before the
// default, at byte start of desc: sentenceBefore), restricts its subject to a kind
// (page.NamesKind: "专有网络VPC类型安全组规则无需设置网卡类型，默认为intranet"): the
// default is that kind's, one case's. The description's first sentence is exempt: it
// names the parameter, whose kind it may well state ("经典网络类型安全组规则的网卡类型").
func kindCase(desc, before string, start int) bool {
	return strings.TrimSpace(desc[:start-len(before)]) != "" && page.NamesKind(before)
}

// whyKind is why a default after a clause naming a kind is not read (statedDefault.why).
const whyKind = "after a clause naming a kind (one case's default)"

// itemCase tells whether a lead at byte start of desc that starts a sentence inside a list
// item, after the item's own start, states that item's default rather than the
// parameter's, and why ("" when not): the item's first sentence is a case (a condition:
// "- 当所购出网带宽小于等于10 Mbit/s时：1~10。默认值：10", or a kind: page.NamesKind), or
// the item names a field the value carries ("- **IkeMode**：协商模式。默认值：main",
// "- CustomData: the custom data. ... Default value: `{}`"). An item naming a listed value,
// or nothing, leaves the lead the parameter's: a layout that runs lines together puts the
// parameter's default sentence after its last valid value.
func itemCase(desc string, start int, enum []opspec.EnumValue) string {
	line := desc[strings.LastIndexByte(desc[:start], '\n')+1 : start]
	item, ok := page.CutValueBullet(strings.TrimSpace(line))
	if !ok || strings.TrimSpace(item) == "" {
		return "" // no item, or the lead starts it
	}
	first := item
	if k := strings.IndexAny(first, "。;；!！\n"); k >= 0 {
		first = first[:k]
	} else if k := strings.Index(first, ". "); k >= 0 {
		first = first[:k]
	}
	switch {
	case page.IsCondition(first):
		return whyCondition
	case page.NamesKind(first):
		return whyKind
	}
	if name := fieldItem(desc, start, "", enum); name != "" {
		return fmt.Sprintf("inside the list item of %s (its default)", name)
	}
	return ""
}

// fieldItem returns the name of the list item that byte at of desc is in, or of an item
// it is nested under, when that item names a field (itemName) other than value v and no
// listed value: what is stated there is that field's ("- **Policy**：取值：\n  -
// **revoke_route**（默认值）"); "" when none does.
func fieldItem(desc string, at int, v string, enum []opspec.EnumValue) string {
	lines := strings.Split(desc[:at], "\n")
	indent := -1 // an enclosing item is indented less than this; -1: at's own line
	for i := len(lines) - 1; i >= 0; i-- {
		line := lines[i]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case strings.TrimSpace(line) == "" && indent < 0:
			return "" // at starts its line: no item
		case strings.TrimSpace(line) == "" || indent >= 0 && lead >= indent:
			continue // a blank line, a sibling or a deeper line
		}
		item, ok := page.CutValueBullet(strings.TrimSpace(line))
		if !ok {
			return "" // text the list is under
		}
		if name := itemName(item); name != "" && !strings.EqualFold(name, v) && !listed(enum, name) {
			return name
		}
		if lead == 0 {
			return ""
		}
		indent = lead
	}
	return ""
}

// itemName returns the name a list item opens with, before its colon ("**IkeMode**：",
// "CustomData（可选）：", "CustomData: "), emphasis and a bracketed note after it left out:
// a value's or a field's name, one token of a value set apart as code or emphasis or shaped
// as a name (a capital inside it, a dot, an underscore: "CustomData", "IkeConfig.IkeMode");
// "" when the item opens with none, or with a label ("Unit: seconds", "Note:", "取值范围：").
func itemName(item string) string {
	k := strings.IndexAny(item, ":：")
	if k <= 0 {
		return ""
	}
	written := strings.TrimSpace(item[:k])
	if i := strings.IndexAny(written, "(（"); i > 0 {
		written = strings.TrimSpace(written[:i])
	}
	name := strings.Trim(written, "*`'\" ")
	marked := name != written
	shaped := strings.ContainsAny(name, "._") || strings.ContainsFunc(name[min(1, len(name)):], unicode.IsUpper) && strings.ContainsFunc(name, unicode.IsLower)
	if !isEnumToken(name) || !marked && !shaped || page.ClassifyColumn(name) != page.ColOther || page.IsDefaultWord(name) {
		return ""
	}
	return name
}

// labelValue reports whether tail, the words between the last clause mark of before (after
// head) and a lead, is the value of a "label: value" pair the lead follows after a space
// ("起始值：1 默认值：1"): one word after a colon.
func labelValue(before, head, tail string) bool {
	mark, _ := utf8.DecodeRuneInString(before[len(head):])
	return (mark == ':' || mark == '：') && !strings.ContainsFunc(tail, unicode.IsSpace) &&
		strings.TrimRight(before, " \t") != before
}

// sentenceBefore returns the text of desc's sentence before byte i: from the last sentence
// end or line start before it (sentenceStart's marks).
func sentenceBefore(desc string, i int) string {
	b := desc[:i]
	k := strings.LastIndexAny(b, ".。;；!！\n")
	for k >= 0 && b[k] == '.' && k+1 < len(b) && !unicode.IsSpace(rune(b[k+1])) {
		k = strings.LastIndexAny(b[:k], ".。;；!！\n") // a dot inside a word: "I/O v1.2"
	}
	if k < 0 {
		return b
	}
	_, size := utf8.DecodeRuneInString(b[k:])
	return b[k+size:]
}

// clauseHead returns the clauses of a sentence's start up to its last clause mark, where a
// condition ends ("If X is not set, " of "If X is not set, the"); "" when it has none.
func clauseHead(before string) string {
	k := strings.LastIndexAny(before, ",，:：、")
	if k < 0 {
		return ""
	}
	return before[:k]
}

// leadSentence returns a lead and its value, up to the end of its sentence (leadValue's).
func leadSentence(rest string) string {
	for i, r := range rest {
		if strings.ContainsRune("\n。；;", r) || r == '.' && (i+1 == len(rest) || unicode.IsSpace(rune(rest[i+1]))) {
			return rest[:i]
		}
	}
	return rest
}

// claimedDefaults returns the values of valid-values list items whose meaning says the value
// is the default in a sentence of its own: a short subject, a link word and a default word
// ("- false: This is the default value.", "- Aliyun_KMS. This is the default value.",
// "- false：此为默认值。"), or opens with a default word alone ("- private：默认值，删除...",
// "- fast: the default value."), the item read as listEntry reads it.
func claimedDefaults(desc string) []string {
	var out []string
	for l := range strings.SplitSeq(desc, "\n") {
		item, ok := page.CutValueBullet(strings.TrimSpace(l))
		if !ok {
			continue
		}
		value, claimed := "", claimsDefault(item)
		listEntry(item, func(v, d string) bool {
			v = strings.Trim(strings.TrimSpace(v), "`'\"*")
			if !isEnumToken(v) {
				return false
			}
			if value == "" {
				value = v
				// a meaning that opens with a default word alone: "- private：默认值，删除..."
				first := d
				if k := strings.IndexAny(first, ",.;，。；"); k >= 0 {
					first = first[:k]
				}
				claimed = claimed || page.IsDefaultWord(strings.Trim(strings.TrimSpace(first), "*"))
			}
			return true
		})
		if value != "" && claimed {
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
		subject, cjk, ok := cutClaim(page.LowerASCII(strings.TrimSpace(s)))
		if ok && (!cjk && len(strings.Fields(subject)) <= 2 || cjk && utf8.RuneCountInString(subject) <= 4) {
			return true
		}
	}
	return false
}

// defaultLead finds the first lead of a stated default in desc from byte from on: a default
// word (ASCII letters compared without case, not inside a longer word), then a link word, a
// colon or both, white space allowed
// around each ("Default value:", "The default value is", "默认为", "デフォルト値は"), or a CJK
// default word right before a number ("列表大小，默认20", "默认值10"). A word with none of
// these is no lead ("Default settings", "默认情况下", "默认查询"). Whether the lead starts a
// sentence, a line or a list item, or stands inside a sentence ("For I/O optimized
// instances, the default value is cloud_efficiency": a default of some cases only), is for
// statedDefaults to tell. lower is page.LowerASCII(desc). It returns where the lead starts and ends.
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
			if next[k] != i || !page.WordEdge(lower, i, i+len(w)) {
				continue
			}
			if e, ok := leadEnd(lower, i+len(w)); ok {
				return i, e, true
			} else if !page.IsASCII(w) && e < len(lower) && '0' <= lower[e] && lower[e] <= '9' {
				return i, e, true // a CJK default word right before a number: "默认20", "默认值10"
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
	for _, w := range selfAfterDefault {
		// the parameter named after the default word: "The default value of this
		// parameter is 10"; a link or colon must follow
		if strings.HasPrefix(lower[e:], w) && page.WordEdge(lower, e, e+len(w)) {
			return leadEnd(lower, e+len(w))
		}
	}
	linked := false
	for _, l := range defaultLinks {
		if strings.HasPrefix(lower[e:], l) && page.WordEdge(lower, e, e+len(l)) {
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
// wordsAt yields where each of words stands in lower as a word (page.WordEdge), word by
// word in order: its start k and end i. The default phrases are looked for so.
func wordsAt(lower string, words []string) iter.Seq2[int, int] {
	return func(yield func(k, i int) bool) {
		for _, w := range words {
			for i := 0; ; {
				k := indexFrom(lower, w, i)
				if k < 0 {
					break
				}
				i = k + len(w)
				if page.WordEdge(lower, k, i) && !yield(k, i) {
					return
				}
			}
		}
	}
}

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
// opens a note on it: "10 (seconds)", "2592000秒（即30天）"), without a copula that ends a
// Japanese sentence ("10です": page.TrimCopula).
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
	return page.TrimCopula(strings.TrimSpace(rest[:end]))
}

// markedDefaults returns the values desc marks as the default with a default word in
// brackets right after them, space or not ("PostPaid（默认）：", "false (default)",
// "REDUCED (デフォルト)"): the run of value characters (enumTokenRe's) before the bracket.
// One marked inside a list item that names a field, another than the value and no listed
// value ("- **HealthCheckConfig.enable**：取值：true或false（默认值）": itemName), is that
// field's default: returned unread.
func markedDefaults(desc string, enum []opspec.EnumValue) []statedDefault {
	var out []statedDefault
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
		v := strings.Trim(before[k:], ":*")
		if v == "" {
			continue
		}
		if name := fieldItem(desc, open, v, enum); name != "" {
			line := desc[strings.LastIndexByte(desc[:open], '\n')+1 : open]
			_, csize := utf8.DecodeRuneInString(desc[open+size+closeAt:])
			out = append(out, unreadDefault(line+desc[open:open+size+closeAt+csize], fmt.Sprintf("inside the list item of %s (its default)", name)))
			continue
		}
		out = append(out, statedDefault{text: v, marked: true})
	}
	return out
}

// listed reports whether v is one of the listed values, compared without case.
func listed(enum []opspec.EnumValue, v string) bool {
	return slices.ContainsFunc(enum, func(e opspec.EnumValue) bool { return strings.EqualFold(e.Value, v) })
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
