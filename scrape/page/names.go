package page

import (
	"regexp"
	"strings"
)

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

// IsParamName reports whether s can be a parameter name as pages write it: ASCII letters,
// digits and "_", the dots of a flattened name ("Tag.N.Key"), the dashes of a header
// ("x-acs-security-token"), "$", and list-item brackets holding nothing, N or a number
// ("Tags[].Key", "Ids[1]": the JSON-path spelling that flatname.Unbracket rewrites). It
// starts with a letter, "_" or "$", ends with neither a dot nor a dash (a word that ends a
// sentence is no name) and has at most 128 bytes. Every name of the official metadata has
// this shape; none starts with "@". The readers and the extraction ask this one rule.
func IsParamName(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	if c := s[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$') {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '$':
		case c == '[':
			n := strings.IndexByte(s[i:], ']')
			if n < 0 || !isItemIndex(s[i+1:i+n]) {
				return false
			}
			i += n
			if i+1 < len(s) && s[i+1] != '.' && s[i+1] != '[' {
				return false // "Tags[]Key"
			}
		default:
			return false
		}
	}
	return s[len(s)-1] != '.' && s[len(s)-1] != '-'
}

// isItemIndex reports whether s may stand between a list item's brackets: nothing, N or n,
// or a number.
func isItemIndex(s string) bool {
	if s == "N" || s == "n" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsRAMAction reports whether s is a RAM action as authorization tables write it: a
// service code (lower-case letters, digits and dashes, starting with a letter), a colon and
// an operation name or a wildcard pattern of one ("ecs:RunInstances", "ecs:Describe*",
// "oss:*"), with no space. A capitalised word before a colon ("Note:Xxx",
// "ECSInstanceId:ECS") is prose or an example, not an action. The text reader and the
// extraction ask this one rule.
func IsRAMAction(s string) bool {
	service, op, ok := strings.Cut(s, ":")
	if !ok || service == "" || op == "" || service[0] < 'a' || service[0] > 'z' {
		return false
	}
	for i := 1; i < len(service); i++ {
		if c := service[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	if c := op[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '*') {
		return false
	}
	for i := 1; i < len(op); i++ {
		if c := op[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '*') {
			return false
		}
	}
	return true
}

// IsStructTypeName reports whether s names a struct the way older pages type rows with one
// ("ScalingConfigurationSetType", "InstanceAttributesType"): an identifier of two or more
// capitalised words, the last one "Type". Prose does not write such words, so the text
// reader takes a row typed with one, and the extraction reads it as an object.
func IsStructTypeName(s string) bool {
	base, ok := strings.CutSuffix(s, "Type")
	return ok && len(base) >= 3 && base[0] >= 'A' && base[0] <= 'Z' && IsIdent(s) && CamelHump(s)
}

// SplitRAMAction splits a RAM action with its access level glued to it, as text dumps of
// the authorization table write them ("rocketmq:CreateInstanceAccountcreate"), into the
// action and the level; an action with none is returned whole. A lower-case level is split
// off a CamelCase operation or a wildcard, an upper-case one ("alidns:AddDomainWRITE")
// always, and a capitalised one ("computenestsupplier:GetServiceRead") when what is left is
// the operation the page title names (an operation name may itself end in a level word:
// "svc:BatchGet"). An action whose whole operation the title names stays whole: an
// operation may end in a level word after a lower-case letter too ("oss:PutBucketWhitelist",
// "vod:GetPlaylist"), which only the page can tell apart from a glued level. The text reader
// and the extraction ask this one rule, and only for a cell that has no access level of its
// own.
func SplitRAMAction(t, title string) (action, level string) {
	if _, op, ok := strings.Cut(t, ":"); ok && wordIn(op, title) {
		return t, ""
	}
	for _, lv := range []string{"create", "update", "delete", "list", "get", "read", "write"} {
		if len(t) <= len(lv) {
			continue
		}
		head, suf := t[:len(t)-len(lv)], t[len(t)-len(lv):]
		if !strings.EqualFold(suf, lv) || !IsRAMAction(head) {
			continue
		}
		_, op, _ := strings.Cut(head, ":")
		last := head[len(head)-1]
		switch {
		case suf == lv && (last < 'a' || last > 'z' || op[0] >= 'A' && op[0] <= 'Z'):
			return head, suf
		case suf == strings.ToUpper(lv) || suf != lv && wordIn(op, title):
			return head, suf
		}
	}
	return t, ""
}

// wordIn reports whether w stands in s as a whole word ("GetService" in
// "GetService - 获取服务", not in "GetServiceRead").
func wordIn(w, s string) bool {
	for from := 0; w != ""; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return false
		}
		k += from
		if (k == 0 || !isAlnumByte(s[k-1])) && (k+len(w) == len(s) || !isAlnumByte(s[k+len(w)])) {
			return true
		}
		from = k + 1
	}
	return false
}

// isAlnumByte reports whether c is an ASCII letter or digit.
func isAlnumByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// tableCaptionRe matches the number that opens a numbered table caption: "Table 3. ",
// "Table 3: ", "表 2. ", "表2 ", "表 2：" (a full-width colon needs no space after it).
var tableCaptionRe = regexp.MustCompile(`^(?:[Tt]able|TABLE|表)\s*[0-9]+(?:\s*[.:．]?\s+|\s*[：．]\s*)`)

// CaptionName returns what a numbered table caption names after its number ("Table 4.
// page_info": "page_info"; "Table 1. Request path parameters": "Request path parameters"),
// and whether s is such a caption. Legacy pages caption each table so, a struct's table by
// the struct's name.
func CaptionName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	m := tableCaptionRe.FindString(s)
	if m == "" || len(m) == len(s) {
		return "", false
	}
	return strings.TrimSpace(s[len(m):]), true
}

// structWords are the words a heading or caption adds to a struct's name to say it defines
// the struct ("Tag 结构", "Tag 的结构", "Tag object", "Tag 对象"; "Structure of Tag"),
// longest first.
var (
	structSuffixes = []string{"的数据结构", "的结构体", "数据结构", "的结构", "结构体", "的对象", "结构", "对象", " structure", " object", " struct"}
	structPrefixes = []string{"structure of ", "definition of "}
)

// StructHeading returns the name that a heading or caption over a struct's table names,
// and whether it names one: the name alone ("Tag"), with words that say the table defines
// it (structWords: "Tags 结构", "Tag 的结构", "Tag object", "Structure of Tag"), or after a
// table caption's number ("Table 3. Tag", "表 2 Tag", "表 2：Tag", CaptionName).
func StructHeading(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if n, ok := CaptionName(s); ok {
		s = n
	}
	for _, w := range structPrefixes {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			s = s[len(w):]
			break
		}
	}
	for _, w := range structSuffixes {
		if len(s) > len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			s = s[:len(s)-len(w)]
			break
		}
	}
	s = strings.TrimSpace(s)
	return s, IsIdent(s)
}

// IsSingularOf reports whether item names one item of a list named list, in any case:
// the list's name is the item's with a plural or list suffix ("Regions", "Region";
// "InstanceSet", "Instance"; "Policies", "Policy"). The item row of a list is named so.
func IsSingularOf(item, list string) bool {
	l := strings.ToLower(list)
	i := strings.ToLower(item)
	for _, suf := range []string{"es", "s", "list", "set", "array"} {
		if strings.HasSuffix(l, suf) && strings.TrimSuffix(l, suf) == i {
			return true
		}
	}
	return strings.HasSuffix(l, "ies") && strings.TrimSuffix(l, "ies")+"y" == i
}

// ItemWord tells whether a row's name is a word that names any list's items ("[]",
// "item", "items") rather than a field.
func ItemWord(name string) bool {
	if lettersOver(name, len("items"), "") { // no item word has more letters
		return false
	}
	var buf [16]byte // the name lower case, on the stack: asked of every row's name
	switch string(AppendLower(buf[:0], name)) {
	case "[]", "item", "items":
		return true
	}
	return false
}

// codeMarks are the pairs a lightweight markup sets code or verbatim text between, as
// converters write a name cell's <code>: org's "=X=" and "~X~", reStructuredText's
// two backquotes each side, textile's and Haddock's "@X@", DokuWiki's two apostrophes each
// side, Jira's "{{X}}", MediaWiki's "<code>X</code>", Haddock's bold "__X__", and
// Asciidoctor's literal monospace "`+X+`" (pandoc -t asciidoctor), "+X+" where a reader
// trimmed its backquotes (Markdown's backquotes and bold are trimmed with the rest).
var codeMarks = [][2]string{{"`+", "+`"}, {"+", "+"}, {"``", "``"}, {"=", "="}, {"~", "~"}, {"@", "@"}, {"''", "''"}, {"{{", "}}"}, {"<code>", "</code>"}, {"__", "__"}}

// UnmarkCode is s without a pair of codeMarks, or Markdown's single backquotes, around it
// whatever they enclose: a cell written as code as a whole ("@ecs:CreateUser@",
// "`ecs:CreateUser`" in a RAM table), where UnmarkName asks that the text be a
// parameter name.
func UnmarkCode(s string) string {
	for _, m := range codeMarks {
		if in, ok := strings.CutPrefix(s, m[0]); ok && len(in) > len(m[1]) {
			if in, ok = strings.CutSuffix(in, m[1]); ok {
				return in
			}
		}
	}
	if len(s) > 2 && s[0] == '`' && s[len(s)-1] == '`' {
		return s[1 : len(s)-1]
	}
	return s
}

// UnescapeName is s with Markdown's backslash escapes read ("client\_id", "Tag\[N\]"), as a
// Markdown source and pandoc write a name and as a page saved from one keeps it, where what
// it reads is a parameter name; s otherwise (no parameter name holds a backslash).
func UnescapeName(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b = append(b, s[i])
	}
	if n := string(b); IsParamName(n) {
		return n
	}
	return s
}

// isASCIIPunct reports whether c is ASCII punctuation, which a Markdown backslash escapes.
func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
}

// UnmarkName is a name cell's text s without a pair of codeMarks around it, where the text
// they enclose is a parameter name ("=RegionId=" is RegionId, "__Marker__" Marker) or one
// in round brackets, as pages name the row of a whole body ("”(body)”" is (body):
// bracketedName).
func UnmarkName(s string) string {
	for _, m := range codeMarks {
		if in, ok := strings.CutPrefix(s, m[0]); ok {
			if in, ok = strings.CutSuffix(in, m[1]); ok && (IsParamName(in) || in != "" && bracketedName(in) == in) {
				return in
			}
		}
	}
	return s
}
