<?php
// Still after main's engine rework: the CSRF segment is a reference to an int property. Expected (PHP library): regenerateId() returns true with the warning 'foreach() argument must be of type array|object, int given'. Extension: true, no warning.
// fuzz seed 2026 case 328: mismatch:session.regenerateId:warnings
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz328x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->isStarted();
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $H->n = 5; $H->a = null; $H->s = "s";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\CsrfToken'] = &$H->n;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(0); echo Fz::dump($session->regenerateId()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret true
echo Fz::state(), "\n";
