package scrape

import (
	"slices"
	"strings"
)

// markupShapes are the unseenShapes that write a text page's tables (the mdtable layout's
// rows, collected as the grid shapes collect them: gridRow) in the markup of another tool
// or as another copy leaves them, by record:
//
//   - tabs: cells parted by tabs, as a table copied out of a browser or a spreadsheet
//     pastes into plain text: a row a line, an empty cell nothing between two tabs, and
//     every other record the empty cells that end a row left out;
//   - tabwrap: the tabs shape whose description cells hold line breaks, as a browser
//     copies a cell of paragraphs: the cell goes on over the lines below, a blank line
//     among them by record, and the row's next cell (the example, where the description
//     comes first) follows a tab on the last of them.
var markupShapes = map[string]bool{"tabs": true, "tabwrap": true}

// drawMarkup writes rows (the header first) as the page's markup shape draws a table.
func (p *truthPage) drawMarkup(rows [][]string) {
	switch p.shape {
	case "tabs", "tabwrap":
		desc := slices.Index(rows[0], p.w.description)
		for k, r := range rows {
			if p.shape == "tabwrap" && k > 0 && desc >= 0 && r[desc] != "" {
				r = slices.Clone(r)
				r[desc] += [...]string{"\nValid values:\n\non: enabled.\noff: disabled.", "\nThe value is case-sensitive.", "\n\nFor more information, see the guide."}[(p.seq+k)%3]
			}
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
