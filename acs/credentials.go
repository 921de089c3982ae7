package acs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Credentials is an AccessKey pair, optionally with an STS security token. Its String,
// GoString and Format methods never print the secret or the token, so a Credentials value
// can be logged or put in an error safely.
type Credentials struct {
	AccessKeyID     string
	AccessKeySecret string
	// SecurityToken is set for STS credentials; it is sent as x-acs-security-token.
	SecurityToken string
	// Provider names the source, sent as x-acs-credentials-provider ("static_ak", "env",
	// "cli_profile", ...). Empty means "static_ak" (or "static_sts" with a token).
	Provider string
}

// String shows the AccessKey ID masked and whether a secret and token are present.
func (c Credentials) String() string {
	return fmt.Sprintf("acs.Credentials{AccessKeyID: %s, AccessKeySecret: %s, SecurityToken: %s, Provider: %q}",
		maskID(c.AccessKeyID), redacted(c.AccessKeySecret), redacted(c.SecurityToken), c.Provider)
}

// GoString is String: %#v must not reveal the secret either.
func (c Credentials) GoString() string { return c.String() }

// Format makes every fmt verb (%v, %+v, %#v, %s, %q, ...) use String.
func (c Credentials) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q", c.String())
		return
	}
	_, _ = f.Write([]byte(c.String()))
}

// MarshalJSON writes the redacted form too: json.Marshal(credentials) in a log line must not
// reveal the secret or the token.
func (c Credentials) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		AccessKeyID     string
		AccessKeySecret string
		SecurityToken   string
		Provider        string
	}{maskID(c.AccessKeyID), redacted(c.AccessKeySecret), redacted(c.SecurityToken), c.Provider})
}

func (c Credentials) providerName() string {
	switch {
	case c.Provider != "":
		return c.Provider
	case c.SecurityToken != "":
		return "static_sts"
	default:
		return "static_ak"
	}
}

func redacted(s string) string {
	if s == "" {
		return `""`
	}
	return "<redacted>"
}

// maskID keeps the first 4 and last 3 characters of an AccessKey ID.
func maskID(id string) string {
	if len(id) <= 8 {
		return strings.Repeat("*", len(id))
	}
	return id[:4] + strings.Repeat("*", len(id)-7) + id[len(id)-3:]
}

// Provider supplies credentials for each request. Implementations must be safe for
// concurrent use.
type Provider interface {
	Credentials(ctx context.Context) (Credentials, error)
}

// ProviderFunc adapts a function to Provider.
type ProviderFunc func(ctx context.Context) (Credentials, error)

// Credentials calls f.
func (f ProviderFunc) Credentials(ctx context.Context) (Credentials, error) { return f(ctx) }

// ErrNoCredentials is wrapped by a provider that has nothing configured (no environment
// variables, no profile file). A Chain moves on to the next provider only on this error.
var ErrNoCredentials = errors.New("no credentials configured")

// StaticCredentials returns a provider of fixed credentials. securityToken may be empty.
func StaticCredentials(accessKeyID, accessKeySecret, securityToken string) Provider {
	c := Credentials{AccessKeyID: accessKeyID, AccessKeySecret: accessKeySecret, SecurityToken: securityToken}
	return ProviderFunc(func(context.Context) (Credentials, error) {
		if c.AccessKeyID == "" || c.AccessKeySecret == "" {
			return Credentials{}, errors.New("acs: static credentials: AccessKey ID and secret must both be set")
		}
		return c, nil
	})
}

// Environment variable names read by EnvProvider and ProfileProvider.
const (
	EnvAccessKeyID     = "ALIBABA_CLOUD_ACCESS_KEY_ID"
	EnvAccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
	EnvSecurityToken   = "ALIBABA_CLOUD_SECURITY_TOKEN"
	EnvProfile         = "ALIBABA_CLOUD_PROFILE"
	EnvConfigFile      = "ALIBABA_CLOUD_CONFIG_FILE"
	EnvRegion          = "ALIBABA_CLOUD_REGION_ID"
)

// LookupEnv is the signature of os.LookupEnv; tests inject their own.
type LookupEnv func(key string) (string, bool)

func orOSEnv(l LookupEnv) LookupEnv {
	if l == nil {
		return os.LookupEnv
	}
	return l
}

// EnvProvider reads ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and the
// optional ALIBABA_CLOUD_SECURITY_TOKEN at each call. Neither key set wraps
// ErrNoCredentials; only one of them set is an error naming the missing variable.
type EnvProvider struct {
	Getenv LookupEnv // nil means os.LookupEnv
}

// Credentials implements Provider.
func (p EnvProvider) Credentials(context.Context) (Credentials, error) {
	get := orOSEnv(p.Getenv)
	id, _ := get(EnvAccessKeyID)
	secret, _ := get(EnvAccessKeySecret)
	token, _ := get(EnvSecurityToken)
	id, secret, token = strings.TrimSpace(id), strings.TrimSpace(secret), strings.TrimSpace(token)
	switch {
	case id == "" && secret == "":
		if token != "" {
			return Credentials{}, fmt.Errorf("acs: %s is set but %s and %s are not", EnvSecurityToken, EnvAccessKeyID, EnvAccessKeySecret)
		}
		return Credentials{}, fmt.Errorf("acs: environment: %s and %s are not set: %w", EnvAccessKeyID, EnvAccessKeySecret, ErrNoCredentials)
	case id == "":
		return Credentials{}, fmt.Errorf("acs: %s is set but %s is empty or not set", EnvAccessKeySecret, EnvAccessKeyID)
	case secret == "":
		return Credentials{}, fmt.Errorf("acs: %s is set but %s is empty or not set", EnvAccessKeyID, EnvAccessKeySecret)
	}
	return Credentials{AccessKeyID: id, AccessKeySecret: secret, SecurityToken: token, Provider: "env"}, nil
}

// Chain tries providers in order and returns the first credentials found. A provider that
// wraps ErrNoCredentials is skipped; any other error stops the chain (a half-set
// environment or a malformed profile file must not silently fall through to other keys).
func Chain(providers ...Provider) Provider {
	return ProviderFunc(func(ctx context.Context) (Credentials, error) {
		var reasons []string
		for _, p := range providers {
			c, err := p.Credentials(ctx)
			if err == nil {
				return c, nil
			}
			if !errors.Is(err, ErrNoCredentials) {
				return Credentials{}, err
			}
			reasons = append(reasons, strings.TrimPrefix(err.Error(), "acs: "))
		}
		return Credentials{}, fmt.Errorf("acs: no credentials found (%s): %w", strings.Join(reasons, "; "), ErrNoCredentials)
	})
}

// DefaultProvider is the chain environment variables, then the aliyun CLI profile file
// (ALIBABA_CLOUD_CONFIG_FILE or ~/.aliyun/config.json, profile ALIBABA_CLOUD_PROFILE or
// the file's current one). getenv nil means os.LookupEnv.
func DefaultProvider(getenv LookupEnv) Provider {
	return Chain(EnvProvider{Getenv: getenv}, &ProfileProvider{Getenv: getenv})
}
