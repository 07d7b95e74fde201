--TEST--
CsrfToken::isSameOrigin() is false when Sec-Fetch-Site, Origin or Host holds a NUL byte
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'Sec-Fetch-Site' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => "same-origin\0"],
    'Sec-Fetch-Site prefix' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => "none\0x"],
    'Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => "http://example.com\0"],
    'Origin inside' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => "http://exa\0mple.com"],
    'Host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => "example.com\0", 'HTTP_ORIGIN' => 'http://example.com'],
    'Host and Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => "example.com\0evil", 'HTTP_ORIGIN' => "http://example.com\0evil"],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
Sec-Fetch-Site: false
Sec-Fetch-Site prefix: false
Origin: false
Origin inside: false
Host: false
Host and Origin: false
