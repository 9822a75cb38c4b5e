package api

// UpdatePreferencesRequest sets session preferences by key (see
// tether.SessionPreferences for the keys), values as text.
type UpdatePreferencesRequest struct {
	Settings map[string]string `json:"Settings"`
}
