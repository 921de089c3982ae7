package page

import "testing"

// TestListEntriesOneColumnWordName: a list of one parameter named as a column word
// ("Name", "Description") whose facts hold a Required answer is a parameter list, not a
// card's key line ("- Type: String"): it was dropped with no warning (zh+cjklist,
// cells.tc+bullets at UNSEEN_STRIDE=1).
func TestListEntriesOneColumnWordName(t *testing.T) {
	for _, item := range []string{"Name：string，必填。The Name value.", "Description: String, optional. The text.", "Name (String, required): The name."} {
		tb, ok := ListEntries(1, []string{item}, []int{0}, []int{1})
		if !ok || len(tb.Rows) != 1 {
			t.Errorf("%q: not read as a parameter list", item)
		}
	}
	if _, ok := ListEntries(1, []string{"Type: String"}, []int{0}, []int{1}); ok {
		t.Error(`"Type: String" read as a parameter list, not a card's key line`)
	}
}
