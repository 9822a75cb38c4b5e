package s3store

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/minio/minio-go/v7"
)

// PutResumable uploads size bytes of f under Prefix+key, going on with a
// pending multipart upload of the same key if there is one: parts the
// store already holds with the same bytes are not sent again (see the
// package doc). On failure the upload is left pending for the next call.
// f is read once, with concurrent ReadAt calls; memory stays near
// Concurrency*PartSize.
func (s *Store) PutResumable(ctx context.Context, key string, f io.ReaderAt, size int64, meta map[string]string) error {
	full, err := s.cfg.objectKey(key)
	if err != nil {
		return err
	}
	if size < 0 {
		return fmt.Errorf("s3store: PutResumable %q: size %d: the size must be known", key, size)
	}
	opts, err := s.putOptions(meta)
	if err != nil {
		return err
	}
	if err := s.checkPolicy(ctx, false); err != nil {
		return err
	}
	client := s.cfg.Encryption == EncryptionClient
	total := size
	if client {
		total = encryptedSize(size)
	}
	partSize, err := s.partSizeFor(total)
	if err != nil {
		return err
	}
	if total <= partSize {
		// One PUT: nothing to resume.
		body := make([]byte, total)
		if client {
			sl, err := newSealer(s.cfg.ClientKey, randomSalt(), encChunk, key)
			if err != nil {
				return err
			}
			if err := newEncryptedSource(f, size, sl).readAt(body, 0); err != nil {
				return s.readError("put", full, err)
			}
		} else if err := readFullAt(f, body, 0); err != nil {
			return s.readError("put", full, err)
		}
		return s.putSingle(ctx, full, body, opts)
	}

	uploadID, have, err := s.pending(ctx, full)
	if err != nil {
		return err
	}
	if uploadID == "" {
		uploadID, err = s.core.NewMultipartUpload(ctx, s.cfg.Bucket, full, opts)
		if err != nil {
			return s.wrap("create multipart upload", full, err)
		}
	}
	// readPart fills buf with the stored bytes at off.
	var readPart func(buf []byte, off int64) error
	if client {
		sl, err := newSealer(s.cfg.ClientKey, resumeSalt(s.cfg.ClientKey, uploadID, full), encChunk, key)
		if err != nil {
			return err
		}
		readPart = func(buf []byte, off int64) error {
			return newEncryptedSource(f, size, sl).readAt(buf, off)
		}
	} else {
		readPart = func(buf []byte, off int64) error { return readFullAt(f, buf, off) }
	}

	nparts := int((total + partSize - 1) / partSize)
	u := s.newUploader(ctx, full, uploadID, partSize)
	defer u.cancel()
	for num := 1; num <= nparts; num++ {
		buf, err := u.buffer()
		if err != nil {
			break
		}
		off := int64(num-1) * partSize
		n := partSize
		if rest := total - off; rest < n {
			n = rest
		}
		old, ok := have[num]
		u.wg.Add(1)
		go func(num int, buf []byte) {
			defer u.wg.Done()
			defer func() { u.bufs <- buf }()
			if err := readPart(buf, off); err != nil {
				u.fail(s.readError("put", full, err))
				return
			}
			if ok && old.Size == int64(len(buf)) {
				sum := md5.Sum(buf)
				if strings.EqualFold(strings.Trim(old.ETag, `"`), hex.EncodeToString(sum[:])) {
					u.record(num, strings.Trim(old.ETag, `"`))
					return
				}
			}
			etag, err := s.sendPart(u.ctx, full, uploadID, num, buf)
			if err != nil {
				u.fail(err)
				return
			}
			u.record(num, etag)
		}(num, buf[:n])
	}
	if err := u.wait(); err != nil {
		return err
	}
	return u.complete()
}

// readFullAt fills buf from f at off.
func readFullAt(f io.ReaderAt, buf []byte, off int64) error {
	if len(buf) == 0 {
		return nil
	}
	n, err := f.ReadAt(buf, off)
	if n == len(buf) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// pending finds the newest pending multipart upload of exactly full and
// its parts. Without permission to list, or on a server that cannot, it
// reports none.
func (s *Store) pending(ctx context.Context, full string) (string, map[int]minio.ObjectPart, error) {
	uploads, err := s.uploads(ctx, full)
	if err != nil {
		var resp minio.ErrorResponse
		if errors.As(err, &resp) && (resp.Code == "AccessDenied" || resp.Code == "NotImplemented" || resp.StatusCode == http.StatusNotImplemented) {
			return "", nil, nil
		}
		return "", nil, s.wrap("list multipart uploads", full, err)
	}
	if len(uploads) == 0 {
		return "", nil, nil
	}
	newest := uploads[0]
	for _, up := range uploads[1:] {
		if up.Initiated.After(newest.Initiated) {
			newest = up
		}
	}
	parts := map[int]minio.ObjectPart{}
	marker := 0
	for page := 0; page < 1000; page++ {
		res, err := s.core.ListObjectParts(ctx, s.cfg.Bucket, full, newest.UploadID, marker, 1000)
		if err != nil {
			var resp minio.ErrorResponse
			if errors.As(err, &resp) && resp.Code == "NoSuchUpload" {
				return "", nil, nil // completed or aborted meanwhile
			}
			return "", nil, s.wrap("list parts", full, err)
		}
		for _, p := range res.ObjectParts {
			parts[p.PartNumber] = p
		}
		if !res.IsTruncated || res.NextPartNumberMarker <= marker {
			break
		}
		marker = res.NextPartNumberMarker
	}
	return newest.UploadID, parts, nil
}

// uploads lists the pending multipart uploads of exactly full.
func (s *Store) uploads(ctx context.Context, full string) ([]minio.ObjectMultipartInfo, error) {
	var out []minio.ObjectMultipartInfo
	keyMarker, idMarker := "", ""
	for page := 0; page < 1000; page++ {
		res, err := s.core.ListMultipartUploads(ctx, s.cfg.Bucket, full, keyMarker, idMarker, "", 1000)
		if err != nil {
			return nil, err
		}
		for _, up := range res.Uploads {
			if up.Key == full {
				out = append(out, up)
			}
		}
		if !res.IsTruncated || (res.NextKeyMarker == keyMarker && res.NextUploadIDMarker == idMarker) {
			break
		}
		if res.NextKeyMarker > full {
			break
		}
		keyMarker, idMarker = res.NextKeyMarker, res.NextUploadIDMarker
	}
	return out, nil
}

// Abort aborts every pending multipart upload of Prefix+key, throwing
// away their parts. It returns how many it aborted.
func (s *Store) Abort(ctx context.Context, key string) (int, error) {
	full, err := s.cfg.objectKey(key)
	if err != nil {
		return 0, err
	}
	ups, err := s.uploads(ctx, full)
	if err != nil {
		return 0, s.wrap("list multipart uploads", full, err)
	}
	for i, up := range ups {
		if err := s.core.AbortMultipartUpload(ctx, s.cfg.Bucket, full, up.UploadID); err != nil {
			return i, s.wrap("abort multipart upload", full, err)
		}
	}
	return len(ups), nil
}

// Get reads the object stored under Prefix+key, decrypting client-side
// encryption as it goes; with client-side encryption a tampered object
// fails a Read with ErrTampered before any unauthenticated byte of the
// affected chunk is returned. The caller closes it.
func (s *Store) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	full, err := s.cfg.objectKey(key)
	if err != nil {
		return nil, err
	}
	obj, err := s.client.GetObject(ctx, s.cfg.Bucket, full, minio.GetObjectOptions{})
	if err != nil {
		return nil, s.wrap("get", full, err)
	}
	info, err := obj.Stat()
	if err != nil {
		obj.Close()
		return nil, s.wrap("get", full, err)
	}
	wrapf := func(err error) error {
		if errors.Is(err, ErrTampered) {
			return &Error{Op: "get", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full, Message: err.Error(), Err: err, kind: ErrTampered}
		}
		return s.wrap("get", full, err)
	}
	if s.cfg.Encryption == EncryptionClient {
		return newDecryptReader(obj, s.cfg.ClientKey, key, wrapf), nil
	}
	if scheme := info.Metadata.Get(amzMeta + metaEncryption); scheme != "" {
		obj.Close()
		return nil, &Error{Op: "get", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full,
			Message: fmt.Sprintf("the object is client-side encrypted (%s)", scheme),
			Hint:    "read it with Encryption \"client\" and its ClientKey"}
	}
	return &plainReader{obj: obj, wrapf: wrapf}, nil
}

// plainReader names the object in read errors.
type plainReader struct {
	obj   *minio.Object
	wrapf func(error) error
}

func (p *plainReader) Read(b []byte) (int, error) {
	n, err := p.obj.Read(b)
	if err != nil && err != io.EOF {
		err = p.wrapf(err)
	}
	return n, err
}

func (p *plainReader) Close() error { return p.obj.Close() }

// Stat describes the object stored under Prefix+key.
func (s *Store) Stat(ctx context.Context, key string) (ObjectInfo, error) {
	full, err := s.cfg.objectKey(key)
	if err != nil {
		return ObjectInfo{}, err
	}
	info, err := s.client.StatObject(ctx, s.cfg.Bucket, full, minio.StatObjectOptions{})
	if err != nil {
		return ObjectInfo{}, s.wrap("stat", full, err)
	}
	out := ObjectInfo{
		Key: key, FullKey: full, Size: info.Size, StoredSize: info.Size,
		ETag: strings.Trim(info.ETag, `"`), ContentType: info.ContentType, LastModified: info.LastModified,
		Metadata: map[string]string{},
	}
	for k, v := range info.Metadata {
		if len(v) == 0 || len(k) <= len(amzMeta) || !strings.EqualFold(k[:len(amzMeta)], amzMeta) {
			continue
		}
		name := http.CanonicalHeaderKey(k[len(amzMeta):])
		if strings.HasPrefix(strings.ToLower(name), reservedPrefix) {
			continue
		}
		out.Metadata[name] = v[0]
	}
	switch strings.ToLower(info.Metadata.Get("X-Amz-Server-Side-Encryption")) {
	case "aes256":
		out.Encryption = EncryptionSSES3
	case "aws:kms", "aws:kms:dsse":
		out.Encryption = EncryptionSSEKMS
	}
	if scheme := info.Metadata.Get(amzMeta + metaEncryption); scheme != "" {
		if scheme != encScheme {
			return out, &Error{Op: "stat", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full,
				Message: fmt.Sprintf("unknown client-side encryption %q", scheme)}
		}
		out.Encryption = EncryptionClient
		out.ContentType = info.Metadata.Get(amzMeta + metaContentType)
		size, err := plaintextSize(info.Size)
		if err != nil {
			return out, &Error{Op: "stat", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full, Message: err.Error(), Err: ErrTampered, kind: ErrTampered}
		}
		out.Size = size
	}
	return out, nil
}
