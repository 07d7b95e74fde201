<?php
/**
 * Two requests increment one counter at the same moment, with
 * aura_session.lazy_lock=1. Both read the same value; the second to write
 * would overwrite the first one's increment, so its set() throws
 * ConcurrentModification and writes nothing. The handler reads again and
 * retries, and the counter goes up by two.
 */
declare(strict_types=1);

use Aura\Session\Exception\ConcurrentModification;

require __DIR__ . '/lib/demo.php';

/** The second request works a shorter time, so it writes first and the first one conflicts. */
const WORK_MS = ['A' => 900, 'B' => 200];
/** ...and sets off this long after A. */
const B_AFTER_MS = 100;

$action = $_GET['do'] ?? '';
$lazy = ($_GET['lazy'] ?? '1') === '0' ? '0' : '1';
ini_set('aura_session.lazy_lock', $lazy);

$session = demo_session();
$segment = $session->getSegment('Conflict');
$csrf = $session->getCsrfToken();

$json = static function (array $body, int $status = 200): never {
    http_response_code($status);
    header('Content-Type: application/json');
    header('Cache-Control: no-store');
    echo json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    exit;
};

if ($action === 'increment') {
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
        $json(['error' => 'POST only'], 405);
    }
    $t0 = (float) $_SERVER['REQUEST_TIME_FLOAT'];
    $at = static fn (): string => sprintf('%4d ms', (microtime(true) - $t0) * 1000);
    if (!$session->resume() || !$csrf->isSameOrigin() || !$csrf->isValid($_POST['__csrf_value'] ?? null)) {
        $json(['error' => 'refused: not from this page, or no valid token'], 403);
    }
    $who = ($_GET['who'] ?? 'A') === 'B' ? 'B' : 'A';
    // B's "I have written" signal to A, one per pair of requests.
    $pair = preg_replace('/[^a-z0-9]/', '', (string) ($_GET['pair'] ?? '')) ?: 'none';
    $written_by_b = sys_get_temp_dir() . '/aura-demo-conflict-' . $pair;
    $log = [];
    $conflicts = 0;
    for ($attempt = 1; $attempt <= 3; $attempt++) {
        $counter = (int) $segment->get('counter', 0);
        $log[] = $at() . "  read counter = $counter";
        if ($attempt === 1) {
            usleep(WORK_MS[$who] * 1000);
            if ($who === 'A' && $lazy) {
                // A's work ends only once B has written, however busy the
                // machine: the conflict this page shows happens every time.
                $waited = 0;
                while (!is_file($written_by_b) && $waited++ < 150) {
                    usleep(20_000);
                }
                @unlink($written_by_b);
            }
        }
        try {
            $segment->set('counter', $counter + 1);
            $log[] = $at() . '  set counter = ' . ($counter + 1) . ': written';
            if ($who === 'B') {
                touch($written_by_b);
            }
            break;
        } catch (ConcurrentModification $e) {
            // Nothing was written, and the segment now shows the stored
            // values: reading again gives the other request's result.
            $conflicts++;
            $log[] = $at() . '  set counter = ' . ($counter + 1) . ': ConcurrentModification, nothing written; read again and retry';
        }
    }
    $session->commit();
    $json(['who' => $who, 'lazy' => (int) $lazy, 'conflicts' => $conflicts, 'log' => $log]);
}

if ($action === 'state') {
    $session->resume();
    $json(['counter' => (int) $segment->get('counter', 0)]);
}

$token = $csrf->getMaskedValue();
$counter = (int) $segment->get('counter', 0);
page_start('A conflicting write, handled', 'What <code>lazy_lock=1</code> does when two requests change the same value.');
?>
<section>
  <h2>Two increments at once</h2>
  <p>Requests A and B both run <code>$segment-&gt;set('counter', $segment-&gt;get('counter') + 1)</code>.
    A works <?= WORK_MS['A'] ?> ms between the read and the write; B sets off <?= B_AFTER_MS ?> ms later and
    works <?= WORK_MS['B'] ?> ms. With
    <code>lazy_lock=1</code> neither waits for the other, so both read the same value; B writes first, and
    A's write, which would undo B's increment, throws
    <code>Aura\Session\Exception\ConcurrentModification</code>. A catches it, reads again and retries:</p>
  <pre>try {
    $segment-&gt;set('counter', $segment-&gt;get('counter', 0) + 1);
} catch (ConcurrentModification $e) {
    // nothing was written; read again (now B's value) and retry
}</pre>
  <p>The counter is now <strong id="counter"><?= h($counter) ?></strong>.</p>
  <div id="controls" data-token="<?= h($token) ?>">
    <button type="button" data-lazy="1">Send A and B with lazy_lock=1</button>
    <button type="button" class="secondary" data-lazy="0">The same with lazy_lock=0</button>
  </div>
  <noscript><p class="bad">Sending two requests at once needs JavaScript.</p></noscript>
  <p class="muted">With <code>lazy_lock=0</code> B waits for A's lock, reads A's result and nothing
    conflicts: the same counter, twice the time.</p>
</section>
<div id="result"></div>
<script>
(() => {
  const controls = document.getElementById('controls');
  const token = controls.dataset.token;
  const el = (tag, attrs = {}, text = '') => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.textContent = text;
    return node;
  };
  const increment = (who, lazy, pair) => fetch('conflict.php?do=increment&who=' + who + '&lazy=' + lazy + '&pair=' + pair, {
    method: 'POST', body: new URLSearchParams({__csrf_value: token}),
  }).then((r) => r.ok ? r.json() : r.text().then((t) => Promise.reject(new Error(r.status + ' ' + t))));

  async function run(lazy) {
    for (const b of controls.querySelectorAll('button')) b.disabled = true;
    const result = document.getElementById('result');
    result.replaceChildren();
    const before = Number(document.getElementById('counter').textContent);
    const section = el('section', {id: 'outcome', 'data-state': 'running', 'data-lazy': lazy});
    section.append(el('h2', {}, 'Running A and B with lazy_lock=' + lazy + '...'));
    result.append(section);
    try {
      const started = performance.now();
      // B sets off a moment after A, once A's worker is busy with it: PHP's
      // built-in server can otherwise hand both connections to one worker,
      // which answers them one after the other.
      const pair = Math.random().toString(36).slice(2);
      const a = increment('A', lazy, pair);
      await new Promise((resolve) => setTimeout(resolve, <?= B_AFTER_MS ?>));
      const answers = await Promise.all([a, increment('B', lazy, pair)]);
      const took = Math.round(performance.now() - started);
      const after = (await fetch('conflict.php?do=state', {cache: 'no-store'}).then((r) => r.json())).counter;
      document.getElementById('counter').textContent = after;
      section.querySelector('h2').textContent = 'lazy_lock=' + lazy + ': both answered after ' + took + ' ms';
      for (const a of answers) {
        const box = el('div', {class: 'request', 'data-who': a.who, 'data-conflicts': a.conflicts});
        box.append(el('h3', {}, 'Request ' + a.who + (a.conflicts ? ': ConcurrentModification caught, retried' : ': written at the first try')));
        box.append(el('pre', {}, a.log.join('\n')));
        section.append(box);
      }
      section.append(el('p', {class: after === before + 2 ? 'flash' : 'bad', id: 'verdict', 'data-before': before, 'data-after': after},
        'Counter ' + before + ' → ' + after + (after === before + 2 ? ': both increments kept.' : ': an increment was lost.')));
      section.dataset.state = 'done';
    } catch (e) {
      section.dataset.state = 'failed';
      section.append(el('p', {class: 'bad'}, 'The run failed: ' + e.message));
    } finally {
      for (const b of controls.querySelectorAll('button')) b.disabled = false;
    }
  }
  for (const b of controls.querySelectorAll('button')) b.addEventListener('click', () => run(b.dataset.lazy));
})();
</script>
<?php page_end();
