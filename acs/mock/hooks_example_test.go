package mock_test

import (
	"context"
	"crypto/md5"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// A behaviour adds what the documentation cannot say: here ImportKeyPair computes the key
// pair's fingerprint from the public key, and stores it so that DescribeKeyPairs shows it.
func ExampleWithBehaviour() {
	spec, err := opspec.LoadFile("testdata/ecs.yaml")
	if err != nil {
		panic(err)
	}
	fingerprints := mock.Behaviour{
		Name:    "ecs-fingerprints",
		Product: "Ecs",
		Handlers: map[string]mock.Handler{
			"ImportKeyPair": func(ctx context.Context, c *mock.Call) (any, error) {
				out, err := c.Default() // the generated answer: stores the key pair
				if err != nil {
					return nil, err
				}
				sum := md5.Sum([]byte(c.String("PublicKeyBody")))
				fp := fmt.Sprintf("%x", sum[:4])
				out.(map[string]any)["KeyPairFingerPrint"] = fp
				c.UpdateResource("KeyPair", c.String("KeyPairName"), map[string]any{"KeyPairFingerPrint": fp})
				return out, nil
			},
		},
	}
	srv, err := mock.New([]*opspec.Spec{spec}, mock.WithBehaviour(fingerprints))
	if err != nil {
		panic(err)
	}
	call := func(action string, params url.Values) map[string]any {
		params.Set("RegionId", "cn-hangzhou")
		r := httptest.NewRequest(http.MethodPost, "/?"+params.Encode(), nil)
		r.Header.Set("x-acs-action", action)
		r.Header.Set("x-acs-version", "2014-05-26")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		var body map[string]any
		json.NewDecoder(strings.NewReader(w.Body.String())).Decode(&body)
		return body
	}
	imported := call("ImportKeyPair", url.Values{"KeyPairName": {"laptop"}, "PublicKeyBody": {"ssh-ed25519 AAAAC3Nza"}})
	fmt.Println("ImportKeyPair:", imported["KeyPairFingerPrint"])
	listed := call("DescribeKeyPairs", url.Values{"KeyPairName": {"laptop"}})
	pair := listed["KeyPairs"].(map[string]any)["KeyPair"].([]any)[0].(map[string]any)
	fmt.Println("DescribeKeyPairs:", pair["KeyPairName"], pair["KeyPairFingerPrint"])
	fmt.Println("behaviours:", srv.Behaviours())
	// Output:
	// ImportKeyPair: c9160b7e
	// DescribeKeyPairs: laptop c9160b7e
	// behaviours: [ecs-fingerprints]
}
