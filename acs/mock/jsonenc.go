package mock

import (
	"bytes"
	"encoding/json"
)

// encodeJSON marshals a response with encoding/json, without HTML escaping (Alibaba does
// not escape <>&) and without the encoder's trailing newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
