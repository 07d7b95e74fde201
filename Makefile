# Entry points; README.md documents them.
EXT := target/release/libaura_session.so
.PHONY: setup build demo test unit phpt memcheck memcheck-subset stress web-test farm-test load bench differential install zts-test

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

memcheck: build
	scripts/setup.sh valgrind
	scripts/memcheck.sh

memcheck-subset: build
	scripts/setup.sh valgrind
	MEMCHECK_SUBSET=1 scripts/memcheck.sh

stress: build
	scripts/stress.sh $(or $(STRESS_SECONDS),60) $(SEED)

bench: build
	scripts/bench.sh

differential: build
	scripts/differential.sh $(or $(COUNT),2000) $(SEED)

web-test: build
	scripts/setup-web.sh
	scripts/web-test.sh

farm-test: build
	scripts/setup-farm.sh
	scripts/farm-test.sh

load: build
	scripts/setup-farm.sh
	scripts/load.sh

test: build unit phpt memcheck-subset stress web-test farm-test

# The whole suite under a thread-safe PHP built from Debian's source package
# (cached under /opt), and Apache's event MPM with its mod_php under load.
zts-test: setup
	scripts/setup.sh valgrind python3
	scripts/zts-test.sh

install: build
	install -m 0644 $(EXT) "$$(php-config --extension-dir)/aura_session.so"
	echo "extension=aura_session.so" > /etc/php/8.2/mods-available/aura_session.ini
	phpenmod -v 8.2 aura_session
