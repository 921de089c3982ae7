package acs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ProfileProvider reads credentials from the aliyun CLI configuration file
// (~/.aliyun/config.json): {"current": "...", "profiles": [{"name", "mode",
// "access_key_id", "access_key_secret", "sts_token", ...}]}. Modes AK and StsToken are
// supported. The file is read at each call.
type ProfileProvider struct {
	// Path of the file; empty means $ALIBABA_CLOUD_CONFIG_FILE, else ~/.aliyun/config.json.
	Path string
	// Profile to use; empty means $ALIBABA_CLOUD_PROFILE, else the file's "current", else
	// "default".
	Profile string
	Getenv  LookupEnv // nil means os.LookupEnv
	// HomeDir overrides os.UserHomeDir (tests).
	HomeDir string
}

type profileFile struct {
	Current  string           `json:"current"`
	Profiles []profileSection `json:"profiles"`
}

type profileSection struct {
	Name            string `json:"name"`
	Mode            string `json:"mode"`
	AccessKeyID     string `json:"access_key_id"`
	AccessKeySecret string `json:"access_key_secret"`
	StsToken        string `json:"sts_token"`
	RegionID        string `json:"region_id"`
}

func (p *ProfileProvider) path() (string, error) {
	if p.Path != "" {
		return p.Path, nil
	}
	if v, ok := orOSEnv(p.Getenv)(EnvConfigFile); ok && v != "" {
		return v, nil
	}
	home := p.HomeDir
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("acs: profile file: cannot find the home directory (%v): %w", err, ErrNoCredentials)
		}
		home = h
	}
	return filepath.Join(home, ".aliyun", "config.json"), nil
}

// Credentials implements Provider. A missing file wraps ErrNoCredentials; an unreadable or
// malformed file, an unknown profile, an unsupported mode or missing keys are errors naming
// the file and the profile (never the secret).
func (p *ProfileProvider) Credentials(context.Context) (Credentials, error) {
	path, err := p.path()
	if err != nil {
		return Credentials{}, err
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Credentials{}, fmt.Errorf("acs: profile file %s does not exist: %w", path, ErrNoCredentials)
	}
	if err != nil {
		return Credentials{}, fmt.Errorf("acs: profile file: %w", err)
	}
	var f profileFile
	if err := json.Unmarshal(data, &f); err != nil {
		return Credentials{}, fmt.Errorf("acs: profile file %s: %s", path, describeJSONError(data, err))
	}
	name, source := p.Profile, "requested"
	if name == "" {
		if v, ok := orOSEnv(p.Getenv)(EnvProfile); ok && v != "" {
			name, source = v, "from "+EnvProfile
		}
	}
	if name == "" {
		name, source = f.Current, `"current"`
	}
	if name == "" {
		name, source = "default", "default"
	}
	var sec *profileSection
	for i := range f.Profiles {
		if f.Profiles[i].Name == name {
			sec = &f.Profiles[i]
			break
		}
	}
	if sec == nil {
		return Credentials{}, fmt.Errorf("acs: profile file %s has no profile %q (%s)", path, name, source)
	}
	where := fmt.Sprintf("acs: profile file %s, profile %q", path, name)
	mode := sec.Mode
	if mode == "" {
		mode = "AK"
	}
	switch strings.ToLower(mode) {
	case "ak":
		if sec.AccessKeyID == "" || sec.AccessKeySecret == "" {
			return Credentials{}, fmt.Errorf("%s (mode AK): access_key_id and access_key_secret must both be set", where)
		}
		return Credentials{AccessKeyID: sec.AccessKeyID, AccessKeySecret: sec.AccessKeySecret, Provider: "cli_profile"}, nil
	case "ststoken":
		if sec.AccessKeyID == "" || sec.AccessKeySecret == "" || sec.StsToken == "" {
			return Credentials{}, fmt.Errorf("%s (mode StsToken): access_key_id, access_key_secret and sts_token must all be set", where)
		}
		return Credentials{AccessKeyID: sec.AccessKeyID, AccessKeySecret: sec.AccessKeySecret, SecurityToken: sec.StsToken, Provider: "cli_profile"}, nil
	default:
		return Credentials{}, fmt.Errorf("%s: mode %q is not supported (supported: AK, StsToken)", where, sec.Mode)
	}
}

// describeJSONError turns a JSON error into "line L, column C: reason" without quoting the
// document (which holds secrets).
func describeJSONError(data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
		return fmt.Sprintf("%s: malformed JSON: %s", lineCol(data, off), se.Error())
	case errors.As(err, &te):
		off = te.Offset
		return fmt.Sprintf("%s: field %q must be a JSON %s, not %s", lineCol(data, off), te.Field, te.Type.Kind(), te.Value)
	}
	return "malformed JSON: " + err.Error()
}

func lineCol(data []byte, off int64) string {
	if off < 0 || off > int64(len(data)) {
		return "position unknown"
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}
