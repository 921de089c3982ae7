package mock

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/acsgen/acsgen/internal/editdist"
)

// Error is an Alibaba Cloud error answer: an HTTP status and the Code and Message of the
// envelope. Handlers return it to answer with an error of their choice.
type Error struct {
	Status  int
	Code    string
	Message string
	// Header holds extra response headers (throttling wait hints, for example).
	Header http.Header
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Errorf builds an *Error.
func Errorf(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrFallthrough, returned by a Handler, asks for the generated behaviour instead.
var ErrFallthrough = errors.New("mock: fall through to the generated behaviour")

// asError turns any handler error into an *Error: an *Error as is, anything else an
// InternalError whose message is the error text.
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		if e.Status == 0 {
			e.Status = http.StatusBadRequest
		}
		if e.Code == "" {
			e.Code = "InvalidParameter"
		}
		return e
	}
	return Errorf(http.StatusInternalServerError, "InternalError", "The request processing has failed due to some unknown error: %v", err)
}

// Gateway errors with the statuses and messages Alibaba Cloud's gateway uses
// (research/protocol.md §4.3).
func errMissing(name string) *Error {
	return Errorf(http.StatusBadRequest, "Missing"+upperFirst(name), "MissingParameter: %s is mandatory for this action.", name)
}

func errInvalid(name, reason string) *Error {
	return Errorf(http.StatusBadRequest, "InvalidParameter", "InvalidParameter: %s: %s", name, reason)
}

func errNoAction(action, nearest string) *Error {
	msg := "Specified api is not found, please check your url and method."
	if action != "" {
		msg = fmt.Sprintf("Specified api %q is not found, please check your url and method.", action)
	}
	if nearest != "" {
		msg += " nearest operation: " + nearest
	}
	return Errorf(http.StatusNotFound, "InvalidAction.NotFound", "%s", msg)
}

func errVersion(version string) *Error {
	return Errorf(http.StatusBadRequest, "InvalidVersion", "Specified parameter Version %q is not valid.", version)
}

func errThrottled() *Error {
	return Errorf(http.StatusBadRequest, "Throttling.User", "Request was denied due to user flow control.")
}

func errInternal() *Error {
	return Errorf(http.StatusInternalServerError, "InternalError", "The request processing has failed due to some unknown error.")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// nearest returns the candidate closest to name by edit distance (case-insensitive), ""
// when there are none or the best is too far to be a plausible typo of name: more than a
// quarter of name's length (at least 1), so that a short name ("Tag") gets no unrelated
// one ("Age", two edits away) while a long one keeps room for a slip or two.
func nearest(name string, candidates []string) string {
	best, bestD := "", -1
	ln := strings.ToLower(name)
	for _, c := range candidates {
		d := editdist.Distance(ln, strings.ToLower(c))
		if bestD < 0 || d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if bestD < 0 || bestD > max(1, len(name)/4) {
		return ""
	}
	return best
}
