#!/usr/bin/env bash
# `make asan`: the phpt suite and the aliasing fuzzer (scripts/fuzz.sh)
# against an AddressSanitizer build of the extension.
#
# How, without a nightly toolchain: the stable rustc accepts the unstable
# -Zsanitizer=address when RUSTC_BOOTSTRAP=1. The build goes to its own
# target directory (target/asan) with an explicit --target, so the flag
# reaches the extension and its dependencies but not build scripts and proc
# macros. Rust ships the ASan runtime only as a static archive, which rustc
# links into executables, not into a cdylib; PHP's binary is not
# instrumented, so the runtime is GCC's shared libasan (same ABI), preloaded
# into every PHP process that loads the extension. PHP loads extensions with
# dlopen(RTLD_DEEPBIND), which the ASan runtime refuses (it aborts: "dlopen
# ... with RTLD_DEEPBIND flag which is incompatible with sanitizer runtime"),
# so a tiny preloaded shim, built here, drops that flag; the extension calls
# no symbol that PHP's binary also defines, so deep binding changes nothing.
# PHP's own allocator is off
# (USE_ZEND_ALLOC=0), so every engine allocation goes through ASan's malloc
# and a Rust read or write of freed or out-of-bounds engine memory is
# reported. Leak checking is off (detect_leaks=0): PHP without its
# allocator leaks by design at shutdown, and scripts/memcheck.sh owns leaks.
#
# Usage: scripts/asan.sh [fuzz seconds (default 60)] [seed (default: random)]
# Prints the phpt and fuzz summary lines; exits non-zero when either fails.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
seed=${2:-}
triple=$(rustc -vV | sed -n 's/^host: //p')
runtime=$(gcc -print-file-name=libasan.so 2>/dev/null || true)
if [ -z "$runtime" ] || [ ! -e "$runtime" ]; then
    echo "asan: GCC's libasan.so is missing (apt-get install gcc, or libasan8)" >&2
    exit 2
fi
runtime=$(realpath "$runtime")

RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zsanitizer=address" \
    cargo build --release --target "$triple" --target-dir target/asan
ext="$PWD/target/asan/$triple/release/libaura_session.so"
shim="$PWD/target/asan/nodeepbind.so"
gcc -shared -fPIC -O1 -o "$shim" -x c - -ldl <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
    static void *(*next)(const char *, int);
    if (!next) {
        next = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
    }
    return next(file, mode & ~RTLD_DEEPBIND);
}
C
# the shim must come before the runtime to see PHP's dlopen() first
preload="$shim:$runtime"

# exitcode 86 tells an ASan report from PHP's own exit codes
# verify_asan_link_order=0: the runtime is not the first preloaded library
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:exitcode=86:detect_odr_violation=0:verify_asan_link_order=0
export USE_ZEND_ALLOC=0

status=0
LD_PRELOAD="$preload" AURA_EXT="$ext" scripts/phpt.sh || status=1
AURA_EXT="$ext" FUZZ_PHP_PRELOAD="$preload" scripts/fuzz.sh "$seconds" $seed || status=1
exit "$status"
