package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzAppend: Append writes what encoding/json writes, with and without HTML escaping,
// from a string and from bytes.
func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "plain", `q"b\s`, "<a>&", "\x00\x1f\t\n\r\b\f", "\u2028\u2029", "é中🙂", "\xff\xfe", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{false, true} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			if got := Append([]byte("x"), s, html); !bytes.Equal(got, append([]byte("x"), want...)) {
				t.Errorf("Append(%q, html=%v) = %s, want x%s", s, html, got, want)
			}
			if got := Append(nil, []byte(s), html); !bytes.Equal(got, want) {
				t.Errorf("Append([]byte %q, html=%v) = %s, want %s", s, html, got, want)
			}
		}
	})
}
