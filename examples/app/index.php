<?php
/**
 * Front controller of the example app: every request comes here.
 *
 *   PHP's built-in server:  php -d extension=.../libaura_session.so \
 *                               -S 127.0.0.1:8080 -t examples/app examples/app/index.php
 *   nginx + php-fpm:        send every path to this file (SCRIPT_FILENAME = <app>/index.php);
 *                           examples/app/README.md has a sample server block.
 */
declare(strict_types=1);

use Aura\Session\SessionFactory;

require __DIR__ . '/lib/App.php';

if (!class_exists(SessionFactory::class)) {
    http_response_code(500);
    header('Content-Type: text/plain; charset=utf-8');
    echo "The aura_session extension is not loaded.\n";
    exit;
}

// Session configuration, all of it before anything can start the session.
ini_set('session.use_strict_mode', '1');   // never adopt a session id the server did not issue
ini_set('session.use_only_cookies', '1');  // the id travels in the cookie only, never in URLs

$session = (new SessionFactory())->newInstance($_COOKIE, App::deleteSessionCookie(...));
$session->setName('AURA_APP');
// Behind HTTPS, add 'secure' => true.
$session->setCookieParams(['path' => '/', 'httponly' => true, 'samesite' => 'Lax']);

$app = new App($session);

$method = $_SERVER['REQUEST_METHOD'] ?? 'GET';
if ($method === 'HEAD') {
    $method = 'GET';
}
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
$path = is_string($path) ? rawurldecode($path) : '/';
if ($path !== '/') {
    $path = rtrim($path, '/');
}

$routes = [
    '/'        => ['GET' => 'overview'],
    '/login'   => ['GET' => 'loginForm', 'POST' => 'login'],
    '/account' => ['GET' => 'account'],
    '/note'    => ['POST' => 'saveNote'],
    '/counter' => ['POST' => 'incrementCounter'],
    '/entries' => ['POST' => 'addEntry'],
    '/logout'  => ['POST' => 'logout'],
];

// When the session store is down or too slow, every request that needs the
// session gets a short 503 page; pages that need no session keep working.
// - session_start() failing: resumeSession() (a request with a session cookie)
//   or the first write (Aura\Session\Exception "Cannot start the session");
// - a save handler throwing: phpredis throws RedisException (RedisClusterException
//   for a cluster) on a read timeout, from session_start() and from the write;
// - a write failing without an exception: App::commitSession().
try {
    $app->resumeSession();
    if (!isset($routes[$path])) {
        $app->notFound();
    } elseif (!isset($routes[$path][$method])) {
        header('Allow: ' . implode(', ', array_keys($routes[$path])));
        $app->error(405, 'Method not allowed', 'This address does not accept that kind of request.');
    } else {
        $app->{$routes[$path][$method]}();
    }
} catch (Aura\Session\Exception $e) {
    if ($session->isStarted()) {
        throw $e;   // the session is there and something else is wrong: a real 500
    }
    $app->unavailable($e);
} catch (RedisException | RedisClusterException $e) {
    $app->unavailable($e);
}
