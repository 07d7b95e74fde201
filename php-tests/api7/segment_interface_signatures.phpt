--TEST--
Reflection of SegmentInterface in the 7.x line: it declares nothing itself and extends the three Aura\Session_Interface segment contracts
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
print_signatures('Aura\Session\SegmentInterface');
?>
--EXPECT--
interface Aura\Session\SegmentInterface extends Aura\Session_Interface\SegmentInterface, Aura\Session_Interface\ManageableSegmentInterface, Aura\Session_Interface\FlashSegmentInterface
  abstract public clear(): void (from Aura\Session_Interface\ManageableSegmentInterface)
  abstract public clearFlash(): void (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public clearFlashNow(): void (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public get(string $key, mixed $alt = NULL): mixed (from Aura\Session_Interface\SegmentInterface)
  abstract public getFlash(string $key, mixed $alt = NULL): mixed (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public getFlashAll(): array (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public getFlashNext(string $key, mixed $alt = NULL): mixed (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public getFlashNextAll(): array (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public getSegment(): mixed (from Aura\Session_Interface\ManageableSegmentInterface)
  abstract public keepFlash(): void (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public remove(?string $key = NULL): void (from Aura\Session_Interface\ManageableSegmentInterface)
  abstract public set(string $key, mixed $val): void (from Aura\Session_Interface\SegmentInterface)
  abstract public setFlash(string $key, mixed $val): void (from Aura\Session_Interface\FlashSegmentInterface)
  abstract public setFlashNow(string $key, mixed $val): void (from Aura\Session_Interface\FlashSegmentInterface)
