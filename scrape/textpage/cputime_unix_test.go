//go:build unix

package textpage

import "syscall"

// processCPU returns the CPU time (user + system) the test process has used so far. Under
// load from other processes wall time per op swings widely; CPU time per op does not.
func processCPU() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
