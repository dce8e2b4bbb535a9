#!/usr/bin/env bash
# What summarizing costs in a build, as a user runs it.
#
#   bench/summarizing.sh DIR...
#
# Makes a site with the example site's settings (site.toml) of every story
# (*.txt, *.md; not *.expected.txt) under the folders, each given a slug of
# its folder and file name (news corpora repeat headlines), then builds it
# RUNS times (default 15) with
# `broadsheet build -v` on all cores, each build into a new output folder so
# that none is served from the build cache. With several binaries in BINS
# ("name=path ...", default: this checkout's release build), the builds
# alternate between them. Prints, for each binary, the medians (and ranges)
# of the summarizing stage, the build's wall time and summarizing's share
# of it, and the peak RSS. Outputs are moved aside, not deleted, until all
# runs are done (see bench/run.sh for why). Work happens in $BENCH_DIR
# (default: $TMPDIR/broadsheet-bench). Needs GNU time.
#
# The issue 4 figures: bench/summarizing.sh ../shared/corpus/wire
#   ../shared/corpus/summaries/bbc/articles ../shared/corpus/summaries/cnndm/articles
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: bench/summarizing.sh DIR..." >&2; exit 2; }

runs="${RUNS:-15}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/broadsheet-bench}/summarizing"
if [ -z "${BINS:-}" ]; then
  cargo build --release --locked --quiet
  BINS="broadsheet=$PWD/target/release/broadsheet"
fi
read -r -a bins <<<"$BINS"

site="$work/site"
rm -rf "$site" "$work/.broadsheet"
mkdir -p "$site/content" "$work/trash"
# (The example site's settings: this checkout's site.toml.)
cp site.toml "$site/site.toml"
stories=0
for dir in "$@"; do
  name="$(basename "$dir")"
  mkdir -p "$site/content/$name"
  while IFS= read -r -d '' file; do
    base="$(basename "$file")"
    case "$base" in *.expected.txt) continue ;; esac
    if head -c 3 "$file" | grep -q '^+++'; then
      cp -- "$file" "$site/content/$name/$base"
    else
      { printf '+++\nslug = "%s-%s"\n+++\n' "$name" "${base%.*}"; cat -- "$file"; } \
        >"$site/content/$name/$base"
    fi
    stories=$((stories + 1))
  done < <(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -print0)
done
echo "$stories stories, $runs builds each of: ${bins[*]}"

results="$work/results"
: >"$results"
for run in $(seq "$runs"); do
  for entry in "${bins[@]}"; do
    name="${entry%%=*}"
    bin="${entry#*=}"
    out="$work/out-$name-$run"
    log="$(cd "$site" && /usr/bin/time -f 'time %e %M' "$bin" build -v --output "$out" 2>&1 >/dev/null)" \
      || { echo "$log" >&2; exit 1; }
    stage="$(awk '$1 == "summarizing:" { print $2 }' <<<"$log")"
    read -r wall rss < <(awk '$1 == "time" { print $2, $3 }' <<<"$log")
    echo "$name $stage $wall $rss $(awk -v s="$stage" -v w="$wall" 'BEGIN { print 100 * s / w }')" >>"$results"
    into="$(mktemp -d "$work/trash/XXXXXX")"
    mv -- "$out" "$into/"
  done
done

# stats NAME COLUMN: the median, least and greatest of a column of NAME's runs.
stats() {
  awk -v name="$1" -v col="$2" '$1 == name { print $col }' "$results" | sort -g | awk '
    { v[NR] = $1 }
    END { print ((NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'
}
for entry in "${bins[@]}"; do
  name="${entry%%=*}"
  read -r stage stage_min stage_max < <(stats "$name" 2)
  read -r wall wall_min wall_max < <(stats "$name" 3)
  read -r rss _ _ < <(stats "$name" 4)
  read -r share share_min share_max < <(stats "$name" 5)
  printf '%s: summarizing %.3f s (%.3f–%.3f), build %.2f s (%.2f–%.2f), share %.1f %% (%.1f–%.1f), peak RSS %d MB\n' \
    "$name" "$stage" "$stage_min" "$stage_max" "$wall" "$wall_min" "$wall_max" \
    "$share" "$share_min" "$share_max" "$(awk -v r="$rss" 'BEGIN { print int(r / 1024) }')"
done
rm -rf "$work/trash" "$work/.broadsheet"
