package smtp

import (
	"fmt"
	"os"

	"github.com/wneessen/go-mail"
)

// LoadDKIM reads a PEM private key (RSA or Ed25519, PKCS#1 or PKCS#8) and
// returns a signer for domain and selector, through go-mail's own DKIM
// support rather than a signer of ours.
func LoadDKIM(domain, selector, keyFile string) (*mail.DKIMSigner, error) {
	pemBytes, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("dkim key: %w", err)
	}
	key, err := mail.PrivKeyFromPEM(pemBytes)
	if err != nil {
		return nil, fmt.Errorf("dkim key %s: %w", keyFile, err)
	}
	signer := mail.NewDKIMSigner(domain, selector, key)
	if err := signer.ValidateConfig(); err != nil {
		return nil, fmt.Errorf("dkim: %w", err)
	}
	return signer, nil
}
