package mock

import (
	"hash/fnv"
	"sync"
)

// splitmix64 is a tiny, fast, seedable generator: reproducible across platforms and Go
// versions, unlike math/rand's unexported algorithms.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// rng is a deterministic random source; it is not safe for concurrent use on its own.
type rng struct{ state uint64 }

func newRNG(seed uint64, salt string) *rng {
	h := fnv.New64a()
	h.Write([]byte(salt))
	return &rng{state: seed ^ h.Sum64()}
}

func (r *rng) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	return splitmix64(r.state)
}

func (r *rng) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return int(r.next() % uint64(n))
}

// float returns a value in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

func (r *rng) word(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = idAlphabet[r.intn(len(idAlphabet))]
	}
	return string(b)
}

// lockedRNG is an rng shared by concurrent requests.
type lockedRNG struct {
	mu sync.Mutex
	r  *rng
}

func (l *lockedRNG) word(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.word(n)
}

func (l *lockedRNG) float() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.float()
}

func (l *lockedRNG) intn(n int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.intn(n)
}

// requestID is a UUID-shaped, upper-case request ID determined by the seed and a counter,
// as Alibaba Cloud writes them ("0441BD79-92F3-53AA-8657-F8CE4A2B912A").
func requestID(seed, n uint64) string {
	a := splitmix64(seed ^ splitmix64(n))
	b := splitmix64(a ^ n)
	// Same text as fmt.Sprintf("%08X-%04X-%04X-%04X-%012X", ...), without fmt's cost.
	var buf [36]byte
	putHex(buf[0:8], a>>32)
	buf[8] = '-'
	putHex(buf[9:13], a>>16)
	buf[13] = '-'
	putHex(buf[14:18], a)
	buf[18] = '-'
	putHex(buf[19:23], b>>48)
	buf[23] = '-'
	putHex(buf[24:36], b)
	return string(buf[:])
}

// putHex writes the len(dst) low hex digits of v, upper case, zero-padded.
func putHex(dst []byte, v uint64) {
	const digits = "0123456789ABCDEF"
	for i := len(dst) - 1; i >= 0; i-- {
		dst[i] = digits[v&0xF]
		v >>= 4
	}
}
