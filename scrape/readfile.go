package scrape

import (
	"errors"
	"fmt"
	"io"
)

// errTooBig is returned by the file readers for a file over MaxPageSize.
var errTooBig = errors.New("page too big")

// pageFile is an open page file, as the platform's reader gives it.
type pageFile interface {
	io.Reader
	// size is the file's size from the open descriptor, or -1.
	size() int64
}

// readInto reads f whole into buf (grown when needed, reused from page to page, so
// scraping thousands of files does not allocate one buffer each). It returns errTooBig,
// with the size, when the file is longer than MaxPageSize.
func readInto(f pageFile, buf []byte) ([]byte, int64, error) {
	hint := f.size()
	if hint > MaxPageSize {
		return buf[:0], hint, errTooBig
	}
	// One byte more than the size, so the EOF is seen without growing.
	if want := int(hint) + 1; hint >= 0 && cap(buf) < want {
		buf = make([]byte, 0, max(want, 2*cap(buf)))
	}
	if cap(buf) == 0 {
		buf = make([]byte, 0, 8<<10)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			if len(buf) > MaxPageSize {
				return buf[:0], int64(len(buf)), errTooBig
			}
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		if n < 0 {
			return buf[:0], 0, fmt.Errorf("read returned %d bytes", n)
		}
		buf = buf[:len(buf)+n]
		if err == io.EOF || hint > 0 && int64(len(buf)) == hint && err == nil {
			// EOF, or the file's size as it was when opened, read by a read that did not
			// fill the extra byte: the read that would only report EOF is saved. A file
			// that grew fills that byte, and is read on to its end.
			break
		}
		if err != nil {
			return buf[:0], 0, err
		}
	}
	if len(buf) > MaxPageSize {
		return buf[:0], int64(len(buf)), errTooBig
	}
	return buf, int64(len(buf)), nil
}
