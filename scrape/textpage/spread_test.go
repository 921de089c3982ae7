package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedCellsBeforeDescription: a spaced row whose description is on the lines below
// holds the cells of every column before it ("Default value", "Valid values", "Example");
// they are read one a word where the words are as many as the columns, else one a run of
// words that blank words ("-") and full stops end, and the rest is warned by row. Before,
// the Example took all ("- PrePaid,PostPaid PrePaid"), silently.
func TestSpacedCellsBeforeDescription(t *testing.T) {
	p := readText(t, `Request parameters

Parameter Type Required Default value Valid values Example Description
ChargeType String Yes - PrePaid,PostPaid PrePaid

The billing method.

Mode String No - - fast

The mode.

Label String No - Any text. x

The label.

Period Integer No 1 1 to 36 12

The duration.

Response parameters

Parameter Type Example Description
RequestId String r1

The request ID.
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"ChargeType", "Mode", "Label", "Period"})
	equal(t, "defaults", column(tb, page.ColDefault), []string{"-", "-", "-", ""})
	equal(t, "values", column(tb, page.ColValues), []string{"PrePaid,PostPaid", "-", "Any text.", ""})
	equal(t, "examples", column(tb, page.ColExample), []string{"PrePaid", "fast", "x", "1 1 to 36 12"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The billing method.", "The mode.", "The label.", "The duration."})
	guesses := warningsOfKind(p, page.Guess)
	if len(guesses) != 1 || !strings.HasPrefix(guesses[0], `row "Period": "1 1 to 36 12" stands for the cells Default value, Valid values, Example`) {
		t.Errorf("guesses %q; want one naming Period", guesses)
	}
}
