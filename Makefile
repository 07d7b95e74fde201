# Entry points; README.md documents them.
EXT := target/release/libaura_session.so
PHP_EXT := php -d extension=$(CURDIR)/$(EXT)
DEMO_ADDR ?= 127.0.0.1:8080

.PHONY: setup build demo test unit phpt install

setup:
	scripts/setup.sh

build: setup
	cargo build --release

demo: build
	@echo "demo: open http://$(DEMO_ADDR)/ (Ctrl-C stops it)"
	$(PHP_EXT) -S $(DEMO_ADDR) -t examples/demo

unit:
	cargo test --release

phpt:
	scripts/phpt.sh

test: build unit phpt

install: build
	install -m 0644 $(EXT) "$$(php-config --extension-dir)/aura_session.so"
	echo "extension=aura_session.so" > /etc/php/8.2/mods-available/aura_session.ini
	phpenmod -v 8.2 aura_session
