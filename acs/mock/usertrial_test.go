package mock

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A fault rule that no served operation matches would never fire: it is refused, naming
// the nearest operation, in Go and on the control API.
func TestFaultForNoOperationRefused(t *testing.T) {
	s := newServer(t)
	_, err := s.AddFault(Fault{Operation: "CreateAuthorisationRule", Kind: FaultError})
	if err == nil || !strings.Contains(err.Error(), `operation "CreateAuthorisationRule"`) ||
		!strings.Contains(err.Error(), "nearest operation: CreateAuthorizationRule") {
		t.Errorf("misspelt operation: %v", err)
	}
	if _, err := s.AddFault(Fault{Product: "Ecs", Kind: FaultThrottle}); err == nil {
		t.Error("fault for a product not served accepted")
	}
	if id, err := s.AddFault(Fault{Product: "eiam", Operation: "CreateAuthorizationRule", Kind: FaultError}); err != nil || id == 0 {
		t.Errorf("fault for a served operation: %d %v", id, err)
	}
	if n := len(s.Faults()); n != 1 {
		t.Errorf("%d fault rules, want the 1 that matches", n)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/_acsgen/faults", "application/json", strings.NewReader(`{"operation":"Nope","kind":"error"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "fault matches no served operation") {
		t.Errorf("control API: %d %s", resp.StatusCode, body)
	}
}
