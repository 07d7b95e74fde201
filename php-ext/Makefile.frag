# Included in the Makefile that phpize's configure writes (see config.m4).
# cargo decides what to rebuild, so it runs on every make.
.PHONY: aura-session-cargo

aura-session-cargo:
	cd "$(AURA_SESSION_CRATE)" && PHP_CONFIG="$(AURA_SESSION_PHP_CONFIG)" "$(CARGO)" build --release

$(phplibdir)/aura_session.la: aura-session-cargo
	$(mkinstalldirs) $(phplibdir)
	cp "$(AURA_SESSION_CRATE)/target/release/libaura_session.so" $(phplibdir)/aura_session.so
	printf "dlname='aura_session.so'\n" > $@

TESTS = $(AURA_SESSION_CRATE)/php-tests
