package page

import (
	"strings"
	"testing"
)

// TestGridMayStart checks that gridMayStart, PipeGrids' early-out, is a necessary
// condition of every grid reader: at each line where readGrid, readDoubled or
// readAsciiDoc reads a grid of the shapes below, it holds; on prose and bullets it does
// not, so PipeGrids skips those lines without asking the readers.
func TestGridMayStart(t *testing.T) {
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
			if (g || d || a) && !gridMayStart(lines, i) {
				t.Errorf("a grid starts at line %d of\n%s\nbut gridMayStart says none may", i, p)
			}
			read = read || g || d || a
		}
		if !read {
			t.Errorf("no reader reads a grid in\n%s", p)
		}
	}
	prose := strings.Split("Request parameters\n\n- Name: the instance's name, 2 to 128 characters.\nRegionId  String  Yes  cn-hangzhou", "\n")
	for i := range prose {
		if gridMayStart(prose, i) {
			t.Errorf("gridMayStart holds at prose line %d %q", i, prose[i])
		}
	}
}
