#!/usr/bin/env bash
# End-to-end test against real Postfix and Dovecot on loopback.
#
# Installs postfix, dovecot-imapd and dovecot-lmtpd (Debian packages; needs
# root), starts both from a private configuration in a temp folder — the
# machine's own mail setup is not touched — and runs the Go test
# TestPostfixDovecot, which drives the real rcp2p CLI through them:
# partners submit over SMTP to Postfix, Postfix delivers over LMTP to
# Dovecot, rcp2p ingests over IMAP, sends digests and acknowledgements back
# through Postfix, and the test reads them from the partners' mailboxes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
	echo "e2e-mail: needs root to install and run postfix and dovecot; skipped" >&2
	exit 0
fi
if ! command -v postfix >/dev/null || ! command -v dovecot >/dev/null || [ ! -x /usr/lib/dovecot/lmtp ]; then
	export DEBIAN_FRONTEND=noninteractive
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	# A package mirror that cannot be reached says nothing about this code:
	# say so loudly and skip, rather than fail the whole run.
	if ! { apt-get update -qq && apt-get install -y -qq postfix dovecot-imapd dovecot-lmtpd >/dev/null; }; then
		echo "e2e-mail: SKIPPED: could not install postfix/dovecot from the package mirror" >&2
		exit 0
	fi
fi

E2E=$(mktemp -d /tmp/rcp2p-e2e.XXXXXX)
IMAP_PORT=11143 LMTP_PORT=11024 SMTP_PORT=10025
cleanup() {
	postfix -c "$E2E/postfix" stop >/dev/null 2>&1 || true
	doveadm -c "$E2E/dovecot.conf" stop >/dev/null 2>&1 || true
	sleep 0.5
	rm -rf "$E2E"
}
trap cleanup EXIT

# Dovecot: IMAP and LMTP on loopback; any user, password "pw"; mail in
# $E2E/mail owned by the mail user; plus-addresses go to the base mailbox.
mkdir -p "$E2E/mail" "$E2E/dovecot-run" "$E2E/dovecot-state"
chown mail:mail "$E2E/mail"
chmod 755 "$E2E"
cat >"$E2E/dovecot.conf" <<CONF
base_dir = $E2E/dovecot-run
state_dir = $E2E/dovecot-state
log_path = $E2E/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:$E2E/mail/%d/%n
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
passdb {
  driver = static
  args = password=pw
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$E2E/mail/%d/%n allow_all_users=yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
CONF
dovecot -c "$E2E/dovecot.conf"

# Postfix: a private instance on 127.0.0.1:$SMTP_PORT that delivers the
# test domains to Dovecot over LMTP and looks nothing up in DNS.
mkdir -p "$E2E/postfix"
cp /etc/postfix/master.cf "$E2E/postfix/master.cf" 2>/dev/null || cp /usr/share/postfix/master.cf.dist "$E2E/postfix/master.cf"
# Listen on the private port, and run nothing chrooted (the queue folder
# is private and has no chroot files).
awk -v port="127.0.0.1:$SMTP_PORT" '!/^[ #]/ && NF >= 8 {
	if ($1 == "smtp" && $2 == "inet") $1 = port
	if ($5 == "y") $5 = "n"
} {print}' "$E2E/postfix/master.cf" >"$E2E/postfix/master.cf.new"
mv "$E2E/postfix/master.cf.new" "$E2E/postfix/master.cf"
grep -q "^postlog" "$E2E/postfix/master.cf" || echo "postlog unix-dgram n - n - 1 postlogd" >>"$E2E/postfix/master.cf"
cat >"$E2E/postfix/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $E2E/postfix-queue
data_directory = $E2E/postfix-data
maillog_file = $E2E/postfix.log
maillog_file_prefixes = /var, /dev/stdout, /tmp
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mx.rcp2p.test
mydomain = rcp2p.test
myorigin = rcp2p.test
mydestination =
local_transport = error:no local delivery
virtual_mailbox_domains = rcp2p.test contoso.example fabrikam.example northwind.example newco.example
virtual_transport = lmtp:inet:127.0.0.1:$LMTP_PORT
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = permit_mynetworks, reject
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
lmtp_host_lookup = native
disable_dns_lookups = yes
smtputf8_enable = no
recipient_delimiter = +
message_size_limit = 52428800
CONF
mkdir -p "$E2E/postfix-queue" "$E2E/postfix-data"
postfix -c "$E2E/postfix" set-permissions >/dev/null 2>&1 || true
postfix -c "$E2E/postfix" start

for i in $(seq 1 50); do
	if (exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/$IMAP_PORT) 2>/dev/null; then
		break
	fi
	sleep 0.2
done

status=0
RCP2P_E2E_IMAP=127.0.0.1:$IMAP_PORT RCP2P_E2E_SMTP=127.0.0.1:$SMTP_PORT \
	go test -count=1 -run TestPostfixDovecot -v ./cmd/rcp2p || status=$?
if [ $status != 0 ]; then
	echo "---- postfix.log"; tail -n 60 "$E2E/postfix.log" 2>/dev/null || true
	echo "---- dovecot.log"; tail -n 60 "$E2E/dovecot.log" 2>/dev/null || true
fi
exit $status
