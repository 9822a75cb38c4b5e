package s3store

import (
	"bufio"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Client-side encryption format, version 1 ("client-aes256gcm-v1").
//
// An object is a 44-byte header followed by chunks:
//
//	header  = magic "TTHRENC" (7 bytes) | version 0x01 | chunk size (uint32,
//	          big-endian, plaintext bytes per chunk; 65536) | salt (32 bytes)
//	chunk i = nonce (12 bytes) | AES-256-GCM ciphertext of plaintext
//	          bytes [i*chunk, (i+1)*chunk) | tag (16 bytes)
//
// Every chunk holds a full chunk of plaintext except the last, which holds
// 0 to chunk-size bytes; an empty object is the header and one empty final
// chunk. The object is 44 + size + 28*max(1, ceil(size/65536)) bytes.
//
// Keys: from ClientKey and the salt, HKDF-SHA256 derives the object's
// AES-256-GCM key (info "tether s3store v1 aes-256-gcm") and a nonce key
// (info "tether s3store v1 nonce"). Each chunk's nonce is the first 12
// bytes of HMAC-SHA256(nonce key, i | final | plaintext) (a synthetic IV),
// so a nonce is only ever reused for the very same chunk, and resuming an
// upload re-creates byte-identical parts. Each chunk's additional
// authenticated data is header | i (uint64 big-endian) | final (1 byte:
// 1 on the last chunk) | the key given to Put, without Prefix. So
// changing, swapping, reordering, truncating or extending chunks, editing
// the header, or moving the object to another key fails to decrypt
// (ErrTampered).
//
// Put salts each object randomly. PutResumable salts multipart uploads
// with HMAC-SHA256(ClientKey, "tether s3store v1 resume salt" | 0 |
// upload ID | 0 | full key), so a resumed upload rebuilds the same bytes.
const (
	encMagic     = "TTHRENC"
	encVersion   = 1
	encChunk     = 64 << 10
	encSaltLen   = 32
	encHeaderLen = len(encMagic) + 1 + 4 + encSaltLen
	encNonceLen  = 12
	encTagLen    = 16
	encOverhead  = encNonceLen + encTagLen
	// encScheme is the value of the object's
	// Tether-S3store-Encryption metadata.
	encScheme = "client-aes256gcm-v1"
	// the largest chunk a reader accepts from a header
	maxEncChunk = 16 << 20
)

// encryptedSize is the object size for a plaintext of size bytes.
func encryptedSize(size int64) int64 {
	n := (size + encChunk - 1) / encChunk
	if n == 0 {
		n = 1
	}
	return int64(encHeaderLen) + size + n*encOverhead
}

// plaintextSize inverts encryptedSize for version-1 objects.
func plaintextSize(enc int64) (int64, error) {
	body := enc - int64(encHeaderLen)
	if body < encOverhead {
		return 0, fmt.Errorf("%d bytes is too short for a client-side encrypted object", enc)
	}
	n := (body + encChunk + encOverhead - 1) / (encChunk + encOverhead)
	size := body - n*encOverhead
	if size < 0 || encryptedSize(size) != enc {
		return 0, fmt.Errorf("%d bytes is not the size of a client-side encrypted object", enc)
	}
	return size, nil
}

// sealer holds one object's keys.
type sealer struct {
	header   []byte
	aead     cipher.AEAD
	nonceKey []byte
	objKey   string // the caller's key, bound into every chunk
	chunk    int
}

func newSealer(clientKey, salt []byte, chunk int, objKey string) (*sealer, error) {
	h := make([]byte, 0, encHeaderLen)
	h = append(h, encMagic...)
	h = append(h, encVersion)
	h = binary.BigEndian.AppendUint32(h, uint32(chunk))
	h = append(h, salt...)
	return newSealerFromHeader(clientKey, h, objKey)
}

func newSealerFromHeader(clientKey, header []byte, objKey string) (*sealer, error) {
	if len(header) != encHeaderLen || string(header[:len(encMagic)]) != encMagic {
		return nil, errors.New("no client-side encryption header")
	}
	if v := header[len(encMagic)]; v != encVersion {
		return nil, fmt.Errorf("client-side encryption version %d is not supported", v)
	}
	chunk := int(binary.BigEndian.Uint32(header[len(encMagic)+1:]))
	if chunk < 1 || chunk > maxEncChunk {
		return nil, fmt.Errorf("client-side encryption chunk size %d is out of range", chunk)
	}
	salt := header[len(encMagic)+5:]
	key, err := hkdf.Key(sha256.New, clientKey, salt, "tether s3store v1 aes-256-gcm", 32)
	if err != nil {
		return nil, err
	}
	nonceKey, err := hkdf.Key(sha256.New, clientKey, salt, "tether s3store v1 nonce", 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &sealer{header: append([]byte(nil), header...), aead: aead, nonceKey: nonceKey, objKey: objKey, chunk: chunk}, nil
}

func randomSalt() []byte {
	salt := make([]byte, encSaltLen)
	if _, err := rand.Read(salt); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return salt
}

// resumeSalt is the salt of a PutResumable multipart upload.
func resumeSalt(clientKey []byte, uploadID, fullKey string) []byte {
	m := hmac.New(sha256.New, clientKey)
	m.Write([]byte("tether s3store v1 resume salt\x00"))
	m.Write([]byte(uploadID))
	m.Write([]byte{0})
	m.Write([]byte(fullKey))
	return m.Sum(nil)
}

func (s *sealer) aad(i uint64, final bool) []byte {
	a := make([]byte, 0, len(s.header)+9+len(s.objKey))
	a = append(a, s.header...)
	a = binary.BigEndian.AppendUint64(a, i)
	if final {
		a = append(a, 1)
	} else {
		a = append(a, 0)
	}
	return append(a, s.objKey...)
}

// seal appends chunk i's nonce, ciphertext and tag to dst.
func (s *sealer) seal(dst, plain []byte, i uint64, final bool) []byte {
	m := hmac.New(sha256.New, s.nonceKey)
	var hdr [9]byte
	binary.BigEndian.PutUint64(hdr[:], i)
	if final {
		hdr[8] = 1
	}
	m.Write(hdr[:])
	m.Write(plain)
	nonce := m.Sum(nil)[:encNonceLen]
	dst = append(dst, nonce...)
	return s.aead.Seal(dst, nonce, plain, s.aad(i, final))
}

// open decrypts chunk i (nonce|ciphertext|tag), appending to dst.
func (s *sealer) open(dst, chunk []byte, i uint64, final bool) ([]byte, error) {
	if len(chunk) < encOverhead {
		return nil, ErrTampered
	}
	out, err := s.aead.Open(dst, chunk[:encNonceLen], chunk[encNonceLen:], s.aad(i, final))
	if err != nil {
		return nil, ErrTampered
	}
	return out, nil
}

// encryptReader encrypts a stream of unknown length as it is read.
type encryptReader struct {
	src   *bufio.Reader
	s     *sealer
	plain []byte
	out   []byte // encrypted bytes not yet returned
	i     uint64
	done  bool
	err   error
}

func newEncryptReader(src io.Reader, s *sealer) *encryptReader {
	return &encryptReader{
		src:   bufio.NewReaderSize(src, s.chunk+1),
		s:     s,
		plain: make([]byte, s.chunk),
		out:   append(make([]byte, 0, s.chunk+encOverhead), s.header...),
	}
}

func (r *encryptReader) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.done {
			return 0, io.EOF
		}
		r.fill()
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

// fill encrypts the next chunk; it is final when the source ends within
// or right after it.
func (r *encryptReader) fill() {
	n, err := io.ReadFull(r.src, r.plain)
	final := false
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		final = true
	case err != nil:
		r.err = err
		return
	default:
		if _, perr := r.src.Peek(1); perr == io.EOF {
			final = true
		} else if perr != nil {
			r.err = perr
			return
		}
	}
	// n is 0 only for an empty object, whose one chunk is empty.
	r.out = r.s.seal(r.out[:0], r.plain[:n], r.i, final)
	r.i++
	r.done = final
}

// encryptedSource reads any range of an object's encrypted form from its
// plaintext, for resumable uploads; its output is deterministic.
type encryptedSource struct {
	src   io.ReaderAt
	size  int64 // plaintext size
	s     *sealer
	plain []byte
	ct    []byte
}

func newEncryptedSource(src io.ReaderAt, size int64, s *sealer) *encryptedSource {
	return &encryptedSource{src: src, size: size, s: s, plain: make([]byte, s.chunk), ct: make([]byte, 0, s.chunk+encOverhead)}
}

// readAt fills p with the encrypted bytes at offset off.
func (e *encryptedSource) readAt(p []byte, off int64) error {
	total := encryptedSize(e.size)
	if off < 0 || off+int64(len(p)) > total {
		return fmt.Errorf("encrypted range [%d, %d) outside the object's %d bytes", off, off+int64(len(p)), total)
	}
	chunkCT := int64(e.s.chunk + encOverhead)
	nChunks := (total - int64(encHeaderLen) + chunkCT - 1) / chunkCT
	for len(p) > 0 {
		if off < int64(encHeaderLen) {
			n := copy(p, e.s.header[off:])
			p, off = p[n:], off+int64(n)
			continue
		}
		i := (off - int64(encHeaderLen)) / chunkCT
		within := (off - int64(encHeaderLen)) - i*chunkCT
		start := i * int64(e.s.chunk)
		plainLen := int64(e.s.chunk)
		if rest := e.size - start; rest < plainLen {
			plainLen = rest
		}
		if err := readFullAt(e.src, e.plain[:plainLen], start); err != nil {
			return fmt.Errorf("read plaintext at %d: %w", start, err)
		}
		e.ct = e.s.seal(e.ct[:0], e.plain[:plainLen], uint64(i), i == nChunks-1)
		n := copy(p, e.ct[within:])
		p, off = p[n:], off+int64(n)
	}
	return nil
}

// decryptReader authenticates and decrypts an object as it is read.
type decryptReader struct {
	body  io.ReadCloser
	src   *bufio.Reader
	key   []byte
	obj   string
	s     *sealer
	buf   []byte
	plain []byte
	out   []byte
	i     uint64
	done  bool
	err   error
	wrapf func(error) error
}

func newDecryptReader(body io.ReadCloser, clientKey []byte, objKey string, wrapf func(error) error) *decryptReader {
	return &decryptReader{body: body, src: bufio.NewReaderSize(body, 64<<10), key: clientKey, obj: objKey, wrapf: wrapf}
}

func (r *decryptReader) Close() error { return r.body.Close() }

func (r *decryptReader) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.done {
			return 0, io.EOF
		}
		if err := r.next(); err != nil {
			r.err = r.wrapf(err)
		}
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

func (r *decryptReader) next() error {
	if r.s == nil {
		h := make([]byte, encHeaderLen)
		if _, err := io.ReadFull(r.src, h); err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return fmt.Errorf("%w: no client-side encryption header", ErrTampered)
			}
			return err
		}
		s, err := newSealerFromHeader(r.key, h, r.obj)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrTampered, err)
		}
		r.s = s
		r.buf = make([]byte, s.chunk+encOverhead)
		r.plain = make([]byte, 0, s.chunk)
	}
	n, err := io.ReadFull(r.src, r.buf)
	final := false
	switch {
	case err == io.EOF:
		return fmt.Errorf("%w: the object ends before its final chunk", ErrTampered)
	case err == io.ErrUnexpectedEOF:
		final = true
	case err != nil:
		return err
	default:
		if _, perr := r.src.Peek(1); perr == io.EOF {
			final = true
		} else if perr != nil {
			return perr
		}
	}
	out, oerr := r.s.open(r.plain[:0], r.buf[:n], r.i, final)
	if oerr != nil {
		return fmt.Errorf("%w: chunk %d", ErrTampered, r.i)
	}
	r.out = out
	r.i++
	r.done = final
	return nil
}
