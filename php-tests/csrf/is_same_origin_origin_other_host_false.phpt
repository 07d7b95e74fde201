--TEST--
Without Sec-Fetch-Site, CsrfToken::isSameOrigin() is false when Origin names another host or port, or there is no Host to compare with
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'other host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://evil.example'],
    'subdomain' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://sub.example.com'],
    'suffix' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com.evil.example'],
    'other port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com:8080'],
    'Host with other port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:8080', 'HTTP_ORIGIN' => 'http://example.com'],
    'no Host' => ['REQUEST_METHOD' => 'POST', 'HTTP_ORIGIN' => 'http://example.com'],
    'non-web scheme' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:80', 'HTTP_ORIGIN' => 'ftp://example.com:80'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
other host: false
subdomain: false
suffix: false
other port: false
Host with other port: false
no Host: false
non-web scheme: false
