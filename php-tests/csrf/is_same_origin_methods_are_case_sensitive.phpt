--TEST--
CsrfToken::isSameOrigin() treats methods case-sensitively: 'get' or 'Head' is checked like any unsafe method
--FILE--
<?php
$token = (new Aura\Session\SessionFactory)->newInstance([])->getCsrfToken();
$cases = [
    'get' => ['REQUEST_METHOD' => 'get', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'Head' => ['REQUEST_METHOD' => 'Head', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'options' => ['REQUEST_METHOD' => 'options', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'GET ' => ['REQUEST_METHOD' => 'GET ', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'POST' => ['REQUEST_METHOD' => 'POST', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'PUT' => ['REQUEST_METHOD' => 'PUT', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'DELETE' => ['REQUEST_METHOD' => 'DELETE', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'PATCH' => ['REQUEST_METHOD' => 'PATCH', 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'no method' => ['HTTP_SEC_FETCH_SITE' => 'cross-site'],
    'array method' => ['REQUEST_METHOD' => ['GET'], 'HTTP_SEC_FETCH_SITE' => 'cross-site'],
];
foreach ($cases as $label => $server) {
    echo $label, ': ', var_export($token->isSameOrigin($server), true), "\n";
}
?>
--EXPECT--
get: false
Head: false
options: false
GET : false
POST: false
PUT: false
DELETE: false
PATCH: false
no method: false
array method: false
