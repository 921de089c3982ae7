package scrape

import (
	"errors"
	"io"
	"os"
)

// errTooBig is returned by readPageFile for a file over MaxPageSize.
var errTooBig = errors.New("page too big")

// readPageFile reads a page file whole. A file over MaxPageSize is errTooBig with its size
// (a file that grows while it is read is cut at the limit and refused the same way).
func readPageFile(path string) ([]byte, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > MaxPageSize {
		return nil, st.Size(), errTooBig
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxPageSize+1))
	if err != nil {
		return nil, 0, &os.PathError{Op: "read", Path: path, Err: err}
	}
	if len(data) > MaxPageSize {
		return nil, int64(len(data)), errTooBig
	}
	return data, int64(len(data)), nil
}
