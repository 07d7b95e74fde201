--TEST--
Reflection of SegmentInterface in the 6.x line: the twelve 4.x methods with the 6.x key types
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
print_signatures('Aura\Session\SegmentInterface');
?>
--EXPECT--
interface Aura\Session\SegmentInterface
  abstract public clear()
  abstract public clearFlash()
  abstract public clearFlashNow()
  abstract public get(string $key, $alt = NULL)
  abstract public getFlash(string $key, $alt = NULL)
  abstract public getFlashNext(string $key, $alt = NULL)
  abstract public getSegment()
  abstract public keepFlash()
  abstract public remove(?string $key = NULL)
  abstract public set(string $key, $val)
  abstract public setFlash(string $key, $val)
  abstract public setFlashNow(string $key, $val)
