package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestConcatCellsOnRowLine: a concat row glues the cells of every column before the
// description to its line ("ChargeTypeStringYes-PrePaid,PostPaidPrePaid" for Default value,
// Valid values, Example); they are read one a column where the header order and the cells
// tell (a dash is a blank cell of its own, a sentence's full stop ends its cell, the
// Example is a value of the row's type, or left out), and a guess names the row where
// nothing does. Before, the first free column took them all (an info note "the default
// … is not a value of its type"), and with the Example below the description, the
// description went to the second column.
func TestConcatCellsOnRowLine(t *testing.T) {
	p := readText(t, `Request parameters

ParameterTypeRequiredDefault valueValid valuesConstraintsExampleDescription
ModeStringNo--Up to 64 characters.fast

The mode.

SizeIntegerYes-1 to 100-10

The size.

PageSizeIntegerNo-1 to 100-

The page size.

DryRunBooleanNo---true

Whether to check only.

LabelStringNo1-2-3x

The label.

Response parameters

ParameterTypeExampleDescription
RequestIdStringr1

The request ID.
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"Mode", "Size", "PageSize", "DryRun", "Label"})
	equal(t, "defaults", column(tb, page.ColDefault), []string{"-", "-", "-", "-", ""})
	equal(t, "constraints", column(tb, page.ColNote), []string{"Up to 64 characters.", "-", "-", "-", ""})
	equal(t, "values", column(tb, page.ColValues), []string{"-", "1 to 100", "1 to 100", "-", ""})
	equal(t, "examples", column(tb, page.ColExample), []string{"fast", "10", "", "true", "1-2-3x"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The mode.", "The size.", "The page size.", "Whether to check only.", "The label."})
	guesses := warningsOfKind(p, page.Guess)
	if len(guesses) != 1 || !strings.HasPrefix(guesses[0], `row "Label": "1-2-3x" stands for the cells Default value, Valid values, Constraints, Example`) {
		t.Errorf("guesses %q; want one naming Label", guesses)
	}

	// the Example after the description, the line holding Default value and Valid values
	p = readText(t, `Request parameters

ParameterTypeRequiredDefault valueValid valuesDescriptionExample
PeriodIntegerNo-1 to 36

The duration.

12
ModeStringNo--

The mode.

fast
`)
	tb = table(t, p, page.RequestParams)
	equal(t, "defaults", column(tb, page.ColDefault), []string{"-", "-"})
	equal(t, "values", column(tb, page.ColValues), []string{"1 to 36", "-"})
	equal(t, "examples", column(tb, page.ColExample), []string{"12", "fast"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The duration.", "The mode."})
}
