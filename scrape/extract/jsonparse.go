package extract

import (
	"encoding/json"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// parseJSON decodes one JSON document into a jval, keeping object keys in document order
// (a map would lose the page's field order): page.DecodeTree walks encoding/json's tokens
// into the tree; a key given twice is kept twice, as the page writes it.
func parseJSON(data string) (*jval, error) {
	d := json.NewDecoder(strings.NewReader(data))
	d.UseNumber()
	v, err := page.DecodeTree(d, maxJSONDepth, false,
		func(kind byte, text string) *jval { return &jval{kind: kind, text: text} },
		func(kind byte, keys []string, vals []*jval) *jval {
			return &jval{kind: kind, keys: keys, vals: vals}
		})
	if err != nil {
		return nil, page.DecodeError(d, err)
	}
	if err := page.DecodeEnd(d); err != nil {
		return nil, err
	}
	return v, nil
}
