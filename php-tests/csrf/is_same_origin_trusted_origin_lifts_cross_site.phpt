--TEST--
CsrfToken::isSameOrigin() accepts same-site and cross-site requests whose Origin is listed in aura_session.trusted_origins (case and default ports normalised)
--INI--
aura_session.trusted_origins="https://app.example  http://admin.example:8080 https://[2001:db8::1]"
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'cross-site https://app.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://app.example'],
    'same-site https://app.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'same-site', 'HTTP_ORIGIN' => 'https://app.example'],
    'cross-site HTTPS://App.Example:443' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'HTTPS://App.Example:443'],
    'cross-site http://admin.example:8080' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'http://admin.example:8080'],
    'cross-site https://[2001:DB8:0::1]' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_SEC_FETCH_SITE' => 'cross-site', 'HTTP_ORIGIN' => 'https://[2001:DB8:0::1]'],
    'no Sec-Fetch-Site https://app.example' => ['REQUEST_METHOD' => 'POST', 'HTTP_HOST' => 'example.com', 'HTTP_ORIGIN' => 'https://app.example'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
cross-site https://app.example: true
same-site https://app.example: true
cross-site HTTPS://App.Example:443: true
cross-site http://admin.example:8080: true
cross-site https://[2001:DB8:0::1]: true
no Sec-Fetch-Site https://app.example: true
