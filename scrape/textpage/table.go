package textpage

import "github.com/acsgen/acsgen/scrape/page"

// table reads the table whose header is h and returns the index of the line after it.
func (d *doc) table(h header) int {
	switch h.style {
	case stylePipeCells, stylePipeRows:
		return d.pipeTable(h)
	case styleSpaced:
		return d.spacedTable(h)
	}
	has := func(c page.Column) bool {
		for _, x := range h.cols {
			if x == c {
				return true
			}
		}
		return false
	}
	switch {
	case has(page.ColType):
		return d.typedTable(h)
	case has(page.ColAccessLevel) || has(page.ColResourceType) || has(page.ColConditionKey):
		return d.ramTable(h)
	}
	return d.genericTable(h)
}
