#!/usr/bin/env bash
# Checks packaging/aura_session.ini against an extension build (default:
# target/release/libaura_session.so): every aura_session.* setting the
# extension registers is listed there, commented out, with the extension's
# own default, and the file lists no setting the extension lacks. The file is
# written by hand for its comments; this keeps it from drifting when a
# setting is added or a default changes.
set -euo pipefail
cd "$(dirname "$0")/.."
so=${1:-target/release/libaura_session.so}
[ -f "$so" ] || { echo "check-ini: $so is missing; build it first (make build)" >&2; exit 1; }
case $so in /*) ;; *) so=$PWD/$so ;; esac
# -n: no php.ini, so the values read are the registered defaults.
php -n -d "extension=$so" -r '
    $file = $argv[1];
    $listed = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match("/^;(aura_session\.[a-z_]+) = (.*)$/", $line, $m)) {
            $listed[$m[1]] = trim($m[2], "\"");
        }
    }
    $problems = [];
    foreach (ini_get_all("aura_session", false) as $name => $default) {
        if (!array_key_exists($name, $listed)) {
            $problems[] = "$name is not listed (default \"$default\")";
        } elseif ($listed[$name] !== (string) $default) {
            $problems[] = "$name is listed as \"{$listed[$name]}\", its default is \"$default\"";
        }
        unset($listed[$name]);
    }
    foreach ($listed as $name => $value) {
        $problems[] = "$name is listed but the extension has no such setting";
    }
    foreach ($problems as $problem) {
        fwrite(STDERR, "check-ini: $file: $problem\n");
    }
    if ($problems) {
        exit(1);
    }
    echo "check-ini: $file lists every setting with its default\n";
' packaging/aura_session.ini
