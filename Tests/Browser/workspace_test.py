"""The audit workspace in a real browser (issue 13): headless Chromium, driven by selenium.

Records the demo audit into a temporary history, adds two auditors, serves the workspace on a
free port, and signs each auditor in, one with JavaScript on and one with it off: each opens
the audit and a sampled case with practice questions, records a judgement (with a note) on the
case's first finding and an answer to its first question. The server is then stopped and
`caseaudit history show 1 --format json` must hold exactly those judgements and answers.
Exits non-zero when any step fails; the temporary folder and the server go in every case.

  python3 Tests/Browser/workspace_test.py [--binary .build/debug/caseaudit] [--screenshots DIR]
"""

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLAN = os.path.join(ROOT, "Samples", "iro-quarterly-dip-sample.yaml")
WAIT = 30  # seconds any one page may take on a loaded machine


def caseaudit(binary, *arguments):
    """Runs the tool; its failure fails the test with what it printed."""
    done = subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"caseaudit {' '.join(arguments)} exited {done.returncode}:\n"
                           f"{done.stdout}{done.stderr}")
    return done.stdout


def browser(javascript):
    """Headless Chromium from Debian's packages, with JavaScript on or off."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--window-size=1280,1600"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Session:
    """One auditor's browser on the workspace."""

    def __init__(self, driver, address, shots):
        self.driver, self.address, self.shots = driver, address, shots
        self.wait = WebDriverWait(driver, WAIT)

    def shot(self, name):
        if self.shots:
            self.driver.save_screenshot(os.path.join(self.shots, name + ".png"))

    def heading(self, prefix):
        self.wait.until(lambda d: d.find_element(By.TAG_NAME, "h1").text.startswith(prefix))

    def sign_in(self, name, password):
        self.driver.get(self.address + "sign-in")
        self.heading("Sign in")
        self.shot("sign-in")
        self.driver.find_element(By.ID, "name").send_keys(name)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.ID, "sign-in").click()
        self.wait.until(ready.text_to_be_present_in_element((By.ID, "signed-in-as"), name))
        self.heading("Recorded audits")
        self.shot("audits")

    def open_case_with_questions(self):
        """Opens audit 1, then its cases in order until one asks practice questions."""
        self.driver.find_element(By.ID, "audit-1").click()
        self.heading("Audit 1:")
        self.shot("audit")
        self.driver.find_element(By.ID, "case-1").click()
        while True:
            self.heading("Case ")
            if self.driver.find_elements(By.CSS_SELECTOR, "form[id^='answer-']"):
                return self.driver.find_element(By.TAG_NAME, "h1").text.removeprefix("Case ")
            self.driver.find_element(By.ID, "next-case").click()

    def judge_first_finding(self, outcome, note):
        form = self.driver.find_element(By.ID, "judge-f0")
        rule = form.find_element(By.NAME, "rule").get_attribute("value")
        Select(form.find_element(By.NAME, "outcome")).select_by_value(outcome)
        form.find_element(By.NAME, "note").send_keys(note)
        form.find_element(By.ID, "record-f0").click()
        self.wait.until(ready.text_to_be_present_in_element(
            (By.CSS_SELECTOR, "#f0 .judgement"), note))
        return rule

    def answer_first_question(self, choice, note):
        form = self.driver.find_element(By.CSS_SELECTOR, "form[id^='answer-']")
        question = form.find_element(By.NAME, "question").get_attribute("value")
        Select(form.find_element(By.NAME, "answer")).select_by_value(choice)
        form.find_element(By.NAME, "note").send_keys(note)
        form.find_element(By.ID, "record-answer-" + question).click()
        self.wait.until(ready.text_to_be_present_in_element(
            (By.CSS_SELECTOR, f"#question-{question} .judgement"), note))
        self.shot("case")
        return question


def serve(binary, history):
    """Starts `caseaudit serve` on a free port; returns the process and its address."""
    server = subprocess.Popen([binary, "serve", "--history", history, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    readable, _, _ = select.select([server.stdout], [], [], 120)
    line = server.stdout.readline() if readable else ""
    if not line.startswith("the audit workspace is at "):
        raise RuntimeError(f"caseaudit serve did not start: {line!r}")
    return server, line.split(" ")[5]


def check(history, binary, expected):
    """history show's JSON holds exactly the judgements and answers recorded, nothing more."""
    document = json.loads(caseaudit(binary, "history", "show", "1", "--format", "json",
                                    "--history", history))
    judgements, answers = [], []
    for case in document["cases"]:
        for finding in case["findings"]:
            for judgement in finding["judgements"]:
                judgements.append((case["case_id"], finding["rule_id"], finding["item_id"],
                                   judgement["auditor"], judgement["outcome"], judgement["note"]))
                assert judgement["recorded_at"].endswith("Z"), judgement
        for answer in case["answers"]:
            answers.append((case["case_id"], answer["question_id"], answer["auditor"],
                            answer["answer"], answer["note"]))
            assert answer["answered_at"].endswith("Z"), answer
    assert sorted(judgements) == sorted(expected["judgements"]), judgements
    assert sorted(answers) == sorted(expected["answers"]), answers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "caseaudit"))
    parser.add_argument("--screenshots", help="a folder for a PNG of every page")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    shots = os.path.abspath(options.screenshots) if options.screenshots else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="caseaudit-browser-")
    server, drivers = None, []
    try:
        history = os.path.join(folder, "history.sqlite")
        caseaudit(binary, "audit", PLAN, "--out", os.path.join(folder, "report"),
                  "--history", history)
        auditors = {"alice": True, "bob": False}  # name: JavaScript on
        for name in [*auditors, "maria"]:
            with open(os.path.join(folder, name), "w") as file:
                file.write(name + "-password\n")
            role = "manager" if name == "maria" else "auditor"
            caseaudit(binary, "users", "add", name, "--role", role, "--password-file",
                      os.path.join(folder, name), "--history", history)
        server, address = serve(binary, history)
        expected = {"judgements": [], "answers": []}
        for name, javascript in auditors.items():
            drivers.append(browser(javascript))
            session = Session(drivers[-1], address, shots if javascript else None)
            session.sign_in(name, name + "-password")
            case = session.open_case_with_questions()
            note = f"{name} read the case (JavaScript {'on' if javascript else 'off'})"
            outcome = "insufficient_evidence" if javascript else "not_met"
            rule = session.judge_first_finding(outcome, note)
            choice = "partly" if javascript else "no"
            question = session.answer_first_question(choice, "answer: " + note)
            expected["judgements"].append((case, rule, "", name, outcome, note))
            expected["answers"].append((case, question, name, choice, "answer: " + note))
        drivers.append(browser(True))
        manager = Session(drivers[-1], address, shots)
        manager.sign_in("maria", "maria-password")
        drivers[-1].get(address + "audits/1/moderation")
        manager.heading("Moderation of audit 1")
        manager.shot("moderation")
        server.terminate()
        if server.wait(timeout=60) != 0:
            raise RuntimeError(f"caseaudit serve exited {server.returncode}")
        check(history, binary, expected)
        print("browser test passed: " + ", ".join(
            f"{name} (JavaScript {'on' if js else 'off'})" for name, js in auditors.items()))
    finally:
        for driver in drivers:
            driver.quit()
        if server and server.poll() is None:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # any failed step: say which, exit 1
        print(f"browser test failed: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
