--TEST--
CsrfToken::isSameOrigin() with hostile $server contents (objects, references, nested arrays, integer keys, huge strings) answers without error
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$origin = 'http://example.com';
$site = 'cross-site';
$cases = [
    'object Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => new stdClass],
    'Stringable Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com',
        'HTTP_ORIGIN' => new class { public function __toString(): string { return 'http://example.com'; } }],
    'reference to a matching Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => &$origin],
    'reference to cross-site' => ['REQUEST_METHOD' => 'POST', 'HTTP_SEC_FETCH_SITE' => &$site],
    'nested arrays' => ['REQUEST_METHOD' => ['POST'], 'HTTP_SEC_FETCH_SITE' => [['same-origin']]],
    'integer keys only' => [0 => 'POST', 1 => 'cross-site'],
    'huge Sec-Fetch-Site' => ['REQUEST_METHOD' => 'POST', 'HTTP_SEC_FETCH_SITE' => str_repeat('same-origin', 100000)],
    'float method' => ['REQUEST_METHOD' => 1.5, 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
object Origin: false
Stringable Origin: false
reference to a matching Origin: true
reference to cross-site: false
nested arrays: false
integer keys only: true
huge Sec-Fetch-Site: false
float method: false
