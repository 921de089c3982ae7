package scrape

import (
	"strings"
)

// markupShapes are the unseenShapes that write a text page's tables (the mdtable layout's
// rows, collected as the grid shapes collect them: gridRow) in the markup of another tool
// or as another copy leaves them, by record:
//
//   - tabs: cells parted by tabs, as a table copied out of a browser or a spreadsheet
//     pastes into plain text: a row a line, an empty cell nothing between two tabs, and
//     every other record the empty cells that end a row left out.
var markupShapes = map[string]bool{"tabs": true}

// drawMarkup writes rows (the header first) as the page's markup shape draws a table.
func (p *truthPage) drawMarkup(rows [][]string) {
	switch p.shape {
	case "tabs":
		for k, r := range rows {
			if k > 0 && p.seq%2 == 1 {
				end := len(r)
				for end > 1 && r[end-1] == "" {
					end--
				}
				r = r[:end]
			}
			p.f("%s\n", strings.Join(r, "\t"))
		}
	}
}
