--TEST--
CsrfToken::isSameOrigin() refuses cross-site requests from origins that differ from the trusted ones in scheme, host or port, or carry no Origin
--INI--
aura_session.trusted_origins="https://app.example  http://admin.example:8080 https://[2001:db8::1]"
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'http://app.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'http://app.example'],
    'https://app.example:8443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://app.example:8443'],
    'https://sub.app.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://sub.app.example'],
    'http://admin.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'http://admin.example'],
    'https://app.example/' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://app.example/'],
    'null' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'null'],
    'no Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'malformed Sec-Fetch-Site' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'Cross-Site', 'HTTP_ORIGIN' => 'https://app.example'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
http://app.example: false
https://app.example:8443: false
https://sub.app.example: false
http://admin.example: false
https://app.example/: false
null: false
no Origin: false
malformed Sec-Fetch-Site: false
