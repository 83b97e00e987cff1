import Foundation
import Testing

/// The 1-based line of a pack.yaml holding a text.
private func line(of text: String, in path: String) throws -> Int {
  let lines = try String(contentsOfFile: path, encoding: .utf8).split(
    separator: "\n", omittingEmptySubsequences: false)
  return try #require(lines.firstIndex { $0 == text }) + 1
}

/// Empty packs say what is empty, and a pack reads no file outside its folder.
@Suite struct PackFilesTests {
  @Test func anEmptyPackYAMLIsNamedByEveryCommand() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = runner.folder.appendingPathComponent("empty").path
    try FileManager.default.createDirectory(atPath: pack, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: pack + "/pack.yaml", contents: Data())
    let error = """
      \(pack)/pack.yaml:1:1: error: '\(pack)/pack.yaml' is empty; it needs pack, title, version \
      and rules

      ^

      """
    let check = try runner.run(["rules", "check", pack])
    #expect(check.status == 1)
    #expect(check.stderr == error)
    #expect(check.stdout == "\(pack): 1 error, 0 warnings\n")
    for arguments in [
      ["rules", "test", pack], ["score", "--rules", pack, "--data", "Samples/demo-la"],
      ["rules", "docs", pack],
    ] {
      let output = try runner.run(arguments)
      #expect(output.status == 1, "\(arguments)")
      #expect(output.stderr == error, "\(arguments)")
      #expect(output.stdout == "", "\(arguments)")
    }
  }

  @Test func aPackWithoutRulesSaysSo() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let manifest = pack + "/pack.yaml"
    let text = try String(contentsOfFile: manifest, encoding: .utf8)
    let listed = try #require(text.range(of: "\nrules:\n"))
    try (String(text[..<listed.lowerBound]) + "\nrules: []\n").write(
      toFile: manifest, atomically: true, encoding: .utf8)
    for name in try FileManager.default.contentsOfDirectory(atPath: pack + "/rules") {
      try FileManager.default.removeItem(atPath: pack + "/rules/" + name)
    }
    let row = try line(of: "rules: []", in: manifest)
    let none = """
      \(manifest):\(row):8: warning: 'rules' lists no rule files: the pack has no standards to \
      check or score
      rules: []
             ^

      """
    let why = """
      error: the rule pack '\(pack)' holds no rules, so there are no standards to check, test or \
      score; list rule files under 'rules:' in its pack.yaml

      """
    for arguments in [
      ["rules", "check", pack], ["rules", "test", pack],
      ["score", "--rules", pack, "--data", "Samples/demo-la", "--format", "json"],
    ] {
      let output = try runner.run(arguments)
      #expect(output.status == 1, "\(arguments)")
      #expect(output.stderr == none + why, "\(arguments)")
    }
    #expect(try runner.run(["rules", "check", pack]).stdout == "\(pack): 1 error, 1 warning\n")
    // A listed file that holds nothing is named too.
    try runner.edit(manifest, replacing: "rules: []", with: "rules: [rules/empty.yaml]")
    _ = FileManager.default.createFile(
      atPath: pack + "/rules/empty.yaml", contents: Data("\n".utf8))
    let empty = try runner.run(["rules", "check", pack])
    #expect(empty.status == 1)
    #expect(
      empty.stderr == """
        \(pack)/rules/empty.yaml:1:1: warning: the rule file is empty: it holds no rules

        ^

        """ + why)
  }

  @Test func aPlanOnAPackWithoutRulesIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    try runner.edit(
      pack + "/pack.yaml", replacing: "rules:\n  - rules/reviews.yaml\n",
      with: "rules: []\nunused:\n  - rules/reviews.yaml\n")
    let text = try String(contentsOfFile: pack + "/pack.yaml", encoding: .utf8)
    let kept = text.components(separatedBy: "\nunused:\n")[0] + "\n"
    try kept.write(toFile: pack + "/pack.yaml", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: pack + "/rules")
    let plan = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: empty
    title: A plan
    rules: \(pack)
    data: \(CommandRunner.repositoryRoot.path)/Samples/demo-la
    period: 2022-01-01..2022-03-31
    sample: {size: 5, seed: 1}

    """.write(toFile: plan, atomically: true, encoding: .utf8)
    let output = try runner.run(["audit", plan, "--no-history"])
    #expect(output.status == 1)
    #expect(
      output.stderr.hasSuffix(
        """
        \(plan):3:8: error: the rule pack '\(pack)' holds no rules to audit with
        rules: \(pack)
               ^

        """))
  }

  @Test func aRuleFileOutsideThePackIsNeverRead() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let manifest = pack + "/pack.yaml"
    let secret = runner.folder.appendingPathComponent("secret.yaml").path
    try "first line of a secret\n".write(toFile: secret, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: pack + "/rules/linked.yaml", withDestinationPath: secret)
    try runner.edit(
      manifest, replacing: "  - rules/escalation.yaml\n",
      with: "  - rules/escalation.yaml\n  - ../../../../../../etc/passwd\n  - rules/linked.yaml\n")
    let row = try line(of: "  - ../../../../../../etc/passwd", in: manifest)
    let output = try runner.run(["rules", "check", pack])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(manifest):\(row):5: error: rule file '../../../../../../etc/passwd' must lie inside \
        the pack's folder '\(pack)' (symlinks resolved)
          - ../../../../../../etc/passwd
            ^
        \(manifest):\(row + 1):5: error: rule file 'rules/linked.yaml' must lie inside the \
        pack's folder '\(pack)' (symlinks resolved)
          - rules/linked.yaml
            ^

        """)
    #expect(output.stdout == "\(pack): 2 errors, 0 warnings\n")
  }

  @Test func aCalendarOrSchemaOutsideThePackIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let manifest = pack + "/pack.yaml"
    try runner.edit(
      manifest, replacing: "calendar: calendars/england-and-wales.yaml",
      with: "calendar: /etc/passwd")
    let moved = runner.folder.appendingPathComponent("schema.yaml").path
    try FileManager.default.moveItem(atPath: pack + "/schema.yaml", toPath: moved)
    try FileManager.default.createSymbolicLink(
      atPath: pack + "/schema.yaml", withDestinationPath: moved)
    let row = try line(of: "calendar: /etc/passwd", in: manifest)
    let output = try runner.run(["rules", "check", pack])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        error: '\(pack)/schema.yaml' must lie inside the pack's folder '\(pack)' (symlinks \
        resolved)
        \(manifest):\(row):11: error: calendar file '/etc/passwd' must lie inside the pack's \
        folder '\(pack)' (symlinks resolved)
        calendar: /etc/passwd
                  ^

        """)
  }
}
