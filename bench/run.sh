#!/usr/bin/env bash
# Broadsheet against Hugo on the same generated stories.
#
#   bench/run.sh [SIZES...]      (default: 1000 10000 100000)
#
# For each size: generates the site (examples/gen_corpus) and the same
# stories laid out for Hugo, then builds each RUNS times (default 5),
# alternating the two tools, each into a missing output folder (the previous
# one is moved aside, not deleted: see set_aside below), and reports
# the medians of wall time, CPU time (user + system) and peak RSS, and
# stories per second (from /usr/bin/time -v). For the 10,000-story site it
# also times the rebuild after editing one story. Work happens in
# $BENCH_DIR (default: $TMPDIR/broadsheet-bench, on the ordinary disk; set it
# to a tmpfs folder to measure there). Needs hugo (Debian: apt-get install
# hugo) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
runs="${RUNS:-5}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/broadsheet-bench}"
mkdir -p "$work"

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example gen_corpus
bin="$PWD/target/release/broadsheet"
gen="$PWD/target/release/examples/gen_corpus"
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }

# measure NAME DIR COMMAND...: one run; appends "wall cpu rss_kb" to $work/NAME.times
measure() {
  local name="$1" dir="$2"
  shift 2
  local out
  out="$(cd "$dir" && /usr/bin/time -v "$@" 2>&1 >/dev/null)" || { echo "$out" >&2; exit 1; }
  local wall user sys rss
  wall="$(grep 'Elapsed (wall clock)' <<<"$out" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
  user="$(grep 'User time' <<<"$out" | awk '{print $NF}')"
  sys="$(grep 'System time' <<<"$out" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident' <<<"$out" | awk '{print $NF}')"
  echo "$wall $(echo "$user + $sys" | bc) $rss" >>"$work/$name.times"
}

# set_aside PATH...: moves the previous outputs out of the way instead of
# deleting them. On ext4 without a journal (this machine's disk), a new inode
# is not allocated where one was freed in the last minute, and the allocator
# checks every such inode in turn: a build right after deleting a 30,000-file
# tree spends many seconds in the kernel. Whichever tool ran first would pay
# for the other's deletion, so nothing is deleted until all runs are done.
trash="$work/.trash"
set_aside() {
  mkdir -p "$trash"
  for path in "$@"; do
    if [ -e "$path" ]; then
      local into
      into="$(mktemp -d "$trash/XXXXXX")" || exit 1
      mv -- "$path" "$into/"
    fi
  done
}
trap 'rm -rf "$trash"' EXIT

# median FILE COLUMN
median() {
  awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

report() {
  local name="$1" stories="$2"
  local wall cpu rss
  wall="$(median "$work/$name.times" 1)"
  cpu="$(median "$work/$name.times" 2)"
  rss="$(median "$work/$name.times" 3)"
  printf '| %s | %s | %.2f s | %.2f s | %d MiB | %.0f |\n' "$name" "$stories" "$wall" "$cpu" "$((rss / 1024))" "$(echo "$stories / $wall" | bc -l)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr); $(hugo version | cut -d' ' -f1-2); broadsheet $(git rev-parse --short HEAD); $(date -u +%F)"
echo "| tool | stories | wall (median) | CPU (median) | peak RSS | stories/s |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  site="$work/site-$n" hugo_site="$work/hugo-$n"
  if [ ! -f "$site/.generated" ]; then
    rm -rf "$site" "$hugo_site"
    "$gen" "$n" "$site" --hugo "$hugo_site" 2>/dev/null
    touch "$site/.generated"
  fi
  rm -f "$work/broadsheet-$n.times" "$work/hugo-$n.times"
  for _ in $(seq "$runs"); do
    set_aside "$site/public" "$site/.broadsheet" "$hugo_site/public" "$hugo_site/resources"
    measure "broadsheet-$n" "$site" "$bin" --quiet build
    measure "hugo-$n" "$hugo_site" hugo --quiet
  done
  report "broadsheet-$n" "$n"
  report "hugo-$n" "$n"
  if [ "$n" = 10000 ]; then
    # One edited story, after a full build: the rebuild.
    rm -f "$work/rebuild-$n.times"
    story="$(find "$site/content" -name '*.md' | sort | sed -n 1p)"
    for i in $(seq "$runs"); do
      printf '\nA sentence added in edit %s.\n' "$i" >>"$story"
      measure "rebuild-$n" "$site" "$bin" --quiet build
    done
    report "rebuild-$n" 1
  fi
done
