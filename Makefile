# Entry points; README.md documents them.
EXT := target/release/libaura_session.so
.PHONY: setup build demo test unit phpt memcheck memcheck-subset stress stress-ci fuzz fuzz-valgrind asan web-test farm-test lazy-lock-test fault-test load bench bench-concurrency differential install deb fresh-check zts-test

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

# The aliasing fuzzer runs as long as the stress scenarios unless
# FUZZ_SECONDS says otherwise: `make stress STRESS_SECONDS=1800` is the long run.
stress: build
	scripts/stress.sh $(or $(STRESS_SECONDS),60) $(SEED)
	scripts/fuzz.sh $(or $(FUZZ_SECONDS),$(STRESS_SECONDS),60) $(SEED)

fuzz: build
	scripts/fuzz.sh $(or $(FUZZ_SECONDS),60) $(SEED)

# What `make test` runs: the stress scenarios, then a fixed seed's first 150
# fuzz cases and 300 with lazy_lock and the lifetimes on, the same every run (random seeds still find rare reference
# and destructor orderings that differ from the library: `make fuzz`).
stress-ci: build
	scripts/stress.sh $(or $(STRESS_SECONDS),60) $(SEED)
	FUZZ_CASES=$(or $(FUZZ_CASES),150) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(FUZZ_SEED),3)
	FUZZ_OPT_IN=both FUZZ_CASES=$(or $(FUZZ_CASES),300) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(FUZZ_SEED),3)

# A fixed, small set of fuzz cases with the extension under valgrind memcheck.
fuzz-valgrind: build
	scripts/setup.sh valgrind
	FUZZ_VALGRIND=1 FUZZ_CASES=$(or $(FUZZ_CASES),12) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(SEED),1)
	FUZZ_OPT_IN=both FUZZ_VALGRIND=1 FUZZ_CASES=$(or $(FUZZ_CASES),10) FUZZ_SHRINK_SECONDS=0 scripts/fuzz.sh 0 $(or $(SEED),1)

# The phpt suite and the fuzzer against an AddressSanitizer build of the
# extension (scripts/asan.sh explains how, with a stable toolchain).
asan: setup
	scripts/asan.sh $(or $(FUZZ_SECONDS),60) $(SEED)

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

lazy-lock-test: build
	scripts/setup-farm.sh
	scripts/lazy-lock-test.sh

# Fault injection: a save handler failing at each step of every API call,
# lazy_lock 0 and 1, lifetimes off and on, user/files/Redis stores, plus a
# valgrind subset (tests/fault/test_fault.py; FAULT_FULL=1 for every case).
fault-test: build
	scripts/setup.sh valgrind php-cgi
	scripts/setup-farm.sh
	scripts/fault-test.sh

bench-concurrency: build
	scripts/setup-farm.sh
	scripts/bench-concurrency.sh

load: build
	scripts/setup-farm.sh
	scripts/load.sh

# stress (which ends with the fuzzer) comes after the HTTP tests, so that a
# fuzz failure does not hide their results.
test: build unit phpt memcheck-subset web-test farm-test lazy-lock-test fault-test stress-ci fuzz-valgrind

# The whole suite under a thread-safe PHP built from Debian's source package
# (cached under /opt), and Apache's event MPM with its mod_php under load.
zts-test: setup
	scripts/setup.sh valgrind python3 python3-pytest
	scripts/zts-test.sh

install: build
	packaging/install.sh

deb: build
	scripts/setup.sh dpkg-dev lintian
	packaging/deb.sh

# ROOTS names the clean roots (default: bookworm trixie sid-php8.5 sid-php8.6).
fresh-check:
	scripts/fresh-check.sh $(ROOTS)
