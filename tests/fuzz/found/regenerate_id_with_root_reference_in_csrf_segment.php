<?php
// fuzz seed 1 case 149: mismatch:session.regenerateId:out. Destructors that unset entries and run the cycle collector while regenerateId() rotates a CSRF segment holding a reference to $_SESSION: each failing write adds a TypeError to the chain, and the extension's chain is one shorter than the oracle's (the count also changes with the state, 3 in this shrunk form).
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz149x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->isStarted();
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['Aura\\Session\\CsrfToken'] = ['value0' => 0, 'k1' => new Hook(4, 'unset($_SESSION[\'Aura\\\\Session\\\\Flash\\\\Next\'][\'Aura\\\\Session\\\\CsrfToken\'][\'x\']);', 'gc_collect_cycles();'), '02' => 2, 'h3' => 3, 'h4' => 4, 'h5' => 5, 'h6' => 6, 'h7' => 7, 'h8' => 8, 'h9' => '7', 'h10' => 10, 'h11' => 11, 'h12' => 12, 'h13' => new Hook(5, 'unset($_SESSION[\'Aura\\\\Session\\\\Flash\\\\Next\'][\'a\'][\'x\']);', ''), 'h14' => 14, 'h15' => 15, 'h16' => 16];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\CsrfToken']['x'] = &$_SESSION;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($session->regenerateId()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw TypeError: Cannot access offset of type string on string (previous TypeError: Cannot access offset of type string on string (previous TypeError: Cannot access offset of type string on string))
echo Fz::state(), "\n";
