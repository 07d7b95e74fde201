<?php
// Class 3 (typed references): NOW[csrf][k] is a reference to the string property Holder::$s. Expected (PHP library): setFlashNow('k', true) stores '1' (the typed property coerces). Extension: stores bool true in a string property.
// fuzz seed 11 case 28: mismatch:seg.setFlashNow:state
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz28x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(0); echo Fz::dump($C->isValid('nope')), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret false
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['Aura\\Session\\CsrfToken']['k'] = &$H->s;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(0); echo Fz::dump($S[2]->setFlashNow('k', true)), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
echo Fz::state(), "\n";
