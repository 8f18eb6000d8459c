"""What every reference program here shares, so that each one shows only its asyncio idiom.

`scripts/showcase asyncio` runs each program next to its Java translation and reads what both
print: log lines on stderr in the showcase's own shape,

    +1002ms  hello     task-2       INFO  Hello

(time since the log started, the coroutine, the asyncio Task running it, the level, the
message), then, as the last line on stdout, one JSON object with the program's own figures: the
call's wall time, the process's CPU time and peak RSS (see figures()), the call's outcome, and
every task's events (started, finished, failed, cancelled) in milliseconds since the call.

Standard library only. Python 3.11 or later: asyncio.TaskGroup and asyncio.timeout are 3.11's.
"""
import argparse
import asyncio
import contextvars
import json
import logging
import platform
import resource
import signal
import sys
import time

if sys.version_info < (3, 11):
    sys.exit("these programs need Python 3.11 or later (asyncio.TaskGroup, asyncio.timeout); "
             f"this is {platform.python_version()}")

RUNTIME = "python-asyncio"

_ORIGIN = time.monotonic_ns()

# The coroutine a log line comes from. asyncio gives every task a copy of the context it was
# created in, so a coroutine that sets this names its own task's lines and no one else's.
COROUTINE = contextvars.ContextVar("coroutine", default="main")

log = logging.getLogger("showcase")


class TaskFailedError(Exception):
    """The failure a case asks for, raised once the task's delay is over."""


class _Columns(logging.Filter):
    """Fills in the columns the Java log has: elapsed time, coroutine, the Task running it."""

    def filter(self, record):
        record.elapsed = f"+{(time.monotonic_ns() - _ORIGIN) // 1_000_000}ms"
        record.coroutine = COROUTINE.get()
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        record.task = task.get_name().lower() if task else "no-task"
        record.level = "WARN" if record.levelname == "WARNING" else record.levelname
        return True


def start_log():
    """The log on stderr, in the shape of the showcase's logback.xml (%-8elapsed %-9thread ...)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_Columns())
    handler.setFormatter(logging.Formatter("%(elapsed)-8s %(coroutine)-9s %(task)-12s %(level)-5s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def figures():
    """This process's own CPU time and peak RSS.

    Linux keeps ru_maxrss across exec: a program started by a big process (a JVM) reports that
    process's peak as its own. VmHWM in /proc/self/status starts afresh with the program, as it
    does for the Java side, so it is the peak reported; ru_maxrss comes along for comparison.
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    ru_maxrss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB on Linux
    return {
        "cpuMillis": round((usage.ru_utime + usage.ru_stime) * 1000),
        "peakRssBytes": _vm_hwm() or ru_maxrss,
        "ruMaxrssBytes": ru_maxrss,
        "python": platform.python_version(),
    }


def _vm_hwm():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return None


def print_figures(report):
    """The last line on stdout: the report with the process's figures, as one JSON object."""
    print(json.dumps({"runtime": RUNTIME} | report | figures()), flush=True)


def millis(seconds):
    return round(seconds * 1000)


def outcome_of(error):
    """The exception's type and its cause's, as the Java side prints them: TimeoutError (CancelledError)."""
    cause = error.exceptions[0] if isinstance(error, BaseExceptionGroup) else error.__cause__
    return f"{type(error).__name__} ({type(cause).__name__})" if cause else type(error).__name__


class Recorder:
    """Each task's start and end with the time since the call began and the Task that ran it."""

    def __init__(self, tasks):
        self._origin = time.monotonic_ns()
        self.events = []
        self.tasks = set()
        self.all_started = asyncio.Event()
        self._expected = tasks

    def now(self):
        return (time.monotonic_ns() - self._origin) / 1e6

    def begin(self):
        """The call starts now: every time in the report counts from here."""
        self._origin = time.monotonic_ns()

    def _record(self, name, kind):
        at = self.now()
        self.events.append({"task": name, "kind": kind, "atMillis": round(at, 3),
                            "runsOn": asyncio.current_task().get_name().lower()})
        if kind == "started" and sum(e["kind"] == "started" for e in self.events) == self._expected:
            self.all_started.set()
        return at

    async def observe(self, name, body):
        """Runs the coroutine body as task `name`, recording how it ends; its log lines carry the name."""
        COROUTINE.set(name)
        self.tasks.add(asyncio.current_task())
        started = self._record(name, "started")
        try:
            result = await body
        except asyncio.CancelledError:
            log.info("%s cancelled after %d ms", name, self._record(name, "cancelled") - started)
            raise
        except Exception as error:
            self._record(name, "failed")
            log.info("%s failed: %s", name, error)
            raise
        self._record(name, "finished")
        return result

    def first(self, kind):
        return next((e for e in self.events if e["kind"] == kind), None)


async def _say(name, delay, fail):
    # The seed's say_hello and say_world: sleep, then print the word (here: log it, and return it).
    await asyncio.sleep(delay)
    if fail:
        raise TaskFailedError(f"failed on purpose after {millis(delay)} ms")
    greeting = name.capitalize()
    log.info(greeting)
    return greeting


class Case:
    """The two coroutines of the seed for one case, each recorded; delays and `deadline` in seconds."""

    def __init__(self, options, failing):
        self.recorder = Recorder(tasks=2)
        self.hello_delay = options.hello_ms / 1000
        self.world_delay = options.world_ms / 1000
        self.deadline = options.deadline_ms / 1000
        self._failing = failing

    def say_hello(self):
        return self.recorder.observe("hello", _say("hello", self.hello_delay, self._failing == "hello"))

    def say_world(self):
        return self.recorder.observe("world", _say("world", self.world_delay, self._failing == "world"))


def _options(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--hello-ms", type=int, default=1000, help="how long say_hello sleeps (default: the seed's 1000)")
    parser.add_argument("--world-ms", type=int, default=2000, help="how long say_world sleeps (default: the seed's 2000)")
    parser.add_argument("--deadline-ms", type=int, default=1500, help="the deadline, where the case has one")
    return parser.parse_args()


def run(case, idiom, call, *, failing=None, decision=None):
    """Runs `call(case)` once as the case's caller, waits for whatever it left running, then prints
    the figures line. `decision` says what decides the outcome, as the Java side's CaseRunner
    decides it: "first-failure", "first-success", "deadline", "interrupt" (the harness presses
    Ctrl-C once both tasks run), or None when there is nothing to cancel."""
    options = _options(f"{case}: {idiom}")
    start_log()
    report = {"case": case, "idiom": idiom, "tasks": 2}
    if decision == "interrupt":
        # A process started with SIGINT ignored (a background job) would ignore this case's own
        # Ctrl-C; with Python's handler back, asyncio.run turns SIGINT into cancelling main.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        asyncio.run(_caller(idiom, call, Case(options, failing), decision, report))
    except KeyboardInterrupt:
        if "interruptedAtMillis" not in report:
            raise
    print_figures(report)


async def _caller(idiom, call, case, decision, report):
    recorder = case.recorder
    log.info(idiom)
    recorder.begin()
    interrupter = asyncio.create_task(_press_ctrl_c(recorder, report)) if decision == "interrupt" else None
    interrupted = None
    try:
        returned = await call(case)
        report["outcome"] = str(returned)
        if isinstance(returned, list) and all(isinstance(item, str) for item in returned):
            # str() quotes each string (['Hello', 'World']) where Java does not ([Hello, World]):
            # the strings themselves let the showcase tell the same list from a different one.
            report["returnedStrings"] = returned
        verb = "returned"
    except asyncio.CancelledError as error:
        if interrupter is None:
            raise
        interrupted, verb, report["outcome"] = error, "raised", outcome_of(error)
    except Exception as error:
        verb, report["outcome"] = "raised", outcome_of(error)
    report["wallMillis"] = round(recorder.now(), 3)
    log.info("%s %s after %d ms", verb, report["outcome"], report["wallMillis"])

    # Like the Java side, wait for what the call left running, so that work done for nothing is
    # measured to its end (asyncio.run would cancel it on the way out).
    left = {task for task in recorder.tasks if not task.done()}
    if left:
        await asyncio.wait(left, timeout=2 * max(case.hello_delay, case.world_delay) + 1)
    if interrupter:
        interrupter.cancel()
    report |= _decision(decision, recorder, case, report)
    report["events"] = list(recorder.events)
    if interrupted:
        raise interrupted


def _decision(decision, recorder, case, report):
    """When the outcome was decided, and by which task, as the Java side's CaseRunner decides it."""
    if decision in ("first-failure", "first-success"):
        event = recorder.first("failed" if decision == "first-failure" else "finished")
        return {"decidedAtMillis": event["atMillis"], "decidedBy": event["task"]} if event else {}
    if decision == "deadline":
        return {"decidedAtMillis": millis(case.deadline)}
    if decision == "interrupt":
        return {"decidedAtMillis": report.get("interruptedAtMillis")}
    return {}


async def _press_ctrl_c(recorder, report):
    """Plays the user who presses Ctrl-C once both tasks run: a real SIGINT to this process."""
    COROUTINE.set("signal")
    await recorder.all_started.wait()
    report["interruptedAtMillis"] = round(recorder.now(), 3)
    log.info("Ctrl-C: raising SIGINT")
    signal.raise_signal(signal.SIGINT)
