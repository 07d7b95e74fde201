<?php
// Fixed (keepFlash() now takes the non-empty side itself, as array_merge() does). Was: NEXT[csrf][x] is a reference to $_SESSION[csrf][k]; keepFlash(), then remove() of the whole segment. Expected (PHP library): NOW[csrf][x] and NEXT[csrf][x] end up as two independent nulls. Extension: they stay one PHP reference (&1 in the dump), so writing one changes the other.
// fuzz seed 4242 case 223: mismatch:seg.remove:state
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz223x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['Aura\\Session\\CsrfToken']['x'] = &$_SESSION['Aura\\Session\\CsrfToken']['k'];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[2]->keepFlash()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[2]->remove()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
echo Fz::state(), "\n";
