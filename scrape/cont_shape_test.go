package scrape

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// contShape is the unseenShapes shape of a Markdown-style table in a text page whose
// writer wrapped each long description by adding a row (contRows): the row's description
// cut at a blank past its middle, the rest in a row of its own below, every other cell
// of it empty ("| | | | hangzhou, or the rest. | |").
const contShape = "s24contwrap"

// contRows rewrites the parameter tables (a header with a type column) of a Markdown-style
// text page so: each named row whose description holds a blank past its 20th byte that no
// code span, link, tag, parenthesis or quote is open at goes on in a row below.
func contRows(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	desc, name, n := -1, -1, 0
	for k, l := range lines {
		out = append(out, l)
		if strings.HasPrefix(l, "|---") {
			continue
		}
		cells, ok := mdCells(l)
		if !ok {
			desc = -1
			continue
		}
		if k+1 < len(lines) && strings.HasPrefix(lines[k+1], "|---") {
			desc, name, n = -1, -1, len(cells)
			typed := false
			for c, h := range cells {
				switch page.ClassifyColumn(h) {
				case page.ColDescription:
					desc = c
				case page.ColName:
					name = c
				case page.ColType:
					typed = true
				}
			}
			if !typed || name < 0 {
				desc = -1
			}
			continue
		}
		if desc < 0 || len(cells) != n || cells[name] == "" {
			continue
		}
		cut := contCut(cells[desc])
		if cut < 0 {
			continue
		}
		rest := make([]string, n)
		rest[desc] = cells[desc][cut+1:]
		cells[desc] = cells[desc][:cut]
		out[len(out)-1] = "| " + strings.Join(cells, " | ") + " |"
		out = append(out, "| "+strings.Join(rest, " | ")+" |")
	}
	return strings.Join(out, "\n")
}

// mdCells is the cells of a Markdown table's line ("| a | b |"), false for any other line.
func mdCells(l string) ([]string, bool) {
	if !strings.HasPrefix(l, "| ") || !strings.HasSuffix(l, " |") || len(l) < 4 {
		return nil, false
	}
	return strings.Split(l[2:len(l)-2], " | "), true
}

// contCut is the index of the blank past the 20th byte of description d, between two ASCII
// letters, digits or stops, where nothing is open (a code span, a link, a tag, a
// parenthesis, a quote); -1 when there is none.
func contCut(d string) int {
	for k := 20; k < len(d)-1; k++ {
		if d[k] != ' ' || !contWordByte(d[k-1]) || !contWordByte(d[k+1]) {
			continue
		}
		p := d[:k]
		if strings.Count(p, "`")%2 == 0 && strings.Count(p, `"`)%2 == 0 && strings.Count(p, "<") == strings.Count(p, ">") &&
			strings.Count(p, "[") == strings.Count(p, "]") && strings.Count(p, "(") == strings.Count(p, ")") {
			return k
		}
	}
	return -1
}

// contWordByte reports whether b is an ASCII letter, digit, comma or stop.
func contWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ',' || b == '.'
}
