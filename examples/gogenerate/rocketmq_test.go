package gogenerate

import (
	"context"
	"errors"
	"testing"

	"example.com/gogenerate/generated/rocketmq20220801"
	"example.com/gogenerate/generated/rocketmq20220801/mockserver"
	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
)

// TestGeneratedClientAgainstGeneratedMock uses what `gen all` generated from the saved
// RocketMQ page: the client calls the mock over a real socket, the mock checks the ACS3
// signature and the documented parameters.
func TestGeneratedClientAgainstGeneratedMock(t *testing.T) {
	srv, m := mockserver.NewTestServer(t, mock.WithAccessKey("testid", "testsecret"))
	c, err := rocketmq20220801.NewClient(
		rocketmq20220801.WithEndpoint(srv.URL),
		rocketmq20220801.WithCredentials(acs.StaticCredentials("testid", "testsecret", "")),
	)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := c.CreateInstanceAccount(ctx, &rocketmq20220801.CreateInstanceAccountRequest{InstanceId: "rmq-1", Username: "u", Password: "p"}); err != nil {
		t.Fatal(err)
	}
	if n := m.Count("CreateInstanceAccount"); n != 1 {
		t.Errorf("mock saw %d calls, want 1", n)
	}
	// the generated client refuses an incomplete request before sending it
	_, err = c.CreateInstanceAccount(ctx, &rocketmq20220801.CreateInstanceAccountRequest{InstanceId: "rmq-1"})
	var verr *rocketmq20220801.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("missing username: err = %v, want a ValidationError", err)
	}
	if n := m.Count("CreateInstanceAccount"); n != 1 {
		t.Errorf("an invalid request reached the mock (%d calls)", n)
	}
}
