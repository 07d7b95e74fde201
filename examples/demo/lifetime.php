<?php
/**
 * Enforced lifetimes with tiny values set by ini_set() for this page only:
 * an idle timeout of a few seconds and an id rotation a little later. The
 * page shows the session id's fingerprint, its times, and what happened to
 * it on this request; a log of earlier requests lives in a plain cookie,
 * since an ended session takes its own data with it.
 */
declare(strict_types=1);

require __DIR__ . '/lib/demo.php';

const SESSION_NAME = 'AURA_DEMO_LIFETIME';
const LOG_COOKIE = 'AURA_DEMO_LIFETIME_LOG';

// The values come from the query (1 to 60 s) so a test can use shorter ones.
$seconds = static fn (string $name, int $default): int =>
    max(1, min(60, (int) ($_GET[$name] ?? $default) ?: $default));
$idle = $seconds('idle', 5);
$rotate = $seconds('rotate', 10);
$watch = isset($_GET['watch']);
$query = static fn (bool $watch): string => 'lifetime.php?' . http_build_query(
    ['idle' => $idle, 'rotate' => $rotate] + ($watch ? ['watch' => 1] : [])
);

// Before the session starts, as the settings are read when it does.
ini_set('aura_session.idle_timeout', (string) $idle);
ini_set('aura_session.rotate_interval', (string) $rotate);
ini_set('session.use_strict_mode', '1');

$sent = is_string($_COOKIE[SESSION_NAME] ?? null) ? $_COOKIE[SESSION_NAME] : null;
$session = demo_session(SESSION_NAME);
$segment = $session->getSegment('Lifetime');

$visits = (int) $segment->get('visits', 0) + 1;   // resumes the session the cookie names
$reason = $session->getExpiredReason();
$segment->set('visits', $visits);                  // starts one when there was none
$id = session_id();
$times = $_SESSION['Aura\Session\Lifetime'] ?? [];
$created = $session->getCreatedTime();
$active = $session->getLastActiveTime();
$session->commit();

// A fingerprint of the id: enough to see it change, without printing the
// id itself into a page.
$fingerprint = static fn (string $id): string => substr(hash('sha256', $id), 0, 8);
if ($sent === null || $sent === '') {
    $event = 'new session';
} elseif ($reason !== null) {
    $event = "ended ($reason): new id, data gone";
} elseif ($sent !== $id) {
    $event = 'rotated: new id, data kept';
} else {
    $event = 'same id';
}

$log = json_decode((string) ($_COOKIE[LOG_COOKIE] ?? '[]'), true);
$log = is_array($log) ? array_slice(array_filter($log, 'is_array'), -9) : [];
$log[] = [date('H:i:s'), $fingerprint($id), $event, $visits];
setcookie(LOG_COOKIE, json_encode($log), ['httponly' => true, 'samesite' => 'Lax']);

$when = static fn (?int $t): string => $t === null ? '(none)' : date('H:i:s', $t);
$issued = isset($times['issued']) && is_int($times['issued']) ? $times['issued'] : null;
page_start(
    'Timeouts and rotation',
    'This page sets <code>aura_session.idle_timeout=' . $idle . '</code> and <code>aura_session.rotate_interval='
        . $rotate . '</code> with <code>ini_set()</code>, for its own session only.',
    $watch ? '<meta http-equiv="refresh" content="1;url=' . h($query(true)) . '">' : ''
);
?>
<section>
  <h2>This request</h2>
  <p id="event" class="<?= $reason !== null ? 'bad' : 'flash' ?>" data-reason="<?= h($reason ?? '') ?>"
    data-fingerprint="<?= h($fingerprint($id)) ?>" data-visits="<?= h($visits) ?>"><?= h(ucfirst($event)) ?>.
    <code>getExpiredReason()</code>: <strong><?= $reason === null ? 'null' : h("'$reason'") ?></strong></p>
  <table>
    <tr><th>session id (its fingerprint)</th><td><code id="fingerprint"><?= h($fingerprint($id)) ?></code></td></tr>
    <tr><th>visits kept in the session</th><td id="visits"><?= h($visits) ?></td></tr>
    <tr><th><code>getCreatedTime()</code></th><td><?= h($when($created)) ?></td></tr>
    <tr><th><code>getLastActiveTime()</code></th><td><?= h($when($active)) ?> (ends once more than <?= $idle ?> s pass without a request)</td></tr>
    <tr><th>this id issued</th><td><?= h($when($issued)) ?><?= $issued === null ? '' : ' (a new id once it is older than ' . $rotate . ' s)' ?></td></tr>
  </table>
  <p>
    <a href="<?= h($query(false)) ?>">Reload</a> ·
<?php if ($watch): ?>
    <a href="<?= h($query(false)) ?>" id="stop">Stop reloading</a> (then wait <?= $idle + 1 ?> s and reload: the session ends)
<?php else: ?>
    <a href="<?= h($query(true)) ?>" id="watch">Reload every second</a> (the id rotates after <?= $rotate ?> s, the visits go on)
<?php endif; ?>
  </p>
</section>
<section>
  <h2>The last requests</h2>
  <table id="log">
    <tr><th>time</th><th>id</th><th>what happened</th><th>visits</th></tr>
<?php foreach (array_reverse($log) as [$time, $fp, $what, $n]): ?>
    <tr><td><?= h($time) ?></td><td><code><?= h($fp) ?></code></td><td><?= h($what) ?></td><td><?= h($n) ?></td></tr>
<?php endforeach; ?>
  </table>
  <p class="muted">A rotation gives the session a new id and keeps its data; for
    <code>aura_session.rotate_grace</code> seconds requests still carrying the old id are answered from the
    new session. An idle session is ended: its data destroyed, a new empty one issued, and
    <code>getExpiredReason()</code> says why for the rest of that request.</p>
</section>
<?php page_end();
