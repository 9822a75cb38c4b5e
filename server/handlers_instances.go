package server

import (
	"context"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/authz"
	"github.com/tetherhq/tether/broker"
)

// instanceContext puts an instance's tags into the request context under
// both names the seed's policies use.
func instanceContext(in tether.Instance) map[string][]string {
	ctx := make(map[string][]string, 2*len(in.Tags))
	for k, v := range in.Tags {
		ctx["ssm:resourceTag/"+k] = []string{v}
		ctx["aws:ResourceTag/"+k] = []string{v}
	}
	return ctx
}

// Activations.

func (s *Server) createActivation(c *call) (operation, error) {
	var req api.CreateActivationRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	expires, err := api.ParseDuration(req.ExpiresIn)
	if err != nil {
		return operation{}, err
	}
	return operation{Action: "ssm:CreateActivation", Resource: s.account.ActivationARN("*"),
		Context: authz.TagContext(req.Tags, nil),
		Run: func(ctx context.Context) (any, error) {
			a, code, err := s.broker.CreateActivation(ctx, broker.NewActivation{
				Description: req.Description, InstanceLimit: req.RegistrationLimit, Expires: expires,
				DefaultInstanceName: req.DefaultInstanceName, Tags: req.Tags,
			})
			return api.CreateActivationResponse{ActivationId: a.ID, ActivationCode: code, ExpirationDate: a.ExpiresAt}, err
		}}, nil
}

func (s *Server) listActivations(c *call) (operation, error) {
	return operation{Action: "ssm:DescribeActivations", Resource: s.account.ActivationARN("*"),
		Run: func(ctx context.Context) (any, error) {
			list, err := s.broker.Activations(ctx)
			return api.Activations{ActivationList: nonNil(list)}, err
		}}, nil
}

func (s *Server) deleteActivation(c *call) (operation, error) {
	id := c.r.PathValue("id")
	return operation{Action: "ssm:DeleteActivation", Resource: s.account.ActivationARN(id),
		Run: func(ctx context.Context) (any, error) { return struct{}{}, s.broker.DeleteActivation(ctx, id) }}, nil
}

// register is public: the activation ID and code are the credential.
func (s *Server) register(c *call) (operation, error) {
	var req api.RegisterRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "ssm:RegisterManagedInstance", Resource: s.account.ActivationARN(req.ActivationId),
		Run: func(ctx context.Context) (any, error) {
			reg, err := s.broker.Register(ctx, broker.Registration{
				ActivationID: req.ActivationId, ActivationCode: req.ActivationCode, CSR: []byte(req.CSR),
				Name: req.Name, Tags: req.Tags, Inventory: req.Inventory,
			})
			if err != nil {
				return nil, err
			}
			return api.RegisterResponse{InstanceId: reg.Instance.ID, Certificate: string(reg.CertPEM), CA: string(reg.CAPEM)}, nil
		}}, nil
}

// Instances.

// listInstances returns the instances the caller may describe: each is
// decided on its own ARN with its tags, under either of the two actions the
// seed's policies allow for listing.
func (s *Server) listInstances(c *call) (operation, error) {
	tags, err := parseTagQuery(c.r.URL.Query()["tag"])
	if err != nil {
		return operation{}, err
	}
	return operation{Action: "ssm:DescribeInstanceProperties", Resource: s.account.ManagedInstanceARN("*"), filtered: true,
		Run: func(ctx context.Context) (any, error) {
			list, err := s.broker.Instances(ctx, tags)
			if err != nil {
				return nil, err
			}
			out := api.Instances{InstanceInformationList: []tether.Instance{}}
			for _, in := range list {
				arn, ictx := s.account.ManagedInstanceARN(in.ID), instanceContext(in)
				if s.allowed(c, "ssm:DescribeInstanceProperties", arn, ictx) || s.allowed(c, "ec2:DescribeInstances", arn, ictx) {
					out.InstanceInformationList = append(out.InstanceInformationList, in)
				}
			}
			return out, nil
		}}, nil
}

// instanceOp builds an operation on one instance, authorized with the
// instance's tags in the context.
func (s *Server) instanceOp(c *call, action string, extra map[string][]string, run func(ctx context.Context, in tether.Instance) (any, error)) (operation, error) {
	in, err := s.broker.Instance(c.r.Context(), c.r.PathValue("id"))
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		// Decide on the ARN alone, so that a caller who may not act on the
		// instance cannot learn whether it exists.
		in = tether.Instance{ID: c.r.PathValue("id")}
	} else if err != nil {
		return operation{}, err
	}
	ctx := instanceContext(in)
	for k, v := range extra {
		ctx[k] = v
	}
	return operation{Action: action, Resource: s.account.ManagedInstanceARN(in.ID), Context: ctx,
		Run: func(ctx context.Context) (any, error) {
			if in.RegisteredAt.IsZero() {
				return nil, tether.Errorf(tether.ENOTFOUND, "instance %s not found", in.ID)
			}
			return run(ctx, in)
		}}, nil
}

func (s *Server) tagInstance(c *call) (operation, error) {
	var req api.TagRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	action := "ssm:AddTagsToResource"
	if len(req.Tags) == 0 {
		action = "ssm:RemoveTagsFromResource"
	}
	op, err := s.instanceOp(c, action, authz.TagContext(req.Tags, req.RemoveKeys), func(ctx context.Context, in tether.Instance) (any, error) {
		return s.broker.TagInstance(ctx, in.ID, req.Tags, req.RemoveKeys)
	})
	if err == nil && len(req.Tags) > 0 && len(req.RemoveKeys) > 0 {
		op.Also = []permission{{Action: "ssm:RemoveTagsFromResource", Resource: op.Resource, Context: op.Context}}
	}
	return op, err
}

func (s *Server) deregisterInstance(c *call) (operation, error) {
	return s.instanceOp(c, "ssm:DeregisterManagedInstance", nil, func(ctx context.Context, in tether.Instance) (any, error) {
		out, err := s.broker.Deregister(ctx, in.ID)
		if err == nil {
			s.agents.disconnect(in.ID, "the instance was deregistered")
		}
		return out, err
	})
}

func (s *Server) connectionStatus(c *call) (operation, error) {
	return s.instanceOp(c, "ssm:GetConnectionStatus", nil, func(ctx context.Context, in tether.Instance) (any, error) {
		status := "notconnected"
		if s.agents.get(in.ID) != nil {
			status = "connected"
		}
		return api.ConnectionStatus{Target: in.ID, Status: status}, nil
	})
}

// parseTagQuery reads ?tag=k=v filters.
func parseTagQuery(values []string) (map[string]string, error) {
	if len(values) == 0 {
		return nil, nil
	}
	tags := map[string]string{}
	for _, kv := range values {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, tether.Errorf(tether.EINVALID, "tag filter %q must look like key=value", kv)
		}
		tags[k] = v
	}
	return tags, nil
}
