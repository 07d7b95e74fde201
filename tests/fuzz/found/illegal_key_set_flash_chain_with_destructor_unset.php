<?php
// fuzz seed 1953138260 case 6357: mismatch:seg.setFlash:out
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz6357x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->isStarted();
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['b'] = [0, 1, 2, 3, new Hook(1, '$_SESSION[\'Aura\\\\Session\\\\Flash\\\\Next\'][\'b\'] = 5;', ''), 5, 6, -1, 8];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['b'] = &$_SESSION['Aura\\Session\\Flash\\Next']['b']['k'];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[1]->setFlash(new Hook(2, 'if (is_array($_SESSION[\'b\'])) { for ($fzj = 0; $fzj < 9; $fzj++) { $_SESSION[\'b\'][] = $fzj; } }', ''), new Hook(3, 'unset($_SESSION[\'Aura\\\\Session\\\\Flash\\\\Next\'][\'b\'][\'k\']);', ''))), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw Error: Cannot unset offset in a non-array variable (previous Error: Cannot use a scalar value as an array)
echo Fz::state(), "\n";
