dnl PHP's own build path (phpize && ./configure && make && make install, as
dnl PECL, PIE and docker-php-ext-install run it). The extension is a Rust
dnl crate, the directory above this one: configure finds cargo, and
dnl Makefile.frag has cargo build the crate against this PHP and hands the
dnl .so to PHP's build as modules/aura_session.so, so that make install and
dnl make test (run-tests.php over ../php-tests) work as for any extension.
dnl This lives in its own directory because phpize and configure write a
dnl Makefile of their own, which would replace the crate's.

PHP_ARG_ENABLE([aura-session],
  [whether to enable aura_session],
  [AS_HELP_STRING([--disable-aura-session], [Do not build aura_session])],
  [yes])

if test "$PHP_AURA_SESSION" != "no"; then
  AC_PATH_PROG([CARGO], [cargo], [no])
  if test "$CARGO" = "no"; then
    AC_MSG_ERROR([cargo not found: aura_session is written in Rust; install a Rust toolchain (1.88 or newer) with rustup])
  fi
  dnl ext-php-rs generates its bindings to PHP's headers with bindgen, which
  dnl loads libclang at build time; without it cargo fails deep in a build
  dnl script. The places searched are those bindgen's loader searches.
  AC_MSG_CHECKING([for libclang])
  AURA_SESSION_LIBCLANG=no
  for aura_dir in $LIBCLANG_PATH `llvm-config --libdir 2>/dev/null` /usr/lib/llvm-*/lib /usr/lib/*-linux-gnu /usr/lib64 /usr/lib /usr/local/lib; do
    for aura_lib in "$aura_dir"/libclang.so "$aura_dir"/libclang-*.so "$aura_dir"/libclang.so.*; do
      if test -f "$aura_lib"; then
        AURA_SESSION_LIBCLANG=$aura_lib
        break 2
      fi
    done
  done
  AC_MSG_RESULT([$AURA_SESSION_LIBCLANG])
  if test "$AURA_SESSION_LIBCLANG" = "no"; then
    AC_MSG_ERROR([libclang not found: building aura_session generates bindings to PHP's headers with it; install libclang-dev (Debian, Ubuntu), clang-devel (Fedora) or set LIBCLANG_PATH to the directory holding libclang.so])
  fi
  AURA_SESSION_CRATE=`cd "$srcdir/.." && pwd`
  if test ! -f "$AURA_SESSION_CRATE/Cargo.toml"; then
    AC_MSG_ERROR([no Cargo.toml in $AURA_SESSION_CRATE: run phpize in the php-ext directory of the aura_session source])
  fi
  dnl cargo runs in another directory: php-config by its absolute path
  case "$PHP_CONFIG" in
    */*) AURA_SESSION_PHP_CONFIG=`cd "$(dirname "$PHP_CONFIG")" && pwd`/`basename "$PHP_CONFIG"` ;;
    *) AURA_SESSION_PHP_CONFIG=`command -v "$PHP_CONFIG"` ;;
  esac
  PHP_SUBST([CARGO])
  PHP_SUBST([AURA_SESSION_CRATE])
  PHP_SUBST([AURA_SESSION_PHP_CONFIG])
  dnl A libtool-style module file, as PHP_NEW_EXTENSION would make: the
  dnl generated Makefile's install-modules and test targets read it.
  PHP_MODULES="$PHP_MODULES \$(phplibdir)/aura_session.la"
  PHP_ADD_BUILD_DIR([modules])
  PHP_ADD_MAKEFILE_FRAGMENT([$srcdir/Makefile.frag])
fi
