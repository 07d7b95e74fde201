<?php
/**
 * Eight parallel requests on one session, with aura_session.lazy_lock off and
 * on. The page's script sends them all at once to this same file, which
 * answers each with the times it got the session and finished; the page draws
 * them as a timeline. The setting is PHP_INI_ALL, so every request picks its
 * own with ini_set() before anything starts the session.
 */
declare(strict_types=1);

require __DIR__ . '/lib/demo.php';

/** How long each request "works" between reading the session and writing it. */
const WORK_MS = 400;
const REQUESTS = 8;

$action = $_GET['do'] ?? '';
$lazy = ($_GET['lazy'] ?? '0') === '1' ? '1' : '0';
if ($action === 'work' || $action === 'reset') {
    // Before the session starts: the lazy lock is chosen per request.
    ini_set('aura_session.lazy_lock', $lazy);
}

$session = demo_session();
$segment = $session->getSegment('Parallel');
$csrf = $session->getCsrfToken();

$json = static function (array $body, int $status = 200): never {
    http_response_code($status);
    header('Content-Type: application/json');
    header('Cache-Control: no-store');
    echo json_encode($body, JSON_UNESCAPED_SLASHES);
    exit;
};

if ($action === 'work' || $action === 'reset') {
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
        $json(['error' => 'POST only'], 405);
    }
    $arrived = (float) $_SERVER['REQUEST_TIME_FLOAT'];
    // With lazy_lock=0 this is where a request waits: resume() locks the
    // session until the request commits. With 1 it locks only to read.
    $session->resume();
    $gotSession = microtime(true);
    if (!$csrf->isSameOrigin() || !$csrf->isValid($_POST['__csrf_value'] ?? null)) {
        $json(['error' => 'refused: not from this page, or no valid token'], 403);
    }
    if ($action === 'reset') {
        $segment->clear();
        $session->commit();
        $json(['reset' => true]);
    }
    $n = max(1, min(REQUESTS, (int) ($_GET['n'] ?? 1)));
    $segment->get('run');   // a read, as a real request would make before deciding what to write
    usleep(WORK_MS * 1000);
    $segment->set('request ' . $n, sprintf('written by worker %d at %s', getmypid(), date('H:i:s')));
    // Measured before commit(): with lazy_lock=0 the lock is still held
    // here, so the next request cannot have got the session before this time.
    $done = microtime(true);
    $session->commit();
    $json(['n' => $n, 'lazy' => (int) $lazy, 'pid' => getmypid(),
        'arrived' => $arrived, 'got_session' => $gotSession, 'done' => $done]);
}

if ($action === 'state') {
    $session->resume();
    $kept = [];
    foreach (range(1, REQUESTS) as $n) {
        $value = $segment->get('request ' . $n);
        if ($value !== null) {
            $kept['request ' . $n] = $value;
        }
    }
    $json(['kept' => $kept]);
}

// ---- the page. Writing the token starts the session, so the eight requests
// all carry one session cookie.
$token = $csrf->getMaskedValue();
$workers = (int) getenv('PHP_CLI_SERVER_WORKERS');
$serial = PHP_SAPI === 'cli-server' && $workers < REQUESTS + 1;
page_start('Parallel requests on one session', 'Each request reads the session, works for ' . WORK_MS
    . ' ms, then writes its own key, <code>request 1</code> to <code>request 8</code>.');
?>
<?php if ($serial): ?>
<p class="bad" id="serial-server">This server answers one request at a time (PHP's built-in server without
  <code>PHP_CLI_SERVER_WORKERS</code>), so nothing can overlap here whatever the setting.
  <code>make demo</code> starts it with <code>PHP_CLI_SERVER_WORKERS=<?= REQUESTS + 2 ?></code>.</p>
<?php endif; ?>
<section>
  <h2>Send eight requests at once</h2>
  <p>PHP's session handlers lock the session from <code>session_start()</code> to the end of the request,
    so with <code>aura_session.lazy_lock=0</code> (the default) the eight queue: each waits (grey) until the one
    before is done. With <code>lazy_lock=1</code> the lock is held only to read and to write, so they work
    (blue) side by side, and every write is still kept.</p>
  <div id="controls" data-token="<?= h($token) ?>" data-requests="<?= REQUESTS ?>">
    <button type="button" data-lazy="0">Run with lazy_lock=0</button>
    <button type="button" data-lazy="1">Run with lazy_lock=1</button>
  </div>
  <noscript><p class="bad">Sending eight requests at once needs JavaScript. Without it,
    <code>make bench-concurrency</code> measures the same from the command line.</p></noscript>
  <p class="muted">With <code>lazy_lock=0</code> the wait is the session lock. Two smaller waits show with
    <code>lazy_lock=1</code>, neither of them the session's: a browser opens at most six connections to one
    server, so two requests set off only once two answers are back, and each worker of PHP's built-in server
    answers the connections it accepted one after another.</p>
</section>
<div id="runs"></div>
<style>
  .timeline { position: relative; margin: .5rem 0; }
  .row { display: grid; grid-template-columns: 5.5rem 1fr 4.5rem; align-items: center; gap: .5rem; height: 1.4rem; font-size: .85rem; }
  .track { position: relative; height: .9rem; background: #f4f4f5; border-radius: 3px; }
  .wait, .work { position: absolute; top: 0; bottom: 0; border-radius: 3px; }
  .wait { background: #d4d4d8; }
  .work { background: #1d4ed8; }
  .legend span { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: middle; margin: 0 .25rem 0 .75rem; }
</style>
<script>
(() => {
  const controls = document.getElementById('controls');
  const token = controls.dataset.token;
  const count = Number(controls.dataset.requests);
  const post = (query) => fetch('parallel.php?' + query, {
    method: 'POST', body: new URLSearchParams({__csrf_value: token}),
  }).then((r) => r.ok ? r.json() : r.text().then((t) => Promise.reject(new Error(r.status + ' ' + t))));

  const el = (tag, attrs = {}, text = '') => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.textContent = text;
    return node;
  };

  async function run(lazy) {
    for (const b of controls.querySelectorAll('button')) b.disabled = true;
    const section = el('section', {id: 'run-lazy-' + lazy, 'data-state': 'running'});
    section.append(el('h2', {}, 'lazy_lock=' + lazy + ': running...'));
    // A run again replaces its earlier timeline; the other stays for comparison.
    document.getElementById('run-lazy-' + lazy)?.remove();
    document.getElementById('runs').append(section);
    try {
      await post('do=reset&lazy=' + lazy);
      const answers = await Promise.all(Array.from({length: count}, (_, i) => post('do=work&lazy=' + lazy + '&n=' + (i + 1))));
      const state = await fetch('parallel.php?do=state', {cache: 'no-store'}).then((r) => r.json());
      draw(section, lazy, answers, state.kept);
    } catch (e) {
      section.dataset.state = 'failed';
      section.append(el('p', {class: 'bad'}, 'The run failed: ' + e.message));
    } finally {
      for (const b of controls.querySelectorAll('button')) b.disabled = false;
    }
  }

  function draw(section, lazy, answers, kept) {
    const t0 = Math.min(...answers.map((a) => a.arrived));
    const t1 = Math.max(...answers.map((a) => a.done));
    const ms = (t) => Math.round((t - t0) * 1000);
    section.querySelector('h2').textContent = 'lazy_lock=' + lazy + ': all ' + answers.length
      + ' answered after ' + ms(t1) + ' ms';
    const legend = el('p', {class: 'muted legend'}, 'Each row is one request, by the time it got the session:');
    legend.append(el('span', {style: 'background:#d4d4d8'}), 'sent, waiting its turn',
      el('span', {style: 'background:#1d4ed8'}), 'working (read, ' + <?= WORK_MS ?> + ' ms, write)');
    section.append(legend);
    const timeline = el('div', {class: 'timeline'});
    for (const a of answers.slice().sort((x, y) => x.got_session - y.got_session)) {
      const row = el('div', {class: 'row', 'data-n': a.n, 'data-arrived': ms(a.arrived),
        'data-start': ms(a.got_session), 'data-end': ms(a.done), 'data-pid': a.pid});
      const track = el('div', {class: 'track'});
      // All eight were sent at once: each waits from the first arrival on.
      track.append(el('div', {class: 'wait', 'data-from': 0, 'data-to': ms(a.got_session)}),
        el('div', {class: 'work', 'data-from': ms(a.got_session), 'data-to': ms(a.done)}));
      row.append(el('span', {}, 'request ' + a.n), track, el('span', {class: 'muted'}, ms(a.done) + ' ms'));
      timeline.append(row);
    }
    section.append(timeline);
    const keys = Object.keys(kept);
    section.append(el('p', {class: keys.length === answers.length ? 'flash' : 'bad', 'data-kept': keys.length},
      'The session afterwards holds ' + keys.length + ' of ' + answers.length + ' writes: '
      + (keys.length ? keys.join(', ') : 'none') + '.'));
    section.dataset.total = ms(t1);
    section.dataset.state = 'done';
    rescale();
  }

  // Every timeline on one scale, the longest run's, so that the two runs
  // compare at a glance.
  function rescale() {
    const runs = [...document.querySelectorAll('#runs section[data-total]')];
    const longest = Math.max(1, ...runs.map((r) => Number(r.dataset.total)));
    for (const bar of document.querySelectorAll('#runs .wait, #runs .work')) {
      const from = Number(bar.dataset.from), to = Number(bar.dataset.to);
      bar.style.left = (from / longest * 100).toFixed(2) + '%';
      bar.style.width = ((to - from) / longest * 100).toFixed(2) + '%';
    }
  }

  for (const b of controls.querySelectorAll('button')) b.addEventListener('click', () => run(b.dataset.lazy));
})();
</script>
<?php page_end();
