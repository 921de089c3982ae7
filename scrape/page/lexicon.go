package page

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SectionKind is what a section is about, independent of the page's language.
type SectionKind int

const (
	Intro          SectionKind = iota // text before the first recognised heading
	Other                             // a heading we do not interpret
	Debug                             // "Try it now", "Debugging", "调试"
	RAMAuth                           // "RAM authorization", "Authorization information", "授权信息"
	RequestSyntax                     // "Request syntax", "请求语法", "Sintaks permintaan"
	RequestHeaders                    // "Request headers", "请求头"
	PathParams                        // "Path parameters", "路径参数"
	QueryParams                       // "Query parameters"
	BodyParams                        // "Request body", "请求体"
	RequestParams                     // "Request parameters", "请求参数", "Parameter permintaan"
	ResponseParams                    // "Response elements/parameters", "返回参数", "Elemen respons"
	Examples                          // "Examples", "示例", "Contoh"
	ErrorCodes                        // "Error codes", "错误码", "Kode kesalahan"
	ChangeHistory                     // "Change history", "变更历史", "Riwayat perubahan"
	ReleaseNotes                      // "Release notes"
	APIList                           // overview "API list", "API 概览"
	Description                       // "Description", "接口说明", "Deskripsi"
	// ResponseHeaders are the headers of the response ("Response headers", "响应头"), which
	// are no fields of its body.
	ResponseHeaders
)

var sectionNames = map[SectionKind]string{
	Intro: "intro", Other: "other", Debug: "debug", RAMAuth: "ram", RequestSyntax: "request-syntax",
	RequestHeaders: "request-headers", PathParams: "path-params", QueryParams: "query-params",
	BodyParams: "body-params", RequestParams: "request-params", ResponseParams: "response-params",
	Examples: "examples", ErrorCodes: "error-codes", ChangeHistory: "change-history",
	ReleaseNotes: "release-notes", APIList: "api-list", Description: "description",
	ResponseHeaders: "response-headers",
}

func (k SectionKind) String() string { return sectionNames[k] }

// headingWords maps normalised heading text (lower case, spaces collapsed, trailing colon
// dropped) to a section kind. Languages: English, Chinese, Indonesian, Japanese.
var headingWords = map[string]SectionKind{
	// debugging
	"try it now": Debug, "debugging": Debug, "debug": Debug, "调试": Debug, "在线调试": Debug,
	"coba sekarang": Debug, "debugging online": Debug, "试一试": Debug, "デバッグ": Debug,
	"men-debug": Debug, "debug online": Debug,
	// RAM
	"ram authorization": RAMAuth, "authorization information": RAMAuth, "授权信息": RAMAuth,
	"ram 授权": RAMAuth, "ram授权": RAMAuth, "informasi otorisasi": RAMAuth, "otorisasi ram": RAMAuth,
	"authorization": RAMAuth, "権限情報": RAMAuth, "授权": RAMAuth,
	// request syntax
	"request syntax": RequestSyntax, "请求语法": RequestSyntax, "sintaks permintaan": RequestSyntax,
	"syntax": RequestSyntax, "リクエスト構文": RequestSyntax, "request structure": RequestSyntax,
	// request parameter groups
	"request headers": RequestHeaders, "request header": RequestHeaders, "请求头": RequestHeaders,
	"header parameters": RequestHeaders, "header parameter": RequestHeaders, "请求头参数": RequestHeaders,
	"header permintaan": RequestHeaders, "parameter header": RequestHeaders,
	"path parameters": PathParams, "path parameter": PathParams, "路径参数": PathParams, "parameter jalur": PathParams,
	"query parameters": QueryParams, "query parameter": QueryParams, "查询参数": QueryParams,
	"parameter kueri": QueryParams, "parameter query": QueryParams,
	"request body": BodyParams, "body parameters": BodyParams, "请求体": BodyParams,
	"request body parameters": BodyParams, "requestbody": BodyParams, // one word: Elasticsearch's body fields
	"请求body": BodyParams, "isi permintaan": BodyParams, "body permintaan": BodyParams,
	"request parameters": RequestParams, "request parameter": RequestParams, "请求参数": RequestParams,
	"parameter permintaan": RequestParams, "parameters": RequestParams, "リクエストパラメーター": RequestParams,
	"リクエストパラメータ":       RequestParams,
	"request elements": RequestParams, "input parameters": RequestParams, "输入参数": RequestParams, "入参列表": RequestParams,
	"request params": RequestParams, "入参": RequestParams,
	// "Parameters" alone in Indonesian and Japanese (NamesParamsOf): "Parameter" under
	// "Respons", "パラメーター" under "レスポンス", as the reqresp shape writes its sections
	"parameter": RequestParams, "パラメーター": RequestParams, "パラメータ": RequestParams,
	// response
	"response elements": ResponseParams, "response parameters": ResponseParams, "返回参数": ResponseParams,
	"返回数据": ResponseParams, "响应参数": ResponseParams, "elemen respons": ResponseParams,
	"parameter respons": ResponseParams, "response": ResponseParams, "レスポンスパラメーター": ResponseParams,
	"レスポンスパラメータ": ResponseParams, "respons": ResponseParams, "レスポンス": ResponseParams,
	"返回结果": ResponseParams, "output parameters": ResponseParams, "出参列表": ResponseParams,
	"response syntax": ResponseParams, "响应体语法": ResponseParams,
	"response fields": ResponseParams, "response body": ResponseParams, "response body parameters": ResponseParams,
	"return values": ResponseParams, "return value": ResponseParams, "return parameters": ResponseParams,
	"response data": ResponseParams, "responses": ResponseParams, "response params": ResponseParams,
	"返回值": ResponseParams, "出参": ResponseParams, "响应数据": ResponseParams,
	"输出参数":             ResponseParams, // the response's as "输入参数" is the request's
	"response headers": ResponseHeaders, "response header": ResponseHeaders,
	"response header parameters": ResponseHeaders, "response header parameter": ResponseHeaders,
	"响应头": ResponseHeaders, "响应头参数": ResponseHeaders, "返回头": ResponseHeaders, "返回头参数": ResponseHeaders,
	"header respons": ResponseHeaders,
	// examples
	"examples": Examples, "example": Examples, "示例": Examples, "contoh": Examples, "例": Examples,
	"sample responses": Examples, "response examples": Examples, "返回示例": Examples,
	"请求示例": Examples, "sample requests": Examples, "sample request": Examples, "request example": Examples,
	"request examples": Examples, "正常返回示例": Examples, "sample success responses": Examples,
	"success response": Examples, "contoh respons sukses": Examples,
	"response example": Examples, "sample response": Examples,
	// the samples' captions of the other sites, which head the section where a copy lost
	// its "Examples" heading, as the English ones above do
	"contoh respons": Examples, "respons sukses": Examples, "contoh permintaan": Examples,
	"レスポンス例": Examples, "レスポンスの例": Examples, "リクエストの例": Examples, "リクエスト例": Examples,
	"正常に処理された場合のレスポンス例": Examples, "成功時のレスポンス例": Examples,
	"正常返回範例": Examples, "返回範例": Examples, "請求範例": Examples,
	// error codes
	"error codes": ErrorCodes, "error code": ErrorCodes, "错误码": ErrorCodes, "kode kesalahan": ErrorCodes,
	"kode galat": ErrorCodes, "エラーコード": ErrorCodes, "errors": ErrorCodes,
	// change history
	"change history": ChangeHistory, "变更历史": ChangeHistory, "riwayat perubahan": ChangeHistory,
	"変更履歴":          ChangeHistory,
	"release notes": ReleaseNotes, "catatan rilis": ReleaseNotes, "发布说明": ReleaseNotes,
	// overview
	"api list": APIList, "api overview": APIList, "api 概览": APIList, "api概览": APIList,
	"api列表": APIList, "api 列表": APIList, "daftar api": APIList, "ikhtisar api": APIList,
	"list of operations by function": APIList, "api一覧": APIList,
	// description
	"description": Description, "接口说明": Description, "deskripsi": Description, "deskripsi operasi": Description,
	"operation description": Description, "api description": Description, "功能描述": Description,
	// Traditional Chinese (help/tc pages)
	"調試": Debug, "在線調試": Debug, "授權資訊": RAMAuth, "授權信息": RAMAuth, "請求語法": RequestSyntax,
	"請求頭": RequestHeaders, "請求頭參數": RequestHeaders, "路徑參數": PathParams, "查詢參數": QueryParams, "請求體": BodyParams,
	"請求參數": RequestParams, "返回參數": ResponseParams, "返回數據": ResponseParams,
	"返回結果": ResponseParams, "響應參數": ResponseParams, "請求示例": Examples, "範例": Examples,
	"錯誤碼": ErrorCodes, "變更歷史": ChangeHistory, "響應頭": ResponseHeaders, "響應頭參數": ResponseHeaders,
	"返回頭": ResponseHeaders, "返回頭參數": ResponseHeaders, "api 概覽": APIList, "api概覽": APIList,
	"ram 授權": RAMAuth, "ram授權": RAMAuth, "授權": RAMAuth, "試一試": Debug, "請求body": BodyParams,
	"入參": RequestParams, "入參列表": RequestParams, "輸入參數": RequestParams, "輸出參數": ResponseParams, "出參": ResponseParams,
	"出參列表": ResponseParams, "響應數據": ResponseParams, "響應體語法": ResponseParams, "發布說明": ReleaseNotes,
	"介面說明": Description, "接口說明": Description, "接口描述": Description,
	// Japanese
	"今すぐお試しください": Debug, "ram 認証": RAMAuth, "ram認証": RAMAuth, "操作説明": Description,
	"使用上の注意": Description, "レスポンスフィールド": ResponseParams, "レスポンス要素": ResponseParams,
	"パスパラメーター": PathParams, "パスパラメータ": PathParams, "クエリパラメーター": QueryParams,
	"クエリパラメータ": QueryParams, "リクエストヘッダー": RequestHeaders, "リクエストヘッダ": RequestHeaders,
	"リクエストボディ": BodyParams, "レスポンスヘッダー": ResponseHeaders, "レスポンスヘッダ": ResponseHeaders,
}

// headingDecoration is what documents and dumps set around a heading's words: ATX and
// setext-like marks ("## X ##", "=== X ==="), a permalink's ¶ or §, bold or emphasis
// markers left in a dump ("**X**"), a quote mark, and the bullets and bars some sites put
// before a heading (■, ●, ▶, ▎).
const headingDecoration = "#¶§*_=>•·■□▪▫●○◆◇▶►▸▎▍▌ \t"

// headingBrackets are the pairs that may enclose a whole heading ("【请求参数】").
var headingBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"「", "」"}, {"〖", "〗"}}

// NormalizeHeading lower-cases s, collapses white space and drops trailing colons and
// heading decoration (headingDecoration, headingBrackets), so that headings from any
// format compare equal.
func NormalizeHeading(s string) string { return normalizeWords(headingText(s)) }

// headingText is s without the white space, heading decoration and brackets round it
// (NormalizeHeading), as written.
func headingText(s string) string {
	s = strings.Trim(strings.TrimSpace(s), headingDecoration)
	for _, b := range headingBrackets {
		if in, ok := strings.CutPrefix(s, b[0]); ok && strings.HasSuffix(in, b[1]) && !strings.Contains(in[:len(in)-len(b[1])], b[0]) {
			s = strings.Trim(in[:len(in)-len(b[1])], headingDecoration)
		}
	}
	return s
}

// normalizeWords lower-cases s, collapses white space and drops trailing colons: the key
// of the lexicon's heading and column words. Every short line and header cell a reader
// meets is looked up so. The key is written once (appendWords) into a buffer on the stack,
// and copied only when it is not s itself: lower-case words one space apart are their own
// key. A lookup that keeps no key uses lookupWords, which copies none. Chinese and
// Japanese write no space between words, so white space between two of their characters
// is spacing, not a word break ("リクエスト パラメーター", "请 求 参 数" as a PDF spaces a
// heading's letters), and goes.
func normalizeWords(s string) string {
	s = trimWords(s)
	var buf [64]byte
	if key := appendWords(buf[:0], s); string(key) != s {
		return string(key)
	}
	return s // its own key (lower-case words one space apart): no copy
}

// lookupWords is m[normalizeWords(s)] with the key written into a buffer on the stack
// (lookupKey): normalizeWords builds a string for each capitalised cell ("Type",
// "Description"), dozens a page of header cells and card keys asked again and again.
func lookupWords[V any](m map[string]V, most int, s string) V {
	v, _ := lookupKey(m, most, trimWords(s), true)
	return v
}

// lookupKey is m[key] and whether m has it, key being the trimmed text t lower case, word
// by word one space apart (appendWords) when words is set, else as it stands
// (AppendLower), written into a buffer on the stack: a map index by string(b) copies
// nothing. most is the most letters of m's keys (mostLetters): text with more (a
// sentence) is none of them and is not lowered.
func lookupKey[V any](m map[string]V, most int, t string, words bool) (V, bool) {
	if lettersOver(t, most, "") {
		var zero V
		return zero, false
	}
	var buf [64]byte // longer keys spill to the heap, as they did
	k := buf[:0]
	if words {
		k = appendWords(k, t)
	} else {
		k = AppendLower(k, t)
	}
	v, ok := m[string(k)]
	return v, ok
}

// mostLetters is the most runes other than white space among m's keys: the letters of
// a lexicon key. Lower-casing keeps every rune and collapsing white space every other, so
// text with more such runes (lettersOver) is no key of m.
func mostLetters[V any](m map[string]V) int {
	most := 0
	for k := range m {
		most = max(most, letters(k))
	}
	return most
}

// letters counts the runes of s that are not white space.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// lettersOver reports whether s has more than n runes that are neither white space nor
// one of marks, reading no further than the one past n.
func lettersOver(s string, n int, marks string) bool {
	for _, r := range s {
		if !isSpace(r) && (marks == "" || !strings.ContainsRune(marks, r)) {
			if n--; n < 0 {
				return true
			}
		}
	}
	return false
}

// isSpace is unicode.IsSpace with an ASCII rune told inline (its white space is \t to \r
// and the space): lettersOver asks it of every rune of the lines it is given.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// trimWords drops the white space round s and its trailing colons (normalizeWords).
func trimWords(s string) string { return strings.TrimRight(strings.TrimSpace(s), ":：") }

// appendWords appends normalizeWords' key of s (trimmed: trimWords) to b: plain words
// (plainWords) as they stand, any other text word by word, one space apart; lower case
// (AppendLower). It builds no slice of words or intermediate string.
func appendWords(b []byte, s string) []byte {
	if plainWords(s) {
		return AppendLower(b, s)
	}
	start := len(b)
	last := rune(0) // the last rune written
	for w := range strings.FieldsSeq(s) {
		if first, _ := utf8.DecodeRuneInString(w); len(b) > start && !spacing(last, first) {
			b = append(b, ' ')
		}
		b = AppendLower(b, w)
		last, _ = utf8.DecodeLastRuneInString(w)
	}
	return b
}

// AppendLower appends s to b lower case, rune by rune as strings.ToLower lowers it
// (unicode.ToLower): the lexicon's lookups write their keys so into a buffer on the stack.
// An ASCII byte is lowered where it stands (unicode.ToLower of an ASCII rune is its ASCII
// lower case): most keys are ASCII, and a call per rune was 2 % of BenchmarkScrape.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// JoinIdeographs drops the white space between two Chinese or Japanese characters
// (spacing, as normalizeWords reads it), and keeps every other space and the case: a column name split by a space ("エラー コード", "錯誤 碼") written as the word it
// is, for readers that match a line against the lexicon's words as written.
func JoinIdeographs(s string) string {
	if IsASCII(s) {
		return s
	}
	var b strings.Builder
	last := rune(0) // the last rune before the white space being read
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+n])
			last, i = r, i+n
			continue
		}
		e := i
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsSpace(r) {
				break
			}
			e += n
		}
		if next, _ := utf8.DecodeRuneInString(s[e:]); e == len(s) || !spacing(last, next) {
			b.WriteString(s[i:e])
		}
		i = e
	}
	return b.String()
}

// spacing reports whether white space between the runes before and after is spacing, no
// word break: Chinese and Japanese write no space between words (ideographic), so one
// there spaces letters out ("请 求 参 数"). normalizeWords' keys (appendWords) and
// JoinIdeographs drop it by this one rule.
func spacing(before, after rune) bool { return ideographic(before) && ideographic(after) }

// ideographic reports whether r is a character of Chinese or Japanese words (Han, kana,
// the prolonged sound mark ー), which are written with no space between them.
func ideographic(r rune) bool {
	return r >= 0x3000 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー')
}

// plainWords reports whether s is ASCII words one space apart: no byte past ASCII or
// below a space (a tab, a line break), no two spaces side by side.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= utf8.RuneSelf || c == ' ' && i > 0 && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// HeadingShaped reports whether a block's text reads as a heading, known or not: one short
// line (at most 8 words, 60 characters) that does not end as a sentence or a label does
// (its last character a letter, a digit or a closing bracket). Readers ask it of a line
// the lexicon does not know before taking it for a heading.
func HeadingShaped(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.Contains(t, "\n") || len(strings.Fields(t)) > 8 || utf8.RuneCountInString(t) > 60 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == '）'
}

// LabelHeading reports whether a paragraph of one line is a section heading written as a
// label, as some exports write headings: set in bold ("**Request parameters**",
// <p><strong>…</strong></p>: bold says so) or ending in a colon ("Response parameters:"),
// and naming a parameter section, the request syntax or the error codes of the lexicon
// (a ROA page that labels its parameter sections so labels the request line's too, and
// without it every path parameter would be placed elsewhere). It returns the heading's
// text without the colon.
func LabelHeading(text string, bold bool) (string, bool) {
	t := strings.TrimSpace(text)
	colon := strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
	if !bold && !colon || strings.Contains(t, "\n") {
		return "", false
	}
	t = strings.TrimSpace(strings.TrimRight(t, ":："))
	k, ok := ClassifyHeading(t)
	_, written := ClassifyWrittenHeading(t)
	if !ok || !k.HoldsParams() && k != RequestSyntax && k != ErrorCodes ||
		!strings.Contains(t, " ") && IsASCII(t) && !(written && CamelHump(t)) || oneWordLabels[NormalizeHeading(t)] {
		// only these sections, named in more than one English word or in one camel-case
		// word the lexicon has as written ("**RequestBody**"): "Example:", "Response:"
		// label a sample inside a section as often as they head one, and so do the one
		// words of Japanese that say as little (oneWordLabels)
		return "", false
	}
	return t, true
}

// oneWordLabels are headings of the lexicon in Japanese, written with no space, that are
// one word as "Response" and "Parameters" are (LabelHeading leaves those to BoldSection).
var oneWordLabels = map[string]bool{"レスポンス": true, "パラメーター": true, "パラメータ": true}

// BoldLabel reports whether a line set in bold on its own ("**Debugging**", "**调试**",
// "**Examples**", "**Sample response**") names a section the lexicon knows that
// LabelHeading leaves out, and which. Such a line is as often emphasis inside the section
// it stands in ("**Example**" over a parameter's sample value, "**Response**" over the
// sample response): it heads its section only when what follows it fits (LabelFits).
func BoldLabel(text string) (string, SectionKind, bool) {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ":："))
	if t == "" || strings.Contains(t, "\n") {
		return "", Intro, false
	}
	k, ok := ClassifyHeading(t)
	if !ok || k == Other || k == APIList {
		return "", Intro, false
	}
	return t, k, true
}

// BoldSection reports whether a bold line on its own (text, BoldLabel) heads a section
// while the reader stands in section in: what follows it fits the section it names
// (LabelFits, tableAhead), it names another section than in (one of the section it stands
// in labels a part of it: "**请求示例**" under "## 示例"; "**Parameters**" under "##
// Response" names no other: NamesParamsOf), and in a parameter section it
// names no parameter card (NamesCard: "**Description**" over "Type: String"). tableAhead
// and next (the text after it) are asked only when needed.
func BoldSection(text string, in SectionKind, tableAhead func() bool, next func() string) (string, SectionKind, bool) {
	h, k, ok := BoldLabel(text)
	if !ok || k == in || NamesParamsOf(in, h, k) || !LabelFits(k, tableAhead()) || in.HoldsParams() && NamesCard(text, next()) {
		return "", Intro, false
	}
	return h, k, true
}

// LabelFits reports whether what follows a BoldLabel of kind k up to the next heading fits
// the section it names, by whether it holds a table: parameters, headers, error codes,
// RAM actions and changes are tables; samples, the debugging link, the request line and a
// description are not, and a table after such a bold line is the rows of the section it
// emphasizes in.
func LabelFits(k SectionKind, table bool) bool {
	switch {
	case k.HoldsParams(), k == ErrorCodes, k == RAMAuth, k == ChangeHistory, k == ReleaseNotes:
		return table
	}
	return !table
}

// ClassifyHeading tells which section a heading line starts. ok is false when the line is
// not a heading we know. Documents number their sections ("1. Request parameters", "二、
// 请求参数", "（一）返回参数") and qualify them in brackets ("Request parameters (Query)",
// "请求参数（Body）", "Request parameters (Headers)"): the number tells nothing; a bracket
// naming where request parameters travel makes the section that location's kind (a
// response section's header bracket makes it ResponseHeaders), any other is read past. A
// heading the lexicon does not know that is written in camel case ("ResponseBody") is read
// as its words. Every reader classifies its headings here, so all of them read these forms
// (the text reader takes a camel-case line for a name unless ClassifyWrittenHeading knows it).
func ClassifyHeading(s string) (SectionKind, bool) {
	k, ok := classifyWords(s)
	if !ok && CamelHump(s) {
		return classifyWords(splitCamel(s))
	}
	return k, ok
}

// ClassifyWrittenHeading is ClassifyHeading without reading camel case as words: a camel-case
// line the lexicon has as written ("RequestBody") is a heading, where one it would only
// split is as likely a parameter's name.
func ClassifyWrittenHeading(s string) (SectionKind, bool) { return classifyWords(s) }

// classifyWords is ClassifyHeading of a heading written in words.
func classifyWords(s string) (SectionKind, bool) {
	s = trimAnchor(s)
	if !mayEndHeading(s) {
		return 0, false
	}
	words, qual := headingParts(s)
	k, ok := lookupHeading(words)
	if !ok || qual == "" {
		return k, ok
	}
	loc, isLoc := qualifierLocation(qual)
	switch {
	case !isLoc:
		return k, true
	case k == ResponseParams && loc == RequestHeaders:
		return ResponseHeaders, true
	case k.HoldsRequest():
		return loc, true
	}
	return k, true
}

// trimAnchor drops what sites put after a heading's words as its permalink: a trailing run
// of symbols ("Request parameters🔗", "… ¶", "… #"), or a Markdown link whose text is only
// such symbols ("## Request parameters [#](#request-parameters)"). Closing brackets stay:
// they close a qualifier ("(Query)").
func trimAnchor(s string) string {
	for {
		t := strings.TrimRightFunc(s, isAnchorRune)
		if open := strings.LastIndex(t, "]("); open > 0 && strings.HasSuffix(t, ")") && !strings.Contains(t[open:], " ") {
			if text := strings.LastIndexByte(t[:open], '['); text >= 0 && strings.TrimFunc(t[text+1:open], isAnchorRune) == "" {
				t = t[:text]
			}
		}
		if t == s || strings.TrimSpace(t) == "" {
			return s
		}
		s = t
	}
}

// isAnchorRune reports whether r may be a heading's permalink mark, or space around it.
func isAnchorRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsSymbol(r) || strings.ContainsRune("#¶§†\uFE0E\uFE0F\u200D", r)
}

// splitCamel puts a space before each upper-case letter that follows a lower-case one.
func splitCamel(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2) // a space at most before every other letter
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			b.WriteByte(' ')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// headingNumberRe matches the number before a heading's words, lower case: "1.", "1.2",
// "3)", "(1)", "（一）", "二、", "iv.", "①", a letter "a." or "b)", a step "step 1:" and a
// Chinese ordinal "第一部分", "第3节", "第二步、".
var headingNumberRe = regexp.MustCompile(`^(?:[(（]\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*[)）]` +
	`|(?:[0-9０-９]+(?:[.．][0-9０-９]+)*|[一二三四五六七八九十]+)(?:[.．、)）]|\s)|[ivx]+[.)]|[a-z][.)]\s|[①-⑳]` +
	`|(?:step|part|section)\s+[0-9]+\s*[:：.)\-–]?\s` +
	`|第\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*(?:部分|章|节|節|步|条|條|项|項|部)?\s*[、.．:：]?)\s*`)

// mayBeNumbered reports whether a normalised heading may start with a number
// (headingNumberRe), a test that rules out most lines before the regexp runs (a sentence,
// a line of JSON): a number starts with a digit, a "(" or a character past ASCII (a
// full-width digit or bracket, a CJK numeral, a circled digit, 第), or with a letter: a
// roman numeral's letters or one letter, then "." or ")" ("iv.", "a)"), or "step", "part"
// or "section" ("step 1"). A sentence's first word is none of these.
func mayBeNumbered(key string) bool {
	if key == "" {
		return false
	}
	switch c := key[0]; {
	case c >= utf8.RuneSelf, c == '(', c >= '0' && c <= '9':
		return true
	case c >= 'a' && c <= 'z':
		closes := func(n int) bool { return len(key) > n && (key[n] == '.' || key[n] == ')') }
		return closes(len(key)-len(strings.TrimLeft(key, "ivx"))) || closes(1) ||
			strings.HasPrefix(key, "step") || strings.HasPrefix(key, "part") || strings.HasPrefix(key, "section")
	}
	return false
}

// cutQualifier splits a normalised heading (NormalizeHeading) into its words and a
// qualifier in brackets at its end ("(Query)", "（Body）", "【Query】", "[Path]"): the
// qualifier is what follows the last bracket before the closing one, which must open.
func cutQualifier(key string) (words, qual string, ok bool) {
	end, size := utf8.DecodeLastRuneInString(key)
	if !strings.ContainsRune(")）】]", end) {
		return "", "", false
	}
	inner := key[:len(key)-size]
	open := strings.LastIndexAny(inner, "()（）【】[]")
	if open < 0 {
		return "", "", false
	}
	r, n := utf8.DecodeRuneInString(inner[open:])
	words, qual = strings.TrimSpace(inner[:open]), inner[open+n:]
	if !strings.ContainsRune("(（【[", r) || words == "" || qual == "" {
		return "", "", false
	}
	return words, qual, true
}

// headingParts returns a heading's words, normalised (NormalizeHeading) and without a
// leading number, and the text of a bracketed qualifier after them ("" for none).
func headingParts(s string) (words, qual string) {
	key := NormalizeHeading(s)
	if _, ok := headingWords[key]; ok {
		return key, ""
	}
	if mayBeNumbered(key) {
		if m := headingNumberRe.FindString(key); m != "" && len(m) < len(key) {
			key = key[len(m):]
		}
	}
	if _, ok := lookupHeading(key); ok {
		return key, ""
	}
	if words, qual, ok := cutQualifier(key); ok {
		// a qualifier set as code or emphasis ("(`Query`)") is its bare word
		return words, strings.Trim(qual, "`*_ ")
	}
	return key, ""
}

// mayEndHeading reports whether the key of heading text s (NormalizeHeading) ends as a
// heading of the lexicon may: in the last rune of one of its words or of a suffix after
// them (headingEnds), or in a closing bracket (a qualifier after the words: cutQualifier).
// The words headingParts finds end where the key ends unless a qualifier follows them, so
// text that ends otherwise (a sentence's period, a digit, two of three lines of a page)
// is no heading, and classifyWords tells so without lowering and copying it.
func mayEndHeading(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(trimWords(headingText(s)), unicode.IsSpace))
	r = unicode.ToLower(r) // as appendWords writes the key
	return strings.ContainsRune(headingEnds, r) || strings.ContainsRune(")）】]", r)
}

// headingEnds holds the last rune of each heading word of the lexicon and of each suffix
// of headingSuffixes (mayEndHeading).
var headingEnds = func() string {
	var b strings.Builder
	add := func(w string) {
		if r, _ := utf8.DecodeLastRuneInString(w); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	for w := range headingWords {
		add(w)
	}
	for _, s := range headingSuffixes {
		add(s)
	}
	return b.String()
}()

// headingSuffixes follow a Chinese heading's words without changing what the section is
// ("请求参数说明", "返回参数列表").
var headingSuffixes = []string{"说明", "說明", "列表"}

// lookupHeading finds normalised heading words in headingWords, also when a suffix of
// headingSuffixes follows them.
func lookupHeading(words string) (SectionKind, bool) {
	if k, ok := headingWords[words]; ok {
		return k, true
	}
	for _, suf := range headingSuffixes {
		if w, cut := strings.CutSuffix(words, suf); cut && w != "" {
			if k, ok := headingWords[strings.TrimSpace(w)]; ok {
				return k, true
			}
		}
	}
	return 0, false
}

// locationSections are the sections of request parameters that travel in one location, by
// the location's model name (ParseLocation).
var locationSections = map[string]SectionKind{
	"query": QueryParams, "path": PathParams, "header": RequestHeaders, "body": BodyParams, "form": BodyParams,
}

// LocationLabel reports whether a label (a heading the lexicon does not know below a
// request section's, or a line on its own, bold or ending in a colon) is a location's
// word alone, as pages label the table of a request's body ("Body", "**Body**",
// "Headers:", "请求体") under "Request parameters", and which section kind it names.
func LocationLabel(text string) (SectionKind, bool) {
	t, ok := labelWords(text)
	if !ok {
		return 0, false
	}
	return qualifierLocation(t)
}

// labelWords is a label line's words without its bold marks and closing colon ("**Body**",
// "Body:"), and false for no words or more than a line: the one reading of a label that
// LocationLabel and ResponseLabel share.
func labelWords(text string) (string, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "*_"))
	t = strings.TrimSpace(strings.TrimRight(t, ":："))
	return t, t != "" && !strings.Contains(t, "\n")
}

// responseBodyWords name a response's body as a label under its section does ("Body"
// is a location's word, LocationLabel), lower case.
var responseBodyWords = map[string]bool{
	"response body": true, "响应体": true, "返回体": true, "響應體": true, "レスポンスボディ": true, "isi respons": true,
}

// ResponseLabel reports whether a label in a response section (a heading below the
// section's, or a line on its own, bold or ending in a colon) names the response's headers
// ("Headers", "Response headers", "响应头": ResponseHeaders) or its body ("Body",
// "Response body", "响应体": ResponseParams) alone, and which.
func ResponseLabel(text string) (SectionKind, bool) {
	t, ok := labelWords(text)
	if !ok {
		return 0, false
	}
	switch k, _ := LocationLabel(t); k {
	case RequestHeaders:
		return ResponseHeaders, true
	case BodyParams:
		return ResponseParams, true
	}
	if lettersOver(t, responseLabelRunes, "") || !responseLabelEnd(t) {
		return ResponseParams, false // no label below (longer, or ends otherwise): not lower-cased
	}
	low := strings.ToLower(t)
	if k, ok := lookupHeading(low); ok && k == ResponseHeaders {
		return ResponseHeaders, true
	}
	return ResponseParams, responseBodyWords[low]
}

// responseLabelRunes is the most runes, white space left out, of the lower-case words
// ResponseLabel looks up: a ResponseHeaders heading of the lexicon and a suffix of
// headingSuffixes after it, or a responseBodyWords entry. strings.ToLower maps a rune to
// one rune and white space to itself, so a label with more is none of them and need not
// be lower-cased: the text reader asks ResponseLabel of each line that may end a table,
// most of them descriptions.
var responseLabelRunes = func() int {
	most, suffix := 0, 0
	for w, k := range headingWords {
		if k == ResponseHeaders {
			most = max(most, letters(w))
		}
	}
	for _, s := range headingSuffixes {
		suffix = max(suffix, letters(s))
	}
	most += suffix
	for w := range responseBodyWords {
		most = max(most, letters(w))
	}
	return most
}()

// responseLabelEnds holds the last rune of each word ResponseLabel looks up: a
// ResponseHeaders heading's, a suffix of headingSuffixes's, a responseBodyWords entry's.
var responseLabelEnds = func() string {
	var b strings.Builder
	add := func(w string) {
		if r, _ := utf8.DecodeLastRuneInString(w); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	for w, k := range headingWords {
		if k == ResponseHeaders {
			add(w)
		}
	}
	for _, s := range headingSuffixes {
		add(s)
	}
	for w := range responseBodyWords {
		add(w)
	}
	return b.String()
}()

// responseLabelEnd reports whether t ends as a word ResponseLabel looks up does once
// lower-cased (responseLabelEnds): strings.ToLower maps its last rune to that rune's lower
// case. A sentence's period ends none.
func responseLabelEnd(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(responseLabelEnds, unicode.ToLower(r))
}

// KindIn is the kind of the section a known heading (text, of kind k) starts at level
// below the section cur (a table's caption or title row counts a level below): a heading
// that names parameters without saying whose ("Parameters", "### Parameters" under "##
// Response") below a parameter section names that section's, not the request's.
func KindIn(cur *Section, level int, text string, k SectionKind) SectionKind {
	if cur == nil || level <= cur.Level || !NamesParamsOf(cur.Kind, text, k) {
		return k
	}
	return cur.Kind
}

// NamesParamsOf reports whether a heading (text, of kind k) names parameters without
// saying whose ("Parameters"), in a section of kind in that holds parameters: it names
// in's (KindIn, BoldSection; a text page's heading wrapped over two lines, "Output" over
// "parameters").
func NamesParamsOf(in SectionKind, text string, k SectionKind) bool {
	words, _ := headingParts(text)
	return k == RequestParams && paramsAlone[words] && in.HoldsParams()
}

// paramsAlone are the headings that name parameters without saying whose, by language
// (NamesParamsOf): English, Indonesian ("Parameter", the name column's word too) and
// Japanese.
var paramsAlone = map[string]bool{"parameters": true, "parameter": true, "パラメーター": true, "パラメータ": true}

// LocationSection is the kind of the section an unknown heading (text) starts after the
// section cur, where it would be a section of its own (no label of cur, page.LabelsIn):
// a location's word alone after a section of the request ("## Body" after "## Request
// parameters", LocationLabel) heads that location's parameters; ok is false otherwise.
func LocationSection(cur *Section, text string) (SectionKind, bool) {
	if cur == nil || !cur.Kind.HoldsRequest() {
		return 0, false
	}
	return LocationLabel(text)
}

// qualifierLocation reads a heading's bracketed qualifier as a location: a Position word,
// also in the plural ("Query", "请求体", "Headers"), or a location section's heading ("Query
// parameters"). The plural is a heading's alone: a Position cell "Headers" is no location,
// and a parameter named so is no Position cell.
func qualifierLocation(q string) (SectionKind, bool) {
	if l, ok := ParseLocation(q); ok {
		return locationSections[l], true
	}
	if one, plural := strings.CutSuffix(q, "s"); plural {
		if l, ok := ParseLocation(one); ok {
			return locationSections[l], true
		}
	}
	if k, ok := headingWords[q]; ok && k != RequestParams && k.HoldsRequest() {
		return k, true
	}
	return 0, false
}

// japaneseKanjiHeadings are the Japanese headings of headingWords written in kanji alone,
// in forms Chinese pages do not use (権, 変, 説, 覧, 証; 例 alone, where Chinese writes 示例
// or 範例): HeadingLang calls them Japanese, where other kana-less CJK is Chinese.
var japaneseKanjiHeadings = map[string]bool{
	"権限情報": true, "例": true, "変更履歴": true, "操作説明": true, "api一覧": true, "ram 認証": true, "ram認証": true,
}

// traditionalOnly are characters the Traditional Chinese site (help/tc) writes where the
// Simplified one writes another (數/数, 參/参, 說/说, 請/请, 範/范): a heading with one of
// them is Traditional. Characters both scripts share (示, 例, 位, 求, 型, 性, 域) tell
// nothing, so a Traditional heading written in them alone reads as "zh" (RefinesLang).
const traditionalOnly = "數參說響應請類預設頁碼與時間錯誤據網體傳權驗證範圍個當後為這樣將從實選項標籤屬義區帳號" +
	"徑歷結線訊詢試語調變資頭稱訪級關條鍵態狀無報構覽"

// HeadingLang guesses the language of a known heading: "ja" for text with kana or a
// Japanese heading written in kanji alone (japaneseKanjiHeadings), "tc" for other CJK text
// with a Traditional-only character (traditionalOnly), "zh" for other CJK text, "id" for
// the Indonesian vocabulary, else "en".
func HeadingLang(s string) string {
	han, traditional := false, false
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue // (no kana, Han or Traditional character is ASCII)
		}
		if unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
			return "ja"
		}
		han = han || unicode.Is(unicode.Han, r)
		traditional = traditional || strings.ContainsRune(traditionalOnly, r)
	}
	key, _ := headingParts(s)
	if han {
		switch {
		case japaneseKanjiHeadings[key]:
			return "ja"
		case traditional:
			return "tc"
		}
		return "zh"
	}
	if indonesianHeading(key) {
		return "id"
	}
	return "en"
}

// indonesianWords are the words of the lexicon's Indonesian headings that English ones do
// not use; indonesianOrder are Indonesian headings written in words English shares, in
// Indonesian order (the noun first).
var (
	indonesianWords = map[string]bool{
		"permintaan": true, "respons": true, "kueri": true, "jalur": true, "kesalahan": true,
		"galat": true, "contoh": true, "riwayat": true, "perubahan": true, "otorisasi": true,
		"informasi": true, "coba": true, "sekarang": true, "daftar": true, "ikhtisar": true,
		"isi": true, "elemen": true, "sintaks": true, "deskripsi": true, "catatan": true,
		"rilis": true, "sukses": true,
	}
	indonesianOrder = map[string]bool{"parameter header": true, "parameter query": true}
)

// indonesianHeading reports whether a known heading's normalised words are Indonesian.
func indonesianHeading(words string) bool {
	if indonesianOrder[words] {
		return true
	}
	for w := range strings.FieldsSeq(words) {
		if indonesianWords[w] {
			return true
		}
	}
	return false
}

// RefinesLang reports whether page language a says more than b: Traditional Chinese ("tc")
// refines Chinese ("zh"), since a Traditional page's headings written in characters both
// scripts share (示例, 位置) read as "zh". A reader that has a page's language a keeps it
// over a heading's b, and takes a heading's a over the page's b.
func RefinesLang(a, b string) bool { return a == "tc" && b == "zh" }

// LangTag returns the page language a BCP 47 tag names (an HTML lang attribute): "tc" for
// Chinese in Traditional script or as written in Taiwan, Hong Kong and Macao (zh-TW,
// zh-Hant, zh-HK), else the tag's language subtag in lower case ("zh-CN" is "zh", "ja-JP"
// "ja"); "" for an empty tag.
func LangTag(tag string) string {
	parts := strings.Split(strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-"))), "-")
	if parts[0] == "zh" {
		for _, p := range parts[1:] {
			if p == "hant" || p == "tw" || p == "hk" || p == "mo" {
				return "tc"
			}
		}
	}
	return parts[0]
}

// MentionsRequestBody reports whether text (a paragraph) names the request body in any
// language or spelling the body headings use ("in RequestBody", "request body", "请求体"):
// a table it introduces lists body fields.
func MentionsRequestBody(text string) bool {
	squeezed := strings.ToLower(strings.Join(strings.Fields(text), ""))
	for w, k := range headingWords {
		if k == BodyParams && strings.Contains(squeezed, strings.ReplaceAll(w, " ", "")) {
			return true
		}
	}
	return false
}

// responseSampleCaptions introduce the sample response under an Examples heading, after the
// sample request ("Sample success responses", "正常返回示例").
var responseSampleCaptions = map[string]bool{
	"sample success responses": true, "sample responses": true, "sample success response": true,
	"success response": true, "success responses": true, "response examples": true,
	"response example": true, "sample response": true, "正常返回示例": true, "返回示例": true,
	"返回结果示例": true, "异常返回示例": true, "contoh respons sukses": true, "contoh respons": true,
	"成功時のレスポンス例": true, "正常に返された例": true, "レスポンス例": true,
	"正常に処理された場合のレスポンス例": true, "戻り値の例": true, "正常返回範例": true, "返回範例": true,
}

// formatWords name a sample's format around its language ("JSON format", "JSON 格式",
// "JSON形式", "Format JSON"), lower case.
var formatWords = []string{"format", "格式", "示例", "形式"}

// SampleFormat reads a label that names a sample's format ("`JSON` format", "XML 格式",
// "JSON形式"): "json" or "xml", or "" when s is no such label.
func SampleFormat(s string) string {
	if len(s) > 32 {
		return ""
	}
	t := strings.ToLower(strings.NewReplacer("`", "", " ", "").Replace(s))
	for _, l := range []string{"json", "xml"} {
		for _, w := range formatWords {
			if t == l+w || t == w+l {
				return l
			}
		}
	}
	return ""
}

// CodeLang is a code block's language: lang, what the page gave (a fence's info string, a
// class, a SampleFormat label before the block), else "json" when the text starts as a
// JSON object or array does, else "". The HTML and Markdown readers ask it of every block.
func CodeLang(lang, text string) string {
	if t := strings.TrimSpace(text); lang == "" && (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) {
		return "json"
	}
	return lang
}

// IsResponseSampleCaption reports whether s introduces a sample response.
func IsResponseSampleCaption(s string) bool {
	if len(s) > 64 {
		return false
	}
	return responseSampleCaptions[NormalizeHeading(s)]
}

// Column is what a table column holds, independent of language.
type Column int

const (
	ColOther Column = iota
	ColName
	ColType
	ColRequired
	ColDescription
	ColExample
	ColLocation // "Position", "位置": Query, Body, Path, Header
	ColDefault
	ColAction       // RAM "Action"/"Operation"
	ColAPI          // RAM "API", overview "API"
	ColAccessLevel  // RAM
	ColResourceType // RAM
	ColConditionKey // RAM
	ColDependent    // RAM dependent/associated actions
	ColHTTPStatus   // error codes
	ColErrorCode    // error codes
	ColErrorMessage // error codes
	ColDate         // change history
	ColSummary      // change history "Summary of changes"
	ColTitle        // overview "Title"
	ColCategory     // overview "Category": the group of the operations, often a cell spanning rows
	ColIndex        // a row number ("No.", "#", 序号): it tells the rows apart and says nothing of them
	// ColValues holds a parameter's valid values ("Valid values", "Value range", 取值范围,
	// 枚举值): a list of them, a range or a sentence, read as a description's "Valid values:"
	ColValues
	// ColNote holds a note on a parameter ("Constraints", 限制条件): text of its description
	ColNote
)

var columnWords = map[string]Column{
	"parameter": ColName, "name": ColName, "element": ColName, "名称": ColName, "参数": ColName,
	"parameter name": ColName, "nama": ColName, "elemen": ColName, "field": ColName, "字段": ColName,
	"field name": ColName, "字段名称": ColName, "field details": ColDescription, "字段详情": ColDescription,
	"参数名": ColName, "参数名称": ColName, "nama parameter": ColName, "パラメーター": ColName, "attribute": ColName,
	"パラメータ": ColName, "タイプ": ColType, "名前": ColName,
	"type": ColType, "类型": ColType, "tipe": ColType, "jenis": ColType, "data type": ColType,
	"数据类型": ColType, "型": ColType,
	"required": ColRequired, "是否必选": ColRequired, "必选": ColRequired, "必填": ColRequired,
	"wajib": ColRequired, "diperlukan": ColRequired, "required or not": ColRequired, "必須": ColRequired,
	"是否必填": ColRequired, "是否必需": ColRequired, "是否必须": ColRequired, "是否必要": ColRequired, "required?": ColRequired, "mandatory": ColRequired,
	"description": ColDescription, "描述": ColDescription, "说明": ColDescription, "deskripsi": ColDescription,
	"keterangan": ColDescription, "説明": ColDescription,
	"example": ColExample, "示例值": ColExample, "示例": ColExample, "contoh": ColExample,
	"example value": ColExample, "nilai contoh": ColExample, "例": ColExample, "sample response": ColExample,
	"position": ColLocation, "location": ColLocation, "位置": ColLocation, "posisi": ColLocation,
	"lokasi": ColLocation, "in": ColLocation,
	"default": ColDefault, "default value": ColDefault, "默认值": ColDefault, "nilai default": ColDefault,
	"默认": ColDefault, "缺省值": ColDefault, "デフォルト": ColDefault, "デフォルト値": ColDefault,
	"既定値": ColDefault, "bawaan": ColDefault, "nilai bawaan": ColDefault,
	"action": ColAction, "operation": ColAction, "操作": ColAction, "tindakan": ColAction, "operasi": ColAction,
	"api": ColAPI, "接口": ColAPI, "接口名称": ColAPI, "access level": ColAccessLevel, "访问级别": ColAccessLevel, "tingkat akses": ColAccessLevel,
	"resource type": ColResourceType, "资源类型": ColResourceType, "jenis sumber daya": ColResourceType,
	"tipe sumber daya": ColResourceType,
	"condition key":    ColConditionKey, "条件关键字": ColConditionKey, "kunci kondisi": ColConditionKey,
	"dependent action": ColDependent, "associated operation": ColDependent, "关联操作": ColDependent,
	"tindakan dependen": ColDependent, "operasi terkait": ColDependent, "dependent actions": ColDependent,
	"http status code": ColHTTPStatus, "httpcode": ColHTTPStatus, "http code": ColHTTPStatus, "http status": ColHTTPStatus, "http 状态码": ColHTTPStatus,
	"http状态码": ColHTTPStatus, "kode status http": ColHTTPStatus, "status code": ColHTTPStatus,
	"error code": ColErrorCode, "错误码": ColErrorCode, "kode kesalahan": ColErrorCode, "code": ColErrorCode,
	"错误代码": ColErrorCode, "錯誤代碼": ColErrorCode,
	"error message": ColErrorMessage, "错误信息": ColErrorMessage, "pesan kesalahan": ColErrorMessage,
	"message":     ColErrorMessage,
	"change time": ColDate, "变更时间": ColDate, "waktu perubahan": ColDate, "date": ColDate,
	"summary of changes": ColSummary, "变更内容概要": ColSummary, "ringkasan perubahan": ColSummary,
	"change summary": ColSummary,
	"title":          ColTitle, "标题": ColTitle, "judul": ColTitle,
	"category": ColCategory, "分类": ColCategory, "类别": ColCategory, "kategori": ColCategory,
	// Traditional Chinese (help/tc pages)
	"名稱": ColName, "參數": ColName, "參數名": ColName, "參數名稱": ColName, "類型": ColType,
	"數據類型": ColType, "是否必選": ColRequired, "必選": ColRequired,
	"說明": ColDescription, "樣本值": ColExample, "範例值": ColExample, "範例": ColExample, "預設值": ColDefault,
	"默認值": ColDefault, "存取層級": ColAccessLevel, "訪問級別": ColAccessLevel, "資源類型": ColResourceType,
	"條件關鍵字": ColConditionKey, "關聯操作": ColDependent, "錯誤碼": ColErrorCode, "http 狀態碼": ColHTTPStatus, "http狀態碼": ColHTTPStatus,
	"錯誤信息": ColErrorMessage, "錯誤訊息": ColErrorMessage, "變更時間": ColDate, "標題": ColTitle,
	"分類": ColCategory, "類別": ColCategory,
	"no.": ColIndex, "#": ColIndex, "序号": ColIndex, "序號": ColIndex,
	"字段名稱": ColName, "字段詳情": ColDescription, "是否必須": ColRequired, "接口名稱": ColAPI,
	"字段類型": ColType, "含義": ColDescription, "樣例": ColExample, "樣例值": ColExample, "默認": ColDefault,
	"必傳": ColRequired, "是否必傳": ColRequired, "必選/可選": ColRequired,
	"變更內容概要": ColSummary,
	// Japanese
	"データ型": ColType, "必須/任意": ColRequired, "必須 / 任意": ColRequired, "アクション": ColAction,
	"アクセスレベル": ColAccessLevel, "リソースタイプ": ColResourceType, "条件キー": ColConditionKey,
	"依存アクション": ColDependent, "フィールド": ColName, "http ステータスコード": ColHTTPStatus,
	"httpステータスコード": ColHTTPStatus, "エラーコード": ColErrorCode, "エラーメッセージ": ColErrorMessage,
	// other sites' and exporters' words
	"value type": ColType, "parameter type": ColType, "参数类型": ColType, "字段类型": ColType, "參數類型": ColType,
	"is required": ColRequired, "required/optional": ColRequired, "required or optional": ColRequired,
	"必选/可选": ColRequired, "是否必传": ColRequired, "必传": ColRequired,
	// a column that says whether a parameter is optional: the Required column read
	// inversely (optionalColumns)
	"optional": ColRequired, "optional?": ColRequired, "is optional": ColRequired, "可选": ColRequired,
	"是否可选": ColRequired, "可選": ColRequired, "是否可選": ColRequired, "opsional": ColRequired, "任意": ColRequired,
	"remarks": ColDescription, "remark": ColDescription, "notes": ColDescription, "comment": ColDescription,
	"comments": ColDescription, "explanation": ColDescription, "备注": ColDescription, "参数说明": ColDescription,
	"含义": ColDescription, "參數說明": ColDescription, "備註": ColDescription,
	"sample value": ColExample, "样例": ColExample, "样例值": ColExample, "取值示例": ColExample,
	// (not "param", "property", "sample" or "desc": names and example values too, as "desc"
	// is a sort order's)
	"param name": ColName, "property name": ColName, "字段名": ColName, "属性名": ColName,
	"属性名称": ColName, "属性名稱": ColName, "パラメータ名": ColName, "パラメーター名": ColName,
	"field type": ColType, "param type": ColType, "tipe data": ColType,
	"mandatory/optional": ColRequired, "必須/オプション": ColRequired, "wajib/opsional": ColRequired,
	"参数描述": ColDescription, "字段说明": ColDescription, "字段描述": ColDescription,
	"參數描述": ColDescription, "字段說明": ColDescription,
	"example values": ColExample, "举例": ColExample, "舉例": ColExample, "サンプル値": ColExample,
	// a parameter's valid values: its enum where the cell lists them, else text of its
	// description (extract's valuesCell)
	"valid values": ColValues, "allowed values": ColValues,
	"value range": ColValues, "range of values": ColValues, "possible values": ColValues,
	"accepted values": ColValues, "enumeration values": ColValues, "enum values": ColValues,
	"enumerated values": ColValues, "optional values": ColValues,
	"取值范围": ColValues, "可选值": ColValues, "枚举值": ColValues, "有效值": ColValues, "允许值": ColValues,
	"取值说明": ColValues, "取值範圍": ColValues, "可選值": ColValues, "枚舉值": ColValues, "允許值": ColValues,
	"取值說明": ColValues, "有効な値": ColValues, "指定可能な値": ColValues, "取り得る値": ColValues,
	"値の範囲": ColValues, "列挙値": ColValues, "nilai yang valid": ColValues, "nilai valid": ColValues,
	"rentang nilai": ColValues, "nilai yang diizinkan": ColValues,
	// the description by other words (not "note": a bold "Note" opens a callout in prose)
	"details": ColDescription, "detail": ColDescription, "meaning": ColDescription,
	"parameter description": ColDescription, "field description": ColDescription,
	"详情": ColDescription, "详细说明": ColDescription, "详细描述": ColDescription, "释义": ColDescription,
	"詳情": ColDescription, "詳細說明": ColDescription, "詳細描述": ColDescription, "釋義": ColDescription,
	"詳細": ColDescription, "備考": ColDescription, "意味": ColDescription, "catatan": ColDescription,
	// a note on the parameter: text of its description under the column's header, as a
	// card's "Constraints:" line is
	"constraints": ColNote, "constraint": ColNote, "limits": ColNote, "restrictions": ColNote,
	"limitations": ColNote, "约束": ColNote, "约束条件": ColNote, "限制": ColNote, "限制条件": ColNote,
	"約束": ColNote, "約束條件": ColNote, "限制條件": ColNote, "制約": ColNote, "制限": ColNote,
	"batasan": ColNote,
	// an example by other words, a type by the value's
	"示例数据": ColExample, "参考值": ColExample, "样例数据": ColExample, "示例數據": ColExample,
	"參考值": ColExample, "樣例數據": ColExample, "example data": ColExample, "sample data": ColExample,
	"sample values": ColExample, "値の例": ColExample, "contoh nilai": ColExample,
	"取值类型": ColType, "值类型": ColType, "取值類型": ColType, "值類型": ColType, "tipe nilai": ColType,
	// machine-translated RAM headers
	"operate": ColAction, "conditional keyword": ColConditionKey, "association operation": ColDependent,
	"resource": ColResourceType,
}

// ClassifyColumn tells what a header cell names. Unknown headers are ColOther. A header
// in Markdown bold ("**Parameter**", as Markdown-like text dumps write it) or in textile's
// and Jira's strong ("*Parameter*", a Redmine table's header written "|*Name*|*Type*|")
// names what its text names.
func ClassifyColumn(h string) Column {
	return lookupWords(columnWords, maxColumnLetters, columnHeader(h))
}

// columnHeader is a header cell's words: bold and heading marks dropped.
func columnHeader(h string) string {
	if t := strings.TrimSpace(h); len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
		h = t[2 : len(t)-2]
	} else if len(t) > 2 && t[0] == '*' && t[len(t)-1] == '*' {
		h = t[1 : len(t)-1]
	}
	h = strings.TrimSpace(h)
	if t := strings.TrimLeft(h, "#"); t != "" {
		return t
	}
	return h // "#" alone: a row-number column's
}

// IsHeaderRow reports whether a table row repeats a header, in any language of the lexicon
// ("参数 | 类型 | 是否必选 | 示例值 | 描述" inside an English table): it names a parameter
// and a type column and every other cell it has names a column too. A parameter row is
// never one, since its type cell is a type word, not a column name.
func IsHeaderRow(cells []string) bool {
	name, typ := false, false
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		switch ClassifyColumn(c) {
		case ColOther:
			return false
		case ColName:
			name = true
		case ColType:
			typ = true
		}
	}
	return name && typ
}

// ClassifyColumns classifies a whole header row.
func ClassifyColumns(header []string) []Column {
	out := make([]Column, len(header))
	for i, h := range header {
		out[i] = ClassifyColumn(h)
	}
	return out
}

// typeWords is the closed vocabulary of parameter types the docs use, lower case. Older
// text dumps glue a row's cells together ("InstanceIdstringYes"); this vocabulary is how
// such a row splits.
var typeWords = map[string]bool{
	"string": true, "integer": true, "int": true, "int32": true, "int64": true, "long": true,
	"float": true, "double": true, "float32": true, "float64": true, "number": true, "boolean": true, "bool": true,
	"object": true, "array": true, "map": true, "struct": true, "list": true, "repeatlist": true, "json": true,
	"date": true, "datetime": true, "date-time": true, "binary": true, "file": true, "any": true,
	"array<object>": true, "array<string>": true, "array<integer>": true, "array<long>": true,
	"array<boolean>": true, "array<number>": true, "array<double>": true, "array<float>": true,
	"array<array>": true, "array<map>": true, "map<string, string>": true, "map<string,string>": true,
	"map<string, object>": true, "map<string,object>": true, "map<string, any>": true,
	"map<string,any>": true,
	// uint64 is an integer of no width the model has (int64 would overflow past 2^63); byte[]
	// (Java's, and Go's []byte) is base64 text in JSON, as Jackson, fastjson and encoding/json
	// write it, not a list of numbers
	"uint64": true, "byte[]": true,
}

// typeAliases are type words other languages and SQL write, lower case, with the page
// word of the same meaning: CanonicalType rewrites them, so every reader and the
// extraction read them alike. uint32 and bigint are long: int32 cannot hold their values.
// A bare "set" is not one: it ends hundreds of field and struct names ("IpAddressSetType"),
// where a glued text row would split a name at it; "Set<String>" is read (listWords).
// "Dict" and "Hash" are objects, not maps: pages also name item structs so ("Array of
// Dict", its fields in the rows below), and an object the page gives no fields is a
// free-form object all the same.
//
// The words in Chinese and Japanese are the type words the pages of the Chinese and
// Japanese sites (or their translators) write in place of the English ones, Simplified,
// Traditional (help/tc) and Japanese: the page's own words in its language, not another
// type system's (Type.Foreign is for the Latin ones only). Those of a list ("数组", "配列")
// also name a list after its item type ("字符串数组", "文字列の配列": listSuffixes).
var typeAliases = map[string]string{
	"short": "integer", "byte": "integer", "int8": "integer", "int16": "integer", "uint8": "integer",
	"uint16": "integer", "uint32": "long", "bigint": "long", "decimal": "number", "bigdecimal": "number",
	"jsonarray": "array", "jsonobject": "object", "dict": "object", "hash": "object", "hashmap": "map",
	// Simplified Chinese
	"字符串": "string", "字符型": "string", "整数": "integer", "整型": "integer", "长整型": "long", "长整数": "long",
	"布尔": "boolean", "布尔值": "boolean", "布尔型": "boolean", "浮点": "float", "浮点数": "float", "浮点型": "float",
	"双精度": "double", "数值": "number", "数组": "array", "列表": "list", "对象": "object", "结构体": "struct",
	"映射": "map", "时间": "datetime", "日期": "date",
	// Traditional Chinese: the Simplified words' twins, and the words of Taiwan's usage
	"字串": "string", "整數": "integer", "長整型": "long", "長整數": "long", "布爾": "boolean", "布爾值": "boolean",
	"布爾型": "boolean", "布林": "boolean", "布林值": "boolean", "浮點": "float", "浮點數": "float", "浮點型": "float",
	"雙精度": "double", "數值": "number", "數組": "array", "陣列": "array", "對象": "object", "物件": "object",
	"結構體": "struct", "時間": "datetime",
	// Japanese
	"文字列": "string", "数値": "number", "真偽値": "boolean", "ブール": "boolean", "ブール値": "boolean",
	"ブール型": "boolean", "配列": "array", "リスト": "list", "オブジェクト": "object", "構造体": "struct",
	"マップ": "map", "日時": "datetime", "日付": "date",
}

// listSuffixes name a list after its item type or struct in Chinese and Japanese
// ("String数组", "KeyVersion的数组", "文字列の配列"): each list word of typeAliases outside
// ASCII, after a possessive particle (的, の) or alone, longest first so that the item is
// cut before the particle.
var listSuffixes = func() (out []string) {
	for w, a := range typeAliases {
		if (a == "array" || a == "list") && !IsASCII(w) {
			out = append(out, "的"+w, "の"+w, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return out
}()

// listWords open a generic list type in any bracket ("List[String]", "Array(String)",
// "Set<String>"). A postfix list ends in "array" or "list" ("String Array", "Integer list").
var listWords = map[string]bool{"array": true, "list": true, "set": true}

// IsType reports whether s is a documented type word ("string", "Long", "array<object>",
// "Array of String", "List<String>", "object []", "String数组", "*CreateUserRequestTag"):
// whether ReadType reads it. The extraction maps every type ReadType reads to a schema and
// no other, so a row a reader takes for its type word is typed by it.
func IsType(s string) bool {
	_, ok := ReadType(s)
	return ok
}

// IsGluedType is IsType for a type split off running text, where a reader takes apart
// glued cells ("InstanceIdstringYes"). A word of another language (Type.Foreign) is taken
// only when required, as a Required word glued after it makes it ("CountShortNo"), so
// "UseShortName" or "FileHashValue" in a description stays one word; a type only a cell
// of its own holds (Type.CellOnly) never is.
//
// A type's format after "/" that turns upper case after a small letter ("Boolean/booleanNo"
// of "EnabledBoolean/booleanNotrue") runs into the next cell: OpenAPI's formats are lower
// case ("int64", "date-time") and a number word after "/" is one word ("Long/Integer"),
// but ReadType reads any text after "integer/" or "boolean/" as a format.
func IsGluedType(s string, required bool) bool {
	t, ok := ReadType(s)
	return ok && !t.CellOnly && (required || !t.Foreign) && !formatRunsOn(s)
}

// formatRunsOn reports whether the text after the first "/" of s holds a capital right
// after a small letter (IsGluedType).
func formatRunsOn(s string) bool {
	_, f, ok := strings.Cut(s, "/")
	for i := 1; ok && i < len(f); i++ {
		if 'A' <= f[i] && f[i] <= 'Z' && 'a' <= f[i-1] && f[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// Type is a documented type read into the vocabulary.
type Type struct {
	// Word is a word of typeWords without brackets, lower case: a scalar ("string",
	// "long", "byte[]", "datetime", "any", "json") or a container ("object", "struct",
	// "array", "list", "repeatlist", "map"). A struct named where a type goes
	// ("*CreateUserRequestTag", the items of "Array of Tag") is "object".
	Word string
	// Elem is a list's item type or a map's value type, when the page gives it.
	Elem *Type
	// Foreign marks one word of another language's type system (typeAliases: "Short",
	// "Dict", "Decimal"): the site's own dumps write none, and in prose such a word is
	// a word ("UseShortName"). The Chinese and Japanese words are none: they are the
	// site's own, as its translated pages write them ("字符串", "文字列").
	Foreign bool
	// CellOnly marks a list whose item struct is named before a suffix
	// ("KeyVersion的数组"): inside a glued word, every split would end in such a type.
	CellOnly bool
}

// HoldsFields reports whether a value of type t has fields of its own a page may list: an
// object (a struct) or a list whose items are objects or not named.
func (t Type) HoldsFields() bool {
	switch t.Word {
	case "object", "struct":
		return true
	case "array", "list", "repeatlist":
		return t.Elem == nil || t.Elem.HoldsFields()
	}
	return false
}

// HoldsFields reports whether a type cell reads (ReadType) as a type whose values have
// fields (Type.HoldsFields): a row whose children a nested table may list.
func HoldsFields(cell string) bool {
	t, ok := ReadType(cell)
	return ok && t.HoldsFields()
}

// ReadType reads a documented type in any case, Markdown escapes ("List<String\>") and
// runs of spaces aside: a word of the vocabulary or of another language (typeAliases),
// the spellings CanonicalType rewrites, lists ("Array of X", "array<X>", "List<X>",
// "X[]", "X数组", "X的列表", where X is a type or the item struct's name),
// maps ("map<K, V>", "String to string map") and a Go pointer to a struct
// (IsStructPointer). ok is false for anything else: "Str", "Text" and "Enum" are no type
// words (no page of the corpus types a row so; KMS pages write "text" as an example value).
func ReadType(s string) (t Type, ok bool) {
	s = strings.TrimSpace(withoutCellMarks(s)) // escapes, code spans ("`*string` (required)")
	low := strings.ToLower(asciiNoteMarks(s))
	if strings.Contains(low, "  ") || strings.ContainsAny(low, "\t\n\r") {
		low = strings.Join(strings.Fields(low), " ")
	}
	if t, ok := readType(low); ok && !(t.CellOnly && gluedBeforeBrackets(s)) {
		return t, true
	}
	if !strings.HasPrefix(s, "*") {
		return Type{}, false // no Go pointer, with a note or without
	}
	if typ, _, found := cutNote(s); IsStructPointer(s) || found && IsStructPointer(typ) {
		return Type{Word: "object"}, true // "*Tag", "*Tag (optional)"
	}
	return Type{}, false
}

// cutNote cuts the note off a type cell: the text in the brackets that close it, or after
// its first comma outside brackets and a space ("String (enum)", "[]*Tag, optional",
// "Long（必填）").
func cutNote(cell string) (typ, note string, found bool) {
	s := strings.TrimSpace(asciiNoteMarks(cell))
	if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		return strings.TrimSpace(s[:open]), s[open+1 : len(s)-1], true
	}
	typ, note, found = cutOutside(s, ',')
	return strings.TrimSpace(typ), note, found && strings.HasPrefix(note, " ")
}

// cutOutside cuts s around its first sep outside brackets ("map<k, v>" has none); found is
// false where the brackets do not pair ("string,string>": the end of a map's type).
func cutOutside(s string, sep byte) (before, after string, found bool) {
	depth, at := 0, -1
	for i := 0; i < len(s) && depth >= 0; i++ {
		switch c := s[i]; {
		case strings.IndexByte("<([{", c) >= 0:
			depth++
		case strings.IndexByte(">)]}", c) >= 0:
			depth--
		case c == sep && depth == 0 && at < 0:
			at = i
		}
	}
	if depth != 0 || at < 0 {
		return s, "", false
	}
	return s[:at], s[at+1:], true
}

// typeCellMarks are the Markdown escapes and code-span ticks ReadType reads a type
// without; typeNoteMarks, the full-width brackets and comma that set a note off a type word
// in CJK text ("String（字符串）", "Long，必填"), read as the ASCII ones CanonicalType cuts.
// Each is built once: a Replacer's table costs far more than the cells it reads.
var (
	typeCellMarks = strings.NewReplacer("\\", "", "`", "")
	typeNoteMarks = strings.NewReplacer("（", "(", "）", ")", "，", ", ")
)

// withoutCellMarks and asciiNoteMarks apply typeCellMarks and typeNoteMarks to a cell that
// holds one of their marks, and return any other as it is: a Replacer's Replace allocates
// a copy on every call, and ReadType reads nearly every cell a reader meets.
func withoutCellMarks(s string) string {
	if !strings.ContainsRune(s, '\\') && !strings.ContainsRune(s, '`') {
		return s
	}
	return typeCellMarks.Replace(s)
}

func asciiNoteMarks(s string) string {
	if IsASCII(s) || !strings.ContainsAny(s, "（），") { // (ContainsAny of non-ASCII marks is a call per byte)
		return s
	}
	return typeNoteMarks.Replace(s)
}

// gluedBeforeBrackets reports whether s, a list of structs written "X[]", is a name glued
// to a type word in lower case ("RegionStatusesobject []", as concatenated text dumps write
// a row): a struct's name is camel case ("Tag[]", "ResourceObject[]"), so it never ends in
// a lower-case type word of four letters or more after a letter.
func gluedBeforeBrackets(s string) bool {
	x, ok := strings.CutSuffix(s, "[]")
	if !ok {
		return false
	}
	x = strings.TrimSpace(x)
	for w := range typeWords {
		if len(w) >= 4 && len(x) > len(w) && strings.HasSuffix(x, w) && IsIdent(w) {
			return true
		}
	}
	return false
}

// isTypeWord reports whether readType reads t, a canonical type (CanonicalType).
func isTypeWord(t string) bool {
	_, ok := readType(t)
	return ok
}

// readType is ReadType on text already trimmed, lower-cased and with single spaces.
func readType(t string) (Type, bool) {
	if typeWords[t] && !strings.Contains(t, "<") {
		return Type{Word: t}, true
	}
	if a, ok := typeAliases[t]; ok {
		r, ok := readType(a)
		r.Foreign = IsASCII(t) // "Short", not "字符串" (typeAliases)
		return r, ok
	}
	if mayBeCanonical(t) {
		if c := CanonicalType(t); c != t {
			return readType(c)
		}
	}
	if item, ok := listItem(t); ok {
		// "Array of String", "List<String>", or "Array of Tag", "List<DBInstance>" naming
		// the item struct
		return listOf(item)
	}
	if _, v, ok := strings.Cut(t, " to "); ok && strings.HasSuffix(v, " map") {
		// "String to string map"
		return mapOf(strings.TrimSuffix(v, " map")), true
	}
	if t != "" && t[len(t)-1] >= utf8.RuneSelf { // each of listSuffixes ends outside ASCII
		for _, suf := range listSuffixes {
			// "String数组", "KeyVersion的数组": a list of the type or struct before the suffix
			if rest, ok := strings.CutSuffix(t, suf); ok && rest != "" {
				if r, ok := listOf(rest); ok {
					r.CellOnly = r.Elem.Word == "object" && !typeWords[rest] && typeAliases[rest] == ""
					return r, true
				}
			}
		}
	}
	if elem, ok := strings.CutSuffix(t, "[]"); ok && strings.TrimSpace(elem) != "" {
		// "object []", "string[]", "Tag[]": a list of the type or struct before the
		// brackets; a struct's only in a cell of its own, as for "KeyVersion数组"
		elem = strings.TrimSpace(elem)
		if r, ok := listOf(elem); ok {
			r.CellOnly = r.Elem.Word == "object" && !typeWords[elem] && typeAliases[elem] == ""
			return r, true
		}
		return Type{}, false
	}
	if rest, ok := strings.CutPrefix(t, "map<"); ok && strings.HasSuffix(rest, ">") {
		_, v, _ := strings.Cut(rest[:len(rest)-1], ",")
		return mapOf(v), true
	}
	return Type{}, false
}

// ListItem returns the item a list type names, as written: "User" for "Array of User",
// "List<User>" or "array<User>" in any case; "" for any other type. The item may be a type
// word ("Array of String"): ReadType reads which.
func ListItem(s string) string {
	item, _ := listItem(strings.TrimSpace(s))
	return item
}

// listItem cuts the item, trimmed, out of t (trimmed) when t is "array of X", "array<X>"
// or "list<X>" in any case.
func listItem(t string) (string, bool) {
	if len(t) >= len("array of ") && strings.EqualFold(t[:len("array of ")], "array of ") {
		return strings.TrimSpace(t[len("array of "):]), true
	}
	for _, p := range []string{"array<", "list<"} {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && strings.HasSuffix(t, ">") {
			return strings.TrimSpace(t[len(p) : len(t)-1]), true
		}
	}
	return "", false
}

// listOf reads a list of item: a type, also in the plural as Redoc writes it ("Array of
// strings", "Array of integers"), or the item struct's name (an object).
func listOf(item string) (Type, bool) {
	item = strings.TrimSpace(item)
	if e, ok := readType(item); ok {
		return Type{Word: "array", Elem: &e}, true
	}
	if one, ok := strings.CutSuffix(item, "s"); ok && typeWords[one] {
		e, _ := readType(one)
		return Type{Word: "array", Elem: &e}, true
	}
	if isStructWord(item) {
		return Type{Word: "array", Elem: &Type{Word: "object"}}, true
	}
	return Type{}, false
}

// mapOf reads a map whose values are of type value; of any values when that is no type.
func mapOf(value string) Type {
	m := Type{Word: "map"}
	if v, ok := readType(strings.TrimSpace(value)); ok {
		m.Elem = &v
	}
	return m
}

// IsStructPointer reports whether s is a Go pointer to one of the SDK's structs: to an
// exported identifier that is no type word ("*String", "*Struct" are the words). The SDK
// names most after the request or response ("*CreateLogstashRequestNetworkConfig"), some
// shared models ("*Logstash", "*ClientNodeConfiguration": the Elasticsearch SDK's). A RAM
// table's resource column writes the same shape ("*Instance"); the text reader reads that
// column apart.
func IsStructPointer(s string) bool {
	name, ok := strings.CutPrefix(s, "*")
	if !ok || name == "" || name[0] < 'A' || name[0] > 'Z' || !IsIdent(name) {
		return false
	}
	_, word := readType(strings.ToLower(s))
	return !word
}

// mayBeCanonical reports whether CanonicalType may rewrite t (lower case): only the
// spellings with a bracket, a slash, a comma or a Go pointer, "set<...>", "list of ...", and the
// postfix lists ("string array") have a canonical form.
func mayBeCanonical(t string) bool {
	return strings.ContainsAny(t, "/*[{(,") || strings.HasPrefix(t, "set<") || strings.HasPrefix(t, "list of ") ||
		strings.HasSuffix(t, " array") || strings.HasSuffix(t, " list")
}

// CanonicalType rewrites a lower-case type written the way API metadata and SDK references
// write it into the page vocabulary: "integer/int64" (OpenAPI type/format) is "long",
// "number/float" "float"; Go's "*string" is "string", "[]*int32" "array<int32>",
// "map[string]*string" "map<string,string>", "interface{}" "any",
// "[]*createuserrequesttag" (a list of structs) "array<object>"; "integer (int64)" is
// "integer/int64". A pointer to a struct ("*createuserrequesttag") stays as it is: "*User"
// is also how RAM tables write a resource. Other languages' words are the page word of the
// same meaning (typeAliases: "short" is "integer", "bigint" "long", "jsonobject" "object");
// a generic list in any bracket or written after its item type ("list[string]",
// "array(string)", "set<tag>", "string array") is "list<X>", which reads X as a type or the
// item struct's name; "json array" says only "array"; two number words joined by a slash
// ("long/integer") are the wider; "list of X" is "array of X". Any other text is returned
// as is.
func CanonicalType(t string) string {
	if a, ok := typeAliases[t]; ok {
		return a
	}
	if t == "[]byte" || t != "byte[]" && strings.HasSuffix(t, "[]") && strings.TrimSpace(t[:len(t)-2]) == "byte" {
		return "byte[]" // Go's []byte and "byte []": base64 text, as byte[] (typeWords)
	}
	if elem, ok := listGeneric(t); ok {
		return "list<" + elem + ">"
	}
	if f := strings.Fields(t); len(f) == 2 && (f[1] == "array" || f[1] == "list") {
		switch {
		case f[0] == "json":
			return "array" // "JSON array": a list in JSON, of items the page tells elsewhere
		case IsType(f[0]):
			return "array<" + f[0] + ">"
		}
	}
	if rest, ok := strings.CutPrefix(t, "list of "); ok {
		return "array of " + rest
	}
	if open := strings.IndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") {
		// "integer (int64)", "string(date-time)": the type and its format, as OpenAPI
		// renderers write them
		typ, format := strings.TrimSpace(t[:open]), strings.TrimSpace(t[open+1:len(t)-1])
		switch typ {
		case "integer", "number", "string", "boolean", "array", "object":
			if format != "" && !strings.ContainsAny(format, " /()") {
				return CanonicalType(typ + "/" + format)
			}
		}
		if c := CanonicalType(typ); format != "" && isTypeWord(c) {
			// "long (int64)": the wider of two number words; "boolean (true/false)",
			// "string (enum)", "[]*tag (optional)": a type and a note on it; "long（长整型）":
			// a type and its gloss in the page's language, the type word the page's
			if w := widerNumber(typ, format); w != "" {
				return w
			}
			if !isTypeWord(CanonicalType(format)) || !IsASCII(format) {
				return c
			}
		}
	}
	if typ, note, ok := cutOutside(t, ','); ok && strings.HasPrefix(note, " ") && strings.TrimSpace(note) != "" {
		// "string, max 64", "[]*tag, optional": a type and a note after it (a comma and a
		// space: text with no space has no such note, as mayEndInType counts on)
		if c := CanonicalType(strings.TrimSpace(typ)); isTypeWord(c) {
			return c
		}
	}
	if typ, format, ok := strings.Cut(t, "/"); ok && format != "" {
		if w := widerNumber(typ, format); w != "" {
			return w
		}
		if w, ok := typeFormats[typ][format]; ok {
			return w
		}
		if _, ok := typeFormats[typ]; ok {
			return typ // a format nobody registered: the type alone, and UnknownFormat names the word
		}
		return t
	}
	if t == "interface{}" {
		return "any"
	}
	if elem, ok := strings.CutPrefix(t, "[]"); ok && elem != "" {
		return "array<" + goElem(elem) + ">"
	}
	if rest, ok := strings.CutPrefix(t, "map[string]"); ok && rest != "" {
		return "map<string," + goElem(rest) + ">"
	}
	if elem, ok := strings.CutPrefix(t, "*"); ok && elem != "" {
		if c := CanonicalType(elem); typeWords[c] {
			return c
		}
	}
	return t
}

// typeFormats are the formats that a type written with its format after a slash
// ("integer/int64", "string/date-time"; "string (uuid)" is read as "string/uuid") may name, for each
// OpenAPI type, and the page word each pair reads as: the formats of the OpenAPI registry,
// the one Alibaba's metadata adds (iso8601, a date-time text), the number words of another
// width (int8, uint32) and the type repeated as its own format, as portals print it
// ("String/string", "Boolean/boolean"). Any other word after the slash is no format the
// model knows: CanonicalType reads the type alone and UnknownFormat names the word.
var typeFormats = map[string]map[string]string{
	"integer": {"integer": "integer", "int32": "integer", "int64": "long", "int8": "integer", "int16": "integer",
		"uint8": "integer", "uint16": "integer", "uint32": "long", "uint64": "uint64"},
	"number": {"number": "number", "float": "float", "double": "double", "decimal": "number"},
	"string": {"string": "string", "date-time": "datetime", "date": "datetime", "datetime": "datetime", "iso8601": "datetime",
		"binary": "binary", "byte": "byte[]", "password": "string", "email": "string", "uri": "string", "url": "string",
		"uuid": "string", "hostname": "string", "ipv4": "string", "ipv6": "string"},
	"boolean": {"boolean": "boolean", "bool": "boolean"},
	"array":   {"array": "array"},
	"object":  {"object": "object"},
}

// UnknownFormat returns the word after the slash of a type cell written "type/format"
// whose format is none of typeFormats' ("string/whatever", "integer/big"), in the cell's
// case, or "" for any other cell. ReadType reads such a cell as the type alone (the word
// may be a format of a registry this one lacks, or a note); the caller names the word, so
// that it is not lost silently.
func UnknownFormat(cell string) string {
	typ, format, ok := strings.Cut(strings.TrimSpace(withoutCellMarks(cell)), "/")
	typ, format = strings.ToLower(strings.TrimSpace(typ)), strings.TrimSpace(format)
	formats, isType := typeFormats[typ]
	if !ok || !isType || format == "" || strings.ContainsAny(format, " /()") {
		return ""
	}
	if _, known := formats[strings.ToLower(format)]; known || widerNumber(typ, strings.ToLower(format)) != "" {
		return ""
	}
	return format
}

// listGeneric reads a generic list written with a list word and its item type in brackets
// ("list[string]", "array(string)", "set<string>"): the item type, trimmed. The forms
// IsType and the extraction read themselves ("array<x>", "list<x>") are not rewritten.
func listGeneric(t string) (string, bool) {
	if t == "" {
		return "", false
	}
	var open byte
	switch t[len(t)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	case '>':
		open = '<'
	default:
		return "", false
	}
	i := strings.IndexByte(t, open)
	if i <= 0 {
		return "", false
	}
	head, elem := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:len(t)-1])
	if !listWords[head] || elem == "" || open == '<' && head != "set" {
		return "", false
	}
	if c := CanonicalType(elem); !isTypeWord(c) && !IsIdent(elem) || listWords[c] && !IsASCII(elem) {
		return "", false // "array（数组）", "List(列表)": a note in the page's language, no item
	}
	return elem, true
}

// numberWidths ranks the page words of integers and of fractional numbers by width.
var numberWidths = map[string]struct {
	kind  byte
	width int
}{
	"integer": {'i', 32}, "int": {'i', 32}, "int32": {'i', 32}, "long": {'i', 64}, "int64": {'i', 64},
	"float": {'f', 32}, "float32": {'f', 32}, "double": {'f', 64}, "float64": {'f', 64},
}

// widerNumber returns, for two number words of one kind ("long/integer", "Integer/Long":
// the page allows either), the one that holds both ("long"), or "".
func widerNumber(a, b string) string {
	canon := func(w string) string {
		w = strings.TrimSpace(w)
		if c, ok := typeAliases[w]; ok {
			return c
		}
		return w
	}
	a, b = canon(a), canon(b)
	wa, oka := numberWidths[a]
	wb, okb := numberWidths[b]
	if !oka || !okb || wa.kind != wb.kind {
		return ""
	}
	switch {
	case wa.kind == 'i' && max(wa.width, wb.width) == 64:
		return "long"
	case wa.kind == 'i':
		return "integer"
	case max(wa.width, wb.width) == 64:
		return "double"
	}
	return "float"
}

// goElem is CanonicalType of a Go element type, where a struct name is an object.
func goElem(t string) string {
	c := CanonicalType(strings.TrimPrefix(t, "*"))
	if typeWords[c] || strings.HasPrefix(c, "array<") || strings.HasPrefix(c, "map<") {
		return c
	}
	if isStructWord(c) {
		return "object"
	}
	return c
}

// isStructWord reports whether s, lower case, can name a struct where a type goes ("tag",
// "dbinstance", "createuserrequesttag"): an ASCII identifier, as the SDKs' struct names are.
func isStructWord(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] == '_') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// requiredWithinPrefixes and requiredWithinSuffixes frame a Required cell that makes a
// nested field required within its parent object: "Required in whiteIpGroup",
// "whiteIpGroup中必填".
var (
	requiredWithinPrefixes = []string{"required in ", "required within "}
	requiredWithinSuffixes = []string{"中必填", "中必选", "内必填"}
)

// ParseRequiredWithin reads a Required cell that says the field is required within the
// object name ("Required in whiteIpGroup", "whiteIpGroup中必填"), and returns that name.
func ParseRequiredWithin(s string) (parent string, ok bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".。")
	l := strings.ToLower(s)
	for _, p := range requiredWithinPrefixes {
		if strings.HasPrefix(l, p) {
			parent = strings.TrimSpace(s[len(p):])
		}
	}
	for _, suf := range requiredWithinSuffixes {
		if strings.HasSuffix(s, suf) {
			parent = strings.TrimSpace(strings.TrimSuffix(s, suf))
		}
	}
	if parent == "" || strings.ContainsAny(parent, " \t") {
		return "", false
	}
	return parent, true
}

// requiredWords maps the Required column's vocabulary to its meaning.
var requiredWords = map[string]bool{
	"yes": true, "no": false, "true": true, "false": false, "是": true, "否": false,
	"ya": true, "tidak": false, "required": true, "optional": false, "必选": true, "可选": false,
	"はい": true, "いいえ": false, "y": true, "n": false, "必須": true, "任意": false, "オプション": false,
	"必须": true, "非必须": false, "必需": true, "非必需": false,
	"mandatory": true, "必填": true, "选填": false, "非必填": false, "wajib": true, "opsional": false,
	"not required": false, "非必选": false, "tidak wajib": false,
	"必選": true, "可選": false, "選填": false, "非必須": false, "非必選": false, // Traditional Chinese
	"対象": true, // "applicable": the Japanese site's legacy tables translate a Yes so (cbn CreateCen-mdtable-ja)
	// marks: a check, an asterisk or (Japanese tables) a circle for a required parameter, a
	// cross for an optional one
	"✓": true, "✔": true, "√": true, "*": true, "○": true, "◯": true, "✗": false, "✘": false, "×": false,
	// a ballot box, checked or not, as a checkbox in a cell reads (CheckMark); a box with a
	// cross (☒) is not one: editors write it for checked, tables with ✗ marks for no, and
	// RequiredCells reads it by the table's other marks
	"☑": true, "✅": true, "☐": false,
}

// CheckMark is the text a checkbox in a table cell stands for (<input type="checkbox">,
// checked or not), which the Required words read as Yes or No: a cell holding only a
// checkbox has no text, and would read as a blank (optional) cell with no warning.
func CheckMark(checked bool) string {
	if checked {
		return "☑"
	}
	return "☐"
}

// optionalColumns are the header words (normalized) of a column that says whether a
// parameter is optional ("Optional", "是否可选"): ClassifyColumn calls it the Required column,
// and its answers (answerWords) mean the inverse, "Yes" not required.
var optionalColumns = map[string]bool{"optional": true, "optional?": true, "is optional": true,
	"可选": true, "是否可选": true, "可選": true, "是否可選": true, "opsional": true, "任意": true}

// answerWords are the Required-cell words that answer the column's question ("Yes", "否",
// a check) rather than name their meaning ("Required", "可选"): only they mean the inverse
// under an Optional column.
var answerWords = map[string]bool{"yes": true, "no": true, "true": true, "false": true, "是": true,
	"否": true, "ya": true, "tidak": true, "はい": true, "いいえ": true, "y": true, "n": true,
	"✓": true, "✔": true, "√": true, "○": true, "◯": true, "✗": true, "✘": true, "×": true,
	"☑": true, "✅": true, "☐": true}

// ParseRequired reads a Required cell. ok is false when the cell is not in the vocabulary.
func ParseRequired(s string) (required, ok bool) {
	required, ok = lookupRequired(requiredWords, maxRequiredLetters, s)
	return required, ok
}

// requiredKey is a Required cell as requiredWords holds it: trimmed (requiredTrim) and
// lower case, written once (AppendLower) and copied only when it is not the trimmed cell.
func requiredKey(s string) string {
	t := requiredTrim(s)
	var buf [32]byte
	if k := AppendLower(buf[:0], t); string(k) != t {
		return string(k)
	}
	return t
}

// lookupRequired is m[requiredKey(s)] and whether m has it, with the key written into a
// buffer on the stack (lookupKey): the readers ask it of every row's Required cell
// ("Yes", "No") and of each cell that may be one, and built a lower-case string of each.
func lookupRequired[V any](m map[string]V, most int, s string) (V, bool) {
	return lookupKey(m, most, requiredTrim(s), false)
}

// The most letters of the keys of the column words and the Optional column words
// (lookupWords, keyAlone) and of the Required cell's vocabularies (lookupRequired).
var (
	maxColumnLetters      = mostLetters(columnWords)
	maxRequiredLetters    = mostLetters(requiredWords)
	maxConditionalLetters = mostLetters(conditionalWords)
	maxAnswerLetters      = mostLetters(answerWords)
	maxOptionalLetters    = mostLetters(optionalColumns)
)

// requiredTrim is a Required cell without the white space round it and the punctuation it
// may end with ("Yes.", "是。", "はい．" with a full-width stop, "はい、" with an ideographic
// comma). Lower-casing makes and unmakes no such character, so
// trimming before lower-casing trims what trimming after would (TestRequiredTrim).
func requiredTrim(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".,;:!。，；！．、"))
}

// RequiredRead is what RequiredCell reads from one row's Required cell.
type RequiredRead struct {
	Cell     string // the cell trimmed; "" when the table has no Required column or the row leaves it blank
	Required bool
	Cond     bool   // required in some cases only (Required is then false)
	Noted    bool   // the cell says more than its word: a condition or a default
	OK       bool   // the cell is in the vocabulary
	Guess    string // why the reading is a guess (an icon read by the table's other cells), "" when it is none
}

// RequiredCell reads row r's cell of t's Required column: Cell is "" when the table has no
// such column or the row leaves it blank (BlankCell: "", "-", "N/A"; a column of marks
// leaves an optional parameter's cell so); OK is false when the cell is not in the
// vocabulary. Under an Optional column ("Optional", "是否可选") an answer means the inverse:
// "Yes" is not required. Cond is true when the cell makes the parameter required only in
// some cases (conditional): Required is then false, as no spec can state the condition.
// Noted is true when the cell says more than its word, a condition or a default ("Yes
// (default: 10)", read as "Yes"), which the description keeps.
func (t *Table) RequiredCell(r Row) RequiredRead {
	return t.requiredRead(strings.TrimSpace(r.Cell(t, ColRequired)), t.optionalRequired())
}

// optionalRequired reports whether t's Required column is an Optional one (optionalColumn):
// its header, read once per table, not once per row.
func (t *Table) optionalRequired() bool {
	c := t.Col(ColRequired)
	return c >= 0 && c < len(t.Header) && optionalColumn(t.Header[c])
}

// requiredRead is RequiredCell of a Required cell's trimmed text, optional telling whether
// the column is an Optional one (optionalRequired).
func (t *Table) requiredRead(cell string, optional bool) RequiredRead {
	c := t.Col(ColRequired)
	if c < 0 || c >= len(t.Header) || BlankCell(cell) {
		return RequiredRead{}
	}
	if required, ok := ParseRequired(requiredAnswer(optional, cell)); ok {
		return RequiredRead{Cell: cell, Required: required, OK: true}
	}
	word, cond, noted := requiredNote(cell)
	switch {
	case cond:
		return RequiredRead{Cell: cell, Cond: true, Noted: true, OK: true}
	case noted:
		required, ok := ParseRequired(requiredAnswer(optional, word))
		return RequiredRead{Cell: cell, Required: required, Noted: ok, OK: ok}
	}
	return RequiredRead{Cell: cell}
}

// RequiredCells reads the Required cell of each of t's rows once (RequiredCell, in row
// order) and returns, as optionalWord, the first that says in a word that its parameter is
// not required ("No", 否, "Optional", "いいえ"; not a mark such as ×), or "" when no row
// does. A table that writes such a word does not leave a cell blank ("-", empty) to say
// the same, so a blank there is a guess (a column of marks leaves it so by design).
//
// A box with a cross (☒) is checked in some fonts and editors' use and crossed out (no) in
// others': a table that also writes empty boxes (☐) checks with it, one that also writes
// checks (☑, ✓) crosses out with it; in any other table it stays unread (the extraction
// warns naming the row). An icon whose names say nothing (IconCell) is read so too, by
// readIcons.
func (t *Table) RequiredCells() (reads []RequiredRead, optionalWord string) {
	reads = make([]RequiredRead, len(t.Rows))
	optional := t.optionalRequired()
	var boxes, checks bool
	for _, r := range t.Rows {
		k := requiredKey(r.Cell(t, ColRequired))
		if w, cond, noted := requiredNote(k); noted && !cond {
			k = w // a mark with a default: "☐ (default: 10)"
		}
		boxes = boxes || k == CheckMark(false)
		checks = checks || k != CheckMark(false) && answerWords[k] && requiredWords[k] && !unicode.IsLetter([]rune(k)[0])
	}
	for i, r := range t.Rows {
		reads[i] = t.requiredRead(strings.TrimSpace(r.Cell(t, ColRequired)), optional)
		if rest, ok := crossedNote(reads[i].Cell); ok && boxes != checks {
			// the box, read by the table's other marks, then its note as a word's
			cell := reads[i].Cell
			reads[i] = t.requiredRead(CheckMark(boxes)+rest, optional)
			reads[i].Cell = cell
		}
		if rc := reads[i]; optionalWord == "" && rc.OK && !rc.Required && !rc.Noted && strings.ContainsFunc(rc.Cell, unicode.IsLetter) {
			optionalWord = rc.Cell
		}
	}
	t.readIcons(reads)
	return reads, optionalWord
}

// RequiredWord reports whether s, whole, is a Required cell of one word or phrase that
// RequiredCell reads without a note: a Required word ("Yes", "Not required"), a
// conditional one ("Conditional"), a blank (BlankCell: "-", "N/A") or a box with a cross
// (☒, which RequiredCells reads by the table's other marks, or leaves unread with the
// extraction's guess). Readers that must find where a Required cell ends among
// space-separated cells use it, so that the cell they keep is read by RequiredCell's one
// rule.
func RequiredWord(s string) bool {
	_, ok := ParseRequired(s)
	cond, _ := lookupRequired(conditionalWords, maxConditionalLetters, s)
	return ok || cond || BlankCell(s) || crossedBox(s)
}

// CrossedBox is a box with a cross, a Required cell checked in some fonts' and editors'
// use and crossed out in others': RequiredCells reads it by the table's other marks, and
// readers that split it off glued text (RequiredWords) look for it too.
const CrossedBox = "☒"

// crossedBox reports whether a Required cell is a box with a cross (CrossedBox).
//
// CrossedBox has no case, and no rune lowers to it but itself (TestRequiredTrim): the cell
// is compared trimmed, not lower-cased (a copy, and of a sentence, several).
func crossedBox(s string) bool { return requiredTrim(s) == CrossedBox }

// crossedNote reports whether a Required cell is a box with a cross (crossedBox), alone or
// with a note as a Required word has one ("☒ (default: 10)", "☒ (when X is set)"), and
// returns what follows the box: the note, read with the box's meaning once the table's
// other marks tell it (RequiredCells).
func crossedNote(s string) (rest string, ok bool) {
	if crossedBox(s) {
		return "", true
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(s), CrossedBox)
	if !ok {
		return "", false
	}
	_, _, noted := requiredNote(s)
	return rest, noted
}

// IsRequiredCell reports whether s, a whole cell, reads as a Required cell: a word or a
// blank (RequiredWord), a word with a note (a condition, "Yes (when X is set)", or a
// default, "Yes (default: 10)") or one that makes a field required within its parent
// (ParseRequiredWithin). Readers of layouts that put a cell on a line of its own use it to
// tell the Required cell from the next one.
func IsRequiredCell(s string) bool {
	_, within := ParseRequiredWithin(s)
	_, _, noted := requiredNote(s)
	return RequiredWord(s) || noted || within
}

// conditionalWords are the Required cells (lower case) that make a parameter required only
// in some cases, the condition stated in its description.
var conditionalWords = map[string]bool{"conditional": true, "conditionally required": true,
	"required conditionally": true, "conditionally mandatory": true, "条件必填": true, "条件必选": true,
	"条件必需": true, "有条件必填": true, "條件必填": true, "條件必選": true, "bersyarat": true,
	"wajib bersyarat": true, "条件付き": true, "条件付き必須": true}

// requiredNote reads a Required cell that says more than a word: a word that makes a
// parameter required only in some cases ("Conditional", "条件必填"), or a Required word with
// a note after it ("Yes (when X is set)", "Required if X", "是，当 X 时", "No, but required
// for X", "Yes (default: 10)"). noted is true for both; cond when the cell is a condition:
// a note that states a default (it starts with a default word of the lexicon:
// "default: 10", "defaults to 10", "默认值：10", "デフォルト: 10", "bawaan 10") is none, and word is then the
// Required word it notes. A word alone (ParseRequired) is no note, nor is a field required
// within its parent object (ParseRequiredWithin).
func requiredNote(cell string) (word string, cond, noted bool) {
	k := requiredKey(cell)
	if conditionalWords[k] {
		return "", true, true
	}
	if _, ok := requiredWords[k]; ok {
		return "", false, false
	}
	if _, within := ParseRequiredWithin(cell); within { // "Required in whiteIpGroup": no condition
		return "", false, false
	}
	for _, w := range requiredWordsByLength { // a Required word, then a boundary and a note
		rest, found := strings.CutPrefix(k, w)
		if !found || rest == "" {
			continue
		}
		const marks = " \t.,;:()（），。；：、．-–—"
		note := strings.Trim(rest, marks)
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) || note == "" {
			continue
		}
		if defaultNote(note) {
			return w, false, true
		}
		return "", true, true
	}
	for w := range conditionalWords { // "Conditional (see X)"
		if rest, found := strings.CutPrefix(k, w); found {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "", true, true
			}
		}
	}
	return "", false, false
}

// requiredWordsByLength are the Required words longest first, so that a cell starting
// with a phrase ("Tidak wajib (...)") is read by the phrase, not its first word. Sorted
// once: requiredNote runs on every candidate line of the text readers (IsRequiredCell).
var requiredWordsByLength = requiredWordsLongestFirst()

// requiredWordsLongestFirst returns the Required words longest first (requiredWordsByLength).
func requiredWordsLongestFirst() []string {
	words := append(RequiredWords(), CrossedBox) // "☒ (default: 10)": a note after the box too
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	return words
}

// defaultNote reports whether note, a Required cell's note in lower case, states a default
// rather than a condition: it starts with a default word, the list a description's default
// is read by ("default", "defaults", "默认值", "デフォルト", "nilai default"), followed by no
// Latin letter ("default: 10", "defaults to 10", "默认为10").
func defaultNote(note string) bool {
	for _, w := range defaultWords {
		if rest, found := strings.CutPrefix(note, w); found {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !(r >= 'a' && r <= 'z') {
				return true
			}
		}
	}
	return false
}

// BlankCell reports whether a cell states nothing: empty, a dash, N/A or none, as pages
// fill a cell they leave blank (a Type cell with no type, a Required cell of an optional
// parameter in a column of marks).
func BlankCell(s string) bool {
	t := strings.TrimSpace(s)
	if lettersOver(t, len("none"), "") { // no blank word has more letters
		return false
	}
	var buf [16]byte // the cell lower case, on the stack: asked of nearly every cell
	switch string(AppendLower(buf[:0], t)) {
	case "", "n/a", "na", "-", "--", "—", "–", "none", "无":
		return true
	}
	return false
}

// ScalarCell reports whether example cell ex may show one scalar: it states something
// (no BlankCell) and shows no list or object (no brackets, no "key": pair). The readers
// of an example as one value (extract's scalarExample, flatname's wordExample) ask it
// first.
func ScalarCell(ex string) bool {
	return !BlankCell(ex) && !strings.ContainsAny(ex, "[]{}") && !strings.Contains(ex, "\":")
}

// optionalColumn reports whether a column header (or a card's key: "Optional: Yes") names
// an Optional column (optionalColumns), under which an answer means the inverse.
func optionalColumn(header string) bool {
	return lookupWords(optionalColumns, maxOptionalLetters, columnHeader(header))
}

// requiredAnswer is cell, written under a column header (or a card's key) that optional
// tells names an Optional column (optionalColumn), as a Required column would say it: under
// an Optional column an answer ("Yes", "否", a check) means the inverse, so it becomes the
// word of its meaning ("Optional" for "Yes"); any other cell is kept as written. It is the
// one place the inverse reading lives.
func requiredAnswer(optional bool, cell string) string {
	if !optional {
		return cell
	}
	if answer, _ := lookupRequired(answerWords, maxAnswerLetters, cell); !answer {
		return cell
	}
	if required, _ := ParseRequired(cell); required {
		return "Optional"
	}
	return "Required"
}

// ColumnWords returns the header words ClassifyColumn knows, as written in the lexicon
// (lower case), sorted. Readers that must find column words inside run-together header
// lines build their dictionary from it, so they cannot drift from the lexicon.
func ColumnWords() []string { return slices.Sorted(maps.Keys(columnWords)) }

// RequiredWords returns the Required-cell words ParseRequired knows, as written in the
// lexicon (lower case), sorted. Readers that split a Required word off glued text build
// their list from it, so they cannot drift from the lexicon.
func RequiredWords() []string { return slices.Sorted(maps.Keys(requiredWords)) }

// TypeWords returns the type words IsType knows exactly, aliases included (lower case),
// sorted. IsType also accepts the open patterns "array of X", "array<X>", "map<...>", "X to
// Y map" and the spellings CanonicalType rewrites.
func TypeWords() []string {
	words := slices.AppendSeq(slices.Collect(maps.Keys(typeWords)), maps.Keys(typeAliases))
	slices.Sort(words)
	return words
}

// validValuesWords announce, inside a field's description, the values the field takes
// ("Valid values:", "取值范围：", "Nilai yang valid:", "有効な値："): the extraction reads
// the list after them as the field's enum. Lower case, matched without regard to ASCII
// case; a word comes before any shorter word it starts with ("取值范围" before "取值"),
// since the first word that matches at a place wins. Languages: English, Simplified and
// Traditional Chinese, Indonesian, Japanese.
var validValuesWords = []string{
	"valid values", "enumeration values", "enumeration value", "possible values", "optional values",
	"allowed values", "accepted values", "enum values", "enumerated values", "value range", "range of values",
	"取值范围", "取值範圍", "取值说明", "取值說明", "取值", "枚举值", "枚舉值", "有效值", "可选值", "可選值", "可能值",
	"允许值", "允許值",
	"nilai yang valid", "nilai valid", "rentang nilai", "nilai yang diizinkan",
	"有効な値", "有効値", "指定可能な値", "列挙値", "取り得る値", "値の範囲",
}

// defaultWords announce a parameter's default value inside its description, a lead before
// the value ("Default value: 10.", "The default value is 10.", "Defaults to 10.", "默认值：10", "默认为10",
// "デフォルト値：1", "Nilai default: 1"), or, in brackets right after a value, mark that value
// as the default ("PostPaid（默认）", "false (default)", "REDUCED (デフォルト)"). Every default
// word of the column lexicon is one (TestDefaultWordsCoverColumns). Lower case; a word comes
// before any shorter word it starts with, since the first word that matches at a place wins.
var defaultWords = []string{
	"the default value", "the default", "default value", "defaults", "default",
	"默认取值", "默認取值", "默认值", "默认", "缺省值", "缺省", "預設值", "默認值", "預設", "默認",
	"デフォルト値", "デフォルト", "既定値",
	"nilai default", "nilai bawaan", "bawaan",
}

// defaultLinks may stand between a default word and its value: "The default value is 10",
// "Defaults to 10", "默认为10", "默认值为1", "默认是", "默认设置为10", "デフォルト値は1". Lower
// case; a link comes before any shorter one it ends with.
var defaultLinks = []string{"is", "to", "设置为", "設置為", "设为", "設為", "为", "為", "是", "は", "adalah"}

// trailingDefaultWords end a sentence that states its value before them ("This parameter is
// set to 10 by default.", "Nilai ini 10 secara default."). Lower case.
var trailingDefaultWords = []string{"by default", "secara default", "secara bawaan"}

// leadingDefaultWords open a sentence whose clause after them may state the parameter's
// default ("By default, this parameter is set to 10.", "默认情况下，该参数为false。",
// "デフォルトでは、このパラメータは10です。"). Lower case.
var leadingDefaultWords = []string{"by default", "默认情况下", "默認情況下", "預設情況下", "デフォルトでは", "secara default", "secara bawaan"}

// LeadingDefaultWords returns the words that open a sentence stating a default after them
// (see leadingDefaultWords).
func LeadingDefaultWords() []string { return slices.Clone(leadingDefaultWords) }

// TrailingDefaultWords returns the words that end a sentence stating a default before them
// (see trailingDefaultWords).
func TrailingDefaultWords() []string { return slices.Clone(trailingDefaultWords) }

// conditionOpeners open a clause that limits what follows to some cases ("If X is not set,
// the default value is 10", "For VPC instances, ...", "In the classic network, ...",
// "如不设置，默认为false", "在经典网络中，", "Jika ...,"); a
// default stated after such a clause is one case's default. ASCII ones are words (compared
// without case); the others open the clause directly. Lower case.
var conditionOpeners = []string{
	"if", "when", "whenever", "unless", "for", "where", "in case", "in", "with", "once", "after", "before",
	"otherwise", "in other cases", "否则", "否則", "其他情况", "其他情況", "其它情况", "其它情況", "其余情况", "其餘情況",
	"如果", "如", "若", "当", "當", "对于", "對於", "针对", "針對", "假如", "倘若", "在",
	"jika", "apabila", "bila", "untuk", "di", "pada", "dengan",
}

// openerWords are words that start with a CJK condition opener and open no condition
// ("当前页码" is "the current page number", "如下" "as follows").
var openerWords = []string{"当前", "當前", "如下", "如何", "若干", "在线", "在線", "在用", "在于", "在於"}

// conditionClosers end a clause that limits what follows to some cases, its opener aside
// ("带宽小于等于10 Mbit/s时，", "VPCの場合、", "VPCでは、", "...的情况下，").
var conditionClosers = []string{"时", "時", "的情况下", "的情況下", "情况下", "情況下", "场合", "場合", "の場合", "では", "には"}

// IsCondition reports whether clauses, the part of a sentence before some statement, limit
// that statement to some cases: one of them opens with a condition word ("If", "For", 如,
// 当, Jika, 否则) or ends with one ("带宽小于等于10 Mbit/s时：1~10", "VPCの場合"); clause marks
// (",", "，", "：", "、") separate them.
func IsCondition(clauses string) bool {
	for _, part := range clauseParts(clauses) {
		part = strings.TrimSpace(part)
		l := strings.ToLower(strings.TrimLeft(part, lineMarks))
		for _, w := range conditionOpeners {
			if rest, ok := strings.CutPrefix(l, w); ok && (rest == "" || !IsASCII(w) || rest[0] == ' ' || rest[0] == '\t') &&
				!slices.ContainsFunc(openerWords, func(o string) bool { return strings.HasPrefix(l, o) }) {
				return true
			}
		}
		for _, w := range conditionClosers {
			if strings.HasSuffix(part, w) {
				return true
			}
		}
	}
	return false
}

// clauseParts is s cut at its commas and colons, any script's: the clauses of a
// sentence's lead-in that IsCondition, IsAbsence and NamesKind read one by one.
func clauseParts(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",，、:：", r) })
}

// lineMarks may open a line before its sentence: a list bullet, a note mark (※), a
// Markdown quote (">", the way pages set a note apart: "> 如果是VPC实例，默认为fast").
const lineMarks = "*-•·※> \t"

// TrimLineMarks cuts the marks that may open a line before its sentence (lineMarks).
func TrimLineMarks(s string) string { return strings.TrimLeft(s, lineMarks) }

// absenceWords say that the parameter is left out of a call, the rest of a condition
// clause once its opener and closer, the parameter's name for itself (selfWords), the
// caller ("you", 您) and auxiliaries (absenceFillers) are taken out: "If it is not set",
// "If you do not specify this parameter", "如不设置", "未指定该参数时", "指定しない場合",
// "Jika tidak diatur". A default stated under such a condition is the parameter's own: it
// is what a call without the parameter gets. Lower case.
var absenceWords = []string{
	"not set", "not specified", "not specify", "not provided", "not provide", "not configured", "not configure",
	"not passed", "not pass", "not given", "not included", "not include", "unspecified", "unset", "empty",
	"left empty", "leave empty", "left blank", "leave blank", "blank", "omitted", "omit", "absent", "missing",
	"no value specified", "no value set", "no value provided",
	"不设置", "不設置", "未设置", "未設置", "没有设置", "沒有設置", "没设置", "沒設置", "不指定", "未指定", "没有指定", "沒有指定",
	"不填", "不填写", "不填寫", "未填", "未填写", "未填寫", "为空", "為空", "留空", "不传", "不傳", "未传", "未傳", "不传入", "不傳入",
	"未传入", "未傳入", "不配置", "未配置", "不提供", "未提供", "不设定", "不設定", "未设定", "未設定",
	"指定しない", "設定しない", "省略した", "省略する", "省略", "指定されていない", "設定されていない", "空",
	"tidak diatur", "tidak ditentukan", "tidak ditetapkan", "tidak diisi", "dikosongkan", "kosong",
}

// absenceFillers may stand around an absence word in its clause and say nothing more: the
// caller, auxiliaries, particles. Lower case; ASCII ones are words.
var absenceFillers = []string{
	"you", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "it", "this", "that",
	"ini", "anda", "您", "你", "用户", "用戶", "を", "が", "は", "も",
}

// IsAbsence reports whether clauses, the part of a sentence before a stated default that
// IsCondition reads as a condition, make it the case where the parameter itself is left
// out ("如不设置，默认为false", "If it is not set, the default value is cloud"): every
// condition clause among them says so (absenceWords), naming no other subject ("If
// InstanceType is not set" is another parameter's case).
func IsAbsence(clauses string) bool {
	found := false
	for _, part := range clauseParts(clauses) {
		if !IsCondition(part) {
			continue
		}
		if !absenceClause(part) {
			return false
		}
		found = true
	}
	return found
}

// absenceClause reports whether one condition clause says the parameter is left out: what
// remains of it without its opener, closer, the parameter's name for itself and fillers is
// an absence word.
func absenceClause(part string) bool {
	l := LowerASCII(strings.TrimSpace(strings.TrimLeft(part, lineMarks)))
	l = strings.ReplaceAll(strings.ReplaceAll(l, "n't", " not"), "’t", " not")
	closer := ""
	for _, w := range conditionClosers {
		if strings.HasSuffix(l, w) && len(w) > len(closer) {
			closer = w
		}
	}
	l = strings.TrimSpace(strings.TrimSuffix(l, closer))
	if closer != "" && absenceRest(l) {
		return true // a clause a closer alone makes a condition: "指定しない場合", "未设置时"
	}
	for _, w := range conditionOpeners {
		rest, ok := strings.CutPrefix(l, w)
		if !ok || IsASCII(w) && rest != "" && rest[0] != ' ' {
			continue
		}
		if absenceRest(rest) {
			return true
		}
	}
	return false
}

// absenceRest reports whether rest, a condition clause without its opener, is an absence
// word once the parameter's name for itself and fillers are taken out.
func absenceRest(rest string) bool {
	for _, w := range selfWords {
		if !IsASCII(w) {
			rest = strings.ReplaceAll(rest, w, " ")
		}
	}
	var kept []string
	for _, f := range strings.Fields(rest) {
		if IsASCII(f) && (slices.Contains(absenceFillers, f) || f == "parameter" || f == "field" || f == "the") {
			continue
		}
		kept = append(kept, f)
	}
	t := strings.Join(kept, " ")
	for _, w := range absenceFillers {
		if !IsASCII(w) {
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(t, w), w))
		}
	}
	return slices.Contains(absenceWords, t)
}

// unitWords are the units a number may carry when a page states a value ("10 seconds",
// "30 分钟", "5 Mbit/s"), by what they measure: a number of one unit is no value of a
// parameter counted in another unit of the same measure. Lower case.
var unitWords = map[string]string{
	"ms": "time", "millisecond": "time", "milliseconds": "time", "毫秒": "time",
	"s": "time", "sec": "time", "second": "time", "seconds": "time", "秒": "time", "秒钟": "time", "秒鐘": "time", "detik": "time",
	"min": "time", "minute": "time", "minutes": "time", "分钟": "time", "分鐘": "time", "分": "time", "menit": "time",
	"h": "time", "hour": "time", "hours": "time", "小时": "time", "小時": "time", "時間": "time", "jam": "time",
	"day": "time", "days": "time", "天": "time", "日": "time", "hari": "time",
	"week": "time", "weeks": "time", "周": "time", "週": "time", "週間": "time", "minggu": "time",
	"month": "time", "months": "time", "个月": "time", "個月": "time", "月": "time", "か月": "time", "ヶ月": "time", "bulan": "time",
	"year": "time", "years": "time", "年": "time", "tahun": "time",
	"byte": "size", "bytes": "size", "字节": "size", "字節": "size", "位元組": "size", "バイト": "size",
	"kb": "size", "kib": "size", "mb": "size", "mib": "size", "gb": "size", "gib": "size", "tb": "size", "tib": "size",
	"kbit/s": "rate", "mbit/s": "rate", "gbit/s": "rate", "kbps": "rate", "mbps": "rate", "gbps": "rate",
	"%": "share", "percent": "share",
}

// UnitMeasure returns what unit word w measures ("time" for "seconds" and 分钟, "size" for
// "GB"), ok false when w is no unit of the lexicon.
func UnitMeasure(w string) (measure string, ok bool) {
	measure, ok = unitWords[strings.ToLower(strings.TrimSpace(w))]
	return measure, ok
}

// UnitWords returns the unit words of the lexicon, sorted (see unitWords).
func UnitWords() []string { return slices.Sorted(maps.Keys(unitWords)) }

// DefaultWords returns the words that announce or mark a default value, in the lexicon's
// order (see defaultWords).
func DefaultWords() []string { return slices.Clone(defaultWords) }

// DefaultLinks returns the words that may stand between a default word and its value (see
// defaultLinks).
func DefaultLinks() []string { return slices.Clone(defaultLinks) }

// noDefaultWords state that a parameter has no default value where a default word leads
// a value ("Default value: null", "默认值：无", "This parameter is empty by default"): what
// they say is that nothing is sent, so no value is lost. Lower case; BlankCell's words
// ("none", "-", "无") are ones too.
var noDefaultWords = []string{
	"empty", "empty string", "an empty string", "null", "nil", "blank", "not set", "unset",
	"no default", "no default value",
	"空", "空值", "空字符串", "空字串", "為空", "为空", "無", "不设置", "不設置", "无默认值", "無默認值", "無預設值",
	"なし", "空文字列", "未設定", "未指定",
	"kosong", "string kosong", "tidak ada", "tidak diatur",
}

// IsNoDefault reports whether s, the value a default word leads, says the parameter has
// none (noDefaultWords, or a blank: BlankCell), compared without ASCII case and without the
// quotes or emphasis a page may put around it ("`null`", "**空**").
func IsNoDefault(s string) bool {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "`'\"*“”「」"))
	return BlankCell(t) || slices.Contains(noDefaultWords, LowerASCII(t))
}

// defaultJoiners may stand between a clause mark and a default word that states the
// parameter's own default inside a sentence ("The cluster type, which defaults to
// elasticsearch", "取值为1~100，并且默认为10"): they join the clause to the sentence's
// subject, the parameter. Lower case.
var defaultJoiners = []string{"and", "which", "and it", "and its", "并且", "並且", "并", "並", "且", "dan", "yang"}

// IsDefaultJoiner reports whether s, trimmed and compared without ASCII case, joins a
// default's clause to the parameter (defaultJoiners).
func IsDefaultJoiner(s string) bool {
	return slices.Contains(defaultJoiners, LowerASCII(strings.TrimSpace(s)))
}

// selfWords name the parameter a description describes ("This parameter defaults to 10",
// "该参数默认为10", "本参数默认值为1"): a default stated after them as its subject is the
// parameter's own. Lower case.
var selfWords = []string{
	"this parameter", "the parameter", "this field", "the field", "this value", "the value", "its value", "it", "its",
	"该参数", "該參數", "本参数", "本參數", "此参数", "此參數", "这个参数", "這個參數", "该字段", "該字段", "此字段", "该值", "該值", "此值",
	"このパラメータ", "このパラメーター", "本パラメータ", "この値",
	"parameter ini", "nilai ini",
}

// SelfWords returns the words that name the parameter itself (see selfWords).
func SelfWords() []string { return slices.Clone(selfWords) }

// selfPossessives may follow a word of selfWords before a default word ("该参数的默认值为",
// "このパラメータのデフォルト値", "the parameter's default value"). Lower case.
var selfPossessives = []string{"的", "の", "'s", "’s"}

// IsSelfReference reports whether s, the words between a clause mark (or a sentence's
// start) and a default word, name the parameter itself as the default's subject: a word of
// selfWords, after a joining word (IsDefaultJoiner: "且该参数") and before a possessive
// ("该参数的") each allowed; compared without ASCII case.
func IsSelfReference(s string) bool {
	s = strings.TrimSpace(LowerASCII(s))
	for _, p := range selfPossessives {
		if t, ok := strings.CutSuffix(s, p); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	if slices.Contains(selfWords, s) {
		return true
	}
	for _, j := range defaultJoiners {
		if rest, ok := strings.CutPrefix(s, j); ok && rest != s && (!IsASCII(j) || strings.HasPrefix(rest, " ")) &&
			slices.Contains(selfWords, strings.TrimSpace(rest)) {
			return true
		}
	}
	return false
}

// kindWords name a kind of thing. Between a name and a noun they restrict the noun to that
// kind ("专有网络VPC类型安全组规则", "VPC-type instances"): a sentence whose clause does so
// speaks of that kind's cases, and a default it states is one case's. Lower case.
var kindWords = []string{"类型", "類型", "タイプ", "-type"}

// kindHeads follow a CJK kind word that is a noun's head, not its qualifier ("实例类型的名称",
// "类型为", "类型和"), or a predicate's subject.
const kindHeads = "的為为是和或及与與、のはがをにでとも"

// onlyWords limit a clause to the cases where the parameter applies at all ("Only
// VPC-type instances support it", "仅VPC类型实例支持"): the parameter's scope, not one
// case among others. Lower case.
var onlyWords = []string{"only", "只", "仅", "僅", "のみ", "hanya"}

// NamesKind reports whether clauses, the part of a sentence before a statement, restrict a
// noun to a kind (kindWords): a kind word right after a name (a letter or digit) and right
// before more of the noun (a CJK letter other than kindHeads; for "-type" a space and a
// word): "专有网络VPC类型安全组规则无需设置网卡类型", "VPC-type instances". A kind word that
// ends its noun ("集群类型", "查询可用区的类型") names the parameter's own subject; a clause
// with a word of onlyWords states the parameter's scope ("Only VPC-type instances are
// supported"), no case of it.
func NamesKind(clauses string) bool {
	l := LowerASCII(clauses)
	for _, part := range clauseParts(l) {
		if namesKind(part) && !slices.ContainsFunc(onlyWords, func(o string) bool {
			k := strings.Index(part, o)
			return k >= 0 && WordEdge(part, k, k+len(o))
		}) {
			return true
		}
	}
	return false
}

// WordEdge reports whether s[i:j] stands as a word: an ASCII letter does not run on into
// it from before or after (a CJK word needs no spaces).
func WordEdge(s string, i, j int) bool {
	asciiLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	if i > 0 && asciiLetter(s[i-1]) && asciiLetter(s[i]) {
		return false
	}
	return j >= len(s) || !asciiLetter(s[j-1]) || !asciiLetter(s[j])
}

// namesKind is NamesKind for one clause, l in lower case.
func namesKind(l string) bool {
	for _, w := range kindWords {
		for i := 0; ; {
			k := strings.Index(l[i:], w)
			if k < 0 {
				break
			}
			k += i
			i = k + len(w)
			if r, _ := utf8.DecodeLastRuneInString(l[:k]); k == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			rest := l[k+len(w):]
			if IsASCII(w) {
				if t := strings.TrimLeft(rest, " "); len(t) < len(rest) && t != "" && 'a' <= t[0] && t[0] <= 'z' {
					return true
				}
				continue
			}
			if r, _ := utf8.DecodeRuneInString(rest); r >= utf8.RuneSelf && unicode.IsLetter(r) && !strings.ContainsRune(kindHeads, r) {
				return true
			}
		}
	}
	return false
}

// SelfAfterDefault returns the words that may name the parameter between a default word
// and its link ("The default value of this parameter is 10", "Nilai default parameter ini
// adalah 10"). Lower case.
func SelfAfterDefault() []string { return slices.Clone(selfAfterDefault) }

// selfAfterDefault: see SelfAfterDefault.
var selfAfterDefault = []string{"of this parameter", "of the parameter", "for this parameter", "of this field", "parameter ini"}

// valueCopulas end a Japanese sentence that states a value ("デフォルト値は10です。",
// "デフォルトは true となります。"): the verb, no part of the value. Longest first.
var valueCopulas = []string{"となります", "になります", "とします", "である", "です"}

// TrimCopula cuts a copula (valueCopulas) and the space before it from the end of a value
// a sentence states ("10です" → "10").
func TrimCopula(s string) string {
	for _, c := range valueCopulas {
		if v, ok := strings.CutSuffix(s, c); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return s
}

// IsDefaultWord reports whether s, trimmed and compared without ASCII case (LowerASCII, as
// the extraction finds the words in a description), is a default word ("Default value",
// "默认", "デフォルト").
func IsDefaultWord(s string) bool {
	return slices.Contains(defaultWords, LowerASCII(strings.TrimSpace(s)))
}

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte as it is, so
// that an index into the result is one into s: the case rule of the lexicon's default
// words, which are ASCII or uncased.
func LowerASCII(s string) string {
	up := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if up < 0 {
		return s // nothing to lower: no copy
	}
	var b strings.Builder // one copy, where []byte(s) and back made two
	b.Grow(len(s))
	b.WriteString(s[:up])
	for i := up; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// validValuesLinks may stand between a valid-values word and its colon: "Valid values are:",
// "有効な値は次のとおりです：", "取值如下：", "取值包括：". Lower case; a link comes before
// any shorter link it starts with.
var validValuesLinks = []string{
	"are", "include", "is",
	"如下", "包括",
	"は次のとおりです", "は以下のとおりです", "は次の通りです", "は以下の通りです",
}

// validValuesConjunctions join the last two values of an inline list: "a, b, and c",
// "Year and Month", "AES_256或AES_128". The ASCII ones are words (spaces around them); the
// others join the values directly. A conjunction comes before any shorter one it starts
// with ("或者" before "或").
var validValuesConjunctions = []string{"and", "or", "或者", "或", "和", "及", "または"}

// valueBullets open one value of a valid-values list written as text lines: the Markdown
// and text lists ("- ", "• ") and the marks the Japanese and Chinese sites type at a line's
// start, space or not ("・Enabled：有効", "･", "●", "■", "◆", "○"). "※" is not one: it
// marks a note, which ends the list.
var valueBullets = []string{"- ", "• ", "・", "･", "●", "■", "◆", "○"}

// CutValueBullet cuts a value bullet (valueBullets) from a trimmed line: the item and
// whether the line was one.
func CutValueBullet(t string) (string, bool) { return cutMark(t, valueBullets) }

// portalTitleSuffixes end the title of an API portal page, "<Operation>_<product>_API文档":
// Simplified and Traditional Chinese (api.alibabacloud.com's zh and tc pages). The Japanese
// portal's is not known from any page seen here.
var portalTitleSuffixes = []string{"_API文档", "_API文檔"}

// CutPortalTitle cuts the API portal's suffix (portalTitleSuffixes) from a title: the
// "<Operation>_<product>" before it, and whether the title had one.
func CutPortalTitle(s string) (string, bool) {
	for _, suf := range portalTitleSuffixes {
		if t, ok := strings.CutSuffix(s, suf); ok {
			return t, true
		}
	}
	return s, false
}

// exampleEnds are the labels the API portal writes right after a parameter's example (where
// the values it may take come from), glued to the example in text dumps
// ("Example:7753d1****Reference Value Source:", "示例值:927d50c0参考取值来源:").
var exampleEnds = []string{"Reference Value Source:", "参考取值来源:", "参考取值来源：", "參考取值來源:", "參考取值來源："}

// InlineExample returns the example a description states itself, as the API portal writes
// its rows' details (no Example column): an example word of the column lexicon ("Example",
// "示例值", "Contoh") and a colon, at the start of a line or after a space, then the value
// to the end of the line or to the label the portal writes after it (exampleEnds). rest is
// the description without the label and the value, as an Example cell would have left it
// (the label after the value, and the lines it heads, stay).
func InlineExample(desc string) (example, rest string, ok bool) {
	lines := strings.Split(desc, "\n")
	for n, line := range lines {
		for i := 0; i < len(line); i++ {
			var colon int
			switch {
			case line[i] == ':':
				colon = 1
			case strings.HasPrefix(line[i:], "："):
				colon = len("：")
			default:
				continue
			}
			start := exampleLabelStart(line[:i])
			if start < 0 {
				continue
			}
			v, after := line[i+colon:], ""
			for _, end := range exampleEnds {
				if k := strings.Index(v, end); k >= 0 {
					v, after = v[:k], v[k:]+after
				}
			}
			if v = strings.TrimSpace(v); v != "" {
				kept := strings.TrimSpace(strings.TrimSpace(line[:start]) + " " + after)
				out := append(append([]string(nil), lines[:n]...), kept)
				if kept == "" {
					out = out[:n]
				}
				out = append(out, lines[n+1:]...)
				return v, strings.TrimSpace(strings.Join(out, "\n")), true
			}
		}
	}
	return "", desc, false
}

// exampleLabelStart returns where text's closing example word of the column lexicon
// ("Example", "示例值"; "Example value", "Nilai contoh" in two words) starts, when the word
// starts the text or follows a space and nothing follows it; else -1.
func exampleLabelStart(text string) int {
	words := strings.Fields(text)
	if len(words) == 0 || strings.TrimRight(text, " \t") != text {
		return -1
	}
	for n := min(2, len(words)); n >= 1; n-- { // the longer label first ("Nilai contoh")
		label := strings.Join(words[len(words)-n:], " ")
		if ClassifyColumn(label) == ColExample {
			start := len(text)
			for k := len(words) - 1; k >= len(words)-n; k-- {
				start = strings.LastIndex(text[:start], words[k])
			}
			return start
		}
	}
	return -1
}

// ValidValuesWords returns the words that announce a description's list of valid values,
// in the lexicon's order (see validValuesWords).
func ValidValuesWords() []string { return slices.Clone(validValuesWords) }

// ValidValuesLinks returns the words that may stand between a valid-values word and its
// colon, in the lexicon's order (see validValuesLinks).
func ValidValuesLinks() []string { return slices.Clone(validValuesLinks) }

// ValidValuesConjunctions returns the words that join the last two values of an inline
// list of valid values, in the lexicon's order (see validValuesConjunctions).
func ValidValuesConjunctions() []string { return slices.Clone(validValuesConjunctions) }

// lastUpdatedWords introduce a page's last-updated date, in every language the pages use
// (lower case; matched without regard to case).
var lastUpdatedWords = []string{
	"last updated", "updated at", "update time", "更新时间", "更新時間", "最后更新时间", "最后更新",
	"terakhir diperbarui", "最終更新日",
}

// LastUpdated reads a last-updated line ("Last Updated: Feb 10, 2026", "更新时间：2024-11-28"):
// ok when the line starts with one of the lexicon's words followed by a colon (ASCII or
// full-width) or directly by a digit; date is what follows, trimmed ("" for a label whose
// date the copy lost). Every reader and the extraction use it, so they agree on the words.
func LastUpdated(line string) (date string, ok bool) {
	t := strings.TrimSpace(line)
	if t == "" {
		return "", false
	}
	first := t[0] // lower case: every word's first byte is (TestLastUpdatedFirstBytes)
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	for _, w := range lastUpdatedWords {
		// the first byte rules out nearly every line before EqualFold reads it
		if len(t) < len(w) || first != w[0] || !strings.EqualFold(t[:len(w)], w) {
			continue
		}
		rest := strings.TrimLeft(t[len(w):], " \t")
		switch {
		case strings.HasPrefix(rest, ":"):
			return strings.TrimSpace(rest[1:]), true
		case strings.HasPrefix(rest, "："):
			return strings.TrimSpace(rest[len("："):]), true
		case rest != "" && rest[0] >= '0' && rest[0] <= '9':
			return rest, true
		}
	}
	return "", false
}

// locationWords map a Position cell (lower case) to where the parameter travels, by the
// name the spec model uses ("query", "path", "header", "body", "form").
var locationWords = map[string]string{
	"query": "query", "path": "path", "header": "header", "body": "body",
	"formdata": "form", "form": "form", "form-data": "form",
	"查询": "query", "路径": "path", "请求头": "header", "请求体": "body",
	"查詢": "query", "路徑": "path", "請求頭": "header", "請求體": "body",
	"クエリ": "query", "パス": "path", "ヘッダー": "header", "ボディ": "body",
}

// LocationWords returns the Position words ParseLocation reads (lower case), longest first
// ("formdata" before "form"), for a reader that must find one glued to other cells.
func LocationWords() []string {
	out := slices.Sorted(maps.Keys(locationWords))
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// ParseLocation reads a Position cell ("Query", "路径"): the location's model name, and
// whether the cell is in the vocabulary. Every reader and the extraction read the column
// with it.
func ParseLocation(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 16 || strings.ContainsAny(s, " \t") {
		// a location is one word (no key of locationWords has a space, and lower case
		// keeps one a space): a short sentence is not lower-cased to be looked up
		return "", false
	}
	var buf [32]byte // the key lower case, on the stack
	l, ok := locationWords[string(AppendLower(buf[:0], s))]
	return l, ok
}

// accessLevelWords are the values of a RAM table's Access level column, lower case.
var accessLevelWords = map[string]bool{
	"create": true, "list": true, "get": true, "update": true, "delete": true, "read": true, "write": true,
	"创建": true, "列出": true, "读取": true, "更新": true, "删除": true, "写入": true, "列表": true,
}

// IsAccessLevel reports whether s is a RAM access level ("list", "Read", "读取"), in any case.
func IsAccessLevel(s string) bool {
	return len(s) < 16 && accessLevelWords[strings.ToLower(strings.TrimSpace(s))]
}

// siteChromeLines are the documentation site's navigation lines that a copied page carries
// before its title (lower case), in every language the pages use.
var siteChromeLines = map[string]bool{
	"all products": true, "search": true, "document center": true, "documentation": true,
	"home": true, "contact us": true, "console": true, "sign in": true, "log in": true,
	"全部产品": true, "所有产品": true, "搜索": true, "文档中心": true, "文档": true, "首页": true, "控制台": true, "登录": true,
	"semua produk": true, "cari": true, "pusat dokumen": true, "pusat dokumentasi": true, "beranda": true,
	"すべてのプロダクト": true, "検索": true, "ドキュメントセンター": true,
	"所有產品": true, "搜尋": true, "文件中心": true, "文檔中心": true, "文檔": true, "首頁": true, "登錄": true, "登入": true,
}

// IsSiteChrome reports whether a whole line is site navigation ("All Products", "文档中心"),
// in any case: never page content. The text reader skips it before the title and the
// extraction leaves it out of the summary, from this one list.
func IsSiteChrome(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) >= 40 {
		return false
	}
	var buf [64]byte // the key lower case, on the stack
	return siteChromeLines[string(AppendLower(buf[:0], t))]
}

// IsRequestIDField reports whether a response field is the request ID that every Alibaba
// Cloud API response carries at its top level ("RequestId", "requestId"), whatever the
// rows before it are.
func IsRequestIDField(name string) bool { return strings.EqualFold(name, "RequestId") }

// pagingFields name the fields a paged list answer carries beside the list, lower case.
var pagingFields = map[string]bool{
	"totalcount": true, "pagenumber": true, "pagesize": true, "nexttoken": true, "maxresults": true,
}

// IsPagingField reports whether a response field is one of the paging fields a list answer
// carries beside its list ("TotalCount", "pageNumber", "NextToken"), in any case.
func IsPagingField(name string) bool { return pagingFields[strings.ToLower(name)] }

// IsASCII reports whether s has no byte outside ASCII (no Chinese or Japanese word).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
