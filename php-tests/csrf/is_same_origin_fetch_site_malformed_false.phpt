--TEST--
CsrfToken::isSameOrigin() is false for a Sec-Fetch-Site value browsers never send (other case, spaces, empty, lists, non-strings)
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'Same-Origin' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'Same-Origin'],
    'NONE' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'NONE'],
    'padded' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => ' same-origin '],
    'empty' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => ''],
    'list' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'same-origin, none'],
    'unknown' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'same-host'],
    'int' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 1],
    'array' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => ['same-origin']],
    'true' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => true],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
Same-Origin: false
NONE: false
padded: false
empty: false
list: false
unknown: false
int: false
array: false
true: false
