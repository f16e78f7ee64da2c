#!/usr/bin/env bash
# Makes a development CA and a localhost certificate in ~/.office-addin-dev-certs (where `npm start` and
# webpack's dev server look), without sudo — for Linux, where `office-addin-dev-certs install` needs sudo.
# Then trust ca.crt in your browser (see TESTING.md). Valid 30 days; run again to renew.
set -euo pipefail
dir="$HOME/.office-addin-dev-certs"
mkdir -p "$dir"
cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -keyout ca.key -out ca.crt \
  -subj "/CN=Taizhang development CA" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -sha256 -keyout localhost.key -out localhost.csr -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > localhost.ext
openssl x509 -req -sha256 -days 30 -in localhost.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out localhost.crt -extfile localhost.ext 2>/dev/null
rm -f localhost.csr localhost.ext ca.srl
chmod 600 ca.key localhost.key
echo "Wrote $dir/ca.crt, localhost.crt, localhost.key. Trust ca.crt in your browser (TESTING.md, step 1)."
