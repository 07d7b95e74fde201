<?php
// Sessions as whole files behind a user save handler that takes no lock, as
// many framework drivers store them. The HTTP test apps prepend a file that
// registers a subclass: what a site changes is its file prefix and the two
// hooks below.
class UnlockedFileHandler implements SessionHandlerInterface, SessionUpdateTimestampHandlerInterface
{
    protected string $dir = '';

    public function __construct(private string $prefix = 'sess_')
    {
    }

    /** Whether this request's writes are refused (a store that failed). */
    protected function refused(): bool
    {
        return false;
    }

    /** Sees each write() ("write") and updateTimestamp() ("touch"). */
    protected function noted(string $call, string $id): void
    {
    }

    public function open($path, $name): bool
    {
        $this->dir = $path;
        return is_dir($path);
    }

    public function close(): bool
    {
        return true;
    }

    public function read($id): string|false
    {
        $data = @file_get_contents($this->file($id));
        return $data === false ? '' : $data;
    }

    public function write($id, $data): bool
    {
        $this->noted('write', $id);
        if ($this->refused()) {
            return false;
        }
        // whole files only: a reader never sees half a write
        $tmp = $this->file($id) . '.' . getmypid();
        return file_put_contents($tmp, $data) !== false && rename($tmp, $this->file($id));
    }

    public function destroy($id): bool
    {
        @unlink($this->file($id));
        return true;
    }

    public function gc($max): int|false
    {
        return 0;
    }

    // PHP 8.6 warns at the declaration of a handler without create_sid(),
    // and a warning in the log fails the HTTP tests: a random id of the
    // default length, as the session module makes one.
    public function create_sid(): string
    {
        return bin2hex(random_bytes(16));
    }

    public function validateId($id): bool
    {
        return is_file($this->file($id));
    }

    public function updateTimestamp($id, $data): bool
    {
        $this->noted('touch', $id);
        return !$this->refused() && touch($this->file($id));
    }

    private function file(string $id): string
    {
        return $this->dir . '/' . $this->prefix . $id;
    }
}
