package page

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadCards: a run of cards in a parameter section becomes one parameter table where
// it stood, prose before it kept; keys the lexicon does not know and free lines go to the
// description; a key repeated in a card ends the run (another parameter whose name line
// is missing: its lines are left as they are, for extraction's warning); cards that never
// say "Type: <a type word>" and sections that hold no parameters are left alone. A name
// line may be a parameter item's head ("UserId (String)"), whose facts the keys complete.
// A key may stand alone over its value ("Type", then "String"; a key with no value over the
// next card's name is empty), or the keys be a two-column table; a key table no card holds
// becomes its key lines, for extraction's warning.
func TestReadCards(t *testing.T) {
	para := func(line int, text string) Block { return Block{Kind: Paragraph, Line: line, Text: text} }
	cases := []struct {
		name   string
		kind   SectionKind
		blocks []Block
		want   []string // the blocks after: "P text", "L items", "T header / row depth: cells"
	}{
		{"cards", RequestParams, []Block{
			para(1, "The request takes these."),
			{Kind: Paragraph, Line: 2, Text: "Config", Level: 3},
			para(3, "Type: Object\nRequired: Yes"),
			{Kind: Paragraph, Line: 4, Text: "`Config.Name` *", Level: 4},
			{Kind: List, Line: 5, Items: []string{"类型：String", "Constraints: 1 to 64 characters.", "描述：名字"}},
			{Kind: Paragraph, Line: 6, Text: "Verbose", Level: 3},
			para(7, "Type: Boolean\nRequired: No"),
		}, []string{
			"P The request takes these.",
			"T Parameter|Type|Required|Description / 0: Config|Object|Yes| ; 1: Config.Name|String|Yes|- Constraints: 1 to 64 characters.\n名字 ; 0: Verbose|Boolean|No|",
		}},
		{"keyed, nested lists", ResponseParams, []Block{
			{Kind: List, Line: 1, Items: []string{"Name: Items", "Type: Array of Object", "**Id**", "Type: String"}, Depths: []int{0, 1, 1, 2}},
		}, []string{"T Parameter|Type|Description / 0: Items|Array of Object| ; 1: Id|String|"}},
		{"repeated key", ResponseParams, []Block{
			para(1, "UserId\nType: String\nThe user's name.\nType: String"),
		}, []string{
			"T Parameter|Type|Description / -1: UserId|String|",
			"P The user's name.\nType: String",
		}},
		{"a parameter item's head", RequestParams, []Block{para(1, "UserId (String): The ID.\nRequired: Yes")},
			[]string{"T Parameter|Type|Required|Description / -1: UserId|String|Yes|The ID."}},
		{"keys alone over their values", RequestParams, []Block{
			para(1, "UserId\nType\nString\nDescription\nUserName\nType\nInteger\nRequired\nYes\nDescription\nThe age."),
		}, []string{"T Parameter|Type|Required|Description / -1: UserId|String|| ; -1: UserName|Integer|Yes|The age."}},
		{"a key with no value", RequestParams, []Block{para(1, "UserId\nType\nString\nPosition"), para(2, "Required\nYes")},
			[]string{"T Parameter|Type|Required|Position|Description / -1: UserId|String|Yes||"}},
		{"a key table", ResponseParams, []Block{
			para(1, "UserId"),
			{Kind: TableBlock, Line: 2, Table: &Table{Header: []string{"Property", "Value"},
				Rows: []Row{{Cells: []string{"Type", "String"}}, {Cells: []string{"Description", "The ID."}}}}},
			{Kind: TableBlock, Line: 5, Table: &Table{Header: []string{"Type", "Integer"}}},
		}, []string{"T Parameter|Type|Description / -1: UserId|String|The ID.", "L Type: Integer"}},
		{"no type", RequestParams, []Block{para(1, "UserId\nRequired: Yes")}, []string{"P UserId\nRequired: Yes"}},
		{"not parameters", ErrorCodes, []Block{para(1, "UserId\nType: String")}, []string{"P UserId\nType: String"}},
		{"a code block between", RequestParams, []Block{
			para(1, "UserId"), {Kind: Code, Line: 2, Text: "{}"}, para(3, "Type: String"),
		}, []string{"P UserId", "C {}", "P Type: String"}},
	}
	for _, c := range cases {
		p := &Page{Sections: []*Section{{Kind: c.kind, Blocks: c.blocks}}}
		ReadCards(p)
		var got []string
		for _, b := range p.Sections[0].Blocks {
			got = append(got, blockString(b))
		}
		if strings.Join(got, "\n~\n") != strings.Join(c.want, "\n~\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// blockString shows a block for TestReadCards.
func blockString(b Block) string {
	switch b.Kind {
	case List:
		return "L " + strings.Join(b.Items, "|")
	case Code:
		return "C " + b.Text
	case TableBlock:
		var rows []string
		for _, r := range b.Table.Rows {
			rows = append(rows, fmt.Sprintf("%d: %s", r.Depth, strings.Join(r.Cells, "|")))
		}
		return "T " + strings.Join(b.Table.Header, "|") + " / " + strings.Join(rows, " ; ")
	}
	return "P " + b.Text
}

// TestKeyAloneLetters: keyAlone rules out a line with more letters than any column word
// (keyLettersOver) before reading it as a key alone, which costs a copy of the line and
// six searches of it (a line of prose: no allocation now); it reads every line as the
// whole reading did: the column words set as keys (bold, bulleted, in pipes, with
// colons), the seed pages' lines and random lines of words, marks and separators.
func TestKeyAloneLetters(t *testing.T) {
	whole := func(line string) (Column, string, bool) {
		l := strings.TrimRight(strings.TrimSpace(line), ":：")
		if l == "" {
			return 0, "", false
		}
		col, key, v, ok := CardKey(l + ": ")
		return col, key, ok && v == ""
	}
	var in []string
	for k := range columnWords {
		for _, f := range []string{"%s", "**%s**:", "- %s：", "| %s |", "## %s", "* `%s` :", "%s = ", "%s - x", "|| %s :: ", "• __%s__"} {
			in = append(in, fmt.Sprintf(f, k), fmt.Sprintf(f, strings.ToUpper(k)), fmt.Sprintf(f, k+" x"))
		}
	}
	files, _ := filepath.Glob("../../specs/*/pages/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		in = append(in, strings.Split(string(data), "\n")...)
	}
	rng := rand.New(rand.NewPCG(41, 43))
	parts := []string{"Type", "required", "类型", " ", "\t", ":", "：", "=", " - ", " – ", "|", "*", "**", "_", "`", "#", "- ", "• ", "+ ", "İ", "\xff", "x", "Description of"}
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		in = append(in, b.String())
	}
	if len(files) == 0 {
		t.Fatal("no seed pages")
	}
	for _, s := range in {
		c1, k1, ok1 := keyAlone(s)
		c2, k2, ok2 := whole(s)
		if ok1 != ok2 || ok1 && (c1 != c2 || k1 != k2) {
			t.Fatalf("keyAlone(%q) = %v %q %v, the whole reading %v %q %v", s, c1, k1, ok1, c2, k2, ok2)
		}
	}
	line := "The ID of the instance. You can call DescribeInstances to query it."
	if n := testing.AllocsPerRun(20, func() { KeyAlone(line) }); n > 0 {
		t.Errorf("KeyAlone of a line of prose: %.0f allocations a call, want none", n)
	}
}
