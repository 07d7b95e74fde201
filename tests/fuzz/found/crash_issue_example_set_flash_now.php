<?php
// The example of the issue the fuzzer was written for, reduced by hand.
// Run: php -n -d extension=target/release/libaura_session.so tests/fuzz/found/<this file>
// Class 1 (stale pointers across writes): NOW[x][k] is a reference to NEXT[x], so the first write
// of setFlashNow() replaces NEXT[x] with 12345 and the second write goes into an int.
// Expected (PHP library): Error 'Cannot use a scalar value as an array', then the state below.
// Extension: SIGSEGV (exit 139).
require __DIR__ . '/../support.php';
Fz::setupSession(Fz::privateDir(), 'php', print: true);
session_start();
$session = new Aura\Session\Session(new Aura\Session\SegmentFactory(), new Aura\Session\CsrfTokenFactory(new FzRandval()), new Aura\Session\Phpfunc());
$seg = $session->getSegment('x');
$seg->set('warm', 1);
$_SESSION['Aura\Session\Flash\Now']['x']['k'] = &$_SESSION['Aura\Session\Flash\Next']['x'];
try {
    $seg->setFlashNow('k', 12345);
} catch (Throwable $e) {
    echo Fz::throwable($e), "\n";
}
echo Fz::state(), "\n";
