package acs

import (
	"fmt"
	"net/url"
	"strings"
)

// endpoint is where requests go: a scheme and a host[:port].
type endpoint struct {
	scheme, host string
}

// ValidRegion reports whether s looks like an Alibaba Cloud region ID: lower-case letters
// and digits in at least two dash-separated parts, starting with a letter
// ("cn-hangzhou", "ap-southeast-1", "cn-shanghai-finance-1").
func ValidRegion(s string) bool {
	if len(s) < 4 || len(s) > 64 || !('a' <= s[0] && s[0] <= 'z') {
		return false
	}
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		for i := 0; i < len(p); i++ {
			if c := p[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

// parseEndpoint accepts "host", "host:port", "https://host[:port]" or "http://host[:port]"
// (plain http is for tests and local mocks). A path, query or user info is an error.
func parseEndpoint(s string) (endpoint, error) {
	raw := strings.TrimSpace(s)
	if raw == "" {
		return endpoint{}, fmt.Errorf("endpoint is empty")
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return endpoint{}, fmt.Errorf("endpoint %q: %w", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return endpoint{}, fmt.Errorf("endpoint %q: scheme must be http or https", s)
	}
	if u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return endpoint{}, fmt.Errorf("endpoint %q: want host[:port] or scheme://host[:port] with no path, query or user info", s)
	}
	return endpoint{scheme: u.Scheme, host: u.Host}, nil
}

// ProductEndpoint returns "<product>.<region>.aliyuncs.com" with the product code lower-cased
// ("Eiam-developerapi", "cn-hangzhou" → "eiam-developerapi.cn-hangzhou.aliyuncs.com").
func ProductEndpoint(product, region string) (string, error) {
	if product == "" {
		return "", fmt.Errorf("operation has no product code to build an endpoint from; set Options.Endpoint")
	}
	if !ValidRegion(region) {
		return "", fmt.Errorf("region %q is not a valid region ID (like cn-hangzhou)", region)
	}
	return strings.ToLower(product) + "." + region + ".aliyuncs.com", nil
}
