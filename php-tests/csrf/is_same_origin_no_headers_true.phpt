--TEST--
CsrfToken::isSameOrigin() is true when neither Sec-Fetch-Site nor Origin is present (not a browser, or an old one)
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'POST' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com'],
    'DELETE without Host' => ['REQUEST_METHOD' => 'DELETE'],
    'empty array' => [],
    'null headers' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => null, 'HTTP_ORIGIN' => null],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
POST: true
DELETE without Host: true
empty array: true
null headers: true
