package textpage

import (
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
	} {
		p, err := Reader{}.Read("x.txt", []byte(head+line+tail))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, line, rowsOf(table(t, p, page.RequestParams)), []string{
			"clientToken|String|No|The token.|abc", want, "name|String|No|The name.|"})
	}
}
