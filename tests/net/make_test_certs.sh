#!/bin/sh
# Makes throw-away TLS material for the net tests, in the build tree (never committed): a test
# CA, a server certificate for 127.0.0.1 signed by it, and a self-signed "rogue" certificate.
# Usage: make_test_certs.sh OUTPUT_DIR
set -eu
out=$1
mkdir -p "$out"
cd "$out"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1" 2>/dev/null; }
days=3650

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days $days -subj "/CN=nownext test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" -out ca.pem

key server.key
openssl req -new -key server.key -subj "/CN=127.0.0.1" -out server.csr
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
  > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days $days \
  -extfile server.ext -out server.pem 2>/dev/null

key rogue.key
openssl req -x509 -new -key rogue.key -sha256 -days $days -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" -out rogue.pem
