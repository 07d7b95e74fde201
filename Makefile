# Entry points; README.md documents them.
EXT := target/release/libaura_session.so
.PHONY: setup build demo test unit phpt web-test install

setup:
	scripts/setup.sh

build: setup
	cargo build --release

demo: build
	scripts/demo.sh

unit:
	cargo test --release

phpt:
	scripts/phpt.sh

web-test: build
	scripts/setup-web.sh
	scripts/web-test.sh

test: build unit phpt web-test

install: build
	install -m 0644 $(EXT) "$$(php-config --extension-dir)/aura_session.so"
	echo "extension=aura_session.so" > /etc/php/8.2/mods-available/aura_session.ini
	phpenmod -v 8.2 aura_session
