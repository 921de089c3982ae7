package sdktest

import (
	"fmt"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	kms "github.com/alibabacloud-go/kms-20160120/v3/client"
	"github.com/alibabacloud-go/tea/tea"

	"github.com/acsgen/acsgen/opspec"
)

// The official KMS Go SDK (kms-20160120/v3 v3.2.3) against the mock of KMS scraped from the
// real 2021 pages of the operations and read from the official metadata.

type kmsState struct {
	c, bad *kms.Client
	keyID  string
	key2   string
	blob   string
}

func kmsSetup(t *testing.T, spec *opspec.Spec, sig bool) *kmsState {
	// Encrypt and Decrypt are answered by the mock's built-in KMS behaviour (a round trip
	// the docs cannot say; acs/mock/builtin_kms.go).
	endpoint, _ := serve(t, spec, sig)
	cfg := func(secret string) *openapi.Config {
		return &openapi.Config{
			AccessKeyId: tea.String(testID), AccessKeySecret: tea.String(secret),
			Endpoint: tea.String(endpoint), Protocol: tea.String("HTTP"), RegionId: tea.String(region),
		}
	}
	c, err := kms.NewClient(cfg(testSecret))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := kms.NewClient(cfg("wrong-secret"))
	if err != nil {
		t.Fatal(err)
	}
	return &kmsState{c: c, bad: bad}
}

func (s *kmsState) keyState() (string, error) {
	out, err := s.c.DescribeKey(&kms.DescribeKeyRequest{KeyId: tea.String(s.keyID)})
	if err != nil {
		return "", err
	}
	if out.Body.KeyMetadata == nil {
		return "", fmt.Errorf("no KeyMetadata")
	}
	if got := tea.StringValue(out.Body.KeyMetadata.KeyId); got != s.keyID {
		return "", fmt.Errorf("KeyId %q, want %q", got, s.keyID)
	}
	return tea.StringValue(out.Body.KeyMetadata.KeyState), nil
}

func (s *kmsState) wantKeyState(want string) error {
	if err := need("KeyId", s.keyID); err != nil {
		return err
	}
	got, err := s.keyState()
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("KeyState %q, want %q", got, want)
	}
	return nil
}

const plaintext = "hello from the official SDK"

var kmsKeyOps = []string{"CreateKey", "DescribeKey", "ListKeys", "DisableKey", "EnableKey", "Encrypt", "Decrypt"}

var kmsKeys = scenario[kmsState]{
	name:    "KMS keys",
	sources: []source{kmsProduct.fromPages(kmsKeyOps...), kmsProduct.fromPagesZh(kmsKeyOps...), kmsProduct.fromMetadata(kmsKeyOps...)},
	setup:   kmsSetup,
	steps: []step[kmsState]{
		{name: "CreateKey", run: func(s *kmsState) error {
			out, err := s.c.CreateKey(&kms.CreateKeyRequest{Description: tea.String("made by the official SDK"), KeyUsage: tea.String("ENCRYPT/DECRYPT")})
			if err != nil {
				return err
			}
			md := out.Body.KeyMetadata
			if md == nil {
				return fmt.Errorf("no KeyMetadata")
			}
			s.keyID = tea.StringValue(md.KeyId)
			if got := tea.StringValue(md.Description); got != "made by the official SDK" {
				return fmt.Errorf("Description %q", got)
			}
			return need("KeyId", s.keyID)
		}},
		{name: "DescribeKey: Enabled", run: func(s *kmsState) error { return s.wantKeyState("Enabled") }},
		{name: "ListKeys lists the key", run: func(s *kmsState) error {
			if err := need("KeyId", s.keyID); err != nil {
				return err
			}
			out, err := s.c.ListKeys(&kms.ListKeysRequest{})
			if err != nil {
				return err
			}
			var ids []string
			if out.Body.Keys != nil {
				for _, k := range out.Body.Keys.Key {
					ids = append(ids, tea.StringValue(k.KeyId))
				}
			}
			if !sameSet(ids, s.keyID) {
				return fmt.Errorf("keys %v, want only %s", ids, s.keyID)
			}
			return nil
		}},
		{name: "CreateKey a second key", run: func(s *kmsState) error {
			out, err := s.c.CreateKey(&kms.CreateKeyRequest{Description: tea.String("second")})
			if err != nil {
				return err
			}
			if out.Body.KeyMetadata == nil {
				return fmt.Errorf("no KeyMetadata")
			}
			s.key2 = tea.StringValue(out.Body.KeyMetadata.KeyId)
			return need("KeyId", s.key2)
		}},
		{name: "ListKeys pages (PageSize 1, two keys)", run: func(s *kmsState) error {
			if err := need("KeyId", s.key2); err != nil {
				return err
			}
			var seen []string
			for page := int32(1); page <= 2; page++ {
				out, err := s.c.ListKeys(&kms.ListKeysRequest{PageNumber: tea.Int32(page), PageSize: tea.Int32(1)})
				if err != nil {
					return err
				}
				if n := tea.Int32Value(out.Body.TotalCount); n != 2 {
					return fmt.Errorf("page %d: TotalCount %d, want 2", page, n)
				}
				if out.Body.Keys == nil || len(out.Body.Keys.Key) != 1 {
					return fmt.Errorf("page %d: %s, want one key", page, tea.Prettify(out.Body.Keys))
				}
				seen = append(seen, tea.StringValue(out.Body.Keys.Key[0].KeyId))
			}
			if !sameSet(seen, s.keyID, s.key2) {
				return fmt.Errorf("pages list %v, want %s and %s", seen, s.keyID, s.key2)
			}
			return nil
		}},
		{name: "DescribeKey of an unknown key: not found", run: func(s *kmsState) error {
			_, err := s.c.DescribeKey(&kms.DescribeKeyRequest{KeyId: tea.String("1234abcd-0000-0000-0000-000000000000")})
			return wantNotFound(err)
		}},
		{name: "DisableKey", run: func(s *kmsState) error {
			if err := need("KeyId", s.keyID); err != nil {
				return err
			}
			_, err := s.c.DisableKey(&kms.DisableKeyRequest{KeyId: tea.String(s.keyID)})
			return err
		}},
		{name: "DescribeKey after DisableKey: Disabled", run: func(s *kmsState) error { return s.wantKeyState("Disabled") }},
		{name: "Encrypt with the disabled key: Rejected.Disabled", run: func(s *kmsState) error {
			if err := need("KeyId", s.keyID); err != nil {
				return err
			}
			_, err := s.c.Encrypt(&kms.EncryptRequest{KeyId: tea.String(s.keyID), Plaintext: tea.String(plaintext)})
			return wantErrorCode(err, "Rejected.Disabled")
		}},
		{name: "EnableKey", run: func(s *kmsState) error {
			if err := need("KeyId", s.keyID); err != nil {
				return err
			}
			_, err := s.c.EnableKey(&kms.EnableKeyRequest{KeyId: tea.String(s.keyID)})
			return err
		}},
		{name: "DescribeKey after EnableKey: Enabled", run: func(s *kmsState) error { return s.wantKeyState("Enabled") }},
		{name: "Encrypt", run: func(s *kmsState) error {
			if err := need("KeyId", s.keyID); err != nil {
				return err
			}
			// EncryptionContext is a map the SDK sends as one JSON text (style json)
			out, err := s.c.Encrypt(&kms.EncryptRequest{KeyId: tea.String(s.keyID), Plaintext: tea.String(plaintext), EncryptionContext: kmsContext()})
			if err != nil {
				return err
			}
			s.blob = tea.StringValue(out.Body.CiphertextBlob)
			if s.blob == plaintext {
				return fmt.Errorf("CiphertextBlob is the plaintext")
			}
			return need("CiphertextBlob", s.blob)
		}},
		{name: "Decrypt returns the plaintext", run: func(s *kmsState) error {
			if err := need("CiphertextBlob", s.blob); err != nil {
				return err
			}
			// the mock sealed the context into the blob: another context is rejected
			_, err := s.c.Decrypt(&kms.DecryptRequest{CiphertextBlob: tea.String(s.blob), EncryptionContext: map[string]any{"purpose": "other"}})
			if err := wantErrorCode(err, "InvalidParameter"); err != nil {
				return fmt.Errorf("Decrypt with another EncryptionContext: %w", err)
			}
			out, err := s.c.Decrypt(&kms.DecryptRequest{CiphertextBlob: tea.String(s.blob), EncryptionContext: kmsContext()})
			if err != nil {
				return err
			}
			if got := tea.StringValue(out.Body.Plaintext); got != plaintext {
				return fmt.Errorf("Plaintext %q, want %q", got, plaintext)
			}
			if got := tea.StringValue(out.Body.KeyId); got != s.keyID {
				return fmt.Errorf("KeyId %q, want %q", got, s.keyID)
			}
			return nil
		}},
		{name: "wrong secret: SignatureDoesNotMatch", sig: "on", run: func(s *kmsState) error {
			_, err := s.bad.ListKeys(&kms.ListKeysRequest{})
			return wantErrorCode(err, "SignatureDoesNotMatch")
		}},
	},
}

// kmsContext is the EncryptionContext of the Encrypt and Decrypt steps.
func kmsContext() map[string]any { return map[string]any{"purpose": "sdktest", "team": "qa"} }

var kmsSecretOps = []string{"CreateSecret", "GetSecretValue", "UpdateSecret", "DeleteSecret"}

const secretName, secretData = "sdk/db-password", "s3cr3t value"

func (s *kmsState) getSecret() (*kms.GetSecretValueResponseBody, error) {
	out, err := s.c.GetSecretValue(&kms.GetSecretValueRequest{SecretName: tea.String(secretName)})
	if err != nil {
		return nil, err
	}
	return out.Body, nil
}

var kmsSecrets = scenario[kmsState]{
	name:    "KMS secrets",
	sources: []source{kmsProduct.fromPages(kmsSecretOps...), kmsProduct.fromMetadata(kmsSecretOps...)},
	setup:   kmsSetup,
	steps: []step[kmsState]{
		{name: "CreateSecret", run: func(s *kmsState) error {
			out, err := s.c.CreateSecret(&kms.CreateSecretRequest{SecretName: tea.String(secretName), SecretData: tea.String(secretData), VersionId: tea.String("v1")})
			if err != nil {
				return err
			}
			if got := tea.StringValue(out.Body.SecretName); got != secretName {
				return fmt.Errorf("SecretName %q, want %q", got, secretName)
			}
			return nil
		}},
		{name: "CreateSecret with a taken name: already exists", run: func(s *kmsState) error {
			_, err := s.c.CreateSecret(&kms.CreateSecretRequest{SecretName: tea.String(secretName), SecretData: tea.String("other"), VersionId: tea.String("v2")})
			return wantAlreadyExists(err)
		}},
		{name: "GetSecretValue by name", run: func(s *kmsState) error {
			b, err := s.getSecret()
			if err != nil {
				return err
			}
			if got := tea.StringValue(b.SecretData); got != secretData {
				return fmt.Errorf("SecretData %q, want %q", got, secretData)
			}
			if got := tea.StringValue(b.VersionId); got != "v1" {
				return fmt.Errorf("VersionId %q, want v1", got)
			}
			return nil
		}},
		// ExtendedConfig.CustomData is a map the metadata sends as its JSON text (style json)
		// and the pages type Json; the official SDK flattens it further
		// (ExtendedConfig.CustomData.DBName=app), which the mock takes as the same value.
		{name: "UpdateSecret with ExtendedConfig.CustomData", run: func(s *kmsState) error {
			_, err := s.c.UpdateSecret(&kms.UpdateSecretRequest{SecretName: tea.String(secretName), Description: tea.String("db"),
				ExtendedConfig: &kms.UpdateSecretRequestExtendedConfig{CustomData: map[string]any{"DBName": "app", "Port": "3306"}}})
			return err
		}},
		{name: "DeleteSecret", run: func(s *kmsState) error {
			_, err := s.c.DeleteSecret(&kms.DeleteSecretRequest{SecretName: tea.String(secretName), ForceDeleteWithoutRecovery: tea.String("true")})
			return err
		}},
		{name: "GetSecretValue after delete: not found", run: func(s *kmsState) error {
			_, err := s.getSecret()
			return wantNotFound(err)
		}},
	},
}

func TestKMSKeys(t *testing.T)    { kmsKeys.run(t) }
func TestKMSSecrets(t *testing.T) { kmsSecrets.run(t) }
