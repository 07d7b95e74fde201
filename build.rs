//! Compiles the small C shim that reads the session module's globals.
//! Its state lives behind the `PS()` macro, which has no Rust binding.
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/engine/shim.c");
    let includes = Command::new("php-config")
        .arg("--includes")
        .output()
        .expect("php-config not found: install php8.2-dev");
    let includes = String::from_utf8_lossy(&includes.stdout);
    let mut build = cc::Build::new();
    build.file("src/engine/shim.c").warnings(false);
    for dir in includes.split_whitespace() {
        build.include(dir.trim_start_matches("-I"));
    }
    build.compile("aura_session_shim");
}
