--TEST--
CsrfToken::isSameOrigin(): where the request's scheme is known (HTTPS, REQUEST_SCHEME), an Origin with the other scheme is refused even when its explicit port is the request's
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'HTTPS=on, Origin http://host:443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'http://example.com:443'],
    'HTTPS=on, Host :443, Origin http://host:443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:443', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'http://example.com:443'],
    'REQUEST_SCHEME=http, Origin https://host:80' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'REQUEST_SCHEME' => 'http', 'HTTP_ORIGIN' => 'https://example.com:80'],
    'HTTPS=off, Host :8443, Origin https://host:8443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:8443', 'HTTPS' => 'off', 'HTTP_ORIGIN' => 'https://example.com:8443'],
    'HTTPS=on, Host :8443, Origin https://host:8443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:8443', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'https://example.com:8443'],
    'scheme unknown, Host :443, Origin http://host:443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:443', 'HTTP_ORIGIN' => 'http://example.com:443'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
HTTPS=on, Origin http://host:443: false
HTTPS=on, Host :443, Origin http://host:443: false
REQUEST_SCHEME=http, Origin https://host:80: false
HTTPS=off, Host :8443, Origin https://host:8443: false
HTTPS=on, Host :8443, Origin https://host:8443: true
scheme unknown, Host :443, Origin http://host:443: true
