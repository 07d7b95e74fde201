<?php
// Check order (minor): NOW[csrf] is a reference to an int property and the key is an object. Expected (PHP library): Error 'Cannot use a scalar value as an array'; extension: TypeError 'Illegal offset type' (the key is checked first). Either is an error; listed so the choice is deliberate.
// fuzz seed 11 case 35: mismatch:seg.setFlashNow:out
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz35x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->isStarted();
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['Aura\\Session\\CsrfToken'] = &$H->n;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(0); echo Fz::dump($S[2]->setFlashNow(new Hook(3, '$_SESSION[\'Aura\\\\Session\\\\CsrfToken\'][\'k\'] = \'str\';', ''), new stdClass())), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw Error: Cannot use a scalar value as an array
echo Fz::state(), "\n";
