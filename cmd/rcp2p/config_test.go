package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestEnvOnlyKey(t *testing.T) {
	c, err := LoadConfig("", []string{"RCP2P_SMTP_PASSWORD=hunter2", "RCP2P_MAIL_DKIM_SELECTOR=s1",
		"RCP2P_IMAP_POLL_INTERVAL=5s", "RCP2P_INGEST_MAX_MESSAGE_BYTES=10MB", "RCP2P_FX_NOK=0.09", "HOME=/root"})
	if err != nil {
		t.Fatal(err)
	}
	if c.SMTP.Password.Reveal() != "hunter2" || c.Mail.DKIM.Selector != "s1" || c.IMAP.PollInterval != 5*time.Second ||
		c.Ingest.MaxMessageBytes != 10_000_000 || c.FX["NOK"] != 0.09 || c.FX["EUR"] != 1.08 {
		t.Fatalf("config %+v", c)
	}
}

func TestUnknownEnvKey(t *testing.T) {
	if _, err := LoadConfig("", []string{"RCP2P_SMTP_PASWORD=typo"}); err == nil || !strings.Contains(err.Error(), "RCP2P_SMTP_PASWORD") {
		t.Fatalf("typo accepted: %v", err)
	}
}

// TestExampleConfig loads config.example.yaml: every key it documents is
// a real key, and with a secret from env it validates.
func TestExampleConfig(t *testing.T) {
	c, err := LoadConfig("../../config.example.yaml", []string{"RCP2P_MAIL_SECRET=0123456789abcdef0123"})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Digest.MaxItems != 10 || c.FX["CHF"] != 1.13 || c.IMAP.PollInterval != time.Minute {
		t.Fatalf("example config read as %+v", c)
	}
	b, _ := os.ReadFile("../../config.example.yaml")
	for _, key := range []string{"path", "addr", "username", "password", "mailbox", "tls", "poll_interval",
		"connections", "rate_per_second", "domain", "address", "from_name", "secret", "selector",
		"private_key_file", "max_message_bytes", "trusted_authserv_id", "max_replies_per_address_per_day",
		"weekday", "time", "max_items", "currency", "base_url", "level", "format"} {
		if !strings.Contains(string(b), key+":") {
			t.Errorf("config.example.yaml does not document %s", key)
		}
	}
}

func TestValidateReportsEverything(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.yaml")
	os.WriteFile(p, []byte("imap: {tls: maybe}\nsmtp: {connections: 0}\ndigest: {weekday: funday, time: '25:00'}\nlog: {format: xml}\n"), 0o644)
	c, err := LoadConfig(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Validate()
	for _, want := range []string{"imap.tls", "smtp.connections", "digest.weekday", "digest.time", "log.format", "mail.secret"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to mention %s", err, want)
		}
	}
}

func TestSecretsRedacted(t *testing.T) {
	c, _ := LoadConfig("", []string{"RCP2P_SMTP_PASSWORD=hunter2", "RCP2P_MAIL_SECRET=topsecretvalue-123456"})
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "smtp", c.SMTP, "secret", c.Mail.Secret)
	if strings.Contains(buf.String(), "hunter2") || strings.Contains(buf.String(), "topsecret") {
		t.Fatalf("secret in log: %s", buf.String())
	}
}

func TestTaxonomyFromConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "tax.yaml")
	os.WriteFile(p, []byte(`taxonomy:
  competencies:
    - name: Quantum Computing
      synonyms: [qubits, Q#]
    - name: Data Analytics
      synonyms: [Power BI]
`), 0o644)
	c, err := LoadConfig(p, []string{"RCP2P_MAIL_SECRET=0123456789abcdef0123"})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	tax, err := c.BuildTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := tax.Competency("qubits"); !ok || got != "Quantum Computing" {
		t.Fatalf("synonym from config: %q %v", got, ok)
	}
	if _, ok := tax.Competency("Security"); ok {
		t.Fatal("a competency list in config should replace the shipped one")
	}
	if _, ok := tax.Region("Seattle"); !ok {
		t.Fatal("regions not given in config should stay the shipped ones")
	}
	os.WriteFile(p, []byte("taxonomy:\n  regions:\n    - name: Mars\n      parent: Solar System\n"), 0o644)
	c, _ = LoadConfig(p, []string{"RCP2P_MAIL_SECRET=0123456789abcdef0123"})
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "taxonomy") {
		t.Fatalf("unknown parent accepted: %v", err)
	}
}
