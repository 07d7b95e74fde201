<?php
// The endpoints of the encryption tests, one Aura session per request; ?op=
// picks what the request does, and each answers one JSON object. The pools
// seal with session.serialize_handler=aura_encrypted (php_value, so that
// ?plain=1 can switch a request to PHP's php_serialize: the control the
// session module's own behaviour is compared with). ?lazy=1 turns
// aura_session.lazy_lock on, ?rotate=1 the id rotation (1 s).
use Aura\Session\Exception\ConcurrentModification;

if (isset($_GET['plain'])) {
    ini_set('session.serialize_handler', 'php_serialize');
}
ini_set('aura_session.lazy_lock', isset($_GET['lazy']) ? '1' : '0');
if (isset($_GET['rotate'])) {
    ini_set('aura_session.rotate_interval', '1');
    ini_set('aura_session.rotate_grace', '5');
}

$op = $_GET['op'] ?? 'get';
$out = ['handler' => ini_get('session.serialize_handler')];
if ($op === 'read-and-close') {
    // the session module's own API: read, then closed without a write
    $out['started'] = session_start(['read_and_close' => true]);
    $out['user'] = $_SESSION['app']['user'] ?? null;
    $out['active'] = session_status() === PHP_SESSION_ACTIVE;
    $out['id'] = session_id();
    echo json_encode($out);
    return;
}

$session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE);
$segment = $session->getSegment('app');
try {
    switch ($op) {
        case 'login':       // a sign-in: a new id, then the user
            $session->start();
            $session->regenerateId();
            $segment->set('user', $_GET['v']);
            break;
        case 'get':
            $out['user'] = $segment->get('user');
            break;
        case 'set':
            $segment->set('user', $_GET['v']);
            break;
        case 'regenerate':
            $session->resume();
            $session->regenerateId();
            $out['user'] = $segment->get('user');
            break;
        case 'increment':
            $n = $segment->get('n') ?? 0;
            usleep((int) ($_GET['ms'] ?? 0) * 1000);
            $segment->set('n', $n + 1);
            break;
        case 'count':
            $out['n'] = $segment->get('n');
            break;
    }
} catch (ConcurrentModification $e) {
    $out['conflict'] = true;
}
$out['expired'] = $session->getExpiredReason();
$out['id'] = session_id();
echo json_encode($out);
