package pagetest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// typeForms are written types beside the lexicon's words, each with whether it is one. The
// readers (page.IsType) and the extraction (its schema mapping) must answer alike for
// every one; the tests of each side run them.
var typeForms = map[string]bool{
	// lists and maps, any case, Markdown escapes and doubled spaces aside
	"Array of String": true, "Array  of String": true, "Array of Tag": true, "List of String": true,
	"array<object>": true, "Array<String>": true, "List<String>": true, "List<String\\>": true,
	"List<DBInstance>": true, "Array<Tag>": true, // item structs named in brackets, both list words alike
	"object []": true, "string[]": true, "Tag[]": true, "date-time": true, "Set<String>": true, "Set<Tag>": true, "String Array": true,
	"Integer list": true, "Json Array": true, "JSONArray": true, "Array(String)": true, "List[String]": true,
	"map<string, string>": true, "Map<String, Any>": true, "map<foo>": true, "String to string map": true,
	// Chinese pages' lists: "[KeyVersion](...)的数组" on KMS ListKeyVersions
	"String数组": true, "KeyVersion的数组": true, "Tag列表": true, "Integer的列表": true,
	// the metadata's and the SDKs' spellings
	"integer/int64": true, "integer (int64)": true, "Long/Integer": true, "*string": true, "[]*string": true,
	"map[string]*string": true, "interface{}": true, "[]byte": true, "byte []": true,
	"[]*CreateUserRequestTag": true, "*CreateUserRequestTag": true, "*Struct": true, "*Object": true,
	"*Logstash": true, "*ClientNodeConfiguration": true, // the Elasticsearch SDK's shared models
	"*Instance": true, // in a Type cell as any pointer to an exported name (RAM tables read resources apart)
	// the Chinese and Japanese pages' words, alone, naming a list's items, glossing an
	// English word; not a type word's part or a word of prose
	"字符串": true, "字符串数组": true, "物件陣列": true, "文字列の配列": true, "Long（长整型）": true, "List(列表)": true,
	"Array of 整数": true, "字符": false, "类型": false, "返回的字符串": false,
	// other languages' words
	"Short": true, "Dict": true, "Hash": true, "Decimal": true, "Array of Dict": true,
	// no types: "Str", "Text", "Enum" type no row of the corpus, and KMS pages write "text"
	// as an example value (SecretDataType); a Go pointer is to an exported identifier; a
	// struct name must be ASCII; a bare "Set" ends names ("IpAddressSetType"); "入参列表" is
	// a heading
	"Str": false, "str": false, "Text": false, "text": false, "Enum": false, "enum": false,
	"*instance": false, "*All Resource": false, "*": false, "Array of 标签": false, "Array of Foo Bar": false,
	"array<weird thing>": false, "Tag Array": false, "Set": false, "入参列表": false,
	"返回的密钥版本数组": false, "InstanceId": false, "N/A": false, "": false,
}

// TypeVocabulary returns every word of the lexicon (page.TypeWords) as written, in upper
// case and capitalised, and the other forms above, each with whether it is a type.
func TypeVocabulary() map[string]bool {
	out := map[string]bool{}
	for _, w := range page.TypeWords() {
		for _, v := range []string{w, strings.ToUpper(w), Capital(w)} {
			out[v] = true
		}
	}
	for w, is := range typeForms {
		out[w] = is
	}
	return out
}

// Capital returns w with its first letter in upper case ("String"), rune by rune: a word
// in a script without case ("字符串", "文字列") stays as it is.
func Capital(w string) string {
	if w == "" {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
