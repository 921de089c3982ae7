package gogenerate

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"

	"example.com/gogenerate/eiam20211201"
	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// TestClientAgainstMock calls the generated client against acsgen's mock server, which
// checks the ACS3 signature and the documented parameters.
func TestClientAgainstMock(t *testing.T) {
	spec, err := opspec.LoadFile("../../specs/eiam/2021-12-01.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := mock.New([]*opspec.Spec{spec}, mock.WithAccessKey("testid", "testsecret"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m)
	defer srv.Close()

	c, err := eiam20211201.NewClient(
		eiam20211201.WithEndpoint(srv.URL),
		eiam20211201.WithCredentials(acs.StaticCredentials("testid", "testsecret", "")),
	)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	created, err := c.CreateInstance(ctx, &eiam20211201.CreateInstanceRequest{Description: "example"})
	if err != nil {
		t.Fatal(err)
	}
	if created.InstanceId == "" {
		t.Fatalf("CreateInstance returned no InstanceId: %+v", created)
	}
	got, err := c.GetInstance(ctx, &eiam20211201.GetInstanceRequest{InstanceId: created.InstanceId})
	if err != nil {
		t.Fatal(err)
	}
	if got.Instance.InstanceId == "" {
		t.Errorf("GetInstance: %+v", got)
	}
	if n := m.Count("GetInstance"); n != 1 {
		t.Errorf("mock saw %d GetInstance calls", n)
	}

	// Validation happens before the network.
	var ve *eiam20211201.ValidationError
	if _, err := c.GetInstance(ctx, &eiam20211201.GetInstanceRequest{}); !errors.As(err, &ve) {
		t.Errorf("missing InstanceId: %v", err)
	}

	// A wrong secret is refused by the mock with a typed error.
	bad, _ := eiam20211201.NewClient(eiam20211201.WithEndpoint(srv.URL),
		eiam20211201.WithCredentials(acs.StaticCredentials("testid", "wrong", "")),
		eiam20211201.WithRetry(acs.RetryPolicy{MaxAttempts: 1}))
	var ae *acs.Error
	if _, err := bad.GetInstance(ctx, &eiam20211201.GetInstanceRequest{InstanceId: created.InstanceId}); !errors.As(err, &ae) || ae.StatusCode < 400 {
		t.Errorf("wrong secret: %v", err)
	}
}
