--TEST--
Reflection of the four Aura\Session_Interface interfaces of the 7.x line
--INI--
aura_session.api=7
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
foreach (['SessionInterface', 'SegmentInterface', 'ManageableSegmentInterface', 'FlashSegmentInterface'] as $name) {
    print_signatures("Aura\\Session_Interface\\$name");
}
?>
--EXPECT--
interface Aura\Session_Interface\SessionInterface
  abstract public regenerateId(): bool
  abstract public resume(): bool
  abstract public start(): bool
interface Aura\Session_Interface\SegmentInterface
  abstract public get(string $key, mixed $alt = NULL): mixed
  abstract public set(string $key, mixed $val): void
interface Aura\Session_Interface\ManageableSegmentInterface
  abstract public clear(): void
  abstract public getSegment(): mixed
  abstract public remove(?string $key = NULL): void
interface Aura\Session_Interface\FlashSegmentInterface
  abstract public clearFlash(): void
  abstract public clearFlashNow(): void
  abstract public getFlash(string $key, mixed $alt = NULL): mixed
  abstract public getFlashAll(): array
  abstract public getFlashNext(string $key, mixed $alt = NULL): mixed
  abstract public getFlashNextAll(): array
  abstract public keepFlash(): void
  abstract public setFlash(string $key, mixed $val): void
  abstract public setFlashNow(string $key, mixed $val): void
