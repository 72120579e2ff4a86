#!/usr/bin/env python3
"""Kesher on several nodes, tested on one machine without Docker (issue 21).

Starts three MariaDB processes as one Galera cluster on loopback ports (galera.sh), a small SMTP
server that records every mail it is given, two Payara Micro nodes of Kesher in one cluster
(Hazelcast over TCP/IP on 127.0.0.1), and HAProxy in front of them (haproxy.sh: sticky sessions,
health checks, X-Forwarded-For). Then, under intake load from 8 clients through the balancer and
with two logged-in staff members working:

  1. kill -9 the Kesher node one staff member's session lives on;
  2. stop the Galera node every write goes to (the first host of Connector/J's list);
  3. bring both back.

Afterwards it checks: every request answered 201 exists once, with its events and its mail; every
mail reached the SMTP server once (by Message-ID); both staff members worked on without a new
login; one client's submissions were counted across both nodes; each job's period was claimed once.
It then measures intake (8 connections) on one node and on two nodes behind the balancer, on
Galera and on one plain MariaDB, beside a plain-JDBC-like floor measured in the same run.

Run:  ./mvnw -Pcluster verify   (or: python3 src/cluster/cluster_test.py --war target/kesher.war
      --payara target/payara-micro.jar). Needs mariadb-server, galera-4, haproxy, rsync (Debian).
Exits 0 when every check holds, 1 otherwise; writes target/cluster/report.md.
"""

import argparse
import http.client
import itertools
import json
import os
import random
import re
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent


def log(message):
    print(time.strftime("%H:%M:%S"), message, flush=True)


def free_port_block(size):
    """A base port with `size` free ports after it (checked by binding each), below the kernel's
    ephemeral range: a port taken from it could be given to an outgoing connection meanwhile (a
    Galera node coming back found its IST port held by one)."""
    low = 32768
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        pass
    for _ in range(200):
        base = random.randint(10000, max(10001, low - size - 1))
        sockets = []
        try:
            for p in range(base, base + size):
                s = socket.socket()
                s.bind(("127.0.0.1", p))
                sockets.append(s)
            return base
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    raise RuntimeError("no free block of ports")


# ---------------------------------------------------------------------------------------------
# A real SMTP server, small: it takes every mail and keeps its Message-ID and recipients.


class Mails:
    def __init__(self):
        self.lock = threading.Lock()
        self.received = []  # (message_id, recipients)

    def add(self, message_id, recipients):
        with self.lock:
            self.received.append((message_id, tuple(recipients)))

    def ids(self):
        with self.lock:
            return [m for m, _ in self.received]


class SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 cluster-test ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-cluster-test")
                self.reply("250 8BITMIME")
            elif verb == "HELO":
                self.reply("250 cluster-test")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[8:].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                message_id = None
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    if message_id is None and data[:11].lower() == b"message-id:":
                        message_id = data[11:].decode(errors="replace").strip()
                self.server.mails.add(message_id, recipients)
                self.reply("250 OK queued")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not here")


class SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port, mails):
        super().__init__(("127.0.0.1", port), SmtpHandler)
        self.mails = mails


# ---------------------------------------------------------------------------------------------
# The database cluster, the nodes and the balancer.


class Galera:
    def __init__(self, work, base):
        self.dir = work / "galera"
        self.base = base

    def sh(self, *args):
        subprocess.run(["bash", str(HERE / "galera.sh"), *args], check=True)

    def start(self):
        self.sh("start", str(self.dir), str(self.base))

    def stop_node(self, n):
        self.sh("stop-node", str(self.dir), str(n))

    def start_node(self, n):
        self.sh("start-node", str(self.dir), str(n), str(self.base))

    def stop(self):
        subprocess.run(["bash", str(HERE / "galera.sh"), "stop", str(self.dir)])

    def port(self, n):
        return self.base + n - 1

    def url(self, database="kesher"):
        hosts = ",".join(f"127.0.0.1:{self.port(n)}" for n in (1, 2, 3))
        # every write to the first reachable host; a secondary is written to, not read-only
        return f"jdbc:mysql://{hosts}/{database}?failOverReadOnly=false&connectTimeout=3000"


class PlainMariaDb:
    """One MariaDB, no replication: the baseline the Galera figures stand beside."""

    def __init__(self, work, port):
        self.dir, self.port = work / "plain", port
        self.process = None

    def start(self):
        data, tmp = self.dir / "data", self.dir / "tmp"
        data.mkdir(parents=True)
        tmp.mkdir()
        subprocess.run(
            ["mariadb-install-db", "--no-defaults", f"--datadir={data}", "--user=root",
             "--auth-root-authentication-method=normal", f"--tmpdir={tmp}"],
            check=True, capture_output=True)
        self.process = subprocess.Popen(
            ["mariadbd", "--no-defaults", f"--datadir={data}", "--user=root",
             f"--port={self.port}", "--bind-address=127.0.0.1", f"--socket={self.dir}/sock",
             f"--pid-file={self.dir}/pid", f"--log-error={self.dir}/error.log", f"--tmpdir={tmp}",
             "--skip-name-resolve", "--innodb-flush-log-at-trx-commit=1",
             "--innodb-buffer-pool-size=256M", "--max-connections=300",
             "--character-set-server=utf8mb4"])
        end = time.time() + 60
        while time.time() < end:
            if sql(self.port, "SELECT 1", check=False).returncode == 0:
                sql(self.port, "CREATE DATABASE kesher CHARACTER SET utf8mb4;" + USERS)
                return
            time.sleep(0.5)
        raise RuntimeError(f"MariaDB did not start: see {self.dir}/error.log")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(60)


def sql(port, statement, user="root", password=None, check=True):
    """Runs SQL on a MariaDB at this port; the rows as lists of strings."""
    command = ["mariadb", "-h", "127.0.0.1", "-P", str(port), "-u", user, "-N", "-B"]
    if password:
        command.append("-p" + password)
    done = subprocess.run(command + ["-e", statement], check=check, capture_output=True, text=True)
    if not check:
        return done
    return [line.split("\t") for line in done.stdout.splitlines() if line]


# Kesher's two users, as the README's production section has them: the owner migrates and grants,
# Kesher's own user may only read and add to the access log
USERS = """
CREATE USER 'kesher_owner'@'%' IDENTIFIED BY 'owner-secret';
GRANT ALL ON kesher.* TO 'kesher_owner'@'%' WITH GRANT OPTION;
GRANT SELECT ON mysql.user TO 'kesher_owner'@'%';
CREATE USER 'kesher_app'@'%' IDENTIFIED BY 'app-secret';
"""


class Node:
    def __init__(self, name, args, work, port, hz_port, hz_ports, env):
        self.name, self.args, self.work = name, args, work
        self.port, self.hz_port, self.hz_ports, self.env = port, hz_port, hz_ports, env
        self.process = None
        self.log_path = work / f"{name}.log"

    def command(self):
        members = ",".join(f"127.0.0.1:{p}" for p in self.hz_ports)
        return [
            shutil.which("java") or "java",
            "-Xss512k",
            "-Xmx768m",
            "-jar",
            str(self.args.payara),
            "--name", self.name,
            "--clustername", self.args.cluster_name,
            "--clustermode", f"tcpip:{members}",
            "--interfaces", "127.0.0.1",
            "--startport", str(self.hz_port),
            # both nodes share 127.0.0.1: without this the grid keeps no backup on the other
            "--nohostaware",
            "--port", str(self.port),
            # as the cluster profile's nodes: the scheme the balancer was reached by
            "--postbootcommandfile", str(HERE.parent.parent / "docker/cluster/payara-postboot.asadmin"),
            "--contextroot", "/",
            "--deploy", str(self.args.war),
        ]

    def start(self):
        out = open(self.log_path, "ab")
        env = dict(os.environ)
        env.update(self.env)
        env["KESHER_NODE"] = self.name
        self.process = subprocess.Popen(
            self.command(), stdout=out, stderr=subprocess.STDOUT, cwd=self.work, env=env
        )

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def ready(self):
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=3)
            c.request("GET", "/health/ready")
            return c.getresponse().status == 200
        except OSError:
            return False

    def await_ready(self, seconds=240):
        end = time.time() + seconds
        while time.time() < end:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} ended: see {self.log_path}")
            if self.ready() and "Kesher is ready" in self.log_path.read_text(errors="replace"):
                return
            time.sleep(1)
        raise RuntimeError(f"{self.name} not ready in {seconds} s: see {self.log_path}")


class Balancer:
    def __init__(self, work, port, backends):
        self.dir, self.port, self.backends = work / "haproxy", port, backends

    def start(self):
        self.dir.mkdir(exist_ok=True)
        subprocess.run(
            ["bash", str(HERE / "haproxy.sh"), "start", str(self.dir), str(self.port)]
            + [str(b) for b in self.backends],
            check=True,
        )

    def stop(self):
        subprocess.run(["bash", str(HERE / "haproxy.sh"), "stop", str(self.dir)])


# ---------------------------------------------------------------------------------------------
# Residents and staff.

TOPICS = ["HOLOCAUST_SURVIVOR", "SENIOR_CITIZEN", "DISABILITY", "HOUSING"]


def request_body(email, n):
    return json.dumps(
        {
            "requestType": "RIGHTS_INFO",
            "language": "he",
            "name": "תושבת בדיקה " + str(n),
            "phone": "050-%07d" % (n % 10_000_000),
            "email": email,
            "emailSafe": True,
            "consent": True,
            "answers": {
                "topic": TOPICS[n % len(TOPICS)],
                "description": "אמי בת 84 גרה לבד בלי מעלית; אילו הטבות מגיעות לה? פנייה "
                + str(n),
            },
        },
        ensure_ascii=False,
    ).encode()


def submit(port, body, client, timeout=30):
    """POST /api/v1/requests; (status, reference or None)."""
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        c.request(
            "POST",
            "/api/v1/requests",
            body=body,
            headers={"Content-Type": "application/json", "X-Forwarded-For": client},
        )
        r = c.getresponse()
        text = r.read().decode(errors="replace")
        c.close()
        if r.status == 201:
            return 201, json.loads(text).get("reference")
        return r.status, None
    except (OSError, http.client.HTTPException) as e:
        return "error:" + type(e).__name__, None


class Intake:
    """Clients posting requests in a loop, each with a unique address and a unique email."""

    runs = 0

    def __init__(self, port, clients, tag):
        self.port, self.clients = port, clients
        self.tag = re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-")
        # each load its own client addresses: no allowance is shared between two loads
        Intake.runs += 1
        self.first_octet = 10 * Intake.runs
        self.results = []  # (status, reference, email)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = []

    def run(self, index):
        n = 0
        while not self.stopping.is_set():
            n += 1
            email = f"{self.tag}.{index}.{n}@mail.example"
            client = f"10.{self.first_octet + index}.{(n // 250) % 250}.{n % 250 + 1}"
            status, reference = submit(self.port, request_body(email, n), client)
            with self.lock:
                self.results.append((status, reference, email))
            if status != 201:
                time.sleep(0.2)

    def start(self):
        for i in range(self.clients):
            t = threading.Thread(target=self.run, args=(i,), daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(60)

    def count(self):
        with self.lock:
            return len(self.results)


class StaffMember:
    """A staff member's browser without JavaScript: cookies, and the login form posted once."""

    VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')

    def __init__(self, port, username, password):
        self.port, self.username, self.password = port, username, password
        self.cookies = {}
        self.pages = []  # (time, status, where, node cookie)
        self.logins = 0
        self.stopping = threading.Event()
        self.thread = None

    def request(self, method, path, body=None, headers=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        text = r.read().decode(errors="replace")
        for value in r.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        c.close()
        return r.status, r.headers.get("Location"), text

    def login(self):
        status, _, page = self.request("GET", "/staff/login.xhtml")
        form = re.search(r'<form id="([^"]+)"', page).group(1)
        fields = {form: form, "jakarta.faces.ViewState": self.VIEW_STATE.search(page).group(1)}
        for name in re.findall(r'name="([^"]+)"', page):
            if name.endswith("username"):
                fields[name] = self.username
            elif name.endswith("password"):
                fields[name] = self.password
            elif name.endswith("submit"):
                fields[name] = ""
        nonce = re.search(r'nonce="([^"]+)"', page)
        if nonce:
            fields["primefaces.nonce"] = nonce.group(1)
        status, location, _ = self.request(
            "POST",
            "/staff/login.xhtml",
            urllib.parse.urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        self.logins += 1
        if status != 302 or "login" in (location or ""):
            raise RuntimeError(f"{self.username} could not log in: {status} {location}")

    def node(self):
        return self.cookies.get("SERVERID")

    def work(self):
        while not self.stopping.is_set():
            try:
                status, location, page = self.request("GET", "/staff/index.xhtml")
                where = "queue" if status == 200 and "queue" in page.lower() else (
                    "login" if location and "login" in location else "other")
            except (OSError, http.client.HTTPException) as e:
                status, where = "error:" + type(e).__name__, "error"
            self.pages.append((time.time(), status, where, self.node()))
            time.sleep(0.5)

    def start(self):
        self.thread = threading.Thread(target=self.work, daemon=True)
        self.thread.start()

    def stop(self):
        self.stopping.set()
        self.thread.join(60)


def demo_passwords(*logs):
    passwords = {}
    for path in logs:
        for line in Path(path).read_text(errors="replace").splitlines():
            m = re.match(r"\s+(demo\.\w+)\s+(\S+)\s*$", line)
            if m:
                passwords[m.group(1)] = m.group(2)
    return passwords


# ---------------------------------------------------------------------------------------------
# The run.


class Checks:
    def __init__(self):
        self.lines = []
        self.failed = False

    def check(self, holds, what):
        self.lines.append(("PASS " if holds else "FAIL ") + what)
        self.failed |= not holds
        log(("PASS " if holds else "FAIL ") + what)

    def note(self, what):
        self.lines.append("     " + what)
        log(what)


def rate(port, seconds, clients, tag):
    """Requests answered 201 per second at `port` with `clients` connections."""
    load = Intake(port, clients, tag)
    start = time.time()
    load.start()
    time.sleep(seconds)
    load.stop()
    elapsed = time.time() - start
    created = sum(1 for s, _, _ in load.results if s == 201)
    answers = {}
    for s, _, _ in load.results:
        answers[str(s)] = answers.get(str(s), 0) + 1
    log(f"{tag}: {answers} in {elapsed:.1f} s")
    return created / elapsed, load


def node_env(args, db_url, smtp_port):
    return {
        "KESHER_DB_URL": db_url,
        "KESHER_DB_USER": "kesher_app",
        "KESHER_DB_PASSWORD": "app-secret",
        "KESHER_DB_OWNER_USER": "kesher_owner",
        "KESHER_DB_OWNER_PASSWORD": "owner-secret",
        "KESHER_KEY_FILE": str(args.work / "keys.properties"),
        "KESHER_DEMO": "true",
        "KESHER_SUBMISSIONS_PER_HOUR": str(args.limit),
        "KESHER_TRUSTED_PROXIES": "127.0.0.1",
        "KESHER_SMTP_HOST": "127.0.0.1",
        "KESHER_SMTP_PORT": str(smtp_port),
        "KESHER_MAIL_POLL_MILLIS": "250",
        "KESHER_MAIL_RETRY_SECONDS": "2",
        "KESHER_DB_POOL_SIZE": "16",
    }


def scenario(args, checks, galera, nodes, balancer, mails):
    db = lambda statement: sql(galera.port(3), statement)  # node 3 is never stopped
    passwords = demo_passwords(*(n.log_path for n in nodes))
    checks.check("demo.dana" in passwords, "the demo accounts were created once, on one node")
    admins = db("SELECT COUNT(*) FROM kesher.staff_account WHERE username = 'admin'")[0][0]
    checks.check(admins == "1", f"two nodes started together on a new database: {admins} admin")

    grants = " ".join(r[0] for r in db("SHOW GRANTS FOR 'kesher_app'@'%'"))
    refused = sql(galera.port(3), "UPDATE kesher.access_entry SET action = action",
                  user="kesher_app", password="app-secret", check=False)
    checks.check("GRANT SELECT, INSERT ON `kesher`.`access_entry`" in grants
                 and refused.returncode != 0 and "denied" in refused.stderr,
                 "the owner's GRANTs reached every Galera node: Kesher's user may only read and "
                 "add to the access log (an UPDATE on node 3 is refused)")

    c = http.client.HTTPConnection("127.0.0.1", nodes[0].port, timeout=10)
    c.request("GET", "/staff/login.xhtml", headers={"X-Forwarded-Proto": "https"})
    r = c.getresponse()
    r.read()
    cookie = " ".join(v for v in r.headers.get_all("Set-Cookie") or [] if "JSESSIONID=" in v)
    checks.check("Secure" in cookie,
                 "behind a balancer that ended TLS, the session cookie is Secure: " + cookie[:80])

    # one client's allowance, taken half on each node straight (both trust 127.0.0.1)
    allowed = 0
    for i in range(args.limit + 10):
        status, _ = submit(nodes[i % 2].port, request_body(f"limit.{i}@mail.example", i),
                           "203.0.113.77")
        allowed += status == 201
    checks.check(allowed == args.limit,
                 f"one client's submissions counted across both nodes: {allowed} of "
                 f"{args.limit + 10} accepted, allowance {args.limit}")

    staff = [StaffMember(balancer.port, u, passwords[u]) for u in ("demo.dana", "demo.yosef")]
    for member in staff:
        member.login()
        member.start()
    load = Intake(balancer.port, 8, "load")
    load.start()
    time.sleep(args.phase)

    # haproxy.sh names the servers app1 and app2, in the order of the nodes
    victim = nodes[1] if staff[0].node() == "app2" else nodes[0]
    log(f"kill -9 {victim.name} (demo.dana's node); {load.count()} requests so far")
    victim.kill()
    time.sleep(args.phase)
    log(f"stopping Galera node 1 (where every write goes); {load.count()} requests so far")
    galera.stop_node(1)
    time.sleep(args.phase)
    log("bringing both back")
    victim.start()
    galera.start_node(1)
    victim.await_ready()
    time.sleep(args.phase)
    load.stop()
    for member in staff:
        member.stop()
    log(f"load stopped: {load.count()} requests")

    # the outbox drains (mails leased by the killed node wait for their lease: 2 minutes)
    end = time.time() + 200
    while time.time() < end and int(db("SELECT COUNT(*) FROM kesher.mail_outbox WHERE status = 'PENDING'")[0][0]) > 0:
        time.sleep(1)

    created = [(ref, email) for s, ref, email in load.results if s == 201]
    statuses = {}
    for s, _, _ in load.results:
        statuses[str(s)] = statuses.get(str(s), 0) + 1
    checks.note(f"intake answers under the faults: {statuses}")
    refs = [ref for ref, _ in created]
    checks.check(len(refs) == len(set(refs)), f"{len(refs)} references answered 201, all distinct")
    rows = {}
    for chunk in range(0, len(refs), 500):
        part = refs[chunk:chunk + 500]
        if not part:
            continue
        quoted = ",".join("'" + r + "'" for r in part)
        for ref, cases, events, mails_sent, mails_other in db(
            "SELECT c.reference, COUNT(DISTINCT c.id),"
            " (SELECT COUNT(*) FROM kesher.case_event e WHERE e.case_id = MIN(c.id)),"
            " (SELECT COUNT(*) FROM kesher.mail_outbox m WHERE m.case_id = MIN(c.id) AND m.status = 'SENT'),"
            " (SELECT COUNT(*) FROM kesher.mail_outbox m WHERE m.case_id = MIN(c.id) AND m.status <> 'SENT')"
            f" FROM kesher.case_file c WHERE c.reference IN ({quoted}) GROUP BY c.reference"
        ):
            rows[ref] = (int(cases), int(events), int(mails_sent), int(mails_other))
    missing = [r for r in refs if r not in rows]
    doubled = [r for r, v in rows.items() if v[0] != 1]
    no_events = [r for r, v in rows.items() if v[1] == 0]
    unsent = [r for r, v in rows.items() if v[2] == 0 or v[3] > 0]
    checks.check(not missing, f"every request answered 201 exists ({len(missing)} missing: {missing[:5]})")
    checks.check(not doubled, f"each exists once ({len(doubled)} twice: {doubled[:5]})")
    checks.check(not no_events, f"each has its events ({len(no_events)} without: {no_events[:5]})")
    checks.check(not unsent, f"each one's mail was sent ({len(unsent)} not: {unsent[:5]})")
    sent_ids = [r[0] for r in db("SELECT message_id FROM kesher.mail_outbox WHERE status = 'SENT'")]
    received = mails.ids()
    seen = {}
    for m in received:
        seen[m] = seen.get(m, 0) + 1
    twice = [m for m, k in seen.items() if k > 1]
    lost = [m for m in sent_ids if m not in seen and "<" + m + ">" not in seen]
    # SMTP has no two-phase commit: a node killed between the server's "250 OK" and the record of
    # it leaves that one mail to be sent again after its lease (one sending thread per node)
    checks.check(len(twice) <= 1,
                 f"every mail reached the SMTP server once, but at most the one mail the killed "
                 f"node was sending: {len(received)} received, {len(twice)} twice {twice[:3]}")
    checks.check(not lost, f"every mail the outbox marked sent was received ({len(lost)} not)")
    all_cases = int(db("SELECT COUNT(*) FROM kesher.case_file WHERE channel = 'API'")[0][0])
    checks.note(f"cases opened through the API: {all_cases}; answered 201: {len(refs)} to the "
                f"load and {args.limit} to the allowance check (any more: requests whose answer "
                "was lost with the killed node or the stopped database node)")

    for member in staff:
        wheres = {}
        for _, status, where, _ in member.pages:
            key = where if where in ("queue", "login") else f"{where} {status}"
            wheres[key] = wheres.get(key, 0) + 1
        nodes_seen = sorted({n for *_, n in member.pages if n})
        checks.check(
            member.logins == 1 and wheres.get("login", 0) == 0 and wheres.get("queue", 0) > 10,
            f"{member.username} worked on without a new login: pages {wheres}, nodes {nodes_seen}")
    moved = sorted({n for *_, n in staff[0].pages if n})
    checks.check(len(moved) == 2, f"demo.dana's session moved to the other node and went on: {moved}")

    claims = db("SELECT job, job_period, node FROM kesher.job_claim WHERE job_period <> 'lock'"
                " ORDER BY job, job_period")
    per_period = {}
    for job, period, node in claims:
        per_period.setdefault((job, period), []).append(node)
    checks.check(all(len(v) == 1 for v in per_period.values()) and per_period,
                 f"each job ran once per period: {len(per_period)} claims "
                 f"({', '.join(sorted({j for j, _ in per_period}))}), by "
                 f"{sorted({n for v in per_period.values() for n in v})}")
    retried = sum(n.log_path.read_text(errors="replace").count("refused the transaction before its commit")
                  for n in nodes)
    checks.note(f"transactions run again after a refusal before commit: {retried}")


WRK_RUNS = itertools.count(1)  # each wrk run its own client addresses


def wrk_rate(port, seconds, connections):
    """Requests answered 2xx per second, by wrk (two threads) with intake.lua's bodies."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "-s", str(HERE / "intake.lua"), f"http://127.0.0.1:{port}/", "--", str(next(WRK_RUNS))],
        check=True, capture_output=True, text=True).stdout
    total = int(re.search(r"(\d+) requests in", out).group(1))
    elapsed = float(re.search(r"requests in ([\d.]+)s", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    good = total - (int(bad.group(1)) if bad else 0)
    log(f"wrk at {port}: {total} requests, {good} answered 2xx in {elapsed:.1f} s"
        + (f"; socket errors {errors.group(1)}" if errors else ""))
    return good / elapsed


def measure(args, checks, nodes, balancer, label):
    seconds = args.measure
    if shutil.which("wrk"):
        rate(nodes[0].port, 5, 8, f"warm-{label}")  # both nodes compiled the intake path
        rate(balancer.port, 5, 8, f"warm2-{label}")
        one = wrk_rate(nodes[0].port, seconds, 8)
        two = wrk_rate(balancer.port, seconds, 8)
    else:
        one, _ = rate(nodes[0].port, seconds, 8, f"m1-{label}")
        two, _ = rate(balancer.port, seconds, 8, f"m2-{label}")
    checks.note(f"intake on {label}, 8 connections: one node {one:.0f}/s, two nodes behind the "
                f"balancer {two:.0f}/s")
    return one, two


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--war", type=Path, default=Path("target/kesher.war"))
    parser.add_argument("--payara", type=Path, default=Path("target/payara-micro.jar"))
    parser.add_argument("--work", type=Path, default=Path("target/cluster"))
    parser.add_argument("--phase", type=int, default=20, help="seconds between faults")
    parser.add_argument("--measure", type=int, default=20, help="seconds of each measurement")
    parser.add_argument("--limit", type=int, default=30, help="submissions per client and hour")
    parser.add_argument("--no-measure", action="store_true")
    args = parser.parse_args()
    args.war, args.payara = args.war.resolve(), args.payara.resolve()
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    args.work = args.work.resolve()
    args.cluster_name = "kesher-test-%06d" % random.randint(0, 999999)
    (args.work / "keys.properties").write_text(
        "kesher.data-key=%s\nkesher.index-key=%s\n"
        % tuple(subprocess.check_output(["openssl", "rand", "-base64", "32"], text=True).strip()
                for _ in range(2)))

    base = free_port_block(60)
    galera = Galera(args.work, base)
    mails = Mails()
    smtp = SmtpServer(base + 40, mails)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    http_ports = [base + 41, base + 42]
    # the grid's ports last: a member may take the next port up when its own is busy
    hz_ports = [base + 50, base + 51]
    checks = Checks()
    nodes, balancer = [], None
    try:
        log(f"Galera on 127.0.0.1:{base}-{base + 2}")
        galera.start()
        sql(galera.port(1), USERS)
        env = node_env(args, galera.url(), base + 40)
        nodes = [Node(f"k{i + 1}", args, args.work, http_ports[i], hz_ports[i], hz_ports, env)
                 for i in range(2)]
        for n in nodes:  # together, as a cluster starts on a new database
            n.start()
        for n in nodes:
            n.await_ready()
        log("both nodes ready")
        balancer = Balancer(args.work, base + 36, http_ports)
        balancer.start()
        scenario(args, checks, galera, nodes, balancer, mails)
        if not args.no_measure:
            measure(args, checks, nodes, balancer, "Galera (3 nodes, writes to one)")
            for n in nodes:
                n.stop()
            galera.stop()
            plain = PlainMariaDb(args.work, base + 37)
            plain.start()
            try:
                env = node_env(args, f"jdbc:mysql://127.0.0.1:{plain.port}/kesher", base + 40)
                env["KESHER_DEMO"] = "false"
                nodes = [Node(f"p{i + 1}", args, args.work, http_ports[i], hz_ports[i], hz_ports,
                              env) for i in range(2)]
                for n in nodes:
                    n.start()
                for n in nodes:
                    n.await_ready()
                measure(args, checks, nodes, balancer, "one MariaDB")
            finally:
                for n in nodes:
                    n.stop()
                plain.stop()
    finally:
        for n in nodes:
            n.stop()
        if balancer:
            balancer.stop()
        galera.stop()
        smtp.shutdown()
    report = args.work / "report.md"
    report.write_text("# Kesher on several nodes: cluster test\n\n" + "\n".join(checks.lines) + "\n")
    log(f"report: {report}")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
