package page

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestJSONValueLookup: Get matches a key exactly; GetFold also takes the one key that
// differs only in letter case, but not one of two; Elem unions an array's objects, once.
func TestJSONValueLookup(t *testing.T) {
	decode := func(doc string) *JSONValue {
		d := json.NewDecoder(strings.NewReader(doc))
		d.UseNumber()
		v, err := DecodeTree(d, 8, false)
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		return v
	}
	v := decode(`{"ZoneInfos": 1, "ab": 2, "AB": 3, "Ab": 4}`)
	if v.Get("zoneInfos") != nil || v.Get("ZoneInfos") == nil {
		t.Errorf("Get is not exact")
	}
	if e := v.GetFold("zoneInfos"); e == nil || e.Text != "1" {
		t.Errorf("GetFold(zoneInfos) = %v, want the value of ZoneInfos", e)
	}
	if e := v.GetFold("aB"); e != nil {
		t.Errorf("GetFold(aB) = %v with three case twins, want nil", e)
	}
	if e := v.GetFold("AB"); e == nil || e.Text != "3" {
		t.Errorf("GetFold(AB) = %v, want its own value", e)
	}
	arr := decode(`[{"a": 1}, {"b": {"x": 1}, "a": null}, {"b": {"y": 2}}]`)
	el := arr.Elem()
	if el == nil || !slices.Equal(el.Keys, []string{"a", "b"}) || !slices.Equal(el.Get("b").Keys, []string{"x", "y"}) {
		t.Fatalf("Elem = %+v, want the union a, b{x, y}", el)
	}
	if el.Get("a").Text != "1" {
		t.Errorf("Elem's a = %+v, want the first non-null 1", el.Get("a"))
	}
	if arr.Elem() != el {
		t.Errorf("Elem merged twice")
	}
	if e := decode(`["s", {"a": 1}]`).Elem(); e == nil || e.Kind != 's' {
		t.Errorf("Elem of a scalar-first array = %+v, want the first element", e)
	}
}
