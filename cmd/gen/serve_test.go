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

// startServe runs gen serve with args until stop, which fails the test unless serve
// stops cleanly within 10 s; out and errb are its standard output and error.
func startServe(t *testing.T, args ...string) (addr string, out, errb *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	out, errb = &syncBuffer{}, &syncBuffer{}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, stdio{out: out, err: errb}, args, func(a string) { addrc <- a }) }()
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve ended early: %v (%s)", err, errb.String())
	}
	return addr, out, errb, func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop after cancel")
		}
	}
}

// TestServe runs gen serve: an unsigned call is refused with
// Alibaba's error, logged without secrets, and the server stops on cancel.
func TestServe(t *testing.T) {
	addr, out, errb, stop := startServe(t, "--spec", "../../specs/eiam/2021-12-01.yaml", "--spec", "../../specs/rocketmq/2022-08-01.yaml",
		"--addr", "127.0.0.1:0", "--ak", "testid:supersecret", "--token", "tok-secret")
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
	stop()
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

// TestServeControlToken: with --control-token the control API wants the token; the start
// line says so.
func TestServeControlToken(t *testing.T) {
	addr, out, errb, stop := startServe(t, "--spec", "../../specs/eiam/2021-12-01.yaml", "--addr", "127.0.0.1:0", "--control-token", "ctl-secret")
	get := func(token string) int {
		r, _ := http.NewRequest("GET", "http://"+addr+"/_acsgen/requests", nil)
		if token != "" {
			r.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := get(""); st != http.StatusUnauthorized {
		t.Errorf("control API without the token: %d", st)
	}
	if st := get("wrong"); st != http.StatusUnauthorized {
		t.Errorf("control API with a wrong token: %d", st)
	}
	if st := get("ctl-secret"); st != http.StatusOK {
		t.Errorf("control API with the token: %d", st)
	}
	stop()
	if !strings.Contains(out.String(), "control token required") {
		t.Errorf("start line does not say the token is required: %q", out.String())
	}
	if strings.Contains(out.String()+errb.String(), "ctl-secret") {
		t.Error("the control token reached the output")
	}
}
