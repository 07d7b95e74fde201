# Sourced by scripts/fuzz.sh and scripts/stress.sh, from the repository
# root, as
#   . scripts/seeded.sh NAME SECONDS SEED
# Checks SECONDS (a whole number, default 60) and SEED (a non-negative
# integer; a random one when empty) and sets seconds, seed and ext (AURA_EXT,
# or the release build). When the extension is missing it prints
# "NAME: seed N" (so the seed of a failed CI run is always on record) and
# exits 2.
seeded_name=$1
seconds=${2:-60}
seed=${3:-}
case "$seconds" in ''|*[!0-9]*) echo "usage: scripts/$seeded_name.sh [seconds] [seed]" >&2; exit 2 ;; esac
if [ -z "$seed" ]; then
    seed=$(( $(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 2147483647 + 1 ))
fi
case "$seed" in *[!0-9]*) echo "$seeded_name: the seed must be a non-negative integer" >&2; exit 2 ;; esac

ext=${AURA_EXT:-$PWD/target/release/libaura_session.so}
if [ ! -f "$ext" ]; then
    echo "$seeded_name: seed $seed"
    echo "$seeded_name: $ext is missing; run cargo build --release" >&2
    exit 2
fi
