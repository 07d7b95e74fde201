# Entry points; README.md documents them. `make help` lists every target
# whose rule line ends in `## what it does`, and the variables documented in
# `##> NAME=default  what it sets` lines, so the list cannot miss a target
# that has a description.
EXT := target/release/libaura_session.so
.DEFAULT_GOAL := help
.PHONY: help setup build demo demo-screenshots test unit phpt check-ini interop-test memcheck memcheck-subset stress stress-ci fuzz fuzz-valgrind asan web-test farm-test lazy-lock-test redis-store-test encryption-test fault-test load bench bench-encryption bench-concurrency differential install deb fresh-check zts-test

##> APP_ADDR=127.0.0.1:8080          where `make demo` serves the example app
##> WALKTHROUGH_ADDR=127.0.0.1:8081  where `make demo` serves the walkthrough
##> PHP_VERSION=X.Y                  the PHP `scripts/setup.sh` installs and builds for (e.g. 8.5)
##> PHP_CONFIG=/path/to/php-config   build, install or package for that PHP
##> SEED=n                           replay a stress, fuzz or differential run
##> STRESS_SECONDS, FUZZ_SECONDS     length of `make stress` and `make fuzz` (default 60)
##> COUNT=n                          scenarios of `make differential` (default 2000)
##> ROOTS="trixie sid-php8.5"        which clean roots `make fresh-check` builds

help: ## this list
	@echo "usage: make TARGET [NAME=value ...]"
	@echo
	@echo "targets:"
	@sed -nE -e 's/^([a-z][a-z0-9-]*):.*## (.*)$$/  \1\t\2/p' \
		-e 's/^([a-z][a-z0-9-]*):([^=#]*)$$/  \1\t(no description)/p' $(MAKEFILE_LIST) | expand -t 22
	@echo
	@echo "variables:"
	@sed -nE 's/^##> (.*)$$/  \1/p' $(MAKEFILE_LIST)

setup: ## install the Debian packages building and testing need (PHP, php-dev, libclang)
	scripts/setup.sh

build: setup ## build target/release/libaura_session.so
	cargo build --release

demo: setup ## serve the example app and the walkthrough (APP_ADDR, WALKTHROUGH_ADDR) until Ctrl-C
	scripts/demo.sh --check-ports
	$(MAKE) --no-print-directory build
	scripts/demo.sh

unit: ## the Rust unit tests
	cargo test --release

phpt: ## the phpt suite (php-tests/) through run-tests.php, with a Redis server of its own
	scripts/setup.sh redis-server
	scripts/phpt.sh

check-ini: ## packaging/aura_session.ini lists every setting at its default
	packaging/check-ini.sh

memcheck: build ## the whole phpt suite under valgrind
	scripts/setup.sh valgrind
	scripts/memcheck.sh

memcheck-subset: build ## a representative part of the phpt suite under valgrind
	scripts/setup.sh valgrind
	MEMCHECK_SUBSET=1 scripts/memcheck.sh

# The aliasing fuzzer runs as long as the stress scenarios unless
# FUZZ_SECONDS says otherwise: `make stress STRESS_SECONDS=1800` is the long run.
stress: build ## random call sequences, then the fuzzer (STRESS_SECONDS, SEED)
	scripts/stress.sh $(or $(STRESS_SECONDS),60) $(SEED)
	scripts/fuzz.sh $(or $(FUZZ_SECONDS),$(STRESS_SECONDS),60) $(SEED)

fuzz: build ## the aliasing fuzzer on a random or given seed (FUZZ_SECONDS, SEED)
	scripts/fuzz.sh $(or $(FUZZ_SECONDS),60) $(SEED)

# What `make test` runs: the stress scenarios, then a fixed seed's first 150
# fuzz cases and 300 with lazy_lock and the lifetimes on, the same every run (random seeds still find rare reference
# and destructor orderings that differ from the library: `make fuzz`).
stress-ci: build ## the stress run and fixed fuzz cases that make test runs
	scripts/stress.sh $(or $(STRESS_SECONDS),60) $(SEED)
	FUZZ_CASES=$(or $(FUZZ_CASES),150) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(FUZZ_SEED),3)
	FUZZ_OPT_IN=both FUZZ_CASES=$(or $(FUZZ_CASES),300) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(FUZZ_SEED),3)

# A fixed, small set of fuzz cases with the extension under valgrind memcheck.
fuzz-valgrind: build ## a few fuzz cases under valgrind
	scripts/setup.sh valgrind
	FUZZ_VALGRIND=1 FUZZ_CASES=$(or $(FUZZ_CASES),12) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(SEED),1)
	FUZZ_OPT_IN=both FUZZ_VALGRIND=1 FUZZ_CASES=$(or $(FUZZ_CASES),10) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(SEED),1)

# The phpt suite and the fuzzer against an AddressSanitizer build of the
# extension (scripts/asan.sh explains how, with a stable toolchain).
asan: setup ## the phpt suite and the fuzzer against an AddressSanitizer build
	scripts/asan.sh $(or $(FUZZ_SECONDS),60) $(SEED)

bench: build ## the per-call benchmark tables, then what encryption at rest adds to a request (docs/performance.md)
	scripts/bench.sh

bench-encryption: build ## what session.serialize_handler=aura_encrypted costs a request (docs/security.md)
	scripts/bench.sh --encryption

differential: build ## random scenarios through the extension and the PHP library (AURA_REFERENCE_SRC)
	scripts/differential.sh $(or $(COUNT),2000) $(SEED)

web-test: build ## HTTP and browser tests of the example app (built-in server, nginx + php-fpm) and the walkthrough
	scripts/setup-web.sh
	scripts/web-test.sh

demo-screenshots: build ## retake docs/demo/*.png: the walkthrough's pages in headless Chromium
	scripts/setup-web.sh
	scripts/setup.sh pngquant
	scripts/demo-screenshots.sh

farm-test: build ## the example app as a two-node farm on Redis and Redis Cluster
	scripts/setup-farm.sh
	scripts/farm-test.sh

lazy-lock-test: build ## the HTTP tests of aura_session.lazy_lock on files and Redis
	scripts/setup-farm.sh
	scripts/lazy-lock-test.sh

redis-store-test: build ## the native Redis save handler (aura_redis) over HTTP: races, faults, failover, beside phpredis
	scripts/setup-farm.sh
	scripts/redis-store-test.sh

encryption-test: build ## sessions encrypted at rest over HTTP on every store, and the key ring rotated
	scripts/setup-farm.sh
	scripts/encryption-test.sh

# Fault injection: a save handler failing at each step of every API call,
# lazy_lock 0 and 1, lifetimes off and on, user/files/Redis stores, plus a
# valgrind subset (tests/fault/test_fault.py; FAULT_FULL=1 for every case).
fault-test: build ## a save handler failing at each step of every API call
	scripts/setup.sh valgrind php-cgi
	scripts/setup-farm.sh
	scripts/fault-test.sh

bench-concurrency: build ## parallel requests on one session, lazy_lock on and off
	scripts/setup-farm.sh
	scripts/bench-concurrency.sh

load: build ## the two-node Redis farm under wrk load
	scripts/setup-farm.sh
	scripts/load.sh

# stress (which ends with the fuzzer) comes after the HTTP tests, so that a
# fuzz failure does not hide their results.
interop-test: build ## sealed sessions opened and made by Python's cryptography alone (docs/security.md)
	scripts/setup.sh python3-venv python3-pytest
	scripts/interop-test.sh

test: build unit phpt check-ini interop-test memcheck-subset web-test farm-test lazy-lock-test redis-store-test encryption-test fault-test stress-ci fuzz-valgrind ## the whole suite, as CI runs it first (about fifteen minutes on 2 cores)

# The whole suite under a thread-safe PHP built from Debian's source package
# (cached under /opt), and Apache's event MPM with its mod_php under load.
zts-test: setup ## the suite against thread-safe PHPs (the installed series, 8.4) built from Debian's source (cached under /opt)
	scripts/setup.sh valgrind python3 python3-pytest
	scripts/zts-test.sh

install: build ## install into the PHP php-config names and enable it
	packaging/install.sh

deb: build ## a Debian package for the PHP it is built against (target/deb/)
	scripts/setup.sh dpkg-dev lintian
	packaging/deb.sh

# ROOTS names the clean roots (default: bookworm trixie sid-php8.5 sid-php8.6).
fresh-check: ## the README's commands in clean Debian roots, plus the package and phpize builds
	scripts/fresh-check.sh $(ROOTS)
