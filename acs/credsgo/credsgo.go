// Package credsgo puts the official credentials library (github.com/aliyun/credentials-go)
// behind acs.Provider, so a generated client accepts every credential mode the official
// SDKs accept: AccessKey, STS, RamRoleArn, EcsRamRole, OIDC/RRSA, credentials URI and CLI
// profiles, with the library's own refresh and caching. It is a separate package so that
// clients that need only AccessKey or STS do not pull the library in.
package credsgo

import (
	"context"
	"errors"
	"fmt"

	"github.com/aliyun/credentials-go/credentials"

	"github.com/acsgen/acsgen/acs"
)

// Provider adapts an official credentials.Credential. Each call asks it for the current
// credentials (it refreshes expiring STS tokens itself).
func Provider(c credentials.Credential) acs.Provider {
	return acs.ProviderFunc(func(ctx context.Context) (acs.Credentials, error) {
		if err := ctx.Err(); err != nil {
			return acs.Credentials{}, err
		}
		if c == nil {
			return acs.Credentials{}, errors.New("credsgo: nil credential")
		}
		m, err := c.GetCredential()
		if err != nil {
			// the library's errors name the mode and the missing setting, never the secret
			return acs.Credentials{}, fmt.Errorf("credsgo: %w", err)
		}
		out := acs.Credentials{
			AccessKeyID:     deref(m.AccessKeyId),
			AccessKeySecret: deref(m.AccessKeySecret),
			SecurityToken:   deref(m.SecurityToken),
			Provider:        deref(m.ProviderName),
		}
		if out.AccessKeyID == "" || out.AccessKeySecret == "" {
			return acs.Credentials{}, fmt.Errorf("credsgo: the %s credential has no AccessKey pair (bearer-token credentials go through the client's bearer option)", deref(m.Type))
		}
		return out, nil
	})
}

// Default is the official default chain (environment variables, OIDC/RRSA, the CLI's
// config.json profile, ECS RAM role, credentials URI), as the official SDKs resolve it.
func Default() (acs.Provider, error) {
	c, err := credentials.NewCredential(nil)
	if err != nil {
		return nil, fmt.Errorf("credsgo: default credential chain: %w", err)
	}
	return Provider(c), nil
}

// FromConfig builds the credential a credentials.Config describes (Type "access_key",
// "sts", "ram_role_arn", "ecs_ram_role", "oidc_role_arn", "credentials_uri", ...).
func FromConfig(cfg *credentials.Config) (acs.Provider, error) {
	if cfg == nil {
		return nil, errors.New("credsgo: nil config (use Default for the default chain)")
	}
	c, err := credentials.NewCredential(cfg)
	if err != nil {
		return nil, fmt.Errorf("credsgo: %w", err)
	}
	return Provider(c), nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
