package page

import "testing"

// TestCJKTypeWords: the type words the Chinese (Simplified and Traditional) and Japanese
// pages write in place of the English ones read as the English word, in a cell of their
// own, after a list's item ("字符串数组", "文字列の配列", "物件陣列"), after an English type
// as its gloss ("Long（长整型）") and split off glued text as the site's own words (not
// Foreign: "InstanceId字符串是" is a row with no Required word needed).
func TestCJKTypeWords(t *testing.T) {
	for in, want := range map[string]string{
		"字符串": "string", "字符型": "string", "整数": "integer", "整型": "integer", "长整型": "long", "布尔": "boolean",
		"布尔值": "boolean", "浮点": "float", "双精度": "double", "数组": "array", "列表": "list", "对象": "object",
		"结构体": "struct", "映射": "map", "时间": "datetime",
		"字串": "string", "整數": "integer", "陣列": "array", "物件": "object", "布林": "boolean", "長整型": "long",
		"文字列": "string", "数値": "number", "真偽値": "boolean", "ブール": "boolean", "配列": "array", "リスト": "list",
		"オブジェクト": "object", "マップ": "map",
		" 字符串\u3000": "string", "`字符串`": "string", "字符串（可选）": "string", "字符串，必填": "string",
		"Long（长整型）": "long", "Map（映射）": "map", "List(列表)": "list", "Array（陣列）": "array", "Integer（整数）": "integer",
	} {
		got, ok := ReadType(in)
		if !ok || got.Word != want || got.Foreign || got.Elem != nil {
			t.Errorf("ReadType(%q) = %+v, %v; want %q, no item, not foreign", in, got, ok, want)
		}
		if !IsGluedType(in, false) {
			t.Errorf("IsGluedType(%q, false) = false", in)
		}
	}
	for in, item := range map[string]string{
		"字符串数组": "string", "整数的列表": "integer", "对象数组": "object", "字串陣列": "string", "物件陣列": "object",
		"KeyVersion的數組": "object", "文字列の配列": "string", "オブジェクトの配列": "object", "整数リスト": "integer",
		"String陣列": "string", "Array of 字符串": "string", "Array(字符串)": "string", "List<文字列>": "string",
	} {
		got, ok := ReadType(in)
		if !ok || got.Word != "array" || got.Elem == nil || got.Elem.Word != item {
			t.Errorf("ReadType(%q) = %+v, %v; want a list of %s", in, got, ok, item)
		}
	}
	for _, in := range []string{"字符", "类型", "字符串类型的值", "返回的字符串", "数组长度", "标签数组", "Array of 标签", "入参列表", "ＳＴＲＩＮＧ"} {
		if got, ok := ReadType(in); ok {
			t.Errorf("ReadType(%q) = %+v, want no type", in, got)
		}
	}
	if got, _ := ReadType("Short"); !got.Foreign {
		t.Errorf("ReadType(Short): not Foreign")
	}
}
