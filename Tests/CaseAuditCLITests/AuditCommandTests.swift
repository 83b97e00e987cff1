import Foundation
import Testing

/// Every data row in reverse order, header first.
private func reversedRows(_ name: String, _ text: String) -> String {
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if lines.last == "" { lines.removeLast() }
  return ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
}

private let plan = "Samples/iro-quarterly-dip-sample.yaml"

/// End-to-end runs of `caseaudit audit` and `caseaudit sample` on the demo export.
@Suite struct AuditCommandTests {
  @Test func rowOrderChangesNothingButTheDataFingerprint() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let reversed = try runner.demoCopy(reversedRows)
    let first = runner.folder.appendingPathComponent("first").path
    let again = runner.folder.appendingPathComponent("again").path
    let shuffled = runner.folder.appendingPathComponent("shuffled").path
    #expect(try runner.run(["audit", plan, "--no-history", "--out", first]).stdout == first + "\n")
    #expect(try runner.run(["audit", plan, "--no-history", "--out", again]).status == 0)
    #expect(
      try runner.run(["audit", plan, "--no-history", "--data", reversed, "--out", shuffled]).status
        == 0)
    for file in ["report.html", "report.md", "report.json", "findings.csv"] {
      let a = try String(contentsOfFile: first + "/" + file, encoding: .utf8)
      #expect(a == (try String(contentsOfFile: again + "/" + file, encoding: .utf8)), "\(file)")
    }
    let a = try String(contentsOfFile: first + "/findings.csv", encoding: .utf8)
    let b = try String(contentsOfFile: shuffled + "/findings.csv", encoding: .utf8)
    #expect(a == b)
    let mdA = try String(contentsOfFile: first + "/report.md", encoding: .utf8).split(
      separator: "\n")
    let mdB = try String(contentsOfFile: shuffled + "/report.md", encoding: .utf8).split(
      separator: "\n")
    let differing = zip(mdA, mdB).filter { $0 != $1 }.map(\.0)
    #expect(differing.count == 1)
    #expect(differing.first?.hasPrefix("- Data: fingerprint ") == true)
  }

  @Test func recordTextIsEscapedInTheHTML() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = try runner.demoCopy { name, text in
      guard name == "professionals.csv" else { return text }
      return text.replacingOccurrences(of: ",iro,T00", with: "<script>alert(1)</script>,iro,T00")
    }
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "audit", plan, "--no-history", "--data", data, "--out", out, "--format", "html",
    ])
    #expect(output.status == 0)
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
        ".caseaudit-report", "report.html",
      ])
  }

  @Test func sampleJSONHasTheDocumentedShape() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["sample", plan, "--format", "json"])
    #expect(output.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(
      Set(json.keys) == ["seed", "population", "strata", "cases", "invalid_weights", "warnings"])
    #expect(json["invalid_weights"] as? [Any] != nil && json["warnings"] as? [String] == [])
    #expect(json["seed"] as? Int == 20_220_401)
    let cases = try #require(json["cases"] as? [[String: String]])
    #expect(cases.count == 40)
    #expect(
      cases.allSatisfy { Set($0.keys) == ["case_id", "stratum", "key"] && $0["key"]!.count == 16 })
    let strata = try #require(json["strata"] as? [[String: Any]])
    #expect(strata.reduce(0) { $0 + ($1["sample"] as! Int) } == 40)
  }

  @Test func planMistakesAreReportedAtTheirPositions() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    let text = """
      plan: broken
      title: A broken plan
      rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
      data: nowhere
      populaton: "true"
      sample:
        size: 10 percent
        strata: "allocated_professional('iro', audit.as_at).nmae"
        allocation: random
      report: {formats: [html, pdf], redact: yes}

      """
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["sample", path])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(path):5:1: error: unknown key 'populaton' in an audit plan; did you mean 'population'?
        populaton: "true"
        ^
        \(path):7:9: error: size '10 percent' must be a count (40), a share (10%) or \
        {confidence, tolerable_rate, expected_rate}
          size: 10 percent
                ^
        \(path):8:55: error: unknown field 'nmae' on 'professional'; did you mean 'name'?
          strata: "allocated_professional('iro', audit.as_at).nmae"
                                                              ^
        \(path):9:15: error: allocation 'random' must be proportional or equal
          allocation: random
                      ^
        \(path):10:26: error: unknown report format 'pdf'; did you mean 'md'?
        report: {formats: [html, pdf], redact: yes}
                                 ^
        \(path):10:40: error: redact must be true or false, not 'yes'
        report: {formats: [html, pdf], redact: yes}
                                               ^

        """)
  }
}
