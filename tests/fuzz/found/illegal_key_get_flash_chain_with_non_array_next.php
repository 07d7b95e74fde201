<?php
// fuzz seed 1953138260 case 3483: mismatch:seg.getFlash:out
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz3483x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['a'] = ['00' => 0, '11' => 1, '82' => 2, 'h3' => 3, 'h4' => 4, 'h5' => 5, 'h6' => 6, 'h7' => 7, 1 => ['value' => new Hook(3, '$_SESSION[\'a\'] = &$_SESSION[\'Aura\\\\Session\\\\Flash\\\\Now\'][\'a\'][8];', ''), 2 => 3]];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['b'] = ['str', new Hook(4, 'unset($_SESSION[\'b\'][1]);', ''), new Hook(5, 'unset($_SESSION[\'a\'][1]);', ''), 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['a'] = &$H->n;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\CsrfToken'][1] = &$_SESSION['a'][1];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[0]->getFlash(new Hook(8, '$_SESSION[\'Aura\\\\Session\\\\CsrfToken\'][1] = &$_SESSION[\'Aura\\\\Session\\\\Flash\\\\Now\'][\'b\'];', ''))), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw Error: Cannot use a scalar value as an array
echo Fz::state(), "\n";
