--TEST--
CsrfToken::isSameOrigin() fills in default ports: 80 for http, 443 for https, the request's scheme coming from HTTPS, else REQUEST_SCHEME
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'http, Host without port, Origin :80' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com:80'],
    'http, Host :80, Origin without port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:80', 'HTTP_ORIGIN' => 'http://example.com'],
    'http request, https Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'https://example.com'],
    'HTTPS=on, https Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'https://example.com'],
    'HTTPS=on, Origin :443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'https://example.com:443'],
    'HTTPS=on, Host :443' => ['REQUEST_METHOD' => 'POST', 'HTTPS' => 'on', 'HTTP_HOST' => 'example.com:443', 'HTTP_ORIGIN' => 'https://example.com'],
    'HTTPS=on, http Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => 'on', 'HTTP_ORIGIN' => 'http://example.com'],
    'HTTPS=off' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => 'off', 'REQUEST_SCHEME' => 'https', 'HTTP_ORIGIN' => 'https://example.com'],
    'HTTPS empty' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTPS' => '', 'HTTP_ORIGIN' => 'https://example.com'],
    'REQUEST_SCHEME=https' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'REQUEST_SCHEME' => 'https', 'HTTP_ORIGIN' => 'https://example.com'],
    'REQUEST_SCHEME=http' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'REQUEST_SCHEME' => 'http', 'HTTP_ORIGIN' => 'https://example.com'],
    'SERVER_PORT=443 alone' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'SERVER_PORT' => '443', 'HTTP_ORIGIN' => 'https://example.com'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
http, Host without port, Origin :80: true
http, Host :80, Origin without port: true
http request, https Origin: false
HTTPS=on, https Origin: true
HTTPS=on, Origin :443: true
HTTPS=on, Host :443: true
HTTPS=on, http Origin: false
HTTPS=off: false
HTTPS empty: false
REQUEST_SCHEME=https: true
REQUEST_SCHEME=http: false
SERVER_PORT=443 alone: false
