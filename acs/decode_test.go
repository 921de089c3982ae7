package acs

import (
	"strings"
	"testing"
)

// TestDecodeWholeNumbers: signed and unsigned fields read whole numbers by one rule (at
// their edges, in exponent or fraction form, and as strings holding numbers, with a
// warning); a negative number into an unsigned field, a fraction, or a number past int64
// or uint64 is a mismatch; a whole number too large for a narrower field is an overflow.
func TestDecodeWholeNumbers(t *testing.T) {
	type out struct {
		I8  int8   `json:"i8"`
		I64 int64  `json:"i64"`
		U8  uint8  `json:"u8"`
		U64 uint64 `json:"u64"`
	}
	for _, c := range []struct {
		body  string
		want  out
		warns int
		err   string // a word of the error; "" for none
	}{
		{body: `{"i8":-128,"i64":-9223372036854775808,"u8":255,"u64":18446744073709551615}`,
			want: out{I8: -128, I64: -9223372036854775808, U8: 255, U64: 18446744073709551615}},
		{body: `{"i8":"-1e2","i64":"9223372036854775807","u8":"2.0","u64":"1e19"}`,
			want: out{I8: -100, I64: 9223372036854775807, U8: 2, U64: 1e19}, warns: 4},
		{body: `{"i64":" 42 ","u64":""}`, want: out{I64: 42}, warns: 2},
		{body: `{"i8":128}`, err: "i8: 128 overflows int8"},
		{body: `{"u8":"256"}`, err: "u8: 256 overflows uint8"},
		{body: `{"u8":-1}`, err: "u8: documented as uint8, got JSON number -1"},
		{body: `{"u64":"-1"}`, err: "u64: documented as uint64"},
		{body: `{"i64":9223372036854775808}`, err: "i64: documented as int64"},
		{body: `{"u64":18446744073709551616}`, err: "u64: documented as uint64"},
		{body: `{"i64":1.5}`, err: "i64: documented as int64"},
		{body: `{"u8":"abc"}`, err: "u8: documented as uint8"},
		{body: `{"i8":true}`, err: "i8: documented as int8, got JSON bool"},
	} {
		var got out
		warns := 0
		err := DecodeJSON([]byte(c.body), &got, func(DecodeWarning) { warns++ })
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: %v", c.body, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%s: error %v, want one saying %q", c.body, err, c.err)
		case c.err == "" && (got != c.want || warns != c.warns):
			t.Errorf("%s: %+v with %d warnings, want %+v with %d", c.body, got, warns, c.want, c.warns)
		}
	}
}

// TestDecodeObjectSentBlank: a map or struct sent as an empty string is left empty with a
// warning naming the field; sent as any other scalar, it is an error naming the field.
func TestDecodeObjectSentBlank(t *testing.T) {
	type inner struct {
		A int `json:"a"`
	}
	type out struct {
		M map[string]int `json:"m"`
		S inner          `json:"s"`
		N int            `json:"n"`
	}
	var got out
	var warns []string
	err := DecodeJSON([]byte(`{"m":"","s":" ","n":"1"}`), &got, func(w DecodeWarning) { warns = append(warns, w.Field+": "+w.Message) })
	if err != nil || got.M != nil || got.S != (inner{}) || got.N != 1 || len(warns) != 3 ||
		warns[0] != "m: documented as object, sent as empty string; left empty" ||
		warns[1] != "s: documented as object, sent as empty string; left empty" {
		t.Errorf("%+v %v %q", got, err, warns)
	}
	for _, bad := range []string{`{"m":"x"}`, `{"s":1}`, `{"s":[1]}`, `{"m":true}`} {
		var o out
		if err := DecodeJSON([]byte(bad), &o, nil); err == nil || !strings.Contains(err.Error(), "documented as") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}
