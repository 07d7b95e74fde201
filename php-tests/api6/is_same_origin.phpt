--TEST--
The extension extras work in this line: CsrfToken::isSameOrigin() compares Origin with Host and reads Sec-Fetch-Site
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'same host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'http://example.com'],
    'other host' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'https://evil.example'],
    'cross-site fetch' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'no headers' => ['REQUEST_METHOD' => 'POST'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
same host: true
other host: false
cross-site fetch: false
no headers: true
