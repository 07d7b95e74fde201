--TEST--
Reflection of Session in the 6.x line is that of 4.x: no interface, no return type on start(), resume() or regenerateId()
--INI--
aura_session.api=6
session.use_cookies=0
session.cache_limiter=
session.save_path={TMP}
--FILE--
<?php
require __DIR__ . '/../signatures.inc';
// Left out: the methods the extension adds to Session (README).
print_signatures('Aura\Session\Session', ['keepFlash', 'clearFlash', 'getExpiredReason', 'isExpired',
    'getCreatedTime', 'getLastActiveTime', 'getSecurityWarnings']);
?>
--EXPECT--
class Aura\Session\Session
  const FLASH_NEXT = 'Aura\\Session\\Flash\\Next'
  const FLASH_NOW = 'Aura\\Session\\Flash\\Now'
  protected $segment_factory
  protected $csrf_token
  protected $csrf_token_factory
  protected $cookies
  protected $cookie_params
  protected $phpfunc
  protected $delete_cookie
  protected $flash_moved
  public __construct(Aura\Session\SegmentFactory $segment_factory, Aura\Session\CsrfTokenFactory $csrf_token_factory, Aura\Session\Phpfunc $phpfunc, array $cookies = array (), $delete_cookie = NULL)
  public clear()
  public commit()
  public destroy()
  public getCacheExpire()
  public getCacheLimiter()
  public getCookieParams()
  public getCsrfToken()
  public getId()
  public getName()
  public getSavePath()
  public getSegment($name)
  public isResumable()
  public isStarted()
  protected moveFlash()
  public regenerateId()
  public resume()
  protected sessionStatus()
  public setCacheExpire($expire)
  public setCacheLimiter($limiter)
  public setCookieParams(array $params)
  public setDeleteCookie($delete_cookie)
  public setName($name)
  public setSavePath($path)
  public start()
