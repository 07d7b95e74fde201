#!/usr/bin/env bash
# Builds the Debian package of the extension for the PHP that php-config (or
# $PHP_CONFIG) describes, from the built target/release/libaura_session.so:
# target/deb/phpX.Y-aura-session_<version>_<arch>.deb, then checks it with
# lintian. The maintainer scripts enable the module with Debian's
# php-maintscript-helper (phpenmod / phpdismod), as Debian's own PHP
# extension packages do. The maintainer is whoever builds the package, as
# for any locally built .deb: DEBFULLNAME and DEBEMAIL, else the builder's git
# identity, else the author of the commit it is built from.
set -euo pipefail
cd "$(dirname "$0")/.."

php_config=${PHP_CONFIG:-php-config}
so=target/release/libaura_session.so
[ -f "$so" ] || { echo "deb: $so is missing; build it first (make build)" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps lintian; do
    command -v "$tool" >/dev/null || { echo "deb: $tool is missing (scripts/setup.sh dpkg-dev lintian)" >&2; exit 1; }
done

php=$("$php_config" --version | cut -d. -f1,2)
api=$("$php_config" --phpapi)
extdir=$("$php_config" --extension-dir)
version=$(sed -nE 's/^version = "(.*)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
pkg=php$php-aura-session
name=${DEBFULLNAME:-$(git config user.name 2>/dev/null || true)}
email=${DEBEMAIL:-$(git config user.email 2>/dev/null || true)}
[ -n "$name" ] || name=$(git log -1 --format=%an 2>/dev/null || true)
[ -n "$email" ] || email=$(git log -1 --format=%ae 2>/dev/null || true)
[ -n "$name" ] && [ -n "$email" ] ||
    { echo "deb: no maintainer: set DEBFULLNAME and DEBEMAIL (the name and address of whoever builds the package)" >&2; exit 1; }
maintainer="$name <$email>"
out=$PWD/target/deb
stage=$out/$pkg
rm -rf "$stage"
mkdir -p "$stage/DEBIAN"

install -D -m 0644 "$so" "$stage$extdir/aura_session.so"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$stage$extdir/aura_session.so"
install -d "$stage/etc/php/$php/mods-available"
packaging/check-ini.sh "$so"
install -m 0644 packaging/aura_session.ini "$stage/etc/php/$php/mods-available/aura_session.ini"
echo "/etc/php/$php/mods-available/aura_session.ini" >"$stage/DEBIAN/conffiles"

doc=$stage/usr/share/doc/$pkg
install -d "$doc"
built=$(git log -1 --format=%ct 2>/dev/null || date +%s)
sed -e "s/@PKG@/$pkg/g" -e "s/@YEAR@/$(date -u -d "@$built" +%Y)/g" packaging/copyright >"$doc/copyright"
{
    printf '%s (%s) unstable; urgency=medium\n\n' "$pkg" "$version"
    printf '  * Built from aura_session %s for PHP %s (API %s).\n\n' "$version" "$php" "$api"
    printf ' -- %s  %s\n' "$maintainer" "$(date -R -u -d "@$built")"
} | gzip -9n >"$doc/changelog.gz"
chmod 0644 "$doc/copyright" "$doc/changelog.gz"

for script in postinst postrm; do
    sed -e "s/@PHP@/$php/g" -e "s/@PKG@/$pkg/g" "packaging/$script" >"$stage/DEBIAN/$script"
    chmod 0755 "$stage/DEBIAN/$script"
done

# The shared libraries the .so links, as dpkg-shlibdeps reads them.
shlibs=$(cd "$out" && mkdir -p debian && printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$pkg" "$pkg" >debian/control &&
    dpkg-shlibdeps -O "$stage$extdir/aura_session.so" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$out/debian"

cat >"$stage/DEBIAN/control" <<CONTROL
Package: $pkg
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: phpapi-$api, php-common${shlibs:+, $shlibs}
Provides: php-aura-session
Section: php
Priority: optional
Description: Aura.Session as a native PHP extension
 The session classes of the Aura project (Aura\\Session, 4.x API: Session,
 Segment, CsrfToken and their factories) implemented natively in Rust.
 Applications written against the PHP library run unchanged.
 .
 This package is built for PHP $php (API $api).
CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f ! -path './etc/*' -printf '%P\0' | sort -z | xargs -0 md5sum >DEBIAN/md5sums)

deb=$out/${pkg}_${version}_${arch}.deb
dpkg-deb --build --root-owner-group "$stage" "$deb" >/dev/null
echo "deb: $deb"
lintian --fail-on error,warning --info "$deb"
echo "deb: lintian passed"
