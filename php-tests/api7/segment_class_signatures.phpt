--TEST--
Reflection of Segment in the 7.x line: string $key, mixed $alt and $val, return types, getFlashAll() and getFlashNextAll(), the Session_Interface contracts
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
print_signatures('Aura\Session\Segment');
?>
--EXPECT--
class Aura\Session\Segment implements Aura\Session\SegmentInterface, Aura\Session_Interface\FlashSegmentInterface, Aura\Session_Interface\ManageableSegmentInterface, Aura\Session_Interface\SegmentInterface
  protected $session
  protected $name
  public __construct(Aura\Session\Session $session, $name)
  public clear(): void
  public clearFlash(): void
  public clearFlashNow(): void
  public get(string $key, mixed $alt = NULL): mixed
  public getFlash(string $key, mixed $alt = NULL): mixed
  public getFlashAll(): array
  public getFlashNext(string $key, mixed $alt = NULL): mixed
  public getFlashNextAll(): array
  public getSegment(): mixed
  public keepFlash(): void
  protected load()
  public remove(?string $key = NULL): void
  protected resumeOrStartSession()
  protected resumeSession()
  public set(string $key, mixed $val): void
  public setFlash(string $key, mixed $val): void
  public setFlashNow(string $key, mixed $val): void
