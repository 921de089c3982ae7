//go:build !linux

package scrape

import "os"

// osFile is an os.File that tells its size.
type osFile struct{ *os.File }

func (f osFile) size() int64 {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return -1
	}
	return st.Size()
}

// readPageFile reads the file at path into buf; see readInto.
func readPageFile(path string, buf []byte) ([]byte, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf[:0], 0, err
	}
	defer f.Close()
	return readInto(osFile{f}, buf)
}
