package scrape

import (
	"fmt"
	"testing"
)

// TestRequiredCellDefault: a Required cell that notes a default after its word ("No
// (default: 10)", 否（缺省值：1）, "是，默认为10") gives the parameter that default, in every
// layout requiredCardPages renders; a cell whose note is a condition gives none.
func TestRequiredCellDefault(t *testing.T) {
	cells := []string{"Yes (default: 10)", "是（默认值：10）", "はい（デフォルト：10）", "Ya (nilai default: 10)", "是，默认为10",
		"No (default: 10)", "否（缺省值：1）", "Tidak wajib (bawaan: 5)", "Yes (defaults to 10)", "Yes (when P0 is set)"}
	want := []any{"10", "10", "10", "10", "10", "10", "1", "5", "10", nil}
	for file, src := range requiredCardPages(cells...) {
		spec, _ := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		for i, c := range cells {
			if got := param(t, spec.Operations[0], fmt.Sprintf("P%d", i)).Schema.Default; got != want[i] {
				t.Errorf("%s: cell %q: default %#v, want %#v", file, c, got, want[i])
			}
		}
	}
}
