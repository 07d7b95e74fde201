--TEST--
Reflection of Segment in the 6.x line: string $key on every key parameter, ?string $key = null for remove(), no return types
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
print_signatures('Aura\Session\Segment');
?>
--EXPECT--
class Aura\Session\Segment implements Aura\Session\SegmentInterface
  protected $session
  protected $name
  public __construct(Aura\Session\Session $session, $name)
  public clear()
  public clearFlash()
  public clearFlashNow()
  public get(string $key, $alt = NULL)
  public getFlash(string $key, $alt = NULL)
  public getFlashNext(string $key, $alt = NULL)
  public getSegment()
  public keepFlash()
  protected load()
  public remove(?string $key = NULL)
  protected resumeOrStartSession()
  protected resumeSession()
  public set(string $key, $val)
  public setFlash(string $key, $val)
  public setFlashNow(string $key, $val)
