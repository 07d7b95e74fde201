<?php
// Still after main's engine rework: the CSRF segment holds an object (Holder). Expected (PHP library): regenerateId() iterates its properties and throws Error 'Cannot use object of type Holder as array' at the first write (or, per README.md, an Aura\Session\Exception naming the slot). Extension: returns true and rotates nothing.
// fuzz seed 2026 case 720: mismatch:session.regenerateId:out
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz720x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\CsrfToken'] = $H;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(2); echo Fz::dump($session->regenerateId()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw Error: Cannot use object of type Holder as array
echo Fz::state(), "\n";
