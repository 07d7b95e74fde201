<?php
// Classes 1+2: NOW[csrf] is a reference to $_SESSION itself and a destructor in NOW throws during the flash move on resume. Expected (PHP library): the state shown in the comments; the extension's NEXT differs after getSegment().
// fuzz seed 11 case 14: mismatch:seg.getSegment:state
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Comments give the oracle's outcome of each step; to run the oracle itself:
//   php -n -d auto_prepend_file=tests/fuzz/oracle.php tests/fuzz/found/<this file>
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
try {
    $A = []; $H = new Holder(); session_id("fz14x"); session_start(); [$session, $S, $C] = Fz::newSession(false, ['a', 'b', 'Aura\\Session\\CsrfToken']); $session->isStarted();
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now'] = ['k0' => 0, '81' => 1, '162' => new Hook(1, 'if (is_array($_SESSION[\'a\'])) { for ($fzj = 0; $fzj < 9; $fzj++) { $_SESSION[\'a\'][] = $fzj; } }', ''), 'h3' => 3, 'h4' => new Hook(2, 'throw new RuntimeException("from a hook");', ''), 'h5' => 5, 'h6' => ['k' => 1.5, 2 => 3], 0 => ''];
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    $_SESSION['Aura\\Session\\Flash\\Now']['Aura\\Session\\CsrfToken'] = &$_SESSION;
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    Fz::afterCommit($session->commit()); [$session, $S, $C] = Fz::newSession(true, ['a', 'b', 'Aura\\Session\\CsrfToken']);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: ret NULL
try {
    echo Fz::dump($S[0]->getSegment()), "\n";
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
// oracle: throw RuntimeException: from a hook
echo Fz::state(), "\n";
