package page

import (
	"reflect"
	"testing"
)

// Cells swallowed by a row that was not closed: the names of the rows they hold are a name
// cell followed by a type cell.
func TestRowNames(t *testing.T) {
	cells := []string{"", "UserName", "String", "No", "Xxxx.", "└ Tag.N.Key", "String", "`Marker`", "string", "Yes", "EAE", "9", "Integer"}
	got := RowNames(cells)
	want := []string{"UserName", "Tag.N.Key", "Marker"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RowNames = %q, want %q", got, want)
	}
	if got := Lost("request parameters", want); got != "request parameters UserName, Tag.N.Key, Marker dropped: " {
		t.Errorf("Lost = %q", got)
	}
	if Lost("rows", nil) != "" {
		t.Error("Lost of no names is not empty")
	}
}
