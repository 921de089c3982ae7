package opspec

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundTripInMemory(t *testing.T) {
	want := richSpec()
	doc, err := ToOpenAPI(want)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("ToOpenAPI output does not validate: %v", err)
	}
	got, err := FromOpenAPI(doc)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("FromOpenAPI(ToOpenAPI(s)) differs (-want +got):\n%s", d)
	}
}

func TestRoundTripThroughBytes(t *testing.T) {
	for _, format := range []string{"yaml", "json"} {
		t.Run(format, func(t *testing.T) {
			want := richSpec()
			data, err := Marshal(want, format)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Load(data, "rich."+format)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Load(Marshal(s)) differs (-want +got):\n%s", d)
			}
			again, err := Marshal(got, format)
			if err != nil {
				t.Fatal(err)
			}
			if string(again) != string(data) {
				t.Errorf("Marshal is not stable across a load")
			}
		})
	}
}
