package acs

import "testing"

// The signed-call benchmarks (ours against the official runtime's CallApi) are in the
// sdktest module (sdktest/bench_test.go), so that darabonba is not a dependency here.

// BenchmarkSignV3 is the signer alone (official example inputs).
func BenchmarkSignV3(b *testing.B) {
	in := officialV3Input()
	b.ReportAllocs()
	for b.Loop() {
		_ = SignV3(in, "YourAccessKeyId", "YourAccessKeySecret")
	}
}

// BenchmarkDecodeLenient measures the lenient pass against the strict fast path.
func BenchmarkDecodeStrict(b *testing.B) {
	body := []byte(`{"RequestId":"r","TotalCount":3,"Users":[{"Age":41,"Name":"a","Enabled":true}]}`)
	benchDecode(b, body)
}

func BenchmarkDecodeLenient(b *testing.B) {
	body := []byte(`{"RequestId":"r","TotalCount":"3","Users":[{"Age":"41","Name":"a","Enabled":"true"}]}`)
	benchDecode(b, body)
}

func benchDecode(b *testing.B, body []byte) {
	type user struct {
		Age     int64  `json:"Age"`
		Name    string `json:"Name"`
		Enabled bool   `json:"Enabled"`
	}
	type resp struct {
		RequestId  string `json:"RequestId"`
		TotalCount int    `json:"TotalCount"`
		Users      []user `json:"Users"`
	}
	b.ReportAllocs()
	for b.Loop() {
		var r resp
		if err := DecodeJSON(body, &r, nil); err != nil || r.TotalCount != 3 {
			b.Fatal(err)
		}
	}
}
