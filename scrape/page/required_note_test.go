package page

import "testing"

// TestRequiredNote: a table with no Required column notes a row's answer after its type or
// opening its description; a condition ("Required if …"), a bare answer as a sentence
// ("Yes.") or a note that is no Required word is none, and an Optional label inverts.
func TestRequiredNote(t *testing.T) {
	for _, c := range []struct {
		typ, desc, cut string
		required, ok   bool
	}{
		{"String, required", "The name.", "String", true, true},
		{"Integer (Optional)", "", "Integer", false, true},
		{"Long（必填）", "", "Long", true, true},
		{"[]*Tag，选填", "", "[]*Tag", false, true},
		{"`*string` (required)", "", "*string", true, true},
		{"String (enum)", "The state.", "String (enum)", false, false},
		{"String", "Required: Yes<br>The name.", "String", true, true},
		{"String", "是否必填：否。名称。", "String", false, true},
		{"String", "Optional: Yes. The name.", "String", false, true},
		{"String", "**Required.** The name.", "String", true, true},
		{"String", "(Optional) The name.", "String", false, true},
		{"String", "（必填）名称。", "String", true, true},
		{"String", "Required if Type is set.", "String", false, false},
		{"String", "Yes. The name.", "String", false, false},
		{"String", "The name. Required.", "String", false, false},
	} {
		cut, required, ok := RequiredNote(c.typ, c.desc)
		if ok != c.ok || ok && (cut != c.cut || required != c.required) {
			t.Errorf("RequiredNote(%q, %q) = %q, %v, %v; want %q, %v, %v", c.typ, c.desc, cut, required, ok, c.cut, c.required, c.ok)
		}
	}
	for cell, want := range map[string]string{"Long, optional": "long", "String（字符串）": "string", "*Tag (optional)": "object", "[]*Tag (optional)": "array",
		"Array（数组）": "array", "List(列表)": "list", "`*string`（字符串）": "string", "Array(String)": "array"} {
		if got, ok := ReadType(cell); !ok || got.Word != want {
			t.Errorf("ReadType(%q) = %q, %v; want %q", cell, got.Word, ok, want)
		}
	}
}
