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

// TestListEntriesBracketedName: an item named in round brackets ("(body)：Map。"), as a
// table's row of a whole response body is named, is a parameter entry: the list of that
// one item was no parameter list and the response was guessed from the JSON sample
// (zh+cjklist, tc+cjklist, ja+cjklist at UNSEEN_STRIDE=1). A bracketed type or Required
// word is no name.
func TestListEntriesBracketedName(t *testing.T) {
	for _, item := range []string{"(body)：Map。The (body) value.", "(body) (Object): The whole body."} {
		tb, ok := ListEntries(1, []string{item}, []int{0}, []int{1})
		if !ok || len(tb.Rows) != 1 || tb.Rows[0].Cells[0] != "(body)" {
			t.Errorf("%q: not read as a parameter named (body): %+v", item, tb)
		}
	}
	for _, item := range []string{"(required) String: the text.", "(String) The text."} {
		if e, ok := ParseEntry(item); ok {
			t.Errorf("%q: read as a parameter named %q", item, e.Name)
		}
	}
}
