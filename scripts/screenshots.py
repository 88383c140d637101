#!/usr/bin/env python3
"""Screenshots of Steward's pages in headless Chromium, and a check that each one renders.

Starts `steward serve` on a fresh database with the demo organization, signs in through the real sign-in form
where a page needs it, and drives Chromium over the DevTools protocol. Exits non-zero when a page answers an
HTTP error or lacks the text it must show.

    python3 scripts/screenshots.py                    # writes docs/screenshots/*.png
    python3 scripts/screenshots.py --out /tmp/shots   # CI: check only

Needs Debian's `chromium` and PyPI's `websocket-client`.
"""
import argparse
import base64
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import websocket

# name, path, account to sign in with (None: the public), text the page must show, viewport (width, height, mobile)
PAGES = [
    ("start", "/", None, "AI at work", (1280, 900, False)),
    ("inventory", "/inventory", None, "AI inventory", (1280, 1100, False)),
    ("inventory-phone", "/inventory", None, "AI inventory", (390, 844, True)),
    ("bias-audit", "/inventory/bias-audits/{bias_audit}", None, "Bias audit summary", (1280, 1700, False)),
    ("tool", "/tools/{tool}", "officer", "Lifecycle", (1280, 1100, False)),
    ("use-case", "/use-cases/{use_case}", "worker", "What the policies say", (1280, 1400, False)),
    ("use-case-form", "/tools/{tool}/use-cases/new", "worker", "How will your unit use", (1280, 1400, False)),
    ("review", "/use-cases/{use_case}", "officer", "Review", (1280, 1600, False)),
    ("step", "/steps/{step}", "officer", "A step of the review", (1280, 900, False)),
    ("notice-answer", "/steps/{step}", "rep", "Demand to bargain", (1280, 1000, False)),
    ("pilot", "/steps/{pilot}", "worker", "Your answer to the survey", (1280, 1800, False)),
    ("training", "/tools/{tool}/training", "officer", "Set up a course", (1280, 1000, False)),
    ("bargaining", "/steps/{bargaining}", "rep", "At the bargaining table", (1280, 1500, False)),
    ("review-team", "/steps/{team}", "rep", "Cast my vote", (1280, 1300, False)),
    ("use-case-edit", "/use-cases/{use_case}/edit", "officer", "Change the facts", (1280, 1400, False)),
    ("due", "/due", "legal", "What's due", (1280, 900, False)),
    ("audit", "/audit", "auditor", "Audit trail", (1280, 900, False)),
    ("usage", "/usage", "auditor", "Calls per week", (1280, 1300, False)),
    ("usage-own", "/usage?limit=10", "worker", "Older calls", (1280, 1000, False)),
    ("account", "/account", "worker", "Keys for the AI gateway", (1280, 900, False)),
    ("packs", "/packs", "officer", "Templates", (1280, 900, False)),
    ("pack", "/packs/generative-ai-contract", "worker", "Text in force", (1280, 1400, False)),
    ("pack-form", "/packs/new?template=worker-voice", "officer", "Check the pack", (1280, 1300, False)),
    ("units", "/units", "officer", "Add a bargaining unit", (1280, 1300, False)),
    ("disclosure", "/use-cases/{use_case}/disclosure", "worker", "Which technology", (1280, 1300, False)),
    ("contract", "/contracts/new", "officer", "Record the contract", (1280, 1500, False)),
    ("people", "/people", "officer", "Invite a person", (1280, 1500, False)),
    ("person", "/people/worker", "officer", "Make a password link", (1280, 1300, False)),
    ("account-credentials", "/account", "officer", "API tokens", (1280, 1900, False)),
    ("committee", "/committee", "committee", "Schedule a meeting", (1280, 1600, False)),
    ("grievance", "/grievances/{grievance}", "rep", "Next deadline", (1280, 2000, False)),
    ("reports", "/reports", "officer", "Reports of problems with AI tools", (1280, 900, False)),
    ("information-request", "/information-requests/{request}", "manager", "Answer item 2", (1280, 1300, False)),
    ("exposure", "/exposure", "worker", "By classification", (1280, 1700, False)),
    ("classification", "/exposure/classifications/{classification}", "rep", "Rate a task", (1280, 1500, False)),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception:
            time.sleep(0.5)
    sys.exit(f"{url} did not answer within {seconds} s")


def sign_in(base, username):
    """Signs in through the form and returns the session cookie's value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": "steward-demo", "_csrf": csrf}).encode()
    opener.open(base + "/login", data=form)
    return next(c.value for c in jar if c.name == "steward-session"), opener


class Tab:
    """One Chromium tab driven over the DevTools protocol."""

    def __init__(self, devtools):
        request = urllib.request.Request(devtools + "/json/new?about:blank", method="PUT")
        target = json.load(urllib.request.urlopen(request))
        self.ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    sys.exit(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_event(self, name):
        while True:
            if json.loads(self.ws.recv()).get("method") == name:
                return


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/debug/steward")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    scratch = tempfile.mkdtemp()
    port, devtools_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    server = subprocess.Popen(
        [args.binary, "serve", "--database", os.path.join(scratch, "steward.sqlite"), "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browser = subprocess.Popen(
        [args.chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={devtools_port}",
         f"--user-data-dir={os.path.join(scratch, 'profile')}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(base + "/")
        wait_for(f"http://127.0.0.1:{devtools_port}/json/version")
        sessions = {}
        failures = []
        for name, path, account, must_show, (width, height, mobile) in PAGES:
            cookie = None
            if "{bias_audit}" in path:
                inventory = urllib.request.urlopen(base + "/inventory").read().decode()
                use = re.search(r'href="(/inventory/uses/[0-9a-f-]{36})"[^>]*>[^<]*Answer residents', inventory).group(1)
                use_page = urllib.request.urlopen(base + use).read().decode()
                path = path.format(bias_audit=re.search(r'href="/inventory/bias-audits/([0-9a-f-]{36})"', use_page).group(1))
            if account:
                if account not in sessions:
                    sessions[account] = sign_in(base, account)
                cookie, opener = sessions[account]
                if "{classification}" in path:
                    exposure = opener.open(base + "/exposure").read().decode()
                    path = path.format(classification=re.search(
                        r'href="/exposure/classifications/([0-9a-f-]{36})[^"]*">Office Assistant', exposure).group(1))
                if "{grievance}" in path or "{request}" in path:
                    grievances = opener.open(base + "/grievances").read().decode()
                    requests = opener.open(base + "/information-requests").read().decode()
                    path = path.format(
                        grievance=re.search(r'href="/grievances/([0-9a-f-]{36})"', grievances).group(1),
                        request=re.search(r'href="/information-requests/([0-9a-f-]{36})"', requests).group(1))
                if "{" in path:
                    tools = opener.open(base + "/tools").read().decode()
                    tool = re.search(r'href="/tools/([0-9a-f-]{36})">CaseNote Summarizer', tools).group(1)
                    tool_page = opener.open(f"{base}/tools/{tool}").read().decode()
                    use_case = re.search(r'href="/use-cases/([0-9a-f-]{36})"', tool_page).group(1)
                    use_page = opener.open(f"{base}/use-cases/{use_case}").read().decode()
                    step = re.search(r'href="/steps/([0-9a-f-]{36})">Notice to the union', use_page).group(1)
                    pilot = re.search(r'href="/steps/([0-9a-f-]{36})">Pilot', use_page).group(1)
                    shiftwise = re.search(r'href="/tools/([0-9a-f-]{36})">ShiftWise', tools).group(1)
                    shiftwise_use = re.search(
                        r'href="/use-cases/([0-9a-f-]{36})"', opener.open(f"{base}/tools/{shiftwise}").read().decode()).group(1)
                    shiftwise_page = opener.open(f"{base}/use-cases/{shiftwise_use}").read().decode()
                    bargaining = re.search(r'href="/steps/([0-9a-f-]{36})">Bargaining', shiftwise_page).group(1)
                    team = re.search(r'href="/steps/([0-9a-f-]{36})">[^<]*[Cc]ommittee', shiftwise_page).group(1)
                    path = path.format(
                        tool=tool, use_case=use_case, step=step, pilot=pilot, bargaining=bargaining, team=team)
            tab = Tab(f"http://127.0.0.1:{devtools_port}")
            tab.call("Network.enable")
            tab.call("Page.enable")
            tab.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)
            if cookie:
                tab.call("Network.setCookie", name="steward-session", value=cookie, url=base)
            tab.call("Page.navigate", url=base + path)
            tab.wait_event("Page.loadEventFired")
            text = tab.call("Runtime.evaluate", expression="document.body.innerText")["result"].get("value", "")
            if must_show not in text:
                failures.append(f"{name} ({path}) does not show {must_show!r}")
            shot = tab.call("Page.captureScreenshot", format="png")
            with open(os.path.join(args.out, f"{name}.png"), "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            tab.ws.close()
            print(f"{name}: {path} rendered in Chromium, saved {name}.png")
        if failures:
            sys.exit("\n".join(failures))
    finally:
        browser.terminate()
        server.terminate()


if __name__ == "__main__":
    main()
