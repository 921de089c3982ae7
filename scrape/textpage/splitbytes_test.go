package textpage

import "testing"

// TestSplitTablesFitBytes: headerSplit keeps its counts of words (at most maxHeaderLine)
// and its words' lengths (at most longestSplitWord) in bytes, 255 standing for no split.
func TestSplitTablesFitBytes(t *testing.T) {
	if maxHeaderLine >= 255 || longestSplitWord >= 255 {
		t.Fatalf("maxHeaderLine %d, longestSplitWord %d: headerSplit's byte tables hold 254 at most", maxHeaderLine, longestSplitWord)
	}
}
