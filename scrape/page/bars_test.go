package page

import "testing"

func TestPlainBars(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"full-width rows", "｜ Name ｜ Type ｜\n｜---｜---｜\n｜ Id ｜ string ｜", "| Name | Type |\n|---|---|\n| Id | string |"},
		{"pipe rows", "Name ｜ Type ｜\n---｜---｜\nId ｜ string ｜", "Name | Type |\n---|---|\nId | string |"},
		{"broken bar, divides", "¦ Name ∣ Type ¦", "| Name | Type |"},
		{"cell a line", "｜\nName ｜\n｜\nId ｜\nstring ｜", "|\nName |\n|\nId |\nstring |"},
		{"empty cells", "object ｜ ｜｜｜", "object | |||"},
		{"glued in a cell", "｜ Format ｜ key｜value ｜", "| Format | key｜value |"},
		{"row over lines", "Name ｜ Type ｜ Description ｜\nLang ｜ string ｜ Valid values:\n- zh\n- en ｜", "Name | Type | Description |\nLang | string | Valid values:\n- zh\n- en |"},
		{"prose over lines", "Name ｜ Type ｜ Description ｜\nLang ｜ string ｜ Valid values:\n取值 ｜ A ｜ B ｜", "Name | Type | Description |\nLang ｜ string ｜ Valid values:\n取值 | A | B |"},
		{"prose", "说明\n取值：A ｜ B\n取值：A｜B", "说明\n取值：A ｜ B\n取值：A｜B"},
		{"prose beside a pipe table", "| Name | Type |\n取值：A ｜ B", "| Name | Type |\n取值：A ｜ B"},
		{"mixed row", "| Name | Type | Required |\n| Id ｜ string | Yes ｜", "| Name | Type | Required |\n| Id | string | Yes |"},
		{"mixed header", "| Name ｜ Type | Required ｜\n|---|---|---|", "| Name | Type | Required |\n|---|---|---|"},
		{"bar in a cell's prose", "| Name | Type | Description |\n| Mode | string | A ｜ B |", "| Name | Type | Description |\n| Mode | string | A ｜ B |"},
		{"bar in prose, blank lines", "| Name | Type | Description |\n\n| Mode | string | A ｜ B |", "| Name | Type | Description |\n\n| Mode | string | A ｜ B |"},
		{"console table", "│ Name │ Type │\n│ Id │ string │", "| Name | Type |\n| Id | string |"},
		{"box grid", "┌──┬──┐\n│ Name │ Type │\n├──┼──┤\n│ Id │ string │", "┌──┬──┐\n│ Name │ Type │\n├──┼──┤\n│ Id │ string │"},
		{"tree in a cell", "| Name | Type |\n| │  ├─ Key | string |", "| Name | Type |\n| │  ├─ Key | string |"},
		{"escaped pipe", `| a \| b ｜ c |`, `| a \| b | c |`},
	} {
		if got := PlainBars(c.in); got != c.want {
			t.Errorf("%s: PlainBars(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
