package api

import (
	"time"

	"github.com/tetherhq/tether"
)

// CreateActivationRequest creates an activation. ExpiresIn takes Go ("24h")
// or ISO 8601 ("PT24H") form.
type CreateActivationRequest struct {
	Description         string            `json:"Description,omitempty"`
	RegistrationLimit   int               `json:"RegistrationLimit,omitempty"`
	ExpiresIn           string            `json:"ExpiresIn,omitempty"`
	DefaultInstanceName string            `json:"DefaultInstanceName,omitempty"`
	Tags                map[string]string `json:"Tags,omitempty"`
}

// CreateActivationResponse carries the code, shown once.
type CreateActivationResponse struct {
	ActivationId   string    `json:"ActivationId"`
	ActivationCode string    `json:"ActivationCode"`
	ExpirationDate time.Time `json:"ExpirationDate"`
}

// Activations is a list of activations.
type Activations struct {
	ActivationList []tether.Activation `json:"ActivationList"`
}

// RegisterRequest is an agent's registration.
type RegisterRequest struct {
	ActivationId   string            `json:"ActivationId"`
	ActivationCode string            `json:"ActivationCode"`
	CSR            string            `json:"CertificateRequest"` // PEM
	Name           string            `json:"Name,omitempty"`
	Tags           map[string]string `json:"Tags,omitempty"`
	Inventory      tether.Inventory  `json:"Inventory"`
}

// RegisterResponse gives the agent its identity.
type RegisterResponse struct {
	InstanceId  string `json:"InstanceId"`
	Certificate string `json:"Certificate"` // PEM, signed by the CA
	CA          string `json:"CA"`          // PEM
}

// Instances is a list of managed instances.
type Instances struct {
	InstanceInformationList []tether.Instance `json:"InstanceInformationList"`
}

// ConnectionStatus says whether an instance can take sessions now.
type ConnectionStatus struct {
	Target string `json:"Target"`
	Status string `json:"Status"` // connected or notconnected, as SSM's GetConnectionStatus
}
