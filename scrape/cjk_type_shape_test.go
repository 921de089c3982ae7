package scrape

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// The cjtype shape of unseenShapes: a Chinese, Traditional Chinese or Japanese page whose
// Type cells are written in the page's language, as pages written or translated by the
// Chinese and Japanese teams write them ("字符串", "整數", "文字列"), a list of a type
// word as the item's word and the list word after it ("字符串数组", "物件陣列", "文字列の
// 配列"); by record one of the language's words for a type (cjkTypeWords). A struct's name
// and the SDK's Go types stay as they are; so does every type of a page in another language.

// cjkTypeWords are the cjtype shape's words for the truth's type words, by language, by
// record.
var cjkTypeWords = map[string]map[string][]string{
	"zh": {
		"string": {"字符串", "字符型"}, "integer": {"整数", "整型"}, "int": {"整型"}, "long": {"长整型", "长整数"},
		"boolean": {"布尔", "布尔值", "布尔型"}, "bool": {"布尔值"}, "float": {"浮点数", "浮点"}, "double": {"双精度"},
		"number": {"数值"}, "object": {"对象", "结构体"}, "struct": {"结构体"}, "map": {"映射"}, "array": {"数组", "列表"},
	},
	"tc": {
		"string": {"字串", "字符串"}, "integer": {"整數"}, "int": {"整數"}, "long": {"長整型", "長整數"},
		"boolean": {"布林", "布林值", "布爾值"}, "bool": {"布林值"}, "float": {"浮點數"}, "double": {"雙精度"},
		"number": {"數值"}, "object": {"物件", "對象"}, "struct": {"結構體"}, "map": {"映射"}, "array": {"陣列", "數組"},
	},
	"ja": {
		"string": {"文字列"}, "integer": {"整数"}, "int": {"整数"}, "long": {"整数"},
		"boolean": {"真偽値", "ブール", "ブール値"}, "bool": {"ブール"}, "float": {"数値"}, "double": {"数値"},
		"number": {"数値"}, "object": {"オブジェクト"}, "struct": {"構造体"}, "map": {"マップ"}, "array": {"配列", "リスト"},
	},
}

// cjkListSuffixes are the cjtype shape's words after a list's item word, by language, by
// record.
var cjkListSuffixes = map[string][]string{"zh": {"数组", "的数组", "列表"}, "tc": {"陣列", "數組", "的陣列"}, "ja": {"の配列", "配列", "のリスト"}}

// cjkType is type cell t in the cjtype shape (cjkTypeWords): t in the page's language
// where it is a type word or a list of one ("Array of String", "array<string>"), else t.
func (p *truthPage) cjkType(t string) string {
	words := cjkTypeWords[p.w.lang]
	word := func(w string) string {
		if v := words[strings.ToLower(w)]; len(v) > 0 {
			return v[p.seq%len(v)]
		}
		return ""
	}
	if w := word(t); w != "" {
		return w
	}
	if w := word(page.ListItem(t)); w != "" {
		suf := cjkListSuffixes[p.w.lang]
		return w + suf[p.seq%len(suf)]
	}
	return t
}
