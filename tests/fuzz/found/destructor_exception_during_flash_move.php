<?php
// Class 2 (PHP code in the middle of a call): a destructor throws while the flash move replaces NOW on resume. Expected (PHP library): the exception stops the move, NEXT[a] keeps -1 and regenerateId() throws it again (the move is retried). Extension: NEXT is emptied anyway.
// fuzz seed 11 case 97: mismatch:session.regenerateId:state
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php_serialize', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz97x"); session_start(); [$session, $S, $C] = Fz::newSession(false, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[0]->setFlashNow(1, new Hook(4, 'throw new RuntimeException("from a hook");', ''))), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Next']['a'] = -1;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::afterCommit($session->commit()); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->resume(); $H = $_SESSION["holder"] ?? $H;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw RuntimeException: from a hook
try {
    echo Fz::dump($session->regenerateId()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw RuntimeException: from a hook
echo Fz::state(), "\n";
