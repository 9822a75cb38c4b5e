package client

import (
	"context"
	"net/url"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// CreateActivation creates an activation; the code in the answer is shown
// only this once.
func (c *Client) CreateActivation(ctx context.Context, req api.CreateActivationRequest) (api.CreateActivationResponse, error) {
	var out api.CreateActivationResponse
	return out, c.do(ctx, "POST", "/activations", nil, req, &out)
}

// Activations lists activations.
func (c *Client) Activations(ctx context.Context) ([]tether.Activation, error) {
	var out api.Activations
	return out.ActivationList, c.do(ctx, "GET", "/activations", nil, nil, &out)
}

// DeleteActivation deletes an activation.
func (c *Client) DeleteActivation(ctx context.Context, id string) error {
	return c.do(ctx, "DELETE", path("/activations/%s", id), nil, nil, nil)
}

// Instances lists the instances the caller may describe, optionally only
// those with all the given tags.
func (c *Client) Instances(ctx context.Context, tags map[string]string) ([]tether.Instance, error) {
	q := url.Values{}
	for k, v := range tags {
		q.Add("tag", k+"="+v)
	}
	var out api.Instances
	return out.InstanceInformationList, c.do(ctx, "GET", "/instances", q, nil, &out)
}

// TagInstance sets and removes an instance's tags.
func (c *Client) TagInstance(ctx context.Context, id string, req api.TagRequest) (tether.Instance, error) {
	var out tether.Instance
	return out, c.do(ctx, "POST", path("/instances/%s/tags", id), nil, req, &out)
}

// DeregisterInstance retires an instance.
func (c *Client) DeregisterInstance(ctx context.Context, id string) (tether.Instance, error) {
	var out tether.Instance
	return out, c.do(ctx, "POST", path("/instances/%s/deregister", id), nil, nil, &out)
}

// ConnectionStatus says whether an instance's agent is connected.
func (c *Client) ConnectionStatus(ctx context.Context, id string) (api.ConnectionStatus, error) {
	var out api.ConnectionStatus
	return out, c.do(ctx, "GET", path("/instances/%s/connection-status", id), nil, nil, &out)
}
