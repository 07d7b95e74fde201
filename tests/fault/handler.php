<?php
/*
 * The fault-injecting save handler of the fault-injection tests
 * (tests/fault/test_fault.py explains the cases and the invariants).
 *
 * FaultHandler is what the session module talks to. It forwards each call
 * to an inner store and, at the one call the case's plan names ("the 2nd
 * call of read"), misbehaves instead: returns false, throws, stalls, calls
 * exit() or raises a fatal error. Every call and every fault is appended to
 * the case's record file as it happens, so a process that dies still leaves
 * its trace.
 *
 * Faults fire before the inner store acts (a refused write writes nothing,
 * as phpredis refuses a write it holds no lock for), except at close(),
 * where the inner close runs first: a handler that keeps its lock after
 * close() breaks every caller, and that is not what is under test.
 *
 * Inner stores, each answering lockHeld($id) from outside the session
 * module, so a probe can tell whether the store's lock is still held:
 *   UserStore   a store of our own in a directory: one file per session, and
 *               a lock that is a file of its own, created on read() and
 *               removed on close(). Like a Redis or memcached lock it
 *               outlives a process that never released it, so a lock left
 *               at the end of a request is seen afterwards.
 *   files       PHP's files handler through SessionHandler; its flock() is
 *               probed with a second open of the file.
 *   redis       phpredis through SessionHandler, with its locking on; the
 *               lock is the `<key>_LOCK` key, probed over a connection of
 *               our own.
 *   aura        the extension's aura_redis handler through SessionHandler;
 *               the lock is the `<prefix>{id}:lock` key, probed likewise.
 */

final class Rec
{
    private static $fh = null;

    public static function open(string $path): void
    {
        self::$fh = fopen($path, 'a');
    }

    public static function add(array $record): void
    {
        if (self::$fh) {
            fwrite(self::$fh, json_encode($record, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR) . "\n");
            fflush(self::$fh);
        }
    }
}

final class InjectedFault extends RuntimeException
{
}

interface InnerStore
{
    public function open($path, $name): bool;
    public function close(): bool;
    public function read($id): string|false;
    public function write($id, $data): bool;
    public function destroy($id): bool;
    public function gc($max): int|false;
    public function create_sid(): string;
    public function validateId($id): bool;
    public function updateTimestamp($id, $data): bool;
    /** Whether the store's lock on $id is held now (by anyone). */
    public function lockHeld(string $id): bool;
}

final class UserStore implements InnerStore
{
    /** The id this process holds the lock of, if any. */
    private ?string $locked = null;

    public function __construct(private string $dir)
    {
    }

    private function data(string $id): string
    {
        return $this->dir . '/' . $id . '.sess';
    }

    private function lock(string $id): string
    {
        return $this->dir . '/' . $id . '.lock';
    }

    public function open($path, $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        if ($this->locked !== null) {
            @unlink($this->lock($this->locked));
            $this->locked = null;
        }
        return true;
    }

    public function read($id): string|false
    {
        if ($this->locked !== null && $this->locked !== $id) {
            // read() of another id without close(): the session module never
            // does this; release the old one so the probe sees the new state.
            $this->close();
        }
        if ($this->locked === null) {
            $fh = @fopen($this->lock($id), 'x');
            if ($fh === false) {
                // Someone holds it: here that can only be a lock a request
                // left behind. A lock wait that times out fails the read.
                Rec::add(['event' => 'lock-busy', 'id' => $id]);
                return false;
            }
            fwrite($fh, (string) getmypid());
            fclose($fh);
            $this->locked = $id;
        }
        return is_file($this->data($id)) ? (string) file_get_contents($this->data($id)) : '';
    }

    public function write($id, $data): bool
    {
        return file_put_contents($this->data($id) . '.tmp', $data) !== false
            && rename($this->data($id) . '.tmp', $this->data($id));
    }

    public function destroy($id): bool
    {
        @unlink($this->data($id));
        return true;
    }

    public function gc($max): int|false
    {
        return 0;
    }

    public function create_sid(): string
    {
        return bin2hex(random_bytes(16));
    }

    public function validateId($id): bool
    {
        return is_file($this->data($id));
    }

    public function updateTimestamp($id, $data): bool
    {
        return touch($this->data($id));
    }

    public function lockHeld(string $id): bool
    {
        return is_file($this->lock($id));
    }
}


/** The configured session module's own calls, through SessionHandler. */
trait ForwardsToModule
{
    private SessionHandler $inner;

    public function open($path, $name): bool { return $this->inner->open($path, $name); }
    public function close(): bool { return $this->inner->close(); }
    public function read($id): string|false { return $this->inner->read($id); }
    public function write($id, $data): bool { return $this->inner->write($id, $data); }
    public function destroy($id): bool { return $this->inner->destroy($id); }
    public function gc($max): int|false { return $this->inner->gc($max); }
    public function create_sid(): string { return $this->inner->create_sid(); }
}

/** PHP's files handler (save_handler=files) through SessionHandler. */
final class FilesStore implements InnerStore
{
    public function __construct(private string $dir)
    {
        $this->inner = new SessionHandler();
    }

    use ForwardsToModule;

    // SessionHandler does not expose the files module's validate_sid and
    // update_timestamp: these do what they do.
    public function validateId($id): bool
    {
        // The files handler deletes in C, which leaves PHP's stat cache
        // saying the file is still there.
        clearstatcache(true, $this->dir . '/sess_' . $id);
        return is_file($this->dir . '/sess_' . $id);
    }

    public function updateTimestamp($id, $data): bool
    {
        clearstatcache(true, $this->dir . '/sess_' . $id);
        return is_file($this->dir . '/sess_' . $id) && touch($this->dir . '/sess_' . $id);
    }

    public function lockHeld(string $id): bool
    {
        $fh = @fopen($this->dir . '/sess_' . $id, 'r');
        if ($fh === false) {
            return false;
        }
        // flock() locks belong to an open file description, so this second
        // open conflicts with the handler's own even in this process.
        $free = flock($fh, LOCK_EX | LOCK_NB);
        if ($free) {
            flock($fh, LOCK_UN);
        }
        fclose($fh);
        return !$free;
    }
}

/** A store in the run's Redis server, looked at over a connection of our own. */
trait ProbesRedis
{
    private ?Redis $probe = null;

    public function __construct(private int $port, private string $prefix)
    {
        $this->inner = new SessionHandler();
    }

    private function probe(): Redis
    {
        if ($this->probe === null) {
            $this->probe = new Redis();
            $this->probe->connect('127.0.0.1', $this->port, 2.0);
        }
        return $this->probe;
    }
}

/** phpredis (save_handler=redis, locking on) through SessionHandler. */
final class RedisStore implements InnerStore
{
    use ProbesRedis;

    use ForwardsToModule;

    public function validateId($id): bool
    {
        return (bool) $this->probe()->exists($this->prefix . $id);
    }

    public function updateTimestamp($id, $data): bool
    {
        return (bool) $this->probe()->expire($this->prefix . $id, (int) ini_get('session.gc_maxlifetime'));
    }

    public function lockHeld(string $id): bool
    {
        return (bool) $this->probe()->exists($this->prefix . $id . '_LOCK');
    }
}

/**
 * The extension's own Redis store (save_handler=aura_redis) through
 * SessionHandler; a session is the hash `<prefix>{id}` (a destroyed one
 * keeps a tombstone field `x`), its lock the key `<prefix>{id}:lock`.
 */
final class AuraStore implements InnerStore
{
    use ProbesRedis;

    private function key(string $id): string
    {
        return $this->prefix . '{' . $id . '}';
    }

    use ForwardsToModule;

    public function validateId($id): bool
    {
        $fields = $this->probe()->hMGet($this->key($id), ['v', 'x']);
        return $fields['v'] !== false && $fields['x'] === false;
    }

    // The module renews an unchanged session when it is written the data
    // it read (and stores a new empty one, so strict mode knows its id).
    public function updateTimestamp($id, $data): bool
    {
        return $this->inner->write($id, $data);
    }

    public function lockHeld(string $id): bool
    {
        return (bool) $this->probe()->exists($this->key($id) . ':lock');
    }
}

final class FaultHandler implements SessionHandlerInterface, SessionIdInterface, SessionUpdateTimestampHandlerInterface
{
    /** Calls per method so far. */
    public static array $calls = [];
    /** The ids read() was called for and close() not yet: the session module's open cycle. */
    public static ?string $cycle = null;

    /**
     * @param array{method: string, index: int, kind: string}|null $plan
     */
    public function __construct(public InnerStore $store, private ?array $plan)
    {
    }

    /** Runs the inner call, or the planned fault at the planned call. */
    private function call(string $method, array $args, callable $inner): mixed
    {
        $n = self::$calls[$method] = (self::$calls[$method] ?? 0) + 1;
        $plan = $this->plan;
        $fault = $plan !== null && $plan['method'] === $method && $plan['index'] === $n ? $plan['kind'] : null;
        Rec::add(['call' => $method, 'n' => $n, 'id' => $args[0] ?? null, 'fault' => $fault]);
        if ($fault === null) {
            return $inner();
        }
        if ($method === 'close' && $fault !== 'keep-lock') {
            $inner();
        }
        switch ($fault) {
            case 'false':
                // create_sid() cannot return false through the interface's
                // string type: an empty string is its refusal.
                return $method === 'create_sid' ? '' : false;
            case 'throw':
                throw new InjectedFault("injected: $method #$n");
            case 'stall':
                usleep(30000);
                return $method === 'close' ? true : $inner();
            case 'exit':
                exit(3);
            case 'fatal':
                trigger_error("injected fatal: $method #$n", E_USER_ERROR);
            // Broken handlers, not faults: test_fault.py's test_checks_can_fail
            // uses them to see each invariant check report a violation.
            case 'keep-lock':
                // close() that leaves the store's lock held
                self::$cycle = null;
                return true;
            case 'lie':
                // write() that reports success and writes nothing
                return true;
            case 'lie-ext':
                // the same, only when the extension is loaded
                return extension_loaded('aura_session') ? true : $inner();
            case 'write-throw':
                // write() that writes, then throws
                $inner();
                throw new InjectedFault("injected after writing: $method #$n");
            case 'forget':
                // read() that answers an empty session for a stored one
                $inner();
                return '';
            case 'corrupt':
                // write() of data that is not serialize()'s
                return $this->store->write($args[0], 'x:corrupt');
            case 'segv':
                // the process dies of a signal, as a crash would
                shell_exec('kill -SEGV ' . getmypid());
                sleep(5);
        }
        throw new LogicException("unknown fault $fault");
    }

    public function open($path, $name): bool
    {
        return $this->call('open', [], fn () => $this->store->open($path, $name));
    }

    public function close(): bool
    {
        return $this->call('close', [], function () {
            self::$cycle = null;
            return $this->store->close();
        });
    }

    public function read($id): string|false
    {
        return $this->call('read', [$id], function () use ($id) {
            $data = $this->store->read($id);
            if ($data !== false) {
                self::$cycle = $id;
            }
            return $data;
        });
    }

    public function write($id, $data): bool
    {
        return $this->call('write', [$id], fn () => $this->store->write($id, $data));
    }

    public function destroy($id): bool
    {
        return $this->call('destroy', [$id], fn () => $this->store->destroy($id));
    }

    public function gc($max): int|false
    {
        return $this->store->gc($max);
    }

    public function create_sid(): string
    {
        return $this->call('create_sid', [], fn () => $this->store->create_sid());
    }

    public function validateId($id): bool
    {
        return $this->call('validateId', [$id], fn () => $this->store->validateId($id));
    }

    public function updateTimestamp($id, $data): bool
    {
        return $this->call('updateTimestamp', [$id], fn () => $this->store->updateTimestamp($id, $data));
    }
}
