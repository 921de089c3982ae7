package page

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The lookups lower-case into stack buffers for speed; these are their plain definitions,
// which they must match on every input.

func refClassifyHeading(s string) (SectionKind, bool) {
	k, ok := headingWords[NormalizeHeading(s)]
	return k, ok
}

func refClassifyColumn(s string) Column {
	if t := strings.TrimSpace(s); len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
		s = t[2 : len(t)-2]
	}
	return columnWords[NormalizeHeading(s)]
}

func refParseRequired(s string) (bool, bool) {
	r, ok := requiredWords[strings.TrimSpace(strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), ".,;:!。，；！"))]
	return r, ok
}

func refIsType(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	if typeWords[t] {
		return true
	}
	if c := CanonicalType(t); c != t {
		return refIsType(c)
	}
	if rest, ok := strings.CutPrefix(t, "array of "); ok {
		return refIsType(rest) || isWord([]byte(rest))
	}
	if strings.HasSuffix(t, " map") && strings.Contains(t, " to ") {
		return true
	}
	if strings.HasPrefix(t, "array<") && strings.HasSuffix(t, ">") {
		return refIsType(t[len("array<") : len(t)-1])
	}
	if strings.HasPrefix(t, "list<") && strings.HasSuffix(t, ">") {
		inner := strings.TrimSpace(t[len("list<") : len(t)-1])
		return refIsType(inner) || isWord([]byte(inner))
	}
	if inner, ok := strings.CutSuffix(t, "[]"); ok && inner != "" {
		return refIsType(inner)
	}
	return strings.HasPrefix(t, "map<") && strings.HasSuffix(t, ">")
}

func refHeadingLang(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) }) >= 0 {
		return "ja"
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
		if japaneseKanjiHeadings[NormalizeHeading(s)] {
			return "ja"
		}
		if strings.IndexFunc(s, func(r rune) bool { return strings.ContainsRune(traditionalOnly, r) }) >= 0 {
			return "tc"
		}
		return "zh"
	}
	switch NormalizeHeading(s) {
	case "parameter permintaan", "elemen respons", "sintaks permintaan", "kode kesalahan",
		"contoh", "riwayat perubahan", "informasi otorisasi", "coba sekarang", "daftar api",
		"parameter respons", "parameter jalur", "isi permintaan", "kode galat", "deskripsi":
		return "id"
	}
	return "en"
}

func checkLexicon(t *testing.T, s string) {
	t.Helper()
	if gk, gok := ClassifyHeading(s); true {
		if wk, wok := refClassifyHeading(s); gk != wk || gok != wok {
			t.Errorf("ClassifyHeading(%q) = %v %v, want %v %v", s, gk, gok, wk, wok)
		}
	}
	if g, w := ClassifyColumn(s), refClassifyColumn(s); g != w {
		t.Errorf("ClassifyColumn(%q) = %v, want %v", s, g, w)
	}
	gr, gok := ParseRequired(s)
	if wr, wok := refParseRequired(s); gr != wr || gok != wok {
		t.Errorf("ParseRequired(%q) = %v %v, want %v %v", s, gr, gok, wr, wok)
	}
	if g, w := IsType(s), refIsType(s); g != w {
		t.Errorf("IsType(%q) = %v, want %v", s, g, w)
	}
	if g, w := HeadingLang(s), refHeadingLang(s); g != w {
		t.Errorf("HeadingLang(%q) = %q, want %q", s, g, w)
	}
}

// variants returns w in the spellings pages use: cases, decoration, odd white space.
func variants(w string) []string {
	return []string{w, strings.ToUpper(w), capital(w), "## " + w + ":", "  " + w + " ：",
		strings.ReplaceAll(w, " ", "  \t"), strings.ReplaceAll(w, " ", "\u00a0"), strings.ReplaceAll(w, " ", "\u3000"),
		"array of " + w, "Array<" + w + ">", "List<" + w + ">", w + " []", w + "[]", w + " to string map", w + "x", w[:len(w)/2],
		strings.ReplaceAll(strings.ToUpper(w), "K", "\u212a"), // Kelvin sign lower-cases to k
		w + strings.Repeat(" pad", 20), "\xff" + w, w + "\xc3"}
}

// lexiconWords lists every key of the lexicon's maps, sorted.
func lexiconWords() []string {
	var words []string
	for _, m := range []map[string]bool{typeWords, requiredWords} {
		for k := range m {
			words = append(words, k)
		}
	}
	for k := range headingWords {
		words = append(words, k)
	}
	for k := range columnWords {
		words = append(words, k)
	}
	sort.Strings(words)
	return words
}

func TestLexiconMatchesDefinitions(t *testing.T) {
	words := append(lexiconWords(), "", " ", "#", ":", "array of", "array of ", "array<>", "map<", "İ", "ǅ", "Σ")
	for _, w := range words {
		for _, v := range variants(w) {
			checkLexicon(t, v)
		}
	}
	// every line of the committed text pages
	files, _ := filepath.Glob("../../golden/pages/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			checkLexicon(t, l)
		}
	}
}

func FuzzLexicon(f *testing.F) {
	for _, s := range []string{"Request Parameters", "array of Tag", "是否必选", "Map<String, Any>", "\u212aODE KESALAHAN"} {
		f.Add(s)
	}
	// every word of the lexicon: the fuzzer starts from what pages say rather than from a
	// handful of strings
	for _, w := range lexiconWords() {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLexicon(t, s) })
}

// TestKeysFit: every key must fit the lookup buffer, or it could never be found.
func TestKeysFit(t *testing.T) {
	var buf keyBuf
	for _, m := range []map[string]bool{requiredWords} {
		for k := range m {
			if len(k)+utf8Max > len(buf) {
				t.Errorf("key %q too long for the lookup buffer", k)
			}
		}
	}
	for k := range headingWords {
		if len(k)+utf8Max > len(buf) {
			t.Errorf("heading %q too long for the lookup buffer", k)
		}
	}
	for k := range columnWords {
		if len(k)+utf8Max > len(buf) {
			t.Errorf("column %q too long for the lookup buffer", k)
		}
	}
}

const utf8Max = 4

func TestLookupsDoNotAllocate(t *testing.T) {
	inputs := []string{"Request parameters", "  ## Response   Elements: ", "请求参数", "Parameter permintaan",
		"Array of String", "array<object>", "String to string map", "InstanceId", "Yes", "是否必选",
		"The ID of the instance, which must be unique within the region and the account."}
	n := testing.AllocsPerRun(100, func() {
		for _, s := range inputs {
			ClassifyHeading(s)
			ClassifyColumn(s)
			ParseRequired(s)
			IsType(s)
			HeadingLang(s)
		}
	})
	if n != 0 {
		t.Errorf("lexicon lookups allocate %.1f times per run, want 0", n)
	}
}

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

// capital upper-cases the first byte (cutting a multi-byte rune gives invalid UTF-8, which
// is worth testing too).
func capital(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// TestRequiredPunctuation: a Required cell may end with punctuation ("Yes.", "是。").
func TestRequiredPunctuation(t *testing.T) {
	for in, want := range map[string]bool{"Yes.": true, "是。": true, "No.": false, "否。": false, " Yes ! ": true, "Ya.": true,
		"必须": true, "非必须": false, "必需。": true} {
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
	for _, s := range []string{"All Products", " search ", "文档中心", "所有产品", "Semua Produk", "ドキュメントセンター"} {
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

// TestCanonicalType: the metadata's type/format and Go's spellings are type words; a
// pointer to a struct ("*User", how RAM tables write a resource) is not.
func TestCanonicalType(t *testing.T) {
	for in, want := range map[string]bool{
		"integer/int64": true, "number/double": true, "*string": true, "[]*string": true,
		"map[string]*string": true, "interface{}": true, "[]*CreateUserRequestTag": true,
		"*User": false, "*": false, "Yes/No": false, "[]": false,
		"Integer (int64)": true, "string(date-time)": true, "Integer(int64)": true, "Name (required)": false, "string ()": false,
	} {
		if got := IsType(in); got != want {
			t.Errorf("IsType(%q) = %v, want %v", in, got, want)
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
		{"Request parameters", false, ""},   // a plain line is no label
		{"The user name:", false, ""},       // names no section
		{"Request\nparameters:", false, ""}, // one line only
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
