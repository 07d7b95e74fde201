<?php
// Class 3 (typed references): the segment is a reference to the int property Holder::$n. Expected (PHP library): clear() throws TypeError 'Cannot assign array to reference held by property Holder::$n of type int' and $n keeps its int. Extension: returns null and stores [] in the int property.
// fuzz seed 12345 case 48: mismatch:seg.clear:out
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz48x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['b'] = &$H->n;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[1]->clear()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw TypeError: Cannot assign array to reference held by property Holder::$n of type int
echo Fz::state(), "\n";
