"""Drive the CLI in a real pseudo-terminal: wait for each prompt's text, then send its keys.
usage: drive_tty.py <cwd> <steps-json> -- node bin args...
steps-json: a list of [text, keys]: once `text` appears on screen (after the previous step's
match), `keys` are sent. Prints {"code": exit code, "output": everything the CLI wrote}."""
import fcntl, json, os, pty, re, select, struct, sys, termios, time

cwd, steps = sys.argv[1], json.loads(sys.argv[2])
argv = sys.argv[sys.argv.index('--') + 1:]
pid, fd = pty.fork()
if pid == 0:
    # A real terminal size: with 0 columns every character would wrap onto its own line.
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.chdir(cwd)
    os.environ['npm_config_user_agent'] = ''
    os.execvp(argv[0], argv)

out = b''
ANSI = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]')

def screen():
    return ANSI.sub('', out.decode('utf-8', 'replace'))

def pump(timeout):
    """Read what is available for up to `timeout` seconds; False once the CLI has exited."""
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    out += chunk
    return bool(chunk)

pos, alive = 0, True
for text, keys in steps:
    deadline = time.time() + 30
    while alive and time.time() < deadline:
        found = screen().find(text, pos)
        if found >= 0:
            pos = found + len(text)
            break
        alive = pump(0.1)
    else:
        break
    time.sleep(0.15)  # let the prompt finish drawing and start listening
    os.write(fd, keys.encode())

deadline = time.time() + 60
while alive and time.time() < deadline:
    alive = pump(0.2)
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
else:
    done = 0
if not done:
    # Still waiting for input after the last step: that is a failure, not a hang.
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
while pump(0.05):
    pass
sys.stdout.write(json.dumps({'code': os.waitstatus_to_exitcode(status), 'output': screen()}))
