<?php
// The endpoints the concurrency tests and `make bench-concurrency` call,
// one Aura session per request; ?op= picks what the request does, and each
// answers one JSON object, with the times (microtime) around its work.
use Aura\Session\Exception\ConcurrentModification;

// For op=stall: writes the worker's pid where the test finds it, then waits
// for the test to kill the worker.
function stall_here(): void
{
    $mark = getenv('LAZYLOCK_MARKS') . '/stall-' . basename($_GET['tag'] ?? 'x');
    file_put_contents($mark . '.tmp', (string) getmypid());
    rename($mark . '.tmp', $mark);
    usleep(10000000);  // killed long before, unless the test went wrong
}

// A Phpfunc whose session function $at, once armed, stalls: after
// session_start() returned (the lock is held, the data read), or before
// session_write_close() writes.
final class StallingPhpfunc extends Aura\Session\Phpfunc
{
    public ?string $at = null;

    public function __call($func, $args)
    {
        if ($func === $this->at && $func === 'session_write_close') {
            $this->at = null;
            stall_here();
        }
        $result = parent::__call($func, $args);
        if ($func === $this->at && $func === 'session_start') {
            $this->at = null;
            stall_here();
        }
        return $result;
    }
}

$op = $_GET['op'] ?? 'read';
if ($op === 'stall') {
    $phpfunc = new StallingPhpfunc;
    $session = new Aura\Session\Session(
        new Aura\Session\SegmentFactory,
        new Aura\Session\CsrfTokenFactory(new Aura\Session\Randval($phpfunc)),
        $phpfunc,
        $_COOKIE
    );
} else {
    $session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE);
}
$segment = $session->getSegment('t');
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
        case 'stall':       // a write cycle the test kills the worker in
            $segment->get('n');
            if (isset($_GET['in'])) {   // in the save handler (the "wrapped" sites)
                StallingFilesHandler::$stallIn = $_GET['in'];
            } else {                    // in a Phpfunc override
                $phpfunc->at = $_GET['at'];
            }
            $segment->set('victim', $_GET['tag']);
            $session->commit();
            break;
        case 'read-then-set':  // decides on one key, works, writes another
            $out['seen'] = $segment->get($_GET['read']);
            usleep($work);
            $segment->set($_GET['key'], $_GET['v']);
            break;
        case 'own-start-increment':  // the application opens the session itself
            $n = $segment->get('n');
            usleep($work);
            session_start();
            $segment->set('n', $n + 1);
            break;
        case 'regenerate':  // a sign-in in another tab
            $session->regenerateId();
            $segment->set('user', 'alice');
            break;
        case 'destroy':     // a sign-out in another tab
            $session->destroy();
            break;
        case 'warnings':
            $out['warnings'] = $session->getSecurityWarnings();
            // not ini_get(), which was seen answering another pool's
            // php_admin_value for session.save_handler here (one opcache
            // serves every pool; the extension reads the setting itself)
            $out['handler'] = session_module_name();
            break;
    }
} catch (ConcurrentModification $e) {
    $out['conflict'] = true;
} catch (Aura\Session\Exception | RedisException $e) {
    // A write that did not land, or a store that failed: never a success.
    http_response_code(503);
    $out['error'] = get_class($e);
    $out['message'] = $e->getMessage();
}
$out['end'] = microtime(true);
$out['id'] = session_id();
// The PHP library, which the benchmark also serves, has no lifetimes. After
// a session ended (destroy(), or a write that found its id retired) the
// question would resume the id of the request's cookie, and so start a new
// session: not asked then.
$out['expired'] = method_exists($session, 'getExpiredReason') && $op !== 'destroy' && !isset($out['error'])
    ? $session->getExpiredReason() : null;
echo json_encode($out);
