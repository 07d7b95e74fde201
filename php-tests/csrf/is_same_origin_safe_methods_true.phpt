--TEST--
CsrfToken::isSameOrigin() is true for GET, HEAD and OPTIONS, whatever the headers say
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'GET' => ['REQUEST_METHOD' => 'GET', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://evil.example'],
    'HEAD' => ['REQUEST_METHOD' => 'HEAD', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://evil.example'],
    'OPTIONS' => ['REQUEST_METHOD' => 'OPTIONS', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://evil.example'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
GET: true
HEAD: true
OPTIONS: true
