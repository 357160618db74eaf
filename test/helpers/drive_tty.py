"""Drive the CLI in a real pseudo-terminal: send keys after each prompt, report output and exit.
usage: drive_tty.py <cwd> <keys-json> -- node bin args...
keys-json: a list of strings; each is sent once the screen has been quiet for a moment."""
import fcntl, json, os, pty, select, struct, sys, termios, time

cwd, keys = sys.argv[1], json.loads(sys.argv[2])
argv = sys.argv[sys.argv.index('--') + 1:]
pid, fd = pty.fork()
if pid == 0:
    # A real terminal size: with 0 columns every character would wrap onto its own line.
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.chdir(cwd)
    os.environ['npm_config_user_agent'] = ''
    os.execvp(argv[0], argv)

out = b''
def read_until_quiet(quiet=0.4, limit=20.0):
    global out
    start, last = time.time(), time.time()
    while time.time() - start < limit:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            out += chunk
            last = time.time()
        elif time.time() - last > quiet and out:
            return True
    return True

for key in keys:
    if not read_until_quiet():
        break
    os.write(fd, key.encode())
read_until_quiet(quiet=1.0, limit=60.0)
# Still waiting for input after the last key: that is a failure, not a hang.
for _ in range(100):
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    time.sleep(0.1)
else:
    os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.stdout.write(json.dumps({'code': code, 'output': out.decode('utf-8', 'replace')}))
