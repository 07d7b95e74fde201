--TEST--
getFlashAll() resumes the session its cookie names: the flash values set in the previous request are the current ones
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
$first = (new Aura\Session\SessionFactory)->newInstance([]);
$first->getSegment('Seg')->setFlash('notice', 'saved');
$first->getSegment('Seg')->setFlash('none', null);
$id = $first->getId();
$first->commit();

$second = (new Aura\Session\SessionFactory)->newInstance([session_name() => $id]);
session_id($id);
$segment = $second->getSegment('Seg');
var_dump($second->isStarted());
var_dump($segment->getFlashAll(), $second->isStarted(), $segment->getFlashNextAll());
session_destroy();
?>
--EXPECT--
bool(false)
array(2) {
  ["notice"]=>
  string(5) "saved"
  ["none"]=>
  NULL
}
bool(true)
array(0) {
}
