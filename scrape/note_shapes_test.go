package scrape

import "strings"

// The typereq, reqdesc and fwpunct shapes of unseenShapes. typereq and reqdesc: a request
// table with no Required column whose rows give their Required answers elsewhere
// (page.RequiredNote), by record:
//
//   - typereq: set off after the type, "String, required" or "String，必填"; "Integer
//     (Optional)" or "Integer（可选）"; or only a required row's marked, "String
//     (required)";
//   - reqdesc: opening the description, a label and its answer ("Required: Yes",
//     "是否必填：是") on a line of its own; a bold sentence ("**Required.**", "**必填**。")
//     or "Optional."; or a bracketed word ("(Required)", "（选填）").
//
// fwpunct: a Chinese page's cells in full-width punctuation, the Required answers "是。" and
// "否。", each type glossed in full-width brackets ("String（字符串）", "Array（数组）").

// notesRequired reports whether the page's request tables note their Required answers in
// another cell (the typereq and reqdesc shapes) instead of a Required column.
func (p *truthPage) notesRequired() bool { return p.shape == "typereq" || p.shape == "reqdesc" }

// typeReq is type cell t of a request (req) row (required b) in the typereq shape: t with
// the row's Required answer set off after it, by record; in the fwpunct shape any row's t
// with its gloss in full-width brackets ("Array（数组）"); t elsewhere.
func (p *truthPage) typeReq(t string, req, b bool) string {
	if p.shape == "slslash" {
		return slashType(t)
	}
	if p.shape == "cjtype" {
		return p.cjkType(t)
	}
	if p.shape == "fwpunct" && t != "" {
		return t + "（" + typeGloss(t) + "）"
	}
	if p.shape != "typereq" || !req {
		return t
	}
	zh := p.w.lang == "zh"
	switch p.seq % 3 {
	case 0:
		if zh {
			return t + "，" + map[bool]string{true: "必填", false: "选填"}[b]
		}
		return t + ", " + map[bool]string{true: "required", false: "optional"}[b]
	case 1:
		if zh {
			return t + "（" + map[bool]string{true: "必填", false: "可选"}[b] + "）"
		}
		return t + " (" + map[bool]string{true: "Required", false: "Optional"}[b] + ")"
	}
	if b {
		return t + " (required)"
	}
	return t
}

// reqDesc is what the reqdesc shape writes before the description of a request (req) row
// (required b), by record, in markup "md", "html" or "text"; "" elsewhere.
func (p *truthPage) reqDesc(req, b bool, markup string) string {
	if p.shape != "reqdesc" || !req {
		return ""
	}
	zh := p.w.lang == "zh"
	switch p.seq % 3 {
	case 0:
		label := "Required: " + map[bool]string{true: "Yes", false: "No"}[b]
		switch p.w.lang {
		case "zh":
			label = "是否必填：" + map[bool]string{true: "是", false: "否"}[b]
		case "id":
			label = "Wajib: " + map[bool]string{true: "Ya", false: "Tidak"}[b]
		case "ja":
			label = "必須：" + map[bool]string{true: "はい", false: "いいえ"}[b]
		}
		return map[string]string{"md": label + "<br>", "html": "<p>" + label + "</p>", "text": label + ". "}[markup]
	case 1:
		word := map[bool]string{true: "Required", false: "Optional"}[b]
		if zh {
			word = map[bool]string{true: "必填", false: "可选"}[b]
		}
		if !b {
			return word + ". "
		}
		return map[string]string{"md": "**" + word + ".** ", "html": "<strong>" + word + ".</strong> ", "text": word + ". "}[markup]
	}
	if zh {
		return map[bool]string{true: "（必填）", false: "（选填）"}[b]
	}
	return map[bool]string{true: "(Required) ", false: "(Optional) "}[b]
}

// typeGloss is the fwpunct shape's Chinese gloss of type word t.
func typeGloss(t string) string {
	l := strings.ToLower(t)
	for _, g := range [][2]string{{"array", "数组"}, {"[]", "数组"}, {"list", "列表"}, {"map", "映射"}, {"object", "对象"}, {"struct", "结构体"}, {"string", "字符串"}, {"integer", "整数"}, {"int", "整数"}, {"long", "长整型"}, {"boolean", "布尔值"}, {"bool", "布尔值"}, {"float", "浮点数"}, {"double", "双精度"}} {
		if strings.Contains(l, g[0]) {
			return g[1]
		}
	}
	return "类型"
}

// slashFormats are the slslash shape's spellings of a type word: the OpenAPI type, "/" and
// its format, as some portals print a type ("String/string", "Integer/int32",
// "Integer/int64" for a long).
var slashFormats = map[string][2]string{
	"string": {"string", "string"}, "integer": {"integer", "int32"}, "long": {"integer", "int64"},
	"boolean": {"boolean", "boolean"}, "float": {"number", "float"}, "double": {"number", "double"},
	"object": {"object", "object"}, "array": {"array", "array"},
}

// slashType is type cell t in the slslash shape: a type word written with its format
// (slashFormats), in t's case ("Long" is "Integer/int64", "long" "integer/int64"); any other
// type as it is.
func slashType(t string) string {
	f, ok := slashFormats[strings.ToLower(t)]
	if !ok {
		return t
	}
	typ := f[0]
	if t[0] >= 'A' && t[0] <= 'Z' {
		typ = strings.ToUpper(typ[:1]) + typ[1:]
	}
	return typ + "/" + f[1]
}
