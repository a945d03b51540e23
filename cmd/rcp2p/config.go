package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"

	"rcp2p/taxonomy"
)

// Secret is a config value that must never reach a log or an error.
type Secret string

func (Secret) String() string       { return "[redacted]" }
func (Secret) LogValue() slog.Value { return slog.StringValue("[redacted]") }

// MarshalText keeps the secret out of JSON logs and dumps too.
func (Secret) MarshalText() ([]byte, error) { return []byte("[redacted]"), nil }

// Reveal returns the secret's text for the one place that needs it.
func (s Secret) Reveal() string { return string(s) }

// ByteSize is a size written as "25MB", "512KiB" or a plain number of bytes.
type ByteSize int64

// Config mirrors config.example.yaml. DefaultConfig is the one place that
// sets defaults.
type Config struct {
	Store    StoreConfig        `mapstructure:"store"`
	IMAP     IMAPConfig         `mapstructure:"imap"`
	SMTP     SMTPConfig         `mapstructure:"smtp"`
	Mail     MailConfig         `mapstructure:"mail"`
	Ingest   IngestConfig       `mapstructure:"ingest"`
	Digest   DigestConfig       `mapstructure:"digest"`
	FX       map[string]float64 `mapstructure:"fx"`
	HTTP     HTTPConfig         `mapstructure:"http"`
	Log      LogConfig          `mapstructure:"log"`
	Taxonomy TaxonomyConfig     `mapstructure:"taxonomy"`
}

type StoreConfig struct {
	Path string `mapstructure:"path"`
}

type IMAPConfig struct {
	Addr         string        `mapstructure:"addr"`
	Username     string        `mapstructure:"username"`
	Password     Secret        `mapstructure:"password"`
	Mailbox      string        `mapstructure:"mailbox"`
	TLS          string        `mapstructure:"tls"`
	PollInterval time.Duration `mapstructure:"poll_interval"`
}

type SMTPConfig struct {
	Addr          string  `mapstructure:"addr"`
	Username      string  `mapstructure:"username"`
	Password      Secret  `mapstructure:"password"`
	TLS           string  `mapstructure:"tls"`
	Connections   int     `mapstructure:"connections"`
	RatePerSecond float64 `mapstructure:"rate_per_second"`
}

type MailConfig struct {
	Domain   string     `mapstructure:"domain"`
	Address  string     `mapstructure:"address"`
	FromName string     `mapstructure:"from_name"`
	Secret   Secret     `mapstructure:"secret"`
	DKIM     DKIMConfig `mapstructure:"dkim"`
}

type DKIMConfig struct {
	Selector       string `mapstructure:"selector"`
	PrivateKeyFile string `mapstructure:"private_key_file"`
}

type IngestConfig struct {
	MaxMessageBytes            ByteSize `mapstructure:"max_message_bytes"`
	TrustedAuthservID          string   `mapstructure:"trusted_authserv_id"`
	MaxRepliesPerAddressPerDay int      `mapstructure:"max_replies_per_address_per_day"`
}

type DigestConfig struct {
	Weekday  string `mapstructure:"weekday"`
	Time     string `mapstructure:"time"`
	MaxItems int    `mapstructure:"max_items"`
	Currency string `mapstructure:"currency"`
}

type HTTPConfig struct {
	Addr    string `mapstructure:"addr"`
	BaseURL string `mapstructure:"base_url"`
}

type LogConfig struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// TaxonomyConfig replaces a shipped taxonomy when a list is non-empty.
type TaxonomyConfig struct {
	Competencies []taxonomy.Term   `mapstructure:"competencies"`
	Industries   []taxonomy.Term   `mapstructure:"industries"`
	Regions      []taxonomy.Region `mapstructure:"regions"`
}

// DefaultFX is the shipped rate table: USD per unit of each currency.
func DefaultFX() map[string]float64 {
	return map[string]float64{
		"USD": 1, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66,
		"INR": 0.012, "JPY": 0.0067, "BRL": 0.20, "SEK": 0.095, "CHF": 1.13,
	}
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() Config {
	return Config{
		Store: StoreConfig{Path: "rcp2p.db"},
		IMAP: IMAPConfig{Addr: "127.0.0.1:1143", Mailbox: "INBOX", TLS: "none",
			PollInterval: 60 * time.Second},
		SMTP: SMTPConfig{Addr: "127.0.0.1:2525", TLS: "none", Connections: 4},
		Mail: MailConfig{Domain: "rcp2p.test", Address: "opportunities@rcp2p.test",
			FromName: "RCP2P Inbox"},
		Ingest: IngestConfig{MaxMessageBytes: 25 << 20, MaxRepliesPerAddressPerDay: 3},
		Digest: DigestConfig{Weekday: "monday", Time: "07:00", MaxItems: 10, Currency: "USD"},
		FX:     DefaultFX(),
		HTTP:   HTTPConfig{Addr: "127.0.0.1:8080", BaseURL: "http://127.0.0.1:8080"},
		Log:    LogConfig{Level: "info", Format: "text"},
	}
}

// LoadConfig reads file (optional) over the defaults, then RCP2P_* variables
// from env (a list of KEY=VALUE, as os.Environ gives).
func LoadConfig(file string, env []string) (Config, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	def := DefaultConfig()
	registerDefaults(v, "", reflect.ValueOf(def))
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("read config %s: %w", file, err)
		}
	}
	for _, kv := range env {
		k, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, "RCP2P_") {
			continue
		}
		key, known := envKey(v, strings.TrimPrefix(k, "RCP2P_"))
		if !known {
			return Config{}, fmt.Errorf("environment variable %s names no config key", k)
		}
		v.Set(key, val)
	}
	var c Config
	hook := mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(), byteSizeHook, mapstructure.StringToSliceHookFunc(","))
	if err := v.Unmarshal(&c, viper.DecodeHook(hook)); err != nil {
		return Config{}, fmt.Errorf("decode config: %w", err)
	}
	c.FX = upperKeys(c.FX)
	return c, nil
}

// envKey finds the config key that an env suffix such as SMTP_PASSWORD or
// MAIL_DKIM_PRIVATE_KEY_FILE names. Underscores are ambiguous (keys contain
// them too), so it matches against the registered keys.
func envKey(v *viper.Viper, suffix string) (string, bool) {
	want := strings.ToLower(suffix)
	for _, k := range v.AllKeys() {
		if strings.ReplaceAll(k, ".", "_") == want {
			return k, true
		}
	}
	// fx takes any currency code, not only the shipped ones.
	if cur, ok := strings.CutPrefix(want, "fx_"); ok && len(cur) == 3 {
		return "fx." + cur, true
	}
	return "", false
}

// registerDefaults tells viper every key, so that env-only values are seen
// (spf13/viper#761).
func registerDefaults(v *viper.Viper, prefix string, rv reflect.Value) {
	switch rv.Kind() {
	case reflect.Struct:
		for i := 0; i < rv.NumField(); i++ {
			tag := rv.Type().Field(i).Tag.Get("mapstructure")
			registerDefaults(v, prefix+tag+".", rv.Field(i))
		}
	case reflect.Map:
		for _, k := range rv.MapKeys() {
			v.SetDefault(prefix+strings.ToLower(k.String()), rv.MapIndex(k).Interface())
		}
	default:
		key := strings.TrimSuffix(prefix, ".")
		if rv.Kind() == reflect.Slice {
			v.SetDefault(key, []any{})
			return
		}
		v.SetDefault(key, rv.Interface())
	}
}

func byteSizeHook(from, to reflect.Type, data any) (any, error) {
	if to != reflect.TypeOf(ByteSize(0)) {
		return data, nil
	}
	switch d := data.(type) {
	case string:
		n, err := humanize.ParseBytes(d)
		if err != nil {
			return nil, fmt.Errorf("size %q: %w", d, err)
		}
		return ByteSize(n), nil
	case ByteSize:
		return d, nil
	}
	return data, nil
}

func upperKeys(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[strings.ToUpper(k)] = v
	}
	return out
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// Validate reports every problem at once, before anything connects.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if c.Store.Path == "" {
		bad("store.path is empty")
	}
	for name, addr := range map[string]string{"imap.addr": c.IMAP.Addr, "smtp.addr": c.SMTP.Addr, "http.addr": c.HTTP.Addr} {
		if _, _, err := net.SplitHostPort(addr); err != nil {
			bad("%s %q is not host:port", name, addr)
		}
	}
	for name, mode := range map[string]string{"imap.tls": c.IMAP.TLS, "smtp.tls": c.SMTP.TLS} {
		if mode != "none" && mode != "starttls" && mode != "tls" {
			bad("%s %q must be none, starttls or tls", name, mode)
		}
	}
	if c.IMAP.Mailbox == "" {
		bad("imap.mailbox is empty")
	}
	if c.IMAP.PollInterval < time.Second {
		bad("imap.poll_interval %s is below 1s", c.IMAP.PollInterval)
	}
	if c.SMTP.Connections < 1 || c.SMTP.Connections > 64 {
		bad("smtp.connections %d must be 1 to 64", c.SMTP.Connections)
	}
	if c.SMTP.RatePerSecond < 0 {
		bad("smtp.rate_per_second must not be negative")
	}
	if a, err := mail.ParseAddress(c.Mail.Address); err != nil || a.Address != c.Mail.Address {
		bad("mail.address %q is not a bare email address", c.Mail.Address)
	} else if !strings.HasSuffix(strings.ToLower(c.Mail.Address), "@"+strings.ToLower(c.Mail.Domain)) {
		bad("mail.address %q is not on mail.domain %q", c.Mail.Address, c.Mail.Domain)
	}
	if len(c.Mail.Secret) < 16 {
		bad("mail.secret must be set to at least 16 random characters (it signs reply tokens); set RCP2P_MAIL_SECRET")
	}
	if c.Ingest.MaxMessageBytes < 64<<10 {
		bad("ingest.max_message_bytes must be at least 64KB")
	}
	if c.Ingest.MaxRepliesPerAddressPerDay < 0 {
		bad("ingest.max_replies_per_address_per_day must not be negative")
	}
	if _, ok := weekdays[strings.ToLower(c.Digest.Weekday)]; !ok {
		bad("digest.weekday %q is not a day of the week", c.Digest.Weekday)
	}
	if _, err := time.Parse("15:04", c.Digest.Time); err != nil {
		bad("digest.time %q is not HH:MM", c.Digest.Time)
	}
	if c.Digest.MaxItems < 1 || c.Digest.MaxItems > 100 {
		bad("digest.max_items %d must be 1 to 100", c.Digest.MaxItems)
	}
	if _, ok := c.FX[strings.ToUpper(c.Digest.Currency)]; !ok {
		bad("digest.currency %q has no rate in fx", c.Digest.Currency)
	}
	for cur, rate := range c.FX {
		if len(cur) != 3 || rate <= 0 {
			bad("fx.%s = %v: a currency needs a three-letter code and a positive rate", cur, rate)
		}
	}
	if u, err := url.Parse(c.HTTP.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("http.base_url %q is not an http(s) URL", c.HTTP.BaseURL)
	}
	if _, err := parseLevel(c.Log.Level); err != nil {
		errs = append(errs, err)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format %q must be text or json", c.Log.Format)
	}
	if c.Mail.DKIM.Selector != "" {
		if _, err := os.Stat(c.Mail.DKIM.PrivateKeyFile); err != nil {
			bad("mail.dkim.private_key_file (needed with mail.dkim.selector): %v", err)
		}
	}
	if _, err := c.BuildTaxonomy(); err != nil {
		bad("taxonomy: %v", err)
	}
	return errors.Join(errs...)
}

// BuildTaxonomy returns the shipped taxonomy with any list the config
// replaces.
func (c *Config) BuildTaxonomy() (*taxonomy.Taxonomy, error) {
	t := c.Taxonomy
	if len(t.Competencies) == 0 && len(t.Industries) == 0 && len(t.Regions) == 0 {
		return taxonomy.Default(), nil
	}
	comp, ind, reg := taxonomy.DefaultCompetencies(), taxonomy.DefaultIndustries(), taxonomy.DefaultRegions()
	if len(t.Competencies) > 0 {
		comp = t.Competencies
	}
	if len(t.Industries) > 0 {
		ind = t.Industries
	}
	if len(t.Regions) > 0 {
		reg = t.Regions
	}
	return taxonomy.New(comp, ind, reg)
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log.level %q must be debug, info, warn or error", s)
	}
	return l, nil
}
