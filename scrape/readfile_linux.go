package scrape

import (
	"io"
	"io/fs"
	"syscall"
)

// rawFile reads a page file with plain system calls. os.Open would also put the
// descriptor in non-blocking mode, try to register it with the network poller (which
// refuses regular files), put it back and set a finalizer: four more system calls and an
// allocation per page, a measurable share of scraping a directory of small pages.
type rawFile struct {
	fd   int
	path string
	sz   int64
}

func (f *rawFile) size() int64 { return f.sz }

func (f *rawFile) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.path, Err: err}
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// readPageFile reads the file at path into buf; see readInto.
func readPageFile(path string, buf []byte) ([]byte, int64, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return buf[:0], 0, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	f := &rawFile{fd: fd, path: path, sz: -1}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		f.sz = st.Size
	}
	return readInto(f, buf)
}
