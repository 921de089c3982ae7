package mock

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// kmsCrypto is the built-in KMS behaviour, written with the public hook API only (it is
// the worked example of docs/MOCK-BEHAVIOUR.md): Encrypt, Decrypt and GenerateDataKey round
// trip. A ciphertext blob is not encrypted: it is base64 of a marked JSON record of the key,
// the plaintext and the encryption context, so that Decrypt gives back the plaintext only
// with the same context, names the key, and fails once the key is disabled or gone.
func kmsCrypto() Behaviour {
	return Behaviour{
		Name:    "kms-crypto",
		Product: "Kms",
		Handlers: map[string]Handler{
			"Encrypt":         kmsEncrypt,
			"Decrypt":         kmsDecrypt,
			"GenerateDataKey": kmsGenerateDataKey,
		},
	}
}

const blobMark = "acsgen-mock-kms:"

type kmsBlob struct {
	Key       string `json:"k"`
	Plaintext string `json:"p"`
	Context   string `json:"c,omitempty"`
}

// kmsKey checks that the key exists (when the spec can create keys) and is enabled; it
// returns the key's ID as stored.
func kmsKey(c *Call, id string) (string, error) {
	if !c.Stateful("Key") {
		return id, nil // keys cannot be created with this spec: take the caller's word
	}
	key, ok := c.Resource("Key", id)
	if !ok {
		return "", c.NotFound("Key", id)
	}
	if st, _ := key["keystate"].(string); st != "" && st != "Enabled" {
		code := "Rejected.Unavailable"
		switch st {
		case "Disabled":
			code = "Rejected.Disabled"
		case "PendingDeletion":
			code = "Rejected.PendingDeletion"
		}
		return "", c.Documented(code, Errorf(http.StatusConflict, code, "The request was rejected because the key %q is %s.", id, st))
	}
	if s := scalarString(key["keyid"]); s != "" {
		return s, nil
	}
	return id, nil
}

// encryptionContext is the context's canonical JSON text ("" when none): an object
// parameter, or its JSON text.
func encryptionContext(c *Call) string {
	v, ok := c.Param("EncryptionContext")
	if !ok {
		return ""
	}
	if s, isText := v.(string); isText {
		if strings.TrimSpace(s) == "" {
			return ""
		}
		d, ok := decodeJSONValue(s)
		if !ok {
			return s
		}
		v = d
	}
	b, err := json.Marshal(v)
	if err != nil || string(b) == "{}" || string(b) == "null" {
		return ""
	}
	return string(b)
}

func sealBlob(b kmsBlob) string {
	j, _ := json.Marshal(b)
	return base64.StdEncoding.EncodeToString(append([]byte(blobMark), j...))
}

// kmsAnswer starts from the generated answer and sets the given fields (the generated
// answer has every documented field).
func kmsAnswer(c *Call, fields map[string]any) (any, error) {
	out, err := c.Default()
	if err != nil {
		return nil, err
	}
	m, _ := out.(map[string]any)
	if m == nil {
		return out, nil
	}
	for k, v := range fields {
		if _, ok := m[k]; ok {
			m[k] = v
		}
	}
	return m, nil
}

func kmsEncrypt(_ context.Context, c *Call) (any, error) {
	id, err := kmsKey(c, c.String("KeyId"))
	if err != nil {
		return nil, err
	}
	blob := sealBlob(kmsBlob{Key: id, Plaintext: c.String("Plaintext"), Context: encryptionContext(c)})
	return kmsAnswer(c, map[string]any{"KeyId": id, "CiphertextBlob": blob})
}

func kmsDecrypt(_ context.Context, c *Call) (any, error) {
	bad := Errorf(http.StatusBadRequest, "InvalidParameter", "InvalidParameter: CiphertextBlob: not a ciphertext this mock made, or the EncryptionContext differs.")
	raw, err := base64.StdEncoding.DecodeString(c.String("CiphertextBlob"))
	rest, marked := strings.CutPrefix(string(raw), blobMark)
	var b kmsBlob
	if err != nil || !marked || json.Unmarshal([]byte(rest), &b) != nil || b.Context != encryptionContext(c) {
		return nil, c.Documented("InvalidParameter", bad)
	}
	if _, err := kmsKey(c, b.Key); err != nil {
		return nil, err
	}
	return kmsAnswer(c, map[string]any{"KeyId": b.Key, "Plaintext": b.Plaintext})
}

func kmsGenerateDataKey(_ context.Context, c *Call) (any, error) {
	id, err := kmsKey(c, c.String("KeyId"))
	if err != nil {
		return nil, err
	}
	n := 32
	if c.String("KeySpec") == "AES_128" {
		n = 16
	}
	if v, err := strconv.Atoi(c.String("NumberOfBytes")); err == nil && v > 0 && v <= 1024 {
		n = v
	}
	// deterministic bytes: the mock's answers depend only on the seed and the requests
	key := make([]byte, 0, n+sha256.Size)
	for sum := sha256.Sum256([]byte(c.RequestID)); len(key) < n; sum = sha256.Sum256(sum[:]) {
		key = append(key, sum[:]...)
	}
	plain := base64.StdEncoding.EncodeToString(key[:n])
	blob := sealBlob(kmsBlob{Key: id, Plaintext: plain, Context: encryptionContext(c)})
	return kmsAnswer(c, map[string]any{"KeyId": id, "Plaintext": plain, "CiphertextBlob": blob})
}
