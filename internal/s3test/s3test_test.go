package s3test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// TestServer stores an object through the S3 API and finds it both through
// the API and as a file in the served directory.
func TestServer(t *testing.T) {
	start := time.Now()
	srv := Start(t)
	t.Logf("Start took %s", time.Since(start).Round(time.Millisecond))
	srv.CreateBucket(t, "rec")

	host := srv.Endpoint()[len("http://"):]
	c, err := minio.New(host, &minio.Options{
		Creds:  credentials.NewStaticV4(srv.AccessKey(), srv.SecretKey(), ""),
		Region: srv.Region(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	body := []byte("hello, recordings")
	if _, err := c.PutObject(ctx, "rec", "a/b.cast", bytes.NewReader(body), int64(len(body)), minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	obj, err := c.GetObject(ctx, "rec", "a/b.cast", minio.GetObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(obj)
	obj.Close()
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("GetObject = %q, %v; want %q", got, err, body)
	}
	onDisk, err := os.ReadFile(filepath.Join(srv.Dir(), "rec", "a", "b.cast"))
	if err != nil || !bytes.Equal(onDisk, body) {
		t.Fatalf("file = %q, %v; want %q", onDisk, err, body)
	}

	// Wrong credentials are refused: the gateway really checks signatures.
	bad, err := minio.New(host, &minio.Options{
		Creds:      credentials.NewStaticV4(srv.AccessKey(), "wrong-secret", ""),
		Region:     srv.Region(),
		MaxRetries: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.StatObject(ctx, "rec", "a/b.cast", minio.StatObjectOptions{}); err == nil {
		t.Fatal("StatObject with a wrong secret succeeded")
	}
}

// TestStartIsFast starts several gateways one after another: tests may
// each start their own.
func TestStartIsFast(t *testing.T) {
	for i := 0; i < 3; i++ {
		start := time.Now()
		srv := Start(t)
		took := time.Since(start)
		t.Logf("start %d: %s at %s", i, took.Round(time.Millisecond), srv.Endpoint())
		if took > 10*time.Second {
			t.Errorf("start %d took %s", i, took)
		}
	}
}
