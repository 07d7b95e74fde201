<?php
// Class 1 (stale pointers across writes): NOW[a][x] is a reference to NEXT[a]; setFlashNow('x', ...) makes the first write turn NEXT[a] into the value, the second write then goes into it. Expected (PHP library): Error 'Cannot use object of type Hook as array'. Extension: SIGSEGV.
// fuzz seed 11 case 64: crash:signal11:seg.setFlashNow
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz64x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(1); echo Fz::dump($S[0]->remove('x')), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['a']['x'] = &$_SESSION['Aura\\Session\\Flash\\Next']['a'];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::fillGc(2); echo Fz::dump($S[0]->setFlashNow('x', new Hook(4, '$_SESSION[\'Aura\\\\Session\\\\Flash\\\\Now\'][\'a\'] = \'str\';', ''))), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw Error: Cannot use object of type Hook as array
echo Fz::state(), "\n";
