package mock

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// stdJSON is what encodeJSON produced before appendJSON: encoding/json, HTML escaping off.
func stdJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func checkSameJSON(t *testing.T, v any) {
	t.Helper()
	want, werr := stdJSON(v)
	got, gerr := encodeJSON(v)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%#v: encoding/json error %v, appendJSON error %v", v, werr, gerr)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%#v:\n got %s\nwant %s", v, got, want)
	}
}

type handlerAnswer struct {
	Name  string            `json:"name"`
	Tags  map[string]string `json:"tags,omitempty"`
	Score float64           `json:"score"`
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	cyclic := map[string]any{}
	cyclic["self"] = cyclic
	deep := any("leaf")
	for range 1200 {
		deep = []any{deep}
	}
	for _, v := range []any{
		nil, true, false, "", "plain", `q"uote\back`, "<a&b>", "ctl\x00\x01\b\f\n\r\t\x1f\x7f",
		"bad utf8 \xff\xfe end", "sep\u2028\u2029", "é中文🙂", json.Number(""), json.Number("-0.5e+10"),
		json.Number("01"), json.Number("1."), json.Number("abc"), json.Number("-"),
		map[string]any(nil), []any(nil), map[string]any{}, []any{},
		map[string]any{"b": 1.5, "a": []any{json.Number("3"), nil, "x"}, "B": map[string]any{"z": false, "\n": "k"}},
		map[string]any{"n": math.NaN()}, []any{math.Inf(1)}, []any{1e21, 1e-7, 0.1, float32(0.1), int64(-3), uint8(7)},
		map[string]any{"h": handlerAnswer{Name: "<x>", Tags: map[string]string{"b": "1", "a": "2"}, Score: 2}},
		[]any{map[string]string{"k": "v"}, []string{"a"}, []byte("raw")},
		cyclic, deep,
	} {
		checkSameJSON(t, v)
	}
}

// randomJSON builds a random answer-shaped tree.
func randomJSON(r *rand.Rand, depth int) any {
	switch k := r.IntN(8); {
	case depth > 4 || k < 3:
		return randomString(r)
	case k == 3:
		nums := []string{"0", "-1", "12.5", "1e3", "7E-2", "", "1.", "+1", "0x10"}
		return json.Number(nums[r.IntN(len(nums))])
	case k == 4:
		return r.IntN(2) == 0
	case k == 5:
		out := make([]any, r.IntN(4))
		for i := range out {
			out[i] = randomJSON(r, depth+1)
		}
		return out
	default:
		out := map[string]any{}
		for range r.IntN(20) {
			out[randomString(r)] = randomJSON(r, depth+1)
		}
		return out
	}
}

func randomString(r *rand.Rand) string {
	alphabet := []string{"a", "Z", "0", "_", "\"", "\\", "\n", "\x01", "<", "&", "é", "\u2028", "\xff", "🙂", " "}
	var b strings.Builder
	for range r.IntN(8) {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

func TestAppendJSONRandomTrees(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		checkSameJSON(t, randomJSON(r, 0))
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add(`{"a":[1,"x",{"b":null}],"c":true}`)
	f.Add("\"\\u2028\xff\"")
	f.Fuzz(func(t *testing.T, s string) {
		dec := json.NewDecoder(strings.NewReader(s))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) != nil {
			v = s // not JSON: encode the text itself as a string
		}
		checkSameJSON(t, v)
		checkSameJSON(t, map[string]any{s: json.Number(s), "v": v})
	})
}
