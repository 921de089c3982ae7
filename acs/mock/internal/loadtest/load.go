package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file is the load itself: N keep-alive connections, each writing pre-built requests
// and reading the answers one at a time (no pipelining), as N synchronous SDK clients do.

// loadSpec is one measured (or warm-up) run.
type loadSpec struct {
	addr     string
	conns    int
	total    int           // requests over all connections; 0 with a duration
	duration time.Duration // 0 with a count
	// seqs[i] is what connection i sends, in order, cycling when it runs out (only
	// unsigned requests are repeated; signed ones are built one per request).
	seqs [][][]byte
}

// loadResult is what a run measured.
type loadResult struct {
	requests int
	elapsed  time.Duration
	lat      []time.Duration // sorted
	errors   map[string]int  // "409 EntityAlreadyExists.X", "io: ..." → count
	okByName map[string]int  // successful answers by mix name
}

// connLoad is one connection's share.
type connLoad struct {
	seq   [][]byte
	names []string // mix name of seq[i]
	count int      // -1: until the deadline
}

type connResult struct {
	lat    []time.Duration
	errors map[string]int
	ok     map[string]int
}

func runLoad(ls loadSpec, names [][]string) (loadResult, error) {
	var res loadResult
	if ls.conns <= 0 || len(ls.seqs) != ls.conns {
		return res, errors.New("internal: one request sequence per connection")
	}
	shares := make([]connLoad, ls.conns)
	for i := range shares {
		shares[i] = connLoad{seq: ls.seqs[i], names: names[i], count: -1}
		if ls.total > 0 {
			shares[i].count = ls.total / ls.conns
			if i < ls.total%ls.conns {
				shares[i].count++
			}
		}
	}
	var deadline time.Time
	start := time.Now()
	if ls.duration > 0 {
		deadline = start.Add(ls.duration)
	}
	out := make([]connResult, ls.conns)
	errc := make(chan error, ls.conns)
	var wg sync.WaitGroup
	for i := range shares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := drive(ls.addr, shares[i], deadline)
			out[i] = r
			if err != nil {
				errc <- fmt.Errorf("connection %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	close(errc)
	if err := <-errc; err != nil {
		return res, err
	}
	res.errors, res.okByName = map[string]int{}, map[string]int{}
	for _, r := range out {
		res.lat = append(res.lat, r.lat...)
		for k, v := range r.errors {
			res.errors[k] += v
		}
		for k, v := range r.ok {
			res.okByName[k] += v
		}
	}
	res.requests = len(res.lat)
	slices.Sort(res.lat)
	return res, nil
}

// maxIOErrors stops a connection that keeps failing (the server is gone).
const maxIOErrors = 10

// drive sends one connection's share. Protocol failures are counted as errors and the
// connection is redialled; only a server that cannot be reached at all is an error.
func drive(addr string, share connLoad, deadline time.Time) (connResult, error) {
	res := connResult{errors: map[string]int{}, ok: map[string]int{}}
	if share.count > 0 {
		res.lat = make([]time.Duration, 0, share.count)
	}
	var conn net.Conn
	var rd *reader
	dial := func() error {
		if conn != nil {
			conn.Close()
		}
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err
		}
		conn, rd = c, newReader(c)
		return nil
	}
	if err := dial(); err != nil {
		return res, err
	}
	defer func() { conn.Close() }()
	ioErrors := 0
	for k := 0; share.count < 0 || k < share.count; k++ {
		if !deadline.IsZero() && k&63 == 0 && time.Now().After(deadline) {
			break
		}
		req, name := share.seq[k%len(share.seq)], share.names[k%len(share.names)]
		t0 := time.Now()
		_, err := conn.Write(req)
		var resp response
		if err == nil {
			resp, err = rd.next()
		}
		res.lat = append(res.lat, time.Since(t0))
		if err != nil {
			res.errors["io: "+ioClass(err)]++
			if ioErrors++; ioErrors > maxIOErrors {
				return res, fmt.Errorf("%d I/O errors, last: %w", ioErrors, err)
			}
			if err := dial(); err != nil {
				return res, err
			}
			continue
		}
		if resp.status == 200 {
			res.ok[name]++
		} else {
			res.errors[strconv.Itoa(resp.status)+" "+errorCode(resp.body)]++
		}
		if resp.close {
			if err := dial(); err != nil {
				return res, err
			}
		}
	}
	return res, nil
}

// ioClass shortens an I/O error for counting ("connection reset by peer", "EOF").
func ioClass(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

// errorCode reads Code (RPC) or code (ROA) from an error envelope.
func errorCode(body []byte) string {
	var env struct {
		Code  string `json:"Code"`
		Lower string `json:"code"`
	}
	if json.Unmarshal(body, &env) != nil {
		return "(no JSON envelope)"
	}
	if env.Code != "" {
		return env.Code
	}
	return env.Lower
}

// percentile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p/100*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// errorLines lists error counts, most frequent first.
func errorLines(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s: %d", k, m[k])
	}
	return out
}
