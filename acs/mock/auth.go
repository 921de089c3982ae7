package mock

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/opspec"
)

// authenticate checks the credentials of a request for an operation and returns the
// account the request acts for. Secrets never appear in the errors it returns.
func (s *Server) authenticate(r *http.Request, query url.Values, raw []byte, rt *route) (string, *Error) {
	switch rt.auth {
	case opspec.AuthAnonymous:
		return "anonymous", nil
	case opspec.AuthBearer:
		return s.bearer(r)
	}
	akid := accessKeyID(r, query)
	if !s.verifySigs {
		if akid == "" {
			return "anonymous", nil
		}
		return akid, nil
	}
	err := acs.Verify(r, raw, func(id string) (string, bool) {
		sec, ok := s.cfg.keys[id]
		return sec, ok
	})
	if err != nil {
		var se *acs.SignatureError
		if errors.As(err, &se) {
			status := http.StatusBadRequest
			if se.Code == "InvalidAccessKeyId.NotFound" {
				status = http.StatusNotFound
			}
			return "", &Error{Status: status, Code: se.Code, Message: se.Message}
		}
		return "", Errorf(http.StatusBadRequest, "IncompleteSignature", "The request signature does not conform to Aliyun standards.")
	}
	date, nonce := r.Header.Get("x-acs-date"), r.Header.Get("x-acs-signature-nonce")
	if !strings.HasPrefix(r.Header.Get("Authorization"), acs.AlgorithmV3) {
		q := r.URL.Query()
		date, nonce = q.Get("Timestamp"), q.Get("SignatureNonce")
	}
	if e := s.checkDate(date); e != nil {
		return "", e
	}
	if nonce == "" {
		return "", Errorf(http.StatusBadRequest, "MissingSignatureNonce", "MissingParameter: SignatureNonce is mandatory for this action.")
	}
	if !s.nonces.add(akid+"\x00"+nonce, s.cfg.now()) {
		return "", Errorf(http.StatusBadRequest, "SignatureNonceUsed", "Specified signature nonce was used already.")
	}
	return akid, nil
}

func (s *Server) checkDate(v string) *Error {
	if v == "" {
		return Errorf(http.StatusBadRequest, "MissingTimestamp", "MissingParameter: x-acs-date (Timestamp) is mandatory for this action.")
	}
	t, err := time.Parse("2006-01-02T15:04:05Z", v)
	if err != nil {
		return Errorf(http.StatusBadRequest, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
	}
	if d := s.cfg.now().Sub(t); d > s.cfg.maxSkew || d < -s.cfg.maxSkew {
		return Errorf(http.StatusBadRequest, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
	}
	return nil
}

// bearer checks "Authorization: Bearer <token>". The account is a fingerprint of the
// token, never the token itself (state dumps and journals are not secret).
func (s *Server) bearer(r *http.Request) (string, *Error) {
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	tok = strings.TrimSpace(tok)
	if !ok || tok == "" {
		if !s.checkBearer {
			return "anonymous", nil
		}
		return "", Errorf(http.StatusUnauthorized, "InvalidAuthorization.Missing", "The Authorization header must carry a bearer token (Authorization: Bearer <access_token>).")
	}
	if s.checkBearer && len(s.cfg.tokens) > 0 && !s.cfg.tokens[tok] {
		return "", Errorf(http.StatusUnauthorized, "InvalidAuthorization.Token", "The bearer token is invalid or expired.")
	}
	return tokenAccount(tok), nil
}

func tokenAccount(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return "token-" + hex.EncodeToString(sum[:6])
}

// accessKeyID reads the AccessKey ID of a V3 or V2 request without verifying anything.
func accessKeyID(r *http.Request, query url.Values) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, acs.AlgorithmV3+" ") {
		id, _, _, _ := acs.ParseAuthorizationV3(h)
		return id
	}
	return query.Get("AccessKeyId")
}

// nonceCache remembers recently used signature nonces, bounded in size: the oldest are
// forgotten first, and none older than the date skew matters anyway.
//
// The ring grows as nonces arrive, up to size: a server that checks no signatures never
// holds (and the garbage collector never scans) 2^18 empty slots.
type nonceCache struct {
	mu   sync.Mutex
	seen map[string]time.Time
	ring []string
	size int
	next int
	skew time.Duration
}

func newNonceCache(size int, skew time.Duration) *nonceCache {
	return &nonceCache{seen: map[string]time.Time{}, size: size, skew: skew}
}

// add records a nonce; false when it was seen within the skew window.
func (c *nonceCache) add(n string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t, ok := c.seen[n]; ok && now.Sub(t) <= 2*c.skew {
		return false
	}
	if len(c.ring) < c.size {
		c.ring = append(c.ring, n)
	} else {
		if old := c.ring[c.next]; old != "" {
			delete(c.seen, old)
		}
		c.ring[c.next] = n
		c.next = (c.next + 1) % len(c.ring)
	}
	c.seen[n] = now
	return true
}

func (c *nonceCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.seen)
	clear(c.ring)
	c.ring = c.ring[:0]
	c.next = 0
}
