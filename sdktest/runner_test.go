package sdktest

import (
	"errors"
	"testing"
)

// The expected-failure marks stay true: a marked step that passes and an unmarked step
// that fails both fail the test; a marked step that fails and an unmarked one that passes
// do not.
func TestClassify(t *testing.T) {
	boom := errors.New("boom")
	for _, c := range []struct {
		err    error
		reason string
		status string
	}{
		{nil, "", "pass"},
		{boom, "", "FAIL"},
		{boom, "known", "xfail"},
		{nil, "known", "XPASS"},
	} {
		res, msg := classify(c.err, c.reason)
		if res.status != c.status {
			t.Errorf("classify(%v, %q) = %s, want %s", c.err, c.reason, res.status, c.status)
		}
		if (c.status == "FAIL" || c.status == "XPASS") && msg == "" {
			t.Errorf("classify(%v, %q): no message for a failing test", c.err, c.reason)
		}
	}
	st := step[int]{xfail: map[string]string{"*": "any", "pages": "pages only"}}
	if st.expected("pages") != "pages only" || st.expected("metadata") != "any" {
		t.Errorf("expected: %q %q", st.expected("pages"), st.expected("metadata"))
	}
	if (step[int]{}).expected("pages") != "" {
		t.Error("an unmarked step is expected to fail")
	}
}
