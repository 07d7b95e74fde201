--TEST--
CsrfToken::isSameOrigin() is false, never an error, for an Origin or Host that is not scheme://host[:port] or host[:port]
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'empty Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => ''],
    'no scheme' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'example.com'],
    'path' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com/'],
    'userinfo' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://u@example.com'],
    'empty port' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com:'],
    'port 0' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:0', 'HTTP_ORIGIN' => 'http://example.com:0'],
    'port too big' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com:65536', 'HTTP_ORIGIN' => 'http://example.com:65536'],
    'space' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com '],
    'list' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com http://example.com'],
    'array Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => ['http://example.com']],
    'int Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 1],
    'empty Host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => '', 'HTTP_ORIGIN' => 'http://example.com'],
    'Host with path' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com/', 'HTTP_ORIGIN' => 'http://example.com'],
    'array Host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => ['example.com'], 'HTTP_ORIGIN' => 'http://example.com'],
    'huge' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => str_repeat('a', 100000), 'HTTP_ORIGIN' => 'http://' . str_repeat('a', 100000) . '/'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
empty Origin: false
no scheme: false
path: false
userinfo: false
empty port: false
port 0: false
port too big: false
space: false
list: false
array Origin: false
int Origin: false
empty Host: false
Host with path: false
array Host: false
huge: false
