#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: a browser test or a
# LibreOffice test must fail when its tool is absent, so the tool must be there.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v soffice >/dev/null 2>&1 || needed+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || needed+=(fonts-liberation2)
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Cài gói hệ thống còn thiếu: ${needed[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
else
  echo "Thiếu gói hệ thống: ${needed[*]}. Chạy: sudo apt-get install -y ${needed[*]}" >&2
  exit 1
fi
