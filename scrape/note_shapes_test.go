package scrape

// The typereq and reqdesc shapes of unseenShapes: a request table with no Required column
// whose rows give their Required answers elsewhere (page.RequiredNote), by record:
//
//   - typereq: set off after the type, "String, required" or "String，必填"; "Integer
//     (Optional)" or "Integer（可选）"; or only a required row's marked, "String
//     (required)";
//   - reqdesc: opening the description, a label and its answer ("Required: Yes",
//     "是否必填：是") on a line of its own; a bold sentence ("**Required.**", "**必填**。")
//     or "Optional."; or a bracketed word ("(Required)", "（选填）").

// notesRequired reports whether the page's request tables note their Required answers in
// another cell (the typereq and reqdesc shapes) instead of a Required column.
func (p *truthPage) notesRequired() bool { return p.shape == "typereq" || p.shape == "reqdesc" }

// typeReq is type cell t of a request (req) row (required b) in the typereq shape: t with
// the row's Required answer set off after it, by record; t elsewhere.
func (p *truthPage) typeReq(t string, req, b bool) string {
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
		if zh {
			label = "是否必填：" + map[bool]string{true: "是", false: "否"}[b]
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
