package page

import (
	"strings"
	"testing"
)

// TestNextDrawn checks PipeGrids' early-out: at each line where readGrid, readDoubled
// or readAsciiDoc reads a grid of the shapes below, a line opening with drawing
// characters (nextDrawn) is at most two lines down; under prose, bullets and blank lines
// none is, so PipeGrids skips those lines without asking the readers.
func TestNextDrawn(t *testing.T) {
	pages := []string{
		"+------+--------+\n| Name | Type   |\n+======+========+\n| Id   | String |\n+------+--------+",
		"┌──────┬────────┐\n│ Name │ Type   │\n├──────┼────────┤\n│ Id   │ String │\n└──────┴────────┘",
		"====  ======\nName  Type\n====  ======\nId    String\n====  ======",
		"Name  Type\n----  ------\nId    String",
		"------------------\nName    Type\n------  --------\nId      String\n\n------------------",
		" Name | Type\n------+--------\n Id   | String",
		" Name | Type\n\n------+--------\n\n Id   | String",
		"[cols=\"1,1\"]\n|===\n|Name |Type\n|Id |String\n|===",
	}
	for _, p := range pages {
		lines := strings.Split(p, "\n")
		read := false
		for i := range lines {
			_, g := readGrid(lines, i)
			_, d := readDoubled(lines, i)
			_, a := readAsciiDoc(lines, i)
			if (g || d || a) && nextDrawn(lines, i) > i+2 {
				t.Errorf("a grid starts at line %d of\n%s\nbut nextDrawn says none may", i, p)
			}
			read = read || g || d || a
		}
		if !read {
			t.Errorf("no reader reads a grid in\n%s", p)
		}
	}
	prose := strings.Split("Request parameters\n\n- Name: the instance's name, 2 to 128 characters.\nRegionId  String  Yes  cn-hangzhou", "\n")
	if k := nextDrawn(prose, 0); k != len(prose) {
		t.Errorf("nextDrawn finds drawing at prose line %d %q", k, prose[k])
	}
}
