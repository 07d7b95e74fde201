<?php
// Class 2: Session::keepFlash() (extension only; the oracle does what README.md documents: Segment::keepFlash() per segment in NOW) with destructors that throw in the merged buckets: NEXT[a] ends up renumbered in the extension, unchanged in the oracle.
// fuzz seed 11 case 235: mismatch:session.keepFlash:state
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz235x"); session_start(); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['a'] = ['10' => new Hook(2, 'throw new RuntimeException("from a hook");', ''), 8 => 5];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['Aura\\Session\\CsrfToken'] = [0, 1, '', 3, $H, 5, new Hook(3, 'throw new RuntimeException("from a hook");', ''), 7, 8, 9, 10, 11, [16 => 'str', 2 => 3], 13, 14, 15];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump(method_exists($session, "keepFlash") ? $session->keepFlash() : Fz::keepAllFlash($session)), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw RuntimeException: from a hook
echo Fz::state(), "\n";
