import Foundation
import Testing

private let plan = "Samples/iro-quarterly-dip-sample.yaml"

/// Columns of the demo export that hold an id, a reference or a name.
private func identifyingColumn(_ name: String) -> Bool {
  name.hasSuffix("_id") || ["name", "description", "raised_by", "addressed_to"].contains(name)
}

/// Splits one CSV line into fields, honouring quotes.
private func fields(_ line: Substring) -> [String] {
  var result: [String] = []
  var field = ""
  var quoted = false
  for character in line {
    if character == "\"" {
      quoted.toggle()
    } else if character == "," && !quoted {
      result.append(field)
      field = ""
    } else {
      field.append(character)
    }
  }
  return result + [field]
}

/// Every id, reference and name in the demo export.
private func identifyingValues() throws -> Set<String> {
  let folder = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la")
  var values = Set<String>()
  for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
  where file.hasSuffix(".csv") {
    let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    let lines = text.split(separator: "\n")
    let header = fields(lines[0])
    for line in lines.dropFirst() {
      for (column, value) in zip(header, fields(line)) where identifyingColumn(column) {
        if !value.isEmpty { values.insert(value) }
      }
    }
  }
  return values
}

/// The values that appear in a report folder's files, as whole words.
private func leaks(in folder: String, of values: Set<String>) throws -> Set<String> {
  var text = ""
  for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
    text += try String(contentsOfFile: folder + "/" + file, encoding: .utf8) + "\n"
  }
  let separators = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_")).inverted
  let words = Set(text.components(separatedBy: separators))
  return values.filter { $0.contains(" ") ? text.contains($0) : words.contains($0) }
}

/// `audit --redact`: pseudonyms everywhere, the same sample and findings, stable across runs.
@Suite struct RedactionCommandTests {
  @Test func aRedactedReportHoldsNoIdOrNameOfTheExport() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let key = runner.folder.appendingPathComponent("secret/redaction.key").path
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let (plain, redacted, again) = (
      runner.folder.appendingPathComponent("plain").path,
      runner.folder.appendingPathComponent("redacted").path,
      runner.folder.appendingPathComponent("again").path
    )
    #expect(try runner.run(["audit", plan, "--no-history", "--out", plain]).status == 0)
    let first = try runner.run([
      "audit", plan, "--redact", "--redact-key", key, "--history", history, "--out", redacted,
    ])
    #expect(first.stdout == redacted + "\n")
    // The history records the audit with its real ids; only the report is redacted.
    #expect(first.stderr == "recorded as audit 1 in \(history)\n")
    // (Replaying it checks the recorded sample against the real case ids.)
    let replay = try runner.run([
      "history", "report", "1", "--history", history, "--out", runner.folder.path + "/replay",
    ])
    #expect(replay.stderr == "")
    #expect(replay.status == 0)
    let keyText = try String(contentsOfFile: key, encoding: .utf8)
    #expect(keyText.count == 65 && keyText.hasSuffix("\n"))

    let values = try identifyingValues()
    #expect(values.count > 10_000)
    #expect(try leaks(in: plain, of: values).count > 100)
    #expect(try leaks(in: redacted, of: values) == [])
    // The history remembers the audit's report was redacted: its replay is redacted too,
    // without --redact (it once showed every name).
    #expect(try leaks(in: runner.folder.path + "/replay", of: values) == [])

    // The same cases are drawn and scored alike: only the names differ (tallies by team count
    // the same escalations under pseudonyms).
    func summary(_ folder: String) throws -> NSDictionary? {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/report.json"))
      let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      var summary = json?["summary"] as? [String: Any]
      let totals = (summary?["tallies"] as? [[String: Any]])?.map { $0["total"] }
      summary?["tallies"] = totals
      return summary.map { NSDictionary(dictionary: $0) }
    }
    #expect(try summary(plain)?["rules"] != nil)
    #expect(try summary(plain) == summary(redacted))
    let markdown = try String(contentsOfFile: redacted + "/report.md", encoding: .utf8)
    #expect(
      markdown.contains(
        "\n> Redacted: ids, references and personal fields are keyed pseudonyms;"
          + " priority keys are left out\n"))
    #expect(!markdown.contains("; priority key "))
    let html = try String(contentsOfFile: redacted + "/report.html", encoding: .utf8)
    #expect(!html.contains("; priority key "))
    // Unredacted, a case without a grade shows its key and no score (it once read "score nil").
    let plainHTML = try String(contentsOfFile: plain + "/report.html", encoding: .utf8)
    #expect(
      plainHTML.contains(
        "<h3>C101521 <span class=\"grade\">not graded</span></h3>\n<p>Stratum no IRO at the"
          + " as-at date; priority key 08b3a22271aec63d</p>\n"))

    // The same key gives the same pseudonyms (the first report also has its place in the
    // history, which this one, not recorded, lacks).
    let second = try runner.run([
      "audit", plan, "--redact", "--redact-key", key, "--no-history", "--out", again,
    ])
    #expect(second.status == 0)
    let csv = try String(contentsOfFile: redacted + "/findings.csv", encoding: .utf8)
    #expect(csv == (try String(contentsOfFile: again + "/findings.csv", encoding: .utf8)))
    func document(_ folder: String) throws -> NSDictionary? {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/report.json"))
      var json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      json?["history"] = nil
      return json.map { NSDictionary(dictionary: $0) }
    }
    #expect(try document(redacted) != nil)
    #expect(try document(redacted) == document(again))
  }

  @Test func aRedactedCensusHoldsNoIdOrNameOfTheExport() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = runner.folder.appendingPathComponent("census").path
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let output = try runner.run([
      "score", "--rules", "Rules/iro", "--data", "Samples/demo-la", "--as-at", "2022-03-31",
      "--format", "csv", "--out", out + "/scores.csv", "--redact", "--redact-key",
      runner.folder.appendingPathComponent("k").path,
    ])
    #expect(output.status == 0)
    let csv = try String(contentsOfFile: out + "/scores.csv", encoding: .utf8)
    #expect(csv.split(separator: "\n").count > 5_000)
    #expect(try leaks(in: out, of: try identifyingValues()) == [])
  }

  @Test func aPlanCanAskForRedaction() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    let shipped = try String(contentsOfFile: root + "/" + plan, encoding: .utf8)
    let redacting = runner.folder.appendingPathComponent("plan.yaml").path
    try shipped.replacingOccurrences(of: "redact: false", with: "redact: true")
      .replacingOccurrences(of: "rules: ../Rules/iro", with: "rules: \(root)/Rules/iro")
      .replacingOccurrences(of: "data: demo-la", with: "data: \(root)/Samples/demo-la")
      .write(toFile: redacting, atomically: true, encoding: .utf8)
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run(["audit", redacting, "--out", out, "--format", "md"])
    let caseaudit = runner.folder.appendingPathComponent(".caseaudit").path
    #expect(output.stderr == "recorded as audit 1 in \(caseaudit)/history.sqlite\n")
    let key = caseaudit + "/redaction.key"
    #expect(FileManager.default.fileExists(atPath: key))
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(markdown.contains("\n> Redacted: ids, references and personal fields"))
    #expect(try leaks(in: out, of: try identifyingValues()) == [])
  }

  @Test func aRedactedRulesDiffHoldsNoIdOrNameOfTheExport() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    let pack = runner.folder.appendingPathComponent("iro-2023").path
    try FileManager.default.copyItem(atPath: root + "/Rules/iro", toPath: pack)
    let manifest = try String(contentsOfFile: pack + "/pack.yaml", encoding: .utf8)
    try manifest.replacingOccurrences(
      of: "first_review_working_days: 20", with: "first_review_working_days: 15"
    ).write(toFile: pack + "/pack.yaml", atomically: true, encoding: .utf8)
    let out = runner.folder.appendingPathComponent("diff").path
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let output = try runner.run([
      "rules", "diff", "Rules/iro", pack, "--data", "Samples/demo-la", "--period",
      "2021-04-01..2022-03-31", "--redact", "--redact-key", runner.folder.path + "/k",
    ])
    #expect(output.status == 0)
    try output.stdout.write(toFile: out + "/diff.md", atomically: true, encoding: .utf8)
    #expect(output.stdout.contains("| child-"))
    #expect(output.stdout.contains(" | professional_name-"))
    #expect(try leaks(in: out, of: try identifyingValues()) == [])
  }

  @Test func aKeyFileNeedsRedactionAndMustBeAKey() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["audit", plan, "--redact-key", "k", "--no-history"])
    #expect(output.status == 64)
    #expect(output.stderr.hasPrefix("Error: --redact-key needs --redact\n"))
    let key = runner.folder.appendingPathComponent("short.key").path
    try "00ff\n".write(toFile: key, atomically: true, encoding: .utf8)
    let short = try runner.run(["audit", plan, "--redact", "--redact-key", key, "--no-history"])
    #expect(short.status == 1)
    #expect(
      short.stderr == "error: '\(key)' is not a redaction key: expected 64 hex digits (32 bytes)\n")
  }
}
