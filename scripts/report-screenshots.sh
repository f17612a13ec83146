#!/usr/bin/env bash
# Renders the documents of the shipped demo records as LibreOffice prints them and saves the
# pages a reviewer looks at as PNG files in docs/screenshots/: the UBND report's first page, its
# part II (the tasks), an appendix page (donors), one handover receipt and one page of slips.
# Run from the repository root after `make .venv/.installed`; needs LibreOffice and poppler-utils.
set -euo pipefail
AS_OF=2022-06-30                # the end of the demo's school year: the same pictures every day
RECEIPT=th-nguyen-khuyen/bg-6pf49q57
SLIPS=th-nguyen-khuyen
OUT=docs/screenshots
MINHBACH=${MINHBACH:-.venv/bin/minhbach}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$MINHBACH" report ubnd --as-of "$AS_OF" --reports "$work" --out "$work/bao-cao-ubnd.docx" >/dev/null
"$MINHBACH" report receipts --settings publishconf.py --school "${RECEIPT%%/*}" --reports "$work" >/dev/null
"$MINHBACH" report slips --settings publishconf.py --school "$SLIPS" --reports "$work" >/dev/null
soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/pdf" \
  "$work/bao-cao-ubnd.docx" "$work/bien-ban-ban-giao/$RECEIPT.docx" "$work/phieu-ma-tra-cuu/$SLIPS.docx" \
  >/dev/null 2>&1

page_of() {  # the first page of $1 whose text holds $2
  local pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((n = 1; n <= pages; n++)); do
    if pdftotext -f "$n" -l "$n" "$1" - | grep -q "$2"; then echo "$n"; return; fi
  done
  echo "không thấy \"$2\" trong $1" >&2
  exit 1
}

shot() {  # shot PDF PAGE NAME
  pdftoppm -r 100 -f "$2" -l "$2" -singlefile -png "$1" "$OUT/$3"
  echo "$OUT/$3.png (trang $2)"
}

mkdir -p "$OUT"
ubnd="$work/pdf/bao-cao-ubnd.pdf"
shot "$ubnd" 1 ubnd-trang-1
shot "$ubnd" "$(page_of "$ubnd" 'NHỮNG VIỆC CẦN TIẾP TỤC')" ubnd-phan-ii
shot "$ubnd" "$(page_of "$ubnd" 'Phụ lục II')" ubnd-phu-luc
shot "$work/pdf/${RECEIPT##*/}.pdf" 1 bien-ban-ban-giao
shot "$work/pdf/$SLIPS.pdf" 1 phieu-ma-tra-cuu
