package acs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func envOf(m map[string]string) LookupEnv {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

const secret = "SuperSecretValue123"

func TestEnvProvider(t *testing.T) {
	c, err := EnvProvider{Getenv: envOf(map[string]string{EnvAccessKeyID: "LTAI5tExampleId", EnvAccessKeySecret: secret, EnvSecurityToken: "tok"})}.Credentials(context.Background())
	if err != nil || c.AccessKeyID != "LTAI5tExampleId" || c.AccessKeySecret != secret || c.SecurityToken != "tok" || c.Provider != "env" {
		t.Fatalf("%v %v", c, err)
	}
	cases := []struct {
		env  map[string]string
		want string
		none bool
	}{
		{map[string]string{}, EnvAccessKeyID + " and " + EnvAccessKeySecret + " are not set", true},
		{map[string]string{EnvAccessKeyID: "id"}, EnvAccessKeySecret + " is empty or not set", false},
		{map[string]string{EnvAccessKeySecret: secret}, EnvAccessKeyID + " is empty or not set", false},
		{map[string]string{EnvAccessKeyID: "id", EnvAccessKeySecret: "  "}, EnvAccessKeySecret + " is empty", false},
		{map[string]string{EnvSecurityToken: "t"}, EnvSecurityToken + " is set", false},
	}
	for _, tc := range cases {
		_, err := EnvProvider{Getenv: envOf(tc.env)}.Credentials(context.Background())
		if err == nil || !strings.Contains(err.Error(), tc.want) || errors.Is(err, ErrNoCredentials) != tc.none {
			t.Errorf("env %v: %v", tc.env, err)
		}
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Errorf("error reveals the secret: %v", err)
		}
	}
}

func writeProfile(t *testing.T, content string) string {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, ".aliyun", "config.json")
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

const profileJSON = `{
  "current": "default",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAIdefault01", "access_key_secret": "` + secret + `", "region_id": "cn-hangzhou"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.abcdefgh", "access_key_secret": "` + secret + `", "sts_token": "tok"},
    {"name": "half", "mode": "AK", "access_key_id": "LTAIhalf0001"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "` + secret + `"}
  ],
  "meta_path": ""
}`

func TestProfileProvider(t *testing.T) {
	home := writeProfile(t, profileJSON)
	none := envOf(nil)
	ctx := context.Background()
	c, err := (&ProfileProvider{HomeDir: home, Getenv: none}).Credentials(ctx)
	if err != nil || c.AccessKeyID != "LTAIdefault01" || c.Provider != "cli_profile" || c.SecurityToken != "" {
		t.Fatalf("current profile: %v %v", c, err)
	}
	c, err = (&ProfileProvider{HomeDir: home, Getenv: envOf(map[string]string{EnvProfile: "sts"})}).Credentials(ctx)
	if err != nil || c.AccessKeyID != "STS.abcdefgh" || c.SecurityToken != "tok" {
		t.Fatalf("ALIBABA_CLOUD_PROFILE=sts: %v %v", c, err)
	}
	for name, want := range map[string]string{
		"half":    `profile "half" (mode AK): access_key_id and access_key_secret must both be set`,
		"role":    `mode "RamRoleArn" is not supported (supported: AK, StsToken)`,
		"missing": `has no profile "missing"`,
	} {
		_, err := (&ProfileProvider{HomeDir: home, Profile: name, Getenv: none}).Credentials(ctx)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), filepath.Join(home, ".aliyun", "config.json")) {
			t.Errorf("profile %s: %v", name, err)
		}
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Errorf("error reveals the secret: %v", err)
		}
	}
	// Missing file: ErrNoCredentials, so a chain moves on.
	_, err = (&ProfileProvider{HomeDir: t.TempDir(), Getenv: none}).Credentials(ctx)
	if !errors.Is(err, ErrNoCredentials) || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing file: %v", err)
	}
	// Malformed file: line and column, no content.
	bad := writeProfile(t, "{\n  \"current\": \"default\",\n  \"profiles\": [ {\"access_key_secret\": \""+secret+"\",, } ]\n}")
	_, err = (&ProfileProvider{HomeDir: bad, Getenv: none}).Credentials(ctx)
	if err == nil || !strings.Contains(err.Error(), "line 3, column") || strings.Contains(err.Error(), secret) || errors.Is(err, ErrNoCredentials) {
		t.Errorf("malformed file: %v", err)
	}
	wrongType := writeProfile(t, `{"profiles": {"name": "x"}}`)
	_, err = (&ProfileProvider{HomeDir: wrongType, Getenv: none}).Credentials(ctx)
	if err == nil || !strings.Contains(err.Error(), `field "profiles" must be a JSON slice`) {
		t.Errorf("wrong type: %v", err)
	}
	// ALIBABA_CLOUD_CONFIG_FILE overrides the path.
	c, err = (&ProfileProvider{Getenv: envOf(map[string]string{EnvConfigFile: filepath.Join(home, ".aliyun", "config.json")})}).Credentials(ctx)
	if err != nil || c.AccessKeyID != "LTAIdefault01" {
		t.Errorf("config file override: %v %v", c, err)
	}
}

func TestChain(t *testing.T) {
	home := writeProfile(t, profileJSON)
	ctx := context.Background()
	// Env empty → profile.
	p := Chain(EnvProvider{Getenv: envOf(nil)}, &ProfileProvider{HomeDir: home, Getenv: envOf(nil)})
	if c, err := p.Credentials(ctx); err != nil || c.AccessKeyID != "LTAIdefault01" {
		t.Errorf("fallthrough to profile: %v %v", c, err)
	}
	// Half-set env stops the chain.
	p = Chain(EnvProvider{Getenv: envOf(map[string]string{EnvAccessKeyID: "x"})}, &ProfileProvider{HomeDir: home, Getenv: envOf(nil)})
	if _, err := p.Credentials(ctx); err == nil || !strings.Contains(err.Error(), EnvAccessKeySecret) {
		t.Errorf("half-set env: %v", err)
	}
	// Nothing anywhere: one error naming every place tried.
	_, err := DefaultProvider(envOf(map[string]string{EnvConfigFile: filepath.Join(t.TempDir(), "none.json")})).Credentials(ctx)
	if !errors.Is(err, ErrNoCredentials) || !strings.Contains(err.Error(), EnvAccessKeyID) || !strings.Contains(err.Error(), "none.json") {
		t.Errorf("nothing configured: %v", err)
	}
	// Through the client: the call fails before sending, naming the variables.
	c := testClient(t, "http://127.0.0.1:1", func(o *Options) {
		o.Credentials = DefaultProvider(envOf(map[string]string{EnvConfigFile: filepath.Join(t.TempDir(), "none.json")}))
	})
	if err := c.Do(ctx, opAddUsers, nil, nil); err == nil || !strings.Contains(err.Error(), "AddUsersToGroup: credentials: acs: no credentials found") {
		t.Errorf("client without credentials: %v", err)
	}
}

func TestCredentialsRedaction(t *testing.T) {
	c := Credentials{AccessKeyID: "LTAI5tExampleKeyId", AccessKeySecret: secret, SecurityToken: "SecretStsToken", Provider: "env"}
	outs := []string{
		c.String(), c.GoString(),
		fmt.Sprint(c), fmt.Sprintf("%v|%+v|%#v|%s|%q", c, c, c, c, c),
		fmt.Sprintf("%v %+v %#v", &c, &c, []Credentials{c}),
		fmt.Sprintf("%+v", struct{ C Credentials }{c}),
		fmt.Errorf("wrapped: %v", c).Error(),
	}
	for _, v := range []any{c, &c, []Credentials{c}, struct{ C Credentials }{c}} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(b))
	}
	for _, s := range outs {
		if strings.Contains(s, secret) || strings.Contains(s, "SecretStsToken") || strings.Contains(s, "LTAI5tExampleKeyId") {
			t.Errorf("secret leaked: %s", s)
		}
	}
	if !strings.Contains(c.String(), "LTAI***********yId") || !strings.Contains(c.String(), "<redacted>") {
		t.Errorf("String() = %s", c.String())
	}
}
