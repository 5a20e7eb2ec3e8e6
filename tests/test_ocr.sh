#!/bin/bash
# test_ocr.sh KEYFIG DIR - reads the exported slides back as a viewer would:
# Tesseract's Chinese model OCRs every PNG in DIR (keyfig --export at
# 1920x1080) and must find each slide's title and each figure's label, word
# for word (a section slide shows no title: its label is its heading). OCR
# is not perfect (it reads a dash "—" as "一", for one), so the bar is 85%
# of titles and 80% of labels (measured: 78/89 and 222/249; 85/89 before
# quotes were set tight beside ideographs: the model then misses half of the
# short “十四五”… titles, which read right to the eye); slides whose
# text were clipped, overdrawn, wrongly encoded or unreadably small fall far
# below it.
set -u
kf=$1 dir=$2
# quotation marks as one: a compressed ” beside an ideograph (CLREQ's
# Kaiming style) reads back as the ASCII " it then resembles, which is the
# model's way of spelling a quote, not a misread word
quotes() { sed 's/[“”‘’"'"'"']/"/g'; }
if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then
    echo "SKIPPED: tesseract with chi_sim is not installed (tools/setup --test installs it)"
    exit 77
fi
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# slide, kind, title, label, by the columns' names in --list's header
"$kf" --list | awk -F'\t' 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
    {print $c["slide"] "\t" $c["kind"] "\t" $c["title"] "\t" $c["label"]}' > "$tmp/rows"

n=0 titles=0 titles_read=0 labels=0 labels_read=0
prev=
while IFS=$'\t' read -r slide kind title label; do
    if [ "$slide" != "$prev" ]; then
        n=$((n + 1)); prev=$slide
        png=$(printf '%s/%02d-%s.png' "$dir" "$n" "$slide")
        tesseract "$png" - -l chi_sim 2>/dev/null | tr -d ' \n' | quotes > "$tmp/text"
        if [ "$kind" != section ]; then
            titles=$((titles + 1))
            if grep -qF -- "$(quotes <<< "$title")" "$tmp/text"; then titles_read=$((titles_read + 1))
            else echo "not read: slide $n ($slide) title \"$title\""; fi
        fi
    fi
    labels=$((labels + 1))
    if grep -qF -- "$(quotes <<< "$label")" "$tmp/text"; then labels_read=$((labels_read + 1))
    else echo "not read: slide $n ($slide) label \"$label\""; fi
done < "$tmp/rows"

echo "read back $titles_read of $titles titles, $labels_read of $labels labels"
pass=0 fail=0
[ $((titles_read * 100)) -ge $((titles * 85)) ] && pass=$((pass + 1)) || fail=$((fail + 1))
[ $((labels_read * 100)) -ge $((labels * 80)) ] && pass=$((pass + 1)) || fail=$((fail + 1))
echo "$pass passed, $fail failed"
[ $fail = 0 ]
