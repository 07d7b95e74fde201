# Included in the Makefile that phpize's configure writes (see config.m4).
# cargo decides what to rebuild, so it runs on every make. PHP_CONFIG is set
# only for a php-config other than the one on PATH: cargo rebuilds the
# bindings whenever PHP_CONFIG changes, and a plain cargo build leaves it unset.
.PHONY: aura-session-cargo

aura-session-cargo:
	cd "$(AURA_SESSION_CRATE)" && \
	if [ "$(AURA_SESSION_PHP_CONFIG)" != "$$(command -v php-config)" ]; then \
		export PHP_CONFIG="$(AURA_SESSION_PHP_CONFIG)"; \
	fi && "$(CARGO)" build --release

$(phplibdir)/aura_session.la: aura-session-cargo
	$(mkinstalldirs) $(phplibdir)
	cp "$(AURA_SESSION_CRATE)/target/release/libaura_session.so" $(phplibdir)/aura_session.so
	printf "dlname='aura_session.so'\n" > $@

TESTS = $(AURA_SESSION_CRATE)/php-tests
