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

// TestPlainMarkdownBars: in Markdown a "|" glued to text on both sides separates cells
// too ("|**Name**|String|"), so a row mixing both bars is compared with the rows around it
// by every "|": two rows in a row that each glue "｜" to a cell before an empty one kept
// the second's, its count of "|" equal to the first's once that was read.
func TestPlainMarkdownBars(t *testing.T) {
	in := "|**Name**|Type|Position|Required|Example|Description｜\n|:--|:--|:--|:--|:--|:--｜\n|**Id**|String|Query|Yes|abc|The ID.｜\n" +
		"|**Net**|Object|Body|Yes｜|The net.｜\n|└ **Vpc**|Object｜|Yes｜|The VPC.｜"
	want := "|**Name**|Type|Position|Required|Example|Description|\n|:--|:--|:--|:--|:--|:--|\n|**Id**|String|Query|Yes|abc|The ID.|\n" +
		"|**Net**|Object|Body|Yes||The net.|\n|└ **Vpc**|Object||Yes||The VPC.|"
	if got := PlainMarkdownBars(in); got != want {
		t.Errorf("PlainMarkdownBars =\n%s\nwant\n%s", got, want)
	}
	if got := PlainBars("| Name | Type | Description |\n| Mode | string | A ｜ B |"); got != "| Name | Type | Description |\n| Mode | string | A ｜ B |" {
		t.Errorf("PlainBars read a bar in prose as a separator: %q", got)
	}
}
