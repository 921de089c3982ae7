package credsgo

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aliyun/credentials-go/credentials"

	"github.com/acsgen/acsgen/acs"
)

func TestModes(t *testing.T) {
	ak, err := FromConfig(new(credentials.Config).SetType("access_key").SetAccessKeyId("akid").SetAccessKeySecret("aksecret"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := ak.Credentials(context.Background())
	if err != nil || c.AccessKeyID != "akid" || c.AccessKeySecret != "aksecret" || c.SecurityToken != "" {
		t.Fatalf("access_key: %v %v", c, err)
	}
	sts, err := FromConfig(new(credentials.Config).SetType("sts").SetAccessKeyId("STS.id").SetAccessKeySecret("stssecret").SetSecurityToken("tok"))
	if err != nil {
		t.Fatal(err)
	}
	c, err = sts.Credentials(context.Background())
	if err != nil || c.SecurityToken != "tok" {
		t.Fatalf("sts: %v %v", c, err)
	}
	if _, err := FromConfig(new(credentials.Config).SetType("no_such_mode")); err == nil {
		t.Error("unknown mode accepted")
	}
	if _, err := Provider(nil).Credentials(context.Background()); err == nil {
		t.Error("nil credential accepted")
	}
}

// TestCredentialsURI: the credentials_uri mode fetches from a local server (no internet in
// tests), and a client signs with what it returns.
func TestCredentialsURI(t *testing.T) {
	uri := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"Code":"Success","AccessKeyId":"STS.uri","AccessKeySecret":"urisecret","SecurityToken":"uritoken","Expiration":"2999-01-01T00:00:00Z"}`)
	}))
	defer uri.Close()
	p, err := FromConfig(new(credentials.Config).SetType("credentials_uri").SetURLCredential(uri.URL))
	if err != nil {
		t.Fatal(err)
	}
	var got http.Header
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		fmt.Fprint(w, `{"RequestId":"r"}`)
	}))
	defer api.Close()
	c, err := acs.New(acs.Options{Endpoint: api.URL, Credentials: p})
	if err != nil {
		t.Fatal(err)
	}
	op := &acs.Operation{Name: "GetThing", Version: "2020-01-01", Product: "thing", Style: acs.RPC, Method: "POST", PathPattern: "/"}
	if err := c.Do(context.Background(), op, &acs.Request{}, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Get("Authorization"), "Credential=STS.uri") || got.Get("x-acs-security-token") != "uritoken" {
		t.Errorf("request headers: Authorization %q, token %q", got.Get("Authorization"), got.Get("x-acs-security-token"))
	}
}
