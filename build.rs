//! Compiles the small C shim that reads the session module's globals.
//! Its state lives behind the `PS()` macro, which has no Rust binding.
//! The PHP is the one `php-config` describes; `PHP_CONFIG` names another
//! (as ext-php-rs's own build reads it), which the phpize build passes on.
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/engine/shim.c");
    println!("cargo:rerun-if-changed=src/engine/save_handler.c");
    println!("cargo:rerun-if-env-changed=PHP_CONFIG");
    let php_config = std::env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".into());
    let includes = Command::new(&php_config)
        .arg("--includes")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{php_config} could not be run ({e}): install the PHP development package \
             (php-dev on Debian; scripts/setup.sh does) or set PHP_CONFIG"
            )
        });
    let includes = String::from_utf8_lossy(&includes.stdout);
    let mut build = cc::Build::new();
    // A shim that disagrees with PHP's headers about a type must not build:
    // GCC before 14 only warns about incompatible pointers, and the binary
    // would read the session module's memory as the wrong type. The shim's
    // own warnings are errors; PHP's headers come in as system headers, whose
    // warnings (a newer compiler finds new ones) are PHP's to fix, not ours,
    // while a mismatch in how the shim uses them is still reported in the shim.
    build
        .file("src/engine/shim.c")
        .file("src/engine/save_handler.c")
        .std("c11")
        .warnings(true)
        .extra_warnings(true)
        .warnings_into_errors(true);
    for dir in includes.split_whitespace() {
        build.flag(format!("-isystem{}", dir.trim_start_matches("-I")));
    }
    build.compile("aura_session_shim");
}
