<?php
// The endpoints the concurrency tests and `make bench-concurrency` call,
// one Aura session per request; ?op= picks what the request does, and each
// answers one JSON object, with the times (microtime) around its work.
use Aura\Session\Exception\ConcurrentModification;

$session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE);
$segment = $session->getSegment('t');
$op = $_GET['op'] ?? 'read';
$work = (int) ($_GET['ms'] ?? 0) * 1000;
$out = [];
try {
    switch ($op) {
        case 'start':       // the first request: creates the session
            $segment->set('n', 0);
            break;
        case 'read':
            $out['n'] = $segment->get('n');
            $out['begin'] = microtime(true);
            usleep($work);
            break;
        case 'slow-write':  // writes, then works on
            $segment->set('w', ($segment->get('w') ?? 0) + 1);
            $out['begin'] = microtime(true);
            usleep($work);
            break;
        case 'add':
            $segment->set('k' . $_GET['i'], 1);
            break;
        case 'increment':
            $n = $segment->get('n');
            usleep($work);
            $segment->set('n', $n + 1);
            break;
        case 'set-flash':
            $segment->setFlash('f', $_GET['v']);
            break;
        case 'get-flash':
            $out['flash'] = $segment->getFlash('f');
            usleep($work);
            break;
        case 'output-then-write':  // started before the output, written after
            $segment->get('n');
            echo str_repeat(' ', 100000);
            flush();
            $segment->set('late', 1);
            break;
        case 'csrf':
            $token = $session->getCsrfToken();
            $out['valid'] = $token->isValid($_GET['v'] ?? '');
            $out['token'] = $token->getValue();
            break;
        case 'dump':
            $out['segment'] = $segment->getSegment();
            break;
    }
} catch (ConcurrentModification $e) {
    $out['conflict'] = true;
}
$out['end'] = microtime(true);
$out['id'] = session_id();
// The PHP library, which the benchmark also serves, has no lifetimes.
$out['expired'] = method_exists($session, 'getExpiredReason') ? $session->getExpiredReason() : null;
echo json_encode($out);
