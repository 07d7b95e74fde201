<?php
// Prepended on the "user" site: sessions as files (user_<id>) behind a user
// SessionHandlerInterface class, which notes every write() and
// updateTimestamp() in calls.log beside them ("write ID" / "touch ID"), so
// that a test sees which one the session module chose.
final class NotingFileHandler implements SessionHandlerInterface, SessionUpdateTimestampHandlerInterface
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
        $this->note('write', $id);
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
        $this->note('touch', $id);
        return touch($this->file($id));
    }

    private function note(string $call, string $id): void
    {
        file_put_contents($this->dir . '/calls.log', "$call $id\n", FILE_APPEND | LOCK_EX);
    }

    private function file(string $id): string
    {
        return $this->dir . '/user_' . $id;
    }
}

session_set_save_handler(new NotingFileHandler, true);
