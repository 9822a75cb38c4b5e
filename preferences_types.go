package tether

// SessionPreferences are Session Manager's preferences (the seed's
// "Preferences" tab): timeouts, run-as, shell profile and where session logs
// go. Field names are the keys of `tether admin preferences set KEY=VALUE`.
type SessionPreferences struct {
	IdleSessionTimeout int    `json:"idleSessionTimeout"` // minutes, 1-60
	MaxSessionDuration int    `json:"maxSessionDuration"` // minutes, 0 (no limit) to 1440
	RunAsEnabled       bool   `json:"runAsEnabled"`
	RunAsDefaultUser   string `json:"runAsDefaultUser"`
	ShellProfile       string `json:"shellProfile"` // commands typed into every shell first

	CloudWatchLogGroupName      string `json:"cloudWatchLogGroupName"`      // empty: no log group
	CloudWatchStreamingEnabled  bool   `json:"cloudWatchStreamingEnabled"`  // stream during the session, else upload at its end
	CloudWatchEncryptionEnabled bool   `json:"cloudWatchEncryptionEnabled"` // allow only encrypted log groups
	LogRetentionDays            int    `json:"logRetentionDays"`            // 0: keep forever

	S3BucketName        string `json:"s3BucketName"` // empty: no S3 upload
	S3KeyPrefix         string `json:"s3KeyPrefix"`
	S3EncryptionEnabled bool   `json:"s3EncryptionEnabled"` // allow only encrypted buckets

	// RequireLogging refuses new sessions while their logging cannot be
	// guaranteed (a destination down beyond the local spool).
	RequireLogging bool `json:"requireLogging"`
}
