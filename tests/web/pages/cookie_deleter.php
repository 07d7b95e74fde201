<?php
// The page of the browser's cookie-deletion test (test_browser_cookie_delete.py),
// served alone by PHP's built-in server. Query: name (the session cookie's
// name), partitioned (set it Partitioned, PHP 8.5), deleter=library (destroy
// with the PHP library's own deleter call instead of the default), and do:
// start (write to a segment, which sets the cookie), destroy, or nothing
// (say whether the browser sent the cookie).
$name = $_GET['name'] ?? 'PHPSESSID';
session_name($name);
$params = ['path' => '/', 'secure' => true];
if (isset($_GET['partitioned'])) {
    $params += ['partitioned' => true, 'samesite' => 'None'];
}
$deleter = null;
if (($_GET['deleter'] ?? '') === 'library') {
    $deleter = function ($name, $params) {
        setcookie($name, '', time() - 42000, $params['path'], $params['domain']);
    };
}
$session = (new Aura\Session\SessionFactory)->newInstance($_COOKIE, $deleter);
$session->setCookieParams($params);
header('Content-Type: text/plain');
switch ($_GET['do'] ?? '') {
    case 'start':
        $session->getSegment('test')->set('visited', true);
        echo "started\n";
        break;
    case 'destroy':
        echo $session->destroy() ? "destroyed\n" : "not destroyed\n";
        break;
    default:
        echo isset($_COOKIE[$name]) ? "cookie sent\n" : "no cookie\n";
}
