#!/usr/bin/env python3
"""Writes vmc-chain.pem: a made-up BIMI mark certificate chain for the
tests (leaf, intermediate, root), built to the shape of a VMC:
RFC 9399 logotype extension with the gzipped SVG as a data: URL and its
SHA-256, the id-kp-BrandIndicatorforMessageIdentification EKU
(1.3.6.1.5.5.7.3.31), the domain as a dNSName. Keys are generated afresh
each run; the checked-in output is what the tests read. Needs the
`cryptography` package (PyPI)."""
import base64, datetime, gzip, hashlib, pathlib
from cryptography import x509
from cryptography.x509.oid import NameOID, ObjectIdentifier
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

here = pathlib.Path(__file__).parent
svg = (here / "logo-tiny-ps.svg").read_bytes()
gz = gzip.compress(svg, mtime=0)
uri = b"data:image/svg+xml;base64," + base64.b64encode(gz)

def der(tag, content):
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + length + content

seq = lambda *xs: der(0x30, b"".join(xs))
sha256_alg = seq(der(0x06, bytes.fromhex("608648016503040201")))
details = seq(
    der(0x16, b"image/svg+xml"),
    seq(seq(sha256_alg, der(0x04, hashlib.sha256(gz).digest()))),
    seq(der(0x16, uri)),
)
logotype = seq(der(0xA2, der(0xA0, seq(seq(details)))))

def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Mark Authority"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])

start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
end = datetime.datetime(2036, 1, 1, tzinfo=datetime.timezone.utc)
keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]

def cert(subject, issuer, key, signer, ca, extra=()):
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(start).not_valid_after(end)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    for ext, critical in extra:
        b = b.add_extension(ext, critical=critical)
    return b.sign(signer, hashes.SHA256())

root = cert(name("Example BIMI Root"), name("Example BIMI Root"), keys[0], keys[0], True)
inter = cert(name("Example BIMI Issuing CA"), root.subject, keys[1], keys[0], True)
leaf_subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Company"),
                          x509.NameAttribute(NameOID.COMMON_NAME, "Example Company")])
leaf = cert(leaf_subject, inter.subject, keys[2], keys[1], False, [
    (x509.ExtendedKeyUsage([ObjectIdentifier("1.3.6.1.5.5.7.3.31")]), False),
    (x509.SubjectAlternativeName([x509.DNSName("example.com")]), False),
    (x509.UnrecognizedExtension(ObjectIdentifier("1.3.6.1.5.5.7.1.12"), logotype), False),
])
pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, inter, root))
(here / "vmc-chain.pem").write_bytes(pem)
