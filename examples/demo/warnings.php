<?php
/**
 * Session::getSecurityWarnings() for the configuration this server runs
 * with, asked three times in one request: as php.ini left it, after the
 * cookie parameters the walkthrough sets, and after strict mode, as the
 * example app sets it. The check only reads settings.
 */
declare(strict_types=1);

require __DIR__ . '/lib/demo.php';

use Aura\Session\SessionFactory;

$session = (new SessionFactory())->newInstance($_COOKIE);
$steps = [];
$steps[] = ['As php.ini left them', $session->getSecurityWarnings()];
$session->setName('AURA_DEMO');
$session->setCookieParams(['httponly' => true, 'samesite' => 'Lax']);
$steps[] = ["After setCookieParams(['httponly' => true, 'samesite' => 'Lax']), as these pages do", $session->getSecurityWarnings()];
ini_set('session.use_strict_mode', '1');
$steps[] = ["After ini_set('session.use_strict_mode', '1'), as the example app and the lifetime page do", $session->getSecurityWarnings()];

$settings = ['session.save_handler', 'session.use_strict_mode', 'session.use_only_cookies', 'session.use_trans_sid',
    'session.cookie_httponly', 'session.cookie_samesite', 'session.cookie_secure', 'session.sid_length',
    'session.sid_bits_per_character', 'session.lazy_write'];
foreach (array_keys(ini_get_all('aura_session')) as $name) {
    $settings[] = $name;
}
page_start('The settings check', '<code>Session::getSecurityWarnings()</code> names every risky session setting in force, one line each; <code>php --ri aura_session</code> shows the same. It changes nothing.');
?>
<?php foreach ($steps as $i => [$title, $warnings]): ?>
<section class="step" data-step="<?= $i ?>" data-warnings="<?= count($warnings) ?>">
  <h2><?= h($title) ?></h2>
<?php if ($warnings === []): ?>
  <p class="flash">No warnings.</p>
<?php else: ?>
  <ul class="warnings">
<?php foreach ($warnings as $warning): ?>
    <li><?= h($warning) ?></li>
<?php endforeach; ?>
  </ul>
<?php endif; ?>
</section>
<?php endforeach; ?>
<section>
  <h2>The settings in force now</h2>
  <table id="settings">
<?php foreach ($settings as $name): ?>
    <tr><th><code><?= h($name) ?></code></th><td><code><?= h(var_export(ini_get($name), true)) ?></code></td></tr>
<?php endforeach; ?>
  </table>
  <p class="muted">The server's php.ini, <code>php -d</code> options and <code>PHP_INI_SCAN_DIR</code> decide the first list; the rest is this page's own <code>ini_set()</code> calls.</p>
</section>
<?php page_end();
