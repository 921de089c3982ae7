//go:build !unix

package scrape

import "time"

// cpuTime is not measured on this platform: the benchmarks then report no CPU rate.
func cpuTime() time.Duration { return 0 }
