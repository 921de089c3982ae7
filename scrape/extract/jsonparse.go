package extract

import (
	"encoding/json"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// parseJSON decodes one JSON document into a tree that keeps object keys in document order
// (a map would lose the page's field order): page.DecodeTree walks encoding/json's tokens
// into the tree; a key given twice is kept twice, as the page writes it.
func parseJSON(data string) (*page.JSONValue, error) {
	d := json.NewDecoder(strings.NewReader(data))
	d.UseNumber()
	v, err := page.DecodeTree(d, maxJSONDepth, false)
	if err != nil {
		return nil, page.DecodeError(d, err)
	}
	if err := page.DecodeEnd(d); err != nil {
		return nil, err
	}
	return v, nil
}
