package extract

import "github.com/acsgen/acsgen/scrape/page"

// parseJSON decodes one JSON document into a tree that keeps object keys in document order
// (a map would lose the page's field order): page.DecodeTree; a key given twice is kept
// twice, as the page writes it. Its error is a *page.JSONError, which names the offset.
func parseJSON(data string) (*page.JSONValue, error) {
	v, err := page.DecodeTree(data, maxJSONDepth, false)
	if err != nil {
		return nil, err
	}
	return v, nil
}
