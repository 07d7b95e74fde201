--TEST--
Without Sec-Fetch-Site, CsrfToken::isSameOrigin() is true when Origin names the request's Host, compared without regard to case
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'same host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com'],
    'Origin in upper case' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'HTTP://EXAMPLE.COM'],
    'Host in mixed case' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'ExAmPlE.CoM', 'HTTP_ORIGIN' => 'http://example.com'],
    'explicit port on both' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:8080', 'HTTP_ORIGIN' => 'http://example.com:8080'],
    'IPv4' => ['REQUEST_METHOD' => 'PUT', 'HTTP_HOST' => '127.0.0.1:8000', 'HTTP_ORIGIN' => 'http://127.0.0.1:8000'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
same host: true
Origin in upper case: true
Host in mixed case: true
explicit port on both: true
IPv4: true
