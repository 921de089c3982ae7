package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedSlashTypes: a glued row whose type is written with an OpenAPI format after "/"
// ("string/password", "String/uri") splits into its name, type and Required word, as one
// ending in a type word does. The pre-check ahead of the split (mayEndInType) took only
// texts ending in a type word's last letter, so the row split elsewhere and its type lost
// its last letters to the next cell ("string/passwor", "d"), silently.
func TestGluedSlashTypes(t *testing.T) {
	const head = "Product:DoIt\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\n" +
		"clientTokenStringNo\n\nThe token.\n\nabc\n"
	const tail = "\n\nThe value.\n\n3\nnameStringNo\n\nThe name.\n"
	for line, want := range map[string]string{
		"passwordstring/passwordYes": "password|string/password|Yes|The value.|3",
		"levelinteger/int8No":        "level|integer/int8|No|The value.|3",
		"PasswordString/uriNo":       "Password|String/uri|No|The value.|3",
		// the next cell glued after the Required word, as the concat layout may write it:
		// "true" is no Required word after a type "Boolean/booleanNo" (IsGluedType)
		"EnabledBoolean/booleanNotrue": "Enabled|Boolean/boolean|No|true\nThe value.|3",
		// types with spaces the pre-check spacedTypeIn let by only in some spellings:
		// "List of Strin" + "g" and "Map" + "<String, String>" were read before
		"TagsList of StringNo":      "Tags|List of String|No|The value.|3",
		"TagsMap<String, String>No": "Tags|Map<String, String>|No|The value.|3",
		"TagsARRAY OF TagNo":        "Tags|ARRAY OF Tag|No|The value.|3",
		"Levelinteger (int64)No":    "Level|integer (int64)|No|The value.|3",
	} {
		p, err := Reader{}.Read("x.txt", []byte(head+line+tail))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, line, rowsOf(table(t, p, page.RequestParams)), []string{
			"clientToken|String|No|The token.|abc", want, "name|String|No|The name.|"})
	}
}

// TestSpacedTypeIn checks the pre-check that sends a glued row with a space to be read
// whole against the lexicon: every spelling of a type with white space inside it
// (typeSpellings; not around it) that a glued row may end in passes it, glued to a name
// and a Required word.
func TestSpacedTypeIn(t *testing.T) {
	n := 0
	for _, v := range typeSpellings() {
		if v != strings.TrimSpace(v) || !strings.ContainsAny(v, " \t") || !page.IsGluedType(v, true) {
			continue
		}
		n++
		if row := "Tags" + v + "No"; !spacedTypeIn(row) {
			t.Errorf("spacedTypeIn(%q) = false, but %q is a type", row, v)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d spellings with spaces: the test checks little", n)
	}
}
