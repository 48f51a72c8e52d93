#!/usr/bin/env python3
"""Builds the triage fixtures (see PROVENANCE.md): each message is written
as its sending system would (headers, body), DKIM-signed with dkimpy
(the reference implementation by the RFC 6376 co-author's project), and
then given the Received line and Return-Path the receiving MTA adds.
Keys are made once and kept in keys/ so the signatures stay reproducible;
zone.txt publishes them with SPF, DMARC and reverse DNS. Run from the
repository root: python3 tests/data/triage/make.py"""
import os
import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
import base64

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "keys")


def key(name, bits=2048):
    path = os.path.join(KEYS, name + ".pem")
    if not os.path.exists(path):
        os.makedirs(KEYS, exist_ok=True)
        k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
        with open(path, "wb") as f:
            f.write(k.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.TraditionalOpenSSL,
                                    serialization.NoEncryption()))
    pem = open(path, "rb").read()
    k = serialization.load_pem_private_key(pem, None)
    pub = k.public_key().public_bytes(serialization.Encoding.DER,
                                      serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, base64.b64encode(pub).decode()


def crlf(text):
    return text.strip("\n").replace("\n", "\r\n").encode() + b"\r\n"


def sign(msg, domain, selector, pem, headers):
    sig = dkim.sign(msg, selector.encode(), domain.encode(), pem,
                    include_headers=[h.encode() for h in headers],
                    canonicalize=(b"relaxed", b"relaxed"))
    return sig + msg


def received(helo, ip, by, when):
    return crlf(f"""Received: from {helo} ({helo} [{ip}])
\tby {by} (Postfix) with ESMTPS id 4Xq9Lm2kQz
\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)
\tfor <bob@example.net>; {when}""")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


shop_pem, shop_pub = key("shop.example")
fake_pem, fake_pub = key("paypa1.com")
esp_pem, esp_pub = key("sendgrid.net")
home_pem, home_pub = key("example.org")

# 1. A shop's newsletter through its own mail server: authenticated, but
#    List-Unsubscribe offers only mailto: and there is no List-Unsubscribe-Post.
news = crlf("""From: Shop Example News <news@shop.example>
To: bob@example.net
Subject: Our winter sale starts today
Date: Thu, 5 Nov 2026 09:59:58 +0000
Message-ID: <20261105095958.4711@news.shop.example>
List-Unsubscribe: <mailto:unsubscribe@shop.example?subject=unsubscribe>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Winter sale: everything 20% off until Sunday.
To unsubscribe, reply with "unsubscribe".
""")
signed = sign(news, "shop.example", "s2026", shop_pem,
              ["from", "to", "subject", "date", "message-id", "list-unsubscribe"])
write("bulk-no-oneclick.eml",
      crlf("Return-Path: <bounce@shop.example>")
      + received("out.shop.example", "203.0.113.9", "mx.example.net",
                 "Thu, 5 Nov 2026 10:00:02 +0000")
      + signed)

# 2. The same newsletter done right (RFC 8058 §8's example form).
news_ok = crlf("""From: Shop Example News <news@shop.example>
To: bob@example.net
Subject: Our winter sale starts today
Date: Thu, 5 Nov 2026 09:59:58 +0000
Message-ID: <20261105095958.4712@news.shop.example>
List-Unsubscribe: <mailto:unsubscribe@shop.example?subject=unsubscribe>,
 <https://shop.example/unsubscribe/opaque-token-4712>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Winter sale: everything 20% off until Sunday.
""")
signed = sign(news_ok, "shop.example", "s2026", shop_pem,
              ["from", "to", "subject", "date", "message-id", "list-unsubscribe",
               "list-unsubscribe-post"])
write("bulk-oneclick.eml",
      crlf("Return-Path: <bounce@shop.example>")
      + received("out.shop.example", "203.0.113.9", "mx.example.net",
                 "Thu, 5 Nov 2026 10:00:02 +0000")
      + signed)

# 3. A phishing message from a lookalike domain that authenticates itself:
#    SPF, DKIM and DMARC all pass for paypa1.com.
phish = crlf("""From: "PayPal" <service@paypa1.com>
Reply-To: <resolution-center@case-review.example>
To: bob@example.net
Subject: Your account has been limited
Date: Thu, 5 Nov 2026 11:20:00 +0000
Message-ID: <c0ffee.20261105112000@paypa1.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

We noticed unusual activity. Please confirm your details within 24 hours.
""")
signed = sign(phish, "paypa1.com", "k1", fake_pem,
              ["from", "reply-to", "to", "subject", "date", "message-id"])
write("lookalike-paypa1.eml",
      crlf("Return-Path: <bounce@paypa1.com>")
      + received("mail.paypa1.com", "198.51.100.44", "mx.example.net",
                 "Thu, 5 Nov 2026 11:20:03 +0000")
      + signed)

# 4. A personal message: no list headers, no bulk service.
personal = crlf("""From: Alice Example <alice@example.org>
To: Bob <bob@example.net>
Subject: Lunch on Friday?
Date: Thu, 5 Nov 2026 12:01:00 +0100
Message-ID: <9f8e7d6c.20261105@mail.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Bob, lunch on Friday at noon?
Alice
""")
signed = sign(personal, "example.org", "home", home_pem,
              ["from", "to", "subject", "date", "message-id"])
write("personal.eml",
      crlf("Return-Path: <alice@example.org>")
      + received("mail.example.org", "192.0.2.25", "mx.example.net",
                 "Thu, 5 Nov 2026 11:01:04 +0000")
      + signed)

# 5. A message a bulk service signed for someone else, replayed: the
#    service's signature does not cover To, and the message arrives from
#    an unrelated host.
replay = crlf("""From: Deals <offers@sendgrid.net>
Subject: You have won a gift card
Date: Thu, 5 Nov 2026 08:00:00 +0000
Message-ID: <replay.0001@sendgrid.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Claim your gift card now.
""")
signed = sign(replay, "sendgrid.net", "s1", esp_pem,
              ["from", "subject", "date", "message-id"])
write("dkim-replay.eml",
      crlf("Return-Path: <x@bulk-relay.example>")
      + received("relay.bulk-relay.example", "198.51.100.77", "mx.example.net",
                 "Thu, 5 Nov 2026 13:00:00 +0000")
      + crlf("To: bob@example.net")
      + signed)

zone = f"""; DNS for the triage fixtures (made by make.py; keys in keys/).
$TTL 300
shop.example.                 TXT "v=spf1 ip4:203.0.113.9 -all"
_dmarc.shop.example.          TXT "v=DMARC1; p=none; rua=mailto:dmarc@shop.example"
s2026._domainkey.shop.example. TXT "v=DKIM1; k=rsa; p={shop_pub}"
out.shop.example.             A 203.0.113.9
9.113.0.203.in-addr.arpa.     PTR out.shop.example.
paypa1.com.                   TXT "v=spf1 ip4:198.51.100.44 -all"
_dmarc.paypa1.com.            TXT "v=DMARC1; p=none"
k1._domainkey.paypa1.com.     TXT "v=DKIM1; k=rsa; p={fake_pub}"
mail.paypa1.com.              A 198.51.100.44
44.100.51.198.in-addr.arpa.   PTR mail.paypa1.com.
example.org.                  TXT "v=spf1 ip4:192.0.2.25 -all"
_dmarc.example.org.           TXT "v=DMARC1; p=none"
home._domainkey.example.org.  TXT "v=DKIM1; k=rsa; p={home_pub}"
mail.example.org.             A 192.0.2.25
25.2.0.192.in-addr.arpa.      PTR mail.example.org.
s1._domainkey.sendgrid.net.   TXT "v=DKIM1; k=rsa; p={esp_pub}"
"""
# TXT strings over 255 octets are split as RFC 1035 §3.3.14 requires.
def split_txt(line):
    if 'p=' not in line or len(line) < 300:
        return line
    name, rest = line.split('TXT', 1)
    value = rest.strip().strip('"')
    chunks = [value[i:i + 250] for i in range(0, len(value), 250)]
    return name + 'TXT ' + ' '.join(f'"{c}"' for c in chunks)
write("zone.txt", ("\n".join(split_txt(l) for l in zone.split("\n"))).encode())
