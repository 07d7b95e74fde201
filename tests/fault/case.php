<?php
/*
 * One fault-injection case, one request, run by php-cgi with FAULT_SPEC=the
 * spec file and the session cookie in HTTP_COOKIE, so that the response's
 * headers (the Set-Cookie the client keeps) are seen as a browser sees them
 * (tests/fault/driver.py writes the spec and reads the record file).
 *
 * The request carries the cookie of a seeded session and runs three steps
 * through the Aura API: a read that resumes the session ("pre", left out for
 * the operations that start it themselves), the operation under test, and
 * a second write ("post"), so that a failure in one cycle is followed by a
 * cycle that could carry its leftovers into the store. After each step it
 * records the outcome (returned, with the value, or threw) and the state
 * of the session module and of the store's lock. A shutdown function
 * records the id the request ends with, after the session module's own
 * end-of-request write.
 *
 * SPEC: impl ("ext": the extension is loaded; "lib": the PHP library from
 * lib_src), backend (user, files, redis, aura), dir, port, prefix, id, op, pre,
 * plan ({method, index, kind} or null), out (the record file); with inspect
 * set, the request only reads the committed value (the client's next request).
 */
declare(strict_types=1);

$spec = json_decode(file_get_contents(getenv('FAULT_SPEC') ?: $argv[1]), true, 512, JSON_THROW_ON_ERROR);
require __DIR__ . '/handler.php';
Rec::open($spec['out']);

if ($spec['impl'] === 'lib') {
    $src = rtrim($spec['lib_src'], '/');
    spl_autoload_register(function (string $class) use ($src): void {
        $prefix = 'Aura\\Session\\';
        if (str_starts_with($class, $prefix)) {
            $file = $src . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });
} elseif (!extension_loaded('aura_session')) {
    fwrite(STDERR, "case.php: the extension is not loaded\n");
    exit(2);
}

// Warnings and notices are part of the outcome (PHP's "Failed to write
// session data" is how the default mode reports a lost write); a fatal
// error keeps PHP's own handling.
set_error_handler(function (int $no, string $msg): bool {
    Rec::add(['warning' => $msg, 'level' => $no]);
    return !in_array($no, [E_USER_ERROR, E_ERROR, E_RECOVERABLE_ERROR], true);
});

$store = match ($spec['backend']) {
    'user' => new UserStore($spec['dir']),
    'files' => new FilesStore($spec['dir']),
    'redis' => new RedisStore((int) $spec['port'], $spec['prefix']),
    'aura' => new AuraStore((int) $spec['port'], $spec['prefix']),
};
$handler = new FaultHandler($store, $spec['plan']);
session_set_save_handler($handler, true);

// The request carries the session cookie (php-cgi reads HTTP_COOKIE; PHP
// reads it again at every session_start() that has no id yet, as a failed
// start forgets the id).
$seeded = $spec['id'];
if (!isset($_COOKIE[session_name()])) {
    $_COOKIE[session_name()] = $seeded;
}

/** The ids whose store lock is held now, among the ids this request used. */
function locks_held(InnerStore $store, array $ids): array
{
    $held = [];
    foreach (array_unique(array_filter($ids, 'strlen')) as $id) {
        if ($store->lockHeld($id)) {
            $held[] = $id;
        }
    }
    return $held;
}

$ids = [$seeded];
$current = function () use (&$ids): string {
    $id = (string) session_id();
    if ($id !== '' && !in_array($id, $ids, true)) {
        $ids[] = $id;
    }
    return $id;
};

register_shutdown_function(function () use ($store, &$ids, $current): void {
    // Registered after session_set_save_handler()'s own shutdown function,
    // so this runs after the end-of-request write.
    $id = $current();
    Rec::add([
        'end' => true,
        'id' => $id,
        'status' => session_status(),
        'locks' => locks_held($store, $ids),
    ]);
});

$session = (new Aura\Session\SessionFactory())->newInstance([session_name() => $seeded]);
$segment = $session->getSegment('app');

$ops = [
    'segment.get' => fn () => $segment->get('committed'),
    'segment.set' => fn () => $segment->set('k', 'v1'),
    'segment.remove' => fn () => $segment->remove('committed'),
    'segment.clear' => fn () => $segment->clear(),
    'segment.setFlash' => fn () => $segment->setFlash('n', 'x'),
    'segment.getFlash' => fn () => $segment->getFlash('f'),
    'segment.keepFlash' => fn () => $segment->keepFlash(),
    'segment.setFlashNow' => fn () => $segment->setFlashNow('m', 'y'),
    'segment.clearFlash' => fn () => $segment->clearFlash(),
    'segment.clearFlashNow' => fn () => $segment->clearFlashNow(),
    'segment.getFlashNext' => fn () => $segment->getFlashNext('f'),
    'segment.getSegment' => fn () => is_array($segment->getSegment()) ? 'array' : $segment->getSegment(),
    'session.start' => fn () => $session->start(),
    'session.resume' => fn () => $session->resume(),
    'session.commit' => fn () => $session->commit(),
    'session.clear' => fn () => $session->clear(),
    'session.destroy' => fn () => $session->destroy(),
    'session.regenerateId' => fn () => $session->regenerateId(),
    'csrf.getValue' => fn () => $session->getCsrfToken()->getValue('other'),
    'csrf.isValid' => fn () => $session->getCsrfToken()->isValid('tok0'),
    'csrf.regenerateValue' => fn () => $session->getCsrfToken()->regenerateValue(),
];

$steps = [];
if (!empty($spec['inspect'])) {
    // The client's next request, without a fault: what it reads.
    $steps['next'] = fn () => $segment->get('committed');
} elseif ($spec['pre']) {
    $steps['pre'] = fn () => $segment->get('committed');
}
if (empty($spec['inspect'])) {
    $steps['op'] = $ops[$spec['op']];
    $steps['post'] = fn () => $segment->set('after', 'a1');
}

foreach ($steps as $name => $step) {
    Rec::add(['begin' => $name]);
    $record = ['step' => $name];
    try {
        $value = $step();
        $record['outcome'] = 'returned';
        $record['value'] = is_scalar($value) || $value === null ? $value : get_debug_type($value);
    } catch (Throwable $e) {
        $record['outcome'] = 'threw';
        $record['class'] = get_class($e);
        $record['message'] = $e->getMessage();
    }
    $record['id'] = $current();
    $record['status'] = session_status();
    $record['cycle'] = FaultHandler::$cycle;
    $record['locks'] = locks_held($store, $ids);
    Rec::add($record);
}
