<?php
// Prepended on the "user" sites: sessions as files behind a user save
// handler that takes no lock, as many framework drivers store them. A
// request with ?refuse=1 has its writes refused (write() and
// updateTimestamp() return false), standing for a store that failed.
final class UnlockedFileHandler implements SessionHandlerInterface, SessionUpdateTimestampHandlerInterface
{
    private string $dir = '';

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
        if (isset($_GET['refuse'])) {
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

    public function validateId($id): bool
    {
        return is_file($this->file($id));
    }

    public function updateTimestamp($id, $data): bool
    {
        return !isset($_GET['refuse']) && touch($this->file($id));
    }

    private function file(string $id): string
    {
        return $this->dir . '/sess_' . $id;
    }
}

session_set_save_handler(new UnlockedFileHandler, true);
