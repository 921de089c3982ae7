package mock

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// FuzzServeHTTP throws arbitrary paths, queries, headers and bodies at the server: it must
// never panic, and every answer must be JSON with a code (Code or code) and a message when
// it is an error.
func FuzzServeHTTP(f *testing.F) {
	f.Add("POST", "/", "Action=CreateUser&Version=2021-12-01&Tag.1.Key=a", "", "application/x-www-form-urlencoded", "CreateUser")
	f.Add("POST", "/", "InstanceId=i&Username=u&CustomFields.1.FieldName=x&CustomFields.2=y", "", "", "CreateUser")
	f.Add("POST", "/instances/x/accounts", "", `{"username":"u","password":"p"}`, "application/json", "")
	f.Add("PATCH", "/instances/x/account/u", "", `{"remark":[1,2]}`, "application/json", "")
	f.Add("GET", "/v2/i/a/groups/g", "", "", "", "")
	f.Add("POST", "/", "OrganizationalUnitIds.99999999999=x", "", "", "CreateUser")
	f.Add("POST", "/", "a..b=1&=2&PasswordInitializationConfig=%7B%7D", "{", "application/json", "CreateUser")
	s := newServer(f)
	f.Fuzz(func(t *testing.T, method, path, query, body, ct, action string) {
		u := &url.URL{Path: path, RawQuery: query}
		if !validMethod(method) {
			method = "POST"
		}
		r, err := http.NewRequest(method, "http://eiam.cn-hangzhou.aliyuncs.com"+u.EscapedPath()+"?"+query, bytes.NewReader([]byte(body)))
		if err != nil {
			return
		}
		r.RequestURI = r.URL.RequestURI()
		if ct != "" {
			r.Header.Set("Content-Type", ct)
		}
		if action != "" {
			r.Header.Set("x-acs-action", action)
			r.Header.Set("x-acs-version", "2021-12-01")
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		var m map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil {
			t.Fatalf("%s %s: answer is not a JSON object: %q", method, r.URL, w.Body)
		}
		if w.Code >= 400 {
			code, _ := m["Code"].(string)
			if code == "" {
				code, _ = m["code"].(string)
			}
			msg, _ := m["Message"].(string)
			if msg == "" {
				msg, _ = m["message"].(string)
			}
			if code == "" || msg == "" {
				t.Fatalf("%s %s: error without code or message: %s", method, r.URL, w.Body)
			}
		}
	})
}

func validMethod(m string) bool {
	switch m {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}
