package client

import (
	"context"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// Preferences returns the session preferences (ssm:GetServiceSetting).
func (c *Client) Preferences(ctx context.Context) (tether.SessionPreferences, error) {
	var out tether.SessionPreferences
	return out, c.do(ctx, "GET", "/preferences", nil, nil, &out)
}

// UpdatePreferences sets preferences by key (ssm:UpdateServiceSetting).
func (c *Client) UpdatePreferences(ctx context.Context, settings map[string]string) (tether.SessionPreferences, error) {
	var out tether.SessionPreferences
	return out, c.do(ctx, "PUT", "/preferences", nil, api.UpdatePreferencesRequest{Settings: settings}, &out)
}

// ResetPreferences restores the server's defaults (ssm:ResetServiceSetting).
func (c *Client) ResetPreferences(ctx context.Context) (tether.SessionPreferences, error) {
	var out tether.SessionPreferences
	return out, c.do(ctx, "POST", "/preferences/reset", nil, struct{}{}, &out)
}
