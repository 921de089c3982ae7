package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's log goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs gen serve behind each HTTP front end: an unsigned call is refused with
// Alibaba's error, logged without secrets, and the server stops on cancel.
func TestServe(t *testing.T) {
	for _, front := range []string{"mock", "std"} {
		t.Run(front, func(t *testing.T) { testServe(t, front) })
	}
}

func testServe(t *testing.T, front string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, stdio{out: &out, err: &errb}, []string{
			"--spec", "../../specs/eiam/2021-12-01.yaml", "--spec", "../../specs/rocketmq/2022-08-01.yaml",
			"--addr", "127.0.0.1:0", "--ak", "testid:supersecret", "--token", "tok-secret", "--http", front,
		}, func(a string) { addrc <- a })
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve ended early: %v (%s)", err, errb.String())
	}
	r, _ := http.NewRequest("POST", "http://"+addr+"/", nil)
	r.Header.Set("x-acs-action", "CreateInstance")
	r.Header.Set("x-acs-version", "2021-12-01")
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 400 || !strings.Contains(string(b), "IncompleteSignature") {
		t.Fatalf("unsigned call with --ak: %d %s", resp.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	log := errb.String()
	if !strings.Contains(log, "POST / CreateInstance 400 IncompleteSignature") {
		t.Fatalf("request log: %q", log)
	}
	if strings.Contains(log+out.String(), "supersecret") || strings.Contains(log+out.String(), "tok-secret") {
		t.Fatal("a secret reached the output")
	}
	if !strings.Contains(out.String(), "stopped") {
		t.Fatalf("stdout: %q", out.String())
	}
}

func TestServeUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if err := serve(context.Background(), stdio{out: &out, err: &errb}, []string{"--ak", "x"}, nil); err == nil {
		t.Fatal("no spec accepted")
	}
	if err := serve(context.Background(), stdio{out: &out, err: &errb}, []string{"--spec", "../../specs/eiam/2021-12-01.yaml", "--ak", "nosecret"}, nil); err == nil || strings.Contains(err.Error(), "nosecret") {
		t.Fatalf("bad --ak: %v", err)
	}
}
