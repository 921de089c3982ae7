package page

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWordLists(t *testing.T) {
	cw := ColumnWords()
	if len(cw) != len(columnWords) {
		t.Fatalf("ColumnWords: %d words, lexicon has %d", len(cw), len(columnWords))
	}
	for i, w := range cw {
		if ClassifyColumn(w) == ColOther || i > 0 && cw[i-1] >= w {
			t.Errorf("ColumnWords[%d] = %q: unknown or out of order", i, w)
		}
	}
	for _, w := range TypeWords() {
		if !IsType(w) {
			t.Errorf("TypeWords has %q, IsType rejects it", w)
		}
	}
}

// TestRequiredPunctuation: a Required cell may end with punctuation ("Yes.", "是。").
func TestRequiredPunctuation(t *testing.T) {
	for in, want := range map[string]bool{"Yes.": true, "是。": true, "No.": false, "否。": false, " Yes ! ": true, "Ya.": true,
		"必须": true, "非必须": false, "必需。": true, "はい。": true, "いいえ。": false, "Tidak.": false,
		"はい．": true, "いいえ．": false, "是、": true, "否．": false} {
		got, ok := ParseRequired(in)
		if !ok || got != want {
			t.Errorf("ParseRequired(%q) = %v %v, want %v true", in, got, ok, want)
		}
	}
	if _, ok := ParseRequired("Yes, when Type is set"); ok {
		t.Errorf("a qualified Required cell is not a plain yes")
	}
}

// TestLastUpdated: one lexicon of last-updated words for every reader.
func TestLastUpdated(t *testing.T) {
	for line, want := range map[string]string{
		"Last Updated: Feb 10, 2026": "Feb 10, 2026", "last updated：2024-11-28": "2024-11-28",
		"更新时间：2024-11-28": "2024-11-28", "更新時間: 2024-11-28": "2024-11-28", "最后更新时间:2021-06-01": "2021-06-01",
		"Terakhir Diperbarui: 10 Feb 2026": "10 Feb 2026", "最終更新日：2024年11月28日": "2024年11月28日",
		"Last Updated 2026-02-10": "2026-02-10", "更新时间:": "",
	} {
		got, ok := LastUpdated(line)
		if !ok || got != want {
			t.Errorf("LastUpdated(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
	for _, line := range []string{"Last updated versions are listed below.", "Updated attributes", "The update time of the key."} {
		if _, ok := LastUpdated(line); ok {
			t.Errorf("LastUpdated(%q) read a date line", line)
		}
	}
}

func TestIsAccessLevel(t *testing.T) {
	for _, s := range []string{"list", "Read", "WRITE", "读取", "创建", " get "} {
		if !IsAccessLevel(s) {
			t.Errorf("IsAccessLevel(%q) = false", s)
		}
	}
	for _, s := range []string{"none", "", "Instance", "acs:ecs:*"} {
		if IsAccessLevel(s) {
			t.Errorf("IsAccessLevel(%q) = true", s)
		}
	}
}

func TestIsSiteChrome(t *testing.T) {
	for _, s := range []string{"All Products", " search ", "文档中心", "所有产品", "Semua Produk", "ドキュメントセンター",
		"所有產品", "搜尋", "文件中心"} { // the Traditional Chinese site's (help/tc)
		if !IsSiteChrome(s) {
			t.Errorf("IsSiteChrome(%q) = false", s)
		}
	}
	for _, s := range []string{"", "Search for instances", "DescribeInstances", "Queries all products of an account."} {
		if IsSiteChrome(s) {
			t.Errorf("IsSiteChrome(%q) = true", s)
		}
	}
}

// TestIsHeaderRow: a row of column names in any language of the lexicon repeats the
// header; a parameter row named like a column ("Name | String") does not.
func TestIsHeaderRow(t *testing.T) {
	for _, cells := range [][]string{
		{"参数", "类型", "是否必选", "示例值", "描述"},
		{"パラメーター", "データ型", "必須/任意", "例", "説明"},
		{"Parameter", "Tipe", "Wajib", "Contoh", "Deskripsi"},
		{"名称", "类型", "", "描述"},
	} {
		if !IsHeaderRow(cells) {
			t.Errorf("IsHeaderRow(%q) = false", cells)
		}
	}
	for _, cells := range [][]string{
		{"Name", "String", "Yes", "n1", "The name."},
		{"説明", "String", "任意", "testdesc", "説明。"},
		{"Description", "Example"}, // no type column
		{"Type", "Type"},           // no name column
		{},
	} {
		if IsHeaderRow(cells) {
			t.Errorf("IsHeaderRow(%q) = true", cells)
		}
	}
}

// TestParseLocation: Position cells in every language of the lexicon, in any case, read
// as the spec model's location names.
func TestParseLocation(t *testing.T) {
	for cell, want := range map[string]string{
		"Query": "query", "path": "path", " Header ": "header", "Body": "body", "formData": "form",
		"查询": "query", "路径": "path", "请求头": "header", "请求体": "body", "請求頭": "header",
	} {
		if got, ok := ParseLocation(cell); !ok || got != want {
			t.Errorf("ParseLocation(%q) = %q, %v; want %q", cell, got, ok, want)
		}
	}
	if _, ok := ParseLocation("Yes"); ok {
		t.Error("a Required cell read as a location")
	}
}

// TestSiteLanguageWords: the words of the Japanese, Indonesian and Traditional Chinese
// sites (help/ja, help/id, help/tc) that TestHTMLTruth, TestMarkdownTruth and TestTextTruth
// render in their ja, id and tc conventions: each read by its role.
func TestSiteLanguageWords(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"パスパラメーター": PathParams, "パスパラメータ": PathParams, "クエリパラメーター": QueryParams,
		"クエリパラメータ": QueryParams, "リクエストヘッダー": RequestHeaders, "リクエストヘッダ": RequestHeaders,
		"リクエストボディ": BodyParams, "請求頭參數": RequestHeaders, "Parameter header": RequestHeaders,
		"Errors": ErrorCodes, // ecs/en ModifySecurityGroupEgressRule: 36 codes under "## Errors"
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	for h, want := range map[string]Column{"名前": ColName, "範例值": ColExample, "範例": ColExample,
		"HTTP ステータスコード": ColHTTPStatus, "エラーコード": ColErrorCode, "エラーメッセージ": ColErrorMessage,
		"HTTP 狀態碼": ColHTTPStatus, "错误代码": ColErrorCode, "錯誤代碼": ColErrorCode} { // 9 ecs/zh pages head their error code column 错误代码
		if got := ClassifyColumn(h); got != want {
			t.Errorf("ClassifyColumn(%q) = %v, want %v", h, got, want)
		}
	}
	for cell, want := range map[string]string{"クエリ": "query", "パス": "path", "ヘッダー": "header", "ボディ": "body"} {
		if got, ok := ParseLocation(cell); !ok || got != want {
			t.Errorf("ParseLocation(%q) = %q, %v; want %q", cell, got, ok, want)
		}
	}
	for _, c := range []string{"戻り値の例", "正常返回範例", "返回範例"} {
		if !IsResponseSampleCaption(c) {
			t.Errorf("IsResponseSampleCaption(%q) = false", c)
		}
	}
}

// TestSampleFormat: format labels before samples, in every language of the lexicon.
func TestSampleFormat(t *testing.T) {
	for s, want := range map[string]string{
		"`JSON` format": "json", "JSON 格式": "json", "XML格式": "xml", "JSON形式": "json",
		"XML 形式": "xml", "Format JSON": "json", "JSON示例": "json",
		"JSON": "", "The JSON format of the body is described below.": "", "形式": "",
	} {
		if got := SampleFormat(s); got != want {
			t.Errorf("SampleFormat(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMoreSectionHeadings: headings a generated page may give its response table, request
// body table and response sample.
func TestMoreSectionHeadings(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"Response fields": ResponseParams, "Response body": ResponseParams, "Response body parameters": ResponseParams,
		"Request body parameters": BodyParams, "Response example": Examples, "Sample response": Examples,
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
}

// TestNumberedHeadings: a section's number ("1.", "1.2", "二、", "（一）", "3)") tells nothing
// about it; the words after it classify the heading, and only when they are a heading.
func TestNumberedHeadings(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"1. Request parameters": RequestParams, "3. Response parameters": ResponseParams,
		"1.2 Request parameters": RequestParams, "## 2.1. Response parameters": ResponseParams,
		"二、请求参数": RequestParams, "(1) 请求参数": RequestParams, "（一）返回参数": ResponseParams,
		"3) Errors": ErrorCodes, "4、错误码": ErrorCodes, "１．請求參數": RequestParams, "II. Examples": Examples,
		"① 返回数据": ResponseParams, "5 Change history": ChangeHistory, "2. Response parameters:": ResponseParams,
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	for _, h := range []string{
		"1. Request parameters are signed with your AccessKey", // a list item of prose
		"1.", "(1)", "二、", "2FA parameters", "10 Errors found", "一览",
	} {
		if k, ok := ClassifyHeading(h); ok {
			t.Errorf("ClassifyHeading(%q) = %v, want no heading", h, k)
		}
	}
}

// TestQualifiedHeadings: a bracket after a request section's words that names a location,
// also in the plural, makes the section that location's; any other bracket is read past; a
// header qualifier on a response section names the response headers.
func TestQualifiedHeadings(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"Request Parameters (Query)": QueryParams, "请求参数（Body）": BodyParams, "请求参数（请求体）": BodyParams,
		"Request parameters (path)": PathParams, "请求参数 (请求头)": RequestHeaders, "Parameters (Header)": RequestHeaders,
		"Request parameters (Query parameters)": QueryParams, "Request parameters (FormData)": BodyParams,
		"Request parameters (optional)": RequestParams, "Response parameters (Body)": ResponseParams,
		"返回参数（JSON）": ResponseParams, "2. Request parameters (Query)": QueryParams, "Error codes (common)": ErrorCodes,
		"请求参数【Query】": QueryParams, "Request parameters [Path]": PathParams,
		"Request parameters (Headers)": RequestHeaders, "Request parameters (Paths)": PathParams,
		"Response parameters (Header)": ResponseHeaders, "Response parameters (Headers)": ResponseHeaders,
		"返回参数（请求头）": ResponseHeaders, "Request parameters (Headerss)": RequestParams,
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	for _, h := range []string{"User (Query)", "(Query)", "Query"} {
		if k, ok := ClassifyHeading(h); ok {
			t.Errorf("ClassifyHeading(%q) = %v, want no heading", h, k)
		}
	}
}

// TestResponseHeadingWords: the other names documents give their parameter sections.
func TestResponseHeadingWords(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"Return values": ResponseParams, "Return parameters": ResponseParams, "Response data": ResponseParams,
		"Responses": ResponseParams, "Request params": RequestParams, "返回值": ResponseParams, "出参": ResponseParams,
		"入参": RequestParams, "响应数据": ResponseParams, "请求参数说明": RequestParams, "返回参数说明": ResponseParams,
		"返回参数列表": ResponseParams, "錯誤碼說明": ErrorCodes,
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	if k, ok := ClassifyHeading("说明"); ok {
		t.Errorf("ClassifyHeading(%q) = %v: a suffix alone is no heading", "说明", k)
	}
}

// TestNumberedHeadingLang: a heading's number or qualifier does not change its language.
func TestNumberedHeadingLang(t *testing.T) {
	for s, want := range map[string]string{
		"一、请求参数": "zh", "（一）返回参数": "zh", "2. Response parameters": "en", "1. 変更履歴": "ja",
		"3. Parameter permintaan": "id", "Parameter permintaan (Query)": "id", "請求參數（Body）": "tc",
		"1. リクエストパラメータ": "ja",
	} {
		if got := HeadingLang(s); got != want {
			t.Errorf("HeadingLang(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCanonicalType: the metadata's type/format and Go's spellings are type words, and so
// are other languages' words and list spellings; a pointer to a struct ("*User", how RAM
// tables write a resource) is not, nor a bare "Set" (a part of many names).
func TestCanonicalType(t *testing.T) {
	for in, want := range map[string]bool{
		"integer/int64": true, "number/double": true, "*string": true, "[]*string": true,
		"map[string]*string": true, "interface{}": true, "[]*CreateUserRequestTag": true,
		"*User": true, "*user": false, "*": false, "Yes/No": false, "[]": false,
		"Integer (int64)": true, "string(date-time)": true, "Integer(int64)": true, "Name (required)": false, "string ()": false,
		// other languages' and SQL's words, generic lists in any bracket, postfix lists
		"Short": true, "int16": true, "uint32": true, "uint64": true, "bigint": true, "BigDecimal": true,
		"JSONObject": true, "JSONArray": true, "Dict": true, "byte[]": true, "Byte []": true,
		"List[String]": true, "Array(String)": true, "Set<String>": true, "Set[Tag]": true, "String Array": true,
		"object array": true, "Json Array": true, "Long/Integer": true, "List of String": true,
		"Set": false, "Tag Array": false, "the array": false, "Set<>": false, "Name[0]": false, "Yes/Integer": false,
	} {
		if got := IsType(in); got != want {
			t.Errorf("IsType(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"short": "integer", "uint32": "long", "bigint": "long", "decimal": "number", "jsonobject": "object",
		"jsonarray": "array", "list[string]": "list<string>", "array(string)": "list<string>",
		"set<tag>": "list<tag>", "array (object)": "list<object>", "string array": "array<string>",
		"integer list": "array<integer>", "json array": "array", "long/integer": "long", "integer/long": "long",
		"integer/int64": "long", "integer/int32": "integer", "float/double": "double", "number/float": "float",
		"[]byte": "byte[]", "byte []": "byte[]", "list of string": "array of string",
		"tag array": "tag array", "array<string>": "array<string>", "list<tag>": "list<tag>",
		"string/byte": "byte[]", "string/iso8601": "datetime", "integer/uint32": "long", "string/whatever": "string",
		"string (json)": "string", "yes/integer": "yes/integer",
	} {
		if got := CanonicalType(in); got != want {
			t.Errorf("CanonicalType(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnknownFormat: the word after "type/" that no registry knows is named; known
// formats, number words of either width, notes in brackets and other cells are not.
func TestUnknownFormat(t *testing.T) {
	for in, want := range map[string]string{
		"string/whatever": "whatever", "Integer/Big": "Big", "`boolean/yes`": "yes",
		"string/byte": "", "String/String": "", "integer/long": "", "long/integer": "", "string (enum)": "",
		"string": "", "yes/no": "", "string/": "", "string/a b": "",
	} {
		if got := UnknownFormat(in); got != want {
			t.Errorf("UnknownFormat(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestListItem: the item a list type names, as written, in the three spellings the readers
// and the extraction ask about; nothing for other types.
func TestListItem(t *testing.T) {
	for in, want := range map[string]string{
		"Array of DBInstance": "DBInstance", " array OF  Tag ": "Tag", "List<DBInstance>": "DBInstance",
		"array< User >": "User", "Array of String": "String", "list<>": "",
		"Array": "", "Array of": "", "List<User": "", "DBInstance[]": "", "map<string,User>": "", "": "",
	} {
		if got := ListItem(in); got != want {
			t.Errorf("ListItem(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCodeLang: the language given wins; with none, a block that starts as a JSON object or
// array is JSON, anything else has none.
func TestCodeLang(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"xml", `{"a": 1}`, "xml"}, {"", "  {\"a\": 1}", "json"}, {"", "[1, 2]", "json"},
		{"", "<Response/>", ""}, {"", "GET / HTTP/1.1", ""},
	} {
		if got := CodeLang(c.lang, c.text); got != c.want {
			t.Errorf("CodeLang(%q, %q) = %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

// TestBoldColumnWords: a header cell in Markdown bold names its column; bold text that is no
// column word stays unknown.
func TestBoldColumnWords(t *testing.T) {
	for h, want := range map[string]Column{"**Parameter**": ColName, " **类型** ": ColType, "**Required**": ColRequired,
		"**": ColOther, "****": ColOther, "**Note**": ColOther, "**Type": ColOther} {
		if got := ClassifyColumn(h); got != want {
			t.Errorf("ClassifyColumn(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestLabelHeading(t *testing.T) {
	for _, c := range []struct {
		text string
		bold bool
		want string
	}{
		{"Request parameters", true, "Request parameters"},
		{"Response parameters:", false, "Response parameters"},
		{"返回数据：", false, "返回数据"},
		{"2. Response parameters:", false, "2. Response parameters"},
		{"请求参数（Query）", true, "请求参数（Query）"},
		{"Request parameters", false, ""},   // a plain line is no label
		{"The user name:", false, ""},       // names no section
		{"Request\nparameters:", false, ""}, // one line only
		{"Request syntax", true, "Request syntax"},
		{"错误码：", false, "错误码"},
		{"Sample requests", true, ""},          // a sample's caption inside the examples
		{"RequestBody", true, "RequestBody"},   // one camel-case word the lexicon has
		{"RequestBody:", false, "RequestBody"}, // as written
		{"Parameters", true, ""},               // one plain English word
		{"RegionId", true, ""},                 // camel case the lexicon lacks
	} {
		if got, ok := LabelHeading(c.text, c.bold); got != c.want || ok != (c.want != "") {
			t.Errorf("LabelHeading(%q, %v) = %q, %v", c.text, c.bold, got, ok)
		}
	}
}

// TestHeadingLangJapaneseKanji: Japanese headings written in kanji alone (権限情報, 例,
// 変更履歴) or with kana after a kanji (使用上の注意) are Japanese; Chinese ones stay Chinese.
func TestHeadingLangJapaneseKanji(t *testing.T) {
	for s, want := range map[string]string{
		"権限情報": "ja", "## 例": "ja", "変更履歴：": "ja", "使用上の注意": "ja", "API一覧": "ja",
		"リクエストパラメーター": "ja", "示例": "zh", "授权信息": "zh", "變更歷史": "tc", "範例": "tc", "Contoh": "id",
	} {
		if got := HeadingLang(s); got != want {
			t.Errorf("HeadingLang(%q) = %q, want %q", s, got, want)
		}
	}
	for w := range japaneseKanjiHeadings {
		if _, ok := headingWords[w]; !ok {
			t.Errorf("japaneseKanjiHeadings has %q, which headingWords lacks", w)
		}
	}
}

// TestValidValuesWords: a description's lead-in is matched by its own word, the first of
// the lexicon's words it starts with, in every language the readers take.
func TestValidValuesWords(t *testing.T) {
	words := ValidValuesWords()
	for _, list := range [][]string{words, ValidValuesLinks(), ValidValuesConjunctions()} {
		for i, w := range list {
			if w != strings.ToLower(w) || strings.TrimSpace(w) != w || w == "" {
				t.Errorf("word %q is not trimmed lower case", w)
			}
			for _, longer := range list[i+1:] {
				if strings.HasPrefix(longer, w) {
					t.Errorf("%q comes after %q, which it starts with: it never matches", longer, w)
				}
			}
		}
	}
	for lead, want := range map[string]string{
		"Valid values:": "valid values", "Enumeration values include": "enumeration values",
		"取值范围：": "取值范围", "取值：": "取值", "枚举值：": "枚举值", "Nilai yang valid:": "nilai yang valid",
		"取值範圍：": "取值範圍", "枚舉值：": "枚舉值",
		"有効な値：": "有効な値", "有効値:": "有効値", "指定可能な値:": "指定可能な値", "列挙値：": "列挙値",
		"有效值：": "有效值", "可选值：": "可选值", "可選值：": "可選值", "取り得る値：": "取り得る値",
		"Optional values:": "optional values", "有効な値は次のとおりです：": "有効な値",
	} {
		got := ""
		for _, w := range words {
			if strings.HasPrefix(strings.ToLower(lead), w) {
				got = w
				break
			}
		}
		if got != want {
			t.Errorf("%q: matched by %q, want %q", lead, got, want)
		}
	}
}

// TestHeadingLangTraditional: every Traditional Chinese heading of the lexicon is "tc",
// every Simplified one "zh" (HeadingLang once called both "zh"); a character both scripts
// share is in no Traditional-only list.
func TestHeadingLangTraditional(t *testing.T) {
	traditional := map[string]bool{
		"調試": true, "在線調試": true, "授權資訊": true, "授權信息": true, "請求語法": true,
		"請求頭": true, "請求頭參數": true, "路徑參數": true, "查詢參數": true, "請求體": true,
		"請求參數": true, "返回參數": true, "返回數據": true, "返回結果": true, "響應參數": true,
		"請求示例": true, "範例": true, "錯誤碼": true, "變更歷史": true, "介面說明": true, "接口說明": true,
		"響應頭": true, "響應頭參數": true, "返回頭": true, "返回頭參數": true, "api 概覽": true, "api概覽": true,
		"ram 授權": true, "ram授權": true, "授權": true, "試一試": true, "請求body": true, "入參": true,
		"入參列表": true, "輸入參數": true, "輸出參數": true, "出參": true, "出參列表": true, "響應數據": true, "響應體語法": true,
		"發布說明": true, "正常返回範例": true, "返回範例": true, "請求範例": true,
	}
	for w := range headingWords {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Han, r) }) < 0 ||
			HeadingLang(w) == "ja" {
			continue
		}
		want := "zh"
		if traditional[w] {
			want = "tc"
		}
		if got := HeadingLang("## " + w + "："); got != want {
			t.Errorf("HeadingLang(%q) = %q, want %q", w, got, want)
		}
	}
	for _, r := range "示例位置求型性域名是否描述" {
		if strings.ContainsRune(traditionalOnly, r) {
			t.Errorf("%c is written alike in both scripts: it tells no Traditional page", r)
		}
	}
	for tag, want := range map[string]string{
		"zh-TW": "tc", "zh-Hant": "tc", "zh-Hant-HK": "tc", "zh_HK": "tc", "zh-CN": "zh", "zh-Hans": "zh",
		"zh": "zh", "ja-JP": "ja", "en": "en", "": "", "tc": "tc",
	} {
		if got := LangTag(tag); got != want {
			t.Errorf("LangTag(%q) = %q, want %q", tag, got, want)
		}
	}
	if !RefinesLang("tc", "zh") || RefinesLang("zh", "tc") || RefinesLang("ja", "zh") {
		t.Error("RefinesLang: only tc refines zh")
	}
}

func TestInlineExample(t *testing.T) {
	for _, c := range []struct{ desc, want, rest string }{
		{"The region.\nExample:cn-hangzhou", "cn-hangzhou", "The region."},
		{"The key.\nExample: k-1 ", "k-1", "The key."},
		{"The IDs.\nExample:a****,b****Reference Value Source:\nListKeys", "a****,b****", "The IDs.\nReference Value Source:\nListKeys"},
		{"地域。 示例值:cn-hangzhou", "cn-hangzhou", "地域。"},
		{"密钥。 示例值：k-1参考取值来源: ListKeys", "k-1", "密钥。 参考取值来源: ListKeys"},
		{"Kunci. Contoh: k-1", "k-1", "Kunci."},
		{"The description. Example value: abc", "abc", "The description."},
		{"Deskripsi. Nilai contoh: abc", "abc", "Deskripsi."},
		{"The size.\nExample: 10\nUnit: MB.", "10", "The size.\nUnit: MB."},
		{"请求示例:GET /", "", ""}, // a word that only ends in an example word
		{"Example:", "", ""},
		{"Valid values: a, b", "", ""},
		{"No example here.", "", ""},
	} {
		got, rest, ok := InlineExample(c.desc)
		if c.want == "" {
			c.rest = c.desc
		}
		if got != c.want || ok != (c.want != "") || rest != c.rest {
			t.Errorf("InlineExample(%q) = %q, %q, %v; want %q, %q", c.desc, got, rest, ok, c.want, c.rest)
		}
	}
}

// TestResponseHeaderHeadings: the response's headers have a section of their own in every
// language of the lexicon, and its rows are parameters (read as such by the readers) that
// warnings call response headers.
func TestResponseHeaderHeadings(t *testing.T) {
	for h, lang := range map[string]string{
		"Response headers": "en", "### Response header parameters": "en", "2. Response header": "en",
		"响应头": "zh", "返回头": "zh", "响应头参数说明": "zh", "響應頭": "tc", "返回頭": "tc",
		"レスポンスヘッダー": "ja", "Header respons": "id",
	} {
		if k, ok := ClassifyHeading(h); !ok || k != ResponseHeaders {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, ResponseHeaders)
		}
		if l := HeadingLang(h); l != lang {
			t.Errorf("HeadingLang(%q) = %q, want %q", h, l, lang)
		}
	}
	if !ResponseHeaders.HoldsParams() || ResponseHeaders.HoldsRequest() || RowsOf(ResponseHeaders) != "response headers" {
		t.Errorf("ResponseHeaders: HoldsParams %v, HoldsRequest %v, RowsOf %q", ResponseHeaders.HoldsParams(),
			ResponseHeaders.HoldsRequest(), RowsOf(ResponseHeaders))
	}
	// the plural is a heading qualifier's alone: no Position cell reads "Headers"
	if l, ok := ParseLocation("Headers"); ok {
		t.Errorf("ParseLocation(Headers) = %q, want no location", l)
	}
}

// TestCamelCaseHeadings: a heading written as one camel-case word ("RequestBody", as the
// Elasticsearch sources write it) is read as its words; a camel-case word that is no
// heading is none.
func TestCamelCaseHeadings(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"RequestBody": BodyParams, "ResponseHeaders": ResponseHeaders, "RequestParameters": RequestParams,
		"ErrorCodes": ErrorCodes, "1. RequestBody": BodyParams, "RequestBody (JSON)": BodyParams, "RequestBody:": BodyParams,
	} {
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	for _, h := range []string{"InstanceId", "CreateInstance", "Request-Body", "requestBodyX"} {
		if k, ok := ClassifyHeading(h); ok {
			t.Errorf("ClassifyHeading(%q) = %v, want no heading", h, k)
		}
	}
}

// TestWrittenHeadings: the headings the lexicon has as written, which every reader reads
// as they are: "RequestBody" in one word (about 68 Elasticsearch pages head their body
// fields so), which the text reader, taking a camel-case line for a name, read only when
// the lexicon had it; 接口描述 ("API description"), which a text dump read as a two-column
// table. A camel-case heading the lexicon only splits into words is not one as written.
func TestWrittenHeadings(t *testing.T) {
	for h, want := range map[string]SectionKind{"RequestBody": BodyParams, "接口描述": Description, "1. RequestBody": BodyParams} {
		if k, ok := ClassifyWrittenHeading(h); !ok || k != want {
			t.Errorf("ClassifyWrittenHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
		if k, ok := ClassifyHeading(h); !ok || k != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, k, ok, want)
		}
	}
	if k, ok := ClassifyWrittenHeading("ResponseHeaders"); ok {
		t.Errorf("ClassifyWrittenHeading(ResponseHeaders) = %v, want no heading as written", k)
	}
}

// TestLetteredAndOrdinalHeadings: sections numbered by letters ("A. Request parameters"),
// steps ("Step 1: Request parameters") and Chinese ordinals ("第一部分 请求参数") read as
// the words after the number, and only when those are a heading; a qualifier written in a
// code span ("(`Query`)") reads as the bare word.
func TestLetteredAndOrdinalHeadings(t *testing.T) {
	headingsRead(t, map[string]SectionKind{
		"A. Request parameters": RequestParams, "B. Response parameters": ResponseParams,
		"c) Error codes": ErrorCodes, "Step 1: Request parameters": RequestParams,
		"Step 2 - Response parameters": ResponseParams, "第一部分 请求参数": RequestParams,
		"第二部分：返回参数": ResponseParams, "第3节 错误码": ErrorCodes, "第二步、请求参数": RequestParams,
		"Deskripsi operasi": Description, "Request parameters (`Query`)": QueryParams, "Request parameters（`Body`）": BodyParams,
		"Response parameters (`Header`)": ResponseHeaders, "A. Request parameters (`Path`)": PathParams,
	}, []string{
		"A. Users", "Step 1: Create a user", "第一部分 概述", "A.", "Step 1", "第一部分",
		"a. request parameters are signed", "AB. Request parameters", "Steps 1: Request parameters",
	})
	for s, want := range map[string]string{
		"Header permintaan": "id", "Parameter kueri": "id", "Body permintaan": "id", "Parameter header": "id",
		"A. Parameter permintaan": "id", "Request headers": "en", "第一部分 请求参数": "zh", "Deskripsi operasi": "id",
	} {
		if got := HeadingLang(s); got != want {
			t.Errorf("HeadingLang(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCaptionName: a numbered table caption names what follows its number.
func TestCaptionName(t *testing.T) {
	for s, want := range map[string]string{
		"Table 4. page_info": "page_info", "Table 3: nodes": "nodes", "表 2. 某某": "某某", "表3 nodes": "nodes",
		"Table 1. Request path parameters": "Request path parameters",
	} {
		if got, ok := CaptionName(s); !ok || got != want {
			t.Errorf("CaptionName(%q) = %q %v, want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"Table 4.", "Tables 4. x", "The table 4. x", "Table x. nodes", "nodes"} {
		if got, ok := CaptionName(s); ok {
			t.Errorf("CaptionName(%q) = %q, want no caption", s, got)
		}
	}
}

// TestPermalinkHeadings: a permalink's glyph beside a heading's words (Sphinx's "¶", "§",
// a "#" anchor) is decoration, as the ATX marks are, and so are bold markers, bullets, bars
// and brackets around the whole heading; a bracket that closes no opening one stays.
func TestPermalinkHeadings(t *testing.T) {
	headingsRead(t, map[string]SectionKind{
		"Request parameters¶": RequestParams, "§ Response parameters": ResponseParams, "#Error codes": ErrorCodes,
		"Request parameters #": RequestParams, "## Examples ##": Examples,
		// marks sites and dumps set around a heading
		"**Request parameters**": RequestParams, "【请求参数】": RequestParams, "■ Response parameters": ResponseParams,
		"▎返回参数": ResponseParams, "> Error codes": ErrorCodes, "=== Examples ===": Examples, "[Request parameters]": RequestParams,
		"【请求参数（Query）】": QueryParams, "• 错误码": ErrorCodes,
		// a permalink after the words: a symbol, or a Markdown link whose text is one
		"Request parameters🔗": RequestParams, "Request parameters 🔗": RequestParams,
		"Request parameters [#](#request-parameters)": RequestParams, "返回参数[¶](#x)": ResponseParams,
		"Request parameters (Query) #": QueryParams, "Error codes ⚓︎": ErrorCodes,
	}, []string{"【Query】", "**", "■", "[Request parameters] and [Examples]", "🔗", "[#](#x)",
		"Request parameters [see](#x)"})
}

// headingsRead checks that ClassifyHeading reads each heading of want as its kind and none
// of none as a heading.
func headingsRead(t *testing.T, want map[string]SectionKind, none []string) {
	t.Helper()
	for h, k := range want {
		if got, ok := ClassifyHeading(h); !ok || got != k {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, got, ok, k)
		}
	}
	for _, h := range none {
		if got, ok := ClassifyHeading(h); ok {
			t.Errorf("ClassifyHeading(%q) = %v, want no heading", h, got)
		}
	}
}

// TestOtherSitesColumnWords: header words other sites and exporters use name their columns;
// before, "Is required" named none, so every parameter read as optional with no warning.
func TestOtherSitesColumnWords(t *testing.T) {
	for h, want := range map[string]Column{
		"Is required": ColRequired, "Required/Optional": ColRequired, "是否必传": ColRequired, "必选/可选": ColRequired,
		"Value type": ColType, "参数类型": ColType, "Remarks": ColDescription, "Notes": ColDescription,
		"Comment": ColDescription, "Explanation": ColDescription, "备注": ColDescription, "参数说明": ColDescription,
		"Sample value": ColExample, "样例": ColExample,
	} {
		if got := ClassifyColumn(h); got != want {
			t.Errorf("ClassifyColumn(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestTypeWithNote: a type word with a note in brackets or after a comma is that type
// ("Boolean (true/false)", "String, max 64"); two number words are the wider ("Long
// (int64)"). Before, these were strings with an "unknown type" guess.
func TestTypeWithNote(t *testing.T) {
	for in, want := range map[string]string{
		"long (int64)": "long", "boolean (true/false)": "boolean", "string (enum)": "string",
		"string, max 64": "string", "integer, 1 to 100": "integer",
	} {
		if got := CanonicalType(in); got != want {
			t.Errorf("CanonicalType(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"string ()", "string,", "note (string)", "see (string)"} {
		if IsType(in) {
			t.Errorf("IsType(%q) = true: an empty note, or a word that is no type before it", in)
		}
	}
}

// TestDefaultWordsCoverColumns holds the default words to the column lexicon (a Default
// column's header word also announces a default in a description) and to their order (a
// word before any shorter word it starts with).
func TestDefaultWordsCoverColumns(t *testing.T) {
	for w, c := range columnWords {
		if c == ColDefault && !IsDefaultWord(w) {
			t.Errorf("column word %q is ColDefault but no default word", w)
		}
	}
	for _, list := range [][]string{defaultWords, defaultLinks} {
		for i, w := range list {
			for _, later := range list[i+1:] {
				if strings.HasPrefix(later, w) {
					t.Errorf("%q comes before %q, which it starts", w, later)
				}
			}
		}
	}
	if !IsDefaultWord(" Default Value ") || !IsDefaultWord("默认") || IsDefaultWord("defaulted") {
		t.Error("IsDefaultWord: case, trimming or a longer word read wrong")
	}
}

// TestValuesWordsCoverColumns holds the valid-values words to the column lexicon: a Valid
// values column's header word ("Allowed values", 取值说明) also announces the values in a
// description, where a card's key line ("Allowed values: a, b") leaves them, and each
// such header cell is matched from its start by its own word or a longer one.
func TestValuesWordsCoverColumns(t *testing.T) {
	for w, c := range columnWords {
		if c != ColValues {
			continue
		}
		got := ""
		for _, lead := range validValuesWords {
			if strings.HasPrefix(w, lead) {
				got = lead
				break
			}
		}
		if got != w {
			t.Errorf("column word %q is ColValues but the description lead-in matching it is %q", w, got)
		}
	}
}

// TestLowerASCII: the default words' one case rule (IsDefaultWord and the extraction's
// search of a description) lowers ASCII letters only, so an index into the result is one
// into the text; every default word reads in capitals.
func TestLowerASCII(t *testing.T) {
	if got := LowerASCII("ÀB İ Default 默认 ＡＢ"); got != "Àb İ default 默认 ＡＢ" {
		t.Errorf("LowerASCII = %q", got)
	}
	for _, w := range defaultWords {
		if !IsDefaultWord(strings.ToUpper(w)) || LowerASCII(strings.ToUpper(w)) != w {
			t.Errorf("default word %q in capitals is not read as one", w)
		}
	}
}

// TestTraditionalTwins: the lexicon reads a Traditional Chinese page (help/tc) as it reads a
// Simplified one: every Simplified heading, column word and Required word has its
// Traditional twin, written character by character (simplifiedToTraditional), with the
// same meaning. Before, "非必選" (非必选) was no Required word and "字段類型", "入參",
// "ram 授權" and a dozen more read as nothing on a tc page.
func TestTraditionalTwins(t *testing.T) {
	pairs := map[rune]rune{}
	trad := []rune(traditionalChars)
	for k, r := range []rune(simplifiedChars) {
		pairs[r] = trad[k]
	}
	twin := func(w string) string {
		if tw, ok := traditionalWords[w]; ok {
			return tw
		}
		return strings.Map(func(r rune) rune {
			if tr, ok := pairs[r]; ok {
				return tr
			}
			return r
		}, w)
	}
	simplified := func(w string) bool {
		return HeadingLang(w) == "zh" && twin(w) != w
	}
	for w, k := range headingWords {
		if simplified(w) && headingWords[twin(w)] != k {
			t.Errorf("heading %q (%s) has no Traditional twin %q", w, k, twin(w))
		}
	}
	for w, c := range columnWords {
		if tw, ok := columnWords[twin(w)]; simplified(w) && (!ok || tw != c) {
			t.Errorf("column word %q has no Traditional twin %q", w, twin(w))
		}
	}
	for w, v := range requiredWords {
		if tv, ok := requiredWords[twin(w)]; simplified(w) && (!ok || tv != v) {
			t.Errorf("Required word %q has no Traditional twin %q", w, twin(w))
		}
	}
	for w, a := range typeAliases {
		if strings.Contains(w, "値") {
			continue // Japanese in kanji alone ("数値": Chinese writes 值), no Chinese word
		}
		if ta, ok := typeAliases[twin(w)]; simplified(w) && (!ok || ta != a) {
			t.Errorf("type word %q has no Traditional twin %q", w, twin(w))
		}
	}
	lists := map[string][]string{"default word": defaultWords, "default link": defaultLinks, "no-default word": noDefaultWords,
		"default joiner": defaultJoiners, "self word": selfWords, "leading default word": leadingDefaultWords, "condition opener": conditionOpeners, "condition closer": conditionClosers, "opener word": openerWords}
	for kind, words := range lists {
		for _, w := range words {
			if simplified(w) && !slices.Contains(words, twin(w)) {
				t.Errorf("%s %q has no Traditional twin %q", kind, w, twin(w))
			}
		}
	}
}

// traditionalWords are the Traditional twins written with another character than the
// Simplified word's (备注, 備註: note).
var traditionalWords = map[string]string{"备注": "備註"}

// simplifiedChars and traditionalChars pair the Simplified characters of the lexicon's
// Chinese words with their Traditional forms.
const (
	simplifiedChars  = "义传体关内别历参发变响备头应径态据权时条标样数码状称类级线结联览认访试询详语误说请调资输选错键间问须题范围举许细约释无为况对当针余设并场于该这个组长尔点双构"
	traditionalChars = "義傳體關內別歷參發變響備頭應徑態據權時條標樣數碼狀稱類級線結聯覽認訪試詢詳語誤說請調資輸選錯鍵間問須題範圍舉許細約釋無為況對當針餘設並場於該這個組長爾點雙構"
)

// TestIndexColumn: a row-number column's header ("#", "No.", 序号) is a column word, so a
// header row with one is a header row; "## Parameter" is still a Parameter column.
func TestIndexColumn(t *testing.T) {
	for _, h := range []string{"#", "No.", "序号"} {
		if got := ClassifyColumn(h); got != ColIndex {
			t.Errorf("ClassifyColumn(%q) = %v, want ColIndex", h, got)
		}
		if !IsHeaderRow([]string{h, "Parameter", "Type", "Example", "Description"}) {
			t.Errorf("a header row opening with %q is no header row", h)
		}
	}
	if got := ClassifyColumn("## Parameter"); got != ColName {
		t.Errorf(`ClassifyColumn("## Parameter") = %v, want ColName`, got)
	}
}

// TestBracketListsAndDateWords: "Tag[]" is a list of Tag structs (objects), read only in a
// cell of its own, as "KeyVersion数组" is; "date-time" (OpenAPI's format word) is a date
// like "datetime". Before, both were unknown and read as string with a guess.
func TestBracketListsAndDateWords(t *testing.T) {
	for in, want := range map[string]struct {
		elem     string
		cellOnly bool
	}{
		"Tag[]": {"object", true}, "DBInstance []": {"object", true}, "string[]": {"string", false},
		"Object[]": {"object", false}, "Long[]": {"long", false},
	} {
		got, ok := ReadType(in)
		if !ok || got.Word != "array" || got.Elem == nil || got.Elem.Word != want.elem || got.CellOnly != want.cellOnly {
			t.Errorf("ReadType(%q) = %+v %v, want an array of %s (cell only %v)", in, got, ok, want.elem, want.cellOnly)
		}
	}
	for _, in := range []string{"date-time", "Date-Time", "datetime", "date"} {
		if !IsType(in) {
			t.Errorf("IsType(%q) = false, want a date word", in)
		}
	}
	for _, in := range []string{"[]", "a b[]", "Tag[]x", "RegionStatusesobject []", "resultstring[]"} {
		if IsType(in) {
			t.Errorf("IsType(%q) = true, want no type", in)
		}
	}
}

// TestPluralListTypes: Redoc writes a list's type in the plural of its item's type word
// ("Array of strings", "Array of integers"): a list of that type. Before, the plural was
// no type word, so it read as the name of an item struct, a list of objects. A plural that
// is no type word stays a struct's name ("Array of Tags").
func TestPluralListTypes(t *testing.T) {
	for in, want := range map[string]string{"Array of strings": "string", "Array of integers": "integer",
		"array of longs": "long", "Array of booleans": "boolean", "Array of numbers": "number",
		"Array of objects": "object", "Array of Tags": "object", "Array of String": "string"} {
		got, ok := ReadType(in)
		if !ok || got.Word != "array" || got.Elem == nil || got.Elem.Word != want {
			t.Errorf("ReadType(%q) = %+v %v, want an array of %s", in, got, ok, want)
		}
	}
}

// A label that is a location's word alone, bold or ending in a colon, names that
// location's section; other labels, and a location word inside a phrase, do not.
func TestLocationLabel(t *testing.T) {
	for text, want := range map[string]SectionKind{"Body": BodyParams, "**Body**": BodyParams, "Body:": BodyParams,
		"Headers": RequestHeaders, "请求体": BodyParams, "Query：": QueryParams} {
		if k, ok := LocationLabel(text); !ok || k != want {
			t.Errorf("LocationLabel(%q) = %v, %v; want %v", text, k, ok, want)
		}
	}
	for _, text := range []string{"Filter", "Body of the request is JSON", "", "Tags"} {
		if k, ok := LocationLabel(text); ok {
			t.Errorf("LocationLabel(%q) = %v, want none", text, k)
		}
	}
}

// TestSpacedCJKHeading: a space between two Chinese or Japanese characters is spacing, not
// a word break (a PDF letter-spaces a heading, a translation splits a katakana compound):
// the heading and column words read as written without it; a space beside a Latin word
// stays one.
func TestSpacedCJKHeading(t *testing.T) {
	for h, want := range map[string]SectionKind{
		"リクエスト パラメーター": RequestParams, "レ ス ポ ン ス パ ラ メ ー タ ー": ResponseParams,
		"请 求 参 数": RequestParams, "## 錯誤 碼：": ErrorCodes, "RAM 授权": RAMAuth, "API 概览": APIList,
	} {
		if got, ok := ClassifyHeading(h); !ok || got != want {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v", h, got, ok, want)
		}
	}
	if got := ClassifyColumn("是否 必選"); got != ColRequired {
		t.Errorf("ClassifyColumn(是否 必選) = %v, want the Required column", got)
	}
	if got := ClassifyColumn("HTTP ステータスコード"); got != ColHTTPStatus {
		t.Errorf("ClassifyColumn(HTTP ステータスコード) = %v, want the HTTP status column", got)
	}
}

// TestJoinIdeographs: white space between two Chinese or Japanese characters goes, every
// other stays as written (case too): a header line's cells keep their separators.
func TestJoinIdeographs(t *testing.T) {
	for in, want := range map[string]string{
		"エラー コード": "エラーコード", "錯誤 　碼": "錯誤碼", "HTTP ステータス コード": "HTTP ステータスコード",
		"Error Code": "Error Code", "名前 Type": "名前 Type", "說明 ": "說明 ", "": "",
	} {
		if got := JoinIdeographs(in); got != want {
			t.Errorf("JoinIdeographs(%q) = %q; want %q", in, got, want)
		}
	}
}
