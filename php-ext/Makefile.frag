# Included in the Makefile that phpize's configure writes (see config.m4).
# cargo decides what to rebuild, so it runs on every make. PHP_CONFIG is set
# only for a php-config other than the one on PATH: cargo rebuilds the
# bindings whenever PHP_CONFIG changes, and a plain cargo build leaves it unset.
.PHONY: aura-session-cargo

# `make install` once the module is built does not run cargo again: PIE runs
# it under sudo when the extension directory is not writable, and root's
# environment may have no Rust toolchain (rustup's cargo finds none in root's
# home) while the build, made as the user, is already complete.
AURA_SESSION_BUILT := $(if $(filter install,$(MAKECMDGOALS)),$(wildcard $(phplibdir)/aura_session.so))

aura-session-cargo:
ifeq ($(AURA_SESSION_BUILT),)
	cd "$(AURA_SESSION_CRATE)" && \
	if [ "$(AURA_SESSION_PHP_CONFIG)" != "$$(command -v php-config)" ]; then \
		export PHP_CONFIG="$(AURA_SESSION_PHP_CONFIG)"; \
	fi && "$(CARGO)" build --release
endif

$(phplibdir)/aura_session.la: aura-session-cargo
ifeq ($(AURA_SESSION_BUILT),)
	$(mkinstalldirs) $(phplibdir)
	cp "$(AURA_SESSION_CRATE)/target/release/libaura_session.so" $(phplibdir)/aura_session.so
	printf "dlname='aura_session.so'\n" > $@
endif

TESTS = $(AURA_SESSION_CRATE)/php-tests
