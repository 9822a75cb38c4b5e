package server

import (
	"context"

	"github.com/tetherhq/tether/api"
)

// Session preferences mirror SSM's service settings, so the seed's policy
// (allow ssm:GetServiceSetting, deny Update and Reset) applies unchanged.

func (s *Server) preferencesARN() string {
	return "arn:aws:ssm:" + s.account.Region + ":" + s.account.ID + ":servicesetting/ssm/session-manager/preferences"
}

func (s *Server) getPreferences(c *call) (operation, error) {
	return operation{Action: "ssm:GetServiceSetting", Resource: s.preferencesARN(),
		Run: func(ctx context.Context) (any, error) { return s.prefs.Get(ctx) }}, nil
}

func (s *Server) updatePreferences(c *call) (operation, error) {
	var req api.UpdatePreferencesRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "ssm:UpdateServiceSetting", Resource: s.preferencesARN(),
		Run: func(ctx context.Context) (any, error) { return s.prefs.Update(ctx, req.Settings) }}, nil
}

func (s *Server) resetPreferences(c *call) (operation, error) {
	return operation{Action: "ssm:ResetServiceSetting", Resource: s.preferencesARN(),
		Run: func(ctx context.Context) (any, error) { return s.prefs.Reset(ctx) }}, nil
}
