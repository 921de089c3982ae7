package opspec

import (
	"slices"
	"strings"
)

// Key is the lower-case product code used for directories and package names
// ("eiam-developerapi").
func (s *Spec) Key() string { return strings.ToLower(s.Product) }

// Operation returns the operation with the given name, or nil.
func (s *Spec) Operation(name string) *Operation {
	for _, op := range s.Operations {
		if op.Name == name {
			return op
		}
	}
	return nil
}

// EffectiveAuth is the operation's authentication, falling back to the spec's and then to
// AccessKey signing.
func (s *Spec) EffectiveAuth(op *Operation) Auth {
	switch {
	case op.Auth != "":
		return op.Auth
	case s.Auth != "":
		return s.Auth
	}
	return AuthAK
}

// HostRegions maps each documented endpoint host (Endpoints; lower case, no port) to the
// region it serves, for the hosts that do not follow <product>.<region>.aliyuncs.com
// ("ims.aliyuncs.com" → "cn-hangzhou") as well as those that do. A host documented for
// several regions (ECS serves cn-hangzhou, cn-shanghai-finance-1 and cn-shenzhen-finance-1
// at "ecs-cn-hangzhou.aliyuncs.com") maps to the one of them whose ID ends its first label
// ("ecs-cn-hangzhou"), and is left out when none or several do: the host alone does not
// say which region is meant.
func (s *Spec) HostRegions() map[string]string {
	byHost := map[string][]string{}
	var hosts []string
	for _, e := range s.Endpoints {
		h := strings.ToLower(strings.TrimSpace(e.Host))
		if h == "" || e.Region == "" {
			continue
		}
		if byHost[h] == nil {
			hosts = append(hosts, h)
		}
		if !slices.Contains(byHost[h], e.Region) {
			byHost[h] = append(byHost[h], e.Region)
		}
	}
	out := make(map[string]string, len(hosts))
	for _, h := range hosts {
		regions := byHost[h]
		if len(regions) == 1 {
			out[h] = regions[0]
			continue
		}
		label, _, _ := strings.Cut(h, ".")
		var named []string
		for _, r := range regions {
			if label == r || strings.HasSuffix(label, "-"+r) {
				named = append(named, r)
			}
		}
		if len(named) == 1 {
			out[h] = named[0]
		}
	}
	return out
}
