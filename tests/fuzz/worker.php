<?php
/*
 * Runs one fuzz case (written by fuzz.php) against one implementation and
 * writes its trace, one JSON line per step:
 *   {"i": step, "out": "ret <value>" | "throw <class>: <message>[ (previous <class>: ...)]",
 *    "w": [warnings], "e": [destructor/__toString events], "s": state}
 * and {"end": true} once every step ran. Each line is flushed before the
 * next step starts, so a crash leaves the trace up to the step it died in.
 *
 *   php -n -d extension=.../libaura_session.so worker.php ext CASE OUT SAVE_DIR
 *   php -n worker.php oracle CASE OUT SAVE_DIR
 *   AURA_REFERENCE_SRC=.../src php -n worker.php ref CASE OUT SAVE_DIR
 *
 * The steps are PHP code evaluated in the global scope (this file's), so a
 * reproducer is the same code pasted in order.
 */
declare(strict_types=0);

[, $fzImpl, $fzCaseFile, $fzOutFile, $fzSaveDir] = $argv + [null, '', '', '', ''];
if ($fzImpl === 'ext') {
    if (!extension_loaded('aura_session')) {
        fwrite(STDERR, "worker: the ext mode needs the aura_session extension loaded\n");
        exit(2);
    }
} elseif (extension_loaded('aura_session')) {
    fwrite(STDERR, "worker: the $fzImpl mode must run without the extension (php -n)\n");
    exit(2);
} elseif ($fzImpl === 'oracle') {
    require __DIR__ . '/oracle.php';
} elseif ($fzImpl === 'ref') {
    $fzRef = rtrim((string) getenv('AURA_REFERENCE_SRC'), '/');
    if (!is_file("$fzRef/Session.php")) {
        fwrite(STDERR, "worker: AURA_REFERENCE_SRC must name the library's src/ directory\n");
        exit(2);
    }
    spl_autoload_register(function (string $class) use ($fzRef): void {
        $prefix = 'Aura\\Session\\';
        if (str_starts_with($class, $prefix)) {
            $file = $fzRef . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });
} else {
    fwrite(STDERR, "worker: usage: worker.php ext|oracle|ref CASE OUT SAVE_DIR\n");
    exit(2);
}
require __DIR__ . '/support.php';

$fzCase = unserialize(file_get_contents($fzCaseFile));
$fzOut = fopen($fzOutFile, 'w');
Fz::setupSession($fzSaveDir, $fzCase['serializer']);

foreach ($fzCase['steps'] as $fzI => $fzStep) {
    Fz::$events = Fz::$warnings = [];
    try {
        $fzR = eval($fzStep['code']);
        // a collection inside the recording would run hooks outside the step
        gc_disable();
        $fzResult = 'ret ' . Fz::dump($fzR);
    } catch (\Throwable $fzE) {
        gc_disable();
        $fzResult = 'throw ' . Fz::throwable($fzE);
    }
    try {
        unset($fzR, $fzE);
    } catch (\Throwable $fzE) {
        Fz::event('dropping the result threw ' . get_class($fzE) . ': ' . $fzE->getMessage());
        unset($fzE);
    }
    fwrite($fzOut, json_encode([
        'i' => $fzI,
        'out' => $fzResult,
        'w' => Fz::$warnings,
        'e' => Fz::$events,
        's' => Fz::state(),
    ], JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n");
    fflush($fzOut);
    gc_enable();
}
fwrite($fzOut, "{\"end\":true}\n");
fclose($fzOut);
