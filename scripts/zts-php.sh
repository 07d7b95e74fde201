#!/usr/bin/env bash
# Builds a thread-safe (ZTS) PHP from Debian's own source package of a PHP
# series (by default the installed `php`'s, e.g. php8.4 on Debian 13) and
# installs it under its own prefix, /opt/aura-zts-php<upstream version>
# (ZTS_PHP_PREFIX overrides), so the system PHP is never touched. Configured with
# --enable-zts and as little as the tests need: session, opcache (no JIT),
# mbstring (no regex), ctype and tokenizer, the CLI, php-fpm and the Apache 2
# module (--with-apxs2; libphp.so is copied to <prefix>/lib/apache2/, the
# system Apache configuration is left alone).
#
# The source comes through apt (`apt-get source`) when the configured archive
# lists the series; otherwise (php8.4 on Debian 12) its .dsc and the files it
# names are fetched from the Debian archive's pool and unpacked with
# `dpkg-source -x`, which checks them against the .dsc's checksums.
#
# Cached: when <prefix>/.aura-zts-build matches the source version and the
# configure flags, nothing is built. Needs root (or sudo) for apt-get: adds a
# deb-src list (/etc/apt/sources.list.d/aura-zts-deb-src.sources, from the
# Debian entries already configured), and installs dpkg-dev, apache2-bin,
# apache2-dev, bison and re2c (and curl for the pool) when missing.
#
# Usage: scripts/zts-php.sh   builds when needed; prints the prefix last
# Environment: ZTS_PHP_SERIES (default: the installed php's, e.g. 8.2);
# ZTS_PHP<series without the dot>_VERSIONS, e.g. ZTS_PHP84_VERSIONS: the
# Debian versions of the source to try from the pool when apt lists none,
# newest first (default for 8.4: "8.4.16-1 8.4.11-1"; no default for other
# series); ZTS_PHP_POOL (default https://deb.debian.org/debian): the archive
# they are fetched from; ZTS_PHP_CFLAGS (default -O2; -O2 -g for line numbers
# in valgrind reports).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "zts-php: $*" >&2; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

series=${ZTS_PHP_SERIES:-$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')}
source_name="php$series"
deb_src=/etc/apt/sources.list.d/aura-zts-deb-src.sources

# deb-src twins of the Debian archive entries already configured: deb822
# stanzas (*.sources) and one-line entries (sources.list, *.list).
write_deb_src() {
    local tmp
    tmp=$(mktemp)
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && [ "$f" != "$deb_src" ] || continue
        awk '
            function flush() {
                if (stanza != "" && deb && debian && !disabled) print stanza "\n"
                stanza = ""; deb = debian = disabled = 0
            }
            /^[[:space:]]*$/ { flush(); next }
            /^#/ { next }
            /^Types:/ { if ($0 ~ /[[:space:]]deb([[:space:]]|$)/) deb = 1; $0 = "Types: deb-src" }
            /^URIs:/ { if ($0 ~ /\/debian(-security)?\/?([[:space:]]|$)/) debian = 1 }
            /^Enabled:[[:space:]]*no/ { disabled = 1 }
            { stanza = stanza (stanza == "" ? "" : "\n") $0 }
            END { flush() }
        ' "$f" >> "$tmp"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -nE 's#^deb[[:space:]]+((\[[^]]*\][[:space:]]+)?[^[:space:]]+/debian(-security)?/?[[:space:]].*)#deb-src \1#p' "$f" \
            | awk '{ print "# " $0 }' >> "$tmp"
    done
    # one-line entries go into their own .list file (a .sources file only
    # takes deb822 stanzas)
    if grep -q '^# deb-src' "$tmp"; then
        sed -n 's/^# deb-src/deb-src/p' "$tmp" | $sudo tee "${deb_src%.sources}.list" >/dev/null
        sed -i '/^# deb-src/d' "$tmp"
    fi
    if [ -s "$tmp" ]; then
        $sudo install -m 0644 "$tmp" "$deb_src"
    fi
    rm -f "$tmp"
    [ -s "$deb_src" ] || [ -s "${deb_src%.sources}.list" ] \
        || { say "found no Debian archive entry in /etc/apt to add deb-src for"; exit 1; }
}

# The versions of the source package the archive lists, newest first.
source_versions() {
    apt-cache showsrc -q "$source_name" 2>/dev/null | sed -n 's/^Version: //p' | sort -u \
        | while read -r v; do echo "$v"; done | sort -rV
}

# Versions to try from the pool when apt lists none: 8.4.16-1 (an upload to
# unstable) and 8.4.11-1 (Debian 13's release) were both served, while
# Debian 13's security updates of php8.4 and every php8.5 upload were not.
case $series in
    8.4) pool_default="8.4.16-1 8.4.11-1" ;;
    *) pool_default="" ;;
esac
pool_versions_var="ZTS_PHP${series//./}_VERSIONS"
pool_versions=${!pool_versions_var:-$pool_default}
pool=${ZTS_PHP_POOL:-https://deb.debian.org/debian}

from=apt
versions=$(source_versions || true)
# Only the first time: a series the archive does not have (php8.4 on Debian
# 12) would otherwise cost an apt-get update on every run.
if [ -z "$versions" ] && ! [ -e "$deb_src" ] && ! [ -e "${deb_src%.sources}.list" ]; then
    say "enabling deb-src for the Debian archive"
    write_deb_src
    $sudo apt-get update -q >&2
    versions=$(source_versions || true)
fi
if [ -z "$versions" ]; then
    [ -n "$pool_versions" ] \
        || { say "apt lists no $source_name source; set $pool_versions_var to versions in the Debian pool"; exit 1; }
    say "apt lists no $source_name source; from the Debian pool: $pool_versions ($pool_versions_var)"
    from=pool
    versions=$pool_versions
fi

# No debug info: a third less compile time; valgrind still names the functions.
zts_cflags="-O2"

# set_version V: prefix, configure flags and the cache stamp for version V.
set_version() {
    debian_version=$1
    upstream=${debian_version#*:}
    upstream=${upstream%%-*}
    upstream=${upstream%%+*}
    prefix=${ZTS_PHP_PREFIX:-/opt/aura-zts-php$upstream}
    configure_flags=(
        --prefix="$prefix"
        --with-config-file-path="$prefix/etc"
        --with-config-file-scan-dir="$prefix/etc/conf.d"
        --enable-zts
        --disable-all
        --enable-session
        --enable-opcache --disable-opcache-jit
        --enable-mbstring --disable-mbregex
        --enable-ctype
        --enable-tokenizer
        --enable-fpm
        --with-apxs2=/usr/bin/apxs2
        --disable-cgi
        --disable-phpdbg
        --without-pear
    )
    stamp_want="$source_name $debian_version ${ZTS_PHP_CFLAGS:-$zts_cflags} ${configure_flags[*]}"
    stamp="$prefix/.aura-zts-build"
}

# apache2-bin is what the tests run the module in, cached build or not.
need=()
tools=(dpkg-dev apache2-bin apache2-dev bison re2c autoconf gcc make)
[ "$from" = apt ] || tools+=(curl ca-certificates)
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p")
done
if ((${#need[@]})); then
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi

for v in $versions; do
    set_version "$v"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_want" ] && [ -x "$prefix/bin/php" ]; then
        say "cached build of $source_name $debian_version (ZTS) in $prefix"
        echo "$prefix"
        exit 0
    fi
done

# fetch_source V: the source of version V unpacked in the current directory.
fetch_source() {
    if [ "$from" = apt ]; then
        apt-get source -q "$source_name=$1"
        return
    fi
    local dir="$pool/pool/main/${source_name:0:1}/$source_name" dsc="${source_name}_${1#*:}.dsc" f
    curl -fsSLO "$dir/$dsc" || return
    # the orig tarball, its signature and the debian tarball, as the .dsc's
    # Files: lines name them
    for f in $(sed -nE '/^Files:/,/^[^ ]/s/^ [0-9a-f]{32} [0-9]+ ([^ /]+)$/\1/p' "$dsc"); do
        curl -fsSLO "$dir/$f" || return
    done
    # Refuses a file whose size or checksum differs from the .dsc's. Nothing
    # here checks the .dsc's own signature (that would take Debian's
    # maintainer keyring); it comes over https from the archive.
    dpkg-source -x "$dsc"
}

start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/aura-zts-php.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The newest version whose source the mirror serves (a mirror may list a
# security update's source but not carry it).
src=""
for v in $versions; do
    say "source of $source_name $v ($([ "$from" = apt ] && echo apt-get source || echo "$pool"))"
    if (cd "$work" && fetch_source "$v" > "$work/source.log" 2>&1); then
        set_version "$v"
        src=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name "${source_name}-*" | head -1)
        break
    fi
    grep -E '^(E|Err|curl|dpkg-source): ' "$work/source.log" | head -3 >&2
    find "$work" -mindepth 1 -delete
done
[ -n "$src" ] || { say "no source of $source_name could be fetched"; exit 1; }
if [ -e "$prefix" ]; then
    # only ever replace a prefix this script made
    [ -f "$stamp" ] || { say "$prefix exists and was not made by this script; set ZTS_PHP_PREFIX"; exit 1; }
    say "rebuilding: $prefix was built from something else"
    $sudo rm -rf "$prefix"
fi
cd "$src"
# Debian's patches touch configure.ac and the m4 files: regenerate configure
# the way its packaging does.
PHP_AUTOCONF=autoconf ./buildconf --force >&2
say "configure ${configure_flags[*]}"
CFLAGS=${ZTS_PHP_CFLAGS:-$zts_cflags} ./configure "${configure_flags[@]}" > "$work/configure.log" 2>&1 \
    || { tail -40 "$work/configure.log" >&2; say "configure failed"; exit 1; }
# The Apache module makes libtool compile every file twice, once as PIC for
# libphp.so and once without for the CLI and php-fpm; PIC objects serve all
# three, in half the time. So libtool makes only the PIC object (.libs/x.o);
# the CLI and php-fpm links, which name x.o, fail the first make and succeed
# in the second, once each x.o is a link to its PIC object.
sed -i 's/^build_old_libs=yes$/build_old_libs=no/' libtool
say "make -j$(nproc)"
make -k -j"$(nproc)" > "$work/make.log" 2>&1 || true
find . -name '*.lo' -print | while read -r lo; do
    pic="$(dirname "$lo")/.libs/$(basename "${lo%.lo}").o"
    if [ -f "$pic" ]; then ln -f "$pic" "${lo%.lo}.o"; fi
done
make -j"$(nproc)" >> "$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; say "make failed"; exit 1; }
# Every install target but the Apache module's: that one runs apxs -i -a,
# which would install into and enable it in the system Apache.
$sudo make install-cli install-fpm install-build install-headers install-programs install-modules \
    > "$work/install.log" 2>&1 || { tail -40 "$work/install.log" >&2; say "make install failed"; exit 1; }
$sudo install -D -m 0755 libs/libphp.so "$prefix/lib/apache2/libphp.so"
# run-tests.php where Debian's own PHP keeps it, in the extension dir's build/
$sudo install -D -m 0644 run-tests.php "$("$prefix/bin/php-config" --extension-dir)/build/run-tests.php"
$sudo mkdir -p "$prefix/etc/conf.d"
echo "zend_extension=opcache.so" | $sudo tee "$prefix/etc/conf.d/10-opcache.ini" >/dev/null
$sudo cp php.ini-development "$prefix/etc/php.ini-development"
[ "$("$prefix/bin/php" -r 'echo PHP_ZTS;')" = 1 ] || { say "$prefix/bin/php is not thread-safe"; exit 1; }
echo "$stamp_want" | $sudo tee "$stamp" >/dev/null
say "built $source_name $debian_version (ZTS) in $prefix in $(( $(date +%s) - start ))s"
echo "$prefix"
