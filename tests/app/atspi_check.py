#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader gets from Claimscope, read over the real AT-SPI bus.

Starts a private X server (Xvfb), a private D-Bus session bus listening in the
work folder (a sandbox's /tmp may be invisible to the rest of the system), the
accessibility bus and its registry, then the app once per page with
--page/--step, and reads it as a screen reader does (pyatspi):

- every page, and every showing control a student operates or reads by
  (buttons, check boxes, radio buttons, sliders, combo boxes, page tabs,
  lists, tables, headings), has a name;
- no name or description carries markup (<b>, <font ...>, &amp;, ...);
- every chart exposes a named object (role chart, or a named image);
- Tab, pressed with xdotool, reaches every focusable showing control, never
  stops on an object outside the window and goes in rough reading order;
- an answer typed on a quiz question is announced once, with the right
  verdict; a step change in the story is announced once, with its title.

Writes a transcript of what a screen reader user hears (tree summary per
page, a keyboard-only pass through three story steps and two quiz questions).
Anything that cannot start fails the test with a message: no check is skipped.
"""

import argparse
import ctypes
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time

# Views that are one Tab stop, with the arrow keys moving among their items.
ARROW_KEY_VIEWS = {"Who blamed whom, by camp", "Who blamed whom, actor by actor"}

# Known open defects: (page, rule, name) as regular expressions matching the
# whole text -> why. A listed problem is reported as "known", not failed; an
# entry that matches nothing in a whole run is reported, so it can go.
EXPECTED_FAILURES = {}


class Failure(Exception):
    """Something the test needs could not be set up."""


def say(*parts):
    print(*parts, flush=True)


# ------------------------------------------------------------------ processes

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
libc = ctypes.CDLL(None, use_errno=True)


def die_with_us():
    """In a child before exec: killed if this script dies without cleaning up (e.g. SIGKILL)."""
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn(command, **options):
    return subprocess.Popen(command, preexec_fn=die_with_us, **options)


def children_by_parent():
    tree = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields follow the last ')'.
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] == "Z":
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def descendants():
    tree = children_by_parent()
    found, todo = [], [os.getpid()]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def stop_all_descendants():
    """Ends every process started here, daemons included (they are reparented to us)."""
    for sig, grace in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 2.0)):
        pids = descendants()
        if not pids:
            return []
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        end = time.monotonic() + grace
        while time.monotonic() < end and descendants():
            reap()
            time.sleep(0.05)
        reap()
    return [open(f"/proc/{p}/cmdline").read().replace("\0", " ") for p in descendants() if os.path.exists(f"/proc/{p}")]


def read_line_from(fd, timeout, what):
    """The first line a child writes to `fd` (its address or display number)."""
    data = b""
    end = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = end - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise Failure(f"{what} did not start within {timeout:.0f} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise Failure(f"{what} exited before it was ready")
        data += chunk
    os.close(fd)
    return data.decode().strip()


def program(name, *candidates):
    for path in (shutil.which(name), *candidates):
        if path and os.access(path, os.X_OK):
            return path
    raise Failure(f"{name} not found (Debian packages: xvfb, xdotool, dbus-daemon, at-spi2-core)")


# ------------------------------------------------------------------ the desktop


class Desktop:
    """Xvfb, a session bus and the accessibility bus, private to this run."""

    def __init__(self, work, width, height):
        self.work = work
        self.width, self.height = width, height
        self.env = dict(os.environ)

    def start(self):
        shutil.rmtree(self.work, ignore_errors=True)
        runtime = os.path.join(self.work, "runtime")
        os.makedirs(runtime, mode=0o700)
        for sub in ("config", "data", "cache"):
            os.makedirs(os.path.join(self.work, sub))
        bus = os.path.join(self.work, "bus")
        # The accessibility bus listens at $XDG_RUNTIME_DIR/at-spi/bus_N; a
        # Unix socket's path has at most 107 bytes.
        if len(runtime) + len("/at-spi/bus_99999") > 107:
            raise Failure(f"the work folder's path is too long for a Unix socket: {self.work}")
        for var in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY", "DISPLAY", "XAUTHORITY"):
            self.env.pop(var, None)
        self.env.update(
            XDG_RUNTIME_DIR=runtime,
            XDG_CONFIG_HOME=os.path.join(self.work, "config"),
            XDG_DATA_HOME=os.path.join(self.work, "data"),
            XDG_CACHE_HOME=os.path.join(self.work, "cache"),
            GSETTINGS_BACKEND="memory",  # the bus launcher reads a setting: no dconf service to start
        )
        logs = lambda name: open(os.path.join(self.work, name + ".log"), "w")

        read, write = os.pipe()
        spawn([program("Xvfb"), "-displayfd", str(write), "-screen", "0", f"{self.width}x{self.height}x24", "-nolisten", "tcp",
               "-noreset"], pass_fds=[write], stdout=logs("xvfb"), stderr=subprocess.STDOUT, env=self.env, start_new_session=True)
        os.close(write)
        self.env["DISPLAY"] = ":" + read_line_from(read, 20, "Xvfb")

        read, write = os.pipe()
        spawn([program("dbus-daemon"), "--session", "--nofork", f"--address=unix:path={bus}", f"--print-address={write}"],
              pass_fds=[write], stdout=logs("dbus"), stderr=subprocess.STDOUT, env=self.env, start_new_session=True)
        os.close(write)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = read_line_from(read, 20, "dbus-daemon")

        launcher = program("at-spi-bus-launcher", "/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
        spawn([launcher, "--launch-immediately"], stdout=logs("at-spi-bus-launcher"), stderr=subprocess.STDOUT, env=self.env,
              start_new_session=True)
        end = time.monotonic() + 20
        while True:
            reply = subprocess.run([program("dbus-send"), "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                                    "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, text=True)
            if "unix:" in reply.stdout:
                break
            if time.monotonic() > end:
                raise Failure("the accessibility bus (at-spi-bus-launcher) did not answer within 20 s: " + reply.stderr.strip())
            time.sleep(0.1)
        os.environ.update(self.env)  # pyatspi connects to the session bus of this process

    def key(self, *keys):
        subprocess.run([program("xdotool"), "key", "--clearmodifiers", *keys], env=self.env, check=True)


# ------------------------------------------------------------------ AT-SPI

pyatspi = None
Atspi = None
GLib = None
events = []
EVENT_TYPES = ("object:announcement", "object:state-changed:focused", "object:property-change:accessible-name",
               "object:property-change:accessible-description")


def connect_atspi():
    global pyatspi, Atspi, GLib
    try:
        import pyatspi as pyatspi_module
        from gi.repository import Atspi as atspi_module, GLib as glib_module
    except ImportError as e:
        raise Failure(f"pyatspi is missing (Debian: python3-pyatspi, gir1.2-atspi-2.0): {e}")
    pyatspi, Atspi, GLib = pyatspi_module, atspi_module, glib_module
    for kind in EVENT_TYPES:
        pyatspi.Registry.registerEventListener(on_event, kind)


def on_event(event):
    try:
        name = event.source.name if event.source else ""
        role = event.source.getRoleName() if event.source else ""
    except Exception:  # the object is gone
        name, role = "", ""
    data = event.any_data if isinstance(event.any_data, str) else ""
    events.append({"type": event.type, "source": event.source, "name": name, "role": role,
                   "data": data, "detail1": event.detail1})


def pump(seconds):
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.005)


def pump_until(condition, timeout):
    context = GLib.MainContext.default()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        if condition():
            return True
        time.sleep(0.005)
    return False


def settle(quiet=0.3, limit=4.0):
    """Waits until no event arrived for `quiet` seconds (at most `limit`)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        seen = len(events)
        pump(quiet)
        if len(events) == seen:
            return


def extents(acc):
    # Called directly: Qt lists the Component interface only for objects that
    # had a size when first seen (the network's nodes had none yet).
    try:
        box = Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW)
        return (box.x, box.y, box.width, box.height)
    except Exception:
        return None


def identity(acc):
    """Stable across queries and events: the object's D-Bus path in its application."""
    return acc.path


class Node:
    def __init__(self, acc, depth, ancestors=()):
        self.acc = acc
        self.depth = depth
        self.ancestors = ancestors  # the keys of the objects above it
        self.role = acc.getRole()
        self.role_name = acc.getRoleName()
        self.name = acc.name or ""
        self.description = acc.description or ""
        states = acc.getState()
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        self.focused = states.contains(pyatspi.STATE_FOCUSED)
        self.enabled = states.contains(pyatspi.STATE_ENABLED)
        self.extents = extents(acc)
        self.key = identity(acc)


def walk(app_acc, limit=6000):
    """Every showing object under the application (hidden subtrees are not entered)."""
    nodes = []

    def visit(acc, depth, ancestors):
        if acc is None or len(nodes) >= limit:
            return
        node = Node(acc, depth, ancestors)
        nodes.append(node)
        if node.showing or depth < 2:
            for i in range(acc.childCount):
                visit(acc.getChildAtIndex(i), depth + 1, ancestors + (node.key,))

    visit(app_acc, 0, ())
    return [n for n in nodes if n.showing or n.depth < 2]


# ------------------------------------------------------------------ the app


class App:
    def __init__(self, desktop, binary, args, label):
        self.desktop = desktop
        self.label = label
        del events[:]
        self.log = open(os.path.join(desktop.work, "app.log"), "a")
        self.log.write(f"--- {label}: {' '.join(args)}\n")
        self.log.flush()
        env = dict(desktop.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
        self.proc = spawn([binary, *args, "--size", f"{desktop.width}x{desktop.height}", "--sample-profiles"], env=env,
                          stdout=self.log, stderr=subprocess.STDOUT)
        self.acc = None

    def wait_ready(self, timeout=30):
        desk = pyatspi.Registry.getDesktop(0)

        def found():
            if self.proc.poll() is not None:
                raise Failure(f"{self.label}: the app exited with {self.proc.returncode} (see app.log)")
            for i in range(desk.childCount):
                acc = desk.getChildAtIndex(i)
                try:
                    if acc is not None and acc.get_process_id() == self.proc.pid:
                        if any(c is not None and c.getRole() == pyatspi.ROLE_FRAME and c.getState().contains(pyatspi.STATE_SHOWING)
                               for c in acc):
                            self.acc = acc
                            # Names, roles, states and children come in one call and are
                            # kept up to date by events: a walk is not a call per property.
                            acc.set_cache_mask(Atspi.Cache.ALL)
                            return True
                except Exception:
                    pass
            return False

        if not pump_until(found, timeout):
            raise Failure(f"{self.label}: the app did not show a window on the accessibility bus within {timeout} s")
        window = subprocess.run([program("xdotool"), "search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid)],
                                env=self.desktop.env, capture_output=True, text=True, timeout=20).stdout.split()
        if not window:
            raise Failure(f"{self.label}: xdotool cannot find the app's window")
        subprocess.run([program("xdotool"), "windowfocus", "--sync", window[0]], env=self.desktop.env, check=True, timeout=20)
        settle()
        return self

    def close(self):
        self.proc.kill()  # nothing of this run is kept: no need to wait for a clean exit
        self.proc.wait()
        self.log.close()
        pump(0.1)
        del events[:]

    def focused(self):
        """The object with the keyboard: the last focus event, else a search."""
        for e in reversed(events):
            if e["type"] == "object:state-changed:focused" and e["detail1"] == 1:
                return e["source"]
        for n in walk(self.acc):
            if n.focused and n.role not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_APPLICATION):
                return n.acc
        return None

    def press(self, action_name):
        """Presses the showing button named `action_name` through its AT-SPI action."""
        for n in walk(self.acc):
            if n.name == action_name and n.role in roles("PUSH_BUTTON", "TOGGLE_BUTTON", "RADIO_BUTTON", "PAGE_TAB"):
                action = n.acc.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                # Not "SetFocus", which a focusable tab lists first.
                for i, name in enumerate(names):
                    if name.lower() in ("press", "click", "toggle", "activate"):
                        action.doAction(i)
                        settle()
                        return
                # Qt offers a tab only "SetFocus": focus it and press Space, as a keyboard user does.
                if "SetFocus" not in names:
                    raise Failure(f"{self.label}: {action_name!r} can be neither pressed nor focused: {names}")
                action.doAction(names.index("SetFocus"))
                settle(0.1)
                self.desktop.key("space")
                settle()
                return
        raise Failure(f"{self.label}: no button named {action_name!r}")


# ------------------------------------------------------------------ the rules

MARKUP = re.compile(r"<\s*/?\s*(b|i|u|s|em|strong|font|span|br|p|a|div|sup|sub|img|small|big|tt|h[1-6])\b[^>]*>"
                    r"|&(amp|lt|gt|quot|apos|nbsp|#[0-9]+|#x[0-9a-fA-F]+);", re.IGNORECASE)


def roles(*names):
    return {getattr(pyatspi, "ROLE_" + n) for n in names}


class Checker:
    def __init__(self):
        self.problems = []  # (page, rule, name, detail)
        self.expected_seen = set()
        self.known = 0
        self.counts = {}

    def check(self, ok, page, rule, name, detail=""):
        self.counts[rule] = self.counts.get(rule, 0) + 1
        if ok:
            return
        for entry, why in EXPECTED_FAILURES.items():
            if re.fullmatch(entry[0], page) and entry[1] == rule and re.fullmatch(entry[2], name):
                self.expected_seen.add(entry)
                self.known += 1
                say(f"  known  [{rule}] {name!r}: {detail} ({why})")
                return
        self.problems.append((page, rule, name, detail))
        say(f"  FAIL   [{rule}] {name!r}: {detail}")


def describe(node):
    return f"{node.role_name} at {node.extents}"


def check_tree(checker, page, nodes, charts):
    named_roles = roles("PUSH_BUTTON", "TOGGLE_BUTTON", "CHECK_BOX", "RADIO_BUTTON", "SLIDER", "COMBO_BOX", "PAGE_TAB",
                        "PAGE_TAB_LIST", "LIST", "TABLE", "HEADING", "SPIN_BUTTON", "LINK", "MENU_ITEM", "CHART", "FRAME")
    page_roles = roles("FRAME", "PANEL", "PAGE_TAB", "FILLER")
    for n in nodes:
        if n.depth == 0:
            continue
        label = n.name or describe(n)
        if n.role in named_roles or (n.depth <= 3 and n.role in page_roles):
            checker.check(n.name.strip() != "", page, "named", label, f"unnamed {describe(n)}")
        for field, text in (("name", n.name), ("description", n.description)):
            found = MARKUP.search(text)
            checker.check(found is None, page, "plain text", label, f"{field} has {found.group(0) if found else ''!r}: {text[:90]!r}")
    if charts:
        shown = [n for n in nodes if n.name.strip() and (n.role == pyatspi.ROLE_CHART or n.role in roles("IMAGE", "CANVAS"))]
        checker.check(len(shown) >= charts, page, "chart named", f"{charts} chart(s)",
                      f"found {len(shown)} named chart or image objects: {[n.name for n in shown]}")
    return nodes


def summary(nodes):
    by_role = {}
    for n in nodes:
        by_role[n.role_name] = by_role.get(n.role_name, 0) + 1
    lines = ["  roles: " + ", ".join(f"{r} {c}" for r, c in sorted(by_role.items(), key=lambda rc: (-rc[1], rc[0])))]
    page_names = [n.name for n in nodes if 1 <= n.depth <= 3 and n.name]
    lines.append("  page: " + " / ".join(page_names))
    for title, wanted in (("headings", roles("HEADING")), ("buttons", roles("PUSH_BUTTON", "TOGGLE_BUTTON")),
                          ("charts", roles("CHART")), ("tables and lists", roles("TABLE", "LIST", "PAGE_TAB_LIST"))):
        names = [n.name for n in nodes if n.role in wanted]
        if names:
            lines.append(f"  {title} ({len(names)}): " + "; ".join(shorten(x) for x in names))
    return lines


def shorten(text, width=70):
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def inside(box, width, height):
    x, y, w, h = box
    return x + w > 0 and y + h > 0 and x < width and y < height


def tab_pass(app, max_stops=160):
    """Presses Tab until the focus comes back to where it started; returns the stops."""
    stops = []
    start = app.focused()
    if start is not None:
        stops.append({"key": identity(start), "name": start.name or "", "role": start.getRoleName(), "extents": extents(start)})
    for _ in range(max_stops):
        mark = len(events)
        app.desktop.key("Tab")
        moved = pump_until(lambda: any(e["type"] == "object:state-changed:focused" and e["detail1"] == 1 for e in events[mark:]), 1.0)
        if not moved:
            stops.append(None)  # Tab went nowhere that a screen reader hears
            break
        pump(0.06)  # scrolling into view follows the focus
        acc = [e["source"] for e in events[mark:] if e["type"] == "object:state-changed:focused" and e["detail1"] == 1][-1]
        key = identity(acc)
        if any(s["key"] == key for s in stops):
            return stops, True
        where = extents(acc)
        if where is not None and not inside(where, app.desktop.width, app.desktop.height):
            pump(0.5)  # a view that scrolls smoothly is still on its way
            where = extents(acc)
        stops.append({"key": key, "name": acc.name or "", "role": acc.getRoleName(), "extents": where})
    return stops, False


def check_tabs(checker, app, page, nodes, transcript):
    width, height = app.desktop.width, app.desktop.height
    stops, cycled = tab_pass(app)
    transcript.append(f"  Tab stops ({len(stops)}{'' if cycled else ', no cycle'}): " + " → ".join(
        shorten(s["name"] or "(" + s["role"] + ")", 40) if s else "(nowhere)" for s in stops))
    checker.check(cycled, page, "tab cycle", "Tab", f"Tab did not come round to a stop already visited within {len(stops)} stops")
    for s in stops:
        if s is None:
            checker.check(False, page, "tab cycle", "Tab", "Tab moved the focus to no object")
            continue
        checker.check(s["extents"] is not None and inside(s["extents"], width, height), page, "tab on screen", s["name"],
                      f"{s['role']} focused at {s['extents']}, outside the {width}x{height} window")
    # A list may make its delegates anew as the focus moves: the same role and
    # name count as reached.
    reached = {s["key"] for s in stops if s} | {(s["role"], s["name"]) for s in stops if s}
    # A view that is one Tab stop and moves among its items with the arrow keys
    # (tested in tst_campkeyboard) reaches what it holds once Tab is inside it.
    by_key = {n.key: n for n in nodes}
    composites = {a for s in stops if s and s["key"] in by_key for a in by_key[s["key"]].ancestors
                  if a in by_key and by_key[a].name in ARROW_KEY_VIEWS}
    tab_roles = roles("PUSH_BUTTON", "TOGGLE_BUTTON", "CHECK_BOX", "RADIO_BUTTON", "SLIDER", "COMBO_BOX", "SPIN_BUTTON", "LINK")
    for n in nodes:
        if n.role in tab_roles and n.focusable and n.enabled and n.extents and inside(n.extents, width, height):
            checker.check(n.key in reached or (n.role_name, n.name) in reached or composites & set(n.ancestors), page, "tab reaches", n.name or describe(n), f"{describe(n)} is never focused by Tab")
    # Reading order: a stop that goes up the window to the left of the last
    # one goes against it (going up to the right is the next column).
    backwards = []
    boxes = [s for s in stops if s and s["extents"]]
    for a, b in zip(boxes, boxes[1:]):
        ax, ay, aw, ah = a["extents"]
        bx, by, bw, bh = b["extents"]
        if by + bh <= ay and bx + bw <= ax:
            backwards.append(f"{shorten(a['name'], 30)} → {shorten(b['name'], 30)}")
    checker.check(len(backwards) <= 1, page, "tab order", "Tab", f"{len(backwards)} stops go back up and left: {backwards}")
    return stops


# ------------------------------------------------------------------ what to visit


def pages_to_visit(case):
    """(label, arguments, views) for every page and every kind of story step; a view is
    (label suffix, the button that shows it or None, how many charts it shows)."""
    with open(os.path.join(case, "lesson.json")) as f:
        lesson = json.load(f)
    steps = [s for chapter in lesson["chapters"] for s in chapter["steps"]]
    pages = [("home", ["--page", "home"], [("", None, 0)])]
    first_of_kind = {}
    for index, step in enumerate(steps):
        first_of_kind.setdefault(step["kind"], index)
    for kind, index in sorted(first_of_kind.items(), key=lambda ki: ki[1]):
        pages.append((f"story step {index} ({kind})", ["--page", "story", "--step", str(index)], [("", None, 1 if kind == "coverage" else 0)]))
    pages += [
        ("article", ["--page", "article"], [("", None, 0)]),
        # The views of the blame page, one after the other in the same run.
        ("blame", ["--page", "blame"], [("", None, 0), (" matrix", "Show who blamed whom as a matrix", 0),
                                        (" network", "Show the network of actors", 0),
                                        (" bar chart", "Show the bar chart by evidence", 1),
                                        (" table", "Show the table of accusations", 0)]),
        ("coverage", ["--page", "coverage"], [("", None, 1)]),
        ("quiz", ["--page", "quiz"], [("", None, 0)]),
        ("profiles", ["--page", "profiles"], [("", None, 0)]),
        ("results", ["--page", "results"], [("", None, 0)]),
        ("settings", ["--page", "settings"], [("", None, 0)]),
        ("presenter", ["--page", "presenter", "--step", "0", "--screens", "2"], [("", None, 0)]),
    ]
    return pages, steps


def quiz_items(case):
    with open(os.path.join(case, "quiz.json")) as f:
        quiz = json.load(f)
    return {item["id"]: item for item in quiz["items"]}


def announcements(since):
    return [e["data"] for e in events[since:] if e["type"] == "object:announcement"]


def hear(since, lines):
    """What a screen reader says for the events since `since`: focus moves and announcements."""
    for e in events[since:]:
        if e["type"] == "object:state-changed:focused" and e["detail1"] == 1:
            lines.append(f"    focus: {e['name'] or '(unnamed)'} ({e['role']})")
        elif e["type"] == "object:announcement":
            lines.append(f"    announced: {shorten(e['data'], 160)}")


VERDICT_WORDS = ("Correct", "Partly right", "Not right")


def answer_key(item, right):
    """The key that answers `item` rightly (or wrongly)."""
    if item["type"] == "true-false":
        return "t" if item["answer"] == right else "f"
    choices = item["choices"]
    for number, choice in enumerate(choices, 1):
        if bool(choice.get("correct")) == right:
            return str(number)
    raise Failure(f"quiz item {item['id']} has no {'right' if right else 'wrong'} choice")


def quiz_pass(checker, desktop, binary, case, steps, transcript):
    """Answers the quiz page's first two questions from the keyboard: right, then wrong."""
    items = quiz_items(case)
    first_quiz = next(s for s in steps if s["kind"] == "quiz")
    answerable = [items[i] for i in first_quiz["quiz"] if items[i]["type"] in ("single", "evidence", "true-false")]
    transcript += ["", "== Keyboard only: the quiz page, two questions =="]
    app = App(desktop, binary, ["--page", "quiz"], "quiz pass").wait_ready()
    try:
        focus = app.focused()
        transcript.append(f"    focus: {focus.name if focus else '(none)'} ({focus.getRoleName() if focus else ''})")
        for number, (item, right) in enumerate(zip(answerable[:2], (True, False)), 1):
            if number > 1:
                mark = len(events)
                transcript.append("  [Return on the focused button]")
                desktop.key("Return")
                settle()
                hear(mark, transcript)
                said = announcements(mark)
                question = item.get("statement") or item["prompt"]
                checker.check(any(question.strip() in a for a in said), "quiz", "question announced", item["id"],
                              f"announcements {said} do not hold the question {question!r}")
            key = answer_key(item, right)
            word = "Correct." if right else "Not right."
            mark = len(events)
            transcript.append(f"  [key {key.upper()}: the {'right' if right else 'wrong'} answer]")
            desktop.key(key)
            settle()
            hear(mark, transcript)
            verdicts = [a for a in announcements(mark) if a.startswith(VERDICT_WORDS)]
            checker.check(len(verdicts) == 1 and verdicts[0].startswith(word), "quiz", "verdict announced once", item["id"],
                          f"expected one announcement starting {word!r}, got {verdicts}")
            wrong_word = "wrong" if right else "correct"
            flicker = [e["data"] for e in events[mark:] if e["type"] == "object:property-change:accessible-description"
                       and e["data"].lower().startswith("your answer") and wrong_word in e["data"].lower()]
            checker.check(not flicker, "quiz", "verdict announced once", item["id"] + " description",
                          f"the chosen answer passed through {flicker}")
    finally:
        app.close()


def story_pass(checker, desktop, binary, steps, transcript):
    """Three story steps forward with the → key, as a screen reader user hears them."""
    transcript += ["", "== Keyboard only: the story, three steps forward with → =="]
    app = App(desktop, binary, ["--page", "story", "--step", "0"], "story pass").wait_ready()
    try:
        focus = app.focused()
        transcript.append(f"    focus: {focus.name if focus else '(none)'} ({focus.getRoleName() if focus else ''})")
        for index in (1, 2, 3):
            mark = len(events)
            transcript.append(f"  [key →: step {index + 1}]")
            desktop.key("Right")
            settle()
            hear(mark, transcript)
            title = steps[index]["title"]
            said = [a for a in announcements(mark) if a.startswith(f"Step {index + 1} of {len(steps)}:")]
            checker.check(len(said) == 1 and title in said[0], "story", "step announced once", title,
                          f"expected one 'Step {index + 1} of {len(steps)}: {title} …' announcement, got {announcements(mark)}")
    finally:
        app.close()


# ------------------------------------------------------------------ main


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the claimscope binary")
    parser.add_argument("--case", required=True, help="the case folder the app embeds (its lesson and quiz)")
    parser.add_argument("--work", required=True, help="a folder for the buses' sockets and logs (emptied first)")
    parser.add_argument("--transcript", required=True, help="where to write what a screen reader user hears")
    parser.add_argument("--only", help="visit only the pages whose label matches this regular expression")
    parser.add_argument("--tree", action="store_true", help="also print each page's accessible tree")
    args = parser.parse_args()

    libc.prctl(PR_SET_CHILD_SUBREAPER, 1)  # daemons' orphans come back to us, to be ended
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("FAIL: stopped by SIGTERM"))  # still cleans up (finally)
    started = time.monotonic()
    checker = Checker()
    transcript = ["What a screen reader user meets in Claimscope, read over AT-SPI.", ""]
    desktop = Desktop(os.path.abspath(args.work), 1280, 720)
    status = 0
    try:
        if not os.access(args.app, os.X_OK):
            raise Failure(f"no app to test at {args.app}")
        desktop.start()
        connect_atspi()
        pages, steps = pages_to_visit(args.case)
        for page_label, page_args, views in pages:
            if args.only and not re.search(args.only, page_label):
                continue
            say(f"{page_label}: {time.monotonic() - started:.1f} s")
            app = App(desktop, args.app, page_args, page_label).wait_ready()
            try:
                for suffix, button, charts in views:
                    label = page_label + suffix
                    if button:
                        say(f"{label}:")
                        app.press(button)
                    nodes = walk(app.acc)
                    if args.tree:
                        for n in nodes:
                            say(f"{'  ' * n.depth}{n.role_name} {n.name!r} {n.description[:60]!r} {n.extents}{' focusable' if n.focusable else ''}")
                    check_tree(checker, label, nodes, charts)
                    transcript.append(f"== {label} ({' '.join(page_args + ([button] if button else []))}): {len(nodes)} showing objects ==")
                    transcript += summary(nodes)
                    check_tabs(checker, app, label, nodes, transcript)
                    transcript.append("")
            finally:
                app.close()
        if not args.only or re.search(args.only, "quiz pass"):
            quiz_pass(checker, desktop, args.app, args.case, steps, transcript)
        if not args.only or re.search(args.only, "story pass"):
            story_pass(checker, desktop, args.app, steps, transcript)
    except Failure as e:
        say(f"FAIL: {e}")
        status = 1
    finally:
        stray = stop_all_descendants()
        if stray:
            say(f"FAIL: processes still running after the test: {stray}")
            status = 1
    with open(args.transcript, "w") as f:
        f.write("\n".join(transcript) + "\n")
    if not args.only:
        for entry in sorted(set(EXPECTED_FAILURES) - checker.expected_seen):
            say(f"known failure no longer seen, remove it from EXPECTED_FAILURES: {entry}")
    checks = sum(checker.counts.values())
    say(f"transcript: {args.transcript}")
    say(f"AT-SPI checks: {checks} ({', '.join(f'{r} {c}' for r, c in sorted(checker.counts.items()))}), "
        f"problems: {len(checker.problems)}, known: {checker.known}, {time.monotonic() - started:.0f} s")
    if checker.problems or checks == 0:
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
